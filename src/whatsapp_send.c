/*
 * whatsapp_send.c — what praatpaal sends to the WhatsApp Cloud API: the
 * request bodies of POST /{phone_number_id}/messages (text, reply buttons,
 * a list, a template outside the 24-hour window; to a number or to a
 * BSUID; with the outbox row's echo), and what the API's answers mean for
 * the sender (ok, retry later, give up). Pure: no I/O, no state.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "crypto.h"
#include "log.h"
#include "provider.h"
#include "whatsapp.h"

#define WA_LIST_BUTTON_DEFAULT	"Kies"	/* list-open label when the outbound has none */

/*
 * to: the contact's wa_id (digits only, at most ADDRESS_MAX bytes), sent
 * as "to", or its BSUID, sent as "recipient": the member's name, or NULL
 * with err.
 */
static const char *
wa_check_to(const char *to, char *err, size_t errlen)
{
	if (to != NULL && to[0] != '\0' && util_all_digits(to) && strlen(to) <= ADDRESS_MAX)
		return "to";
	if (wa_bsuid_valid(to))
		return "recipient";
	util_seterr(err, errlen, "to: not a number of at most %d digits or a BSUID", ADDRESS_MAX);
	return NULL;
}

/* Which shape an outbound takes on WhatsApp. */
enum wa_shape { WA_SHAPE_TEXT, WA_SHAPE_BUTTONS, WA_SHAPE_LIST };

static enum wa_shape
wa_choose_shape(const struct outbound *ob)
{
	size_t i, maxtitle = 0, l;

	if (ob->ob_nchoices == 0)
		return WA_SHAPE_TEXT;
	if (utf8_length(ob->ob_text) > WA_INTERACTIVE_BODY_MAX)
		return WA_SHAPE_TEXT;
	for (i = 0; i < ob->ob_nchoices; i++) {
		l = utf8_length(ob->ob_choices[i].oc_title);
		if (l > maxtitle)
			maxtitle = l;
		if (l == 0 || strlen(ob->ob_choices[i].oc_id) > OUT_CHOICE_ID_MAX)
			return WA_SHAPE_TEXT;
	}
	if (ob->ob_nchoices <= WA_BUTTON_MAX && maxtitle <= WA_BUTTON_TITLE_MAX)
		return WA_SHAPE_BUTTONS;
	if (ob->ob_nchoices <= OUT_MAX_CHOICES && maxtitle <= WA_LIST_TITLE_MAX)
		return WA_SHAPE_LIST;
	return WA_SHAPE_TEXT;
}

/* text + "\n\n1. title\n2. title..." into a new string; the caller frees. */
static char *
numbered_text(const struct outbound *ob)
{
	struct buf b;
	size_t i;

	buf_init(&b, 0);
	if (buf_puts(&b, ob->ob_text) == -1)
		abort();	/* no ceiling: cannot fail */
	for (i = 0; i < ob->ob_nchoices; i++)
		if (buf_printf(&b, "%s%zu. %s", i == 0 ? "\n\n" : "\n", i + 1,
		    ob->ob_choices[i].oc_title) == -1)
			abort();
	return buf_steal(&b);
}

/* The template message instead of the outbound (outside the 24-hour window) into root. */
static int
wa_render_template(json_t *root, const char *name, const char *lang, char *err, size_t errlen)
{
	json_t *tpl;

	if (name[0] == '\0' || lang == NULL || lang[0] == '\0') {
		util_seterr(err, errlen, "template: name and language are required");
		return -1;
	}
	tpl = json_pack("{s:s, s:{s:s}}", "name", name, "language", "code", lang);
	if (tpl == NULL) {
		util_seterr(err, errlen, "template: name or language not valid UTF-8");
		return -1;
	}
	json_object_set_new(root, "type", json_string("template"));
	json_object_set_new(root, "template", tpl);
	return 0;
}

/* Reply buttons: the interactive object (NULL when a string is not valid UTF-8). */
static json_t *
wa_render_buttons(const struct outbound *ob)
{
	json_t *arr;
	size_t i;

	arr = json_array();
	for (i = 0; i < ob->ob_nchoices; i++)
		json_array_append_new(arr, json_pack("{s:s, s:{s:s, s:s}}",
		    "type", "reply", "reply", "id", ob->ob_choices[i].oc_id,
		    "title", ob->ob_choices[i].oc_title));
	return json_pack("{s:s, s:{s:s}, s:{s:o}}", "type", "button",
	    "body", "text", ob->ob_text, "action", "buttons", arr);
}

/*
 * A list: the interactive object in *ia (NULL when a string is not valid
 * UTF-8). -1 with err when the button label is empty or too long.
 */
static int
wa_render_list(const struct outbound *ob, json_t **ia, char *err, size_t errlen)
{
	json_t *arr, *row, *section, *action;
	const char *label;
	size_t i;

	*ia = NULL;
	label = ob->ob_button != NULL ? ob->ob_button : WA_LIST_BUTTON_DEFAULT;
	if (utf8_length(label) > WA_LIST_BUTTON_MAX || label[0] == '\0') {
		util_seterr(err, errlen, "button: empty or longer than %d characters",
		    WA_LIST_BUTTON_MAX);
		return -1;
	}
	arr = json_array();
	for (i = 0; i < ob->ob_nchoices; i++) {
		row = json_pack("{s:s, s:s}", "id", ob->ob_choices[i].oc_id,
		    "title", ob->ob_choices[i].oc_title);
		json_array_append_new(arr, row);
	}
	section = json_pack("{s:o}", "rows", arr);
	action = json_pack("{s:s, s:[o]}", "button", label, "sections", section);
	*ia = json_pack("{s:s, s:{s:s}, s:o}", "type", "list",
	    "body", "text", ob->ob_text, "action", action);
	return 0;
}

/* The text shape into root: text plus numbered choices, at most WA_TEXT_MAX_CHARS characters. */
static int
wa_render_text(json_t *root, const struct outbound *ob, char *err, size_t errlen)
{
	char *text;

	text = numbered_text(ob);
	if (utf8_length(text) > WA_TEXT_MAX_CHARS) {
		util_seterr(err, errlen, "text: longer than %d characters%s",
		    WA_TEXT_MAX_CHARS, ob->ob_nchoices ? " with its numbered choices" : "");
		free(text);
		return -1;
	}
	json_object_set_new(root, "type", json_string("text"));
	json_object_set_new(root, "text", json_pack("{s:s, s:b}", "body", text,
	    "preview_url", 0));
	free(text);
	return 0;
}

/* The outbound into root in the shape it takes (wa_choose_shape). */
static int
wa_render_message(json_t *root, const struct outbound *ob, char *err, size_t errlen)
{
	json_t *ia;

	if (ob == NULL || ob->ob_text == NULL || ob->ob_text[0] == '\0') {
		util_seterr(err, errlen, "text: missing");
		return -1;
	}
	switch (wa_choose_shape(ob)) {
	case WA_SHAPE_BUTTONS:
		ia = wa_render_buttons(ob);
		break;
	case WA_SHAPE_LIST:
		if (wa_render_list(ob, &ia, err, errlen) == -1)
			return -1;
		break;
	case WA_SHAPE_TEXT:
	default:
		return wa_render_text(root, ob, err, errlen);
	}
	if (ia == NULL) {
		util_seterr(err, errlen, "outbound: a string is not valid UTF-8");
		return -1;
	}
	json_object_set_new(root, "type", json_string("interactive"));
	json_object_set_new(root, "interactive", ia);
	return 0;
}

/*
 * Render the request body into out (reset first). The text shape: text
 * plus numbered choices, at most WA_TEXT_MAX_CHARS characters. On failure
 * -1 with err; out is left empty.
 */
int
wa_render(const struct outbound *ob, const char *to, const char *template_name,
    const char *template_lang, const char *echo, struct buf *out, char *err, size_t errlen)
{
	json_t *root;
	const char *member;
	char *s = NULL;

	buf_reset(out);
	if ((member = wa_check_to(to, err, errlen)) == NULL)
		return -1;
	root = json_pack("{s:s, s:s, s:s}", "messaging_product", "whatsapp",
	    "recipient_type", "individual", member, to);
	if (root == NULL) {
		util_seterr(err, errlen, "to: not valid UTF-8");
		return -1;
	}
	if (template_name != NULL ?
	    wa_render_template(root, template_name, template_lang, err, errlen) == -1 :
	    wa_render_message(root, ob, err, errlen) == -1)
		goto fail;
	if (echo != NULL && json_object_set_new(root, "biz_opaque_callback_data",
	    json_string(echo)) == -1) {
		util_seterr(err, errlen, "request body: cannot add biz_opaque_callback_data");
		goto fail;
	}
	s = json_dumps(root, JSON_COMPACT);
	if (s == NULL) {
		util_seterr(err, errlen, "outbound: a string is not valid UTF-8");
		goto fail;
	}
	if (buf_puts(out, s) == -1) {
		util_seterr(err, errlen, "request body: larger than the buffer allows");
		goto fail;
	}
	free(s);
	json_decref(root);
	return 0;
fail:
	free(s);
	json_decref(root);
	buf_reset(out);
	return -1;
}

/* Error codes that mean "try again later" (rate limits, temporary trouble at Meta). */
static const long wa_retry_codes[] = { 130429, 131056, 4, 80007, 1, 2, 131000, 133004 };

#define WA_CODE_REENGAGEMENT	131047	/* more than 24 hours since the contact's last message */

/*
 * The outcome of an error answer (not 2xx) with error code ecode (-1:
 * none); the re-engagement error also gets its explanation in sr_text.
 */
static enum send_outcome
wa_error_outcome(long http_status, long ecode, struct send_result *sr)
{
	size_t i;

	if (http_status == 401 || http_status == 403)
		return SEND_FAIL;	/* the access token is wrong or lacks permission */
	for (i = 0; i < NELEM(wa_retry_codes); i++)
		if (ecode == wa_retry_codes[i])
			return SEND_RETRY;
	if (http_status == 429 || http_status >= 500)
		return SEND_RETRY;
	if (ecode == WA_CODE_REENGAGEMENT) {
		util_strlcpy(sr->sr_text, "outside the 24-hour window: only a template "
		    "message can be sent (re-engagement, 131047)", sizeof(sr->sr_text));
		return SEND_FAIL;
	}
	/* other 4xx never succeed; anything else unexpected (1xx, 3xx) is tried again */
	return http_status >= 400 && http_status < 500 ? SEND_FAIL : SEND_RETRY;
}

void
wa_classify(int curl_failed, const char *curl_error, long http_status,
    const char *body, size_t len, long retry_after_s, struct send_result *sr)
{
	json_t *root, *error;
	long ecode;

	if (provider_answer_open(curl_failed, curl_error, http_status, body, len,
	    retry_after_s, sr, &root) == 1)
		return;
	if (http_status >= 200 && http_status < 300)
		provider_answer_accepted(json_object_get(json_array_get(
		    json_object_get(root, "messages"), 0), "id"), "messages[0].id", sr);
	else {
		error = json_object_get(root, "error");
		ecode = provider_answer_error(json_object_get(error, "code"),
		    json_object_get(error, "message"), http_status, sr);
		sr->sr_outcome = wa_error_outcome(http_status, ecode, sr);
	}
	json_decref(root);
}
