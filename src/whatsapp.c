/*
 * whatsapp.c — the WhatsApp Cloud API's webhooks as seen from here: the
 * X-Hub-Signature-256, and the webhook payload (messages, statuses,
 * errors, system events) turned into a struct payload. What we send and
 * what the API answers is whatsapp_send.c's.
 *
 * The payload parser trusts nothing: a cheap scan rejects invalid UTF-8,
 * NUL bytes and deep nesting before jansson sees the body, and every field
 * we keep is checked for type and length, with an error naming its path.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "crypto.h"
#include "log.h"
#include "provider.h"
#include "whatsapp.h"

#define WA_SIG_PREFIX		"sha256="

int
wa_verify_signature(const char *app_secret, const char *header,
    const void *body, size_t len)
{
	unsigned char want[32], got[32];
	const char *hex;
	size_t i;
	int hi, lo;

	if (app_secret == NULL || app_secret[0] == '\0' || header == NULL)
		return -1;
	if (strncmp(header, WA_SIG_PREFIX, strlen(WA_SIG_PREFIX)) != 0)
		return -1;
	hex = header + strlen(WA_SIG_PREFIX);
	if (strlen(hex) != 2 * sizeof(got))
		return -1;
	for (i = 0; i < sizeof(got); i++) {
		hi = util_hexval((unsigned char)hex[2 * i]);
		lo = util_hexval((unsigned char)hex[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return -1;
		got[i] = (unsigned char)(hi << 4 | lo);
	}
	crypto_hmac_sha256(app_secret, strlen(app_secret), body, len, want);
	return util_ct_equal(want, got, sizeof(want)) ? 0 : -1;
}

/*
 * Before jansson: 0 if body is valid UTF-8 without NUL bytes and its
 * arrays/objects nest at most JSON_MAX_DEPTH deep (brackets inside
 * strings, escaped quotes included, do not count); else -1 with err.
 */
static int
wa_prescan(const char *body, size_t len, char *err, size_t errlen)
{
	size_t i;
	int depth = 0, in_string = 0;

	if (!util_utf8_valid(body, len)) {
		util_seterr(err, errlen, "body: not valid UTF-8 or contains a NUL byte");
		return -1;
	}
	for (i = 0; i < len; i++) {
		char c = body[i];

		if (in_string) {
			if (c == '\\')
				i++;	/* skip the escaped character */
			else if (c == '"')
				in_string = 0;
			continue;
		}
		if (c == '"')
			in_string = 1;
		else if (c == '{' || c == '[') {
			if (++depth > JSON_MAX_DEPTH) {
				util_seterr(err, errlen, "body: nested deeper than %d levels",
				    JSON_MAX_DEPTH);
				return -1;
			}
		} else if (c == '}' || c == ']')
			depth--;
	}
	return 0;
}

/*
 * obj.key as a string of at most max bytes. required: missing is an
 * error; else *out = NULL when missing (or JSON null). Borrowed pointer.
 */
static int
wa_get_str(json_t *obj, const char *path, const char *key, int required,
    size_t max, const char **out, char *err, size_t errlen)
{
	json_t *v;

	*out = NULL;
	v = json_object_get(obj, key);
	if (v == NULL || (!required && json_is_null(v))) {
		if (required) {
			util_seterr(err, errlen, "%s.%s: missing", path, key);
			return -1;
		}
		return 0;
	}
	if (!json_is_string(v)) {
		util_seterr(err, errlen, "%s.%s: not a string", path, key);
		return -1;
	}
	if (json_string_length(v) > max) {
		util_seterr(err, errlen, "%s.%s: longer than %zu bytes", path, key, max);
		return -1;
	}
	*out = json_string_value(v);
	return 0;
}

/*
 * obj.key as a JSON value of the given type (an object or an array);
 * required: missing is an error, else *out = NULL when missing. A JSON
 * null is not missing: it has the wrong type. Borrowed pointer.
 */
static int
wa_get_typed(json_t *obj, const char *path, const char *key, json_type type, int required,
    json_t **out, char *err, size_t errlen)
{
	json_t *v;

	*out = NULL;
	v = json_object_get(obj, key);
	if (v == NULL) {
		if (required) {
			util_seterr(err, errlen, "%s.%s: missing", path, key);
			return -1;
		}
		return 0;
	}
	if (json_typeof(v) != type) {
		util_seterr(err, errlen, "%s.%s: not %s", path, key,
		    type == JSON_ARRAY ? "an array" : "an object");
		return -1;
	}
	*out = v;
	return 0;
}

/*
 * A provider timestamp in milliseconds: a string of decimal seconds (what
 * Meta sends) or a JSON integer.
 */
static int
wa_get_ts(json_t *obj, const char *path, int64_t *ms, char *err, size_t errlen)
{
	json_t *v;
	const char *s;
	long long n;

	v = json_object_get(obj, "timestamp");
	if (json_is_integer(v)) {
		n = (long long)json_integer_value(v);
		if (n < 0 || n > PROVIDER_TS_MAX_S)
			goto range;
		*ms = (int64_t)n * 1000;
		return 0;
	}
	if (wa_get_str(obj, path, "timestamp", 1, 20, &s, err, errlen) == -1)
		return -1;
	if (!util_all_digits(s) || util_parse_ll(s, 0, PROVIDER_TS_MAX_S, &n) == -1)
		goto range;
	*ms = (int64_t)n * 1000;
	return 0;
range:
	util_seterr(err, errlen, "%s.timestamp: not a number of seconds up to %lld", path,
	    (long long)PROVIDER_TS_MAX_S);
	return -1;
}

/* A provider message id: a non-empty string that fits PROVIDER_ID_MAX with its NUL. */
static int
wa_get_id(json_t *obj, const char *path, const char *key, const char **out,
    char *err, size_t errlen)
{
	if (wa_get_str(obj, path, key, 1, PROVIDER_ID_MAX - 1, out, err, errlen) == -1)
		return -1;
	if ((*out)[0] == '\0') {
		util_seterr(err, errlen, "%s.%s: empty", path, key);
		return -1;
	}
	return 0;
}

int
wa_bsuid_valid(const char *s)
{
	size_t n;

	if (s == NULL || (n = strlen(s)) < 4 || n > BSUID_MAX)
		return 0;
	/* two letters of a country code, a period, then letters, digits and periods */
	if (!isupper((unsigned char)s[0]) || !isupper((unsigned char)s[1]) || s[2] != '.')
		return 0;
	return strspn(s + 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789.") == n - 3;
}

/* obj.key if it is a phone number (digits, at most ADDRESS_MAX bytes), else NULL. */
static const char *
wa_number_of(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s != NULL && s[0] != '\0' && strlen(s) <= ADDRESS_MAX && util_all_digits(s) ?
	    s : NULL;
}

/* obj.key if it is a BSUID (wa_bsuid_valid), else NULL. */
static const char *
wa_bsuid_of(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return wa_bsuid_valid(s) ? s : NULL;
}

/* obj.key if it is a non-empty string of at most max bytes, else NULL. */
static const char *
wa_short_str(json_t *obj, const char *key, size_t max)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s != NULL && s[0] != '\0' && strlen(s) <= max ? s : NULL;
}

/* Copy an optional string member of src into meta under the same key. */
static void
meta_copy(json_t *meta, json_t *src, const char *key)
{
	json_t *v;

	v = json_object_get(src, key);
	if (v != NULL && (json_is_string(v) || json_is_boolean(v) || json_is_number(v)))
		json_object_set(meta, key, v);
}

/* The codes of an errors[] array as a JSON array of integers (codes only, no text). */
static json_t *
error_codes(json_t *errors)
{
	json_t *codes, *e, *c;
	size_t i;

	codes = json_array();
	json_array_foreach(errors, i, e) {
		c = json_object_get(e, "code");
		if (json_is_integer(c))
			json_array_append(codes, c);
	}
	return codes;
}

/*
 * Set in_text from a borrowed string (NULL stays NULL), cut on a character
 * boundary after TEXT_STORE_MAX_CHARS characters; a cut is noted in meta.
 */
static void
set_text(struct inbound *in, json_t *meta, const char *s)
{
	size_t n;

	if (s == NULL)
		return;
	n = utf8_prefix_bytes(s, TEXT_STORE_MAX_CHARS);
	in->in_text = xstrndup(s, n);
	if (s[n] != '\0' && meta != NULL)
		json_object_set_new(meta, "truncated", json_true());
}

/* A media message (image, audio, video, document, sticker): details into meta. */
static int
wa_parse_media(json_t *m, const char *path, const char *type, struct inbound *in,
    json_t *meta, char *err, size_t errlen)
{
	char sub[192];
	json_t *media;
	const char *id, *caption;

	if (wa_get_typed(m, path, type, JSON_OBJECT, 1, &media, err, errlen) == -1)
		return -1;
	snprintf(sub, sizeof(sub), "%s.%s", path, type);
	if (wa_get_id(media, sub, "id", &id, err, errlen) == -1 ||
	    wa_get_str(media, sub, "caption", 0, SIZE_MAX, &caption, err, errlen) == -1)
		return -1;
	json_object_set_new(meta, "media_id", json_string(id));
	meta_copy(meta, media, "mime_type");
	meta_copy(meta, media, "sha256");
	if (caption != NULL && strlen(caption) <= TEXT_MAX)
		meta_copy(meta, media, "caption");
	meta_copy(meta, media, "filename");
	meta_copy(meta, media, "animated");
	if (strcmp(type, "audio") == 0)
		json_object_set_new(meta, "voice",
		    json_boolean(json_is_true(json_object_get(media, "voice"))));
	set_text(in, meta, caption);
	return 0;
}

/*
 * interactive: button_reply / list_reply; other interactive answers (a
 * WhatsApp Flow's nfm_reply, ...) become MSG_INTERACTIVE, kept silently
 * with their type and name only (a Flow's response_json is not kept).
 */
static int
wa_parse_interactive(json_t *m, const char *path, struct inbound *in,
    json_t *meta, char *err, size_t errlen)
{
	char sub[192], sub2[256];
	json_t *ia, *reply;
	const char *itype, *id, *title, *desc;

	if (wa_get_typed(m, path, "interactive", JSON_OBJECT, 1, &ia, err, errlen) == -1)
		return -1;
	snprintf(sub, sizeof(sub), "%s.interactive", path);
	if (wa_get_str(ia, sub, "type", 1, 64, &itype, err, errlen) == -1)
		return -1;
	if (strcmp(itype, "button_reply") != 0 && strcmp(itype, "list_reply") != 0) {
		in->in_kind = MSG_INTERACTIVE;
		json_object_set_new(meta, "interactive_type", json_string(
		    strspn(itype, "abcdefghijklmnopqrstuvwxyz_") == strlen(itype) ? itype : "other"));
		reply = json_object_get(ia, itype);
		if (wa_short_str(reply, "name", 64) != NULL)
			meta_copy(meta, reply, "name");
		return 0;
	}
	in->in_kind = strcmp(itype, "button_reply") == 0 ? MSG_BUTTON : MSG_LIST;
	json_object_set_new(meta, "type", json_string(msg_kind_name(in->in_kind)));
	if (wa_get_typed(ia, sub, itype, JSON_OBJECT, 1, &reply, err, errlen) == -1)
		return -1;
	snprintf(sub2, sizeof(sub2), "%s.%s", sub, itype);
	if (wa_get_id(reply, sub2, "id", &id, err, errlen) == -1 ||
	    wa_get_str(reply, sub2, "title", 1, TEXT_MAX, &title, err, errlen) == -1 ||
	    wa_get_str(reply, sub2, "description", 0, TEXT_MAX, &desc, err, errlen) == -1)
		return -1;
	in->in_choice_id = xstrdup(id);
	if (desc != NULL)
		json_object_set_new(meta, "description", json_string(desc));
	set_text(in, meta, title);
	return 0;
}

/* A location pin: latitude and longitude required, name/address/url optional. */
static int
wa_parse_location(json_t *m, const char *path, json_t *meta, char *err, size_t errlen)
{
	char sub[192];
	json_t *loc, *lat, *lon;

	if (wa_get_typed(m, path, "location", JSON_OBJECT, 1, &loc, err, errlen) == -1)
		return -1;
	snprintf(sub, sizeof(sub), "%s.location", path);
	lat = json_object_get(loc, "latitude");
	lon = json_object_get(loc, "longitude");
	if (!json_is_number(lat) || !json_is_number(lon)) {
		util_seterr(err, errlen, "%s.%s: missing or not a number", sub,
		    json_is_number(lat) ? "longitude" : "latitude");
		return -1;
	}
	json_object_set(meta, "latitude", lat);
	json_object_set(meta, "longitude", lon);
	meta_copy(meta, loc, "name");
	meta_copy(meta, loc, "address");
	meta_copy(meta, loc, "url");
	return 0;
}

/* Shared contacts: only their number and formatted names are kept, never their phone numbers. */
static int
wa_parse_contacts(json_t *m, const char *path, json_t *meta, char *err, size_t errlen)
{
	json_t *arr, *c, *name, *fn, *names;
	size_t i;

	if (wa_get_typed(m, path, "contacts", JSON_ARRAY, 1, &arr, err, errlen) == -1)
		return -1;
	names = json_array();
	json_array_foreach(arr, i, c) {
		name = json_object_get(c, "name");
		fn = json_object_get(name, "formatted_name");
		if (json_is_string(fn))
			json_array_append(names, fn);
	}
	json_object_set_new(meta, "count", json_integer((json_int_t)json_array_size(arr)));
	json_object_set_new(meta, "names", names);
	return 0;
}

/* A reaction: the message reacted to and the emoji (absent when a reaction is removed). */
static int
wa_parse_reaction(json_t *m, const char *path, json_t *meta, char *err, size_t errlen)
{
	char sub[192];
	json_t *r;
	const char *mid, *emoji;

	if (wa_get_typed(m, path, "reaction", JSON_OBJECT, 1, &r, err, errlen) == -1)
		return -1;
	snprintf(sub, sizeof(sub), "%s.reaction", path);
	if (wa_get_id(r, sub, "message_id", &mid, err, errlen) == -1 ||
	    wa_get_str(r, sub, "emoji", 0, 64, &emoji, err, errlen) == -1)
		return -1;
	json_object_set_new(meta, "message_id", json_string(mid));
	if (emoji != NULL)
		json_object_set_new(meta, "emoji", json_string(emoji));
	return 0;
}

/* A catalogue order: kept silently, its text as the body, the number of items in meta. */
static int
wa_parse_order(json_t *m, const char *path, struct inbound *in, json_t *meta,
    char *err, size_t errlen)
{
	json_t *order, *items;
	const char *text;
	char sub[192];

	in->in_kind = MSG_ORDER;
	if (wa_get_typed(m, path, "order", JSON_OBJECT, 1, &order, err, errlen) == -1)
		return -1;
	snprintf(sub, sizeof(sub), "%s.order", path);
	if (wa_get_str(order, sub, "text", 0, SIZE_MAX, &text, err, errlen) == -1)
		return -1;
	items = json_object_get(order, "product_items");
	json_object_set_new(meta, "items", json_integer(
	    (json_int_t)(json_is_array(items) ? json_array_size(items) : 0)));
	if (wa_short_str(order, "catalog_id", 64) != NULL)
		meta_copy(meta, order, "catalog_id");
	set_text(in, meta, text);
	return 0;
}

/*
 * A system event. user_changed_number: the contact moves to system.wa_id
 * (and system.user_id); user_changed_user_id: its BSUID becomes
 * system.user_id. The message is attributed to the new identity, the old
 * one kept in in_prev_from / in_prev_bsuid for the store to move the
 * contact. Others (customer_identity_changed, ...) change nothing. Only
 * the event's type is kept: its body names the person and the numbers.
 */
static int
wa_parse_system(json_t *m, const char *path, struct inbound *in, json_t *meta,
    char *err, size_t errlen)
{
	json_t *sys;
	const char *stype, *num, *uid, *prev;
	char sub[192];

	in->in_kind = MSG_SYSTEM;
	if (wa_get_typed(m, path, "system", JSON_OBJECT, 1, &sys, err, errlen) == -1)
		return -1;
	snprintf(sub, sizeof(sub), "%s.system", path);
	if (wa_get_str(sys, sub, "type", 1, 64, &stype, err, errlen) == -1)
		return -1;
	json_object_set_new(meta, "system_type", json_string(
	    strspn(stype, "abcdefghijklmnopqrstuvwxyz_") == strlen(stype) ? stype : "other"));
	uid = wa_bsuid_of(sys, "user_id");
	prev = wa_bsuid_of(sys, "previous_user_id");
	if (strcmp(stype, "user_changed_number") == 0) {
		if ((num = wa_number_of(sys, "wa_id")) == NULL) {
			util_seterr(err, errlen, "%s.wa_id: missing or not a number", sub);
			return -1;
		}
		in->in_prev_from = in->in_from;
		in->in_prev_bsuid = prev != NULL ? xstrdup(prev) : in->in_bsuid;
		if (prev != NULL)
			free(in->in_bsuid);
		in->in_from = xstrdup(num);
		in->in_bsuid = uid != NULL ? xstrdup(uid) : NULL;
	} else if (strcmp(stype, "user_changed_user_id") == 0) {
		if (uid == NULL) {
			util_seterr(err, errlen, "%s.user_id: missing or not a BSUID", sub);
			return -1;
		}
		if (prev != NULL && strcmp(prev, uid) != 0)
			in->in_prev_bsuid = xstrdup(prev);
		free(in->in_bsuid);
		in->in_bsuid = xstrdup(uid);
	}
	return 0;
}

static const struct {
	const char	*wt_name;
	enum msg_kind	 wt_kind;
} wa_media_types[] = {
	{ "image", MSG_IMAGE },
	{ "audio", MSG_AUDIO },
	{ "video", MSG_VIDEO },
	{ "document", MSG_DOCUMENT },
	{ "sticker", MSG_STICKER },
};

/*
 * value.contacts[] entry for a sender: the one whose wa_id is from or
 * whose user_id is bsuid; with neither known, the only entry there is.
 * NULL if none.
 */
static json_t *
wa_contact_find(json_t *contacts, const char *from, const char *bsuid)
{
	json_t *c;
	const char *s;
	size_t i;

	if (from == NULL && bsuid == NULL)
		return json_array_size(contacts) == 1 ? json_array_get(contacts, 0) : NULL;
	json_array_foreach(contacts, i, c) {
		if (from != NULL && (s = wa_number_of(c, "wa_id")) != NULL && strcmp(s, from) == 0)
			return c;
		if (bsuid != NULL && (s = wa_bsuid_of(c, "user_id")) != NULL &&
		    strcmp(s, bsuid) == 0)
			return c;
	}
	return NULL;
}

/*
 * The sender of message m: from (a number) and from_user_id (a BSUID),
 * completed from its value.contacts[] entry, with the profile name and the
 * username there. -1 with err if there is no sender at all.
 */
static int
wa_parse_sender(json_t *m, const char *path, json_t *contacts, struct inbound *in,
    char *err, size_t errlen)
{
	const char *from, *bsuid, *name, *user;
	json_t *c, *profile;

	from = wa_number_of(m, "from");
	bsuid = wa_bsuid_of(m, "from_user_id");
	c = wa_contact_find(contacts, from, bsuid);
	if (from == NULL)
		from = wa_number_of(c, "wa_id");
	if (bsuid == NULL)
		bsuid = wa_bsuid_of(c, "user_id");
	if (from == NULL && bsuid == NULL) {
		util_seterr(err, errlen, "%s: no sender (from, from_user_id)", path);
		return -1;
	}
	in->in_from = from != NULL ? xstrdup(from) : NULL;
	in->in_bsuid = bsuid != NULL ? xstrdup(bsuid) : NULL;
	profile = json_object_get(c, "profile");
	if ((name = wa_short_str(profile, "name", NAME_MAX_BYTES)) != NULL)
		in->in_profile_name = xstrdup(name);
	if ((user = wa_short_str(profile, "username", USERNAME_MAX_BYTES)) != NULL)
		in->in_username = xstrdup(user);
	return 0;
}

/* A text message: text.body, kept up to TEXT_STORE_MAX_CHARS characters. */
static int
wa_parse_text(json_t *m, const char *path, struct inbound *in, json_t *meta,
    char *err, size_t errlen)
{
	char sub[256];
	json_t *v;
	const char *s;

	in->in_kind = MSG_TEXT;
	snprintf(sub, sizeof(sub), "%s.text", path);
	if (wa_get_typed(m, path, "text", JSON_OBJECT, 1, &v, err, errlen) == -1 ||
	    wa_get_str(v, sub, "body", 1, SIZE_MAX, &s, err, errlen) == -1)
		return -1;
	set_text(in, meta, s);
	return 0;
}

/* A template's quick-reply button: its text, and its payload as the choice id. */
static int
wa_parse_button(json_t *m, const char *path, struct inbound *in, json_t *meta,
    char *err, size_t errlen)
{
	json_t *v;
	const char *text, *payload;

	in->in_kind = MSG_BUTTON;
	if (wa_get_typed(m, path, "button", JSON_OBJECT, 1, &v, err, errlen) == -1)
		return -1;
	text = json_string_value(json_object_get(v, "text"));
	payload = json_string_value(json_object_get(v, "payload"));
	if (text == NULL) {
		util_seterr(err, errlen, "%s.button.text: missing or not a string", path);
		return -1;
	}
	if (payload != NULL && strlen(payload) >= PROVIDER_ID_MAX) {
		util_seterr(err, errlen, "%s.button.payload: longer than %d bytes", path,
		    PROVIDER_ID_MAX - 1);
		return -1;
	}
	set_text(in, meta, text);
	if (payload != NULL)
		in->in_choice_id = xstrdup(payload);
	json_object_set_new(meta, "source", json_string("template"));
	return 0;
}

/*
 * The part of a message that depends on its type, into in and meta. A
 * type we do not know stays MSG_UNKNOWN (not an error).
 */
static int
wa_parse_kind(json_t *m, const char *path, const char *type, struct inbound *in,
    json_t *meta, char *err, size_t errlen)
{
	size_t i;

	in->in_kind = MSG_UNKNOWN;
	if (strcmp(type, "text") == 0)
		return wa_parse_text(m, path, in, meta, err, errlen);
	if (strcmp(type, "interactive") == 0)
		return wa_parse_interactive(m, path, in, meta, err, errlen);
	if (strcmp(type, "button") == 0)
		return wa_parse_button(m, path, in, meta, err, errlen);
	if (strcmp(type, "system") == 0)
		return wa_parse_system(m, path, in, meta, err, errlen);
	if (strcmp(type, "order") == 0)
		return wa_parse_order(m, path, in, meta, err, errlen);
	if (strcmp(type, "request_welcome") == 0) {
		in->in_kind = MSG_REQUEST_WELCOME;
		return 0;
	}
	if (strcmp(type, "location") == 0) {
		in->in_kind = MSG_LOCATION;
		return wa_parse_location(m, path, meta, err, errlen);
	}
	if (strcmp(type, "contacts") == 0) {
		in->in_kind = MSG_CONTACTS;
		return wa_parse_contacts(m, path, meta, err, errlen);
	}
	if (strcmp(type, "reaction") == 0) {
		in->in_kind = MSG_REACTION;
		return wa_parse_reaction(m, path, meta, err, errlen);
	}
	for (i = 0; i < NELEM(wa_media_types); i++) {
		if (strcmp(type, wa_media_types[i].wt_name) == 0) {
			in->in_kind = wa_media_types[i].wt_kind;
			return wa_parse_media(m, path, type, in, meta, err, errlen);
		}
	}
	return 0;
}

/*
 * Complete meta (the kind, for an unknown message its type and error
 * codes, the message replied to) and keep it as in_meta, at most
 * META_MAX bytes of JSON.
 */
static int
wa_finish_meta(json_t *m, const char *path, const char *type, struct inbound *in,
    json_t *meta, char *err, size_t errlen)
{
	json_t *ctx, *errors;
	char *dump;

	if (json_object_get(meta, "type") == NULL)
		json_object_set_new(meta, "type", json_string(msg_kind_name(in->in_kind)));
	if (in->in_kind == MSG_UNKNOWN && json_object_get(meta, "original_type") == NULL) {
		json_object_set_new(meta, "original_type", json_string(type));
		errors = json_object_get(m, "errors");
		if (json_is_array(errors))
			json_object_set_new(meta, "error_codes", error_codes(errors));
	}
	ctx = json_object_get(m, "context");
	if (json_is_object(ctx) && json_is_string(json_object_get(ctx, "id")))
		json_object_set(meta, "reply_to", json_object_get(ctx, "id"));

	dump = json_dumps(meta, JSON_COMPACT);
	if (dump == NULL) {
		util_seterr(err, errlen, "%s: details could not be serialised", path);
		return -1;
	}
	if (strlen(dump) > META_MAX) {
		util_seterr(err, errlen, "%s: details longer than %d bytes", path, META_MAX);
		free(dump);
		return -1;
	}
	in->in_meta = dump;
	return 0;
}

/*
 * An item that could not be read: kept as MSG_UNKNOWN with the reason
 * (a path and what is wrong there, never a value) and nothing else of
 * its content; received now if its time was not read either.
 */
static void
wa_make_unknown(struct inbound *in, const char *reason)
{
	json_t *meta;

	free(in->in_text);
	free(in->in_choice_id);
	free(in->in_meta);
	free(in->in_prev_from);
	free(in->in_prev_bsuid);
	in->in_text = in->in_choice_id = in->in_meta = NULL;
	in->in_prev_from = in->in_prev_bsuid = NULL;
	in->in_kind = MSG_UNKNOWN;
	if (in->in_ts_ms == 0)
		in->in_ts_ms = util_now_ms();
	meta = json_pack("{s:s, s:s}", "type", "unknown", "reason", reason);
	in->in_meta = meta != NULL ? json_dumps(meta, JSON_COMPACT) : NULL;
	json_decref(meta);
	log_warn("wa_item_unknown reason=\"%s\"", reason);
}

/*
 * One element of value.messages[] into *in. contacts is value.contacts[].
 * 0: *in is the message, or an unknown one with the reason when only its
 * id and sender could be read. -1 with err: not even those (nothing to
 * keep); *in is cleared.
 */
static int
wa_parse_message(json_t *m, const char *path, json_t *contacts, struct inbound *in,
    char *err, size_t errlen)
{
	json_t *meta = NULL;
	const char *id, *type;

	memset(in, 0, sizeof(*in));
	in->in_channel = CHANNEL_WHATSAPP;
	if (!json_is_object(m)) {
		util_seterr(err, errlen, "%s: not an object", path);
		return -1;
	}
	if (wa_get_id(m, path, "id", &id, err, errlen) == -1 ||
	    wa_parse_sender(m, path, contacts, in, err, errlen) == -1) {
		inbound_free(in);
		return -1;
	}
	in->in_provider_id = xstrdup(id);
	meta = json_object();
	if (wa_get_ts(m, path, &in->in_ts_ms, err, errlen) == -1 ||
	    wa_get_str(m, path, "type", 1, 64, &type, err, errlen) == -1 ||
	    wa_parse_kind(m, path, type, in, meta, err, errlen) == -1 ||
	    wa_finish_meta(m, path, type, in, meta, err, errlen) == -1)
		wa_make_unknown(in, err);
	json_decref(meta);
	return 0;
}

static const struct {
	const char	*ws_name;
	enum out_status	 ws_status;
} wa_statuses[] = {
	{ "sent", OUT_SENT },
	{ "delivered", OUT_DELIVERED },
	{ "read", OUT_READ },
	{ "failed", OUT_FAILED },
};

/* A failed status's first error: its code and title into st. */
static int
wa_status_error(json_t *s, const char *path, struct status_update *st, char *err,
    size_t errlen)
{
	json_t *errors, *e0, *code, *title;
	char sub[192];

	if (wa_get_typed(s, path, "errors", JSON_ARRAY, 0, &errors, err, errlen) == -1)
		return -1;
	e0 = json_array_get(errors, 0);
	if (e0 == NULL)
		return 0;
	snprintf(sub, sizeof(sub), "%s.errors[0]", path);
	code = json_object_get(e0, "code");
	title = json_object_get(e0, "title");
	if (json_is_integer(code))
		st->st_error_code = xasprintf("%" JSON_INTEGER_FORMAT, json_integer_value(code));
	else if (code != NULL) {
		util_seterr(err, errlen, "%s.code: not an integer", sub);
		return -1;
	}
	/* diagnostic text from Meta */
	if (json_is_string(title))
		st->st_error_text = provider_error_text(json_string_value(title));
	return 0;
}

/*
 * One element of value.statuses[]: 1 and *st filled, 0 for a status we
 * do not track (logged at debug), -1 with err. A status is matched to our
 * reply by its id, whether it was sent to a number (recipient_id) or to a
 * BSUID (recipient_user_id).
 */
static int
wa_parse_status(json_t *s, const char *path, struct status_update *st,
    char *err, size_t errlen)
{
	const char *id, *status, *echo;
	size_t i;

	memset(st, 0, sizeof(*st));
	st->st_channel = CHANNEL_WHATSAPP;
	if (!json_is_object(s)) {
		util_seterr(err, errlen, "%s: not an object", path);
		return -1;
	}
	if (wa_get_id(s, path, "id", &id, err, errlen) == -1 ||
	    wa_get_str(s, path, "status", 1, 64, &status, err, errlen) == -1 ||
	    wa_get_ts(s, path, &st->st_ts_ms, err, errlen) == -1 ||
	    wa_get_str(s, path, "biz_opaque_callback_data", 0, OUTBOX_ECHO_IN_MAX, &echo,
	    err, errlen) == -1)
		return -1;
	for (i = 0; i < NELEM(wa_statuses); i++)
		if (strcmp(status, wa_statuses[i].ws_name) == 0)
			break;
	if (i == NELEM(wa_statuses)) {
		log_debug("wa_status_skipped status=%s",
		    strspn(status, "abcdefghijklmnopqrstuvwxyz_") == strlen(status) ? status : "other");
		return 0;
	}
	st->st_status = wa_statuses[i].ws_status;
	if (st->st_status == OUT_FAILED && wa_status_error(s, path, st, err, errlen) == -1) {
		free(st->st_error_code);
		free(st->st_error_text);
		memset(st, 0, sizeof(*st));
		return -1;
	}
	st->st_provider_id = xstrdup(id);
	if (echo != NULL)
		st->st_echo = xstrdup(echo);	/* checked by the webhook (crypto_echo_check) */
	return 1;
}

/* An item that could not be kept at all: logged (its path and the reason) and counted. */
static void
wa_skip(struct payload *pl, const char *reason)
{
	log_warn("wa_item_skipped reason=\"%s\"", reason);
	pl->pl_nskipped++;
}

/* value.messages[] and value.statuses[] into pl, each item on its own. */
static void
wa_parse_items(json_t *msgs, json_t *stats, json_t *contacts, const char *path,
    struct payload *pl)
{
	struct inbound in;
	struct status_update st;
	char sub[128], err[256];
	size_t i;
	json_t *e;
	int rc;

	json_array_foreach(msgs, i, e) {
		snprintf(sub, sizeof(sub), "%s.messages[%zu]", path, i);
		if (wa_parse_message(e, sub, contacts, &in, err, sizeof(err)) == -1)
			wa_skip(pl, err);
		else
			payload_add_msg(pl, &in);
	}
	json_array_foreach(stats, i, e) {
		snprintf(sub, sizeof(sub), "%s.statuses[%zu]", path, i);
		rc = wa_parse_status(e, sub, &st, err, sizeof(err));
		if (rc == -1)
			wa_skip(pl, err);
		else if (rc == 1)
			payload_add_status(pl, &st);
	}
}

/*
 * One change's value with field "messages". *count is the running number
 * of messages[] and statuses[] items, bounded by PAYLOAD_MAX_MESSAGES.
 * Only the value's shape is an error here; each item is read on its own
 * (wa_parse_items).
 */
static int
wa_parse_value(json_t *value, const char *path, struct payload *pl, size_t *count,
    char *err, size_t errlen)
{
	json_t *contacts, *msgs, *stats, *errors, *e, *code;
	size_t i;

	if (wa_get_typed(value, path, "contacts", JSON_ARRAY, 0, &contacts, err, errlen) == -1 ||
	    wa_get_typed(value, path, "messages", JSON_ARRAY, 0, &msgs, err, errlen) == -1 ||
	    wa_get_typed(value, path, "statuses", JSON_ARRAY, 0, &stats, err, errlen) == -1 ||
	    wa_get_typed(value, path, "errors", JSON_ARRAY, 0, &errors, err, errlen) == -1)
		return -1;
	*count += json_array_size(msgs) + json_array_size(stats);
	if (*count > PAYLOAD_MAX_MESSAGES) {
		util_seterr(err, errlen, "body: more than %d messages and statuses",
		    PAYLOAD_MAX_MESSAGES);
		return -1;
	}
	wa_parse_items(msgs, stats, contacts, path, pl);
	json_array_foreach(errors, i, e) {
		code = json_object_get(e, "code");
		log_warn("wa_webhook_error code=%" JSON_INTEGER_FORMAT,
		    json_is_integer(code) ? json_integer_value(code) : (json_int_t)-1);
		pl->pl_nerrors++;
	}
	return 0;
}

/*
 * The body as the JSON object of a WhatsApp Business Account webhook: a
 * new reference, or NULL with err.
 */
static json_t *
wa_load(const char *body, size_t len, char *err, size_t errlen)
{
	json_error_t jerr;
	json_t *root;
	const char *object;

	if (body == NULL || len == 0) {
		util_seterr(err, errlen, "body: empty");
		return NULL;
	}
	if (wa_prescan(body, len, err, errlen) == -1)
		return NULL;
	root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		util_seterr(err, errlen, "body: invalid JSON at line %d column %d: %s",
		    jerr.line, jerr.column, jerr.text);
		return NULL;
	}
	if (!json_is_object(root)) {
		util_seterr(err, errlen, "body: not a JSON object");
		goto fail;
	}
	object = json_string_value(json_object_get(root, "object"));
	if (object == NULL) {
		util_seterr(err, errlen, "object: missing or not a string");
		goto fail;
	}
	if (strcmp(object, "whatsapp_business_account") != 0) {
		util_seterr(err, errlen, "object: not \"whatsapp_business_account\"");
		goto fail;
	}
	return root;
fail:
	json_decref(root);
	return NULL;
}

/*
 * 1 if a change's value is for another number than ours (want; NULL or
 * empty: any number is ours), counted in pl by reason; else 0.
 */
static int
wa_other_number(json_t *value, const char *want, struct payload *pl)
{
	const char *pnid;
	enum payload_ignore why;

	if (want == NULL || want[0] == '\0')
		return 0;
	pnid = json_string_value(json_object_get(json_object_get(value, "metadata"),
	    "phone_number_id"));
	if (pnid != NULL && strcmp(pnid, want) == 0)
		return 0;
	why = pnid == NULL ? IGNORE_NO_NUMBER : IGNORE_OTHER_NUMBER;
	pl->pl_ignored[why]++;
	log_info("wa_change_ignored reason=%s", payload_ignore_name(why));
	return 1;
}

/*
 * entry[i].changes[j]: its value into pl when its field is "messages" and
 * it is for our number; other fields are skipped (logged at debug).
 */
static int
wa_parse_change(json_t *change, size_t i, size_t j, const char *want, struct payload *pl,
    size_t *count, char *err, size_t errlen)
{
	json_t *value;
	const char *field;
	char path[96];

	snprintf(path, sizeof(path), "entry[%zu].changes[%zu]", i, j);
	if (!json_is_object(change)) {
		util_seterr(err, errlen, "%s: not an object", path);
		return -1;
	}
	if (wa_get_str(change, path, "field", 1, 64, &field, err, errlen) == -1)
		return -1;
	if (strcmp(field, "messages") != 0) {
		log_debug("wa_change_ignored field=%s",
		    strspn(field, "abcdefghijklmnopqrstuvwxyz_") == strlen(field) ? field : "other");
		return 0;
	}
	if (wa_get_typed(change, path, "value", JSON_OBJECT, 1, &value, err, errlen) == -1)
		return -1;
	if (wa_other_number(value, want, pl))
		return 0;
	snprintf(path, sizeof(path), "entry[%zu].changes[%zu].value", i, j);
	return wa_parse_value(value, path, pl, count, err, errlen);
}

/* root.entry[], each with its changes[], into pl. */
static int
wa_parse_entries(json_t *root, const char *want, struct payload *pl, char *err, size_t errlen)
{
	json_t *entries, *entry, *changes, *change;
	char path[96];
	size_t i, j, count = 0;

	entries = json_object_get(root, "entry");
	if (entries == NULL) {
		util_seterr(err, errlen, "entry: missing");
		return -1;
	}
	if (!json_is_array(entries)) {
		util_seterr(err, errlen, "entry: not an array");
		return -1;
	}
	json_array_foreach(entries, i, entry) {
		snprintf(path, sizeof(path), "entry[%zu]", i);
		if (!json_is_object(entry)) {
			util_seterr(err, errlen, "%s: not an object", path);
			return -1;
		}
		if (wa_get_typed(entry, path, "changes", JSON_ARRAY, 1, &changes, err, errlen) == -1)
			return -1;
		json_array_foreach(changes, j, change)
			if (wa_parse_change(change, i, j, want, pl, &count, err, errlen) == -1)
				return -1;
	}
	return 0;
}

int
wa_parse_for(const char *body, size_t len, const char *phone_number_id, struct payload *out,
    char *err, size_t errlen)
{
	json_t *root;
	struct payload pl;

	memset(out, 0, sizeof(*out));
	memset(&pl, 0, sizeof(pl));
	if ((root = wa_load(body, len, err, errlen)) == NULL)
		return -1;
	if (wa_parse_entries(root, phone_number_id, &pl, err, errlen) == -1) {
		json_decref(root);
		payload_free(&pl);
		return -1;
	}
	json_decref(root);
	*out = pl;
	return 0;
}

int
wa_parse(const char *body, size_t len, struct payload *out, char *err, size_t errlen)
{
	return wa_parse_for(body, len, NULL, out, err, errlen);
}
