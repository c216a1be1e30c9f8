/*
 * test_scheduler.c — the scheduler shared by the workers and the sender:
 * the named-id queue and its scans (pure), and the wake-ups, waits and
 * stop between threads (every wait bounded; timing asserted loosely).
 */
#include <pthread.h>

#include "scheduler.h"
#include "util.h"
#include "unit.h"

static void
test_queue_order(void)
{
	struct sched_queue q;
	int64_t ids[] = { 3, 1, 3, 2 }, out[8];

	sched_queue_init(&q, 8, 100, 0, 1);
	CHECK_INT(sched_queue_add(&q, ids, 4, 1000), 0);
	CHECK_INT(sched_queue_count(&q), 4);
	/* Oldest first, each once; the rest stays. */
	CHECK_INT(sched_queue_take(&q, out, 2), 2);
	CHECK_INT(out[0], 3);
	CHECK_INT(out[1], 1);
	CHECK_INT(sched_queue_count(&q), 2);
	CHECK_INT(sched_queue_push_front(&q, 9), 0);
	CHECK_INT(sched_queue_take(&q, out, 8), 3);
	CHECK_INT(out[0], 9);
	CHECK_INT(out[1], 3);
	CHECK_INT(out[2], 2);
	CHECK_INT(sched_queue_count(&q), 0);
	sched_queue_free(&q);
}

static void
test_queue_overflow(void)
{
	struct sched_queue q;
	int64_t ids[] = { 1, 2, 3, 4, 5 }, out[8], wait = -1;
	size_t n;

	sched_queue_init(&q, 4, 100, 0, 1);
	CHECK_INT(sched_queue_next(&q, 1000, out, 8, &n, &wait), SCHED_SCAN);
	/* Past the cap: dropped, and a scan is due at once (it finds them). */
	CHECK_INT(sched_queue_add(&q, ids, 5, 1000), -1);
	CHECK_INT(sched_queue_count(&q), 4);
	CHECK_INT(sched_queue_push_front(&q, 6), -1);
	CHECK_INT(sched_queue_next(&q, 1001, out, 8, &n, &wait), SCHED_SCAN);
	CHECK_INT(sched_queue_next(&q, 1001, out, 8, &n, &wait), SCHED_NAMED);
	CHECK_INT(n, 4);
	CHECK_INT(out[3], 4);
	sched_queue_free(&q);
}

static void
test_queue_scans(void)
{
	struct sched_queue q;
	int64_t ids[] = { 7 }, out[8], wait = -1;
	size_t n = 99;

	sched_queue_init(&q, 16, 100, 0, 1);
	/* At start: scan. */
	CHECK_INT(sched_queue_next(&q, 1000, out, 8, &n, &wait), SCHED_SCAN);
	CHECK_INT(n, 0);
	CHECK_INT(sched_queue_next(&q, 1040, out, 8, &n, &wait), SCHED_WAIT);
	CHECK_INT(wait, 60);
	/* sched_queue_scan_due says what sched_queue_next would do, and changes nothing. */
	CHECK_INT(sched_queue_scan_due(&q, 1099), 0);
	CHECK_INT(sched_queue_scan_due(&q, 1100), 1);
	CHECK_INT(sched_queue_scan_due(&q, 1099), 0);
	/* Named ids go at once (no gathering here). */
	sched_queue_add(&q, ids, 1, 1050);
	CHECK_INT(sched_queue_next(&q, 1050, out, 8, &n, &wait), SCHED_NAMED);
	CHECK_INT(n, 1);
	CHECK_INT(out[0], 7);
	/* A due scan comes first; the named id waits for the next call. */
	sched_queue_add(&q, ids, 1, 1099);
	CHECK_INT(sched_queue_next(&q, 1100, out, 8, &n, &wait), SCHED_SCAN);
	CHECK_INT(sched_queue_count(&q), 1);
	CHECK_INT(sched_queue_next(&q, 1100, out, 8, &n, &wait), SCHED_NAMED);
	/* A rescan brings the next one forward, never back. */
	sched_queue_rescan(&q, 1150);
	sched_queue_rescan(&q, 1180);
	CHECK_INT(sched_queue_next(&q, 1149, out, 8, &n, &wait), SCHED_WAIT);
	CHECK_INT(wait, 1);
	CHECK_INT(sched_queue_next(&q, 1150, out, 8, &n, &wait), SCHED_SCAN);
	CHECK_INT(sched_queue_next(&q, 1150, out, 8, &n, &wait), SCHED_WAIT);
	CHECK_INT(wait, 100);
	sched_queue_free(&q);
}

static void
test_queue_gather(void)
{
	struct sched_queue q;
	int64_t ids[] = { 1, 2, 3 }, out[8], wait = -1;
	size_t n;

	sched_queue_init(&q, 16, 500, 5, 3);
	CHECK_INT(sched_queue_next(&q, 1000, out, 8, &n, &wait), SCHED_SCAN);
	sched_queue_add(&q, ids, 1, 1000);
	CHECK_INT(sched_queue_next(&q, 1001, out, 8, &n, &wait), SCHED_WAIT);
	CHECK_INT(wait, 4);
	sched_queue_add(&q, ids + 1, 1, 1002);
	CHECK_INT(sched_queue_next(&q, 1004, out, 8, &n, &wait), SCHED_WAIT);
	CHECK_INT(wait, 1);
	CHECK_INT(sched_queue_next(&q, 1005, out, 8, &n, &wait), SCHED_NAMED);
	CHECK_INT(n, 2);
	/* gather_n named: at once. */
	sched_queue_add(&q, ids, 3, 1100);
	CHECK_INT(sched_queue_next(&q, 1100, out, 8, &n, &wait), SCHED_NAMED);
	CHECK_INT(n, 3);
	sched_queue_free(&q);
}

/* ---- threads ---------------------------------------------------------------- */

struct waiter {
	struct sched	*w_sc;
	int		 w_ready;	/* under the lock */
	int		 w_go;		/* under the lock */
	int64_t		 w_ms;
	int64_t		 w_elapsed;
};

/* Wait in sched_wait until w_go or stop (each wait bounded by w_ms). */
static void *
waiter_main(void *arg)
{
	struct waiter *w = arg;
	int64_t start = util_mono_ms();

	sched_lock(w->w_sc);
	w->w_ready = 1;
	while (!w->w_go && !sched_stopping(w->w_sc))
		sched_wait(w->w_sc, w->w_ms);
	sched_unlock(w->w_sc);
	w->w_elapsed = util_mono_ms() - start;
	return NULL;
}

/* Sleep w_ms in sched_sleep. */
static void *
sleeper_main(void *arg)
{
	struct waiter *w = arg;
	int64_t start = util_mono_ms();

	sched_lock(w->w_sc);
	w->w_ready = 1;
	sched_unlock(w->w_sc);
	sched_sleep(w->w_sc, w->w_ms);
	w->w_elapsed = util_mono_ms() - start;
	return NULL;
}

/* Until the thread of w is (about to be) waiting: bounded, not a fixed sleep. */
static int
wait_ready(struct waiter *w)
{
	int64_t until = util_mono_ms() + 5000;
	int ready = 0;

	while (!ready && util_mono_ms() < until) {
		sched_lock(w->w_sc);
		ready = w->w_ready;
		sched_unlock(w->w_sc);
		if (!ready)
			sched_yield();
	}
	return ready;
}

static void
test_wake(void)
{
	struct sched sc;
	struct waiter w = { &sc, 0, 0, 10000, 0 };
	pthread_t t;

	sched_init(&sc, NULL, NULL);
	CHECK_INT(pthread_create(&t, NULL, waiter_main, &w), 0);
	CHECK(wait_ready(&w));
	sched_lock(&sc);
	w.w_go = 1;
	sched_wake(&sc);
	sched_unlock(&sc);
	pthread_join(t, NULL);
	CHECK(w.w_elapsed < 5000);	/* woken, not timed out */
	CHECK(sched_woken(&sc));
	CHECK(!sched_woken(&sc));
	sched_destroy(&sc);
}

static void
test_wait_times_out(void)
{
	struct sched sc;
	int64_t start;

	sched_init(&sc, NULL, NULL);
	start = util_mono_ms();
	sched_lock(&sc);
	sched_wait(&sc, 30);
	sched_unlock(&sc);
	/* A spurious wake-up may end it early; it never lasts. */
	CHECK(util_mono_ms() - start < 5000);
	sched_destroy(&sc);
}

static void
test_stop_wakes_all(void)
{
	struct sched sc;
	struct waiter w[3];
	struct waiter s = { &sc, 0, 0, 20000, 0 };
	pthread_t t[3], ts;
	int i;

	sched_init(&sc, NULL, NULL);
	for (i = 0; i < 3; i++) {
		w[i] = (struct waiter){ &sc, 0, 0, 20000, 0 };
		CHECK_INT(pthread_create(&t[i], NULL, waiter_main, &w[i]), 0);
	}
	CHECK_INT(pthread_create(&ts, NULL, sleeper_main, &s), 0);
	for (i = 0; i < 3; i++)
		CHECK(wait_ready(&w[i]));
	CHECK(wait_ready(&s));
	CHECK(!sched_stopping(&sc));
	sched_stop(&sc);
	CHECK(sched_stopping(&sc));
	for (i = 0; i < 3; i++) {
		pthread_join(t[i], NULL);
		CHECK(w[i].w_elapsed < 10000);
	}
	pthread_join(ts, NULL);
	CHECK(s.w_elapsed < 10000);
	/* Stopped: waits and sleeps return at once. */
	sched_sleep(&sc, 20000);
	sched_lock(&sc);
	sched_wait(&sc, 20000);
	sched_unlock(&sc);
	sched_destroy(&sc);
}

static void
test_wake_spares_sleeper(void)
{
	struct sched sc;
	struct waiter s = { &sc, 0, 0, 50, 0 };
	pthread_t ts;
	int64_t start;

	sched_init(&sc, NULL, NULL);
	start = util_mono_ms();
	CHECK_INT(pthread_create(&ts, NULL, sleeper_main, &s), 0);
	CHECK(wait_ready(&s));
	/* Wake-ups for the work are not for a thread backing off. */
	while (util_mono_ms() - start < 30) {
		sched_lock(&sc);
		sched_wake(&sc);
		sched_unlock(&sc);
		sched_yield();
	}
	pthread_join(ts, NULL);
	CHECK(s.w_elapsed >= 40);
	CHECK(s.w_elapsed < 10000);
	sched_destroy(&sc);
}

static void
hook(void *arg)
{
	(*(int *)arg)++;
}

static void
test_wake_hook(void)
{
	struct sched sc;
	int calls = 0;

	sched_init(&sc, hook, &calls);
	CHECK(!sched_woken(&sc));
	sched_lock(&sc);
	sched_wake(&sc);
	sched_unlock(&sc);
	CHECK_INT(calls, 1);
	CHECK(sched_woken(&sc));
	sched_stop(&sc);
	CHECK_INT(calls, 2);
	sched_destroy(&sc);
}

int
main(void)
{
	RUN(test_queue_order);
	RUN(test_queue_overflow);
	RUN(test_queue_scans);
	RUN(test_queue_gather);
	RUN(test_wake);
	RUN(test_wait_times_out);
	RUN(test_stop_wakes_all);
	RUN(test_wake_spares_sleeper);
	RUN(test_wake_hook);
	return unit_done();
}
