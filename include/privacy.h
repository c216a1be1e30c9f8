/*
 * privacy.h — conversations close on their own, retention and erasure:
 * the jobs inside `serve` and the `purge` and `erase` commands.
 */
#ifndef PRIVACY_H
#define PRIVACY_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"

struct app;
struct config;
struct privacy_jobs;

/* Start the jobs thread (sweeper, erasures, daily retention). NULL with err. */
struct privacy_jobs	*privacy_jobs_start(struct app *, char *err, size_t errlen);
/* Stop and free (NULL: nothing). */
void			 privacy_jobs_stop(struct privacy_jobs *);

/* Carry out up to max pending erasure requests; *n: contacts erased. */
int	privacy_erase_pending(PGconn *, const char *via, size_t max, size_t *n,
	    char *err, size_t errlen) WUR;

/*
 * Erase at once every contact with this pseudonym (the CLI, the admin API):
 * a request row, the research copy, the raw data; audit 'erasure' with via
 * and staff_id (0: none). *n: contacts erased (0: none has it).
 */
int	privacy_erase_pseudonym(PGconn *, const char *pseudonym, const char *via,
	    int64_t staff_id, size_t *n, char *err, size_t errlen) WUR;

/* `praatpaal purge [--dry-run]` and `praatpaal erase --pseudonym P`: exit codes. */
int	privacy_cmd_purge(const struct config *, int argc, char **argv);
int	privacy_cmd_erase(const struct config *, int argc, char **argv);

#endif
