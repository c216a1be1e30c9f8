/*
 * test_dashboard.c — the story dashboard's pure parts (src/api_dashboard.c):
 * counts under k are suppressed, and then the smallest others until no
 * suppressed count can be worked out from the total (one hidden cell is
 * never alone, the hidden ones add up to k or more); zeros stay; a chart
 * whose total is under k is hidden whole. The query check names the
 * parameter that is wrong; periods widen to whole weeks or months.
 */
#include <stdio.h>
#include <string.h>

#include "api_dashboard.h"
#include "praatpaal.h"
#include "unit.h"

#define K	5

static void
set(struct dashboard_cell *c, const long long *n, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		c[i].dc_n = n[i];
		c[i].dc_suppressed = -1;
	}
}

static void
test_nothing_small(void)
{
	struct dashboard_cell c[3];
	const long long n[3] = { 6, 0, 9 };

	set(c, n, 3);
	dashboard_suppress(c, 3, K, 0);
	CHECK(!c[0].dc_suppressed && !c[1].dc_suppressed && !c[2].dc_suppressed);
}

static void
test_one_small_takes_the_next_smallest(void)
{
	struct dashboard_cell c[4];
	const long long n[4] = { 6, 5, 2, 0 };

	set(c, n, 4);
	dashboard_suppress(c, 4, K, 0);
	CHECK(!c[0].dc_suppressed);
	CHECK(c[1].dc_suppressed);	/* the complement: 13 - 6 would give 2 back */
	CHECK(c[2].dc_suppressed);
	CHECK(!c[3].dc_suppressed);	/* 0 is never a complement */
}

static void
test_small_sum_takes_more(void)
{
	struct dashboard_cell c[5];
	const long long n[5] = { 1, 2, 7, 8, 20 };

	set(c, n, 5);
	dashboard_suppress(c, 5, K, 0);
	/* 1 + 2 = 3 < k: the 7 goes as well (10), the rest stays. */
	CHECK(c[0].dc_suppressed && c[1].dc_suppressed && c[2].dc_suppressed);
	CHECK(!c[3].dc_suppressed && !c[4].dc_suppressed);
}

static void
test_two_small_enough(void)
{
	struct dashboard_cell c[3];
	const long long n[3] = { 3, 4, 30 };

	set(c, n, 3);
	dashboard_suppress(c, 3, K, 0);
	CHECK(c[0].dc_suppressed && c[1].dc_suppressed && !c[2].dc_suppressed);
}

static void
test_all(void)
{
	struct dashboard_cell c[3];
	const long long n[3] = { 3, 0, 1 };

	set(c, n, 3);
	dashboard_suppress(c, 3, K, 1);
	CHECK(c[0].dc_suppressed && c[1].dc_suppressed && c[2].dc_suppressed);
	set(c, n, 1);
	dashboard_suppress(c, 1, 1, 0);	/* k = 1: nothing is small */
	CHECK(!c[0].dc_suppressed);
}

static void
test_check(void)
{
	struct dashboard_query q = { "2032-03-01", "2032-03-31", "week", NULL, NULL };
	char err[128];

	CHECK_INT(dashboard_check(&q, err, sizeof(err)), 0);
	q.dq_from = "2032-02-29";	/* a leap day */
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), 0);
	q.dq_from = "2031-02-29";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
	CHECK(strncmp(err, "from:", 5) == 0);
	q.dq_from = "2032-03-01";
	q.dq_to = "2032-02-28";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
	CHECK(strncmp(err, "to:", 3) == 0);
	q.dq_from = "2030-01-01";
	q.dq_to = "2033-01-04";		/* 1100 days */
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), 0);
	q.dq_to = "2033-01-05";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
	CHECK(strncmp(err, "to:", 3) == 0);
	q.dq_to = "2030-12-31";
	q.dq_by = "day";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
	CHECK(strncmp(err, "by:", 3) == 0);
	q.dq_by = "month";
	q.dq_role = "admin";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
	CHECK(strncmp(err, "role:", 5) == 0);
	q.dq_role = "parent";
	q.dq_municipality = "Leidschendam-Voorburg";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), 0);
	q.dq_municipality = "Den Haag'";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
	CHECK(strncmp(err, "municipality:", 13) == 0);
	q.dq_municipality = "";
	CHECK_INT(dashboard_check(&q, err, sizeof(err)), -1);
}

static void
snap(const char *f, const char *t, const char *by, const char *wf, const char *wt)
{
	struct dashboard_query q = { f, t, by, NULL, NULL };
	char from[DASHBOARD_DATE_LEN + 1], to[DASHBOARD_DATE_LEN + 1];

	dashboard_snap(&q, from, to);
	CHECK_STR(from, wf);
	CHECK_STR(to, wt);
}

static void
test_snap(void)
{
	snap("2032-03-01", "2032-03-31", "week", "2032-03-01", "2032-04-04");
	snap("2032-03-10", "2032-03-10", "week", "2032-03-08", "2032-03-14");
	snap("2026-12-31", "2027-01-01", "week", "2026-12-28", "2027-01-03");	/* 2026-W53 */
	snap("2024-02-29", "2024-02-29", "month", "2024-02-01", "2024-02-29");
	snap("2023-02-10", "2023-12-01", "month", "2023-02-01", "2023-12-31");
	snap("2032-03-09", "2032-04-02", "month", "2032-03-01", "2032-04-30");
}

int
main(void)
{
	RUN(test_nothing_small);
	RUN(test_one_small_takes_the_next_smallest);
	RUN(test_small_sum_takes_more);
	RUN(test_two_small_enough);
	RUN(test_all);
	RUN(test_check);
	RUN(test_snap);
	return unit_done();
}
