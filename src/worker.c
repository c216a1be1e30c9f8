/*
 * worker.c — conversation processing.
 *
 * [worker] threads threads, each with its own database connection, loop:
 * wait for a wake-up (ingest stored something) or WORKER_POLL_MS (work
 * stored by another daemon), then in one transaction claim up to
 * WORKER_BATCH_CONTACTS contacts with unprocessed messages (advisory-locked,
 * so no two workers or daemons step one contact at once), load their
 * messages and conversations (two statements for the batch), step each
 * message in provider order through the dialogue, and write the replies,
 * the processed marks and the conversations in one round trip with the
 * commit (db_writes_commit): a crash loses no reply and sends none twice.
 * After the commit the sender is given the replies that can go now.
 *
 * Which contacts: ingest names the contacts it stored messages for
 * (workers_hint), and a worker claims those, oldest first, once they have
 * gathered: the first named contact waits up to [worker] gather_ms for
 * others to share its transaction, unless WORKER_GATHER_CONTACTS are
 * named (at a steady trickle each commit names one or two, and the
 * transactions, not the messages, are most of the database's work). A scan of
 * message_in (a skip scan of its pending index) finds the rest: at start,
 * every WORKER_POLL_MS (work another daemon stored, or that a failed batch
 * left), when the hints overflow, and WORKER_RESCAN_MS after a named
 * contact was busy in another transaction. Scans go round the contacts
 * with pending messages in id order (wk_scan_after), so a backlog is
 * shared out fairly: every contact's next message before anyone's third.
 * The scan reads past the index entries of recently processed messages,
 * so it is kept off the hot path.
 *
 * Floods: one number can deliver at most about 1,000 messages a second, and
 * the provider sends replies no faster. When more than [worker] flood_rate
 * messages arrived in the last second (a provider delivering a backlog
 * after an outage, or traffic that is not a person writing), the workers
 * take batches at [worker] flood_pace messages a second (a token bucket,
 * WORKER_FLOOD_BURST_MS deep), so the cores go to acknowledging first: an
 * unacknowledged webhook is delivered again, and one that times out costs
 * more. A contact whose new message has crisis words (seen at ingest) is
 * taken before anything else; it waits for the pace only when such
 * contacts alone have run it a second into debt (a flood of crisis words).
 * Once the arrivals fall back under flood_rate, the backlog is worked at
 * full speed. Normal traffic, however busy the machine, never makes a
 * flood: the pace follows what arrives, not how long anything takes.
 *
 * A batch that fails while the database is there (one contact's data, a
 * statement that fails for it) is tried again at once one contact at a
 * time, so that one contact cannot hold up the others; a contact that
 * fails on its own is set aside for WORKER_ASIDE_MS (logged), then tried
 * again. A lost connection is retried with back-off.
 *
 * Locking: wk_lock guards the hints, wk_scan_at, wk_scan_after, the
 * contacts set aside, the arrival counts and the pacing state, and
 * wk_stopping. Each thread's connection and buffers are its own.
 */
#include <errno.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

#include "config.h"
#include "db.h"
#include "crisis.h"
#include "dialogue.h"
#include "engine.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "scrub.h"
#include "sender.h"
#include "util.h"
#include "worker.h"

struct workers {
	struct app		*wk_app;
	pthread_t		*wk_threads;
	size_t			 wk_n;
	pthread_mutex_t		 wk_lock;
	pthread_cond_t		 wk_cond;	/* CLOCK_MONOTONIC: work for a waiting worker */
	pthread_cond_t		 wk_stop_cond;	/* CLOCK_MONOTONIC: stop, for a backing-off one */
	int			 wk_stopping;
	/* Contacts ingest stored messages for, oldest first (a ring). */
	int64_t			 wk_hints[WORKER_HINTS_MAX];
	size_t			 wk_hhead;
	size_t			 wk_hcount;
	int64_t			 wk_hfirst;	/* monotonic ms: the ring last became non-empty */
	int64_t			 wk_scan_at;	/* monotonic ms: scan message_in from then on */
	int64_t			 wk_scan_after;	/* the scans go round the contacts: on after this id */
	/* Contacts whose new message had crisis words: before anything else. */
	int64_t			 wk_urgent[WORKER_URGENT_MAX];
	size_t			 wk_uhead;
	size_t			 wk_ucount;
	/* Messages stored in each of the last WORKER_FLOOD_SLOTS slots. */
	uint64_t		 wk_arrived[WORKER_FLOOD_SLOTS];
	int64_t			 wk_arrived_slot[WORKER_FLOOD_SLOTS];	/* which slot each counts */
	int64_t			 wk_urgent_at;	/* monotonic ms: take the urgent ones from then on */
	/* Contacts whose step failed on its own, and until when (monotonic ms). */
	int64_t			 wk_aside[WORKER_ASIDE_MAX];
	int64_t			 wk_aside_until[WORKER_ASIDE_MAX];
	int			 wk_flooding;	/* paced: more arrived than flood_rate */
	double			 wk_tokens;	/* messages that may be worked now while paced */
	int64_t			 wk_tokens_at;	/* monotonic ms of the last refill */
};

/* What a batch works on: contacts ingest named, or a scan of message_in. */
struct worker_take {
	int64_t		wt_ids[WORKER_BATCH_CONTACTS];
	size_t		wt_n;
	int		wt_scan;
	int		wt_urgent;	/* contacts with crisis words */
	size_t		wt_max;		/* contacts a scan may claim */
	size_t		wt_reserved;	/* messages taken from the flood bucket for it */
};

/* One processed message, logged after its transaction commits. */
struct worker_done {
	char		wd_pseudonym[PSEUDONYM_LEN + 1];
	enum msg_kind	wd_kind;
	size_t		wd_replies;
	char		wd_events[160];	/* " handover=CIT priority=10 ..." */
};

struct worker_log {
	struct worker_done	*wl_items;
	size_t			 wl_n;
	size_t			 wl_cap;
};

static struct worker_done *
worker_log_add(struct worker_log *wl, const struct conversation *cv,
    enum msg_kind kind, size_t replies)
{
	struct worker_done *d;

	if (wl->wl_n == wl->wl_cap) {
		wl->wl_cap = wl->wl_cap ? wl->wl_cap * 2 : 64;
		wl->wl_items = xrealloc(wl->wl_items, wl->wl_cap * sizeof(*wl->wl_items));
	}
	d = &wl->wl_items[wl->wl_n++];
	memcpy(d->wd_pseudonym, cv->cv_pseudonym, sizeof(d->wd_pseudonym));
	d->wd_kind = kind;
	d->wd_replies = replies;
	d->wd_events[0] = '\0';
	return d;
}

/* Append " word" to a log entry's events (cut silently: it is a log line). */
static void
worker_event(struct worker_done *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
worker_event(struct worker_done *d, const char *fmt, ...)
{
	size_t	 len = strlen(d->wd_events);
	va_list	 ap;

	if (len + 1 >= sizeof(d->wd_events))
		return;
	d->wd_events[len] = ' ';
	va_start(ap, fmt);
	vsnprintf(d->wd_events + len + 1, sizeof(d->wd_events) - len - 1, fmt, ap);
	va_end(ap);
}

/*
 * Carry out what one step produced, inside the caller's transaction:
 * replies kept for the batch's outbox write, the actions (rare) done now.
 * *closed is set when the conversation ended. 0, or -1 with err filled.
 */
static int
worker_apply(PGconn *conn, struct work_writes *ww, struct conversation *cv,
    const struct engine_out *out, struct worker_done *d, int *closed, char *err, size_t errlen)
{
	db_writes_replies(ww, cv, out->eo_replies, out->eo_nreplies);
	for (size_t i = 0; i < out->eo_nactions; i++) {
		const struct engine_action *a = &out->eo_actions[i];
		int rc = 0;

		switch (a->ea_kind) {
		case ACT_HANDOVER:
			rc = db_handover(conn, cv, a->ea_json != NULL ? a->ea_json : "{}", err, errlen);
			worker_event(d, "handover=%s priority=%d", a->ea_team ? a->ea_team : "-",
			    a->ea_priority);
			break;
		case ACT_SAVE:
			rc = db_story_add(conn, cv, a->ea_name != NULL ? a->ea_name : "story",
			    a->ea_json != NULL ? a->ea_json : "{}", err, errlen);
			worker_event(d, "saved=%s", a->ea_name != NULL ? a->ea_name : "story");
			break;
		case ACT_CONSENT:
			rc = db_consent_record(conn, cv, a->ea_name != NULL &&
			    strcmp(a->ea_name, "yes") == 0, a->ea_version != NULL ? a->ea_version : "",
			    err, errlen);
			worker_event(d, "consent=%s", a->ea_name != NULL ? a->ea_name : "-");
			break;
		case ACT_ERASE:
			rc = db_erasure_request(conn, cv, err, errlen);
			worker_event(d, "erasure_requested");
			break;
		case ACT_OPTOUT:
		case ACT_OPTIN:
			rc = db_contact_optout(conn, cv->cv_contact_id, a->ea_kind == ACT_OPTOUT,
			    err, errlen);
			worker_event(d, "%s", engine_action_name(a->ea_kind));
			break;
		case ACT_ALERT:
			rc = db_alert_add(conn, cv, crisis_category_name(a->ea_category), err, errlen);
			worker_event(d, "counsellor_alert=%s", crisis_category_name(a->ea_category));
			break;
		case ACT_CLOSE:
			*closed = 1;
			worker_event(d, "closed");
			break;
		}
		if (rc == -1)
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
worker_after_close(PGconn *conn, struct work_writes *ww, struct dialogue *dg,
    int64_t contact_id, struct conversation *cv, int *open, struct worker_done *d,
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
		worker_event(d, "consent_asked");
		if (worker_apply(conn, ww, cv, &out, d, &closed, err, errlen) == -1) {
			engine_out_free(&out);
			return -1;
		}
		d->wd_replies += out.eo_nreplies;
	}
	engine_out_free(&out);
	return 0;
}

/*
 * Step one claimed contact's pending messages inside the caller's
 * transaction; the writes go to ww. A conversation that closes is saved
 * at once (the contact's next one may open in this batch). 0, or -1 with
 * err filled (the caller rolls back).
 */
static int
worker_step_contact(PGconn *conn, struct dialogue *dg, struct work_item *wi,
    struct work_writes *ww, struct worker_log *wl, char *err, size_t errlen)
{
	struct conversation *cv = &wi->wi_cv;
	struct engine_out out;
	struct worker_done *d;
	int changed = cv->cv_new, have_cv = wi->wi_npending > 0, closed;

	memset(&out, 0, sizeof(out));
	for (size_t i = 0; i < wi->wi_npending; i++) {
		struct pending *pd = &wi->wi_pending[i];

		if (!have_cv) {
			if (db_conversation_open(conn, wi->wi_contact_id, cv, err, errlen) == -1)
				return -1;
			have_cv = 1;
			changed = cv->cv_new;
		}
		d = worker_log_add(wl, cv, pd->pd_in.in_kind, 0);
		closed = 0;
		if (dialogue_step(dg, cv, &pd->pd_in, util_now_ms(), &out) == -1) {
			/*
			 * No flows loaded cannot happen in a running daemon; should
			 * it, the message is kept unprocessed for the next try.
			 */
			snprintf(err, errlen, "dialogue: no flows loaded");
			return -1;
		}
		/* The next message of this batch continues the conversation. */
		cv->cv_new = 0;
		if (worker_apply(conn, ww, cv, &out, d, &closed, err, errlen) == -1) {
			engine_out_free(&out);
			return -1;
		}
		db_writes_processed(ww, pd->pd_id, cv->cv_id);
		changed |= out.eo_changed;
		d->wd_replies = out.eo_nreplies;
		engine_out_free(&out);
		memset(&out, 0, sizeof(out));
		if (closed) {
			if (db_conversation_save(conn, cv, err, errlen) == -1)
				return -1;
			if (worker_after_close(conn, ww, dg, wi->wi_contact_id, cv, &have_cv, d, err,
			    errlen) == -1)
				return -1;
			changed = have_cv;	/* a new conversation is saved at the end */
		}
	}
	if (have_cv && changed)
		db_writes_conversation(ww, cv);
	return 0;
}

/* Messages stored in the last second (lock held). */
static uint64_t
workers_arrivals(const struct workers *wk, int64_t now)
{
	int64_t slot = now / WORKER_FLOOD_SLOT_MS;
	uint64_t n = 0;

	for (size_t i = 0; i < WORKER_FLOOD_SLOTS; i++)
		if (wk->wk_arrived_slot[i] > slot - WORKER_FLOOD_SLOTS)
			n += wk->wk_arrived[i];
	return n;
}

/*
 * The flood state now (lock held): a flood while more than flood_rate
 * messages arrived in the last second. Refills the bucket while paced, and
 * reports a change (log and metrics: rare, so under the lock).
 */
static void
workers_flood_check(struct workers *wk, int64_t now)
{
	const struct config *cfg = wk->wk_app->ap_cfg;
	double cap = (double)cfg->worker_flood_pace * WORKER_FLOOD_BURST_MS / 1000.0;
	uint64_t arrived;
	int flooding;

	if (cfg->worker_flood_rate <= 0 || cfg->worker_flood_pace <= 0)
		return;
	arrived = workers_arrivals(wk, now);
	flooding = arrived > (uint64_t)cfg->worker_flood_rate;
	if (cap < 1)
		cap = 1;
	if (flooding != wk->wk_flooding) {
		wk->wk_flooding = flooding;
		metrics_flood(flooding);
		if (flooding)
			log_warn("worker flood_paced arrived_per_s=%llu flood_rate=%lld flood_pace=%lld "
			    "reason=\"acknowledging first; the backlog is worked after the flood\"",
			    (unsigned long long)arrived, cfg->worker_flood_rate,
			    cfg->worker_flood_pace);
		else
			log_info("worker flood_over arrived_per_s=%llu", (unsigned long long)arrived);
	}
	if (!flooding) {
		wk->wk_tokens = cap;
		wk->wk_tokens_at = now;
		return;
	}
	wk->wk_tokens += (double)(now - wk->wk_tokens_at) * (double)cfg->worker_flood_pace / 1000.0;
	if (wk->wk_tokens > cap)
		wk->wk_tokens = cap;
	wk->wk_tokens_at = now;
}

/*
 * Contacts the next batch may take (lock held, after workers_flood_check):
 * WORKER_BATCH_CONTACTS when not paced; while paced, as many as the bucket
 * holds messages (a contact brings one message, most often), taken from
 * it now so that other threads do not take them too (workers_spend
 * settles the difference). 0: none yet, wait *wait_ms.
 */
static size_t
workers_pace(struct workers *wk, int64_t *wait_ms)
{
	double rate = (double)wk->wk_app->ap_cfg->worker_flood_pace;
	size_t n;

	if (!wk->wk_flooding)
		return WORKER_BATCH_CONTACTS;
	if (wk->wk_tokens < 1) {
		*wait_ms = (int64_t)((1 - wk->wk_tokens) * 1000.0 / rate) + 1;
		if (*wait_ms > WORKER_FLOOD_SLOT_MS)
			*wait_ms = WORKER_FLOOD_SLOT_MS;
		return 0;
	}
	n = wk->wk_tokens >= WORKER_BATCH_CONTACTS ? WORKER_BATCH_CONTACTS :
	    (size_t)wk->wk_tokens;
	wk->wk_tokens -= (double)n;
	return n;
}

/*
 * May the contacts with crisis words go now (lock held)? Always, unless
 * a previous try found one busy (WORKER_RESCAN_MS), or they alone have
 * run the bucket a second of flood_pace into debt: a flood of crisis
 * words (a bot, or a day many write the same) is paced too, and still
 * goes before everything else.
 */
static int
workers_urgent_due(const struct workers *wk, int64_t now)
{
	return wk->wk_ucount > 0 && now >= wk->wk_urgent_at && (!wk->wk_flooding ||
	    wk->wk_tokens > -(double)wk->wk_app->ap_cfg->worker_flood_pace);
}

/* A batch that took reserved from the bucket worked n messages: settle. */
static void
workers_spend(struct workers *wk, size_t n, size_t reserved)
{
	pthread_mutex_lock(&wk->wk_lock);
	if (wk->wk_flooding)
		wk->wk_tokens -= (double)n - (double)reserved;
	pthread_mutex_unlock(&wk->wk_lock);
}

/*
 * Contacts with crisis words that were not stepped (busy in another
 * transaction, or the batch failed): first again, after ms.
 */
static void
workers_urgent_again(struct workers *wk, const int64_t *ids, size_t n, int64_t ms)
{
	pthread_mutex_lock(&wk->wk_lock);
	for (size_t i = 0; i < n && wk->wk_ucount < WORKER_URGENT_MAX; i++) {
		wk->wk_uhead = (wk->wk_uhead + WORKER_URGENT_MAX - 1) % WORKER_URGENT_MAX;
		wk->wk_urgent[wk->wk_uhead] = ids[i];
		wk->wk_ucount++;
	}
	wk->wk_urgent_at = util_mono_ms() + ms;
	pthread_cond_signal(&wk->wk_cond);
	pthread_mutex_unlock(&wk->wk_lock);
}

/*
 * Of the urgent contacts in wt, the ones not claimed (ids, n) are busy in
 * another transaction: first again after WORKER_RESCAN_MS.
 */
static void
worker_urgent_busy(struct workers *wk, const struct worker_take *wt, const int64_t *ids,
    size_t n)
{
	int64_t busy[WORKER_BATCH_CONTACTS];
	size_t nbusy = 0, i, j;

	for (i = 0; i < wt->wt_n; i++) {
		for (j = 0; j < n && ids[j] != wt->wt_ids[i]; j++)
			;
		if (j == n)
			busy[nbusy++] = wt->wt_ids[i];
	}
	workers_urgent_again(wk, busy, nbusy, WORKER_RESCAN_MS);
}

/* Drop from ids (n) the contacts set aside now; returns how many are left. */
static size_t
workers_drop_aside(struct workers *wk, int64_t *ids, size_t n)
{
	int64_t now = util_mono_ms();
	size_t i, j, k = 0;

	pthread_mutex_lock(&wk->wk_lock);
	for (i = 0; i < n; i++) {
		for (j = 0; j < WORKER_ASIDE_MAX; j++)
			if (wk->wk_aside[j] == ids[i] && wk->wk_aside_until[j] > now)
				break;
		if (j == WORKER_ASIDE_MAX)
			ids[k++] = ids[i];
	}
	pthread_mutex_unlock(&wk->wk_lock);
	return k;
}

/* Set contact id aside for WORKER_ASIDE_MS (the slot free longest, if full). */
static void
workers_set_aside(struct workers *wk, int64_t id)
{
	size_t j, oldest = 0;

	pthread_mutex_lock(&wk->wk_lock);
	for (j = 0; j < WORKER_ASIDE_MAX; j++) {
		if (wk->wk_aside[j] == id)
			break;
		if (wk->wk_aside_until[j] < wk->wk_aside_until[oldest])
			oldest = j;
	}
	if (j == WORKER_ASIDE_MAX)
		j = oldest;
	wk->wk_aside[j] = id;
	wk->wk_aside_until[j] = util_mono_ms() + WORKER_ASIDE_MS;
	pthread_mutex_unlock(&wk->wk_lock);
}

/* Scan message_in for work within ms (0: now). */
static void
workers_rescan(struct workers *wk, int64_t ms)
{
	int64_t at = util_mono_ms() + ms;

	pthread_mutex_lock(&wk->wk_lock);
	if (at < wk->wk_scan_at)
		wk->wk_scan_at = at;
	pthread_cond_signal(&wk->wk_cond);
	pthread_mutex_unlock(&wk->wk_lock);
}

/*
 * One transaction: claim the contacts of wt (or scan for them), load
 * their work, step them, write it all and commit; then hand the sender the
 * replies that can go now (sender_hint). The contacts claimed (set-aside
 * ones left out) are copied to ids (WORKER_BATCH_CONTACTS), their number
 * to *claimed, also when the batch fails; *worked gets the number of
 * messages stepped. 0, or -1 with err filled (rolled back; nothing of it
 * happened).
 */
static int
worker_run_batch(struct workers *wk, const struct worker_take *wt, PGconn *conn, int64_t *ids,
    size_t *claimed, size_t *worked, char *err, size_t errlen)
{
	struct worker_log wl = { NULL, 0, 0 };
	struct work_item *items = NULL;
	struct work_writes *ww = db_writes_new();
	size_t n = 0, i;
	struct idlist heads = { NULL, 0, 0 };
	int promoted;

	*claimed = 0;
	*worked = 0;
	if (db_begin(conn, err, errlen) == -1)
		goto fail;
	if (wt->wt_scan) {
		int64_t after;

		pthread_mutex_lock(&wk->wk_lock);
		after = wk->wk_scan_after;
		pthread_mutex_unlock(&wk->wk_lock);
		if (db_claim_contacts(conn, wt->wt_max, &after, ids, &n, err, errlen) == -1)
			goto fail;
		pthread_mutex_lock(&wk->wk_lock);
		wk->wk_scan_after = after;
		pthread_mutex_unlock(&wk->wk_lock);
	} else {
		if (db_claim_given(conn, wt->wt_ids, wt->wt_n, ids, &n, err, errlen) == -1)
			goto fail;
		if (wt->wt_urgent && n < wt->wt_n)
			worker_urgent_busy(wk, wt, ids, n);
		/*
		 * A contact another transaction holds may have been loaded
		 * before its new message was committed: a scan soon finds it.
		 */
		if (n < wt->wt_n)
			workers_rescan(wk, WORKER_RESCAN_MS);
	}
	n = workers_drop_aside(wk, ids, n);
	*claimed = n;
	if (db_work_load(conn, ids, n, &items, err, errlen) == -1)
		goto fail;
	for (i = 0; i < n; i++)
		if (worker_step_contact(conn, wk->wk_app->ap_dialogue, &items[i], ww, &wl, err,
		    errlen) == -1)
			goto fail;
	if (db_writes_commit(conn, ww, &promoted, &heads, err, errlen) == -1)
		goto fail;
	if (wk->wk_app->ap_sender != NULL)
		sender_hint(wk->wk_app->ap_sender, heads.il_ids, heads.il_n);
	idlist_free(&heads);
	if (!promoted) {
		log_warn("worker promote_failed reason=\"replies wait for the sender's sweep\" "
		    "within_ms=%d", SENDER_REQUEUE_MS);
	}
	*worked = wl.wl_n;
	for (i = 0; i < wl.wl_n; i++) {
		metrics_message_processed();
		log_info("message processed conv=%s kind=%s replies=%zu%s",
		    wl.wl_items[i].wd_pseudonym, msg_kind_name(wl.wl_items[i].wd_kind),
		    wl.wl_items[i].wd_replies, wl.wl_items[i].wd_events);
	}
	free(wl.wl_items);
	db_work_free(items, n);
	db_writes_free(ww);
	return 0;
fail:
	db_rollback(conn);
	idlist_free(&heads);
	free(wl.wl_items);
	db_work_free(items, n);
	db_writes_free(ww);
	return -1;
}

/* ts = CLOCK_MONOTONIC now + ms, for pthread_cond_timedwait on wk_cond. */
static void
worker_deadline(struct timespec *ts, int64_t ms)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += ms / 1000;
	ts->tv_nsec += (ms % 1000) * 1000000L;
	if (ts->tv_nsec >= 1000000000L) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000L;
	}
}

/*
 * Wait on wk_cond (lock held) for at most wait ms, less when the urgent
 * contacts' retry time comes first.
 */
static void
worker_wait(struct workers *wk, int64_t now, int64_t wait)
{
	struct timespec ts;

	if (wk->wk_ucount > 0 && wk->wk_urgent_at - now < wait)
		wait = wk->wk_urgent_at - now;
	worker_deadline(&ts, wait > 0 ? wait : 1);
	pthread_cond_timedwait(&wk->wk_cond, &wk->wk_lock, &ts);
}

/* Move contacts from a ring (cap entries) into wt, each once, up to max in wt. */
static void
worker_take_ring(struct worker_take *wt, size_t max, const int64_t *ring, size_t cap,
    size_t *head, size_t *count)
{
	while (*count > 0 && wt->wt_n < max) {
		int64_t id = ring[*head];
		size_t i;

		*head = (*head + 1) % cap;
		(*count)--;
		for (i = 0; i < wt->wt_n && wt->wt_ids[i] != id; i++)
			;
		if (i == wt->wt_n)
			wt->wt_ids[wt->wt_n++] = id;
	}
}

/*
 * Take the next batch's work: contacts with crisis words first (never
 * paced); else, when the flood pace allows a batch, a scan when one is
 * due, else up to WORKER_BATCH_CONTACTS contacts ingest named (each once;
 * fewer while paced) once they have gathered (gather_ms since the ring
 * became non-empty, or WORKER_GATHER_CONTACTS named). Waits, until woken,
 * a scan is due, the gathering ends or the workers stop, while there is
 * none of these. 0, or -1 when stopping.
 */
static int
worker_take(struct workers *wk, struct worker_take *wt)
{
	const int64_t gather = wk->wk_app->ap_cfg->worker_gather_ms;
	int64_t now, wait = WORKER_FLOOD_SLOT_MS;
	size_t max;
	int rc = 0;

	wt->wt_n = 0;
	wt->wt_scan = 0;
	wt->wt_urgent = 0;
	wt->wt_max = WORKER_BATCH_CONTACTS;
	wt->wt_reserved = 0;
	pthread_mutex_lock(&wk->wk_lock);
	for (;;) {
		if (wk->wk_stopping) {
			rc = -1;
			break;
		}
		now = util_mono_ms();
		workers_flood_check(wk, now);
		/* Crisis words first: before any scan or named contact. */
		if (workers_urgent_due(wk, now)) {
			worker_take_ring(wt, WORKER_BATCH_CONTACTS, wk->wk_urgent,
			    WORKER_URGENT_MAX, &wk->wk_uhead, &wk->wk_ucount);
			wt->wt_urgent = 1;
			break;
		}
		if ((max = workers_pace(wk, &wait)) == 0) {
			worker_wait(wk, now, wait);
			continue;
		}
		wt->wt_max = max;
		wt->wt_reserved = wk->wk_flooding ? max : 0;
		/*
		 * A due scan comes first, named contacts or not: a stream of
		 * them must not keep waiting the work only a scan finds (a
		 * contact that was busy, another daemon's messages).
		 */
		if (now >= wk->wk_scan_at) {
			wt->wt_scan = 1;
			wk->wk_scan_at = now + WORKER_POLL_MS;
			break;
		}
		/*
		 * A few named contacts wait up to gather_ms for others to share
		 * their transaction: at a steady trickle each would otherwise
		 * get one of its own, and the transactions, not the messages,
		 * are most of the database's work (docs/performance.md).
		 */
		if (wk->wk_hcount >= WORKER_GATHER_CONTACTS ||
		    now - wk->wk_hfirst >= gather) {
			worker_take_ring(wt, max, wk->wk_hints, WORKER_HINTS_MAX,
			    &wk->wk_hhead, &wk->wk_hcount);
			if (wt->wt_n > 0)
				break;
		}
		/* Nothing to do yet: give back what was taken from the bucket (0 unpaced). */
		wk->wk_tokens += (double)wt->wt_reserved;
		wt->wt_reserved = 0;
		wait = wk->wk_scan_at - now;
		if (wk->wk_hcount > 0 && wk->wk_hfirst + gather - now < wait)
			wait = wk->wk_hfirst + gather - now;
		worker_wait(wk, now, wait);
	}
	/* More named contacts wait: let another thread help. */
	if (wk->wk_hcount > 0 || wk->wk_ucount > 0)
		pthread_cond_signal(&wk->wk_cond);
	pthread_mutex_unlock(&wk->wk_lock);
	return rc;
}

static void
worker_sleep(struct workers *wk, int64_t ms)
{
	struct timespec ts;

	/*
	 * Not on wk_cond: a thread backing off must not take the wake-up meant
	 * for a worker that can take the work.
	 */
	worker_deadline(&ts, ms);
	pthread_mutex_lock(&wk->wk_lock);
	while (!wk->wk_stopping)
		if (pthread_cond_timedwait(&wk->wk_stop_cond, &wk->wk_lock, &ts) == ETIMEDOUT)
			break;
	pthread_mutex_unlock(&wk->wk_lock);
}

/*
 * The contacts of a batch that failed while the database is there, each
 * in a transaction of its own; one that fails on its own is set aside
 * (WORKER_ASIDE_MS). 0, or -1 when the connection was lost (*conn closed
 * and NULL) or the first two failed and none worked: then the fault is
 * not one contact's (a database that refuses writes), and the caller
 * backs off instead of setting everyone aside. What is left is found by
 * a scan.
 */
static int
worker_one_by_one(struct workers *wk, PGconn **conn, const int64_t *ids, size_t n)
{
	struct worker_take one;
	int64_t taken[WORKER_BATCH_CONTACTS];
	size_t claimed, worked, ok = 0, failed = 0;
	char err[256], safe[256];

	for (size_t i = 0; i < n; i++) {
		memset(&one, 0, sizeof(one));
		one.wt_ids[0] = ids[i];
		one.wt_n = 1;
		one.wt_max = 1;
		if (worker_run_batch(wk, &one, *conn, taken, &claimed, &worked, err,
		    sizeof(err)) == 0) {
			workers_spend(wk, worked, 0);
			ok++;
			continue;
		}
		scrub_numbers(err, safe, sizeof(safe));
		metrics_db_error();
		if (!db_alive(*conn)) {
			log_error("worker batch_failed error=\"%s\"", safe);
			db_close(*conn);
			*conn = NULL;
			return -1;
		}
		if (++failed >= 2 && ok == 0 && n > 2) {
			log_error("worker batch_failed error=\"%s\" reason=\"not one contact's: "
			    "backing off\"", safe);
			return -1;
		}
		workers_set_aside(wk, ids[i]);
		log_error("worker contact_set_aside contact_id=%lld for_ms=%d error=\"%s\"",
		    (long long)ids[i], WORKER_ASIDE_MS, safe);
	}
	return 0;
}

static void *
worker_main(void *arg)
{
	struct workers *wk = arg;
	const struct config *cfg = wk->wk_app->ap_cfg;
	struct worker_take wt;
	PGconn *conn = NULL;
	int64_t backoff = DB_RETRY_MIN_MS, taken[WORKER_BATCH_CONTACTS];
	size_t claimed, worked;
	char err[256], safe[256];

	while (worker_take(wk, &wt) == 0) {
		if (conn == NULL) {
			conn = db_connect_as(cfg->db_url, "praatpaal worker", err, sizeof(err));
			if (conn == NULL) {
				log_warn("worker db_unavailable error=\"%s\" retry_ms=%lld",
				    err, (long long)backoff);
				metrics_db_error();
				goto failed;
			}
		}
		if (worker_run_batch(wk, &wt, conn, taken, &claimed, &worked, err,
		    sizeof(err)) == -1) {
			int alive = db_alive(conn);

			scrub_numbers(err, safe, sizeof(safe));
			metrics_db_error();
			if (!alive || claimed == 0) {
				log_error("worker batch_failed error=\"%s\" retry_ms=%lld",
				    safe, (long long)backoff);
				if (!alive) {
					db_close(conn);
					conn = NULL;
				}
				goto failed;
			}
			log_error("worker batch_failed error=\"%s\" contacts=%zu "
			    "retry=\"each contact on its own\"", safe, claimed);
			workers_spend(wk, 0, wt.wt_reserved);
			wt.wt_reserved = 0;
			if (worker_one_by_one(wk, &conn, taken, claimed) == -1)
				goto failed;
			continue;
		}
		backoff = DB_RETRY_MIN_MS;
		workers_spend(wk, worked, wt.wt_reserved);
		/* A full scan, not paced: more may be waiting. */
		if (wt.wt_scan && claimed == WORKER_BATCH_CONTACTS)
			workers_rescan(wk, 0);
		continue;
failed:
		workers_spend(wk, 0, wt.wt_reserved);
		if (wt.wt_urgent)
			workers_urgent_again(wk, wt.wt_ids, wt.wt_n, backoff);
		/* What was taken is found again by the scan after the pause. */
		workers_rescan(wk, backoff);
		worker_sleep(wk, backoff);
		backoff = backoff * 2 > DB_RETRY_MAX_MS ? DB_RETRY_MAX_MS : backoff * 2;
	}
	if (conn != NULL)
		db_close(conn);
	return NULL;
}

void
workers_hint(struct workers *wk, const int64_t *contacts, size_t n, const int64_t *urgent,
    size_t nurgent, size_t stored)
{
	int64_t now, slot;
	size_t s, before;

	if (wk == NULL)
		return;
	now = util_mono_ms();
	slot = now / WORKER_FLOOD_SLOT_MS;
	s = (size_t)(slot % WORKER_FLOOD_SLOTS);
	pthread_mutex_lock(&wk->wk_lock);
	if (wk->wk_arrived_slot[s] != slot) {
		wk->wk_arrived_slot[s] = slot;
		wk->wk_arrived[s] = 0;
	}
	wk->wk_arrived[s] += stored;
	for (size_t i = 0; i < nurgent && wk->wk_ucount < WORKER_URGENT_MAX; i++) {
		wk->wk_urgent[(wk->wk_uhead + wk->wk_ucount) % WORKER_URGENT_MAX] = urgent[i];
		wk->wk_ucount++;
	}
	before = wk->wk_hcount;
	for (size_t i = 0; i < n; i++) {
		if (wk->wk_hcount == WORKER_HINTS_MAX) {
			/* Full: the scan finds the rest, in the order they came in. */
			wk->wk_scan_at = 0;
			break;
		}
		if (wk->wk_hcount == 0)
			wk->wk_hfirst = now;
		wk->wk_hints[(wk->wk_hhead + wk->wk_hcount) % WORKER_HINTS_MAX] = contacts[i];
		wk->wk_hcount++;
	}
	/*
	 * Wake a worker only for what it acts on now: crisis words, the first
	 * hints (their gathering time starts), enough to stop gathering, or a
	 * full ring. More hints for a gathering ring change nothing a waiting
	 * worker would do; a busy one looks at the ring when it comes back.
	 */
	if (nurgent > 0 || before == 0 || wk->wk_hcount >= WORKER_GATHER_CONTACTS ||
	    wk->wk_scan_at == 0 || wk->wk_app->ap_cfg->worker_gather_ms == 0)
		pthread_cond_signal(&wk->wk_cond);
	pthread_mutex_unlock(&wk->wk_lock);
}

static void
workers_join(struct workers *wk, size_t started)
{
	size_t i;

	pthread_mutex_lock(&wk->wk_lock);
	wk->wk_stopping = 1;
	pthread_cond_broadcast(&wk->wk_cond);
	pthread_cond_broadcast(&wk->wk_stop_cond);
	pthread_mutex_unlock(&wk->wk_lock);
	for (i = 0; i < started; i++)
		pthread_join(wk->wk_threads[i], NULL);
	pthread_cond_destroy(&wk->wk_cond);
	pthread_cond_destroy(&wk->wk_stop_cond);
	pthread_mutex_destroy(&wk->wk_lock);
	free(wk->wk_threads);
	free(wk);
}

struct workers *
workers_start(struct app *app, char *err, size_t errlen)
{
	struct workers *wk;
	pthread_condattr_t ca;
	size_t i;
	int rc;

	wk = xcalloc(1, sizeof(*wk));
	wk->wk_app = app;
	wk->wk_n = app->ap_cfg->worker_threads > 0 ? (size_t)app->ap_cfg->worker_threads : 1;
	wk->wk_threads = xcalloc(wk->wk_n, sizeof(*wk->wk_threads));
	pthread_mutex_init(&wk->wk_lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&wk->wk_cond, &ca);
	pthread_cond_init(&wk->wk_stop_cond, &ca);
	pthread_condattr_destroy(&ca);
	for (i = 0; i < wk->wk_n; i++) {
		if ((rc = pthread_create(&wk->wk_threads[i], NULL, worker_main, wk)) != 0) {
			snprintf(err, errlen, "cannot start worker thread %zu: %s", i, strerror(rc));
			workers_join(wk, i);
			return NULL;
		}
		(void)pthread_setname_np(wk->wk_threads[i], "worker");	/* for top -H, perf */
	}
	return wk;
}

void
workers_stop(struct workers *wk)
{
	if (wk == NULL)
		return;
	workers_join(wk, wk->wk_n);
}
