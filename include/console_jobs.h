/*
 * console_jobs.h — the console's periodic jobs (src/console_jobs.c): a
 * queued crisis nobody claims (crisis_unclaimed alert, the young person
 * told someone is coming, the on-call phone paged when no CIT counsellor
 * is logged in), an assigned chat left unanswered (idle alert), and a
 * queued chat whose team closed (told at once what happens next, first in
 * line when it opens).
 *
 * One thread with its own database connection runs them every
 * CONSOLE_JOBS_MS; several daemons take turns (a transaction-scoped lock).
 */
#ifndef CONSOLE_JOBS_H
#define CONSOLE_JOBS_H

#include <stddef.h>

struct app;
struct console_jobs;

/* Start the thread (app's config, dialogue and sender). NULL with err filled. */
struct console_jobs	*console_jobs_start(struct app *, char *err, size_t errlen);
/* Stop and free (NULL: nothing). */
void			 console_jobs_stop(struct console_jobs *);

#endif
