/*
 * research.c — the research copy job (include/research.h). One thread with
 * its own connection; each run is one transaction of store_research.c
 * (db_research_copy_run) and runs again at once while a batch came back
 * full. The scrubber's lists are loaded once at start.
 *
 * No lock: everything here belongs to the job's thread.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "metrics.h"
#include "pii.h"
#include "praatpaal.h"
#include "research.h"
#include "scheduler.h"
#include "store_research.h"
#include "util.h"

/* What stands in the copy for a text too long to scrub. */
#define RESEARCH_TOO_LONG	"[TE_LANG]"

struct research {
	struct app		*rs_app;
	pthread_t		 rs_thread;
	struct sched		 rs_sched;	/* the stop flag and the sleep */
	PGconn			*rs_conn;
	int64_t			 rs_retry_at;	/* mono ms: connect again from then */
	int64_t			 rs_backoff;
	struct pii_lists	*rs_pii;	/* NULL: no copy is made */
};

static char *
research_scrub(void *ctx, const char *text, const char *const *names, size_t nnames)
{
	const struct pii_lists *pl = ctx;
	char *s;

	/* Longer than the scrubber takes: the text is left out, never kept raw. */
	if ((s = pii_scrub(pl, text, names, nnames, NULL)) == NULL)
		s = xstrdup(RESEARCH_TOO_LONG);
	return s;
}

static PGconn *
research_conn(struct research *rs)
{
	char err[256];

	if (rs->rs_conn != NULL)
		return rs->rs_conn;
	if (util_mono_ms() < rs->rs_retry_at)
		return NULL;
	rs->rs_conn = db_connect_as(rs->rs_app->ap_cfg->db_url, "praatpaal research", err,
	    sizeof(err));
	if (rs->rs_conn == NULL) {
		rs->rs_backoff = rs->rs_backoff == 0 ? DB_RETRY_MIN_MS :
		    rs->rs_backoff * 2 > DB_RETRY_MAX_MS ? DB_RETRY_MAX_MS : rs->rs_backoff * 2;
		log_warn("research db_unavailable error=\"%s\" retry_ms=%lld", err,
		    (long long)rs->rs_backoff);
		metrics_db_error();
		rs->rs_retry_at = util_mono_ms() + rs->rs_backoff;
		return NULL;
	}
	rs->rs_backoff = 0;
	return rs->rs_conn;
}

/* One run; 1 when the batch was full (run again), 0 otherwise. */
static int
research_run(struct research *rs)
{
	PGconn *conn;
	size_t copied, skipped;
	char err[256];

	if (rs->rs_pii == NULL || (conn = research_conn(rs)) == NULL)
		return 0;
	if (db_research_copy_run(conn, research_scrub, rs->rs_pii, &copied, &skipped, err,
	    sizeof(err)) == -1) {
		log_error("research_copy failed error=\"%s\"", err);
		metrics_db_error();
		if (!db_alive(conn)) {
			db_close(conn);
			rs->rs_conn = NULL;
		}
		return 0;
	}
	if (copied + skipped > 0)
		log_info("research_copy copied=%zu skipped=%zu", copied, skipped);
	return copied + skipped >= RESEARCH_COPY_BATCH;
}

static void *
research_main(void *arg)
{
	struct research *rs = arg;

	while (!sched_stopping(&rs->rs_sched)) {
		if (research_run(rs))
			continue;
		sched_sleep(&rs->rs_sched, RESEARCH_COPY_MS);
	}
	return NULL;
}

struct research *
research_start(struct app *app, char *err, size_t errlen)
{
	struct research *rs = xcalloc(1, sizeof(*rs));
	char perr[256];
	int rc;

	rs->rs_app = app;
	if ((rs->rs_pii = pii_load(app->ap_cfg->pii_lists, perr, sizeof(perr))) == NULL)
		log_error("research_copy disabled error=\"%s\"", perr);
	sched_init(&rs->rs_sched, NULL, NULL);
	if ((rc = pthread_create(&rs->rs_thread, NULL, research_main, rs)) != 0) {
		snprintf(err, errlen, "cannot start the research thread: %s", strerror(rc));
		sched_destroy(&rs->rs_sched);
		pii_free(rs->rs_pii);
		free(rs);
		return NULL;
	}
	(void)pthread_setname_np(rs->rs_thread, "research");
	return rs;
}

void
research_stop(struct research *rs)
{
	if (rs == NULL)
		return;
	sched_stop(&rs->rs_sched);
	pthread_join(rs->rs_thread, NULL);
	if (rs->rs_conn != NULL)
		db_close(rs->rs_conn);
	sched_destroy(&rs->rs_sched);
	pii_free(rs->rs_pii);
	free(rs);
}
