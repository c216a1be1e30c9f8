/*
 * plans.c — the plan every prepared statement of the daemon runs with.
 *
 *   build/tests/plans DATABASE_URL [OUT]
 *
 * Connects the way the daemon does (db_connect: its planner settings),
 * prepares each statement of every store (src/store_*.c, listed by
 * db_statement) and prints its generic plan (the one a daemon caches and
 * runs for as long as it lives) to OUT or stdout. The
 * daemon's tables grow from empty to millions of rows under a plan made
 * once, so a plan must not read a table whole: it fails (exit 1) when a
 * plan has a sequential scan, or an index scan without a condition on the
 * index's leading column, except in the statements listed in full_scan_ok, which read an index in
 * order up to a LIMIT or on purpose. Run it against a freshly migrated,
 * empty database: that is when estimates are smallest and plans worst.
 * Exit 2: it could not run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "db.h"

/* Statements allowed an index scan without a condition, and why. */
static const struct {
	const char	*name;
	const char	*why;
} full_scan_ok[] = {
	{ "claim_urgent", "reads message_in_queue_urgent (unprocessed crisis messages only) in id order up to its "
	    "LIMIT" },
	{ "outbox_claim", "reads message_out_ready in due order up to its LIMIT" },
	{ "outbox_next_due", "min() of two partial indexes: the first entry of each" },
	{ "outbox_requeue", "message_out_lease, entries whose lease ran out" },
	{ "outbox_release", "the rows being sent (message_out_lease), only after a claim "
	    "whose answer was lost with the database" },
	{ "outbox_unstrand", "every open reply, every SENDER_REQUEUE_MS (a sweep)" },
	{ "events_recent", "the newest EVENTS_RING_MAX events, console_event_pkey backwards up to "
	    "its LIMIT, once when the events hub starts" },
	{ "staff_list", "every account, for `praatpaal staff list` (a handful of rows)" },
	{ "audit_list", "reads audit_pkey backwards up to its LIMIT (API_PAGE_MAX + 1)" },
	{ "console_stats", "today's figures for a supervisor's page: the day's conversations "
	    "and queue waits" },
	{ "jobs_idle", "every assigned chat (conversation_assigned: at most max_chats a "
	    "counsellor), once a second" },
	{ "console_queue", "conversation_queue_order (waiting chats only) in the queue's order up to "
	    "its LIMIT (API_QUEUE_PAGE), and counts them" },
	{ "console_convs", "a supervisor's every waiting chat: a partial index of waiting chats only "
	    "(conversation_queue_order or conversation_queue, all three teams), up to its LIMIT" },
	{ "console_next", "conversation_queue_order (waiting chats only) in the queue's order: the "
	    "first of my teams not locked (LIMIT 1, SKIP LOCKED)" },
	{ "research_names", "every staff login and alias (a few hundred rows), once per research "
	    "copy run with work" },
	{ "research_conv_claim", "conversation_research_todo (closed chats not yet copied only) "
	    "in id order up to its LIMIT (RESEARCH_COPY_BATCH)" },
	{ "research_story_claim", "story_research_todo (stories not yet copied only) in id order "
	    "up to its LIMIT (RESEARCH_COPY_BATCH)" },
	{ "stats_queues", "the inbound queue and the unsent rows' partial index, up to "
	    "STATS_BACKLOG_MAX each, once a /metrics scrape" },
	{ "privacy_sweep", "the sweeper: every open chat (conversation_open) and the inbound "
	    "queue, once every [privacy] jobs_interval, up to its LIMIT" },
};

static int
allowed(const char *name)
{
	for (size_t i = 0; i < sizeof(full_scan_ok) / sizeof(full_scan_ok[0]); i++)
		if (strcmp(full_scan_ok[i].name, name) == 0)
			return 1;
	return 0;
}

/*
 * The leading column of index name (the text after "using " up to the next
 * blank), in col; 0, or -1 when unknown.
 */
static int
leading_column(PGconn *conn, const char *using, char *col, size_t collen)
{
	char name[128];
	const char *vals[1] = { name };
	size_t n = strcspn(using, " ");
	PGresult *res;
	int rc = -1;

	if (n >= sizeof(name))
		return -1;
	memcpy(name, using, n);
	name[n] = '\0';
	res = PQexecParams(conn, "SELECT a.attname FROM pg_index i "
	    "JOIN pg_class c ON c.oid = i.indexrelid "
	    "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
	    "WHERE c.relname = $1", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 &&
	    (size_t)snprintf(col, collen, "%s", PQgetvalue(res, 0, 0)) < collen)
		rc = 0;
	PQclear(res);
	return rc;
}

/* 1 when the word col (a column name) appears in s. */
static int
mentions(const char *s, const char *col)
{
	size_t n = strlen(col);

	for (const char *p = strstr(s, col); p != NULL; p = strstr(p + 1, col)) {
		char before = p == s ? ' ' : p[-1], after = p[n];

		if ((before == '(' || before == '.' || before == ' ') &&
		    (after == ' ' || after == ')'))
			return 1;
	}
	return 0;
}

/*
 * 1 when the plan text reads a table or an index whole: a sequential scan,
 * an index scan without a condition, or with none on the index's leading
 * column (which walks the whole index).
 */
static int
reads_whole(PGconn *conn, PGresult *res, FILE *out)
{
	int bad = 0, rows = PQntuples(res);

	for (int r = 0; r < rows; r++) {
		const char *line = PQgetvalue(res, r, 0);
		int scan = strstr(line, "Index Scan") != NULL || strstr(line, "Index Only Scan") != NULL;

		/* "Index Scan" also matches "Bitmap Index Scan". */

		fprintf(out, "  %s\n", line);
		if (strstr(line, "Seq Scan") != NULL) {
			fprintf(out, "  ^ sequential scan\n");
			bad = 1;
		}
		/* An index scan's condition is on the next lines, before the next node. */
		if (scan) {
			const char *using = strstr(line, " using ");
			char col[128];
			int cond = 0, lead = 0;

			for (int k = r + 1; k < rows; k++) {
				const char *l = PQgetvalue(res, k, 0);

				if (strstr(l, "->") != NULL)
					break;
				if (strstr(l, "Index Cond:") != NULL) {
					cond = 1;
					lead = using != NULL && leading_column(conn, using + 7, col,
					    sizeof(col)) == 0 && mentions(l, col);
				}
			}
			/* A bitmap index scan's line names the index after "on". */
			if (using == NULL && strstr(line, "Bitmap Index Scan on ") != NULL && cond) {
				const char *on = strstr(line, "Bitmap Index Scan on ") + 21;

				for (int k = r + 1; k < rows; k++) {
					const char *l = PQgetvalue(res, k, 0);

					if (strstr(l, "->") != NULL)
						break;
					if (strstr(l, "Index Cond:") != NULL)
						lead = leading_column(conn, on, col, sizeof(col)) == 0 &&
						    mentions(l, col);
				}
			}
			if (!cond) {
				fprintf(out, "  ^ no index condition\n");
				bad = 1;
			} else if (!lead) {
				fprintf(out, "  ^ no condition on the index's leading column\n");
				bad = 1;
			}
		}
	}
	return bad;
}

/*
 * 1 when the daemon's sessions run without JIT: a plan that keeps a
 * disabled scan (cost 10^10) would be compiled at every execution.
 */
static int
jit_off(PGconn *conn)
{
	PGresult *res = PQexec(conn, "SHOW jit");
	int ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "off") == 0;

	if (!ok)
		fprintf(stderr, "plans: the daemon's sessions run with jit %s, not off\n",
		    PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 ?
		    PQgetvalue(res, 0, 0) : "(unknown)");
	PQclear(res);
	return ok;
}

int
main(int argc, char **argv)
{
	const char *name, *sql;
	char err[256], q[256];
	PGconn *conn;
	FILE *out = stdout;
	int nparams, failed = 0;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: plans DATABASE_URL [OUT]\n");
		return 2;
	}
	if (argc == 3 && (out = fopen(argv[2], "w")) == NULL) {
		perror(argv[2]);
		return 2;
	}
	if ((conn = db_connect(argv[1], err, sizeof(err))) == NULL) {
		fprintf(stderr, "plans: %s\n", err);
		return 2;
	}
	PQclear(PQexec(conn, "SET plan_cache_mode = force_generic_plan"));
	if (!jit_off(conn))
		failed = 1;
	for (size_t i = 0; (sql = db_statement(i, &name, &nparams)) != NULL; i++) {
		PGresult *res = PQprepare(conn, name, sql, 0, NULL);
		size_t len;

		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			fprintf(stderr, "plans: %s: %s", name, PQerrorMessage(conn));
			PQclear(res);
			db_close(conn);
			return 2;
		}
		PQclear(res);
		len = (size_t)snprintf(q, sizeof(q), "EXPLAIN (COSTS OFF) EXECUTE %s", name);
		for (int p = 0; p < nparams && len < sizeof(q); p++)
			len += (size_t)snprintf(q + len, sizeof(q) - len, "%sNULL", p ? ", " : " (");
		if (nparams > 0 && len < sizeof(q))
			snprintf(q + len, sizeof(q) - len, ")");
		res = PQexec(conn, q);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			fprintf(stderr, "plans: explain %s: %s", name, PQerrorMessage(conn));
			PQclear(res);
			db_close(conn);
			return 2;
		}
		fprintf(out, "%s:\n", name);
		if (reads_whole(conn, res, out) && !allowed(name)) {
			fprintf(stderr, "plans: %s reads a table or an index whole\n", name);
			failed = 1;
		}
		PQclear(res);
	}
	db_close(conn);
	if (out != stdout)
		fclose(out);
	return failed;
}
