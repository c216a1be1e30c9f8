/*
 * migrate.c — apply the migrations compiled into the binary
 * (build/migrations_gen.c, made from migrations/NNNN_name.sql).
 *
 * Forward only, in order, each in its own transaction together with the
 * row that records it, all under one session advisory lock so that two
 * instances started at once apply each migration exactly once.
 */
#include <stdio.h>
#include <string.h>
#include <libpq-fe.h>

#include "migrate.h"
#include "db.h"
#include "store_schema.h"
#include "log.h"
#include "util.h"

/* Session advisory lock key; contact ids (the worker's keys) are positive. */
#define MIGRATE_LOCK_KEY	"-7340453720113"

int
migrate_latest(void)
{
	return migrations_count > 0 ? migrations[migrations_count - 1].mg_version : 0;
}

static int
exec_ok(PGconn *conn, const char *sql, const char *what, char *err, size_t errlen)
{
	PGresult	*res = PQexec(conn, sql);
	ExecStatusType	 st = PQresultStatus(res);

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		snprintf(err, errlen, "%s: %s", what, PQresultErrorMessage(res));
		err[strcspn(err, "\n")] = '\0';
		PQclear(res);
		return -1;
	}
	PQclear(res);
	return 0;
}

static int
apply_one(PGconn *conn, const struct migration *m, char *err, size_t errlen)
{
	char		 ver[16];
	const char	*vals[2] = { ver, m->mg_name };
	PGresult	*res;

	snprintf(ver, sizeof(ver), "%d", m->mg_version);
	if (exec_ok(conn, "BEGIN", "begin", err, errlen) == -1)
		return -1;
	if (exec_ok(conn, m->mg_sql, m->mg_name, err, errlen) == -1)
		goto fail;
	res = PQexecParams(conn, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
	    2, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		snprintf(err, errlen, "%s: recording version: %s", m->mg_name,
		    PQresultErrorMessage(res));
		err[strcspn(err, "\n")] = '\0';
		PQclear(res);
		goto fail;
	}
	PQclear(res);
	if (exec_ok(conn, "COMMIT", "commit", err, errlen) == -1)
		goto fail;
	return 0;
fail:
	PQclear(PQexec(conn, "ROLLBACK"));
	return -1;
}

int
migrate_run(const char *conninfo, FILE *out, char *err, size_t errlen)
{
	PGconn		*conn;
	int		 current, applied = 0, rc = -1;

	conn = db_connect(conninfo, err, errlen);
	if (conn == NULL)
		return -1;
	/* A migration may rewrite a large table: no statement time limit here. */
	if (exec_ok(conn, "SET statement_timeout = 0", "statement_timeout", err, errlen) == -1 ||
	    exec_ok(conn, "SELECT pg_advisory_lock(" MIGRATE_LOCK_KEY ")", "lock", err, errlen) == -1)
		goto done;
	if (exec_ok(conn, "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    "version integer PRIMARY KEY, name text NOT NULL, "
	    "applied_at timestamptz NOT NULL DEFAULT now())", "schema_migrations", err, errlen) == -1)
		goto unlock;
	if (db_schema_version(conn, &current, err, errlen) == -1)
		goto unlock;
	if (current > migrate_latest()) {
		snprintf(err, errlen, "the database is at schema version %d, newer than this "
		    "binary knows (%d): upgrade praatpaal", current, migrate_latest());
		goto unlock;
	}
	for (size_t i = 0; i < migrations_count; i++) {
		if (migrations[i].mg_version <= current)
			continue;
		if (apply_one(conn, &migrations[i], err, errlen) == -1)
			goto unlock;
		fprintf(out, "applied %s\n", migrations[i].mg_name);
		log_info("migration applied version=%d name=%s", migrations[i].mg_version,
		    migrations[i].mg_name);
		applied++;
	}
	if (applied == 0)
		fprintf(out, "schema is current (version %d)\n", current);
	rc = 0;
unlock:
	PQclear(PQexec(conn, "SELECT pg_advisory_unlock(" MIGRATE_LOCK_KEY ")"));
done:
	db_close(conn);
	return rc;
}
