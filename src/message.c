/*
 * message.c — the provider-neutral message shapes: enum names as stored in
 * the database, the payload a webhook parser fills, the outbox JSON of an
 * outbound message, and the free functions of conversation.h.
 *
 * Nothing here knows about WhatsApp or Twilio; whatsapp.c and twilio.c
 * translate to and from these shapes.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "conversation.h"
#include "message.h"
#include "util.h"

/* Look a name up in a table indexed by enum value: 0 and *out, or -1. */
static int
name_lookup(const char *const *names, size_t n, const char *s, int *out)
{
	size_t i;

	if (s == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if (names[i] != NULL && strcmp(names[i], s) == 0) {
			*out = (int)i;
			return 0;
		}
	}
	return -1;
}

static const char *const channel_names[] = {
	[CHANNEL_WHATSAPP] = "whatsapp",
	[CHANNEL_SMS] = "sms",
};

const char *
channel_name(enum channel c)
{
	if ((size_t)c >= NELEM(channel_names))
		return "?";
	return channel_names[c];
}

int
channel_parse(const char *s, enum channel *out)
{
	int v;

	if (name_lookup(channel_names, NELEM(channel_names), s, &v) == -1)
		return -1;
	*out = (enum channel)v;
	return 0;
}

static const char *const msg_kind_names[] = {
	[MSG_TEXT] = "text",
	[MSG_BUTTON] = "button",
	[MSG_LIST] = "list",
	[MSG_IMAGE] = "image",
	[MSG_AUDIO] = "audio",
	[MSG_VIDEO] = "video",
	[MSG_DOCUMENT] = "document",
	[MSG_STICKER] = "sticker",
	[MSG_LOCATION] = "location",
	[MSG_CONTACTS] = "contacts",
	[MSG_REACTION] = "reaction",
	[MSG_UNKNOWN] = "unknown",
	[MSG_SYSTEM] = "system",
	[MSG_REQUEST_WELCOME] = "request_welcome",
	[MSG_ORDER] = "order",
	[MSG_INTERACTIVE] = "interactive",
};

const char *
msg_kind_name(enum msg_kind k)
{
	if ((size_t)k >= NELEM(msg_kind_names))
		return "unknown";
	return msg_kind_names[k];
}

int
msg_kind_parse(const char *s, enum msg_kind *out)
{
	int v;

	if (name_lookup(msg_kind_names, NELEM(msg_kind_names), s, &v) == -1)
		return -1;
	*out = (enum msg_kind)v;
	return 0;
}

static const char *const out_status_names[] = {
	[OUT_QUEUED] = "queued",
	[OUT_SENDING] = "sending",
	[OUT_SENT] = "sent",
	[OUT_DELIVERED] = "delivered",
	[OUT_READ] = "read",
	[OUT_FAILED] = "failed",
};

const char *
out_status_name(enum out_status s)
{
	if ((size_t)s >= NELEM(out_status_names))
		return "?";
	return out_status_names[s];
}

int
out_status_parse(const char *s, enum out_status *out)
{
	int v;

	if (name_lookup(out_status_names, NELEM(out_status_names), s, &v) == -1)
		return -1;
	*out = (enum out_status)v;
	return 0;
}

static const char *const conv_status_names[] = {
	[CONV_BOT] = "bot",
	[CONV_QUEUED] = "queued",
	[CONV_ASSIGNED] = "assigned",
	[CONV_CLOSED] = "closed",
};

const char *
conv_status_name(enum conv_status s)
{
	if ((size_t)s >= NELEM(conv_status_names))
		return "?";
	return conv_status_names[s];
}

int
conv_status_parse(const char *s, enum conv_status *out)
{
	int v;

	if (name_lookup(conv_status_names, NELEM(conv_status_names), s, &v) == -1)
		return -1;
	*out = (enum conv_status)v;
	return 0;
}

int
payload_urgent(const struct payload *pl)
{
	for (size_t i = 0; pl != NULL && i < pl->pl_nmsgs; i++)
		if (pl->pl_msgs[i].in_urgent)
			return 1;
	return 0;
}

/* Frees the members (not the struct itself, which may live on the stack) and zeroes it. */
void
conversation_free(struct conversation *cv)
{
	if (cv == NULL)
		return;
	free(cv->cv_team);
	free(cv->cv_lang);
	free(cv->cv_state);
	memset(cv, 0, sizeof(*cv));
}

void
inbound_free(struct inbound *in)
{
	free(in->in_provider_id);
	free(in->in_from);
	free(in->in_bsuid);
	free(in->in_profile_name);
	free(in->in_username);
	free(in->in_prev_from);
	free(in->in_prev_bsuid);
	free(in->in_text);
	free(in->in_choice_id);
	free(in->in_meta);
	memset(in, 0, sizeof(*in));
}

static void
status_free_members(struct status_update *st)
{
	free(st->st_provider_id);
	free(st->st_error_code);
	free(st->st_error_text);
	free(st->st_echo);
}

/* Frees the arrays and every string in them (not the struct) and zeroes it. */
void
payload_free(struct payload *pl)
{
	size_t i;

	if (pl == NULL)
		return;
	for (i = 0; i < pl->pl_nmsgs; i++)
		inbound_free(&pl->pl_msgs[i]);
	for (i = 0; i < pl->pl_nstats; i++)
		status_free_members(&pl->pl_stats[i]);
	free(pl->pl_msgs);
	free(pl->pl_stats);
	memset(pl, 0, sizeof(*pl));
}

/*
 * The arrays have no capacity field: they hold n elements in room for the
 * next power of two, so they are grown when n is 0 or a power of two.
 */
static int
needs_growth(size_t n)
{
	return n == 0 || (n & (n - 1)) == 0;
}

void
payload_add_msg(struct payload *pl, const struct inbound *in)
{
	if (needs_growth(pl->pl_nmsgs))
		pl->pl_msgs = xrealloc(pl->pl_msgs,
		    (pl->pl_nmsgs ? pl->pl_nmsgs * 2 : 4) * sizeof(*pl->pl_msgs));
	pl->pl_msgs[pl->pl_nmsgs++] = *in;
}

void
payload_add_status(struct payload *pl, const struct status_update *st)
{
	if (needs_growth(pl->pl_nstats))
		pl->pl_stats = xrealloc(pl->pl_stats,
		    (pl->pl_nstats ? pl->pl_nstats * 2 : 4) * sizeof(*pl->pl_stats));
	pl->pl_stats[pl->pl_nstats++] = *st;
}

size_t
utf8_length(const char *s)
{
	size_t n = 0;

	if (s == NULL)
		return 0;
	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

size_t
utf8_prefix_bytes(const char *s, size_t max)
{
	size_t i, n = 0;

	if (s == NULL)
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && n++ == max)
			return i;
	return i;
}

static const char *const payload_ignore_names[PAYLOAD_IGNORE_COUNT] = {
	[IGNORE_OTHER_NUMBER] = "other_number",
	[IGNORE_NO_NUMBER] = "no_number",
};

const char *
payload_ignore_name(enum payload_ignore r)
{
	if ((size_t)r >= PAYLOAD_IGNORE_COUNT)
		return "other";
	return payload_ignore_names[r];
}

/*
 * A required, non-empty string member of at most max bytes: 0 and *out
 * (borrowed from obj), or -1 with err naming the member.
 */
static int
ob_get_string(json_t *obj, const char *key, const char *path, size_t max,
    const char **out, char *err, size_t errlen)
{
	json_t *v;

	v = json_object_get(obj, key);
	if (v == NULL) {
		snprintf(err, errlen, "%s%s: missing", path, key);
		return -1;
	}
	if (!json_is_string(v)) {
		snprintf(err, errlen, "%s%s: not a string", path, key);
		return -1;
	}
	if (json_string_length(v) == 0) {
		snprintf(err, errlen, "%s%s: empty", path, key);
		return -1;
	}
	if (json_string_length(v) > max) {
		snprintf(err, errlen, "%s%s: longer than %zu bytes", path, key, max);
		return -1;
	}
	if (strlen(json_string_value(v)) != json_string_length(v)) {
		snprintf(err, errlen, "%s%s: contains a NUL byte", path, key);
		return -1;
	}
	*out = json_string_value(v);
	return 0;
}

/*
 * Parse the outbox JSON {"text", "choices": [{"id", "title"}], "button"}.
 * Unknown members are ignored (the dialogue may add its own). On success
 * the caller frees with outbound_free; on failure -1, err filled and *ob
 * zeroed (nothing to free).
 */
int
outbound_from_json(const char *json, struct outbound *ob, char *err, size_t errlen)
{
	json_error_t jerr;
	json_t *root = NULL, *choices, *c, *bv;
	const char *text, *id, *title, *button;
	char path[64];
	size_t i, j;

	memset(ob, 0, sizeof(*ob));
	if (json == NULL) {
		snprintf(err, errlen, "outbound: missing");
		return -1;
	}
	root = json_loads(json, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		snprintf(err, errlen, "outbound: invalid JSON at line %d column %d: %s",
		    jerr.line, jerr.column, jerr.text);
		goto fail;
	}
	if (!json_is_object(root)) {
		snprintf(err, errlen, "outbound: not a JSON object");
		goto fail;
	}
	if (ob_get_string(root, "text", "", TEXT_MAX, &text, err, errlen) == -1)
		goto fail;
	ob->ob_text = xstrdup(text);

	choices = json_object_get(root, "choices");
	if (choices != NULL && !json_is_null(choices)) {
		if (!json_is_array(choices)) {
			snprintf(err, errlen, "choices: not an array");
			goto fail;
		}
		if (json_array_size(choices) > OUT_MAX_CHOICES) {
			snprintf(err, errlen, "choices: more than %d", OUT_MAX_CHOICES);
			goto fail;
		}
		json_array_foreach(choices, i, c) {
			snprintf(path, sizeof(path), "choices[%zu].", i);
			if (!json_is_object(c)) {
				snprintf(err, errlen, "choices[%zu]: not an object", i);
				goto fail;
			}
			if (ob_get_string(c, "id", path, OUT_CHOICE_ID_MAX, &id, err, errlen) == -1 ||
			    ob_get_string(c, "title", path, OUT_CHOICE_TITLE_MAX, &title, err, errlen) == -1)
				goto fail;
			for (j = 0; j < ob->ob_nchoices; j++) {
				if (strcmp(ob->ob_choices[j].oc_id, id) == 0) {
					snprintf(err, errlen, "choices[%zu].id: duplicate of choices[%zu].id", i, j);
					goto fail;
				}
			}
			ob->ob_choices[ob->ob_nchoices].oc_id = xstrdup(id);
			ob->ob_choices[ob->ob_nchoices].oc_title = xstrdup(title);
			ob->ob_nchoices++;
		}
	}

	bv = json_object_get(root, "button");
	if (bv != NULL && !json_is_null(bv)) {
		if (ob_get_string(root, "button", "", 4 * WA_LIST_BUTTON_MAX, &button, err, errlen) == -1)
			goto fail;
		if (utf8_length(button) > WA_LIST_BUTTON_MAX) {
			snprintf(err, errlen, "button: longer than %d characters", WA_LIST_BUTTON_MAX);
			goto fail;
		}
		ob->ob_button = xstrdup(button);
	}
	json_decref(root);
	return 0;
fail:
	json_decref(root);
	outbound_free(ob);
	return -1;
}

/* Serialise to the outbox JSON; the caller frees. NULL only if a string is not valid UTF-8. */
char *
outbound_to_json(const struct outbound *ob)
{
	json_t *root, *arr, *c;
	char *s;
	size_t i;

	root = json_object();
	if (json_object_set_new(root, "text", json_string(ob->ob_text ? ob->ob_text : "")) == -1)
		goto fail;
	if (ob->ob_nchoices > 0) {
		arr = json_array();
		if (json_object_set_new(root, "choices", arr) == -1)
			goto fail;
		for (i = 0; i < ob->ob_nchoices && i < OUT_MAX_CHOICES; i++) {
			c = json_object();
			if (json_array_append_new(arr, c) == -1 ||
			    json_object_set_new(c, "id", json_string(ob->ob_choices[i].oc_id)) == -1 ||
			    json_object_set_new(c, "title", json_string(ob->ob_choices[i].oc_title)) == -1)
				goto fail;
		}
	}
	if (ob->ob_button != NULL &&
	    json_object_set_new(root, "button", json_string(ob->ob_button)) == -1)
		goto fail;
	s = json_dumps(root, JSON_COMPACT);
	json_decref(root);
	if (s == NULL)
		return NULL;
	/* jansson's allocator is malloc: the caller's free() matches. */
	return s;
fail:
	json_decref(root);
	return NULL;
}

/* Frees the members (not the struct) and zeroes it. */
void
outbound_free(struct outbound *ob)
{
	size_t i;

	if (ob == NULL)
		return;
	free(ob->ob_text);
	for (i = 0; i < ob->ob_nchoices && i < OUT_MAX_CHOICES; i++) {
		free(ob->ob_choices[i].oc_id);
		free(ob->ob_choices[i].oc_title);
	}
	free(ob->ob_button);
	memset(ob, 0, sizeof(*ob));
}
