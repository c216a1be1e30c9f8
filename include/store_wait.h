/*
 * store_wait.h — the store of the young person's wait (src/store_wait.c):
 * where a queued chat stands and how long its team usually takes, and the
 * statements of the console's periodic jobs (src/console_jobs.c): the
 * crisis_unclaimed and idle alerts, the on-call page, the closed-team
 * notice.
 *
 * Every function runs inside the caller's transaction.
 */
#ifndef STORE_WAIT_H
#define STORE_WAIT_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "conversation.h"
#include "praatpaal.h"
#include "util.h"

/*
 * For a queued cv: cv_queue_ahead (chats of its team before it, at most
 * QUEUE_AHEAD_MAX) and cv_queue_wait_s (the median wait of the team's last
 * QUEUE_WAIT_SAMPLE claims within QUEUE_WAIT_RECENT_H hours; -1 none).
 * 0, or -1 with err filled.
 */
int	db_wait_estimate(PGconn *, struct conversation *cv, char *err, size_t errlen) WUR;

/* The jobs' lock (transaction-scoped, one daemon at a time): *got 1 if taken. */
int	db_jobs_lock(PGconn *, int *got, char *err, size_t errlen) WUR;

/* A chat the jobs act on, with what a message to its young person needs. */
struct wait_chat {
	int64_t		wc_conv_id;
	int64_t		wc_contact_id;
	char		wc_channel[16];
	char		wc_lang[16];
	char		wc_pseudonym[PSEUDONYM_LEN + 1];
	int64_t		wc_waited_s;		/* crisis_unclaimed: since queued */
};

/*
 * Queued crises (CIT, QUEUE_CRISIS_PRIORITY) waiting at least after_s and
 * never alerted since they were queued: a crisis_unclaimed alert each,
 * newest first, at most CONSOLE_JOBS_BATCH, only those whose contact no
 * worker holds (its advisory lock is taken). *chats (caller frees) and *n.
 */
int	db_jobs_crisis_unclaimed(PGconn *, long long after_s, struct wait_chat **chats,
	    size_t *n, char *err, size_t errlen) WUR;
/* *online 1 when a CIT counsellor's session was seen within idle_s. */
int	db_jobs_cit_online(PGconn *, long long idle_s, int *online, char *err, size_t errlen) WUR;
/*
 * Assigned chats whose young person's first unanswered message (or the
 * claim, if later) is idle_s old, without an idle alert since: an idle
 * alert each (at most CONSOLE_JOBS_BATCH, oldest claims first); *n of them.
 */
int	db_jobs_idle(PGconn *, long long idle_s, size_t *n, char *err, size_t errlen) WUR;
/*
 * Chats of team queued before since_ms (when it closed) and not told since
 * then: marked as told and raised to QUEUE_CARRYOVER_PRIORITY (first in
 * line when it opens), at most CONSOLE_JOBS_BATCH, contacts no worker holds.
 */
int	db_jobs_team_closed(PGconn *, const char *team, int64_t since_ms,
	    struct wait_chat **chats, size_t *n, char *err, size_t errlen) WUR;
/* The contact id of an SMS number that is not a young person (the on-call phone), made if need be. */
int	db_jobs_staff_contact(PGconn *, const char *address, const char *pseudonym,
	    int64_t *contact_id, char *err, size_t errlen) WUR;
/*
 * One outbound message (JSON, message.h) to contact on channel; conv_id 0:
 * none. The contact's head when it has no open reply, else held (*held 1:
 * promote it after the commit).
 */
int	db_jobs_send(PGconn *, const char *channel, int64_t contact_id, int64_t conv_id,
	    const char *body, int64_t *id, int *held, char *err, size_t errlen) WUR;

#endif
