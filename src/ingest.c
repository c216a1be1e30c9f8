/*
 * ingest.c — group commit of webhook deliveries.
 *
 * Webhook handlers (MHD threads) queue jobs, each a parsed delivery with
 * callbacks to hold and to answer its request; one ingest thread takes
 * everything queued (at most INGEST_BATCH_MAX), stores it with db_ingest
 * in one transaction per channel and calls each job's ij_done with its
 * status (200 stored, 503 not). A request is acknowledged only after its
 * commit, and one commit serves many requests: that is what makes
 * thousands of acknowledged webhooks a second possible.
 *
 * While webhooks arrive quickly (the batch before was taken less than
 * INGEST_GATHER_RECENT gather windows ago), a batch waits up to
 * [http] ack_gather_us for company, until INGEST_GATHER_JOBS wait or a
 * message with crisis words comes: at a thousand a second a commit then
 * serves several webhooks instead of one or two. A webhook that comes
 * alone is committed at once, and a wait that gained nothing (a provider
 * sending one webhook after another on one connection) is not tried again
 * for the next INGEST_GATHER_SKIP batches.
 *
 * Locking: ig_lock guards the queue, ig_closing, ig_fail_until,
 * ig_gathering and ig_urgent. The
 * thread's connection is touched by the thread only. A queued job belongs
 * to ingest from ingest_submit until its ij_done is called; after that it
 * is never touched here again.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

#include "config.h"
#include "db.h"
#include "store_ingest.h"
#include "ingest.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "scrub.h"
#include "sender.h"
#include "util.h"
#include "worker.h"

struct ingest {
	struct app		*ig_app;
	pthread_t		 ig_thread;
	pthread_mutex_t		 ig_lock;
	pthread_cond_t		 ig_cond;
	struct ingest_job	*ig_head;	/* FIFO of waiting jobs */
	struct ingest_job	*ig_tail;
	size_t			 ig_len;
	int			 ig_closing;	/* refuse new submissions, drain, exit */
	int64_t			 ig_fail_until;	/* monotonic ms: answer 503 at once until then */
	size_t			 ig_refused;	/* submissions refused since the last line about them */
	int64_t			 ig_refused_logged; /* monotonic ms of that line */
	int			 ig_gathering;	/* the thread waits for company */
	int			 ig_urgent;	/* a job with crisis words waits */
	atomic_long		 ig_outstanding; /* submitted, not yet answered */
	int			 ig_joined;	/* ingest_stop ran */
	PGconn			*ig_conn;	/* the thread's own connection */
};

/* The statuses a job ends with. */
#define INGEST_STORED		200	/* committed: acknowledge */
#define INGEST_UNAVAILABLE	503	/* not stored: the provider retries */

int
ingest_submit(struct ingest *ig, struct ingest_job *job)
{
	const char *why = NULL;
	int64_t now = util_mono_ms();
	size_t n = 0;

	pthread_mutex_lock(&ig->ig_lock);
	if (ig->ig_closing)
		why = "shutting down";
	else if (ig->ig_len >= INGEST_QUEUE_MAX)
		why = "too many webhooks waiting for a commit (INGEST_QUEUE_MAX)";
	else if (now < ig->ig_fail_until)
		why = "database unavailable";
	if (why != NULL) {
		ig->ig_refused++;
		if (now - ig->ig_refused_logged >= INGEST_REFUSED_LOG_MS) {
			n = ig->ig_refused;
			ig->ig_refused = 0;
			ig->ig_refused_logged = now;
		}
		pthread_mutex_unlock(&ig->ig_lock);
		if (n > 0)
			log_warn("ingest refused n=%zu status=503 reason=\"%s\"", n, why);
		return -1;
	}
	/*
	 * Hold before the job is visible to the thread (both under the lock),
	 * so its request can never be resumed before it is suspended.
	 */
	job->ij_next = NULL;
	job->ij_hold(job->ij_arg);
	if (ig->ig_tail != NULL)
		ig->ig_tail->ij_next = job;
	else
		ig->ig_head = job;
	ig->ig_tail = job;
	ig->ig_len++;
	atomic_fetch_add(&ig->ig_outstanding, 1);
	if (payload_urgent(job->ij_payload))
		ig->ig_urgent = 1;
	/* A gathering thread is woken only when its wait should end. */
	if (!ig->ig_gathering || ig->ig_urgent || ig->ig_len >= INGEST_GATHER_JOBS)
		pthread_cond_signal(&ig->ig_cond);
	pthread_mutex_unlock(&ig->ig_lock);
	return 0;
}

void
ingest_answered(struct ingest *ig)
{
	atomic_fetch_sub(&ig->ig_outstanding, 1);
}

/* Is the thread's connection usable? Drop it if not, and fail fast a while. */
static void
ingest_check_conn(struct ingest *ig)
{
	if (ig->ig_conn != NULL && db_alive(ig->ig_conn))
		return;
	if (ig->ig_conn != NULL)
		db_close(ig->ig_conn);
	ig->ig_conn = NULL;
	pthread_mutex_lock(&ig->ig_lock);
	ig->ig_fail_until = util_mono_ms() + INGEST_FAIL_FAST_MS;
	pthread_mutex_unlock(&ig->ig_lock);
}

/* Make sure the thread has a connection: 0, or -1 (fail fast for a while). */
static int
ingest_connect(struct ingest *ig)
{
	const struct config *cfg = ig->ig_app->ap_cfg;
	char err[256];
	int64_t until;

	if (ig->ig_conn != NULL)
		return 0;
	pthread_mutex_lock(&ig->ig_lock);
	until = ig->ig_fail_until;
	pthread_mutex_unlock(&ig->ig_lock);
	if (util_mono_ms() < until)
		return -1;
	ig->ig_conn = db_connect_as(cfg->db_url, "praatpaal ingest", err, sizeof(err));
	if (ig->ig_conn == NULL) {
		log_error("ingest db_unavailable error=\"%s\"", err);
		metrics_db_error();
		ingest_check_conn(ig);
		return -1;
	}
	log_info("ingest db_connected");
	return 0;
}

/*
 * Sends a status webhook recorded because their answer never was (the
 * echo named their row): counted, and the replies promoted behind them
 * named to the sender.
 */
static void
ingest_resolved(struct ingest *ig, const struct ingested *ing)
{
	if (ing->ing_resolved == 0)
		return;
	metrics_doubt_resolved(ing->ing_resolved);
	log_info("send resolved_by_status rows=%zu", ing->ing_resolved);
	if (ing->ing_promote_failed)
		log_warn("ingest promote_failed reason=\"the next replies of these contacts "
		    "wait for the sender's sweep\"");
	sender_hint(ig->ig_app->ap_sender, ing->ing_heads.il_ids, ing->ing_heads.il_n);
}

/*
 * Store n payloads of one channel in one transaction: 0, or -1 when the
 * database is unreachable or the commit failed (nothing of it stored).
 */
static int
ingest_commit(struct ingest *ig, struct payload *const *pls, size_t n, enum channel ch)
{
	const struct config *cfg = ig->ig_app->ap_cfg;
	struct ingested ing;
	char err[256], safe[256];
	size_t stored, total = 0, i;

	if (n == 0)
		return 0;
	if (ingest_connect(ig) == -1)
		return -1;
	if (db_ingest(ig->ig_conn, pls, n, cfg->pseudonym_key, &ing, err, sizeof(err)) == -1) {
		scrub_numbers(err, safe, sizeof(safe));
		log_error("ingest commit_failed channel=%s requests=%zu error=\"%s\"",
		    channel_name(ch), n, safe);
		metrics_db_error();
		db_rollback(ig->ig_conn);
		ingest_check_conn(ig);
		return -1;
	}
	stored = ing.ing_stored;
	for (i = 0; i < ing.ing_nmerged; i++)
		log_info("contact_merged conv=%s merged=%s channel=%s",
		    ing.ing_merged[i].cm_survivor_ps, ing.ing_merged[i].cm_merged_ps,
		    channel_name(ch));
	metrics_contacts_merged(ing.ing_nmerged);
	for (i = 0; i < n; i++)
		total += pls[i]->pl_nmsgs;
	metrics_ingest_batch(n);
	metrics_messages_stored(ch, stored);
	if (total > stored)
		metrics_duplicates(total - stored);
	log_debug("ingest committed channel=%s requests=%zu messages=%zu stored=%zu",
	    channel_name(ch), n, total, stored);
	if (stored > 0 && ig->ig_app->ap_workers != NULL)
		workers_hint(ig->ig_app->ap_workers, ing.ing_contacts.il_ids,
		    ing.ing_contacts.il_n, ing.ing_urgent.il_ids, ing.ing_urgent.il_n, stored);
	ingest_resolved(ig, &ing);
	db_ingested_free(&ing);
	return 0;
}

/*
 * Commit the jobs of one channel, setting each one's status. When the
 * shared commit fails but the database is still there, one job's data
 * was refused: each is then stored on its own, so one bad delivery cannot
 * keep the others from being acknowledged (they would be retried with it
 * for days).
 */
static void
ingest_channel(struct ingest *ig, struct ingest_job **jobs, size_t n, enum channel ch)
{
	struct payload *pls[INGEST_BATCH_MAX];
	size_t i;

	if (n == 0)
		return;
	for (i = 0; i < n; i++)
		pls[i] = jobs[i]->ij_payload;
	if (ingest_commit(ig, pls, n, ch) == 0) {
		for (i = 0; i < n; i++)
			jobs[i]->ij_status = INGEST_STORED;
		return;
	}
	for (i = 0; i < n; i++) {
		if (n > 1 && ig->ig_conn != NULL && ingest_commit(ig, &pls[i], 1, ch) == 0)
			jobs[i]->ij_status = INGEST_STORED;
		else
			jobs[i]->ij_status = INGEST_UNAVAILABLE;
	}
}

/* Commit one batch (a list linked through ij_next) and finish every job. */
static void
ingest_batch(struct ingest *ig, struct ingest_job *batch)
{
	struct ingest_job *wa[INGEST_BATCH_MAX], *sms[INGEST_BATCH_MAX];
	struct ingest_job *job, *next;
	size_t nwa = 0, nsms = 0;

	for (job = batch; job != NULL; job = job->ij_next) {
		if (job->ij_channel == CHANNEL_SMS)
			sms[nsms++] = job;
		else
			wa[nwa++] = job;
	}
	/* One transaction per channel, so the stored counts are per channel. */
	ingest_channel(ig, wa, nwa, CHANNEL_WHATSAPP);
	ingest_channel(ig, sms, nsms, CHANNEL_SMS);

	for (job = batch; job != NULL; job = next) {
		next = job->ij_next;
		job->ij_next = NULL;
		job->ij_done(job->ij_arg, job->ij_status);	/* the job is the submitter's again */
	}
}

/*
 * With ig_lock held and a job queued: wait for company until deadline
 * (monotonic µs), INGEST_GATHER_JOBS jobs, a job with crisis words or
 * the close.
 */
static void
ingest_gather(struct ingest *ig, int64_t deadline)
{
	struct timespec ts;

	ts.tv_sec = (time_t)(deadline / 1000000);
	ts.tv_nsec = (long)(deadline % 1000000) * 1000;
	ig->ig_gathering = 1;
	while (ig->ig_len < INGEST_GATHER_JOBS && !ig->ig_urgent && !ig->ig_closing &&
	    pthread_cond_timedwait(&ig->ig_cond, &ig->ig_lock, &ts) != ETIMEDOUT)
		;
	ig->ig_gathering = 0;
}

static void *
ingest_main(void *arg)
{
	struct ingest *ig = arg;
	struct ingest_job *batch, *last;
	int64_t gather = ig->ig_app->ap_cfg->http_ack_gather_us, taken = INT64_MIN / 2, now;
	size_t n;
	int skip = 0;

	for (;;) {
		pthread_mutex_lock(&ig->ig_lock);
		while (ig->ig_head == NULL && !ig->ig_closing)
			pthread_cond_wait(&ig->ig_cond, &ig->ig_lock);
		if (ig->ig_head == NULL) {	/* closing and drained */
			pthread_mutex_unlock(&ig->ig_lock);
			break;
		}
		now = util_mono_us();
		if (skip > 0) {
			skip--;
		} else if (gather > 0 && now - taken < INGEST_GATHER_RECENT * gather) {
			n = ig->ig_len;
			ingest_gather(ig, now + gather);
			if (ig->ig_len == n)
				skip = INGEST_GATHER_SKIP;
		}
		taken = util_mono_us();
		batch = last = ig->ig_head;
		n = 1;
		while (n < INGEST_BATCH_MAX && last->ij_next != NULL) {
			last = last->ij_next;
			n++;
		}
		/* A crisis job may still wait behind this batch: then no gathering next. */
		if (last->ij_next == NULL)
			ig->ig_urgent = 0;
		ig->ig_head = last->ij_next;
		if (ig->ig_head == NULL)
			ig->ig_tail = NULL;
		last->ij_next = NULL;
		ig->ig_len -= n;
		pthread_mutex_unlock(&ig->ig_lock);

		ingest_batch(ig, batch);
	}
	return NULL;
}

struct ingest *
ingest_start(struct app *app, char *err, size_t errlen)
{
	struct ingest *ig;
	pthread_condattr_t ca;
	int rc;

	ig = xcalloc(1, sizeof(*ig));
	ig->ig_app = app;
	atomic_init(&ig->ig_outstanding, 0);
	pthread_mutex_init(&ig->ig_lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);	/* ingest_gather's deadline */
	pthread_cond_init(&ig->ig_cond, &ca);
	pthread_condattr_destroy(&ca);
	if ((rc = pthread_create(&ig->ig_thread, NULL, ingest_main, ig)) != 0) {
		snprintf(err, errlen, "cannot start the ingest thread: %s", strerror(rc));
		pthread_cond_destroy(&ig->ig_cond);
		pthread_mutex_destroy(&ig->ig_lock);
		free(ig);
		return NULL;
	}
	(void)pthread_setname_np(ig->ig_thread, "ingest");	/* for top -H, perf */
	return ig;
}

void
ingest_stop(struct ingest *ig, int grace_ms)
{
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	int64_t deadline;
	long left;

	if (ig == NULL || ig->ig_joined)
		return;
	ig->ig_joined = 1;
	pthread_mutex_lock(&ig->ig_lock);
	ig->ig_closing = 1;
	pthread_cond_broadcast(&ig->ig_cond);
	pthread_mutex_unlock(&ig->ig_lock);
	pthread_join(ig->ig_thread, NULL);

	/* Every queued job is finished; wait until its request was answered. */
	deadline = util_mono_ms() + grace_ms;
	while ((left = atomic_load(&ig->ig_outstanding)) > 0 && util_mono_ms() < deadline)
		nanosleep(&ts, NULL);
	if (left > 0)
		log_warn("ingest stop_unanswered requests=%ld", left);
	if (ig->ig_conn != NULL)
		db_close(ig->ig_conn);
	ig->ig_conn = NULL;
}

void
ingest_free(struct ingest *ig)
{
	if (ig == NULL)
		return;
	pthread_cond_destroy(&ig->ig_cond);
	pthread_mutex_destroy(&ig->ig_lock);
	free(ig);
}
