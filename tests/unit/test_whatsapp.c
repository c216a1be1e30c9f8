/*
 * test_whatsapp.c — WhatsApp Cloud API: signature, webhook payloads (one
 * data file per message type under tests/data/whatsapp/), request bodies
 * and the classification of the API's answers.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "log.h"
#include "unit.h"
#include "whatsapp.h"

#define WA_DIR "tests/data/whatsapp/"

/* A data file's contents (NUL-terminated); aborts the test binary if it is missing. */
static char *
load(const char *name, size_t *len)
{
	char path[256], err[256];
	size_t n;
	char *s;

	snprintf(path, sizeof(path), WA_DIR "%s", name);
	s = util_read_file(path, 8u * 1024 * 1024, &n, err, sizeof(err));
	if (s == NULL) {
		fprintf(stderr, "cannot read %s: %s\n", path, err);
		exit(2);
	}
	if (len != NULL)
		*len = n;
	return s;
}

/* A one-line data file without its trailing newline. */
static char *
load_line(const char *name)
{
	char *s = load(name, NULL);

	s[strcspn(s, "\r\n")] = '\0';
	return s;
}

/* Parse a data file that must parse: rc 0 and the payload. */
static int
parse_file(const char *name, struct payload *pl, char *err, size_t errlen)
{
	size_t len;
	char *body = load(name, &len);
	int rc;

	err[0] = '\0';
	rc = wa_parse(body, len, pl, err, errlen);
	if (rc != 0)
		fprintf(stderr, "%s: %s\n", name, err);
	free(body);
	return rc;
}

/* A member of the message's meta JSON, or NULL; the caller json_decref's *root. */
static json_t *
meta_get(const struct inbound *in, const char *key, json_t **root)
{
	*root = in->in_meta ? json_loads(in->in_meta, 0, NULL) : NULL;
	return json_object_get(*root, key);
}

static const char *
meta_str(const struct inbound *in, const char *key, char *out, size_t outlen)
{
	json_t *root, *v = meta_get(in, key, &root);

	if (!json_is_string(v)) {
		json_decref(root);
		return NULL;
	}
	util_strlcpy(out, json_string_value(v), outlen);
	json_decref(root);
	return out;
}

static void
test_signature(void)
{
	size_t len;
	char *body = load("text.json", &len);
	char *secret = load_line("signature.secret");
	char *sig = load_line("text.json.sig");
	char hdr[128];
	size_t i;

	CHECK(wa_verify_signature(secret, sig, body, len) == 0);
	/* upper-case hex is accepted */
	util_strlcpy(hdr, sig, sizeof(hdr));
	for (i = 7; hdr[i]; i++)
		if (hdr[i] >= 'a' && hdr[i] <= 'f')
			hdr[i] = (char)(hdr[i] - 'a' + 'A');
	CHECK(wa_verify_signature(secret, hdr, body, len) == 0);
	/* wrong secret, changed body */
	CHECK(wa_verify_signature("another-secret", sig, body, len) == -1);
	body[len / 2] ^= 1;
	CHECK(wa_verify_signature(secret, sig, body, len) == -1);
	body[len / 2] ^= 1;
	CHECK(wa_verify_signature(secret, sig, body, len - 1) == -1);
	/* missing, short, long, garbled, wrong prefix, empty secret */
	CHECK(wa_verify_signature(secret, NULL, body, len) == -1);
	CHECK(wa_verify_signature(secret, "", body, len) == -1);
	util_strlcpy(hdr, sig, sizeof(hdr));
	hdr[strlen(hdr) - 1] = '\0';
	CHECK(wa_verify_signature(secret, hdr, body, len) == -1);
	snprintf(hdr, sizeof(hdr), "%s0", sig);
	CHECK(wa_verify_signature(secret, hdr, body, len) == -1);
	util_strlcpy(hdr, sig, sizeof(hdr));
	hdr[10] = 'g';
	CHECK(wa_verify_signature(secret, hdr, body, len) == -1);
	snprintf(hdr, sizeof(hdr), "sha1=%s", sig + 7);
	CHECK(wa_verify_signature(secret, hdr, body, len) == -1);
	CHECK(wa_verify_signature(secret, sig + 7, body, len) == -1);
	CHECK(wa_verify_signature("", sig, body, len) == -1);
	CHECK(wa_verify_signature(NULL, sig, body, len) == -1);
	free(body);
	free(secret);
	free(sig);
}

static void
test_text(void)
{
	struct payload pl;
	char err[256], s[64];

	CHECK_INT(parse_file("text.json", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 1);
	CHECK_INT(pl.pl_nstats, 0);
	if (pl.pl_nmsgs == 1) {
		struct inbound *in = &pl.pl_msgs[0];

		CHECK_INT(in->in_channel, CHANNEL_WHATSAPP);
		CHECK_STR(in->in_provider_id, "wamid.TEST.text.0001");
		CHECK_STR(in->in_from, "31600000001");
		CHECK_STR(in->in_profile_name, "Testpersoon Een");
		CHECK_INT(in->in_ts_ms, 1763805600000LL);
		CHECK_INT(in->in_kind, MSG_TEXT);
		CHECK_STR(in->in_text, "Hoi, ik wil graag met iemand praten.");
		CHECK(in->in_choice_id == NULL);
		CHECK_STR(meta_str(in, "type", s, sizeof(s)), "text");
	}
	payload_free(&pl);
	CHECK(pl.pl_msgs == NULL && pl.pl_nmsgs == 0);
}

/* Parse a file holding one message from anyone; *pl must be freed. */
static struct inbound *
only_message(const char *name, struct payload *pl)
{
	char err[256];

	if (parse_file(name, pl, err, sizeof(err)) != 0 || pl->pl_nmsgs != 1) {
		CHECK_INT(pl->pl_nmsgs, 1);
		return NULL;
	}
	return &pl->pl_msgs[0];
}

/* Parse a file holding one message from 31600000001; *pl must be freed. */
static struct inbound *
one_message(const char *name, struct payload *pl)
{
	struct inbound *in = only_message(name, pl);

	if (in != NULL)
		CHECK_STR(in->in_from, "31600000001");
	return in;
}

static void
test_button_reply(void)
{
	struct payload pl;
	struct inbound *in = one_message("button_reply.json", &pl);
	char s[64];

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_BUTTON);
		CHECK_STR(in->in_choice_id, "help_now");
		CHECK_STR(in->in_text, "Nu hulp");
		CHECK_STR(meta_str(in, "type", s, sizeof(s)), "button");
		CHECK_STR(meta_str(in, "reply_to", s, sizeof(s)), "wamid.TEST.out.0001");
	}
	payload_free(&pl);
}

static void
test_list_reply(void)
{
	struct payload pl;
	struct inbound *in = one_message("list_reply.json", &pl);
	char s[64];

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_LIST);
		CHECK_STR(in->in_choice_id, "topic_housing");
		CHECK_STR(in->in_text, "Wonen");
		CHECK_STR(meta_str(in, "type", s, sizeof(s)), "list");
		CHECK_STR(meta_str(in, "description", s, sizeof(s)), "Een plek om te wonen");
	}
	payload_free(&pl);
}

static void
test_template_button(void)
{
	struct payload pl;
	struct inbound *in = one_message("template_button.json", &pl);
	char s[64];

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_BUTTON);
		CHECK_STR(in->in_choice_id, "restart");
		CHECK_STR(in->in_text, "Opnieuw beginnen");
		CHECK_STR(meta_str(in, "source", s, sizeof(s)), "template");
	}
	payload_free(&pl);
}

static void
test_media(void)
{
	static const struct {
		const char	*file;
		enum msg_kind	 kind;
		const char	*type, *media_id, *mime, *caption;
	} cases[] = {
		{ "image.json", MSG_IMAGE, "image", "1000000000000001", "image/jpeg", "Dit is mijn brief" },
		{ "audio_voice.json", MSG_AUDIO, "audio", "1000000000000002", "audio/ogg; codecs=opus", NULL },
		{ "video.json", MSG_VIDEO, "video", "1000000000000003", "video/mp4", NULL },
		{ "document.json", MSG_DOCUMENT, "document", "1000000000000004", "application/pdf", "Mijn rooster" },
		{ "sticker.json", MSG_STICKER, "sticker", "1000000000000005", "image/webp", NULL },
	};
	struct payload pl;
	struct inbound *in;
	char s[128];
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		in = one_message(cases[i].file, &pl);
		if (in == NULL) {
			payload_free(&pl);
			continue;
		}
		CHECK_INT(in->in_kind, cases[i].kind);
		CHECK_STR(meta_str(in, "type", s, sizeof(s)), cases[i].type);
		CHECK_STR(meta_str(in, "media_id", s, sizeof(s)), cases[i].media_id);
		CHECK_STR(meta_str(in, "mime_type", s, sizeof(s)), cases[i].mime);
		CHECK(meta_str(in, "sha256", s, sizeof(s)) != NULL);
		if (cases[i].caption != NULL) {
			CHECK_STR(in->in_text, cases[i].caption);
			CHECK_STR(meta_str(in, "caption", s, sizeof(s)), cases[i].caption);
		} else
			CHECK(in->in_text == NULL);
		payload_free(&pl);
	}
}

static void
test_media_details(void)
{
	struct payload pl;
	struct inbound *in;
	json_t *root, *v;
	char s[64];

	in = one_message("audio_voice.json", &pl);
	if (in != NULL) {
		v = meta_get(in, "voice", &root);
		CHECK(json_is_true(v));
		json_decref(root);
	}
	payload_free(&pl);
	in = one_message("video.json", &pl);
	if (in != NULL) {
		v = meta_get(in, "voice", &root);
		CHECK(v == NULL);	/* only audio has the voice flag */
		json_decref(root);
	}
	payload_free(&pl);
	in = one_message("document.json", &pl);
	if (in != NULL)
		CHECK_STR(meta_str(in, "filename", s, sizeof(s)), "rooster.pdf");
	payload_free(&pl);
	in = one_message("sticker.json", &pl);
	if (in != NULL) {
		v = meta_get(in, "animated", &root);
		CHECK(json_is_false(v));
		json_decref(root);
	}
	payload_free(&pl);
}

static void
test_location(void)
{
	struct payload pl;
	struct inbound *in = one_message("location.json", &pl);
	json_t *root, *v;
	char s[128];

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_LOCATION);
		CHECK(in->in_text == NULL);
		v = meta_get(in, "latitude", &root);
		CHECK(json_is_number(v) && json_number_value(v) > 52.0799 - 1e-9 &&
		    json_number_value(v) < 52.0799 + 1e-9);
		json_decref(root);
		v = meta_get(in, "longitude", &root);
		CHECK(json_is_number(v) && json_number_value(v) > 4.3113 - 1e-9 &&
		    json_number_value(v) < 4.3113 + 1e-9);
		json_decref(root);
		CHECK_STR(meta_str(in, "name", s, sizeof(s)), "Centraal Station");
		CHECK_STR(meta_str(in, "address", s, sizeof(s)), "Koningin Julianaplein, Den Haag");
	}
	payload_free(&pl);
}

static void
test_contacts(void)
{
	struct payload pl;
	struct inbound *in = one_message("contacts.json", &pl);
	json_t *root, *v;

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_CONTACTS);
		v = meta_get(in, "count", &root);
		CHECK_INT(json_integer_value(v), 2);
		json_decref(root);
		v = meta_get(in, "names", &root);
		CHECK_INT(json_array_size(v), 2);
		CHECK_STR(json_string_value(json_array_get(v, 0)), "Mentor Voorbeeld");
		CHECK_STR(json_string_value(json_array_get(v, 1)), "Tante Test");
		json_decref(root);
		/* the shared contacts' phone numbers are not kept */
		CHECK(strstr(in->in_meta, "31600000002") == NULL);
		CHECK(strstr(in->in_meta, "00000003") == NULL);
	}
	payload_free(&pl);
}

static void
test_reaction(void)
{
	struct payload pl;
	struct inbound *in = one_message("reaction.json", &pl);
	char s[64];

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_REACTION);
		CHECK_STR(meta_str(in, "message_id", s, sizeof(s)), "wamid.TEST.out.0003");
		CHECK_STR(meta_str(in, "emoji", s, sizeof(s)), "\xF0\x9F\x91\x8D");
	}
	payload_free(&pl);
}

static void
test_unknown(void)
{
	struct payload pl;
	struct inbound *in = one_message("unknown.json", &pl);
	json_t *root, *v;
	char s[64];

	if (in != NULL) {
		CHECK_INT(in->in_kind, MSG_UNKNOWN);
		CHECK_STR(meta_str(in, "type", s, sizeof(s)), "unknown");
		CHECK_STR(meta_str(in, "original_type", s, sizeof(s)), "unsupported");
		v = meta_get(in, "error_codes", &root);
		CHECK_INT(json_array_size(v), 1);
		CHECK_INT(json_integer_value(json_array_get(v, 0)), 131051);
		json_decref(root);
		CHECK(in->in_text == NULL);
	}
	payload_free(&pl);
}

/* Parse a file with exactly one status update. */
static struct status_update *
one_status(const char *name, struct payload *pl)
{
	char err[256];

	if (parse_file(name, pl, err, sizeof(err)) != 0 || pl->pl_nstats != 1) {
		CHECK_INT(pl->pl_nstats, 1);
		return NULL;
	}
	CHECK_INT(pl->pl_nmsgs, 0);
	CHECK_INT(pl->pl_stats[0].st_channel, CHANNEL_WHATSAPP);
	return &pl->pl_stats[0];
}

static void
test_statuses(void)
{
	static const struct {
		const char	*file;
		enum out_status	 st;
		int64_t		 ts;
	} cases[] = {
		{ "status_sent.json", OUT_SENT, 1763805700000LL },
		{ "status_delivered.json", OUT_DELIVERED, 1763805701000LL },
		{ "status_read.json", OUT_READ, 1763805702000LL },
	};
	struct payload pl;
	struct status_update *st;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		st = one_status(cases[i].file, &pl);
		if (st != NULL) {
			CHECK_STR(st->st_provider_id, "wamid.TEST.out.0001");
			CHECK_INT(st->st_status, cases[i].st);
			CHECK_INT(st->st_ts_ms, cases[i].ts);
			CHECK(st->st_error_code == NULL && st->st_error_text == NULL);
		}
		payload_free(&pl);
	}
	st = one_status("status_failed.json", &pl);
	if (st != NULL) {
		CHECK_STR(st->st_provider_id, "wamid.TEST.out.0004");
		CHECK_INT(st->st_status, OUT_FAILED);
		CHECK_STR(st->st_error_code, "131047");
		CHECK_STR(st->st_error_text, "Re-engagement message");
	}
	payload_free(&pl);
	/* A number quoted in the error text is not kept (delivery_event stores it). */
	st = one_status("status_failed_number.json", &pl);
	if (st != NULL) {
		CHECK_STR(st->st_provider_id, "wamid.TEST.out.0014");
		CHECK_STR(st->st_error_text, "Message to <number> could not be delivered");
	}
	payload_free(&pl);
	/* "deleted" is not tracked: skipped, the read status after it kept */
	st = one_status("status_unknown.json", &pl);
	if (st != NULL) {
		CHECK_STR(st->st_provider_id, "wamid.TEST.out.0006");
		CHECK_INT(st->st_status, OUT_READ);
	}
	payload_free(&pl);
}

static void
test_errors(void)
{
	struct payload pl;
	char err[256];

	CHECK_INT(parse_file("errors.json", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nerrors, 2);
	CHECK_INT(pl.pl_nmsgs, 0);
	CHECK_INT(pl.pl_nstats, 0);
	payload_free(&pl);
}

static void
test_batch(void)
{
	struct payload pl;
	char err[256];

	CHECK_INT(parse_file("batch_3msgs_2contacts.json", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 3);
	CHECK_INT(pl.pl_nstats, 1);
	if (pl.pl_nmsgs == 3) {
		CHECK_STR(pl.pl_msgs[0].in_provider_id, "wamid.TEST.batch.0001");
		CHECK_STR(pl.pl_msgs[0].in_from, "31600000001");
		CHECK_STR(pl.pl_msgs[0].in_profile_name, "Testpersoon Een");
		CHECK_STR(pl.pl_msgs[0].in_text, "Eerste bericht");
		CHECK_STR(pl.pl_msgs[1].in_provider_id, "wamid.TEST.batch.0002");
		CHECK_STR(pl.pl_msgs[1].in_from, "31600000002");
		CHECK_STR(pl.pl_msgs[1].in_profile_name, "Testpersoon Twee");
		CHECK_STR(pl.pl_msgs[1].in_text, "Tweede bericht");
		CHECK_STR(pl.pl_msgs[2].in_provider_id, "wamid.TEST.batch.0003");
		CHECK_STR(pl.pl_msgs[2].in_from, "31600000001");
		CHECK_INT(pl.pl_msgs[2].in_kind, MSG_BUTTON);
		CHECK_STR(pl.pl_msgs[2].in_choice_id, "yes");
	}
	if (pl.pl_nstats == 1) {
		CHECK_STR(pl.pl_stats[0].st_provider_id, "wamid.TEST.out.0007");
		CHECK_INT(pl.pl_stats[0].st_status, OUT_DELIVERED);
	}
	payload_free(&pl);
}

static void
test_other_field(void)
{
	struct payload pl;
	char err[256];

	CHECK_INT(parse_file("other_field.json", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs + pl.pl_nstats + pl.pl_nerrors, 0);
	payload_free(&pl);
}

static void
test_brackets_in_strings(void)
{
	struct payload pl;
	struct inbound *in = one_message("brackets_in_strings.json", &pl);

	if (in != NULL)
		CHECK(in->in_text != NULL && strstr(in->in_text, "\"quoted [\" \\") != NULL);
	payload_free(&pl);
}

static void
test_malformed(void)
{
	static const char *const names[] = {
		"bad_json", "deep_nesting", "invalid_utf8", "wrong_object", "missing_entry",
	};
	struct payload pl;
	char file[64], err[256], *body, *want;
	size_t i, len;

	for (i = 0; i < NELEM(names); i++) {
		snprintf(file, sizeof(file), "%s.json", names[i]);
		body = load(file, &len);
		snprintf(file, sizeof(file), "%s.err", names[i]);
		want = load_line(file);
		memset(&pl, 0xa5, sizeof(pl));
		err[0] = '\0';
		CHECK_INT(wa_parse(body, len, &pl, err, sizeof(err)), -1);
		CHECK_STR(err, want);
		CHECK(pl.pl_msgs == NULL && pl.pl_nmsgs == 0 && pl.pl_stats == NULL &&
		    pl.pl_nstats == 0);
		free(body);
		free(want);
	}
	body = load("duplicate_key.json", &len);
	CHECK_INT(wa_parse(body, len, &pl, err, sizeof(err)), -1);
	CHECK(strstr(err, "duplicate object key") != NULL);
	free(body);
	CHECK_INT(wa_parse("", 0, &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "body: empty");
	CHECK_INT(wa_parse("[]", 2, &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "body: not a JSON object");
	/* a NUL byte inside the body */
	CHECK_INT(wa_parse("{\"a\":\"\0\"}", 9, &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "body: not valid UTF-8 or contains a NUL byte");
	/* an escaped NUL is refused by jansson */
	CHECK_INT(wa_parse("{\"a\":\"\\u0000\"}", 14, &pl, err, sizeof(err)), -1);
	CHECK(strncmp(err, "body: invalid JSON", 18) == 0);
}

/* A webhook with value.x nested k levels deep (6 levels above it). */
static char *
nested(int k)
{
	struct buf b;
	int i;

	buf_init(&b, 0);
	if (buf_puts(&b, "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":"
	    "[{\"field\":\"messages\",\"value\":{\"x\":") == -1)
		abort();
	for (i = 0; i < k; i++)
		if (buf_puts(&b, "[") == -1)
			abort();
	for (i = 0; i < k; i++)
		if (buf_puts(&b, "]") == -1)
			abort();
	if (buf_puts(&b, "}}]}]}") == -1)
		abort();
	return buf_steal(&b);
}

static void
test_depth_limit(void)
{
	struct payload pl;
	char err[256], *s;

	s = nested(JSON_MAX_DEPTH - 6);
	CHECK_INT(wa_parse(s, strlen(s), &pl, err, sizeof(err)), 0);
	payload_free(&pl);
	free(s);
	s = nested(JSON_MAX_DEPTH - 5);
	CHECK_INT(wa_parse(s, strlen(s), &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "body: nested deeper than 32 levels");
	free(s);
}

/* n text messages in one change. */
static char *
many(int n)
{
	struct buf b;
	int i;

	buf_init(&b, 0);
	if (buf_puts(&b, "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":"
	    "[{\"field\":\"messages\",\"value\":{\"messages\":[") == -1)
		abort();
	for (i = 0; i < n; i++)
		if (buf_printf(&b, "%s{\"from\":\"31600000001\",\"id\":\"wamid.TEST.many.%d\","
		    "\"timestamp\":\"1763805600\",\"type\":\"text\",\"text\":{\"body\":\"Hoi\"}}",
		    i ? "," : "", i) == -1)
			abort();
	if (buf_puts(&b, "]}}]}]}") == -1)
		abort();
	return buf_steal(&b);
}

static void
test_item_limit(void)
{
	struct payload pl;
	char err[256], *s;

	s = many(PAYLOAD_MAX_MESSAGES);
	CHECK_INT(wa_parse(s, strlen(s), &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, PAYLOAD_MAX_MESSAGES);
	if (pl.pl_nmsgs == PAYLOAD_MAX_MESSAGES)
		CHECK_STR(pl.pl_msgs[PAYLOAD_MAX_MESSAGES - 1].in_provider_id,
		    "wamid.TEST.many.999");
	payload_free(&pl);
	free(s);
	s = many(PAYLOAD_MAX_MESSAGES + 1);
	CHECK_INT(wa_parse(s, strlen(s), &pl, err, sizeof(err)), -1);
	CHECK_STR(err, "body: more than 1000 messages and statuses");
	CHECK(pl.pl_nmsgs == 0 && pl.pl_msgs == NULL);
	free(s);
}

#define WA_HEAD "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\","
#define WA_MSGS(items) WA_HEAD "\"value\":{\"messages\":[" items "]}}]}]}"

/* A body that is not a WhatsApp payload: errors with their paths. */
static void
test_field_errors(void)
{
	static const struct {
		const char *body, *err;
	} cases[] = {
		{ "{\"object\":\"whatsapp_business_account\",\"entry\":{}}", "entry: not an array" },
		{ "{\"object\":\"whatsapp_business_account\",\"entry\":[{}]}", "entry[0].changes: missing" },
		{ WA_HEAD "\"value\":[]}]}]}", "entry[0].changes[0].value: not an object" },
		{ "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\"}]}]}",
		  "entry[0].changes[0].value: missing" },
		{ WA_HEAD "\"value\":{\"messages\":{}}}]}]}",
		  "entry[0].changes[0].value.messages: not an array" },
		{ WA_HEAD "\"value\":{\"contacts\":\"x\"}}]}]}",
		  "entry[0].changes[0].value.contacts: not an array" },
		{ "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":\"x\"}]}",
		  "entry[0].changes: not an array" },
	};
	struct payload pl;
	char err[256];
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		err[0] = '\0';
		CHECK_INT(wa_parse(cases[i].body, strlen(cases[i].body), &pl, err, sizeof(err)), -1);
		CHECK_STR(err, cases[i].err);
		CHECK(pl.pl_nmsgs == 0 && pl.pl_msgs == NULL);
	}
}

/*
 * Items that cannot be read in a good payload: the others are kept; one
 * with an id and a sender is kept as unknown with the reason; one without
 * is skipped and counted.
 */
static void
test_item_errors(void)
{
	static const struct {
		const char *body;
		size_t nmsgs, skipped;
		enum msg_kind kind;	/* of the last message */
		const char *reason;	/* of the last message, NULL: not unknown */
	} cases[] = {
		{ WA_MSGS("{\"from\":31600000001}"), 0, 1, MSG_TEXT, NULL },
		{ WA_MSGS("{},{}"), 0, 2, MSG_TEXT, NULL },
		{ WA_MSGS("\"x\""), 0, 1, MSG_TEXT, NULL },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"1\",\"type\":\"text\","
		  "\"text\":{\"body\":\"a\"}},{\"id\":\"w2\",\"from\":31600000002}"), 1, 1, MSG_TEXT, NULL },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"1\",\"type\":\"text\","
		  "\"text\":{}}"), 1, 0, MSG_UNKNOWN,
		  "entry[0].changes[0].value.messages[0].text.body: missing" },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"-1\",\"type\":\"text\"}"),
		  1, 0, MSG_UNKNOWN, "entry[0].changes[0].value.messages[0].timestamp: not a number "
		  "of seconds up to 4102444800" },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"4102444801\","
		  "\"type\":\"text\",\"text\":{\"body\":\"x\"}}"), 1, 0, MSG_UNKNOWN,
		  "entry[0].changes[0].value.messages[0].timestamp: not a number of seconds up to "
		  "4102444800" },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"316000000011234567890123456789012\","
		  "\"timestamp\":\"1\",\"type\":\"text\"}"), 0, 1, MSG_TEXT, NULL },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"1\",\"type\":\"image\","
		  "\"image\":{}}"), 1, 0, MSG_UNKNOWN, "entry[0].changes[0].value.messages[0].image.id: "
		  "missing" },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"1\",\"type\":\"location\","
		  "\"location\":{\"latitude\":1}}"), 1, 0, MSG_UNKNOWN, "entry[0].changes[0].value."
		  "messages[0].location.longitude: missing or not a number" },
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"1\",\"type\":7}"),
		  1, 0, MSG_UNKNOWN, "entry[0].changes[0].value.messages[0].type: not a string" },
		/* a timestamp as a JSON number is read */
		{ WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":1763805600,"
		  "\"type\":\"text\",\"text\":{\"body\":\"x\"}}"), 1, 0, MSG_TEXT, NULL },
		{ WA_HEAD "\"value\":{\"statuses\":[{\"id\":\"w1\",\"status\":\"sent\"}]}}]}]}",
		  0, 1, MSG_TEXT, NULL },
		/* the sender from the only contacts[] entry; a bad name is left out */
		{ WA_HEAD "\"value\":{\"contacts\":[{\"wa_id\":\"31600000001\",\"profile\":{\"name\":7}}],"
		  "\"messages\":[{\"id\":\"w1\",\"timestamp\":\"1\",\"type\":\"text\","
		  "\"text\":{\"body\":\"x\"}}]}}]}]}", 1, 0, MSG_TEXT, NULL },
	};
	struct payload pl;
	char err[256], s[256];
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		err[0] = '\0';
		CHECK_INT(wa_parse(cases[i].body, strlen(cases[i].body), &pl, err, sizeof(err)), 0);
		CHECK_INT(pl.pl_nmsgs, cases[i].nmsgs);
		CHECK_INT(pl.pl_nskipped, cases[i].skipped);
		if (pl.pl_nmsgs > 0 && pl.pl_nmsgs == cases[i].nmsgs) {
			struct inbound *in = &pl.pl_msgs[pl.pl_nmsgs - 1];

			CHECK_INT(in->in_kind, cases[i].kind);
			if (cases[i].reason != NULL) {
				CHECK_STR(meta_str(in, "reason", s, sizeof(s)), cases[i].reason);
				CHECK(in->in_text == NULL && in->in_ts_ms > 0);
			}
		}
		payload_free(&pl);
	}
}

/* Files that once were refused: a sender taken from contacts[], a long text. */
static void
test_kept_files(void)
{
	struct payload pl;
	struct inbound *in;
	char s[256];

	if ((in = one_message("missing_from.json", &pl)) != NULL) {
		CHECK_STR(in->in_from, "31600000001");
		CHECK_INT(in->in_kind, MSG_TEXT);
	}
	payload_free(&pl);
	if ((in = one_message("from_not_digits.json", &pl)) != NULL) {
		CHECK_STR(in->in_from, "31600000001");
		CHECK_INT(in->in_kind, MSG_TEXT);
	}
	payload_free(&pl);
	if ((in = one_message("too_long_text.json", &pl)) != NULL) {
		CHECK_INT(in->in_kind, MSG_TEXT);
		CHECK_INT(strlen(in->in_text), 4097);
		CHECK(meta_str(in, "truncated", s, sizeof(s)) == NULL);
	}
	payload_free(&pl);
}

/* A text over TEXT_STORE_MAX_CHARS characters is kept cut, on a character boundary. */
static void
test_text_store_max(void)
{
	struct payload pl;
	struct buf b;
	char err[256];
	json_t *root;
	size_t i;

	buf_init(&b, 0);
	if (buf_puts(&b, WA_HEAD "\"value\":{\"messages\":[{\"id\":\"w1\",\"from\":\"31600000001\","
	    "\"timestamp\":\"1\",\"type\":\"text\",\"text\":{\"body\":\"") == -1)
		abort();
	for (i = 0; i < TEXT_STORE_MAX_CHARS + 10; i++)
		if (buf_puts(&b, i % 2 ? "\xc3\xa9" : "\\ud83d\\ude0a") == -1)
			abort();
	if (buf_puts(&b, "\"}}]}}]}]}") == -1)
		abort();
	CHECK_INT(wa_parse(b.data, b.len, &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 1);
	if (pl.pl_nmsgs == 1) {
		CHECK_INT(pl.pl_msgs[0].in_kind, MSG_TEXT);
		CHECK_INT(utf8_length(pl.pl_msgs[0].in_text), TEXT_STORE_MAX_CHARS);
		CHECK(util_utf8_valid(pl.pl_msgs[0].in_text, strlen(pl.pl_msgs[0].in_text)));
		root = json_loads(pl.pl_msgs[0].in_meta, 0, NULL);
		CHECK(json_is_true(json_object_get(root, "truncated")));
		json_decref(root);
	}
	payload_free(&pl);
	buf_free(&b);
}

/* The shapes of Meta's BSUID and system-event references (tests/data/whatsapp/conformance_*). */
static void
test_bsuid_and_system(void)
{
	struct payload pl;
	struct inbound *in;
	char s[64];

	if ((in = only_message("conformance_bsuid_only.json", &pl)) != NULL) {
		CHECK(in->in_from == NULL);
		CHECK_STR(in->in_bsuid, "NL.1502576394655843");
		CHECK_STR(in->in_username, "@testpersoon.conform");
		CHECK_STR(in->in_profile_name, "Testpersoon Conform");
		CHECK_INT(in->in_kind, MSG_TEXT);
	}
	payload_free(&pl);
	if ((in = only_message("conformance_bsuid_and_phone.json", &pl)) != NULL) {
		CHECK_STR(in->in_from, "31600000203");
		CHECK_STR(in->in_bsuid, "NL.1502576394655844");
	}
	payload_free(&pl);
	if ((in = only_message("conformance_system_user_changed_number.json", &pl)) != NULL) {
		CHECK_INT(in->in_kind, MSG_SYSTEM);
		CHECK_STR(in->in_from, "31600000208");
		CHECK_STR(in->in_prev_from, "31600000207");
		CHECK_STR(in->in_bsuid, "NL.1502576394655850");
		CHECK_STR(in->in_prev_bsuid, "NL.1502576394655849");
		CHECK_STR(meta_str(in, "system_type", s, sizeof(s)), "user_changed_number");
		CHECK(in->in_text == NULL);
	}
	payload_free(&pl);
	if ((in = only_message("conformance_system_user_changed_user_id.json", &pl)) != NULL) {
		CHECK(in->in_from == NULL && in->in_prev_from == NULL);
		CHECK_STR(in->in_bsuid, "NL.1502576394655848");
		CHECK_STR(in->in_prev_bsuid, "NL.1502576394655847");
	}
	payload_free(&pl);
	if ((in = only_message("conformance_system_identity_changed.json", &pl)) != NULL) {
		CHECK_INT(in->in_kind, MSG_SYSTEM);
		CHECK(in->in_prev_from == NULL && in->in_prev_bsuid == NULL);
	}
	payload_free(&pl);
	if ((in = only_message("conformance_request_welcome.json", &pl)) != NULL)
		CHECK_INT(in->in_kind, MSG_REQUEST_WELCOME);
	payload_free(&pl);
	if ((in = only_message("conformance_order.json", &pl)) != NULL)
		CHECK_INT(in->in_kind, MSG_ORDER);
	payload_free(&pl);
	if ((in = only_message("conformance_nfm_reply.json", &pl)) != NULL) {
		CHECK_INT(in->in_kind, MSG_INTERACTIVE);
		CHECK_STR(meta_str(in, "interactive_type", s, sizeof(s)), "nfm_reply");
	}
	payload_free(&pl);
	CHECK(one_status("conformance_status_bsuid.json", &pl) != NULL);
	payload_free(&pl);
}

/* A change for another number is ignored and counted; ours is kept. */
static void
test_other_number(void)
{
	struct payload pl;
	char err[256], *body;
	size_t len;

	body = load("conformance_other_number.json", &len);
	CHECK_INT(wa_parse_for(body, len, "100000000000001", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 0);
	CHECK_INT(pl.pl_ignored[IGNORE_OTHER_NUMBER], 1);
	payload_free(&pl);
	CHECK_INT(wa_parse_for(body, len, "100000000000999", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 1);
	CHECK_INT(pl.pl_ignored[IGNORE_OTHER_NUMBER], 0);
	payload_free(&pl);
	free(body);
	body = load("text.json", &len);
	CHECK_INT(wa_parse_for(body, len, "100000000000001", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 1);
	payload_free(&pl);
	free(body);
	body = WA_MSGS("{\"id\":\"w1\",\"from\":\"31600000001\",\"timestamp\":\"1\",\"type\":\"text\","
	    "\"text\":{\"body\":\"a\"}}");
	CHECK_INT(wa_parse_for(body, strlen(body), "100000000000001", &pl, err, sizeof(err)), 0);
	CHECK_INT(pl.pl_nmsgs, 0);
	CHECK_INT(pl.pl_ignored[IGNORE_NO_NUMBER], 1);
	payload_free(&pl);
}

/* ---- rendering ---- */

static json_t *
render(const struct outbound *ob, const char *tpl, const char *lang, int want_rc, char *err,
    size_t errlen)
{
	struct buf b;
	json_t *j = NULL;
	int rc;

	buf_init(&b, 64 * 1024);
	rc = wa_render(ob, "31600000001", tpl, lang, NULL, &b, err, errlen);
	CHECK_INT(rc, want_rc);
	if (rc == 0) {
		j = json_loads(b.data, 0, NULL);
		CHECK(j != NULL);
		CHECK_STR(json_string_value(json_object_get(j, "messaging_product")), "whatsapp");
		CHECK_STR(json_string_value(json_object_get(j, "recipient_type")), "individual");
		CHECK_STR(json_string_value(json_object_get(j, "to")), "31600000001");
	} else
		CHECK_INT(b.len, 0);
	buf_free(&b);
	return j;
}

/* Fill ob from static strings (not freed: ob is only read). */
static void
ob_set(struct outbound *ob, const char *text, const char *const *ids,
    const char *const *titles, size_t n)
{
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
test_render_text(void)
{
	struct outbound ob;
	json_t *j;
	char err[256];

	ob_set(&ob, "Hoi! Fijn dat je er bent. / Hi! Glad you are here.", NULL, NULL, 0);
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(j, "type")), "text");
	CHECK_STR(json_string_value(json_object_get(json_object_get(j, "text"), "body")),
	    "Hoi! Fijn dat je er bent. / Hi! Glad you are here.");
	CHECK(json_is_false(json_object_get(json_object_get(j, "text"), "preview_url")));
	CHECK_INT(json_object_size(j), 5);
	json_decref(j);
}

static void
test_render_buttons(void)
{
	static const char *const ids[] = { "jip", "jit", "talk" };
	static const char *const titles[] = { "Informatie", "Begeleiding", "Praten met iemand" };
	struct outbound ob;
	json_t *j, *ia, *buttons, *b;
	char err[256];
	size_t i;

	ob_set(&ob, "Waar kan ik je mee helpen?", ids, titles, 3);
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(j, "type")), "interactive");
	ia = json_object_get(j, "interactive");
	CHECK_STR(json_string_value(json_object_get(ia, "type")), "button");
	CHECK_STR(json_string_value(json_object_get(json_object_get(ia, "body"), "text")),
	    "Waar kan ik je mee helpen?");
	buttons = json_object_get(json_object_get(ia, "action"), "buttons");
	CHECK_INT(json_array_size(buttons), 3);
	json_array_foreach(buttons, i, b) {
		CHECK_STR(json_string_value(json_object_get(b, "type")), "reply");
		CHECK_STR(json_string_value(json_object_get(json_object_get(b, "reply"), "id")), ids[i]);
		CHECK_STR(json_string_value(json_object_get(json_object_get(b, "reply"), "title")),
		    titles[i]);
	}
	json_decref(j);
}

static void
test_render_list(void)
{
	static const char *const ids[] = { "a", "b", "c", "d" };
	static const char *const titles[] = { "Geld en schulden", "Wonen", "School en werk",
		"Relaties en seks" };
	struct outbound ob;
	json_t *j, *ia, *action, *sections, *rows;
	char err[256];
	size_t i;

	ob_set(&ob, "Kies een onderwerp.", ids, titles, 4);
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	ia = json_object_get(j, "interactive");
	CHECK_STR(json_string_value(json_object_get(ia, "type")), "list");
	action = json_object_get(ia, "action");
	CHECK_STR(json_string_value(json_object_get(action, "button")), "Kies");
	sections = json_object_get(action, "sections");
	CHECK_INT(json_array_size(sections), 1);
	rows = json_object_get(json_array_get(sections, 0), "rows");
	CHECK_INT(json_array_size(rows), 4);
	for (i = 0; i < 4; i++) {
		CHECK_STR(json_string_value(json_object_get(json_array_get(rows, i), "id")), ids[i]);
		CHECK_STR(json_string_value(json_object_get(json_array_get(rows, i), "title")),
		    titles[i]);
	}
	json_decref(j);

	/* a button label of its own; three choices but one title over 20 characters */
	ob_set(&ob, "Kies een onderwerp.", ids, titles, 3);
	ob.ob_choices[2].oc_title = (char *)(uintptr_t)"Relaties, liefde, seks";	/* 22 */
	ob.ob_button = (char *)(uintptr_t)"Onderwerpen";
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	ia = json_object_get(j, "interactive");
	CHECK_STR(json_string_value(json_object_get(ia, "type")), "list");
	CHECK_STR(json_string_value(json_object_get(json_object_get(ia, "action"), "button")),
	    "Onderwerpen");
	json_decref(j);
}

static void
test_render_numbered(void)
{
	static const char *const ids[] = { "a", "b" };
	static const char *const titles[] = { "Een titel die langer is dan vierentwintig tekens",
		"Kort" };
	static const char *const ids11[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10" };
	static const char *const t11[] = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j" };
	struct outbound ob;
	json_t *j;
	char err[256], *longtext;

	ob_set(&ob, "Wat wil je doen?", ids, titles, 2);
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(j, "type")), "text");
	CHECK_STR(json_string_value(json_object_get(json_object_get(j, "text"), "body")),
	    "Wat wil je doen?\n\n1. Een titel die langer is dan vierentwintig tekens\n2. Kort");
	json_decref(j);

	/* 10 short titles: a list; accented titles count characters, not bytes */
	ob_set(&ob, "Kies.", ids11, t11, 10);
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(json_object_get(j, "interactive"), "type")), "list");
	json_decref(j);
	ob_set(&ob, "Kies.", ids, titles, 1);
	ob.ob_choices[0].oc_title = (char *)(uintptr_t)"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";	/* 20 characters, 40 bytes */
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(json_object_get(j, "interactive"), "type")),
	    "button");
	json_decref(j);

	/* a body over 1024 characters cannot be interactive: numbered text */
	longtext = xmalloc(1100);
	memset(longtext, 'x', 1099);
	longtext[1099] = '\0';
	ob_set(&ob, longtext, ids, t11, 2);
	j = render(&ob, NULL, NULL, 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(j, "type")), "text");
	CHECK_INT(strlen(json_string_value(json_object_get(json_object_get(j, "text"), "body"))),
	    1099 + strlen("\n\n1. a\n2. b"));
	json_decref(j);
	free(longtext);

	/* text over 4096 characters with its choices: an error */
	longtext = xmalloc(4100);
	memset(longtext, 'x', 4090);
	longtext[4090] = '\0';
	ob_set(&ob, longtext, ids, t11, 2);
	j = render(&ob, NULL, NULL, -1, err, sizeof(err));
	CHECK(j == NULL);
	CHECK_STR(err, "text: longer than 4096 characters with its numbered choices");
	free(longtext);
}

static void
test_render_template(void)
{
	struct outbound ob;
	json_t *j, *t;
	char err[256];

	ob_set(&ob, "niet gebruikt", NULL, NULL, 0);
	j = render(&ob, "praatpaal_terug", "nl", 0, err, sizeof(err));
	CHECK_STR(json_string_value(json_object_get(j, "type")), "template");
	t = json_object_get(j, "template");
	CHECK_STR(json_string_value(json_object_get(t, "name")), "praatpaal_terug");
	CHECK_STR(json_string_value(json_object_get(json_object_get(t, "language"), "code")), "nl");
	CHECK(json_object_get(j, "text") == NULL);
	json_decref(j);
	CHECK(render(&ob, "praatpaal_terug", NULL, -1, err, sizeof(err)) == NULL);
	CHECK_STR(err, "template: name and language are required");
}

static void
test_render_errors(void)
{
	struct outbound ob;
	struct buf b;
	char err[256];

	buf_init(&b, 0);
	ob_set(&ob, "Hoi", NULL, NULL, 0);
	CHECK_INT(wa_render(&ob, "+31600000001", NULL, NULL, NULL, &b, err, sizeof(err)), -1);
	CHECK_STR(err, "to: not a number of at most 32 digits or a BSUID");
	CHECK_INT(wa_render(&ob, "nl.123", NULL, NULL, NULL, &b, err, sizeof(err)), -1);
	CHECK_INT(wa_render(&ob, NULL, NULL, NULL, NULL, &b, err, sizeof(err)), -1);
	ob_set(&ob, "", NULL, NULL, 0);
	CHECK_INT(wa_render(&ob, "31600000001", NULL, NULL, NULL, &b, err, sizeof(err)), -1);
	CHECK_STR(err, "text: missing");
	/* a buffer ceiling too small for the body */
	buf_free(&b);
	buf_init(&b, 16);
	ob_set(&ob, "Hoi", NULL, NULL, 0);
	CHECK_INT(wa_render(&ob, "31600000001", NULL, NULL, NULL, &b, err, sizeof(err)), -1);
	CHECK_STR(err, "request body: larger than the buffer allows");
	buf_free(&b);
}

/* A contact known only by its BSUID is addressed as "recipient", never "to". */
static void
test_render_bsuid(void)
{
	struct outbound ob;
	struct buf b;
	char err[256];
	json_t *j;

	buf_init(&b, 0);
	ob_set(&ob, "Hoi", NULL, NULL, 0);
	CHECK_INT(wa_render(&ob, "NL.1502576394655843", NULL, NULL, NULL, &b, err, sizeof(err)), 0);
	j = json_loadb(b.data, b.len, 0, NULL);
	CHECK_STR(json_string_value(json_object_get(j, "recipient")), "NL.1502576394655843");
	CHECK(json_object_get(j, "to") == NULL);
	json_decref(j);
	CHECK_INT(wa_render(&ob, "31600000001", NULL, NULL, NULL, &b, err, sizeof(err)), 0);
	j = json_loadb(b.data, b.len, 0, NULL);
	CHECK_STR(json_string_value(json_object_get(j, "to")), "31600000001");
	CHECK(json_object_get(j, "recipient") == NULL);
	CHECK(json_object_get(j, "biz_opaque_callback_data") == NULL);
	json_decref(j);
	/* the send's echo, in the one body rendered, for the template too */
	CHECK_INT(wa_render(&ob, "31600000001", NULL, NULL, "pp1.42.abc", &b, err, sizeof(err)), 0);
	j = json_loadb(b.data, b.len, 0, NULL);
	CHECK_STR(json_string_value(json_object_get(j, "biz_opaque_callback_data")), "pp1.42.abc");
	CHECK_STR(json_string_value(json_object_get(json_object_get(j, "text"), "body")), "Hoi");
	json_decref(j);
	CHECK_INT(wa_render(&ob, "31600000001", "praatpaal_terugbellen", "nl", "pp1.43.def", &b, err,
	    sizeof(err)), 0);
	j = json_loadb(b.data, b.len, 0, NULL);
	CHECK_STR(json_string_value(json_object_get(j, "biz_opaque_callback_data")), "pp1.43.def");
	CHECK_STR(json_string_value(json_object_get(j, "type")), "template");
	json_decref(j);
	buf_free(&b);
}

/* ---- classification ---- */

static void
test_classify(void)
{
	struct send_result sr;
	const char *ok = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"31600000001\","
	    "\"wa_id\":\"31600000001\"}],\"messages\":[{\"id\":\"wamid.TEST.sent.0001\"}]}";
	const char *e130429 = "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"type\":\"OAuthException\","
	    "\"code\":130429,\"error_subcode\":2494055,\"fbtrace_id\":\"ATESTTRACE\"}}";
	const char *e131047 = "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\","
	    "\"code\":131047,\"fbtrace_id\":\"ATESTTRACE\"}}";
	const char *e100 = "{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\","
	    "\"code\":100,\"fbtrace_id\":\"ATESTTRACE\"}}";
	const char *e190 = "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
	    "\"code\":190,\"fbtrace_id\":\"ATESTTRACE\"}}";
	const char *e4 = "{\"error\":{\"message\":\"(#4) Application request limit reached\","
	    "\"type\":\"OAuthException\",\"code\":4}}";

	wa_classify(0, NULL, 200, ok, strlen(ok), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_OK);
	CHECK_STR(sr.sr_provider_id, "wamid.TEST.sent.0001");

	wa_classify(0, NULL, 200, "{}", 2, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);	/* may have been sent: never retried */

	wa_classify(0, NULL, 429, "", 0, 30, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "429");
	CHECK_INT(sr.sr_retry_after_s, 30);

	wa_classify(0, NULL, 500, "<html>oops</html>", 17, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "500");
	CHECK_STR(sr.sr_text, "HTTP 500");

	wa_classify(0, NULL, 400, e130429, strlen(e130429), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "130429");
	CHECK_STR(sr.sr_text, "(#130429) Rate limit hit");

	wa_classify(0, NULL, 400, e4, strlen(e4), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "4");

	wa_classify(0, NULL, 400, e131047, strlen(e131047), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_code, "131047");
	CHECK(strstr(sr.sr_text, "24-hour window") != NULL);

	wa_classify(0, NULL, 400, e100, strlen(e100), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_code, "100");
	CHECK_STR(sr.sr_text, "(#100) Invalid parameter");

	wa_classify(0, NULL, 401, e190, strlen(e190), 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_code, "190");

	wa_classify(0, NULL, 403, "", 0, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_code, "403");

	wa_classify(1, "Operation timed out after 10000 milliseconds", 0, NULL, 0, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "curl");
	CHECK_STR(sr.sr_text, "Operation timed out after 10000 milliseconds");
	wa_classify(1, NULL, 0, NULL, 0, 0, &sr);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
}

int
main(void)
{
	log_set_level(LOGL_ERROR);
	RUN(test_signature);
	RUN(test_text);
	RUN(test_button_reply);
	RUN(test_list_reply);
	RUN(test_template_button);
	RUN(test_media);
	RUN(test_media_details);
	RUN(test_location);
	RUN(test_contacts);
	RUN(test_reaction);
	RUN(test_unknown);
	RUN(test_statuses);
	RUN(test_errors);
	RUN(test_batch);
	RUN(test_other_field);
	RUN(test_brackets_in_strings);
	RUN(test_malformed);
	RUN(test_depth_limit);
	RUN(test_item_limit);
	RUN(test_field_errors);
	RUN(test_item_errors);
	RUN(test_kept_files);
	RUN(test_text_store_max);
	RUN(test_bsuid_and_system);
	RUN(test_other_number);
	RUN(test_render_bsuid);
	RUN(test_render_text);
	RUN(test_render_buttons);
	RUN(test_render_list);
	RUN(test_render_numbered);
	RUN(test_render_template);
	RUN(test_render_errors);
	RUN(test_classify);
	return unit_done();
}
