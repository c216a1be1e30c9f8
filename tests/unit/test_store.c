/*
 * test_store.c — the stores' statement tables (as db_statement lists
 * them) and the prepared-statement set each connection carries.
 */
#include <stdlib.h>

#include "db.h"
#include "store.h"
#include "praatpaal.h"
#include "unit.h"

/* The highest $n in sql. */
static int
max_param(const char *sql)
{
	int max = 0;

	for (const char *p = sql; (p = strchr(p, '$')) != NULL; p++) {
		char *end;
		long n = strtol(p + 1, &end, 10);

		if (end != p + 1 && n > max)
			max = (int)n;
	}
	return max;
}

static void
test_statements_listed(void)
{
	const struct db_stmt_table *tables[] = {
		&store_ingest_table, &store_work_table, &store_outbox_table, &store_stats_table,
		&store_console_table, &store_events_table,
		&store_wait_table, &store_research_table, &store_privacy_table
	};
	const char *name, *sql;
	int nparams;
	size_t n = 0, want = 0;

	for (size_t t = 0; t < NELEM(tables); t++)
		want += tables[t]->dt_n;
	while ((sql = db_statement(n, &name, &nparams)) != NULL)
		n++;
	CHECK_INT(n, want);
	CHECK(n >= 32);
	CHECK(db_statement(n + 1, &name, &nparams) == NULL);
}

static void
test_statement_names_and_params(void)
{
	const char *name, *sql, *other, *osql;
	int nparams, on, dup = 0, params = 1, sqlok = 1;

	for (size_t i = 0; (sql = db_statement(i, &name, &nparams)) != NULL; i++) {
		if (max_param(sql) != nparams) {
			fprintf(stderr, "%s: %d parameters, SQL uses $%d\n", name, nparams,
			    max_param(sql));
			params = 0;
		}
		/* A named limit that was not stringified would stay a word in the SQL. */
		if (strstr(sql, "SQL_NUM") != NULL || strstr(sql, "_MAX") != NULL ||
		    strstr(sql, "_FACTOR") != NULL)
			sqlok = 0;
		for (size_t j = 0; j < i; j++) {
			osql = db_statement(j, &other, &on);
			if (osql != NULL && strcmp(other, name) == 0) {
				fprintf(stderr, "statement name %s used twice\n", name);
				dup = 1;
			}
		}
	}
	CHECK(params);
	CHECK(!dup);
	CHECK(sqlok);
}

static void
test_limits_in_sql(void)
{
	const char *name, *sql;
	int nparams, found = 0;

	for (size_t i = 0; (sql = db_statement(i, &name, &nparams)) != NULL; i++)
		if (strcmp(name, "work_pending") == 0) {
			found = 1;
			CHECK(strstr(sql, "LIMIT " SQL_NUM(WORK_PENDING_MAX) ")") != NULL);
		} else if (strcmp(name, "claim_urgent") == 0 || strcmp(name, "claim_contacts") == 0) {
			CHECK(strstr(sql, "$1::int * " SQL_NUM(WORK_CLAIM_SCAN_FACTOR)) != NULL);
		}
	CHECK(found);
	CHECK_STR(SQL_NUM(WORK_PENDING_MAX), "256");
}

/* A connection that never reached a server: the set needs none. */
static PGconn *
dead_conn(void)
{
	PGconn *conn = PQconnectdb("host=/nonexistent/praatpaal-unit dbname=x");

	CHECK(conn != NULL && PQstatus(conn) == CONNECTION_BAD);
	return conn;
}

#define MANY	1000	/* far past the 32 bits of a fixed registry */

static void
test_prepared_set_grows(void)
{
	static struct db_stmt many[MANY];
	PGconn *conn = dead_conn();
	int ok = 1;

	if (conn == NULL)
		return;
	for (size_t i = 0; i < MANY; i++)
		if (db_prepared_has(conn, &many[i]))
			ok = 0;
	CHECK(ok);
	for (size_t i = 0; i < MANY; i += 2)
		db_prepared_add(conn, &many[i]);
	db_prepared_add(conn, &many[0]);	/* again: no change */
	for (size_t i = 0; i < MANY; i++)
		if (db_prepared_has(conn, &many[i]) != (i % 2 == 0))
			ok = 0;
	CHECK(ok);
	for (size_t i = 1; i < MANY; i += 2)
		db_prepared_add(conn, &many[i]);
	for (size_t i = 0; i < MANY; i++)
		if (!db_prepared_has(conn, &many[i]))
			ok = 0;
	CHECK(ok);
	PQfinish(conn);		/* frees the set (valgrind: no leak) */
}

static void
test_prepared_set_per_connection(void)
{
	static const struct db_stmt a = { "a", 0, "" }, b = { "b", 0, "" };
	PGconn *c1 = dead_conn(), *c2 = dead_conn();

	if (c1 == NULL || c2 == NULL)
		return;
	db_prepared_add(c1, &a);
	db_prepared_add(c2, &b);
	CHECK(db_prepared_has(c1, &a));
	CHECK(!db_prepared_has(c1, &b));
	CHECK(db_prepared_has(c2, &b));
	CHECK(!db_prepared_has(c2, &a));
	db_close(c1);
	PQfinish(c2);
}

int
main(void)
{
	RUN(test_statements_listed);
	RUN(test_statement_names_and_params);
	RUN(test_limits_in_sql);
	RUN(test_prepared_set_grows);
	RUN(test_prepared_set_per_connection);
	return unit_done();
}
