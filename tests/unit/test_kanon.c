/*
 * test_kanon.c — the k-anonymity ladder (src/kanon.c): groups of k stay as
 * they are, rarer ones climb time -> month, municipality -> Haaglanden,
 * age band -> <18/18+, and only then are suppressed; the report counts
 * both; ISO weeks go to the month of their Thursday.
 */
#include <stdio.h>
#include <string.h>

#include "kanon.h"
#include "unit.h"

static void
add(struct kanon *kn, const char *mun, const char *age, const char *role, const char *t,
    size_t n)
{
	const char *qi[KQ_N] = { mun, age, role, t };

	kanon_add(kn, qi, n);
}

static int
look(struct kanon *kn, const char *mun, const char *age, const char *role, const char *t,
    char out[KQ_N][KANON_VALUE_MAX])
{
	const char *qi[KQ_N] = { mun, age, role, t };

	return kanon_lookup(kn, qi, out);
}

static void
test_time_month(void)
{
	char m[16];

	kanon_time_month("2026-03-05", m, sizeof(m));
	CHECK_STR(m, "2026-03");
	kanon_time_month("2026-W01", m, sizeof(m));	/* Thursday 1 January 2026 */
	CHECK_STR(m, "2026-01");
	kanon_time_month("2025-W01", m, sizeof(m));	/* Thursday 2 January 2025 */
	CHECK_STR(m, "2025-01");
	kanon_time_month("2026-W10", m, sizeof(m));	/* Thursday 5 March 2026 */
	CHECK_STR(m, "2026-03");
	kanon_time_month("2026-W09", m, sizeof(m));	/* Thursday 26 February 2026 */
	CHECK_STR(m, "2026-02");
	kanon_time_month("2024-W09", m, sizeof(m));	/* Thursday 29 February 2024 */
	CHECK_STR(m, "2024-02");
	kanon_time_month("2020-W53", m, sizeof(m));	/* Thursday 31 December 2020 */
	CHECK_STR(m, "2020-12");
	CHECK_STR(kanon_age_wider("16-17"), "<18");
	CHECK_STR(kanon_age_wider("21-23"), "18+");
	CHECK(kanon_age_wider(NULL) == NULL);
}

static void
test_ladder(void)
{
	struct kanon *kn = kanon_new(5);
	struct kanon_report r;
	char out[KQ_N][KANON_VALUE_MAX];

	add(kn, "Delft", "16-17", "youth", "2026-03-05", 5);	/* big enough */
	add(kn, "Delft", "16-17", "youth", "2026-03-06", 2);	/* month with ... */
	add(kn, "Delft", "16-17", "youth", "2026-03-09", 3);	/* ... this: 5 */
	add(kn, "Rijswijk", "12-15", "youth", "2026-03-05", 2);	/* region: with Wassenaar */
	add(kn, "Wassenaar", "12-15", "youth", "2026-03-20", 3);
	add(kn, "Westland", "18-20", "parent", "2026-04-01", 2);	/* age wider, with ... */
	add(kn, "Zoetermeer", "24+", "parent", "2026-04-02", 3);	/* ... this: 5 */
	add(kn, "Delft", "21-23", "professional", "2026-05-01", 1);	/* alone: suppressed */
	add(kn, "Delft", "16-17", "youth", "2026-03-05", 1);		/* merges with the first */
	kanon_solve(kn, &r);
	CHECK_INT(r.kr_rows, 22);
	CHECK_INT(r.kr_suppressed, 1);
	CHECK_INT(r.kr_generalised, 15);

	CHECK_INT(look(kn, "Delft", "16-17", "youth", "2026-03-05", out), 0);
	CHECK_STR(out[KQ_TIME], "2026-03-05");
	CHECK_STR(out[KQ_MUNICIPALITY], "Delft");
	CHECK_INT(look(kn, "Delft", "16-17", "youth", "2026-03-09", out), 1);
	CHECK_STR(out[KQ_TIME], "2026-03");
	CHECK_STR(out[KQ_MUNICIPALITY], "Delft");
	CHECK_INT(look(kn, "Wassenaar", "12-15", "youth", "2026-03-20", out), 2);
	CHECK_STR(out[KQ_MUNICIPALITY], "Haaglanden");
	CHECK_STR(out[KQ_AGE_BAND], "12-15");
	CHECK_INT(look(kn, "Zoetermeer", "24+", "parent", "2026-04-02", out), 3);
	CHECK_STR(out[KQ_AGE_BAND], "18+");
	CHECK_STR(out[KQ_MUNICIPALITY], "Haaglanden");
	CHECK_STR(out[KQ_TIME], "2026-04");
	CHECK_STR(out[KQ_ROLE], "parent");
	CHECK_INT(look(kn, "Delft", "21-23", "professional", "2026-05-01", out), -1);
	CHECK_INT(look(kn, "Nergens", "21-23", "youth", "2026-05-01", out), -1);
	kanon_free(kn);
}

static void
test_nulls_and_k1(void)
{
	struct kanon *kn = kanon_new(1);
	struct kanon_report r;
	char out[KQ_N][KANON_VALUE_MAX];

	add(kn, NULL, NULL, "youth", "2026-W10", 1);
	kanon_solve(kn, &r);
	CHECK_INT(r.kr_generalised, 0);
	CHECK_INT(look(kn, NULL, NULL, "youth", "2026-W10", out), 0);
	CHECK_STR(out[KQ_MUNICIPALITY], "");
	CHECK_STR(out[KQ_TIME], "2026-W10");
	kanon_free(kn);

	kn = kanon_new(3);
	add(kn, NULL, NULL, "youth", "2026-W10", 2);
	add(kn, NULL, NULL, "youth", "2026-W11", 1);
	kanon_solve(kn, &r);
	CHECK_INT(look(kn, NULL, NULL, "youth", "2026-W11", out), 1);
	CHECK_STR(out[KQ_TIME], "2026-03");
	CHECK_INT(r.kr_generalised, 3);
	CHECK_INT(r.kr_suppressed, 0);
	kanon_free(kn);
}

int
main(void)
{
	RUN(test_time_month);
	RUN(test_ladder);
	RUN(test_nulls_and_k1);
	return unit_done();
}
