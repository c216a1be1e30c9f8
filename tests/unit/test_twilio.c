/*
 * test_twilio.c — Twilio SMS: form bodies, X-Twilio-Signature (Twilio's
 * documented example and a vector computed with openssl), inbound and
 * status callbacks from tests/data/twilio/, outbound bodies, answers.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "log.h"
#include "twilio.h"
#include "unit.h"

#define TW_DIR "tests/data/twilio/"
#define TEST_URL "https://praatpaal.example.org/webhook/twilio"
#define TEST_TOKEN "praatpaal-test-auth-token"
#define NOW_MS 1763805600123LL

static char *
load(const char *name, size_t *len)
{
	char path[256], err[256];
	size_t n;
	char *s;

	snprintf(path, sizeof(path), TW_DIR "%s", name);
	s = util_read_file(path, 1024 * 1024, &n, err, sizeof(err));
	if (s == NULL) {
		fprintf(stderr, "cannot read %s: %s\n", path, err);
		exit(2);
	}
	/* data files end in a newline that is not part of the body */
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
	if (len != NULL)
		*len = n;
	return s;
}

/* Parse a form data file; the caller form_free's. */
static void
load_form(const char *name, struct form *f)
{
	char err[256];
	size_t len;
	char *body = load(name, &len);

	if (form_parse(body, len, f, err, sizeof(err)) != 0) {
		fprintf(stderr, "%s: %s\n", name, err);
		exit(2);
	}
	free(body);
}

static void
test_form_parse(void)
{
	struct form f;
	char err[256];
	const char *body = "a=1&b=x+y%2Bz&&c&d=%C3%A9t%c3%a9&a=2&e=";

	CHECK_INT(form_parse(body, strlen(body), &f, err, sizeof(err)), 0);
	CHECK_INT(f.fm_n, 6);
	CHECK_STR(form_get(&f, "a"), "1");	/* the first of two */
	CHECK_STR(form_get(&f, "b"), "x y+z");
	CHECK_STR(form_get(&f, "c"), "");
	CHECK_STR(form_get(&f, "d"), "\xc3\xa9t\xc3\xa9");
	CHECK_STR(form_get(&f, "e"), "");
	CHECK(form_get(&f, "z") == NULL);
	form_free(&f);
	CHECK(f.fm_fields == NULL && f.fm_n == 0);

	CHECK_INT(form_parse("", 0, &f, err, sizeof(err)), 0);
	CHECK_INT(f.fm_n, 0);
	form_free(&f);
}

static void
test_form_errors(void)
{
	static const struct {
		const char *body, *err;
	} cases[] = {
		{ "a=%zz", "form: field 1: bad %-escape, invalid UTF-8 or NUL byte" },
		{ "a=1&b=%4", "form: field 2: bad %-escape, invalid UTF-8 or NUL byte" },
		{ "a=%00", "form: field 1: bad %-escape, invalid UTF-8 or NUL byte" },
		{ "a=%C3%28", "form: field 1: bad %-escape, invalid UTF-8 or NUL byte" },
		{ "a=1&=2", "form: field 2: empty name" },
	};
	struct form f;
	struct buf b;
	char err[256];
	size_t i;
	int k, ok;

	for (i = 0; i < NELEM(cases); i++) {
		err[0] = '\0';
		CHECK_INT(form_parse(cases[i].body, strlen(cases[i].body), &f, err, sizeof(err)), -1);
		CHECK_STR(err, cases[i].err);
		CHECK(f.fm_fields == NULL && f.fm_n == 0);
	}
	/* FORM_MAX_FIELDS fields parse, one more does not */
	buf_init(&b, 0);
	for (k = 0, ok = 1; k < FORM_MAX_FIELDS; k++)
		ok &= buf_printf(&b, "%sf%d=%d", k ? "&" : "", k, k) == 0;
	CHECK(ok);
	CHECK_INT(form_parse(b.data, b.len, &f, err, sizeof(err)), 0);
	CHECK_INT(f.fm_n, FORM_MAX_FIELDS);
	form_free(&f);
	CHECK(buf_puts(&b, "&one=more") == 0);
	CHECK_INT(form_parse(b.data, b.len, &f, err, sizeof(err)), -1);
	CHECK_STR(err, "form: more than 128 fields");
	buf_free(&b);
	/* a raw NUL byte in the body */
	CHECK_INT(form_parse("a=b\0c", 5, &f, err, sizeof(err)), -1);
}

static void
test_form_append(void)
{
	struct buf b;
	struct form f;
	char err[256];
	const char *value = "Hoi & doei = 100% \xc3\xa9\n+~-._*";

	buf_init(&b, 0);
	CHECK(form_append(&b, "To", "+31600000001") == 0);
	CHECK(form_append(&b, "Body", value) == 0);
	CHECK_STR(b.data, "To=%2B31600000001&Body=Hoi%20%26%20doei%20%3D%20100%25%20%C3%A9%0A%2B~-._%2A");
	/* and back */
	CHECK_INT(form_parse(b.data, b.len, &f, err, sizeof(err)), 0);
	CHECK_STR(form_get(&f, "Body"), value);
	CHECK_STR(form_get(&f, "To"), "+31600000001");
	form_free(&f);
	buf_free(&b);
	buf_init(&b, 8);
	CHECK(form_append(&b, "Body", "too long for eight bytes") == -1);
	buf_free(&b);
}

/*
 * Twilio's worked example from its webhook-security docs (auth token 12345;
 * the +1 415 867 5310 numbers are Twilio's fictional ones), read as url,
 * form body, token and signature from a four-line file. The signature was
 * recomputed with openssl and python3 when the file was made and matches.
 */
static void
test_signature_docs(void)
{
	char *file = load("signature_docs.txt", NULL);
	char *url, *body, *token, *sig, *save;
	struct form f;
	char err[256], bad[64];

	url = file;
	body = strchr(url, '\n');
	*body++ = '\0';
	token = strchr(body, '\n');
	*token++ = '\0';
	sig = strchr(token, '\n');
	*sig++ = '\0';
	save = sig;
	CHECK_STR(sig, "GvWf1cFY/Q7PnoempGyD5oXAezc=");	/* as printed in Twilio's docs */
	CHECK_INT(form_parse(body, strlen(body), &f, err, sizeof(err)), 0);
	CHECK_INT(tw_verify_signature(token, url, &f, sig), 0);
	CHECK_INT(tw_verify_signature("12346", url, &f, sig), -1);
	CHECK_INT(tw_verify_signature(token, "https://mycompany.com/myapp.php?foo=1&bar=3", &f, sig), -1);
	util_strlcpy(bad, save, sizeof(bad));
	bad[0] = 'H';
	CHECK_INT(tw_verify_signature(token, url, &f, bad), -1);
	CHECK_INT(tw_verify_signature(token, url, &f, NULL), -1);
	CHECK_INT(tw_verify_signature(token, url, &f, ""), -1);
	CHECK_INT(tw_verify_signature("", url, &f, sig), -1);
	form_free(&f);
	free(file);
}

static void
test_signature_inbound(void)
{
	struct form f;
	char *sig = load("inbound_sms.sig", NULL);
	char *v;

	load_form("inbound_sms.form", &f);
	CHECK_INT(tw_verify_signature(TEST_TOKEN, TEST_URL, &f, sig), 0);
	CHECK_INT(tw_verify_signature(TEST_TOKEN, TEST_URL "/", &f, sig), -1);
	/* change one field's value: the signature no longer matches */
	v = f.fm_fields[0].ff_value;
	f.fm_fields[0].ff_value = xstrdup("BE");
	CHECK_INT(tw_verify_signature(TEST_TOKEN, TEST_URL, &f, sig), -1);
	free(f.fm_fields[0].ff_value);
	f.fm_fields[0].ff_value = v;
	CHECK_INT(tw_verify_signature(TEST_TOKEN, TEST_URL, &f, sig), 0);
	form_free(&f);
	free(sig);
}

/*
 * A vector of tests/data/twilio/signature_*.txt (README there): the URL as
 * Twilio requested it, the form, the key, the signature, the settings
 * header (HMAC-SHA256 only). Pointers into *file (the caller frees it).
 */
struct tw_vector {
	char	*tv_url, *tv_body, *tv_key, *tv_sig, *tv_settings;
	char	*tv_file;
};

static void
load_vector(const char *name, struct tw_vector *v)
{
	char *p;

	memset(v, 0, sizeof(*v));
	v->tv_file = p = load(name, NULL);
	v->tv_url = p;
	char **next[] = { &v->tv_body, &v->tv_key, &v->tv_sig, &v->tv_settings };
	for (size_t i = 0; i < NELEM(next) && p != NULL; i++) {
		if ((p = strchr(p, '\n')) == NULL)
			break;
		*p++ = '\0';
		*next[i] = p;
	}
}

/* An https URL with port (e.g. ":443"; "" for none) instead of its own. */
static char *
with_port(const char *url, const char *port)
{
	const char *host = url + strlen("https://");
	const char *path = strchr(host, '/');
	const char *colon = memchr(host, ':', (size_t)(path - host));

	return xasprintf("%.*s%s%s", (int)((colon != NULL ? colon : path) - url), url, port, path);
}

/* Known vectors from Twilio's library: the port forms and HMAC-SHA256. */
static void
test_signature_vectors(void)
{
	static const struct {
		const char	*name;
		enum tw_sig_alg	 alg;
	} vecs[] = {
		{ "signature_port_443.txt", TW_SIG_HMAC_SHA1 },
		{ "signature_sha256.txt", TW_SIG_HMAC_SHA256 },
		{ "signature_sha256_port_443.txt", TW_SIG_HMAC_SHA256 },
		{ "signature_docs_sha256.txt", TW_SIG_HMAC_SHA256 },
	};
	struct tw_vector v;
	struct form f;
	enum tw_sig_alg alg;
	char err[256], *other;

	for (size_t i = 0; i < NELEM(vecs); i++) {
		load_vector(vecs[i].name, &v);
		CHECK(v.tv_sig != NULL);
		if (v.tv_sig == NULL) {
			free(v.tv_file);
			continue;
		}
		CHECK_INT(tw_signature_algorithm(v.tv_settings, &alg), 0);
		CHECK_INT(alg, vecs[i].alg);
		CHECK_INT(form_parse(v.tv_body, strlen(v.tv_body), &f, err, sizeof(err)), 0);
		CHECK_INT(tw_verify_signature_alg(v.tv_key, alg, v.tv_url, &f, v.tv_sig), 0);
		/* both forms of the URL, as Twilio's validateRequest accepts them */
		other = with_port(v.tv_url, strstr(v.tv_url, ":443/") != NULL ? "" : ":443");
		CHECK_INT(tw_verify_signature_alg(v.tv_key, alg, other, &f, v.tv_sig), 0);
		free(other);
		/* never another port, another key or the other algorithm */
		other = with_port(v.tv_url, ":8443");
		CHECK_INT(tw_verify_signature_alg(v.tv_key, alg, other, &f, v.tv_sig), -1);
		free(other);
		CHECK_INT(tw_verify_signature_alg("another-key", alg, v.tv_url, &f, v.tv_sig), -1);
		CHECK_INT(tw_verify_signature_alg(v.tv_key, alg == TW_SIG_HMAC_SHA1 ?
		    TW_SIG_HMAC_SHA256 : TW_SIG_HMAC_SHA1, v.tv_url, &f, v.tv_sig), -1);
		form_free(&f);
		free(v.tv_file);
	}
}

static void
test_signature_algorithm(void)
{
	enum tw_sig_alg alg;

	CHECK_INT(tw_signature_algorithm(NULL, &alg), 0);
	CHECK_INT(alg, TW_SIG_HMAC_SHA1);
	CHECK_INT(tw_signature_algorithm("", &alg), 0);
	CHECK_INT(alg, TW_SIG_HMAC_SHA1);
	CHECK_INT(tw_signature_algorithm("key=webhooks_sharedkey_1", &alg), 0);
	CHECK_INT(alg, TW_SIG_HMAC_SHA1);
	CHECK_INT(tw_signature_algorithm("key=k1, algorithm = hmac_sha256 ", &alg), 0);
	CHECK_INT(alg, TW_SIG_HMAC_SHA256);
	CHECK_INT(tw_signature_algorithm("algorithm=HMAC_SHA1,key=k1", &alg), 0);
	CHECK_INT(alg, TW_SIG_HMAC_SHA1);
	CHECK_INT(tw_signature_algorithm("algorithm=,key=k1", &alg), 0);
	CHECK_INT(alg, TW_SIG_HMAC_SHA1);
	CHECK_INT(tw_signature_algorithm("key=k1,algorithm=HMAC_SHA512", &alg), -1);
	CHECK_INT(tw_signature_algorithm("algorithm=MD5", &alg), -1);
	CHECK_INT(tw_code_opted_out("21610"), 1);
	CHECK_INT(tw_code_opted_out("21611"), 0);
	CHECK_INT(tw_code_opted_out(NULL), 0);
}

/* Two fields with one name are signed sorted by value as well. */
static void
test_signature_duplicates(void)
{
	struct form f1, f2;
	char err[256];
	const char *b1 = "A=2&B=x&A=1", *b2 = "A=1&A=2&B=x";
	/* openssl dgst -sha1 -hmac k -binary over "https://e.example/A1A2Bx", base64 */
	const char *want = "h+8dr03RjgK19oTsutZ7bLHfz9c=";

	CHECK_INT(form_parse(b1, strlen(b1), &f1, err, sizeof(err)), 0);
	CHECK_INT(form_parse(b2, strlen(b2), &f2, err, sizeof(err)), 0);
	CHECK_INT(tw_verify_signature("k", "https://e.example/", &f1, want), 0);
	CHECK_INT(tw_verify_signature("k", "https://e.example/", &f2, want), 0);
	form_free(&f1);
	form_free(&f2);
}

static void
test_parse_sms(void)
{
	struct form f;
	struct payload pl;
	char err[256];

	load_form("inbound_sms.form", &f);
	CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 1);
	CHECK_INT(pl.pl_nstats, 0);
	if (pl.pl_nmsgs == 1) {
		struct inbound *in = &pl.pl_msgs[0];

		CHECK_INT(in->in_channel, CHANNEL_SMS);
		CHECK_STR(in->in_provider_id, "SM00000000000000000000000000000001");
		CHECK_STR(in->in_from, "31600000001");
		CHECK(in->in_profile_name == NULL);
		CHECK_INT(in->in_ts_ms, NOW_MS);
		CHECK_INT(in->in_kind, MSG_TEXT);
		CHECK_STR(in->in_text, "Hoi, ik heb een vraag over geld & schulden. Kan iemand helpen? 100% anoniem?");
		CHECK(in->in_choice_id == NULL);
		CHECK(in->in_meta == NULL);
	}
	payload_free(&pl);
	form_free(&f);
}

static void
test_parse_mms(void)
{
	struct form f;
	struct payload pl;
	json_t *meta, *media;
	char err[256];

	load_form("inbound_mms.form", &f);
	CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 1);
	if (pl.pl_nmsgs == 1) {
		struct inbound *in = &pl.pl_msgs[0];

		CHECK_STR(in->in_from, "31600000002");
		CHECK_INT(in->in_kind, MSG_IMAGE);
		CHECK(in->in_text == NULL);
		meta = json_loads(in->in_meta ? in->in_meta : "", 0, NULL);
		CHECK(meta != NULL);
		CHECK_STR(json_string_value(json_object_get(meta, "type")), "image");
		CHECK_INT(json_integer_value(json_object_get(meta, "media_count")), 2);
		media = json_object_get(meta, "media");
		CHECK_INT(json_array_size(media), 2);
		CHECK_STR(json_string_value(json_object_get(json_array_get(media, 1), "content_type")),
		    "application/pdf");
		CHECK(strstr(json_string_value(json_object_get(json_array_get(media, 0), "url")),
		    "/Media/ME00000000000000000000000000000001") != NULL);
		json_decref(meta);
	}
	payload_free(&pl);
	form_free(&f);
}

static void
test_parse_status(void)
{
	static const struct {
		const char	*file;
		int		 tracked;
		enum out_status	 st;
		const char	*code, *text;
	} cases[] = {
		{ "status_queued.form", 0, OUT_QUEUED, NULL, NULL },
		{ "status_sending.form", 0, OUT_SENDING, NULL, NULL },
		{ "status_sent.form", 1, OUT_SENT, NULL, NULL },
		{ "status_delivered.form", 1, OUT_DELIVERED, NULL, NULL },
		{ "status_read.form", 1, OUT_READ, NULL, NULL },
		{ "status_undelivered.form", 1, OUT_FAILED, "30003", "undelivered" },
		{ "status_failed.form", 1, OUT_FAILED, "30008", "Unknown error" },
		/* a number quoted in the error text is not kept */
		{ "status_failed_number.form", 1, OUT_FAILED, "30008", "Unknown destination <number>" },
	};
	struct form f;
	struct payload pl;
	char err[256];
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		load_form(cases[i].file, &f);
		CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), 0);
		CHECK_INT(pl.pl_nmsgs, 0);
		CHECK_INT(pl.pl_nstats, cases[i].tracked);
		if (pl.pl_nstats == 1) {
			struct status_update *st = &pl.pl_stats[0];

			CHECK_INT(st->st_channel, CHANNEL_SMS);
			CHECK_STR(st->st_provider_id, "SM00000000000000000000000000000009");
			CHECK_INT(st->st_status, cases[i].st);
			CHECK_INT(st->st_ts_ms, NOW_MS);
			if (cases[i].code != NULL) {
				CHECK_STR(st->st_error_code, cases[i].code);
				CHECK_STR(st->st_error_text, cases[i].text);
			} else
				CHECK(st->st_error_code == NULL && st->st_error_text == NULL);
		}
		payload_free(&pl);
		form_free(&f);
	}
}

static void
test_parse_errors(void)
{
	static const struct {
		const char *body, *err;
	} cases[] = {
		{ "From=%2B31600000001&Body=Hoi", "MessageSid: missing" },
		{ "MessageSid=SM1&Body=Hoi", "From: missing" },
		{ "MessageSid=SM1&From=%2B3160000000a&Body=Hoi",
		  "From: not a phone number of at most 32 digits" },
		{ "MessageSid=SM1&From=%2B316000000011234567890123456789012&Body=Hoi",
		  "From: not a phone number of at most 32 digits" },
		{ "MessageSid=SM1&From=%2B31600000001&NumMedia=11",
		  "NumMedia: not a number from 0 to 10" },
		{ "MessageSid=SM1&From=%2B31600000001&NumMedia=-1",
		  "NumMedia: not a number from 0 to 10" },
		{ "MessageSid=SM1&From=%2B31600000001&NumMedia=1&MediaContentType0=image%2Fpng",
		  "MediaUrl0: missing" },
		{ "MessageSid=SM1&From=%2B31600000001&To=%2B31600000000",
		  "form: neither a message (Body, NumMedia) nor a status callback (MessageStatus)" },
		{ "MessageStatus=delivered", "MessageSid: missing" },
		{ "MessageSid=SM1&MessageStatus=failed&ErrorCode=3x", "ErrorCode: not a number" },
	};
	struct form f;
	struct payload pl;
	char err[256];
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		CHECK_INT(form_parse(cases[i].body, strlen(cases[i].body), &f, err, sizeof(err)), 0);
		err[0] = '\0';
		CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), -1);
		CHECK_STR(err, cases[i].err);
		CHECK(pl.pl_nmsgs == 0 && pl.pl_msgs == NULL && pl.pl_nstats == 0);
		form_free(&f);
	}
	load_form("whatsapp_from.form", &f);
	CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "From: a WhatsApp address; Twilio is used for SMS only");
	form_free(&f);
}

static void
test_parse_long_body(void)
{
	struct buf b;
	struct form f;
	struct payload pl;
	char err[256];
	int i, ok;

	buf_init(&b, 0);
	CHECK(buf_puts(&b, "MessageSid=SM1&From=%2B31600000001&Body=") == 0);
	for (i = 0, ok = 1; i < TEXT_MAX; i++)
		ok &= buf_puts(&b, "a") == 0;
	CHECK(ok);
	CHECK_INT(form_parse(b.data, b.len, &f, err, sizeof(err)), 0);
	CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), 0);
	payload_free(&pl);
	form_free(&f);
	CHECK(buf_puts(&b, "a") == 0);
	CHECK_INT(form_parse(b.data, b.len, &f, err, sizeof(err)), 0);
	CHECK_INT(tw_parse(&f, NOW_MS, &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "Body: longer than 4096 bytes");
	form_free(&f);
	buf_free(&b);
}

static void
ob_set(struct outbound *ob, const char *text, const char *const *titles, size_t n)
{
	static const char *const ids[] = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j" };
	size_t i;

	memset(ob, 0, sizeof(*ob));
	ob->ob_text = (char *)(uintptr_t)text;
	for (i = 0; i < n; i++) {
		ob->ob_choices[i].oc_id = (char *)(uintptr_t)ids[i];
		ob->ob_choices[i].oc_title = (char *)(uintptr_t)titles[i];
	}
	ob->ob_nchoices = n;
}

static void
test_render(void)
{
	static const char *const titles[] = { "Informatie", "Begeleiding", "Praten met iemand" };
	struct outbound ob;
	struct buf b;
	struct form f;
	char err[256], *longtext;

	buf_init(&b, 16 * 1024);
	ob_set(&ob, "Waar kan ik je mee helpen?", titles, 3);
	CHECK_INT(tw_render(&ob, "31600000001", "+31600000000", &b, err, sizeof(err)), 0);
	CHECK_INT(form_parse(b.data, b.len, &f, err, sizeof(err)), 0);
	CHECK_INT(f.fm_n, 3);
	CHECK_STR(form_get(&f, "To"), "+31600000001");
	CHECK_STR(form_get(&f, "From"), "+31600000000");
	CHECK_STR(form_get(&f, "Body"), "Waar kan ik je mee helpen?\n\n1. Informatie\n"
	    "2. Begeleiding\n3. Praten met iemand");
	form_free(&f);
	CHECK(strncmp(b.data, "To=%2B31600000001&From=%2B31600000000&Body=Waar%20kan", 52) == 0);

	ob_set(&ob, "Hoi!", titles, 0);
	CHECK_INT(tw_render(&ob, "31600000001", "+31600000000", &b, err, sizeof(err)), 0);
	CHECK_STR(b.data, "To=%2B31600000001&From=%2B31600000000&Body=Hoi%21");

	/* 1600 characters (not bytes) is the most an SMS body may have */
	longtext = xmalloc(2 * 1600 + 1);
	for (int i = 0; i < 1600; i++)
		memcpy(longtext + 2 * i, "\xc3\xa9", 2);
	longtext[2 * 1600] = '\0';
	ob_set(&ob, longtext, titles, 0);
	CHECK_INT(tw_render(&ob, "31600000001", "+31600000000", &b, err, sizeof(err)), 0);
	ob_set(&ob, longtext, titles, 1);
	CHECK_INT(tw_render(&ob, "31600000001", "+31600000000", &b, err, sizeof(err)), -1);
	CHECK_STR(err, "Body: longer than 1600 characters with its numbered choices");
	CHECK_INT(b.len, 0);
	free(longtext);

	ob_set(&ob, "Hoi", titles, 0);
	CHECK_INT(tw_render(&ob, "+31600000001", "+31600000000", &b, err, sizeof(err)), -1);
	CHECK_STR(err, "to: not a number of at most 32 digits");
	CHECK_INT(tw_render(&ob, "31600000001", "", &b, err, sizeof(err)), -1);
	CHECK_STR(err, "from: missing");
	ob_set(&ob, "", titles, 0);
	CHECK_INT(tw_render(&ob, "31600000001", "+31600000000", &b, err, sizeof(err)), -1);
	CHECK_STR(err, "text: missing");
	buf_free(&b);
}

static void
test_classify(void)
{
	struct send_result sr;
	const char *ok = "{\"account_sid\":\"AC00000000000000000000000000000001\",\"body\":\"Hoi\","
	    "\"sid\":\"SM00000000000000000000000000000010\",\"status\":\"queued\"}";
	const char *e21211 = "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\","
	    "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}";
	const char *e20429 = "{\"code\":20429,\"message\":\"Too Many Requests\","
	    "\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}";
	const char *e20003 = "{\"code\":20003,\"message\":\"Authenticate\","
	    "\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}";

	tw_classify(0, NULL, 201, ok, strlen(ok), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_OK);
	CHECK_STR(sr.sr_provider_id, "SM00000000000000000000000000000010");
	tw_classify(0, NULL, 200, ok, strlen(ok), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_OK);
	tw_classify(0, NULL, 201, "{}", 2, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);	/* may have been sent: never retried */

	tw_classify(0, NULL, 400, e21211, strlen(e21211), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_code, "21211");
	CHECK_STR(sr.sr_text, "The 'To' number is not a valid phone number.");

	tw_classify(0, NULL, 429, e20429, strlen(e20429), 5, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "20429");
	CHECK_INT(sr.sr_retry_after_s, 5);
	tw_classify(0, NULL, 400, e20429, strlen(e20429), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);

	tw_classify(0, NULL, 401, e20003, strlen(e20003), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_code, "20003");

	tw_classify(0, NULL, 503, "", 0, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "503");
	CHECK_STR(sr.sr_text, "HTTP 503");

	tw_classify(1, "Could not resolve host: api.twilio.com", 0, NULL, 0, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "curl");
	CHECK_STR(sr.sr_text, "Could not resolve host: api.twilio.com");
}

int
main(void)
{
	log_set_level(LOGL_ERROR);
	RUN(test_form_parse);
	RUN(test_form_errors);
	RUN(test_form_append);
	RUN(test_signature_docs);
	RUN(test_signature_inbound);
	RUN(test_signature_duplicates);
	RUN(test_signature_vectors);
	RUN(test_signature_algorithm);
	RUN(test_parse_sms);
	RUN(test_parse_mms);
	RUN(test_parse_status);
	RUN(test_parse_errors);
	RUN(test_parse_long_body);
	RUN(test_render);
	RUN(test_classify);
	return unit_done();
}
