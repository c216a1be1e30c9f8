/*
 * unit.h — the smallest test harness that says what failed and where.
 *
 *   static void test_x(void) { CHECK(a == b); CHECK_STR(s, "x"); }
 *   int main(void) { RUN(test_x); return unit_done(); }
 *
 * Each binary prints "unit: <name>: N passed, N failed" and exits 1 on any failure.
 * tests/unit/run.sh adds the totals up.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_pass, unit_fail, unit_case_failed;
static const char *unit_case;

#define CHECK(c) do { if (c) unit_pass++; else { unit_fail++; unit_case_failed = 1; \
	fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", __FILE__, __LINE__, unit_case, #c); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
	if (a_ != NULL && b_ != NULL && strcmp(a_, b_) == 0) unit_pass++; else { unit_fail++; unit_case_failed = 1; \
	fprintf(stderr, "%s:%d: %s: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, unit_case, #a, \
	    a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
	if (a_ == b_) unit_pass++; else { unit_fail++; unit_case_failed = 1; \
	fprintf(stderr, "%s:%d: %s: %s is %lld, expected %lld\n", __FILE__, __LINE__, unit_case, #a, a_, b_); } } while (0)
#define RUN(fn) do { unit_case = #fn; unit_case_failed = 0; fn(); \
	if (unit_case_failed) fprintf(stderr, "FAIL %s\n", #fn); } while (0)

static inline int
unit_done_named(const char *name)
{
	printf("unit: %s: %d passed, %d failed\n", name, unit_pass, unit_fail);
	return unit_fail ? 1 : 0;
}
#define unit_done() unit_done_named(__FILE__)

/* Path of a test data file; tests run from the top of the tree. */
#define DATA(p) ("tests/data/" p)

#endif
