/*
 * store_stats.c — the statements behind the queue gauges of /metrics: how
 * many inbound messages wait for the workers and replies for the sender,
 * and how old the oldest of each is. Read when /metrics is scraped, on the
 * admin listener's thread, through the pool.
 *
 * Both counts read a queue whole (message_in_queue's primary key,
 * message_out_contact_open: the unprocessed and the unsent rows only), up
 * to STATS_BACKLOG_MAX rows each; past that the count stops there and the
 * oldest age is that of the rows counted. The transaction's
 * statement_timeout is STATS_TIMEOUT_MS, so a scrape never waits long on a
 * busy database.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "praatpaal.h"
#include "store.h"
#include "store_stats.h"

enum {
	ST_STATS_TIMEOUT,
	ST_STATS_QUEUES,
	ST_COUNT
};

static const struct db_stmt stmts[ST_COUNT] = {
	/* For this transaction only. */
	[ST_STATS_TIMEOUT] = { "stats_timeout", 0,
	    "SELECT set_config('statement_timeout', '" SQL_NUM(STATS_TIMEOUT_MS) "', true)" },
	/* Backlogs and the ages of their oldest rows, in seconds. */
	[ST_STATS_QUEUES] = { "stats_queues", 0,
	    "SELECT i.n, COALESCE(extract(epoch FROM greatest(now() - i.oldest, '0 s')), 0), "
	    "o.n, COALESCE(extract(epoch FROM greatest(now() - o.oldest, '0 s')), 0) "
	    "FROM (SELECT count(*) AS n, min(s.received_at) AS oldest FROM "
	    "(SELECT m.received_at FROM message_in_queue q JOIN message_in m ON m.id = q.id "
	    "LIMIT " SQL_NUM(STATS_BACKLOG_MAX) ") s) i, "
	    "(SELECT count(*) AS n, min(s.created_at) AS oldest FROM "
	    "(SELECT r.created_at FROM message_out r "
	    "WHERE r.status IN ('held', 'queued', 'sending') "
	    "LIMIT " SQL_NUM(STATS_BACKLOG_MAX) ") s) o" },
};

const struct db_stmt_table store_stats_table = { stmts, ST_COUNT };

/* A cell as seconds (a decimal number): 0, or -1 when it is not one. */
static int
stats_get_seconds(PGresult *res, int col, double *out)
{
	const char *s = PQgetvalue(res, 0, col);
	char *end;
	double v;

	v = strtod(s, &end);
	if (end == s || *end != '\0' || !(v >= 0))
		return -1;
	*out = v;
	return 0;
}

int
db_stats_queues(PGconn *conn, struct metrics_queues *q, char *err, size_t errlen)
{
	PGresult *res = NULL;
	int64_t nin, nout;

	memset(q, 0, sizeof(*q));
	if (db_begin(conn, err, errlen) == -1)
		return -1;
	if ((res = db_stmt_exec(conn, &stmts[ST_STATS_TIMEOUT], NULL, PGRES_TUPLES_OK,
	    err, errlen)) == NULL)
		goto fail;
	PQclear(res);
	if ((res = db_stmt_exec(conn, &stmts[ST_STATS_QUEUES], NULL, PGRES_TUPLES_OK,
	    err, errlen)) == NULL)
		goto fail;
	if (PQntuples(res) != 1 || store_get_i64(res, 0, 0, &nin) == -1 ||
	    store_get_i64(res, 0, 2, &nout) == -1 ||
	    stats_get_seconds(res, 1, &q->mq_in_oldest_s) == -1 ||
	    stats_get_seconds(res, 3, &q->mq_out_oldest_s) == -1) {
		snprintf(err, errlen, "stats: unexpected answer");
		goto fail;
	}
	PQclear(res);
	res = NULL;
	if (db_commit(conn, err, errlen) == -1)
		goto fail;
	q->mq_in_backlog = nin;
	q->mq_out_backlog = nout;
	q->mq_ok = 1;
	return 0;
fail:
	PQclear(res);
	db_rollback(conn);
	memset(q, 0, sizeof(*q));
	return -1;
}
