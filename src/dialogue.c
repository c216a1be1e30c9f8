/*
 * dialogue.c — PLACEHOLDER dialogue step, until the flow engine lands.
 *
 * It only proves the pipeline end to end: the first message of a
 * conversation gets a welcome (with "In acuut gevaar? Bel 112."), every
 * text an acknowledgement, anything else a note that only text can be
 * read. It never echoes what the young person wrote. The conversation's
 * state records that the welcome was sent ({"welcomed":true}).
 *
 * A later issue replaces this file with the flow engine (flows as data,
 * crisis detection, handover); the signature in dialogue.h stays.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dialogue.h"
#include "util.h"

#define DLG_WELCOME \
	"Hoi! Je praat met de Praatpaal van Haaglanden. " \
	"Hier kun je je vraag of je verhaal kwijt. " \
	"In acuut gevaar? Bel 112.\n\n" \
	"Hi! This is the Praatpaal of Haaglanden. " \
	"You can ask your question or tell your story here. " \
	"In acute danger? Call 112."

#define DLG_THANKS \
	"Bedankt voor je bericht. We lezen het en reageren zo snel mogelijk.\n\n" \
	"Thanks for your message. We will read it and answer as soon as we can."

#define DLG_TEXT_ONLY \
	"Ik kan alleen tekst lezen. Wil je typen wat je wilt zeggen?\n\n" \
	"I can only read text. Could you type what you want to say?"

/* Add one text reply as outbound JSON. */
static void
dialogue_reply(struct dlg_result *res, const char *text)
{
	struct outbound ob;

	if (res->dr_nreplies >= DLG_MAX_REPLIES)
		return;
	memset(&ob, 0, sizeof(ob));
	ob.ob_text = (char *)(uintptr_t)text;
	res->dr_replies[res->dr_nreplies++] = outbound_to_json(&ob);
}

/* 1 if the state says the welcome was sent. */
static int
dialogue_welcomed(const char *state)
{
	json_t *o;
	int yes;

	if (state == NULL)
		return 0;
	o = json_loads(state, 0, NULL);
	yes = json_is_object(o) && json_is_true(json_object_get(o, "welcomed"));
	json_decref(o);
	return yes;
}

int
dialogue_step(struct conversation *conv, const struct inbound *in, int64_t now_ms,
    struct dlg_result *res, char *err, size_t errlen)
{
	memset(res, 0, sizeof(*res));
	if (conv->cv_new || !dialogue_welcomed(conv->cv_state)) {
		dialogue_reply(res, DLG_WELCOME);
		free(conv->cv_state);
		conv->cv_state = xstrdup("{\"welcomed\":true}");
		conv->cv_new = 0;
		res->dr_changed = 1;
	}
	if (in->in_kind == MSG_TEXT || in->in_kind == MSG_BUTTON || in->in_kind == MSG_LIST)
		dialogue_reply(res, DLG_THANKS);
	else if (in->in_kind != MSG_REACTION)
		dialogue_reply(res, DLG_TEXT_ONLY);
	return 0;
}
