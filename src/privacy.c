/*
 * privacy.c — conversations close on their own, retention and erasure.
 *
 * Inside `serve` one thread runs every [privacy] jobs_interval seconds:
 *   - the sweeper closes bot chats idle past their flow's expire_minutes
 *     and queued / assigned chats unchanged for [privacy]
 *     close_queued_after / close_assigned_after (outcome 'expired'), so
 *     that research copies get written and retention can apply;
 *   - pending erasure requests ("verwijder" confirmed in chat) are carried
 *     out, each once its confirmation in chat was sent;
 *   - once a day (PURGE_PERIOD_S, and at start) retention removes raw
 *     messages, conversations and contacts older than [privacy]
 *     retention_days, in batches of their own short transactions.
 * The statements (store_privacy.c) are safe with several daemons: SKIP
 * LOCKED and the contact's advisory lock. Logs name counts only.
 *
 * No lock: everything here belongs to the jobs thread.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "config.h"
#include "db.h"
#include "dialogue.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "privacy.h"
#include "scheduler.h"
#include "store_privacy.h"
#include "util.h"

struct privacy_jobs {
	struct app	*pj_app;
	pthread_t	 pj_thread;
	struct sched	 pj_sched;
	PGconn		*pj_conn;
	int64_t		 pj_purge_at;	/* mono ms: the next retention run */
};

int
privacy_erase_pending(PGconn *conn, const char *via, size_t max, size_t *n,
    char *err, size_t errlen)
{
	int64_t cid;

	*n = 0;
	while (*n < max) {
		if (db_privacy_erasure_next(conn, &cid, err, errlen) == -1)
			return -1;
		if (cid == 0)
			break;
		if (db_privacy_erase_contact(conn, cid, via, 0, err, errlen) == -1)
			return -1;
		(*n)++;
	}
	return 0;
}

int
privacy_erase_pseudonym(PGconn *conn, const char *pseudonym, const char *via, int64_t staff_id,
    size_t *n, char *err, size_t errlen)
{
	int64_t ids[ERASE_CONTACTS_MAX];
	size_t nids = 0, req;

	*n = 0;
	if (db_privacy_contacts_of(conn, pseudonym, ids, &nids, err, errlen) == -1)
		return -1;
	if (nids == 0)
		return 0;
	if (db_privacy_erasure_request(conn, pseudonym, &req, err, errlen) == -1)
		return -1;
	for (size_t i = 0; i < nids; i++) {
		if (db_privacy_erase_contact(conn, ids[i], via, staff_id, err, errlen) == -1)
			return -1;
		(*n)++;
	}
	return 0;
}

/*
 * Retention in batches until nothing is left (or stop is set). After each
 * batch it rests at least as long as the batch took (and PURGE_PAUSE_MS),
 * and long enough that at most PURGE_MSGS_PER_S messages and replies go a
 * second: a purge of a year's backlog takes at most half of a core, and
 * dirties old pages (each a full-page image in the WAL after a checkpoint,
 * each to be written out again) no faster than the background writer and
 * the checkpointer write them, so that ingest's commits and buffers do not
 * wait behind it.
 */
static int
privacy_purge_all(PGconn *conn, long long days, struct purge_counts *pc, struct sched *stop,
    char *err, size_t errlen)
{
	struct timespec ts;
	int64_t t0, took, rest;
	long long rows;
	size_t n;

	memset(pc, 0, sizeof(*pc));
	for (;;) {
		t0 = util_mono_ms();
		rows = pc->pc_message_in + pc->pc_message_out;
		if (db_privacy_purge_batch(conn, days, pc, &n, err, errlen) == -1)
			return -1;
		if (n == 0 || (stop != NULL && sched_stopping(stop)))
			break;
		rows = pc->pc_message_in + pc->pc_message_out - rows;
		took = util_mono_ms() - t0;
		rest = took > PURGE_PAUSE_MS ? took : PURGE_PAUSE_MS;
		if (rest < rows * 1000 / PURGE_MSGS_PER_S - took)
			rest = rows * 1000 / PURGE_MSGS_PER_S - took;
		if (stop != NULL) {
			sched_sleep(stop, rest);
		} else {
			ts.tv_sec = (time_t)(rest / 1000);
			ts.tv_nsec = (long)(rest % 1000) * 1000000L;
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}

static void
privacy_run(struct privacy_jobs *pj)
{
	const struct config *cfg = pj->pj_app->ap_cfg;
	struct purge_counts pc;
	char err[512], *exp = NULL;
	size_t closed = 0, n, erased = 0;

	if (pj->pj_conn == NULL &&
	    (pj->pj_conn = db_connect_as(cfg->db_url, "praatpaal privacy jobs", err,
	    sizeof(err))) == NULL) {
		log_warn("privacy_jobs db_unavailable error=\"%s\"", err);
		metrics_db_error();
		return;
	}
	if ((exp = dialogue_flow_expiries(pj->pj_app->ap_dialogue)) == NULL) {
		snprintf(err, sizeof(err), "out of memory");
		goto fail;
	}
	do {
		if (db_privacy_sweep(pj->pj_conn, exp, PRIVACY_NOFLOW_MIN, cfg->close_queued_after,
		    cfg->close_assigned_after, &n, err, sizeof(err)) == -1)
			goto fail;
		closed += n;
	} while (n == PRIVACY_SWEEP_BATCH && !sched_stopping(&pj->pj_sched));
	if (closed > 0)
		log_info("privacy_sweep closed=%zu", closed);
	if (privacy_erase_pending(pj->pj_conn, "chat", PRIVACY_ERASE_MAX, &erased, err,
	    sizeof(err)) == -1)
		goto fail;
	if (erased > 0)
		log_info("privacy_erase contacts=%zu", erased);
	if (util_mono_ms() >= pj->pj_purge_at) {
		if (privacy_purge_all(pj->pj_conn, cfg->retention_days, &pc, &pj->pj_sched, err,
		    sizeof(err)) == -1)
			goto fail;
		pj->pj_purge_at = util_mono_ms() + (int64_t)PURGE_PERIOD_S * 1000;
		log_info("privacy_purge message_in=%lld message_out=%lld conversation=%lld "
		    "contact=%lld", pc.pc_message_in, pc.pc_message_out, pc.pc_conversation,
		    pc.pc_contact);
	}
	free(exp);
	return;
fail:
	free(exp);
	log_error("privacy_jobs failed error=\"%s\"", err);
	metrics_db_error();
	if (PQtransactionStatus(pj->pj_conn) != PQTRANS_IDLE)
		db_rollback(pj->pj_conn);
	if (!db_alive(pj->pj_conn)) {
		db_close(pj->pj_conn);
		pj->pj_conn = NULL;
	}
}

static void *
privacy_main(void *arg)
{
	struct privacy_jobs *pj = arg;

	while (!sched_stopping(&pj->pj_sched)) {
		privacy_run(pj);
		sched_sleep(&pj->pj_sched, pj->pj_app->ap_cfg->privacy_jobs_interval * 1000);
	}
	return NULL;
}

struct privacy_jobs *
privacy_jobs_start(struct app *app, char *err, size_t errlen)
{
	struct privacy_jobs *pj = xcalloc(1, sizeof(*pj));
	int rc;

	pj->pj_app = app;
	sched_init(&pj->pj_sched, NULL, NULL);
	if ((rc = pthread_create(&pj->pj_thread, NULL, privacy_main, pj)) != 0) {
		snprintf(err, errlen, "cannot start the privacy jobs thread: %s", strerror(rc));
		sched_destroy(&pj->pj_sched);
		free(pj);
		return NULL;
	}
	(void)pthread_setname_np(pj->pj_thread, "privacy-jobs");
	return pj;
}

void
privacy_jobs_stop(struct privacy_jobs *pj)
{
	if (pj == NULL)
		return;
	sched_stop(&pj->pj_sched);
	pthread_join(pj->pj_thread, NULL);
	if (pj->pj_conn != NULL)
		db_close(pj->pj_conn);
	sched_destroy(&pj->pj_sched);
	free(pj);
}

int
privacy_cmd_purge(const struct config *cfg, int argc, char **argv)
{
	struct purge_counts pc;
	PGconn *conn;
	char err[512];
	size_t erased = 0;
	int dry = 0, rc = 1;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--dry-run") == 0) {
			dry = 1;
			continue;
		}
		fprintf(stderr, "praatpaal: purge: unknown argument \"%s\"\n"
		    "usage: praatpaal purge [--dry-run]\n", argv[i]);
		return 2;
	}
	if ((conn = db_connect(cfg->db_url, err, sizeof(err))) == NULL) {
		fprintf(stderr, "praatpaal: purge: %s\n", err);
		return 1;
	}
	if (dry) {
		if (db_privacy_purge_count(conn, cfg->retention_days, &pc, err, sizeof(err)) == -1)
			goto fail;
	} else if (privacy_erase_pending(conn, "purge", SIZE_MAX, &erased, err,
	    sizeof(err)) == -1 ||
	    privacy_purge_all(conn, cfg->retention_days, &pc, NULL, err, sizeof(err)) == -1)
		goto fail;
	printf("%s (retention_days %lld)\n", dry ? "would remove" : "removed", cfg->retention_days);
	printf("message_in\t%lld\nmessage_out\t%lld\nconversation\t%lld\ncontact\t%lld\n",
	    pc.pc_message_in, pc.pc_message_out, pc.pc_conversation, pc.pc_contact);
	if (!dry)
		printf("erased\t%zu\n", erased);
	rc = 0;
	goto done;
fail:
	fprintf(stderr, "praatpaal: purge: %s\n", err);
done:
	db_close(conn);
	return rc;
}

int
privacy_cmd_erase(const struct config *cfg, int argc, char **argv)
{
	PGconn *conn;
	char err[512];
	size_t erased = 0;
	int rc = 1;

	if (argc != 3 || strcmp(argv[1], "--pseudonym") != 0 || argv[2][0] == '\0') {
		fprintf(stderr, "usage: praatpaal erase --pseudonym P\n");
		return 2;
	}
	if ((conn = db_connect(cfg->db_url, err, sizeof(err))) == NULL) {
		fprintf(stderr, "praatpaal: erase: %s\n", err);
		return 1;
	}
	if (privacy_erase_pseudonym(conn, argv[2], "cli", 0, &erased, err, sizeof(err)) == -1)
		goto fail;
	if (erased == 0) {
		fprintf(stderr, "praatpaal: erase: no contact with pseudonym \"%s\"\n", argv[2]);
		goto done;
	}
	printf("erased %zu contact%s\n", erased, erased == 1 ? "" : "s");
	rc = 0;
	goto done;
fail:
	fprintf(stderr, "praatpaal: erase: %s\n", err);
done:
	db_close(conn);
	return rc;
}
