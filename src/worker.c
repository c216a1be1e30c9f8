/*
 * worker.c — conversation processing: the threads and their loop.
 *
 * [worker] threads threads, each with its own database connection, loop:
 * take the next batch's work from the contact queue (workq.c: contacts
 * with crisis words first, then a due scan of message_in, then the
 * contacts ingest named once they have gathered), waiting until there is
 * some; then in one transaction claim up to WORKER_BATCH_CONTACTS
 * contacts (advisory-locked, so no two workers or daemons step one
 * contact at once), load their messages and conversations (two statements
 * for the batch; for named contacts BEGIN, the claim and the messages go
 * in one round trip), step each contact (step.c), and write the replies, the
 * processed marks and the conversations in one round trip with the commit
 * (db_writes_commit): a crash loses no reply and sends none twice. After
 * the commit the sender is given the replies that can go now. Scans go
 * round the contacts with pending messages in id order (wq_scan_after),
 * so a backlog is shared out fairly: every contact's next message before
 * anyone's third.
 *
 * In a flood the batches are paced (flood.c), so that the cores go to
 * acknowledging first; the flood's start and end are logged here.
 *
 * A batch that fails while the database is there (one contact's data, a
 * statement that fails for it) is tried again at once one contact at a
 * time, so that one contact cannot hold up the others; a contact that
 * fails on its own is set aside for WORKER_ASIDE_MS (logged), then tried
 * again. A lost connection is retried with back-off.
 *
 * Locking: the lock of wk_sched guards the queue (wk_q) and the flood
 * state (wk_flood); both are pure modules that are not thread-safe
 * themselves. Each thread's connection and buffers are its own.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "config.h"
#include "db.h"
#include "store_work.h"
#include "flood.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "scheduler.h"
#include "scrub.h"
#include "sender.h"
#include "step.h"
#include "util.h"
#include "worker.h"
#include "workq.h"

struct workers {
	struct app		*wk_app;
	pthread_t		*wk_threads;
	size_t			 wk_n;
	struct sched		 wk_sched;	/* its lock guards wk_q and wk_flood */
	struct workq		 wk_q;
	struct flood		 wk_flood;
};

/* A batch that reserved from the flood bucket worked n messages: settle. */
static void
workers_spend(struct workers *wk, size_t n, size_t reserved)
{
	sched_lock(&wk->wk_sched);
	flood_settle(&wk->wk_flood, n, reserved);
	sched_unlock(&wk->wk_sched);
}

/*
 * Contacts with crisis words that were not stepped (the batch failed):
 * first again, after ms.
 */
static void
workers_urgent_again(struct workers *wk, const int64_t *ids, size_t n, int64_t ms)
{
	sched_lock(&wk->wk_sched);
	workq_urgent_again(&wk->wk_q, ids, n, util_mono_ms(), ms);
	sched_wake(&wk->wk_sched);
	sched_unlock(&wk->wk_sched);
}

/* Drop from ids (n) the contacts set aside now; returns how many are left. */
static size_t
workers_drop_aside(struct workers *wk, int64_t *ids, size_t n)
{
	int64_t now = util_mono_ms();

	sched_lock(&wk->wk_sched);
	n = workq_drop_aside(&wk->wk_q, ids, n, now);
	sched_unlock(&wk->wk_sched);
	return n;
}

/* Set contact id aside for WORKER_ASIDE_MS. */
static void
workers_set_aside(struct workers *wk, int64_t id)
{
	int64_t now = util_mono_ms();

	sched_lock(&wk->wk_sched);
	workq_set_aside(&wk->wk_q, id, now);
	sched_unlock(&wk->wk_sched);
}

/* Scan message_in for work within ms (0: now). */
static void
workers_rescan(struct workers *wk, int64_t ms)
{
	int64_t now = util_mono_ms();

	sched_lock(&wk->wk_sched);
	workq_rescan(&wk->wk_q, now, ms);
	sched_wake(&wk->wk_sched);
	sched_unlock(&wk->wk_sched);
}

/*
 * Claim contacts by a scan (going on where the last one stopped) inside
 * the open transaction. The set-aside ones are left out. ids
 * (WORKER_BATCH_CONTACTS) and *n get what was claimed. 0, or -1 with err
 * filled.
 */
static int
worker_claim_scan(struct workers *wk, const struct workq_take *wt, PGconn *conn, int64_t *ids,
    size_t *n, char *err, size_t errlen)
{
	int64_t after;

	*n = 0;
	sched_lock(&wk->wk_sched);
	after = wk->wk_q.wq_scan_after;
	sched_unlock(&wk->wk_sched);
	if (db_claim_contacts(conn, wt->wt_max, &after, ids, n, err, errlen) == -1)
		return -1;
	sched_lock(&wk->wk_sched);
	wk->wk_q.wq_scan_after = after;
	sched_unlock(&wk->wk_sched);
	*n = workers_drop_aside(wk, ids, *n);
	return 0;
}

/*
 * Begin the transaction, claim the named contacts of wt and load their
 * messages (one round trip, db_claim_load); named ones another
 * transaction holds are looked for again soon. The set-aside ones are
 * left out (their locks are kept to the end of the transaction, their
 * messages dropped). ids (WORKER_BATCH_CONTACTS), *n and *items get what
 * was claimed. 0, or -1 with err filled (the caller rolls back).
 */
static int
worker_claim_given(struct workers *wk, const struct workq_take *wt, PGconn *conn,
    int64_t *ids, size_t *n, struct work_item **items, char *err, size_t errlen)
{
	size_t	 all, k = 0;

	if (db_claim_load(conn, wt->wt_ids, wt->wt_n, ids, n, items, err, errlen) == -1)
		return -1;
	if (wt->wt_urgent && *n < wt->wt_n) {
		sched_lock(&wk->wk_sched);
		workq_urgent_busy(&wk->wk_q, wt, ids, *n, util_mono_ms());
		sched_wake(&wk->wk_sched);
		sched_unlock(&wk->wk_sched);
	}
	/*
	 * A contact another transaction holds may have been loaded
	 * before its new message was committed: a scan soon finds it.
	 */
	if (*n < wt->wt_n)
		workers_rescan(wk, WORKER_RESCAN_MS);
	all = *n;
	*n = workers_drop_aside(wk, ids, *n);
	if (*n == all)
		return 0;
	/* The items of the contacts left (ids keeps their order). */
	for (size_t i = 0; i < all; i++) {
		if (k < *n && (*items)[i].wi_contact_id == ids[k]) {
			(*items)[k++] = (*items)[i];
			continue;
		}
		db_pending_free((*items)[i].wi_pending, (*items)[i].wi_npending);
		conversation_free(&(*items)[i].wi_cv);
	}
	return 0;
}

/*
 * The batch's writes are in ww: write them and commit, then hand the
 * sender the replies that can go now (sender_hint). 0, or -1 with err
 * filled (the caller rolls back).
 */
static int
worker_commit(struct workers *wk, PGconn *conn, struct work_writes *ww, char *err,
    size_t errlen)
{
	struct idlist heads = { NULL, 0, 0 };
	int promoted;

	if (db_writes_commit(conn, ww, &promoted, &heads, err, errlen) == -1) {
		idlist_free(&heads);
		return -1;
	}
	if (wk->wk_app->ap_sender != NULL)
		sender_hint(wk->wk_app->ap_sender, heads.il_ids, heads.il_n);
	idlist_free(&heads);
	if (!promoted) {
		log_warn("worker promote_failed reason=\"replies wait for the sender's sweep\" "
		    "within_ms=%d", SENDER_REQUEUE_MS);
	}
	return 0;
}

/*
 * One transaction: claim the contacts of wt (or scan for them), load
 * their work, step them, write it all and commit; then hand the sender the
 * replies that can go now. The contacts claimed (set-aside ones left out)
 * are copied to ids (WORKER_BATCH_CONTACTS), their number to *claimed,
 * also when the batch fails; *worked gets the number of messages stepped.
 * 0, or -1 with err filled (rolled back; nothing of it happened).
 */
static int
worker_run_batch(struct workers *wk, const struct workq_take *wt, PGconn *conn, int64_t *ids,
    size_t *claimed, size_t *worked, char *err, size_t errlen)
{
	struct step_log sl = { NULL, 0, 0 };
	struct work_item *items = NULL;
	struct work_writes *ww = db_writes_new();
	size_t n = 0, i;

	*claimed = 0;
	*worked = 0;
	if (wt->wt_scan) {
		if (db_begin(conn, err, errlen) == -1 ||
		    worker_claim_scan(wk, wt, conn, ids, &n, err, errlen) == -1)
			goto fail;
		*claimed = n;
		if (db_work_load(conn, ids, n, &items, err, errlen) == -1)
			goto fail;
	} else {
		/* Named contacts: BEGIN, the claim and their messages in one round trip. */
		if (worker_claim_given(wk, wt, conn, ids, &n, &items, err, errlen) == -1)
			goto fail;
		*claimed = n;
		if (db_work_convs(conn, items, n, err, errlen) == -1)
			goto fail;
	}
	for (i = 0; i < n; i++)
		if (step_contact(conn, wk->wk_app->ap_dialogue, &items[i], ww, &sl, err,
		    errlen) == -1)
			goto fail;
	if (worker_commit(wk, conn, ww, err, errlen) == -1)
		goto fail;
	*worked = sl.sl_n;
	step_log_report(&sl);
	step_log_free(&sl);
	db_work_free(items, n);
	db_writes_free(ww);
	return 0;
fail:
	db_rollback(conn);
	step_log_free(&sl);
	db_work_free(items, n);
	db_writes_free(ww);
	return -1;
}

/* Bring the flood state up to now (lock held); its start and end are logged. */
static void
workers_flood_check(struct workers *wk, int64_t now)
{
	const struct config *cfg = wk->wk_app->ap_cfg;
	uint64_t arrived;

	switch (flood_check(&wk->wk_flood, now, &arrived)) {
	case FLOOD_SAME:
		break;
	case FLOOD_BEGAN:
		metrics_flood(1);
		log_warn("worker flood_paced arrived_per_s=%llu flood_rate=%lld flood_pace=%lld "
		    "reason=\"acknowledging first; the backlog is worked after the flood\"",
		    (unsigned long long)arrived, cfg->worker_flood_rate, cfg->worker_flood_pace);
		break;
	case FLOOD_ENDED:
		metrics_flood(0);
		log_info("worker flood_over arrived_per_s=%llu", (unsigned long long)arrived);
		break;
	}
}

/*
 * Take the next batch's work (workq_take), waiting until there is some:
 * until woken, a scan is due, the gathering or the pace's wait ends, or
 * the workers stop. 0, or -1 when stopping.
 */
static int
worker_take(struct workers *wk, struct workq_take *wt)
{
	int64_t now, wait;
	int rc = 0;

	sched_lock(&wk->wk_sched);
	for (;;) {
		if (sched_stopping(&wk->wk_sched)) {
			rc = -1;
			break;
		}
		now = util_mono_ms();
		workers_flood_check(wk, now);
		if (workq_take(&wk->wk_q, &wk->wk_flood, now, wt, &wait) == 1)
			break;
		sched_wait(&wk->wk_sched, wait);
	}
	/* More named contacts wait: let another thread help. */
	if (workq_waiting(&wk->wk_q))
		sched_wake(&wk->wk_sched);
	sched_unlock(&wk->wk_sched);
	return rc;
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
	struct workq_take one;
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

/* How a batch went (worker_batch). */
enum worker_result {
	WORKER_DONE,		/* committed */
	WORKER_ONE_BY_ONE,	/* failed; its contacts were tried one by one */
	WORKER_BACK_OFF		/* no database, a lost connection, or not one contact's fault */
};

/*
 * Run the batch of wt on *conn, connecting first when it is NULL (a lost
 * connection is closed and *conn set to NULL). backoff is the delay the
 * caller waits after WORKER_BACK_OFF, for the log lines.
 */
static enum worker_result
worker_batch(struct workers *wk, struct workq_take *wt, PGconn **conn, int64_t backoff)
{
	int64_t taken[WORKER_BATCH_CONTACTS];
	size_t claimed, worked;
	char err[256], safe[256];
	int alive;

	if (*conn == NULL) {
		*conn = db_connect_as(wk->wk_app->ap_cfg->db_url, "praatpaal worker", err,
		    sizeof(err));
		if (*conn == NULL) {
			log_warn("worker db_unavailable error=\"%s\" retry_ms=%lld",
			    err, (long long)backoff);
			metrics_db_error();
			return WORKER_BACK_OFF;
		}
	}
	if (worker_run_batch(wk, wt, *conn, taken, &claimed, &worked, err, sizeof(err)) == 0) {
		workers_spend(wk, worked, wt->wt_reserved);
		wt->wt_reserved = 0;
		/* A full scan, not paced: more may be waiting. */
		if (wt->wt_scan && claimed == WORKER_BATCH_CONTACTS)
			workers_rescan(wk, 0);
		return WORKER_DONE;
	}
	alive = db_alive(*conn);
	scrub_numbers(err, safe, sizeof(safe));
	metrics_db_error();
	if (!alive || claimed == 0) {
		log_error("worker batch_failed error=\"%s\" retry_ms=%lld", safe,
		    (long long)backoff);
		if (!alive) {
			db_close(*conn);
			*conn = NULL;
		}
		return WORKER_BACK_OFF;
	}
	log_error("worker batch_failed error=\"%s\" contacts=%zu "
	    "retry=\"each contact on its own\"", safe, claimed);
	workers_spend(wk, 0, wt->wt_reserved);
	wt->wt_reserved = 0;
	if (worker_one_by_one(wk, conn, taken, claimed) == -1)
		return WORKER_BACK_OFF;
	return WORKER_ONE_BY_ONE;
}

static void *
worker_main(void *arg)
{
	struct workers *wk = arg;
	struct workq_take wt;
	PGconn *conn = NULL;
	int64_t backoff = DB_RETRY_MIN_MS;

	while (worker_take(wk, &wt) == 0) {
		switch (worker_batch(wk, &wt, &conn, backoff)) {
		case WORKER_DONE:
			backoff = DB_RETRY_MIN_MS;
			continue;
		case WORKER_ONE_BY_ONE:
			continue;
		case WORKER_BACK_OFF:
			break;
		}
		workers_spend(wk, 0, wt.wt_reserved);
		if (wt.wt_urgent)
			workers_urgent_again(wk, wt.wt_ids, wt.wt_n, backoff);
		/* What was taken is found again by the scan after the pause. */
		workers_rescan(wk, backoff);
		sched_sleep(&wk->wk_sched, backoff);
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
	int64_t now;

	if (wk == NULL)
		return;
	now = util_mono_ms();
	sched_lock(&wk->wk_sched);
	flood_arrived(&wk->wk_flood, stored, now);
	/* Wake a worker only for what it acts on now (workq_hint). */
	if (workq_hint(&wk->wk_q, contacts, n, urgent, nurgent, now))
		sched_wake(&wk->wk_sched);
	sched_unlock(&wk->wk_sched);
}

static void
workers_join(struct workers *wk, size_t started)
{
	size_t i;

	sched_stop(&wk->wk_sched);
	for (i = 0; i < started; i++)
		pthread_join(wk->wk_threads[i], NULL);
	sched_destroy(&wk->wk_sched);
	workq_free(&wk->wk_q);
	free(wk->wk_threads);
	free(wk);
}

struct workers *
workers_start(struct app *app, char *err, size_t errlen)
{
	const struct config *cfg = app->ap_cfg;
	struct workers *wk;
	size_t i;
	int rc;

	wk = xcalloc(1, sizeof(*wk));
	wk->wk_app = app;
	wk->wk_n = cfg->worker_threads > 0 ? (size_t)cfg->worker_threads : 1;
	wk->wk_threads = xcalloc(wk->wk_n, sizeof(*wk->wk_threads));
	sched_init(&wk->wk_sched, NULL, NULL);
	workq_init(&wk->wk_q, cfg->worker_gather_ms);
	flood_init(&wk->wk_flood, cfg->worker_flood_rate, cfg->worker_flood_pace);
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
