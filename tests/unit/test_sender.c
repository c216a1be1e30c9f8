/* test_sender.c — retry delays: exponential cap, full jitter, Retry-After. */
#include "sender.h"
#include "unit.h"

static void
test_backoff_within_cap(void)
{
	int64_t d, maxseen = 0;
	int i, ok = 1;

	/* attempts 0: cap = base = 500 */
	for (i = 0; i < 2000; i++) {
		d = sender_backoff_ms(0, 500, 300000, 0);
		if (d < 0 || d > 500)
			ok = 0;
		if (d > maxseen)
			maxseen = d;
	}
	CHECK(ok);
	CHECK(maxseen > 250);	/* full jitter: the whole range is used */
	/* attempts 3: cap = 4000 */
	ok = 1;
	for (i = 0; i < 2000; i++) {
		d = sender_backoff_ms(3, 500, 300000, 0);
		if (d < 0 || d > 4000)
			ok = 0;
	}
	CHECK(ok);
}

static void
test_backoff_max(void)
{
	int64_t d;
	int i, ok = 1;

	for (i = 0; i < 2000; i++) {
		d = sender_backoff_ms(60, 500, 2000, 0);
		if (d < 0 || d > 2000)
			ok = 0;
	}
	CHECK(ok);
}

static void
test_backoff_retry_after(void)
{
	int i, ok = 1;

	for (i = 0; i < 500; i++)
		if (sender_backoff_ms(0, 500, 300000, 7) < 7000)
			ok = 0;
	CHECK(ok);
	/* An absurd Retry-After is honoured only up to the limit. */
	CHECK(sender_backoff_ms(0, 500, 300000, 1000000) <= 3600 * 1000LL);
}

int
main(void)
{
	RUN(test_backoff_within_cap);
	RUN(test_backoff_max);
	RUN(test_backoff_retry_after);
	return unit_done();
}
