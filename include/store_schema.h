/*
 * store_schema.h — the schema version the database is at
 * (src/store_schema.c).
 */
#ifndef STORE_SCHEMA_H
#define STORE_SCHEMA_H

#include <stddef.h>
#include <libpq-fe.h>
#include "util.h"

/* Schema version of the database; 0 when not migrated yet. */
int	db_schema_version(PGconn *, int *version, char *err, size_t errlen) WUR;

#endif
