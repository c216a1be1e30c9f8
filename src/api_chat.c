/*
 * api_chat.c — the counsellors' endpoints of /api/v1: the queue, "help
 * the next one", a chat's transcript and notes, claiming, replying,
 * transferring, releasing and closing, canned responses, today's
 * figures and the audit.
 *
 * Access: a counsellor reaches the chats of their teams and those they
 * hold (another team's chat is 403, a chat that does not exist 404); a
 * supervisor every chat. Every read of a transcript writes an audit row
 * with its reason: claimed (the reader holds the chat), supervising (a
 * supervisor reads another's), handed over (a counsellor reads a chat of
 * their team that they do not hold).
 *
 * A change of a chat's status runs in one transaction that first takes
 * the contact's lock (store_console.h), with its audit row and the line
 * the youth hears; that line, and a counsellor's reply, go into the
 * outbox like the bot's replies, and the sender is told of new heads
 * after the commit. A refused request changes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <microhttpd.h>

#include "api.h"
#include "app.h"
#include "auth.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "praatpaal.h"
#include "request.h"
#include "sender.h"
#include "store.h"
#include "store_console.h"
#include "store_outbox.h"
#include "util.h"

#define CHAT_TEAMS_MAX	32	/* bytes of a teams array literal "{JIP,JIT,CIT}" */

/* {"items": <items>, ...} from JSON text. */
static enum MHD_Result
chat_reply_items(struct api_call *c, char *items)
{
	json_error_t jerr;
	json_t *v;

	v = json_loads(items, 0, &jerr);
	free(items);
	if (v == NULL)
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:o}", "items", v));
}

/* The conversation as CONV, with status. */
static enum MHD_Result
chat_reply_conv(struct api_call *c, unsigned int status, int64_t id)
{
	char err[256], *json;
	enum MHD_Result ret;

	if (db_console_conv_json(c->ac_conn, id, &json, err, sizeof(err)) == -1)
		return api_reply_db(c, "conversation", err);
	ret = api_reply_text(c, status, json);
	free(json);
	return ret;
}

static int
chat_is_supervisor(const struct api_call *c)
{
	return c->ac_staff.si_role == ROLE_SUPERVISOR;
}

/*
 * The conversation of the path, if the caller may reach it: 0, or -1
 * after answering 404 (none), 403 (another team's) or 503.
 */
static int
chat_access(struct api_call *c, struct conv_access *ca)
{
	char err[256];
	int found;

	if (db_console_access(c->ac_conn, c->ac_id, ca, &found, err, sizeof(err)) == -1) {
		(void)api_reply_db(c, "access", err);
		return -1;
	}
	if (!found) {
		(void)api_reply_error(c, MHD_HTTP_NOT_FOUND, "no such conversation");
		return -1;
	}
	if (chat_is_supervisor(c) || ca->ca_assigned_to == c->ac_staff.si_id)
		return 0;
	if (ca->ca_team[0] == '\0' || !(auth_team_bit(ca->ca_team) & c->ac_staff.si_teams)) {
		(void)api_reply_error(c, MHD_HTTP_FORBIDDEN, "this chat is not of your teams");
		return -1;
	}
	return 0;
}

/* The audit row of a transcript read: 0, or -1 after answering 503. */
static int
chat_audit_read(struct api_call *c, const struct conv_access *ca, const char *what)
{
	const char *reason;
	char err[256], detail[64];

	if (ca->ca_assigned_to == c->ac_staff.si_id)
		reason = "claimed";
	else if (chat_is_supervisor(c))
		reason = "supervising";
	else
		reason = "handed over";
	snprintf(detail, sizeof(detail), "{\"read\":\"%s\"}", what);
	if (db_audit_add(c->ac_conn, c->ac_staff.si_id, "read", ca->ca_id, reason, detail,
	    err, sizeof(err)) == -1) {
		(void)api_reply_db(c, "audit", err);
		return -1;
	}
	return 0;
}

/* 1 if the caller holds the chat (a supervisor: anyone holds it). */
static int
chat_holds(const struct api_call *c, const struct conv_access *ca)
{
	return strcmp(ca->ca_status, "assigned") == 0 &&
	    (ca->ca_assigned_to == c->ac_staff.si_id || chat_is_supervisor(c));
}

static enum MHD_Result
chat_not_holder(struct api_call *c, const struct conv_access *ca)
{
	char msg[320];

	if (strcmp(ca->ca_status, "assigned") == 0)
		snprintf(msg, sizeof(msg), "not assigned to you (taken by %s)", ca->ca_holder_alias);
	else
		snprintf(msg, sizeof(msg), "not assigned to you (the chat is %s)", ca->ca_status);
	return api_reply_error(c, MHD_HTTP_CONFLICT, msg);
}

/* ---- the outbox ---------------------------------------------------------------- */

/* A new outbox row of this transaction, for chat_outbox_after. */
struct chat_out {
	int64_t	co_id;
	int64_t	co_contact_id;
	int	co_held;
	int	co_used;
};

/* Queue text for the youth of chat id (from staff_id, 0: the bot). */
static int
chat_outbox(struct api_call *c, int64_t id, int64_t contact_id, int64_t staff_id,
    const char *text, struct chat_out *co, char *err, size_t errlen)
{
	json_t *o;
	char *body;
	int rc;

	o = json_pack("{s:s}", "text", text);
	body = o != NULL ? json_dumps(o, JSON_COMPACT) : NULL;
	json_decref(o);
	if (body == NULL) {
		util_seterr(err, errlen, "outbound JSON");
		return -1;
	}
	rc = db_console_outbox_add(c->ac_conn, id, staff_id, body, &co->co_id, &co->co_held,
	    err, errlen);
	free(body);
	co->co_contact_id = contact_id;
	co->co_used = rc == 0;
	return rc;
}

/* After the commit: promote a row that waits behind another, then tell the sender. */
static void
chat_outbox_after(struct api_call *c, const struct chat_out *co)
{
	struct idlist heads = { 0 };
	char contacts[32], err[256];

	if (!co->co_used)
		return;
	if (!co->co_held)
		idlist_add(&heads, co->co_id);
	else {
		snprintf(contacts, sizeof(contacts), "{%lld}", (long long)co->co_contact_id);
		if (db_outbox_promote(c->ac_conn, contacts, "{0}", &heads, err, sizeof(err)) == -1)
			log_warn("api_promote_failed error=\"%s\"", err);	/* the sweep makes up */
	}
	if (heads.il_n > 0 && c->ac_app->ap_sender != NULL)
		sender_hint(c->ac_app->ap_sender, heads.il_ids, heads.il_n);
	idlist_free(&heads);
}

/* The youth's line for what (claimed, released, closed) into the outbox. */
static int
chat_youth_line(struct api_call *c, const struct conv_access *ca, const char *what,
    const char *team, struct chat_out *co, char *err, size_t errlen)
{
	char *text;
	int rc;

	text = api_youth_text(c->ac_app->ap_api, what, ca->ca_language, c->ac_staff.si_alias, team);
	if (text == NULL)
		return 0;
	rc = chat_outbox(c, ca->ca_id, ca->ca_contact_id, 0, text, co, err, errlen);
	free(text);
	return rc;
}

/* ---- queue and claims ------------------------------------------------------------- */

enum MHD_Result
api_get_queue(struct api_call *c)
{
	char teams[CHAT_TEAMS_MAX], err[256], *json;
	enum MHD_Result ret;

	auth_teams_array(c->ac_staff.si_teams, teams, sizeof(teams));
	if (db_console_queue(c->ac_conn, teams, &json, err, sizeof(err)) == -1)
		return api_reply_db(c, "queue", err);
	/* PostgreSQL built the whole document: sent as it is, not parsed again. */
	ret = api_reply_text(c, MHD_HTTP_OK, json);
	free(json);
	return ret;
}

static enum MHD_Result
chat_max_reached(struct api_call *c, long long held)
{
	char msg[96];

	snprintf(msg, sizeof(msg), "you already have %lld chats (max_chats)", held);
	return api_reply_error(c, MHD_HTTP_CONFLICT, msg);
}

/*
 * Claim chat ca (its contact locked, the staff row locked) in the open
 * transaction, with the youth's line, and commit. 0 when claimed; 1 when
 * it was not (nothing answered: the caller says why); -1 after a failure
 * (err filled, rolled back by the caller).
 */
static int
chat_claim_locked(struct api_call *c, const struct conv_access *ca, struct chat_out *co,
    char *err, size_t errlen)
{
	int claimed;

	if (db_console_claim(c->ac_conn, ca->ca_id, c->ac_staff.si_id,
	    c->ac_app->ap_cfg->console_max_chats, &claimed, err, errlen) == -1)
		return -1;
	if (!claimed)
		return 1;
	if (chat_youth_line(c, ca, "claimed", ca->ca_team, co, err, errlen) == -1 ||
	    db_commit(c->ac_conn, err, errlen) == -1)
		return -1;
	log_info("console_claim conv=%s team=%s staff=%s", ca->ca_pseudonym, ca->ca_team,
	    c->ac_staff.si_login);
	return 0;
}

enum MHD_Result
api_post_queue_next(struct api_call *c)
{
	char teams[CHAT_TEAMS_MAX], err[256];
	struct conv_access ca;
	struct chat_out co = { 0 };
	struct idlist skipped = { 0 };
	struct buf exclude;
	int64_t id = 0, contact = 0;
	long long held;
	int found = 0, locked = 0, rc, tries;

	auth_teams_array(c->ac_staff.si_teams, teams, sizeof(teams));
	buf_init(&exclude, 0);
	if (db_begin(c->ac_conn, err, sizeof(err)) == -1 ||
	    db_console_lock_staff(c->ac_conn, c->ac_staff.si_id, err, sizeof(err)) == -1 ||
	    db_console_held(c->ac_conn, c->ac_staff.si_id, &held, err, sizeof(err)) == -1)
		goto fail;
	if (held >= c->ac_app->ap_cfg->console_max_chats) {
		db_rollback(c->ac_conn);
		return chat_max_reached(c, held);
	}
	/* A chat whose contact the dialogue is stepping right now is passed over. */
	for (tries = 0; tries < API_NEXT_TRIES; tries++) {
		store_id_array(&exclude, skipped.il_ids, skipped.il_n);
		if (db_console_next(c->ac_conn, teams, exclude.data, &id, &contact, &locked, &found,
		    err, sizeof(err)) == -1)
			goto fail;
		if (!found || locked)
			break;
		idlist_add(&skipped, id);
	}
	buf_free(&exclude);
	idlist_free(&skipped);
	if (!found || !locked) {
		db_rollback(c->ac_conn);
		return api_reply_error(c, MHD_HTTP_NOT_FOUND, "no chat is waiting for your teams");
	}
	c->ac_id = id;
	if (db_console_access(c->ac_conn, id, &ca, &found, err, sizeof(err)) == -1)
		goto fail;
	if (!found || (rc = chat_claim_locked(c, &ca, &co, err, sizeof(err))) == 1) {
		db_rollback(c->ac_conn);
		return api_reply_error(c, MHD_HTTP_CONFLICT, "the chat was taken meanwhile: try again");
	}
	if (rc == -1)
		goto fail;
	chat_outbox_after(c, &co);
	return chat_reply_conv(c, MHD_HTTP_OK, id);
fail:
	buf_free(&exclude);
	idlist_free(&skipped);
	db_rollback(c->ac_conn);
	return api_reply_db(c, "queue_next", err);
}

enum MHD_Result
api_post_claim(struct api_call *c)
{
	struct conv_access ca, now;
	struct chat_out co = { 0 };
	char err[256], msg[320];
	long long held;
	int found, rc;

	if (chat_access(c, &ca) == -1)
		return MHD_YES;
	if (strcmp(ca.ca_status, "queued") != 0)
		goto refused;
	if (db_begin(c->ac_conn, err, sizeof(err)) == -1 ||
	    db_console_lock_contact(c->ac_conn, ca.ca_contact_id, err, sizeof(err)) == -1 ||
	    db_console_lock_staff(c->ac_conn, c->ac_staff.si_id, err, sizeof(err)) == -1)
		goto fail;
	if ((rc = chat_claim_locked(c, &ca, &co, err, sizeof(err))) == -1)
		goto fail;
	if (rc == 0) {
		chat_outbox_after(c, &co);
		return chat_reply_conv(c, MHD_HTTP_OK, ca.ca_id);
	}
	/* Not claimed: taken meanwhile, or the maximum. */
	if (db_console_held(c->ac_conn, c->ac_staff.si_id, &held, err, sizeof(err)) == -1 ||
	    db_console_access(c->ac_conn, ca.ca_id, &now, &found, err, sizeof(err)) == -1)
		goto fail;
	db_rollback(c->ac_conn);
	if (found)
		ca = now;
	if (strcmp(ca.ca_status, "queued") == 0 && held >= c->ac_app->ap_cfg->console_max_chats)
		return chat_max_reached(c, held);
refused:
	if (strcmp(ca.ca_status, "assigned") == 0)
		snprintf(msg, sizeof(msg), "already taken by %s", ca.ca_holder_alias);
	else
		snprintf(msg, sizeof(msg), "the chat is not waiting in a queue (it is %s)",
		    ca.ca_status);
	return api_reply_error(c, MHD_HTTP_CONFLICT, msg);
fail:
	db_rollback(c->ac_conn);
	return api_reply_db(c, "claim", err);
}

/* ---- reading ------------------------------------------------------------------ */

enum MHD_Result
api_get_conversations(struct api_call *c)
{
	const char *status = request_query(c->ac_rq, "status");
	char err[256], *json;

	if (status != NULL && strcmp(status, "queued") != 0 && strcmp(status, "assigned") != 0)
		return api_reply_error(c, MHD_HTTP_BAD_REQUEST,
		    "status must be \"queued\" or \"assigned\"");
	if (db_console_convs(c->ac_conn, c->ac_staff.si_id, chat_is_supervisor(c), status, &json,
	    err, sizeof(err)) == -1)
		return api_reply_db(c, "conversations", err);
	return chat_reply_items(c, json);
}

enum MHD_Result
api_get_conversation(struct api_call *c)
{
	struct conv_access ca;

	if (chat_access(c, &ca) == -1 || chat_audit_read(c, &ca, "conversation") == -1)
		return MHD_YES;
	return chat_reply_conv(c, MHD_HTTP_OK, ca.ca_id);
}

/*
 * ?before=CURSOR ("<microseconds>.<0|1>.<id>") into its three parts:
 * 0 (all NULL without one), or -1 when malformed.
 */
static int
chat_cursor(const char *s, char us[24], char kind[2], char id[24])
{
	long long a, b, d;
	char tmp[72], *p1, *p2;

	if (util_strlcpy(tmp, s, sizeof(tmp)) == -1 || (p1 = strchr(tmp, '.')) == NULL)
		return -1;
	*p1++ = '\0';
	if ((p2 = strchr(p1, '.')) == NULL)
		return -1;
	*p2++ = '\0';
	if (util_parse_ll(tmp, 0, INT64_MAX, &a) == -1 || util_parse_ll(p1, 0, 1, &b) == -1 ||
	    util_parse_ll(p2, 1, INT64_MAX, &d) == -1)
		return -1;
	snprintf(us, 24, "%lld", a);
	snprintf(kind, 2, "%lld", b);
	snprintf(id, 24, "%lld", d);
	return 0;
}

/* ?limit=N (1..API_PAGE_MAX, default API_PAGE_DEFAULT): 0, or -1 after answering 400. */
static int
chat_limit(struct api_call *c, int *limit)
{
	const char *s = request_query(c->ac_rq, "limit");
	char msg[96];
	long long v;

	*limit = API_PAGE_DEFAULT;
	if (s == NULL)
		return 0;
	if (util_parse_ll(s, 1, API_PAGE_MAX, &v) == -1) {
		snprintf(msg, sizeof(msg), "limit must be a number from 1 to %d", API_PAGE_MAX);
		(void)api_reply_error(c, MHD_HTTP_BAD_REQUEST, msg);
		return -1;
	}
	*limit = (int)v;
	return 0;
}

enum MHD_Result
api_get_messages(struct api_call *c)
{
	const char *before = request_query(c->ac_rq, "before");
	char us[24], kind[2], id[24], err[256], *json;
	struct conv_access ca;
	json_error_t jerr;
	json_t *rows, *items, *next = json_null(), *m;
	int limit;
	size_t n;

	if (before != NULL && chat_cursor(before, us, kind, id) == -1)
		return api_reply_error(c, MHD_HTTP_BAD_REQUEST,
		    "before must be a cursor from an earlier page's \"next\"");
	if (chat_limit(c, &limit) == -1 || chat_access(c, &ca) == -1 ||
	    chat_audit_read(c, &ca, "messages") == -1)
		return MHD_YES;
	if (db_console_messages(c->ac_conn, ca.ca_id, before != NULL ? us : NULL,
	    before != NULL ? kind : NULL, before != NULL ? id : NULL, limit + 1, &json,
	    err, sizeof(err)) == -1)
		return api_reply_db(c, "messages", err);
	rows = json_loads(json, 0, &jerr);
	free(json);
	if (!json_is_array(rows)) {
		json_decref(rows);
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	}
	/* Newest first, one more than a page: the extra one says there is an older page. */
	n = json_array_size(rows);
	if (n > (size_t)limit) {
		json_array_remove(rows, (size_t)limit);
		n = (size_t)limit;
		next = json_incref(json_object_get(json_array_get(rows, n - 1), "cursor"));
	}
	items = json_array();
	for (size_t i = n; i-- > 0; ) {
		m = json_array_get(rows, i);
		json_object_del(m, "cursor");
		if (json_is_null(json_object_get(m, "alias")))
			json_object_del(m, "alias");
		json_array_append(items, m);
	}
	json_decref(rows);
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:o, s:o}", "items", items, "next",
	    next));
}

enum MHD_Result
api_get_notes(struct api_call *c)
{
	struct conv_access ca;
	char err[256], *json;

	if (chat_access(c, &ca) == -1)
		return MHD_YES;
	if (db_console_notes(c->ac_conn, ca.ca_id, &json, err, sizeof(err)) == -1)
		return api_reply_db(c, "notes", err);
	return chat_reply_items(c, json);
}

enum MHD_Result
api_post_note(struct api_call *c)
{
	struct conv_access ca;
	const char *text;
	char err[256];
	int64_t id;

	if (chat_access(c, &ca) == -1 ||
	    api_body_string(c, "text", 1, API_TEXT_MAX_CHARS, &text) == -1)
		return MHD_YES;
	if (db_console_note_add(c->ac_conn, ca.ca_id, c->ac_staff.si_id, text, &id, err,
	    sizeof(err)) == -1)
		return api_reply_db(c, "note", err);
	log_info("console_note conv=%s staff=%s", ca.ca_pseudonym, c->ac_staff.si_login);
	return api_reply_json(c, MHD_HTTP_CREATED, json_pack("{s:I}", "id", (json_int_t)id));
}

/* ---- replying ----------------------------------------------------------------- */

enum MHD_Result
api_post_message(struct api_call *c)
{
	struct conv_access ca;
	struct chat_out co = { 0 };
	const char *text;
	char err[256], id[32];
	int found;

	if (chat_access(c, &ca) == -1 ||
	    api_body_string(c, "text", 1, API_TEXT_MAX_CHARS, &text) == -1)
		return MHD_YES;
	if (db_begin(c->ac_conn, err, sizeof(err)) == -1 ||
	    db_console_lock_contact(c->ac_conn, ca.ca_contact_id, err, sizeof(err)) == -1 ||
	    db_console_access(c->ac_conn, c->ac_id, &ca, &found, err, sizeof(err)) == -1)
		goto fail;
	/* Read again under the lock: a release or a transfer may have come first. */
	if (!found || strcmp(ca.ca_status, "assigned") != 0 ||
	    ca.ca_assigned_to != c->ac_staff.si_id) {
		db_rollback(c->ac_conn);
		return chat_not_holder(c, &ca);
	}
	if (strcmp(ca.ca_channel, "whatsapp") == 0 && ca.ca_window_left <= 0) {
		db_rollback(c->ac_conn);
		return api_reply_json(c, 422, json_pack("{s:s, s:s?}",
		    "error", "outside WhatsApp's 24-hour window",
		    "template", c->ac_app->ap_cfg->console_reengagement_template));
	}
	if (chat_outbox(c, ca.ca_id, ca.ca_contact_id, c->ac_staff.si_id, text, &co, err,
	    sizeof(err)) == -1 || db_commit(c->ac_conn, err, sizeof(err)) == -1)
		goto fail;
	chat_outbox_after(c, &co);
	log_info("console_reply conv=%s staff=%s out=%lld", ca.ca_pseudonym, c->ac_staff.si_login,
	    (long long)co.co_id);
	snprintf(id, sizeof(id), "out-%lld", (long long)co.co_id);
	return api_reply_json(c, MHD_HTTP_ACCEPTED, json_pack("{s:s, s:s}", "id", id,
	    "status", "queued"));
fail:
	db_rollback(c->ac_conn);
	return api_reply_db(c, "reply", err);
}

/* ---- transfer, release, close ----------------------------------------------------- */

enum chat_change { CHANGE_TRANSFER, CHANGE_RELEASE, CHANGE_CLOSE };

/*
 * Run a change of a chat the caller holds: lock, change (with its audit
 * row), the youth's line (what, NULL: none), commit; answer CONV.
 */
static enum MHD_Result
chat_change(struct api_call *c, enum chat_change kind, const char *arg, const char *note,
    const char *what)
{
	struct conv_access ca;
	struct chat_out co = { 0 };
	char err[256];
	int found, done = 0, rc;

	if (chat_access(c, &ca) == -1)
		return MHD_YES;
	if (!chat_holds(c, &ca))
		return chat_not_holder(c, &ca);
	if (db_begin(c->ac_conn, err, sizeof(err)) == -1 ||
	    db_console_lock_contact(c->ac_conn, ca.ca_contact_id, err, sizeof(err)) == -1)
		goto fail;
	switch (kind) {
	case CHANGE_TRANSFER:
		rc = db_console_transfer(c->ac_conn, ca.ca_id, c->ac_staff.si_id,
		    chat_is_supervisor(c), arg, note, &done, err, sizeof(err));
		break;
	case CHANGE_RELEASE:
		rc = db_console_release(c->ac_conn, ca.ca_id, c->ac_staff.si_id,
		    chat_is_supervisor(c), &done, err, sizeof(err));
		break;
	case CHANGE_CLOSE:
	default:
		rc = db_console_close(c->ac_conn, ca.ca_id, c->ac_staff.si_id,
		    chat_is_supervisor(c), arg, &done, err, sizeof(err));
		break;
	}
	if (rc == -1)
		goto fail;
	if (!done) {
		/* Changed meanwhile (under the lock now): say how it is. */
		if (db_console_access(c->ac_conn, ca.ca_id, &ca, &found, err, sizeof(err)) == -1)
			goto fail;
		db_rollback(c->ac_conn);
		return chat_not_holder(c, &ca);
	}
	if ((what != NULL && chat_youth_line(c, &ca, what, ca.ca_team, &co, err,
	    sizeof(err)) == -1) || db_commit(c->ac_conn, err, sizeof(err)) == -1)
		goto fail;
	chat_outbox_after(c, &co);
	log_info("console_%s conv=%s staff=%s%s%s",
	    kind == CHANGE_TRANSFER ? "transfer" : kind == CHANGE_RELEASE ? "release" : "close",
	    ca.ca_pseudonym, c->ac_staff.si_login, arg != NULL ? " to=" : "",
	    arg != NULL ? arg : "");
	return chat_reply_conv(c, MHD_HTTP_OK, ca.ca_id);
fail:
	db_rollback(c->ac_conn);
	return api_reply_db(c, "change", err);
}

enum MHD_Result
api_post_transfer(struct api_call *c)
{
	const char *team, *note;

	if (api_body_string(c, "team", 1, 8, &team) == -1 ||
	    api_body_string(c, "note", 0, API_TEXT_MAX_CHARS, &note) == -1)
		return MHD_YES;
	if (auth_team_bit(team) == 0)
		return api_reply_error(c, 422, "unknown team: \"team\" must be JIP, JIT or CIT");
	return chat_change(c, CHANGE_TRANSFER, team, note, NULL);
}

enum MHD_Result
api_post_release(struct api_call *c)
{
	return chat_change(c, CHANGE_RELEASE, NULL, NULL, "released");
}

enum MHD_Result
api_post_close(struct api_call *c)
{
	const char *outcome;
	json_t *allowed;
	char *list, msg[1024];

	if (api_body_string(c, "outcome", 1, API_OUTCOME_MAX, &outcome) == -1)
		return MHD_YES;
	if (!api_outcome_ok(c->ac_app->ap_api, outcome)) {
		allowed = api_outcomes(c->ac_app->ap_api);
		list = json_dumps(allowed, JSON_COMPACT);
		snprintf(msg, sizeof(msg), "unknown outcome: \"outcome\" must be one of %s",
		    list != NULL ? list : "[]");
		free(list);
		return api_reply_json(c, 422, json_pack("{s:s, s:o}", "error", msg,
		    "allowed", allowed));
	}
	return chat_change(c, CHANGE_CLOSE, outcome, NULL, "closed");
}

/* ---- canned, stats, audit ----------------------------------------------------------- */

enum MHD_Result
api_get_canned(struct api_call *c)
{
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:o}", "items",
	    api_canned(c->ac_app->ap_api, c->ac_staff.si_teams)));
}

enum MHD_Result
api_get_stats(struct api_call *c)
{
	char err[256], *json;
	json_error_t jerr;
	json_t *v;

	if (db_console_stats(c->ac_conn, &json, err, sizeof(err)) == -1)
		return api_reply_db(c, "stats", err);
	v = json_loads(json, 0, &jerr);
	free(json);
	if (v == NULL)
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:o}", "today", v));
}

enum MHD_Result
api_get_audit(struct api_call *c)
{
	const char *before = request_query(c->ac_rq, "before");
	char err[256], *json;
	long long b = 0;
	json_error_t jerr;
	json_t *rows, *next = json_null();
	int limit;
	size_t n;

	if (before != NULL && util_parse_ll(before, 1, INT64_MAX, &b) == -1)
		return api_reply_error(c, MHD_HTTP_BAD_REQUEST, "before must be an audit id");
	if (chat_limit(c, &limit) == -1)
		return MHD_YES;
	if (db_audit_list(c->ac_conn, b, limit + 1, &json, err, sizeof(err)) == -1)
		return api_reply_db(c, "audit", err);
	rows = json_loads(json, 0, &jerr);
	free(json);
	if (!json_is_array(rows)) {
		json_decref(rows);
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	}
	n = json_array_size(rows);
	if (n > (size_t)limit) {
		json_array_remove(rows, (size_t)limit);
		next = json_incref(json_object_get(json_array_get(rows, (size_t)limit - 1), "id"));
	}
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:o, s:o}", "items", rows, "next", next));
}
