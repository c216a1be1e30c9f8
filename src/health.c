/*
 * health.c — the operator's endpoints. /healthz answers as long as the
 * process runs; /readyz asks the database for its schema version through
 * the pool (503 with the reason when it cannot, or when the schema is not
 * the one this binary needs); /metrics (on the admin listener) renders the
 * counters (metrics.h) and the queues read from the database for the
 * scrape (store_stats.h; without them when the database does not answer).
 *
 * Locking: none here; the pool and the counters have their own.
 */
#include <stdio.h>
#include <string.h>

#include <microhttpd.h>

#include "db.h"
#include "store_schema.h"
#include "store_stats.h"
#include "log.h"
#include "health.h"
#include "metrics.h"
#include "migrate.h"
#include "request.h"
#include "util.h"

#define HEALTH_METRICS_MAX	(1024 * 1024)	/* bytes of a /metrics answer */

static enum MHD_Result
health_live(struct request *rq, const char *method)
{
	return request_reply(rq, MHD_HTTP_OK, "text/plain; charset=utf-8", "ok\n", 3);
}

/* The database's schema version through a pooled connection: 0, or -1 with err. */
static int
health_db_version(struct db_pool *pool, int *version, char *err, size_t errlen)
{
	PGconn *conn;
	int rc;

	if ((conn = db_acquire(pool, err, errlen)) == NULL)
		return -1;
	rc = db_schema_version(conn, version, err, errlen);
	db_release(pool, conn);		/* a broken connection is closed here */
	return rc;
}

static enum MHD_Result
health_ready(struct request *rq, const char *method)
{
	struct app *app = rq->rq_app;
	char err[256], msg[320];
	int version = 0, latest = migrate_latest();

	/* Once more on failure: a pooled connection may predate a database restart. */
	if (health_db_version(app->ap_pool, &version, err, sizeof(err)) == -1 &&
	    health_db_version(app->ap_pool, &version, err, sizeof(err)) == -1) {
		snprintf(msg, sizeof(msg), "database unavailable: %s", err);
		return request_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE, msg);
	}
	if (version != latest) {
		snprintf(msg, sizeof(msg), "database schema is at version %d, this binary needs %d",
		    version, latest);
		return request_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE, msg);
	}
	return request_reply(rq, MHD_HTTP_OK, "text/plain; charset=utf-8", "ready\n", 6);
}

/* The queues' figures through a pooled connection; q->mq_ok 0 when they could not be read. */
static void
health_queues(struct db_pool *pool, struct metrics_queues *q)
{
	char err[256];
	PGconn *conn;

	q->mq_ok = 0;
	if ((conn = db_acquire(pool, err, sizeof(err))) == NULL)
		return;
	if (db_stats_queues(conn, q, err, sizeof(err)) == -1) {
		metrics_db_error();
		log_warn("metrics queues_unread error=\"%s\"", err);
	}
	db_release(pool, conn);
}

static enum MHD_Result
health_metrics(struct request *rq, const char *method)
{
	struct metrics_queues q;
	struct buf b;
	enum MHD_Result ret;

	health_queues(rq->rq_app->ap_pool, &q);
	buf_init(&b, HEALTH_METRICS_MAX);
	if (metrics_render(&b) == -1 || metrics_render_service(&b, &q) == -1) {
		buf_free(&b);
		return request_reply_error(rq, MHD_HTTP_INTERNAL_SERVER_ERROR, "metrics too large");
	}
	ret = request_reply(rq, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8",
	    b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	return ret;
}

const struct handler health_live_handler = { .hd_body = health_live };
const struct handler health_ready_handler = { .hd_body = health_ready };
const struct handler health_metrics_handler = { .hd_body = health_metrics };
