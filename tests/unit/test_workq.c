/*
 * test_workq.c — the workers' contact queue without threads or a
 * database: hints taken each once, crisis contacts first, gathering,
 * contacts set aside, the urgent retry, the scans.
 */
#include "flood.h"
#include "praatpaal.h"
#include "workq.h"
#include "unit.h"

/* A queue whose first scan (due at start) is done at now. */
static void
setup(struct workq *wq, struct flood *fl, int64_t gather_ms, int64_t now)
{
	struct workq_take wt;
	int64_t wait = -1;

	workq_init(wq, gather_ms);
	flood_init(fl, 0, 0);	/* never paced */
	CHECK_INT(workq_take(wq, fl, now, &wt, &wait), 1);
	CHECK(wt.wt_scan);
	CHECK_INT(wt.wt_max, WORKER_BATCH_CONTACTS);
}

static void
test_hints_dedup(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t ids[] = { 5, 5, 7, 5, 9, 7 }, wait = -1;

	setup(&wq, &fl, 0, 1000);
	CHECK_INT(workq_hint(&wq, ids, 6, NULL, 0, 1000), 1);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK(!wt.wt_scan);
	CHECK(!wt.wt_urgent);
	CHECK_INT(wt.wt_n, 3);
	CHECK_INT(wt.wt_ids[0], 5);
	CHECK_INT(wt.wt_ids[1], 7);
	CHECK_INT(wt.wt_ids[2], 9);
	CHECK(!workq_waiting(&wq));
	/* Nothing left: wait for the next scan. */
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 0);
	CHECK_INT(wait, WORKER_POLL_MS);
	workq_free(&wq);
}

static void
test_batch_limit(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t ids[WORKER_BATCH_CONTACTS + 3], wait = -1;

	setup(&wq, &fl, 0, 1000);
	for (size_t i = 0; i < WORKER_BATCH_CONTACTS + 3; i++)
		ids[i] = (int64_t)i + 1;
	workq_hint(&wq, ids, WORKER_BATCH_CONTACTS + 3, NULL, 0, 1000);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK_INT(wt.wt_n, WORKER_BATCH_CONTACTS);
	CHECK(workq_waiting(&wq));	/* another thread may help */
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK_INT(wt.wt_n, 3);
	CHECK_INT(wt.wt_ids[0], WORKER_BATCH_CONTACTS + 1);
	workq_free(&wq);
}

static void
test_urgent_first(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t ids[] = { 1, 2, 3 }, urgent[] = { 3 }, wait = -1;

	setup(&wq, &fl, 5, 1000);
	CHECK_INT(workq_hint(&wq, ids, 3, urgent, 1, 1000), 1);
	/* A due scan too: the crisis contact still goes first. */
	workq_rescan(&wq, 1000, 0);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK(wt.wt_urgent);
	CHECK(!wt.wt_scan);
	CHECK_INT(wt.wt_n, 1);
	CHECK_INT(wt.wt_ids[0], 3);
	CHECK_INT(wt.wt_reserved, 0);
	/* Then the scan, then the named ones once gathered. */
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK(wt.wt_scan);
	CHECK_INT(workq_take(&wq, &fl, 1005, &wt, &wait), 1);
	CHECK(!wt.wt_scan && !wt.wt_urgent);
	CHECK_INT(wt.wt_n, 3);
	workq_free(&wq);
}

static void
test_urgent_paced(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t ids[] = { 1 }, urgent[] = { 2 }, wait = -1;
	uint64_t arrived;

	setup(&wq, &fl, 0, 1000);
	flood_init(&fl, 10, 10);	/* 10 a second: a bucket of 1 */
	flood_arrived(&fl, 100, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_BEGAN);
	flood_settle(&fl, 1, 0);	/* the bucket is empty */
	workq_hint(&wq, ids, 1, NULL, 0, 1000);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 0);
	CHECK(wait > 0 && wait <= WORKER_FLOOD_SLOT_MS);
	/* Crisis words are not paced. */
	workq_hint(&wq, urgent, 1, urgent, 1, 1000);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK(wt.wt_urgent);
	CHECK_INT(wt.wt_ids[0], 2);
	workq_free(&wq);
}

static void
test_gathering(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t ids[WORKER_GATHER_CONTACTS], wait = -1;

	for (size_t i = 0; i < WORKER_GATHER_CONTACTS; i++)
		ids[i] = (int64_t)i + 100;
	setup(&wq, &fl, 5, 1000);
	/* The first named contact wakes a worker: its gathering starts. */
	CHECK_INT(workq_hint(&wq, ids, 1, NULL, 0, 1000), 1);
	CHECK_INT(workq_take(&wq, &fl, 1002, &wt, &wait), 0);
	CHECK_INT(wait, 3);
	/* Another one changes nothing a waiting worker would do. */
	CHECK_INT(workq_hint(&wq, ids + 1, 1, NULL, 0, 1003), 0);
	CHECK_INT(workq_take(&wq, &fl, 1004, &wt, &wait), 0);
	CHECK_INT(wait, 1);
	/* gather_ms after the first: taken, both. */
	CHECK_INT(workq_take(&wq, &fl, 1005, &wt, &wait), 1);
	CHECK_INT(wt.wt_n, 2);

	/* WORKER_GATHER_CONTACTS named: no waiting. */
	CHECK_INT(workq_hint(&wq, ids, WORKER_GATHER_CONTACTS - 1, NULL, 0, 1100), 1);
	CHECK_INT(workq_take(&wq, &fl, 1100, &wt, &wait), 0);
	CHECK_INT(workq_hint(&wq, ids + WORKER_GATHER_CONTACTS - 1, 1, NULL, 0, 1100), 1);
	CHECK_INT(workq_take(&wq, &fl, 1100, &wt, &wait), 1);
	CHECK_INT(wt.wt_n, WORKER_GATHER_CONTACTS);

	/* Never for crisis words. */
	CHECK_INT(workq_hint(&wq, ids, 1, NULL, 0, 1110), 1);
	CHECK_INT(workq_hint(&wq, ids + 1, 1, ids + 1, 1, 1110), 1);
	CHECK_INT(workq_take(&wq, &fl, 1110, &wt, &wait), 1);
	CHECK(wt.wt_urgent);
	CHECK_INT(wt.wt_ids[0], ids[1]);
	workq_free(&wq);

	/* gather_ms 0: every hint wakes, and is taken at once. */
	setup(&wq, &fl, 0, 1000);
	CHECK_INT(workq_hint(&wq, ids, 1, NULL, 0, 1000), 1);
	CHECK_INT(workq_hint(&wq, ids + 1, 1, NULL, 0, 1000), 1);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK_INT(wt.wt_n, 2);
	workq_free(&wq);
}

static void
test_set_aside(void)
{
	struct workq wq;
	int64_t ids[] = { 41, 42, 43 };

	workq_init(&wq, 0);
	workq_set_aside(&wq, 42, 1000);
	CHECK_INT(workq_drop_aside(&wq, ids, 3, 1000), 2);
	CHECK_INT(ids[0], 41);
	CHECK_INT(ids[1], 43);
	ids[0] = 41; ids[1] = 42; ids[2] = 43;
	CHECK_INT(workq_drop_aside(&wq, ids, 3, 1000 + WORKER_ASIDE_MS - 1), 2);
	/* Tried again after WORKER_ASIDE_MS. */
	ids[0] = 41; ids[1] = 42; ids[2] = 43;
	CHECK_INT(workq_drop_aside(&wq, ids, 3, 1000 + WORKER_ASIDE_MS), 3);
	CHECK_INT(ids[1], 42);
	workq_free(&wq);

	/* Full: the one set aside longest ago makes room. */
	workq_init(&wq, 0);
	for (int64_t i = 0; i < WORKER_ASIDE_MAX; i++)
		workq_set_aside(&wq, 1000 + i, 5000 + i);
	workq_set_aside(&wq, 7, 6000);
	ids[0] = 1000;
	CHECK_INT(workq_drop_aside(&wq, ids, 1, 5500), 1);	/* 1000's slot went to 7 */
	ids[0] = 1001;
	CHECK_INT(workq_drop_aside(&wq, ids, 1, 5500), 0);
	workq_free(&wq);
}

static void
test_urgent_retry(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t urgent[] = { 3, 4 }, claimed[] = { 3 }, wait = -1;

	setup(&wq, &fl, 0, 1000);
	workq_hint(&wq, urgent, 2, urgent, 2, 1000);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK(wt.wt_urgent);
	CHECK_INT(wt.wt_n, 2);
	/* 4 was busy in another transaction: first again after WORKER_RESCAN_MS. */
	workq_urgent_busy(&wq, &wt, claimed, 1, 1000);
	CHECK(workq_waiting(&wq));
	CHECK_INT(workq_take(&wq, &fl, 1001, &wt, &wait), 1);
	CHECK(!wt.wt_urgent);	/* the named ones meanwhile */
	CHECK_INT(workq_take(&wq, &fl, 1001, &wt, &wait), 0);
	CHECK_INT(wait, WORKER_RESCAN_MS - 1);
	CHECK_INT(workq_take(&wq, &fl, 1000 + WORKER_RESCAN_MS, &wt, &wait), 1);
	CHECK(wt.wt_urgent);
	CHECK_INT(wt.wt_n, 1);
	CHECK_INT(wt.wt_ids[0], 4);
	/* A failed batch: all of them again, first, after the back-off. */
	workq_urgent_again(&wq, wt.wt_ids, wt.wt_n, 2000, 250);
	CHECK_INT(workq_take(&wq, &fl, 2100, &wt, &wait), 1);
	CHECK(wt.wt_scan);	/* not yet: the scan that was due */
	CHECK_INT(workq_take(&wq, &fl, 2100, &wt, &wait), 0);
	CHECK_INT(wait, 150);
	CHECK_INT(workq_take(&wq, &fl, 2250, &wt, &wait), 1);
	CHECK(wt.wt_urgent);
	CHECK_INT(wt.wt_ids[0], 4);
	workq_free(&wq);
}

static void
test_scan_fallback(void)
{
	static int64_t ids[WORKER_HINTS_MAX + 1];
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t one[] = { 1 }, wait = -1;

	/* At start: a scan first. */
	setup(&wq, &fl, 5, 1000);
	/* Every WORKER_POLL_MS, named contacts or not. */
	CHECK_INT(workq_take(&wq, &fl, 1000 + WORKER_POLL_MS - 1, &wt, &wait), 0);
	CHECK_INT(wait, 1);
	workq_hint(&wq, one, 1, NULL, 0, 1000 + WORKER_POLL_MS - 1);
	CHECK_INT(workq_take(&wq, &fl, 1000 + WORKER_POLL_MS, &wt, &wait), 1);
	CHECK(wt.wt_scan);
	CHECK(workq_waiting(&wq));	/* the named one waits for the next take */
	CHECK_INT(workq_take(&wq, &fl, 1000 + WORKER_POLL_MS + 4, &wt, &wait), 1);
	CHECK(!wt.wt_scan);
	CHECK_INT(wt.wt_ids[0], 1);

	/* A rescan within ms: an earlier deadline stays. */
	workq_rescan(&wq, 1600, WORKER_RESCAN_MS);
	workq_rescan(&wq, 1600, 100);
	CHECK_INT(workq_take(&wq, &fl, 1600, &wt, &wait), 0);
	CHECK_INT(wait, WORKER_RESCAN_MS);
	CHECK_INT(workq_take(&wq, &fl, 1600 + WORKER_RESCAN_MS, &wt, &wait), 1);
	CHECK(wt.wt_scan);

	/* Past WORKER_HINTS_MAX: the rest is left to a scan, due at once. */
	for (size_t i = 0; i < WORKER_HINTS_MAX + 1; i++)
		ids[i] = (int64_t)i + 1;
	CHECK_INT(workq_hint(&wq, ids, WORKER_HINTS_MAX + 1, NULL, 0, 1620), 1);
	CHECK_INT(workq_take(&wq, &fl, 1620, &wt, &wait), 1);
	CHECK(wt.wt_scan);
	CHECK_INT(workq_take(&wq, &fl, 1620, &wt, &wait), 1);
	CHECK(!wt.wt_scan);
	CHECK_INT(wt.wt_n, WORKER_BATCH_CONTACTS);
	workq_free(&wq);
}

static void
test_paced_take(void)
{
	struct workq wq;
	struct flood fl;
	struct workq_take wt;
	int64_t ids[] = { 1, 2, 3 }, wait = -1;
	uint64_t arrived;

	setup(&wq, &fl, 0, 1000);
	flood_init(&fl, 10, 20);	/* a bucket of 2 */
	flood_arrived(&fl, 11, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_BEGAN);
	workq_hint(&wq, ids, 3, NULL, 0, 1000);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 1);
	CHECK_INT(wt.wt_n, 2);
	CHECK_INT(wt.wt_max, 2);
	CHECK_INT(wt.wt_reserved, 2);
	flood_settle(&fl, 2, wt.wt_reserved);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 0);
	CHECK(wait > 0 && wait <= WORKER_FLOOD_SLOT_MS);
	workq_free(&wq);

	/* Nothing to take while paced: the reservation goes back. */
	setup(&wq, &fl, 0, 1000);
	flood_init(&fl, 10, 20);
	flood_arrived(&fl, 11, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_BEGAN);
	CHECK_INT(workq_take(&wq, &fl, 1000, &wt, &wait), 0);
	CHECK_INT(wt.wt_reserved, 0);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 2);
	workq_free(&wq);
}

int
main(void)
{
	RUN(test_hints_dedup);
	RUN(test_batch_limit);
	RUN(test_urgent_first);
	RUN(test_urgent_paced);
	RUN(test_gathering);
	RUN(test_set_aside);
	RUN(test_urgent_retry);
	RUN(test_scan_fallback);
	RUN(test_paced_take);
	return unit_done();
}
