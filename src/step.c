/*
 * step.c — the step of one claimed contact inside a worker's transaction.
 *
 * Each pending message goes through the dialogue in provider order; the
 * replies, the processed marks and the conversation are kept in the
 * batch's writes (one round trip with the commit), the rare actions are
 * done at once in the same transaction. A conversation that closes is
 * saved at once and, for a contact never asked, a new one asks the
 * research-consent question. A queued conversation first reads where it
 * stands in its team's queue (store_wait.c). What was processed is logged only after the
 * commit (step_log_report): a rolled-back batch logs nothing.
 *
 * No locking: everything here belongs to the calling worker thread.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "db.h"
#include "store_wait.h"
#include "store_work.h"
#include "store_research.h"
#include "dialogue.h"
#include "engine.h"
#include "log.h"
#include "metrics.h"
#include "step.h"
#include "util.h"

static struct step_done *
step_log_add(struct step_log *sl, const struct conversation *cv, enum msg_kind kind)
{
	struct step_done *d;

	if (sl->sl_n == sl->sl_cap) {
		sl->sl_cap = sl->sl_cap ? sl->sl_cap * 2 : 64;
		sl->sl_items = xrealloc(sl->sl_items, sl->sl_cap * sizeof(*sl->sl_items));
	}
	d = &sl->sl_items[sl->sl_n++];
	memcpy(d->sd_pseudonym, cv->cv_pseudonym, sizeof(d->sd_pseudonym));
	d->sd_kind = kind;
	d->sd_replies = 0;
	d->sd_events[0] = '\0';
	return d;
}

/* Append " word" to a log entry's events (cut silently: it is a log line). */
static void
step_event(struct step_done *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
step_event(struct step_done *d, const char *fmt, ...)
{
	size_t	 len = strlen(d->sd_events);
	va_list	 ap;

	if (len + 1 >= sizeof(d->sd_events))
		return;
	d->sd_events[len] = ' ';
	va_start(ap, fmt);
	vsnprintf(d->sd_events + len + 1, sizeof(d->sd_events) - len - 1, fmt, ap);
	va_end(ap);
}

/* Do one action now, in the caller's transaction. 0, or -1 with err filled. */
static int
step_action(PGconn *conn, struct conversation *cv, const struct engine_action *a,
    struct step_done *d, int *closed, char *err, size_t errlen)
{
	const char *name = a->ea_name;

	switch (a->ea_kind) {
	case ACT_HANDOVER:
		step_event(d, "handover=%s priority=%d", a->ea_team ? a->ea_team : "-",
		    a->ea_priority);
		return db_handover(conn, cv, a->ea_json != NULL ? a->ea_json : "{}", err, errlen);
	case ACT_SAVE:
		step_event(d, "saved=%s", name != NULL ? name : "story");
		return db_story_add(conn, cv, name != NULL ? name : "story",
		    a->ea_json != NULL ? a->ea_json : "{}", err, errlen);
	case ACT_CONSENT:
		step_event(d, "consent=%s", name != NULL ? name : "-");
		if (name != NULL && strcmp(name, "withdraw") == 0)
			return db_research_withdraw(conn, cv->cv_contact_id,
			    a->ea_version != NULL ? a->ea_version : "withdraw", err, errlen);
		return db_consent_record(conn, cv, name != NULL && strcmp(name, "yes") == 0,
		    a->ea_version != NULL ? a->ea_version : "", err, errlen);
	case ACT_ERASE:
		step_event(d, "erasure_requested");
		return db_erasure_request(conn, cv, err, errlen);
	case ACT_OPTOUT:
	case ACT_OPTIN:
		step_event(d, "%s", engine_action_name(a->ea_kind));
		return db_contact_optout(conn, cv->cv_contact_id, a->ea_kind == ACT_OPTOUT,
		    err, errlen);
	case ACT_ALERT:
		step_event(d, "counsellor_alert=%s", crisis_category_name(a->ea_category));
		return db_alert_add(conn, cv, crisis_category_name(a->ea_category), err, errlen);
	case ACT_CLOSE:
		*closed = 1;
		step_event(d, "closed");
		return 0;
	}
	return 0;
}

/*
 * Carry out what one step produced, inside the caller's transaction:
 * replies kept for the batch's outbox write, the actions (rare) done now.
 * *closed is set when the conversation ended. 0, or -1 with err filled.
 */
static int
step_apply(PGconn *conn, struct work_writes *ww, struct conversation *cv,
    const struct engine_out *out, struct step_done *d, int *closed, char *err, size_t errlen)
{
	db_writes_replies(ww, cv, out->eo_replies, out->eo_nreplies);
	for (size_t i = 0; i < out->eo_nactions; i++) {
		const struct engine_action *a = &out->eo_actions[i];

		if (step_action(conn, cv, a, d, closed, err, errlen) == -1)
			return -1;
		if (a->ea_kind == ACT_HANDOVER && a->ea_team != NULL &&
		    strcmp(a->ea_team, "CIT") == 0 && a->ea_priority >= 10)
			metrics_crisis();
		if (a->ea_kind == ACT_ALERT)
			metrics_crisis();
	}
	if (cv->cv_status == CONV_CLOSED)
		*closed = 1;
	return 0;
}

/*
 * A conversation closed: ask the one-time research-consent question in a
 * new conversation if this contact was never asked (db_consent_claim).
 * cv is freed; *open says whether a new conversation is loaded into it.
 */
static int
step_after_close(PGconn *conn, struct work_writes *ww, struct dialogue *dg,
    int64_t contact_id, struct conversation *cv, int *open, struct step_done *d,
    char *err, size_t errlen)
{
	struct engine_out out;
	int claim = 0, closed = 0, rc;

	*open = 0;
	if (db_consent_claim(conn, cv, &claim, err, errlen) == -1)
		return -1;
	conversation_free(cv);
	if (!claim)
		return 0;
	if (db_conversation_open(conn, contact_id, cv, err, errlen) == -1)
		return -1;
	*open = 1;
	memset(&out, 0, sizeof(out));
	rc = dialogue_start_flow(dg, cv, "consent", util_now_ms(), &out);
	cv->cv_new = 0;
	if (rc == 0) {
		step_event(d, "consent_asked");
		if (step_apply(conn, ww, cv, &out, d, &closed, err, errlen) == -1) {
			engine_out_free(&out);
			return -1;
		}
		d->sd_replies += out.eo_nreplies;
	}
	engine_out_free(&out);
	return 0;
}

/* A queued chat's wait figures, read when its step says the wait line. */
struct wait_read {
	PGconn		*wr_conn;
	char		*wr_err;
	size_t		 wr_errlen;
	int		 wr_failed;
};

static void
step_wait_read(struct conversation *cv, void *arg)
{
	struct wait_read *wr = arg;

	if (db_wait_estimate(wr->wr_conn, cv, wr->wr_err, wr->wr_errlen) == -1)
		wr->wr_failed = 1;
}

/*
 * Step one message of the contact in cv (open) and apply it; *changed
 * collects whether the conversation must be saved, *open whether one is
 * loaded after it (a closed one may be followed by the consent question).
 * 0, or -1 with err filled.
 */
static int
step_message(PGconn *conn, struct dialogue *dg, struct work_item *wi, struct pending *pd,
    struct work_writes *ww, struct step_log *sl, int *changed, int *open, char *err,
    size_t errlen)
{
	struct conversation *cv = &wi->wi_cv;
	struct engine_out out;
	struct step_done *d = step_log_add(sl, cv, pd->pd_in.in_kind);
	struct wait_read wr = { conn, err, errlen, 0 };
	int closed = 0, rc;

	memset(&out, 0, sizeof(out));
	/*
	 * A queued young person is told where they stand, at most every few
	 * minutes: the figures are read only when the wait line is said.
	 */
	cv->cv_queue_ahead = -1;
	cv->cv_queue_wait_s = -1;
	cv->cv_wait_read = cv->cv_status == CONV_QUEUED ? step_wait_read : NULL;
	cv->cv_wait_arg = &wr;
	rc = dialogue_step(dg, cv, &pd->pd_in, util_now_ms(), &out);
	cv->cv_wait_read = NULL;
	cv->cv_wait_arg = NULL;
	if (wr.wr_failed) {
		engine_out_free(&out);
		return -1;
	}
	if (rc == -1) {
		/*
		 * No flows loaded cannot happen in a running daemon; should
		 * it, the message is kept unprocessed for the next try.
		 */
		snprintf(err, errlen, "dialogue: no flows loaded");
		return -1;
	}
	/* The next message of this batch continues the conversation. */
	cv->cv_new = 0;
	if (step_apply(conn, ww, cv, &out, d, &closed, err, errlen) == -1) {
		engine_out_free(&out);
		return -1;
	}
	db_writes_processed(ww, pd->pd_id, cv->cv_id);
	*changed |= out.eo_changed;
	d->sd_replies = out.eo_nreplies;
	engine_out_free(&out);
	if (!closed)
		return 0;
	if (db_conversation_save(conn, cv, err, errlen) == -1)
		return -1;
	if (step_after_close(conn, ww, dg, wi->wi_contact_id, cv, open, d, err, errlen) == -1)
		return -1;
	*changed = *open;	/* a new conversation is saved at the end */
	return 0;
}

int
step_contact(PGconn *conn, struct dialogue *dg, struct work_item *wi, struct work_writes *ww,
    struct step_log *sl, char *err, size_t errlen)
{
	struct conversation *cv = &wi->wi_cv;
	int changed = cv->cv_new, open = wi->wi_npending > 0;

	for (size_t i = 0; i < wi->wi_npending; i++) {
		if (!open) {
			if (db_conversation_open(conn, wi->wi_contact_id, cv, err, errlen) == -1)
				return -1;
			open = 1;
			changed = cv->cv_new;
		}
		if (step_message(conn, dg, wi, &wi->wi_pending[i], ww, sl, &changed, &open, err,
		    errlen) == -1)
			return -1;
	}
	if (open && changed)
		db_writes_conversation(ww, cv);
	return 0;
}

void
step_log_report(const struct step_log *sl)
{
	for (size_t i = 0; i < sl->sl_n; i++) {
		metrics_message_processed();
		log_info("message processed conv=%s kind=%s replies=%zu%s",
		    sl->sl_items[i].sd_pseudonym, msg_kind_name(sl->sl_items[i].sd_kind),
		    sl->sl_items[i].sd_replies, sl->sl_items[i].sd_events);
	}
}

void
step_log_free(struct step_log *sl)
{
	free(sl->sl_items);
	sl->sl_items = NULL;
	sl->sl_n = sl->sl_cap = 0;
}
