/*
 * scheduler.c — wake for named ids, else scan every N ms (the workers and the
 * sender).
 *
 * The queue part is pure and not thread-safe: its owner holds the struct
 * sched lock around every call. The thread part is the lock, the
 * condition variables (CLOCK_MONOTONIC, so that a change of the wall
 * clock neither ends a wait early nor makes it last) and the stop flag,
 * which is set under the lock so that a thread that saw it clear before
 * waiting is always woken.
 */
#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "scheduler.h"
#include "util.h"

/* ---- the queue (pure) ---------------------------------------------------- */

void
sched_queue_init(struct sched_queue *q, size_t cap, int64_t period_ms, int64_t gather_ms,
    size_t gather_n)
{
	q->sq_ids = xcalloc(cap > 0 ? cap : 1, sizeof(*q->sq_ids));
	q->sq_cap = cap > 0 ? cap : 1;
	q->sq_head = 0;
	q->sq_n = 0;
	q->sq_first = 0;
	q->sq_scan_at = 0;
	q->sq_period_ms = period_ms;
	q->sq_gather_ms = gather_ms;
	q->sq_gather_n = gather_n;
}

void
sched_queue_free(struct sched_queue *q)
{
	free(q->sq_ids);
	q->sq_ids = NULL;
	q->sq_n = 0;
}

int
sched_queue_add(struct sched_queue *q, const int64_t *ids, size_t n, int64_t now)
{
	for (size_t i = 0; i < n; i++) {
		if (q->sq_n == q->sq_cap) {
			/* Full: the scan finds the rest, in the order they came in. */
			q->sq_scan_at = 0;
			return -1;
		}
		if (q->sq_n == 0)
			q->sq_first = now;
		q->sq_ids[(q->sq_head + q->sq_n) % q->sq_cap] = ids[i];
		q->sq_n++;
	}
	return 0;
}

int
sched_queue_push_front(struct sched_queue *q, int64_t id)
{
	if (q->sq_n == q->sq_cap)
		return -1;
	q->sq_head = (q->sq_head + q->sq_cap - 1) % q->sq_cap;
	q->sq_ids[q->sq_head] = id;
	q->sq_n++;
	return 0;
}

size_t
sched_queue_take(struct sched_queue *q, int64_t *ids, size_t max)
{
	size_t n = 0;

	while (q->sq_n > 0 && n < max) {
		int64_t id = q->sq_ids[q->sq_head];
		size_t i;

		q->sq_head = (q->sq_head + 1) % q->sq_cap;
		q->sq_n--;
		for (i = 0; i < n && ids[i] != id; i++)
			;
		if (i == n)
			ids[n++] = id;
	}
	return n;
}

void
sched_queue_rescan(struct sched_queue *q, int64_t at)
{
	if (at < q->sq_scan_at)
		q->sq_scan_at = at;
}

enum sched_next
sched_queue_next(struct sched_queue *q, int64_t now, int64_t *ids, size_t max, size_t *n,
    int64_t *wait_ms)
{
	int64_t wait;

	*n = 0;
	if (now >= q->sq_scan_at) {
		q->sq_scan_at = now + q->sq_period_ms;
		return SCHED_SCAN;
	}
	if (q->sq_n >= q->sq_gather_n || now - q->sq_first >= q->sq_gather_ms) {
		*n = sched_queue_take(q, ids, max);
		if (*n > 0)
			return SCHED_NAMED;
	}
	wait = q->sq_scan_at - now;
	if (q->sq_n > 0 && q->sq_first + q->sq_gather_ms - now < wait)
		wait = q->sq_first + q->sq_gather_ms - now;
	*wait_ms = wait;
	return SCHED_WAIT;
}

size_t
sched_queue_count(const struct sched_queue *q)
{
	return q->sq_n;
}

int
sched_queue_scan_due(const struct sched_queue *q, int64_t now)
{
	return now >= q->sq_scan_at;
}

/* ---- the threads ---------------------------------------------------------- */

void
sched_init(struct sched *sc, void (*wake)(void *), void *wake_arg)
{
	pthread_condattr_t ca;

	pthread_mutex_init(&sc->sc_lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&sc->sc_cond, &ca);
	pthread_cond_init(&sc->sc_stop_cond, &ca);
	pthread_condattr_destroy(&ca);
	atomic_init(&sc->sc_stopping, 0);
	atomic_init(&sc->sc_woken, 0);
	sc->sc_wake = wake;
	sc->sc_wake_arg = wake_arg;
}

void
sched_destroy(struct sched *sc)
{
	pthread_cond_destroy(&sc->sc_cond);
	pthread_cond_destroy(&sc->sc_stop_cond);
	pthread_mutex_destroy(&sc->sc_lock);
}

void
sched_lock(struct sched *sc)
{
	pthread_mutex_lock(&sc->sc_lock);
}

void
sched_unlock(struct sched *sc)
{
	pthread_mutex_unlock(&sc->sc_lock);
}

void
sched_wake(struct sched *sc)
{
	atomic_store(&sc->sc_woken, 1);
	pthread_cond_signal(&sc->sc_cond);
	if (sc->sc_wake != NULL)
		sc->sc_wake(sc->sc_wake_arg);
}

int
sched_woken(struct sched *sc)
{
	return atomic_exchange(&sc->sc_woken, 0);
}

/* ts = CLOCK_MONOTONIC now + ms, for pthread_cond_timedwait. */
static void
sched_deadline(struct timespec *ts, int64_t ms)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += ms / 1000;
	ts->tv_nsec += (ms % 1000) * 1000000L;
	if (ts->tv_nsec >= 1000000000L) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000L;
	}
}

void
sched_wait(struct sched *sc, int64_t ms)
{
	struct timespec ts;

	if (atomic_load(&sc->sc_stopping))
		return;
	sched_deadline(&ts, ms > 0 ? ms : 1);
	pthread_cond_timedwait(&sc->sc_cond, &sc->sc_lock, &ts);
}

void
sched_sleep(struct sched *sc, int64_t ms)
{
	struct timespec ts;

	/*
	 * Not on sc_cond: a thread backing off must not take the wake-up
	 * meant for a thread that can take the work.
	 */
	sched_deadline(&ts, ms);
	pthread_mutex_lock(&sc->sc_lock);
	while (!atomic_load(&sc->sc_stopping))
		if (pthread_cond_timedwait(&sc->sc_stop_cond, &sc->sc_lock, &ts) == ETIMEDOUT)
			break;
	pthread_mutex_unlock(&sc->sc_lock);
}

void
sched_stop(struct sched *sc)
{
	pthread_mutex_lock(&sc->sc_lock);
	atomic_store(&sc->sc_stopping, 1);
	pthread_cond_broadcast(&sc->sc_cond);
	pthread_cond_broadcast(&sc->sc_stop_cond);
	if (sc->sc_wake != NULL)
		sc->sc_wake(sc->sc_wake_arg);
	pthread_mutex_unlock(&sc->sc_lock);
}

int
sched_stopping(struct sched *sc)
{
	return atomic_load(&sc->sc_stopping);
}
