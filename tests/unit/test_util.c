/*
 * test_util.c — struct buf ceilings, util_parse_ll edges, UTF-8 validation,
 * constant-time comparison, util_strlcpy, util_read_file, log levels,
 * struct idlist growth and reuse.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "praatpaal.h"
#include "unit.h"
#include "util.h"

static void
test_buf_grows(void)
{
	struct buf b;
	int i;

	buf_init(&b, 0);
	for (i = 0; i < 1000; i++)
		CHECK(buf_puts(&b, "ab") == 0);
	CHECK_INT(b.len, 2000);
	CHECK_INT(strlen(b.data), 2000);
	CHECK(buf_printf(&b, "%d-%s", 42, "x") == 0);
	CHECK_STR(b.data + 2000, "42-x");
	buf_reset(&b);
	CHECK_INT(b.len, 0);
	CHECK_STR(b.data, "");
	buf_free(&b);
}

static void
test_buf_ceiling(void)
{
	struct buf b;
	char *s;

	buf_init(&b, 8);
	CHECK(buf_puts(&b, "12345") == 0);
	CHECK(buf_puts(&b, "6789") == -1);		/* 9 > 8: refused */
	CHECK_STR(b.data, "12345");			/* unchanged */
	CHECK_INT(b.len, 5);
	CHECK(buf_printf(&b, "%s", "abcd") == -1);
	CHECK_STR(b.data, "12345");
	CHECK(buf_puts(&b, "678") == 0);		/* exactly 8: allowed */
	CHECK_STR(b.data, "12345678");
	CHECK(buf_append(&b, "x", 1) == -1);
	CHECK(buf_append(&b, "", 0) == 0);
	s = buf_steal(&b);
	CHECK_STR(s, "12345678");
	CHECK(b.data == NULL);
	CHECK_INT(b.len, 0);
	free(s);

	/* Stealing an empty buffer yields "" the caller may free. */
	buf_init(&b, 0);
	s = buf_steal(&b);
	CHECK_STR(s, "");
	free(s);
}

static void
test_buf_binary(void)
{
	struct buf b;

	buf_init(&b, 0);
	CHECK(buf_append(&b, "a\0b", 3) == 0);
	CHECK_INT(b.len, 3);
	CHECK(memcmp(b.data, "a\0b", 4) == 0);
	buf_free(&b);
}

static void
test_parse_ll(void)
{
	long long v = 7;

	CHECK(util_parse_ll("0", 0, 10, &v) == 0);
	CHECK_INT(v, 0);
	CHECK(util_parse_ll("10", 0, 10, &v) == 0);
	CHECK_INT(v, 10);
	CHECK(util_parse_ll("-5", -10, 10, &v) == 0);
	CHECK_INT(v, -5);
	CHECK(util_parse_ll("+3", 0, 10, &v) == 0);
	CHECK_INT(v, 3);
	CHECK(util_parse_ll("9223372036854775807", 0, LLONG_MAX, &v) == 0);
	CHECK(v == LLONG_MAX);
	CHECK(util_parse_ll("-9223372036854775808", LLONG_MIN, 0, &v) == 0);
	CHECK(v == LLONG_MIN);

	v = 7;
	CHECK(util_parse_ll("11", 0, 10, &v) == -1);	/* above max */
	CHECK(util_parse_ll("-1", 0, 10, &v) == -1);	/* below min */
	CHECK(util_parse_ll("", 0, 10, &v) == -1);
	CHECK(util_parse_ll("-", 0, 10, &v) == -1);
	CHECK(util_parse_ll(" 1", 0, 10, &v) == -1);	/* leading blank */
	CHECK(util_parse_ll("1 ", 0, 10, &v) == -1);	/* trailing blank */
	CHECK(util_parse_ll("1x", 0, 10, &v) == -1);
	CHECK(util_parse_ll("0x10", 0, 100, &v) == -1);
	CHECK(util_parse_ll("1.5", 0, 10, &v) == -1);
	CHECK(util_parse_ll("9223372036854775808", 0, LLONG_MAX, &v) == -1);
	CHECK(util_parse_ll("-9223372036854775809", LLONG_MIN, 0, &v) == -1);
	CHECK(util_parse_ll(NULL, 0, 10, &v) == -1);
	CHECK_INT(v, 7);				/* untouched on failure */
}

static void
test_strlcpy(void)
{
	char d[6];

	CHECK(util_strlcpy(d, "hello", sizeof(d)) == 0);
	CHECK_STR(d, "hello");
	CHECK(util_strlcpy(d, "hello!", sizeof(d)) == -1);
	CHECK_STR(d, "hello");				/* truncated, terminated */
	CHECK(util_strlcpy(d, "", sizeof(d)) == 0);
	CHECK_STR(d, "");
}

static void
test_utf8(void)
{
#define U(s) util_utf8_valid((s), sizeof(s) - 1)
	CHECK(U("") == 1);
	CHECK(U("hallo, hoe gaat het?") == 1);
	CHECK(U("caf\xc3\xa9") == 1);			/* é */
	CHECK(U("\xe2\x82\xac") == 1);			/* € */
	CHECK(U("\xf0\x9f\x99\x82") == 1);		/* 🙂 */
	CHECK(U("\xf4\x8f\xbf\xbf") == 1);		/* U+10FFFF */
	CHECK(U("\xed\x9f\xbf") == 1);			/* U+D7FF */
	CHECK(U("\xee\x80\x80") == 1);			/* U+E000 */

	CHECK(U("a\0b") == 0);				/* NUL */
	CHECK(U("\xc0\xaf") == 0);			/* overlong '/' */
	CHECK(U("\xc1\xbf") == 0);			/* overlong */
	CHECK(U("\xe0\x80\xaf") == 0);			/* overlong, 3 bytes */
	CHECK(U("\xe0\x9f\xbf") == 0);			/* overlong U+07FF */
	CHECK(U("\xf0\x80\x80\xaf") == 0);		/* overlong, 4 bytes */
	CHECK(U("\xf0\x8f\xbf\xbf") == 0);		/* overlong U+FFFF */
	CHECK(U("\xed\xa0\x80") == 0);			/* U+D800 surrogate */
	CHECK(U("\xed\xbf\xbf") == 0);			/* U+DFFF surrogate */
	CHECK(U("\xf4\x90\x80\x80") == 0);		/* U+110000 */
	CHECK(U("\xf5\x80\x80\x80") == 0);
	CHECK(U("\xff") == 0);
	CHECK(U("\x80") == 0);				/* lone continuation */
	CHECK(U("caf\xc3") == 0);			/* truncated */
	CHECK(U("\xe2\x82") == 0);
	CHECK(U("\xe2\x28\xa1") == 0);			/* bad continuation */
#undef U
	/* Only the first n bytes count. */
	CHECK(util_utf8_valid("ab\xff", 2) == 1);
}

/* The one UTF-8 decoder and the Latin fold table (crisis.c, pii.c, sms_text.c). */
static void
test_utf8_next(void)
{
	long cp;

	CHECK_INT(util_utf8_next((const unsigned char *)"a", 1, &cp), 1);
	CHECK_INT(cp, 'a');
	CHECK_INT(util_utf8_next((const unsigned char *)"\xc3\xa9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(util_utf8_next((const unsigned char *)"\xf0\x9f\x98\xad", 4, &cp), 4);
	CHECK_INT(cp, 0x1F62D);
	CHECK_INT(util_utf8_next((const unsigned char *)"\xc3\xa9", 1, &cp), 1);	/* truncated */
	CHECK_INT(cp, -1);
	CHECK_INT(util_utf8_next((const unsigned char *)"\xc0\x80", 2, &cp), 1);	/* overlong */
	CHECK_INT(cp, -1);
	CHECK_INT(util_utf8_next((const unsigned char *)"\xed\xa0\x80", 3, &cp), 1);	/* surrogate */
	CHECK_INT(cp, -1);
	CHECK_INT(util_utf8_next((const unsigned char *)"\xf4\x90\x80\x80", 4, &cp), 1);	/* > U+10FFFF */
	CHECK_INT(cp, -1);
	CHECK_INT(util_utf8_next((const unsigned char *)"\x80", 1, &cp), 1);
	CHECK_INT(cp, -1);
	CHECK_STR(util_latin_fold[0xE9 - UTIL_LATIN_FOLD_START], "e");
	CHECK_STR(util_latin_fold[0xC9 - UTIL_LATIN_FOLD_START], "e");
	CHECK_STR(util_latin_fold[0xDF - UTIL_LATIN_FOLD_START], "ss");
	CHECK_STR(util_latin_fold[0x133 - UTIL_LATIN_FOLD_START], "ij");
	CHECK_STR(util_latin_fold[0x15F - UTIL_LATIN_FOLD_START], "s");
	CHECK_STR(util_latin_fold[0xD7 - UTIL_LATIN_FOLD_START], "");
}

static void
test_ct_equal(void)
{
	CHECK(util_ct_equal("abcdef", "abcdef", 6) == 1);
	CHECK(util_ct_equal("abcdef", "abcdeg", 6) == 0);
	CHECK(util_ct_equal("xbcdef", "abcdef", 6) == 0);
	CHECK(util_ct_equal("abc", "xyz", 0) == 1);
}

static void
test_clocks(void)
{
	int64_t a, b;

	a = util_now_ms();
	CHECK(a > 1600000000000LL);			/* after 2020 */
	a = util_mono_ms();
	b = util_mono_ms();
	CHECK(b >= a);
}

static void
test_read_file(void)
{
	char path[] = "/tmp/praatpaal-test-util-XXXXXX";
	char err[256] = "";
	char *s;
	size_t len = 0;
	int fd;

	fd = mkstemp(path);
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK(write(fd, "geheim\n", 7) == 7);
	close(fd);

	s = util_read_file(path, 100, &len, err, sizeof(err));
	CHECK_STR(s, "geheim\n");
	CHECK_INT(len, 7);
	free(s);

	s = util_read_file(path, 7, &len, err, sizeof(err));	/* exactly max */
	CHECK(s != NULL);
	free(s);

	s = util_read_file(path, 6, &len, err, sizeof(err));	/* one too many */
	CHECK(s == NULL);
	CHECK(strstr(err, path) == err);
	CHECK(strstr(err, "larger than 6 bytes") != NULL);

	unlink(path);
	err[0] = '\0';
	s = util_read_file(path, 100, &len, err, sizeof(err));
	CHECK(s == NULL);
	CHECK(strstr(err, "No such file") != NULL);
}

static void
test_log_level(void)
{
	enum log_level l = LOGL_DEBUG;

	CHECK(log_parse_level("warn", &l) == 0);
	CHECK_INT(l, LOGL_WARN);
	CHECK(log_parse_level("error", &l) == 0);
	CHECK_INT(l, LOGL_ERROR);
	CHECK(log_parse_level("debug", &l) == 0);
	CHECK_INT(l, LOGL_DEBUG);
	CHECK(log_parse_level("info", &l) == 0);
	CHECK_INT(l, LOGL_INFO);
	CHECK(log_parse_level("verbose", &l) == -1);
	CHECK(log_parse_level("INFO", &l) == -1);
}

/* Capture stderr into a file while running fn; return what was written. */
static char *
capture_stderr(void (*fn)(void))
{
	char path[] = "/tmp/praatpaal-test-log-XXXXXX";
	char err[256];
	char *s;
	int fd, saved;

	fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	dup2(fd, STDERR_FILENO);
	fn();
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(fd);
	s = util_read_file(path, 1 << 20, NULL, err, sizeof(err));
	unlink(path);
	return s;
}

static void
log_some(void)
{
	log_set_level(LOGL_WARN);
	log_info("hidden_event n=%d", 1);
	log_warn("shown_event n=%d", 2);
	log_error("multi\nline");
	log_set_level(LOGL_INFO);
}

static void
log_long(void)
{
	char big[LOG_LINE_MAX * 2];

	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	log_info("long v=%s", big);
}

static void
log_long_json(void)
{
	log_set_format(LOG_FORMAT_JSON);
	log_long();
	log_warn("short_event n=%d", 3);
	log_set_format(LOG_FORMAT_TEXT);
}

static void
test_log_lines(void)
{
	char *s, *nl;

	s = capture_stderr(log_some);
	CHECK(s != NULL);
	if (s == NULL)
		return;
	CHECK(strstr(s, "hidden_event") == NULL);
	/* ts=YYYY-MM-DDTHH:MM:SS.mmmZ level=warn shown_event n=2 */
	CHECK(strncmp(s, "ts=20", 5) == 0);
	CHECK(strlen(s) > 28 && s[13] == 'T' && s[26] == 'Z' && s[22] == '.');
	CHECK(strstr(s, "Z level=warn shown_event n=2\n") != NULL);
	CHECK(strstr(s, "level=error multi line\n") != NULL);
	nl = strchr(s, '\n');
	CHECK(nl != NULL && strchr(nl + 1, '\n') != NULL);
	free(s);

	s = capture_stderr(log_long);
	CHECK(s != NULL);
	if (s == NULL)
		return;
	CHECK_INT(strlen(s), LOG_LINE_MAX - 1);
	CHECK(strstr(s, " truncated=1\n") != NULL);
	CHECK_INT(strchr(s, '\n') - s, LOG_LINE_MAX - 2);	/* one line */
	free(s);

	/* JSON: a cut line still closes its object; a short one is whole. */
	s = capture_stderr(log_long_json);
	CHECK(s != NULL);
	if (s == NULL)
		return;
	nl = strchr(s, '\n');
	CHECK(nl != NULL && nl - s == LOG_LINE_MAX - 2);
	CHECK(strncmp(s, "{\"ts\":\"20", 8) == 0);
	CHECK(nl != NULL && strncmp(nl - 15, ",\"truncated\":1}", 15) == 0);
	CHECK(nl != NULL && strstr(nl + 1, "\"level\":\"warn\"") != NULL);
	CHECK(nl != NULL && strstr(nl + 1, "}\n") != NULL && strstr(nl + 1, "truncated") == NULL);
	free(s);
}

/* The id idlist tests store at position i: spread out, signs and extremes included. */
static int64_t
idlist_value(size_t i)
{
	if (i == 0)
		return INT64_MAX;
	if (i == 1)
		return INT64_MIN;
	return (int64_t)(i * 7919) * ((i % 3 == 0) ? -1 : 1);
}

/* Every entry of l is idlist_value(0 .. n-1) in order; counts mismatches. */
static size_t
idlist_mismatches(const struct idlist *l, size_t n)
{
	size_t bad = 0;

	for (size_t i = 0; i < n && i < l->il_n; i++)
		if (l->il_ids[i] != idlist_value(i))
			bad++;
	return bad;
}

static void
test_idlist(void)
{
	struct idlist l;

	/* Zeroed is empty; freeing an empty list is fine and leaves it empty. */
	memset(&l, 0, sizeof(l));
	CHECK_INT(l.il_n, 0);
	idlist_free(&l);
	CHECK(l.il_ids == NULL);
	CHECK_INT(l.il_n, 0);
	CHECK_INT(l.il_cap, 0);

	/* One entry. */
	idlist_add(&l, 42);
	CHECK_INT(l.il_n, 1);
	CHECK(l.il_cap >= 1);
	CHECK(l.il_ids != NULL && l.il_ids[0] == 42);
	idlist_free(&l);

	/* Exactly 16, then past 16: order and values kept across the growth. */
	for (size_t i = 0; i < 16; i++)
		idlist_add(&l, idlist_value(i));
	CHECK_INT(l.il_n, 16);
	CHECK(l.il_cap >= 16);
	CHECK_INT(idlist_mismatches(&l, 16), 0);
	idlist_add(&l, idlist_value(16));
	CHECK_INT(l.il_n, 17);
	CHECK(l.il_cap >= 17);
	CHECK_INT(idlist_mismatches(&l, 17), 0);

	/* Past 1000 (several more doublings). */
	for (size_t i = 17; i < 1500; i++)
		idlist_add(&l, idlist_value(i));
	CHECK_INT(l.il_n, 1500);
	CHECK(l.il_cap >= 1500);
	CHECK_INT(idlist_mismatches(&l, 1500), 0);
	CHECK(l.il_ids[0] == INT64_MAX && l.il_ids[1] == INT64_MIN);
	CHECK(l.il_ids[999] == idlist_value(999) && l.il_ids[1499] == idlist_value(1499));

	/* Free resets to zero ... */
	idlist_free(&l);
	CHECK(l.il_ids == NULL);
	CHECK_INT(l.il_n, 0);
	CHECK_INT(l.il_cap, 0);

	/* ... so the list can be used again from the start. */
	for (size_t i = 0; i < 20; i++)
		idlist_add(&l, -(int64_t)i);
	CHECK_INT(l.il_n, 20);
	CHECK(l.il_ids != NULL && l.il_ids[0] == 0 && l.il_ids[19] == -19);
	idlist_free(&l);
	CHECK(l.il_ids == NULL);
	CHECK_INT(l.il_n, 0);
	CHECK_INT(l.il_cap, 0);
}

int
main(void)
{
	RUN(test_buf_grows);
	RUN(test_buf_ceiling);
	RUN(test_buf_binary);
	RUN(test_parse_ll);
	RUN(test_strlcpy);
	RUN(test_utf8);
	RUN(test_utf8_next);
	RUN(test_ct_equal);
	RUN(test_clocks);
	RUN(test_read_file);
	RUN(test_log_level);
	RUN(test_log_lines);
	RUN(test_idlist);
	return unit_done();
}
