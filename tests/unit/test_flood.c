/*
 * test_flood.c — the flood pacing's token bucket: rate detection over the
 * last second, pacing at flood_pace, reserve and settle, and how far
 * contacts with crisis words may run it into debt.
 */
#include "flood.h"
#include "praatpaal.h"
#include "unit.h"

static void
test_rate_detection(void)
{
	struct flood fl;
	uint64_t arrived;

	flood_init(&fl, 100, 50);
	CHECK_INT(flood_check(&fl, 10000, &arrived), FLOOD_SAME);
	flood_arrived(&fl, 60, 10000);
	flood_arrived(&fl, 40, 10500);
	/* flood_rate itself is no flood: more than it is. */
	CHECK_INT(flood_check(&fl, 10500, &arrived), FLOOD_SAME);
	CHECK_INT(arrived, 100);
	CHECK(!flood_paced(&fl));
	flood_arrived(&fl, 1, 10900);
	CHECK_INT(flood_check(&fl, 10900, &arrived), FLOOD_BEGAN);
	CHECK_INT(arrived, 101);
	CHECK(flood_paced(&fl));
	CHECK_INT(flood_check(&fl, 10950, &arrived), FLOOD_SAME);
	/* The first slot leaves the second: 41 arrived in it. */
	CHECK_INT(flood_arrivals(&fl, 11000), 41);
	CHECK_INT(flood_check(&fl, 11000, &arrived), FLOOD_ENDED);
	CHECK(!flood_paced(&fl));
	CHECK_INT(flood_arrivals(&fl, 12000), 0);
}

static void
test_slots_reused(void)
{
	struct flood fl;

	flood_init(&fl, 100, 50);
	flood_arrived(&fl, 500, 1000);
	/* The same slot of the ring, a second later: counted afresh. */
	flood_arrived(&fl, 3, 1000 + WORKER_FLOOD_SLOTS * WORKER_FLOOD_SLOT_MS);
	CHECK_INT(flood_arrivals(&fl, 1000 + WORKER_FLOOD_SLOTS * WORKER_FLOOD_SLOT_MS), 3);
}

static void
test_disabled(void)
{
	struct flood fl;
	uint64_t arrived;
	int64_t wait = -1;

	flood_init(&fl, 0, 50);
	flood_arrived(&fl, 100000, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_SAME);
	CHECK(!flood_paced(&fl));
	CHECK_INT(flood_reserve(&fl, 64, &wait), 64);
	CHECK(flood_urgent_ok(&fl));
	flood_init(&fl, 10, 0);
	flood_arrived(&fl, 100000, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_SAME);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 64);
}

static void
test_pacing(void)
{
	struct flood fl;
	uint64_t arrived;
	int64_t wait = -1;

	/* 1000 a second: WORKER_FLOOD_BURST_MS (100) deep, 100 tokens. */
	flood_init(&fl, 10, 1000);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 64);	/* not paced: a full batch */
	CHECK_INT(flood_check(&fl, 5000, &arrived), FLOOD_SAME);
	flood_arrived(&fl, 11, 5000);
	CHECK_INT(flood_check(&fl, 5000, &arrived), FLOOD_BEGAN);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 64);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 36);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 0);
	CHECK_INT(wait, 2);	/* one token at 1000 a second, and a ms */
	/* 10 ms at flood_pace: 10 more. */
	CHECK_INT(flood_check(&fl, 5010, &arrived), FLOOD_SAME);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 10);
	/* Over: the bucket is full again, and never holds more. */
	CHECK_INT(flood_check(&fl, 9000 - 1, &arrived), FLOOD_ENDED);
	flood_arrived(&fl, 11, 9000);
	CHECK_INT(flood_check(&fl, 9000, &arrived), FLOOD_BEGAN);
	CHECK_INT(flood_reserve(&fl, 1000, &wait), 100);

	/* A slow pace waits at most a slot. */
	flood_init(&fl, 10, 5);
	flood_arrived(&fl, 11, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_BEGAN);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 1);	/* a bucket of at least one */
	CHECK_INT(flood_reserve(&fl, 64, &wait), 0);
	CHECK_INT(wait, WORKER_FLOOD_SLOT_MS);
}

static void
test_settle(void)
{
	struct flood fl;
	uint64_t arrived;
	int64_t wait = -1;

	flood_init(&fl, 10, 100);	/* 10 tokens */
	flood_arrived(&fl, 11, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_BEGAN);
	CHECK_INT(flood_reserve(&fl, 4, &wait), 4);
	/* The batch worked 7 messages for its 4 contacts: 3 more spent. */
	flood_settle(&fl, 7, 4);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 3);
	/* Given back: nothing was worked. */
	flood_settle(&fl, 0, 3);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 3);
	/* Fewer than reserved: the rest comes back. */
	flood_settle(&fl, 1, 3);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 2);
	/* Not paced: nothing to settle. */
	CHECK_INT(flood_check(&fl, 3000, &arrived), FLOOD_ENDED);
	flood_settle(&fl, 1000, 0);
	CHECK_INT(flood_reserve(&fl, 64, &wait), 64);
}

static void
test_urgent_debt(void)
{
	struct flood fl;
	uint64_t arrived;
	int64_t wait = -1;

	flood_init(&fl, 10, 100);	/* 10 tokens; a second of debt is 100 */
	CHECK(flood_urgent_ok(&fl));
	flood_arrived(&fl, 11, 1000);
	CHECK_INT(flood_check(&fl, 1000, &arrived), FLOOD_BEGAN);
	CHECK(flood_urgent_ok(&fl));
	/* Crisis contacts are worked without a reservation: debt. */
	flood_settle(&fl, 109, 0);
	CHECK(flood_urgent_ok(&fl));	/* -99 */
	CHECK_INT(flood_reserve(&fl, 64, &wait), 0);
	flood_settle(&fl, 1, 0);
	CHECK(!flood_urgent_ok(&fl));	/* -100: a second in debt */
	/* It pays back at flood_pace. */
	CHECK_INT(flood_check(&fl, 1010, &arrived), FLOOD_SAME);
	CHECK(flood_urgent_ok(&fl));
}

int
main(void)
{
	RUN(test_rate_detection);
	RUN(test_slots_reused);
	RUN(test_disabled);
	RUN(test_pacing);
	RUN(test_settle);
	RUN(test_urgent_debt);
	return unit_done();
}
