/*
 * migrate.h — the schema migrations compiled into the binary
 * (migrations/NNNN_name.sql, forward only, applied in order).
 */
#ifndef MIGRATE_H
#define MIGRATE_H

#include <stddef.h>
#include <stdio.h>

struct migration {
	int		 mg_version;
	const char	*mg_name;
	const char	*mg_sql;
};

extern const struct migration migrations[];
extern const size_t migrations_count;

/* The newest version this binary knows. */
int	migrate_latest(void);
/*
 * Apply every migration newer than the database's, each in its own
 * transaction, under an advisory lock so two instances can't race;
 * records version, name and time in schema_migrations. Prints one line
 * per applied migration to out. 0, or -1 with err filled.
 */
int	migrate_run(const char *conninfo, FILE *out, char *err, size_t errlen);

#endif
