/*
 * store_schema.c — the schema version the database is at (schema_migrations,
 * written by migrate.c). Its statements are not prepared: the table may
 * not exist yet, and that is an answer (version 0).
 */
#include <stdio.h>
#include <string.h>

#include "store_schema.h"
#include "db.h"
#include "praatpaal.h"

int
db_schema_version(PGconn *conn, int *version, char *err, size_t errlen)
{
	PGresult	*res;
	long long	 v;

	res = PQexec(conn, "SELECT to_regclass('schema_migrations') IS NOT NULL");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		db_result_error("schema version", res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	if (strcmp(PQgetvalue(res, 0, 0), "t") != 0) {
		PQclear(res);
		*version = 0;
		return 0;
	}
	PQclear(res);
	res = PQexec(conn, "SELECT COALESCE(max(version), 0) FROM schema_migrations");
	if (PQresultStatus(res) != PGRES_TUPLES_OK ||
	    util_parse_ll(PQgetvalue(res, 0, 0), 0, SCHEMA_VERSION_MAX, &v) == -1) {
		db_result_error("schema version", res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	*version = (int)v;
	return 0;
}
