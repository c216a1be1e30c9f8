/*
 * scheduler.h — wake for named ids, else scan every N ms: the scheduling that
 * the workers (contacts named by ingest) and the sender (outbox rows made
 * heads) share.
 *
 * struct sched_queue is pure: the named ids, oldest first, and the
 * deadline of the next scan; every function that needs the time takes it
 * (now, monotonic ms). It is not thread-safe: its owner keeps it under a
 * struct sched's lock.
 *
 * struct sched is the thread part: the lock, a condition variable for
 * threads that wait for work (or, for a thread that waits elsewhere, a
 * wake hook), a second one for threads that back off and must not take
 * those wake-ups, and the stop flag.
 *
 * Types and functions are named sched_; the header is not called sched.h
 * because that is the C library's own header, which pthread.h includes.
 */
#ifndef SCHEDULER_H
#define SCHEDULER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* Named ids (a ring, oldest first) and when to scan. */
struct sched_queue {
	int64_t		*sq_ids;
	size_t		 sq_cap;
	size_t		 sq_head;
	size_t		 sq_n;
	int64_t		 sq_first;	/* ms: the ring last became non-empty */
	int64_t		 sq_scan_at;	/* ms: scan from then on (0 at start: scan first) */
	int64_t		 sq_period_ms;	/* after a scan, the next one this much later */
	int64_t		 sq_gather_ms;	/* named ids wait this long for others ... */
	size_t		 sq_gather_n;	/* ... unless this many are named */
};

/* What the owner of a queue does next (sched_queue_next). */
enum sched_next {
	SCHED_WAIT,	/* nothing yet */
	SCHED_SCAN,	/* a scan for work is due */
	SCHED_NAMED	/* work on the named ids taken */
};

/*
 * An empty queue of at most cap ids that scans at once, then every
 * period_ms; named ids are taken when gather_n are named or the first of
 * them has waited gather_ms (0: at once). Free with sched_queue_free.
 */
void	sched_queue_init(struct sched_queue *, size_t cap, int64_t period_ms,
	    int64_t gather_ms, size_t gather_n);
void	sched_queue_free(struct sched_queue *);
/*
 * Name n ids at now, in order. Past cap the rest are dropped and a scan
 * is due at once (it finds them); returns -1 then, else 0.
 */
int	sched_queue_add(struct sched_queue *, const int64_t *ids, size_t n, int64_t now);
/* Put id before the others (a retry); -1 when the queue is full (dropped). */
int	sched_queue_push_front(struct sched_queue *, int64_t id);
/* Move up to max ids, oldest first and each once, into ids; returns how many. */
size_t	sched_queue_take(struct sched_queue *, int64_t *ids, size_t max);
/* Scan at the latest at (an earlier deadline stays). */
void	sched_queue_rescan(struct sched_queue *, int64_t at);
/*
 * What to do at now: a due scan comes first, named ids or not (the next
 * scan is then period_ms later), so that a stream of named ids never
 * keeps waiting the work only a scan finds. Else, once the named ids have
 * gathered, up to max of them are moved to ids (*n; each once). Else
 * SCHED_WAIT, and *wait_ms says when the scan or the gathering is due.
 */
enum sched_next sched_queue_next(struct sched_queue *, int64_t now, int64_t *ids, size_t max,
	    size_t *n, int64_t *wait_ms);
/* Named ids waiting. */
size_t	sched_queue_count(const struct sched_queue *);
/* Whether a scan is due at now (sched_queue_next would return SCHED_SCAN). */
int	sched_queue_scan_due(const struct sched_queue *, int64_t now);

struct sched {
	pthread_mutex_t	 sc_lock;
	pthread_cond_t	 sc_cond;	/* CLOCK_MONOTONIC: work for a waiting thread */
	pthread_cond_t	 sc_stop_cond;	/* CLOCK_MONOTONIC: stop, for a sleeping thread */
	atomic_int	 sc_stopping;	/* set under sc_lock; read anywhere */
	atomic_int	 sc_woken;	/* sched_wake since the last sched_woken */
	void		(*sc_wake)(void *);
	void		*sc_wake_arg;
};

/*
 * Set up. wake, when not NULL, is called (lock held) by sched_wake and
 * sched_stop for a thread that waits elsewhere than in sched_wait (a
 * poll); it must be safe to call from any thread.
 */
void	sched_init(struct sched *, void (*wake)(void *), void *wake_arg);
/* Tear down; no thread may use it any more. */
void	sched_destroy(struct sched *);
void	sched_lock(struct sched *);
void	sched_unlock(struct sched *);
/* Lock held: work came; wake one thread in sched_wait (and the hook). */
void	sched_wake(struct sched *);
/* Whether sched_wake was called since the last call; clears it. */
int	sched_woken(struct sched *);
/*
 * Lock held: wait until sched_wake, sched_stop or ms (at least 1) have
 * passed; the lock is held again on return. Callers look again at what
 * they wait for: a wake-up may be spurious.
 */
void	sched_wait(struct sched *, int64_t ms);
/* Lock not held: sleep ms, or less when stopping; sched_wake does not end it. */
void	sched_sleep(struct sched *, int64_t ms);
/* Lock not held: set the stop flag and wake every waiting or sleeping thread. */
void	sched_stop(struct sched *);
/* The stop flag (no lock needed). */
int	sched_stopping(struct sched *);

#endif
