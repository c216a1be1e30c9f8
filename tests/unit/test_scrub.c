/* test_scrub.c — phone-number-like digit runs never reach a log line. */
#include "scrub.h"
#include "unit.h"

static const char *
scrub(const char *in, char *out, size_t n)
{
	scrub_numbers(in, out, n);
	return out;
}

static void
test_numbers(void)
{
	char out[128];

	CHECK_STR(scrub("The 'To' number +31600000001 is not valid", out, sizeof(out)),
	    "The 'To' number <number> is not valid");
	CHECK_STR(scrub("Key (channel, address)=(whatsapp, 31600000002) exists", out, sizeof(out)),
	    "Key (channel, address)=(whatsapp, <number>) exists");
	CHECK_STR(scrub("bel 06-0000 0003 nu", out, sizeof(out)), "bel <number> nu");
	/* Short numbers (codes, ports, counts) stay. */
	CHECK_STR(scrub("error 131056 at port 443", out, sizeof(out)), "error 131056 at port 443");
	CHECK_STR(scrub("1234567 and 12345678", out, sizeof(out)), "1234567 and <number>");
	CHECK_STR(scrub("code 429, 12345 left", out, sizeof(out)), "code 429, 12345 left");
	CHECK_STR(scrub("", out, sizeof(out)), "");
}

static void
test_cut(void)
{
	char out[12];

	CHECK_STR(scrub("abcdefghijklmnop", out, sizeof(out)), "abcdefghijk");
	/* The mark is never cut in half. */
	CHECK_STR(scrub("abcde 31600000001", out, sizeof(out)), "abcde ");
}

static void
test_in_place(void)
{
	char a[] = "The 'To' number +31600000001 is not valid";
	char b[] = "31600000001";
	char c[] = "(#131026) Message undeliverable";
	char d[] = "";
	char e[] = "+31 6 0000 0002-3 and 0612345678";

	scrub_in_place(a);
	CHECK_STR(a, "The 'To' number <number> is not valid");
	scrub_in_place(b);	/* exactly as long as a run may be: still fits */
	CHECK_STR(b, "<number>");
	scrub_in_place(c);
	CHECK_STR(c, "(#131026) Message undeliverable");
	scrub_in_place(d);
	CHECK_STR(d, "");
	scrub_in_place(e);
	CHECK_STR(e, "<number> and <number>");
	scrub_in_place(NULL);	/* nothing to do */
}

int
main(void)
{
	RUN(test_numbers);
	RUN(test_cut);
	RUN(test_in_place);
	return unit_done();
}
