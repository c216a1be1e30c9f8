/*
 * twilio.c — Twilio Programmable SMS as seen from here: form-encoded
 * bodies (parse and build), the X-Twilio-Signature check, inbound SMS and
 * status callbacks turned into a struct payload, the outbound form body,
 * and what the Messages API's answers mean for the sender.
 *
 * SMS only: a "whatsapp:" address (WhatsApp through Twilio) is refused,
 * WhatsApp goes through the Cloud API (whatsapp.c).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "crypto.h"
#include "log.h"
#include "provider.h"
#include "sms_text.h"
#include "twilio.h"

#define TW_MAX_MEDIA		10	/* Twilio's limit of media per message */
#define TW_SIG_LEN		28	/* base64 of a 20-byte HMAC-SHA1 */
#define TW_SIG256_LEN		44	/* base64 of a 32-byte HMAC-SHA256 */
#define TW_CODE_OPTED_OUT	"21610"	/* "Attempt to send to unsubscribed recipient" */
#define TW_ERROR_CODE_MAX	16	/* bytes of an ErrorCode */

/*
 * Decode one %-encoded, '+'-for-space component of n bytes: a new string
 * (the caller frees), or NULL for a bad escape, invalid UTF-8 or a NUL.
 */
static char *
form_decode(const char *s, size_t n)
{
	char *out;
	size_t i, o = 0;
	int hi, lo;

	out = xmalloc(n + 1);
	for (i = 0; i < n; i++) {
		if (s[i] == '+')
			out[o++] = ' ';
		else if (s[i] == '%') {
			if (n - i < 3 || (hi = util_hexval((unsigned char)s[i + 1])) < 0 ||
			    (lo = util_hexval((unsigned char)s[i + 2])) < 0)
				goto fail;
			out[o++] = (char)(hi << 4 | lo);
			i += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	if (!util_utf8_valid(out, o))
		goto fail;
	return out;
fail:
	free(out);
	return NULL;
}

/*
 * Parse a form body into f. Empty segments ("a=1&&b=2") are skipped; a
 * field without '=' has the empty value. On failure -1 with err and f
 * empty; on success the caller frees with form_free.
 */
int
form_parse(const char *body, size_t len, struct form *f, char *err, size_t errlen)
{
	const char *p, *end, *amp, *eq;
	struct form_field *fld;
	size_t cap = 0;

	memset(f, 0, sizeof(*f));
	if (body == NULL)
		return 0;
	p = body;
	end = body + len;
	while (p < end) {
		amp = memchr(p, '&', (size_t)(end - p));
		if (amp == NULL)
			amp = end;
		if (amp == p) {
			p++;
			continue;
		}
		if (f->fm_n == FORM_MAX_FIELDS) {
			util_seterr(err, errlen, "form: more than %d fields", FORM_MAX_FIELDS);
			goto fail;
		}
		if (f->fm_n == cap) {
			cap = cap ? cap * 2 : 16;
			f->fm_fields = xrealloc(f->fm_fields, cap * sizeof(*f->fm_fields));
		}
		eq = memchr(p, '=', (size_t)(amp - p));
		if (eq == NULL)
			eq = amp;
		if (eq == p) {
			util_seterr(err, errlen, "form: field %zu: empty name", f->fm_n + 1);
			goto fail;
		}
		fld = &f->fm_fields[f->fm_n];
		fld->ff_name = form_decode(p, (size_t)(eq - p));
		fld->ff_value = eq < amp ? form_decode(eq + 1, (size_t)(amp - eq - 1)) :
		    xstrdup("");
		if (fld->ff_name == NULL || fld->ff_value == NULL) {
			free(fld->ff_name);
			free(fld->ff_value);
			util_seterr(err, errlen, "form: field %zu: bad %%-escape, invalid UTF-8 "
			    "or NUL byte", f->fm_n + 1);
			goto fail;
		}
		f->fm_n++;
		p = amp;
	}
	return 0;
fail:
	form_free(f);
	return -1;
}

/* The value of the first field called name, or NULL. Borrowed from f. */
const char *
form_get(const struct form *f, const char *name)
{
	size_t i;

	for (i = 0; i < f->fm_n; i++)
		if (strcmp(f->fm_fields[i].ff_name, name) == 0)
			return f->fm_fields[i].ff_value;
	return NULL;
}

/* Frees the fields (not the struct) and zeroes it. */
void
form_free(struct form *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->fm_n; i++) {
		free(f->fm_fields[i].ff_name);
		free(f->fm_fields[i].ff_value);
	}
	free(f->fm_fields);
	memset(f, 0, sizeof(*f));
}

/* Append s percent-encoded: everything but the RFC 3986 unreserved characters. */
static int
form_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;
	char e[3];

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' ||
		    *p == '~') {
			if (buf_append(b, p, 1) == -1)
				return -1;
			continue;
		}
		e[0] = '%';
		e[1] = hex[*p >> 4];
		e[2] = hex[*p & 0x0f];
		if (buf_append(b, e, 3) == -1)
			return -1;
	}
	return 0;
}

/* -1 when the buffer's ceiling is reached (the buffer may then hold part of the field). */
int
form_append(struct buf *b, const char *name, const char *value)
{
	if (b->len > 0 && buf_append(b, "&", 1) == -1)
		return -1;
	if (form_encode(b, name) == -1 || buf_append(b, "=", 1) == -1 ||
	    form_encode(b, value) == -1)
		return -1;
	return 0;
}

/* Order of fields in the signed string: by name, then value, then position (stable). */
static int
tw_field_cmp(const void *a, const void *b)
{
	const struct form_field *const *x = a, *const *y = b;
	int c;

	c = strcmp((*x)->ff_name, (*y)->ff_name);
	if (c == 0)
		c = strcmp((*x)->ff_value, (*y)->ff_value);
	if (c == 0)
		c = *x < *y ? -1 : *x > *y;
	return c;
}

/*
 * The string Twilio signs: url, then each field sorted by name (then
 * value): name + value. Into data (reset first).
 */
static void
tw_signed_string(const char *url, const struct form *f, struct buf *data)
{
	const struct form_field **order = NULL;
	size_t i;

	buf_reset(data);
	if (f->fm_n > 0) {
		order = xcalloc(f->fm_n, sizeof(*order));
		for (i = 0; i < f->fm_n; i++)
			order[i] = &f->fm_fields[i];
		qsort(order, f->fm_n, sizeof(*order), tw_field_cmp);
	}
	/* data has no ceiling: appending cannot fail */
	if (buf_puts(data, url) == -1)
		abort();
	for (i = 0; i < f->fm_n; i++)
		if (buf_puts(data, order[i]->ff_name) == -1 ||
		    buf_puts(data, order[i]->ff_value) == -1)
			abort();
	free(order);
}

/*
 * The url's two forms, as Twilio's validator tries them: without the
 * scheme's default port (:443 for https, :80 otherwise) and with it. A url
 * with another port has that form only (*noport NULL): Twilio's validator
 * would also take it without the port, which names another server. New
 * strings; the caller frees both.
 */
static void
tw_url_forms(const char *url, char **noport, char **port)
{
	const char *auth, *end, *host, *bracket, *colon, *p;
	const char *def;

	*noport = *port = NULL;
	if ((auth = strstr(url, "://")) == NULL) {
		*noport = xstrdup(url);
		return;
	}
	auth += 3;
	end = auth + strcspn(auth, "/?#");
	host = auth;
	for (p = auth; p < end; p++)
		if (*p == '@')
			host = p + 1;
	bracket = NULL;
	for (p = host; p < end; p++)
		if (*p == ']')
			bracket = p;
	colon = memchr(bracket != NULL ? bracket : host, ':',
	    (size_t)(end - (bracket != NULL ? bracket : host)));
	def = strncasecmp(url, "https://", 8) == 0 ? ":443" : ":80";
	if (colon != NULL) {
		if ((size_t)(end - colon) == strlen(def) && strncmp(colon, def, strlen(def)) == 0)
			*noport = xasprintf("%.*s%s", (int)(colon - url), url, end);
		*port = xstrdup(url);
		return;
	}
	*noport = xstrdup(url);
	*port = xasprintf("%.*s%s%s", (int)(end - url), url, def, end);
}

/* 1 if header is the signature of data with key under alg. */
static int
tw_signature_matches(const char *key, enum tw_sig_alg alg, const struct buf *data,
    const char *header)
{
	unsigned char mac[32];
	char want[TW_SIG256_LEN + 1];
	size_t n;

	if (alg == TW_SIG_HMAC_SHA256) {
		crypto_hmac_sha256(key, strlen(key), data->data, data->len, mac);
		crypto_base64(mac, 32, want);
		n = TW_SIG256_LEN;
	} else {
		crypto_hmac_sha1(key, strlen(key), data->data, data->len, mac);
		crypto_base64(mac, 20, want);
		n = TW_SIG_LEN;
	}
	return strlen(header) == n && util_ct_equal(want, header, n);
}

int
tw_verify_signature_alg(const char *key, enum tw_sig_alg alg, const char *url,
    const struct form *f, const char *header)
{
	char *forms[2];
	struct buf data;
	int ok = 0;

	if (key == NULL || key[0] == '\0' || url == NULL || header == NULL)
		return -1;
	tw_url_forms(url, &forms[0], &forms[1]);
	buf_init(&data, 0);
	for (size_t i = 0; i < 2 && !ok; i++) {
		if (forms[i] == NULL)
			continue;
		tw_signed_string(forms[i], f, &data);
		ok = tw_signature_matches(key, alg, &data, header);
	}
	buf_free(&data);
	free(forms[0]);
	free(forms[1]);
	return ok ? 0 : -1;
}

int
tw_verify_signature(const char *auth_token, const char *url,
    const struct form *f, const char *header)
{
	return tw_verify_signature_alg(auth_token, TW_SIG_HMAC_SHA1, url, f, header);
}

int
tw_signature_algorithm(const char *settings, enum tw_sig_alg *alg)
{
	const char *p, *eq, *end, *v;
	size_t n;

	*alg = TW_SIG_HMAC_SHA1;
	if (settings == NULL)
		return 0;
	for (p = settings; *p != '\0'; p = *end == ',' ? end + 1 : end) {
		end = p + strcspn(p, ",");
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq == NULL)
			continue;
		while (p < eq && (*p == ' ' || *p == '\t'))
			p++;
		n = (size_t)(eq - p);
		while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n != 9 || strncmp(p, "algorithm", 9) != 0)
			continue;
		for (v = eq + 1; v < end && (*v == ' ' || *v == '\t'); v++)
			;
		n = (size_t)(end - v);
		while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
			n--;
		if (n == 0)
			continue;	/* empty: the library's default */
		if (n == 9 && strncasecmp(v, "HMAC_SHA1", 9) == 0)
			*alg = TW_SIG_HMAC_SHA1;
		else if (n == 11 && strncasecmp(v, "HMAC_SHA256", 11) == 0)
			*alg = TW_SIG_HMAC_SHA256;
		else
			return -1;
		return 0;
	}
	return 0;
}

int
tw_code_opted_out(const char *code)
{
	return code != NULL && strcmp(code, TW_CODE_OPTED_OUT) == 0;
}

/*
 * The message's sid (MessageSid, or the older SmsSid): non-empty, fits
 * PROVIDER_ID_MAX with its NUL. Borrowed from f, or NULL with err.
 */
static const char *
tw_get_sid(const struct form *f, char *err, size_t errlen)
{
	const char *v;

	v = form_get(f, "MessageSid");
	if (v == NULL)
		v = form_get(f, "SmsSid");
	if (v == NULL || v[0] == '\0') {
		util_seterr(err, errlen, "MessageSid: missing");
		return NULL;
	}
	if (strlen(v) >= PROVIDER_ID_MAX) {
		util_seterr(err, errlen, "MessageSid: longer than %d bytes", PROVIDER_ID_MAX - 1);
		return NULL;
	}
	return v;
}

static const struct {
	const char	*ts_name;
	int		 ts_track;	/* 0: a state before sending, ignored */
	enum out_status	 ts_status;
} tw_statuses[] = {
	{ "sent", 1, OUT_SENT },
	{ "delivered", 1, OUT_DELIVERED },
	{ "read", 1, OUT_READ },
	{ "failed", 1, OUT_FAILED },
	{ "undelivered", 1, OUT_FAILED },
	{ "queued", 0, OUT_QUEUED },
	{ "sending", 0, OUT_SENDING },
	{ "accepted", 0, OUT_QUEUED },
	{ "scheduled", 0, OUT_QUEUED },
};

/* A status callback: 0 (a status added, or an ignored one), -1 with err. */
static int
tw_parse_status(const struct form *f, const char *status, int64_t now_ms,
    struct payload *pl, char *err, size_t errlen)
{
	struct status_update st;
	const char *sid, *code, *text;
	size_t i;

	if ((sid = tw_get_sid(f, err, errlen)) == NULL)
		return -1;
	for (i = 0; i < NELEM(tw_statuses); i++)
		if (strcmp(status, tw_statuses[i].ts_name) == 0)
			break;
	if (i == NELEM(tw_statuses) || !tw_statuses[i].ts_track) {
		log_debug("tw_status_skipped status=%s", i < NELEM(tw_statuses) ?
		    tw_statuses[i].ts_name : "other");
		return 0;
	}
	memset(&st, 0, sizeof(st));
	st.st_channel = CHANNEL_SMS;
	st.st_status = tw_statuses[i].ts_status;
	st.st_ts_ms = now_ms;
	code = form_get(f, "ErrorCode");
	if (code != NULL && code[0] != '\0') {
		if (!util_all_digits(code) || strlen(code) > TW_ERROR_CODE_MAX) {
			util_seterr(err, errlen, "ErrorCode: not a number");
			return -1;
		}
		if (st.st_status == OUT_FAILED)
			st.st_error_code = xstrdup(code);
	}
	text = form_get(f, "ErrorMessage");
	if (st.st_status == OUT_FAILED) {
		if (text != NULL && text[0] != '\0')
			st.st_error_text = provider_error_text(text);	/* diagnostic text from Twilio */
		else if (strcmp(status, "undelivered") == 0)
			st.st_error_text = xstrdup("undelivered");
	}
	st.st_provider_id = xstrdup(sid);
	payload_add_status(pl, &st);
	return 0;
}

/* Media of an inbound MMS into in (kind from MediaContentType0) and meta. */
static int
tw_parse_media(const struct form *f, long long nmedia, struct inbound *in,
    json_t *meta, char *err, size_t errlen)
{
	char name[48];
	const char *url, *ctype;
	json_t *arr;
	long long i;

	arr = json_array();
	json_object_set_new(meta, "media_count", json_integer(nmedia));
	json_object_set_new(meta, "media", arr);
	for (i = 0; i < nmedia; i++) {
		snprintf(name, sizeof(name), "MediaUrl%lld", i);
		url = form_get(f, name);
		if (url == NULL || url[0] == '\0') {
			util_seterr(err, errlen, "%s: missing", name);
			return -1;
		}
		snprintf(name, sizeof(name), "MediaContentType%lld", i);
		ctype = form_get(f, name);
		if (ctype == NULL || ctype[0] == '\0') {
			util_seterr(err, errlen, "%s: missing", name);
			return -1;
		}
		json_array_append_new(arr, json_pack("{s:s, s:s}", "url", url,
		    "content_type", ctype));
		if (i == 0) {
			if (strncmp(ctype, "image/", 6) == 0)
				in->in_kind = MSG_IMAGE;
			else if (strncmp(ctype, "audio/", 6) == 0)
				in->in_kind = MSG_AUDIO;
			else if (strncmp(ctype, "video/", 6) == 0)
				in->in_kind = MSG_VIDEO;
			else
				in->in_kind = MSG_DOCUMENT;
		}
	}
	json_object_set_new(meta, "type", json_string(msg_kind_name(in->in_kind)));
	return 0;
}

/* An inbound SMS/MMS: 0 with one message added, -1 with err. */
static int
tw_parse_inbound(const struct form *f, int64_t now_ms, struct payload *pl,
    char *err, size_t errlen)
{
	struct inbound in;
	json_t *meta = NULL;
	const char *sid, *from, *body, *num;
	long long nmedia = 0;
	char *dump = NULL;

	memset(&in, 0, sizeof(in));
	if ((sid = tw_get_sid(f, err, errlen)) == NULL)
		return -1;
	from = form_get(f, "From");
	if (from == NULL || from[0] == '\0') {
		util_seterr(err, errlen, "From: missing");
		return -1;
	}
	if (strncmp(from, "whatsapp:", 9) == 0) {
		util_seterr(err, errlen, "From: a WhatsApp address; Twilio is used for SMS only");
		return -1;
	}
	if (from[0] == '+')
		from++;
	if (!util_all_digits(from) || strlen(from) > ADDRESS_MAX) {
		util_seterr(err, errlen, "From: not a phone number of at most %d digits", ADDRESS_MAX);
		return -1;
	}
	body = form_get(f, "Body");
	if (body != NULL && strlen(body) > TEXT_MAX) {
		util_seterr(err, errlen, "Body: longer than %d bytes", TEXT_MAX);
		return -1;
	}
	num = form_get(f, "NumMedia");
	if (num != NULL && num[0] != '\0' &&
	    (!util_all_digits(num) || util_parse_ll(num, 0, TW_MAX_MEDIA, &nmedia) == -1)) {
		util_seterr(err, errlen, "NumMedia: not a number from 0 to %d", TW_MAX_MEDIA);
		return -1;
	}

	in.in_channel = CHANNEL_SMS;
	in.in_kind = MSG_TEXT;
	in.in_ts_ms = now_ms;	/* Twilio sends no timestamp: the time of receipt */
	if (nmedia > 0) {
		meta = json_object();
		if (tw_parse_media(f, nmedia, &in, meta, err, errlen) == -1)
			goto fail;
		dump = json_dumps(meta, JSON_COMPACT);
		if (dump == NULL || strlen(dump) > META_MAX) {
			util_seterr(err, errlen, "media: details longer than %d bytes", META_MAX);
			goto fail;
		}
	}
	in.in_provider_id = xstrdup(sid);
	in.in_from = xstrdup(from);
	in.in_text = body != NULL && body[0] != '\0' ? xstrdup(body) : NULL;
	in.in_meta = dump;
	payload_add_msg(pl, &in);
	json_decref(meta);
	return 0;
fail:
	free(dump);
	json_decref(meta);
	return -1;
}

/*
 * A status callback has MessageStatus (other than the "received" of an
 * inbound message); an inbound message has Body or NumMedia. On failure
 * -1 with err and out empty; on success the caller frees with payload_free.
 */
int
tw_parse(const struct form *f, int64_t now_ms, struct payload *out, char *err, size_t errlen)
{
	const char *status;
	int rc;

	memset(out, 0, sizeof(*out));
	status = form_get(f, "MessageStatus");
	if (status != NULL && strcmp(status, "received") != 0 &&
	    strcmp(status, "receiving") != 0)
		rc = tw_parse_status(f, status, now_ms, out, err, errlen);
	else if (form_get(f, "Body") != NULL || form_get(f, "NumMedia") != NULL)
		rc = tw_parse_inbound(f, now_ms, out, err, errlen);
	else {
		util_seterr(err, errlen, "form: neither a message (Body, NumMedia) nor a "
		    "status callback (MessageStatus)");
		rc = -1;
	}
	if (rc == -1)
		payload_free(out);
	return rc;
}

/*
 * The form body (out is reset first): To=+<to>, From=<from>, Body=<text>
 * with the choices as numbered lines. Longer than SMS_BODY_MAX_CHARS: -1
 * with err and out empty.
 */
int
tw_render(const struct outbound *ob, const char *to, const char *from,
    struct buf *out, char *err, size_t errlen)
{
	const char *titles[OUT_MAX_CHOICES];
	struct buf body, plus;
	char *plain;
	size_t i;

	buf_reset(out);
	buf_init(&body, 0);
	buf_init(&plus, 0);
	if (to == NULL || !util_all_digits(to) || strlen(to) > ADDRESS_MAX) {
		util_seterr(err, errlen, "to: not a number of at most %d digits", ADDRESS_MAX);
		goto fail;
	}
	if (from == NULL || from[0] == '\0') {
		util_seterr(err, errlen, "from: missing");
		goto fail;
	}
	if (ob == NULL || ob->ob_text == NULL || ob->ob_text[0] == '\0') {
		util_seterr(err, errlen, "text: missing");
		goto fail;
	}
	/* plain SMS text (sms_text.h): no markup, no emoji, GSM-7 where it can be */
	for (i = 0; i < ob->ob_nchoices && i < OUT_MAX_CHOICES; i++)
		titles[i] = ob->ob_choices[i].oc_title;
	plain = sms_text_body(ob->ob_text, titles, i);
	/* body has no ceiling: appending cannot fail */
	if (buf_puts(&body, plain) == -1)
		abort();
	free(plain);
	if (utf8_length(body.data) > SMS_BODY_MAX_CHARS) {
		util_seterr(err, errlen, "Body: longer than %d characters%s", SMS_BODY_MAX_CHARS,
		    ob->ob_nchoices ? " with its numbered choices" : "");
		goto fail;
	}
	if (buf_printf(&plus, "+%s", to) == -1 ||
	    form_append(out, "To", plus.data) == -1 ||
	    form_append(out, "From", from) == -1 ||
	    form_append(out, "Body", body.data) == -1) {
		util_seterr(err, errlen, "request body: larger than the buffer allows");
		goto fail;
	}
	buf_free(&body);
	buf_free(&plus);
	return 0;
fail:
	buf_free(&body);
	buf_free(&plus);
	buf_reset(out);
	return -1;
}

#define TW_CODE_TOO_MANY_REQUESTS	20429

void
tw_classify(int curl_failed, const char *curl_error, long http_status,
    const char *body, size_t len, long retry_after_s, struct send_result *sr)
{
	json_t *root;
	long ecode;

	if (provider_answer_open(curl_failed, curl_error, http_status, body, len,
	    retry_after_s, sr, &root) == 1)
		return;
	if (http_status >= 200 && http_status < 300)
		provider_answer_accepted(json_object_get(root, "sid"), "sid", sr);
	else {
		ecode = provider_answer_error(json_object_get(root, "code"),
		    json_object_get(root, "message"), http_status, sr);
		if (http_status == 429 || http_status >= 500 || ecode == TW_CODE_TOO_MANY_REQUESTS)
			sr->sr_outcome = SEND_RETRY;
		else if (http_status >= 400 && http_status < 500)
			sr->sr_outcome = SEND_FAIL;
		else
			sr->sr_outcome = SEND_RETRY;	/* unexpected (1xx, 3xx): try again later */
	}
	json_decref(root);
}
