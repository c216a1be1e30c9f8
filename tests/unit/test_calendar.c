/*
 * test_calendar.c — Europe/Amsterdam local time (the summer-time changes
 * in March and October, day and year boundaries, times that do not exist
 * or exist twice) and the teams' opening hours: parsing good and bad
 * strings, the errors as the configuration reports them (file:line),
 * open or closed at a moment, and the hours as text.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "config.h"
#include "unit.h"
#include "util.h"

extern char **environ;

#define MIN_MS	60000LL
#define HOUR_MS	3600000LL

static void
test_local_time(void)
{
	struct local_time lt;
	int64_t t;

	/* 2026-03-29: summer time starts at 01:00 UTC */
	t = 1774745940000LL;	/* 2026-03-29T00:59:00Z */
	calendar_local_time(t, &lt);
	CHECK_INT(lt.lt_hour, 1);
	CHECK_INT(lt.lt_minute, 59);
	CHECK_INT(lt.lt_dst, 0);
	calendar_local_time(t + 60000, &lt);
	CHECK_INT(lt.lt_hour, 3);
	CHECK_INT(lt.lt_minute, 0);
	CHECK_INT(lt.lt_dst, 1);
	CHECK_INT(lt.lt_wday, 6);	/* Sunday */
	/* 2026-10-25: back at 01:00 UTC */
	t = 1792889940000LL;	/* 2026-10-25T00:59:00Z */
	calendar_local_time(t, &lt);
	CHECK_INT(lt.lt_hour, 2);
	CHECK_INT(lt.lt_dst, 1);
	calendar_local_time(t + 60000, &lt);
	CHECK_INT(lt.lt_hour, 2);
	CHECK_INT(lt.lt_minute, 0);
	CHECK_INT(lt.lt_dst, 0);
	/* 2026-11-23 10:00 local = 09:00 UTC, a Monday */
	t = calendar_local_to_ms(2026, 11, 23, 10, 0);
	CHECK_INT(t, 1795424400000LL);
	calendar_local_time(t, &lt);
	CHECK_INT(lt.lt_year, 2026);
	CHECK_INT(lt.lt_month, 11);
	CHECK_INT(lt.lt_day, 23);
	CHECK_INT(lt.lt_wday, 0);
	/* summer: 2026-07-01 12:00 local = 10:00 UTC */
	CHECK_INT(calendar_local_to_ms(2026, 7, 1, 12, 0), 1782900000000LL);
	/* leap day, and a year later */
	calendar_local_time(calendar_local_to_ms(2028, 2, 29, 23, 59), &lt);
	CHECK_INT(lt.lt_month, 2);
	CHECK_INT(lt.lt_day, 29);
	CHECK_INT(lt.lt_hour, 23);
}

static void
test_hours(void)
{
	struct team_hours h;
	char err[256];

	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, sat 10:00-14:00", &h, err, sizeof(err)), 0);
	CHECK_STR(h.th_team, "JIP");
	CHECK_INT(h.th_open[0], 540);
	CHECK_INT(h.th_close[4], 1020);
	CHECK_INT(h.th_open[5], 600);
	CHECK_INT(h.th_close[6], 0);
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 11, 23, 9, 0)));
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 11, 23, 8, 59)));
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 11, 23, 17, 0)));
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 11, 28, 13, 0)));
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 11, 29, 13, 0)));
	CHECK(calendar_team_open(&h, 1, "CIT", calendar_local_to_ms(2026, 11, 29, 3, 0)));
	CHECK_INT(calendar_hours_parse("CIT=24/7", &h, err, sizeof(err)), 0);
	CHECK_INT(h.th_close[6], 1440);
	CHECK_INT(calendar_hours_parse("JIP=mon-fri 9-17", &h, err, sizeof(err)), -1);
	CHECK(strstr(err, "HH:MM-HH:MM") != NULL);
	CHECK_INT(calendar_hours_parse("mon-fri 09:00-17:00", &h, err, sizeof(err)), -1);
	CHECK_INT(calendar_hours_parse("JIP=fri-mon 09:00-17:00", &h, err, sizeof(err)), -1);
	CHECK_INT(calendar_hours_parse("JIP=mon 17:00-09:00", &h, err, sizeof(err)), -1);
}

/* Local time of ms as "YYYY-MM-DD HH:MM wD CET|CEST", for compact checks. */
static const char *
local_str(int64_t ms)
{
	static char s[64];
	struct local_time lt;

	calendar_local_time(ms, &lt);
	snprintf(s, sizeof(s), "%04d-%02d-%02d %02d:%02d w%d %s", lt.lt_year, lt.lt_month,
	    lt.lt_day, lt.lt_hour, lt.lt_minute, lt.lt_wday, lt.lt_dst ? "CEST" : "CET");
	return s;
}

/* Epoch ms of a UTC date and time, by the C library (an independent reckoning). */
static int64_t
utc_ms(int y, int mo, int d, int h, int mi)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	return (int64_t)timegm(&tm) * 1000;
}

/* Summer time starts on the last Sunday of March at 01:00 UTC: 02:00 CET becomes 03:00 CEST. */
static void
test_dst_march(void)
{
	CHECK_STR(local_str(utc_ms(2025, 3, 30, 0, 59)), "2025-03-30 01:59 w6 CET");
	CHECK_STR(local_str(utc_ms(2025, 3, 30, 1, 0)), "2025-03-30 03:00 w6 CEST");
	CHECK_STR(local_str(utc_ms(2027, 3, 28, 0, 59)), "2027-03-28 01:59 w6 CET");
	CHECK_STR(local_str(utc_ms(2027, 3, 28, 1, 0)), "2027-03-28 03:00 w6 CEST");
	/* the Sunday before the last one is still winter */
	CHECK_STR(local_str(utc_ms(2026, 3, 22, 12, 0)), "2026-03-22 13:00 w6 CET");
	/* 31 March as the last Sunday (2024) */
	CHECK_STR(local_str(utc_ms(2024, 3, 31, 0, 59)), "2024-03-31 01:59 w6 CET");
	CHECK_STR(local_str(utc_ms(2024, 3, 31, 1, 0)), "2024-03-31 03:00 w6 CEST");
	/* 02:30 does not exist that night: it is read as 03:30 CEST (01:30 UTC) */
	CHECK_INT(calendar_local_to_ms(2026, 3, 29, 2, 30), utc_ms(2026, 3, 29, 1, 30));
	CHECK_INT(calendar_local_to_ms(2026, 3, 29, 3, 0), utc_ms(2026, 3, 29, 1, 0));
	CHECK_INT(calendar_local_to_ms(2026, 3, 29, 1, 59), utc_ms(2026, 3, 29, 0, 59));
}

/* Summer time ends on the last Sunday of October at 01:00 UTC: 03:00 CEST becomes 02:00 CET. */
static void
test_dst_october(void)
{
	CHECK_STR(local_str(utc_ms(2025, 10, 26, 0, 59)), "2025-10-26 02:59 w6 CEST");
	CHECK_STR(local_str(utc_ms(2025, 10, 26, 1, 0)), "2025-10-26 02:00 w6 CET");
	/* 31 October as the last Sunday (2027) */
	CHECK_STR(local_str(utc_ms(2027, 10, 31, 0, 59)), "2027-10-31 02:59 w6 CEST");
	CHECK_STR(local_str(utc_ms(2027, 10, 31, 1, 0)), "2027-10-31 02:00 w6 CET");
	/* the Sunday before the last one is still summer */
	CHECK_STR(local_str(utc_ms(2026, 10, 18, 12, 0)), "2026-10-18 14:00 w6 CEST");
	/* 02:30 exists twice that night: the summer-time one (00:30 UTC) is taken */
	CHECK_INT(calendar_local_to_ms(2026, 10, 25, 2, 30), utc_ms(2026, 10, 25, 0, 30));
	CHECK_INT(calendar_local_to_ms(2026, 10, 25, 3, 0), utc_ms(2026, 10, 25, 2, 0));
	CHECK_INT(calendar_local_to_ms(2026, 10, 25, 1, 59), utc_ms(2026, 10, 24, 23, 59));
}

/* Midnight in Amsterdam is 23:00 UTC in winter and 22:00 UTC in summer. */
static void
test_day_boundaries(void)
{
	/* winter: Sunday night into Monday */
	CHECK_STR(local_str(utc_ms(2026, 11, 29, 22, 59)), "2026-11-29 23:59 w6 CET");
	CHECK_STR(local_str(utc_ms(2026, 11, 29, 23, 0)), "2026-11-30 00:00 w0 CET");
	/* summer: Friday night into Saturday */
	CHECK_STR(local_str(utc_ms(2026, 7, 3, 21, 59)), "2026-07-03 23:59 w4 CEST");
	CHECK_STR(local_str(utc_ms(2026, 7, 3, 22, 0)), "2026-07-04 00:00 w5 CEST");
	/* new year, month ends, a leap day */
	CHECK_STR(local_str(utc_ms(2026, 12, 31, 22, 59)), "2026-12-31 23:59 w3 CET");
	CHECK_STR(local_str(utc_ms(2026, 12, 31, 23, 0)), "2027-01-01 00:00 w4 CET");
	CHECK_STR(local_str(utc_ms(2026, 4, 30, 22, 0)), "2026-05-01 00:00 w4 CEST");
	CHECK_STR(local_str(utc_ms(2028, 2, 28, 23, 0)), "2028-02-29 00:00 w1 CET");
	CHECK_STR(local_str(utc_ms(2028, 2, 29, 23, 0)), "2028-03-01 00:00 w2 CET");
	CHECK_STR(local_str(utc_ms(2100, 2, 28, 23, 0)), "2100-03-01 00:00 w0 CET");
	/* before 1970 */
	CHECK_STR(local_str(utc_ms(1969, 12, 31, 23, 0)), "1970-01-01 00:00 w3 CET");
	CHECK_STR(local_str(utc_ms(1969, 12, 31, 22, 59)), "1969-12-31 23:59 w2 CET");
}

/* Every quarter of an hour of a year there and back, but for the hour skipped in March. */
static void
test_round_trip(void)
{
	struct local_time lt;
	int64_t t, end = utc_ms(2027, 1, 1, 0, 0);
	int bad = 0;

	for (t = utc_ms(2026, 1, 1, 0, 0); t < end; t += 15 * MIN_MS) {
		calendar_local_time(t, &lt);
		if (calendar_local_to_ms(lt.lt_year, lt.lt_month, lt.lt_day, lt.lt_hour,
		    lt.lt_minute) == t)
			continue;
		/* the second 02:xx of the October night maps to the first */
		if (lt.lt_month == 10 && lt.lt_day == 25 && lt.lt_hour == 2 && !lt.lt_dst)
			continue;
		if (bad++ < 3)
			fprintf(stderr, "round trip: %s\n", local_str(t));
	}
	CHECK_INT(bad, 0);
}

static void
test_team_open_boundaries(void)
{
	struct team_hours h[2];
	char err[256];

	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00", &h[0], err, sizeof(err)), 0);
	CHECK_INT(calendar_hours_parse("JIT=sun 00:00-24:00", &h[1], err, sizeof(err)), 0);
	/* Monday 09:00 in summer and in winter, by local time */
	CHECK(calendar_team_open(h, 2, "JIP", utc_ms(2026, 7, 6, 7, 0)));
	CHECK(!calendar_team_open(h, 2, "JIP", utc_ms(2026, 7, 6, 6, 59)));
	CHECK(calendar_team_open(h, 2, "JIP", utc_ms(2026, 12, 7, 8, 0)));
	CHECK(!calendar_team_open(h, 2, "JIP", utc_ms(2026, 12, 7, 7, 59)));
	/* Sunday open all day: from local midnight to the next */
	CHECK(!calendar_team_open(h, 2, "JIT", utc_ms(2026, 12, 5, 22, 59)));
	CHECK(calendar_team_open(h, 2, "JIT", utc_ms(2026, 12, 5, 23, 0)));
	CHECK(calendar_team_open(h, 2, "JIT", utc_ms(2026, 12, 6, 22, 59)));
	CHECK(!calendar_team_open(h, 2, "JIT", utc_ms(2026, 12, 6, 23, 0)));
	/* opening on the morning summer time starts (Sunday 29 March 2026) */
	CHECK(calendar_team_open(h, 2, "JIT", utc_ms(2026, 3, 29, 0, 59)));
	CHECK(calendar_team_open(h, 2, "JIT", utc_ms(2026, 3, 29, 1, 0)));
	/* a team without hours (CIT) and no team at all: open */
	CHECK(calendar_team_open(h, 2, "CIT", utc_ms(2026, 12, 6, 3, 0)));
	CHECK(calendar_team_open(h, 0, "JIP", utc_ms(2026, 12, 6, 3, 0)));
	CHECK(calendar_hours_find(h, 2, NULL) == NULL);
	CHECK(calendar_hours_find(h, 2, "JIT") == &h[1]);
}

static void
test_hours_default(void)
{
	struct team_hours h[4];

	CHECK_INT(calendar_hours_default(h, NELEM(h)), 2);
	CHECK_STR(h[0].th_team, "JIP");
	CHECK_STR(h[1].th_team, "JIT");
	CHECK_INT(h[1].th_open[4], 540);
	CHECK_INT(h[1].th_close[4], 1020);
	CHECK_INT(h[1].th_close[5], 0);
	CHECK(calendar_hours_find(h, 2, "CIT") == NULL);
	CHECK_INT(calendar_hours_default(h, 1), 1);
}

static void
test_hours_parse_good(void)
{
	struct team_hours h;
	char err[256];

	CHECK_INT(calendar_hours_parse("JIP=  mon 09:00-12:00,wed-thu 13:00-17:30 ,  sun 00:00-24:00",
	    &h, err, sizeof(err)), 0);
	CHECK_INT(h.th_open[0], 540);
	CHECK_INT(h.th_close[0], 720);
	CHECK_INT(h.th_open[1], 0);
	CHECK_INT(h.th_close[1], 0);
	CHECK_INT(h.th_open[2], 780);
	CHECK_INT(h.th_close[3], 1050);
	CHECK_INT(h.th_close[6], 1440);
	/* a later item for the same day wins */
	CHECK_INT(calendar_hours_parse("JIT=mon-fri 09:00-17:00, fri 09:00-12:00", &h, err,
	    sizeof(err)), 0);
	CHECK_INT(h.th_close[3], 1020);
	CHECK_INT(h.th_close[4], 720);
	/* the longest team name that fits */
	CHECK_INT(calendar_hours_parse("ABCDEFG=sat 10:00-11:00", &h, err, sizeof(err)), 0);
	CHECK_STR(h.th_team, "ABCDEFG");
	/* nothing after "=": closed all week */
	CHECK_INT(calendar_hours_parse("JIP=", &h, err, sizeof(err)), 0);
	CHECK_INT(h.th_close[0], 0);
	CHECK_INT(calendar_hours_parse("CIT= 24/7", &h, err, sizeof(err)), 0);
	CHECK_INT(h.th_open[0], 0);
	CHECK_INT(h.th_close[0], 1440);
}

/* Each bad string: -1, the exact error, and the output untouched. */
static void
check_bad(const char *spec, const char *want)
{
	struct team_hours h;
	char err[256];

	memset(&h, 0x5a, sizeof(h));
	CHECK_INT(calendar_hours_parse(spec, &h, err, sizeof(err)), -1);
	CHECK_STR(err, want);
	CHECK_INT((unsigned char)h.th_team[0], 0x5a);
}

static void
test_hours_parse_bad(void)
{
	check_bad("mon-fri 09:00-17:00",
	    "opening hours \"mon-fri 09:00-17:00\": expected TEAM=days HH:MM-HH:MM");
	check_bad("=mon-fri 09:00-17:00",
	    "opening hours \"=mon-fri 09:00-17:00\": expected TEAM=days HH:MM-HH:MM");
	check_bad("ABCDEFGH=mon 09:00-17:00",
	    "opening hours \"ABCDEFGH=mon 09:00-17:00\": expected TEAM=days HH:MM-HH:MM");
	check_bad("JIP=mon-fri 9-17",
	    "opening hours \"mon-fri 9-17\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon-fri 09:00-17:00, sun 9:00-12:00",
	    "opening hours \"sun 9:00-12:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=monday 09:00-17:00",
	    "opening hours \"monday 09:00-17:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=Mon 09:00-17:00",
	    "opening hours \"Mon 09:00-17:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=fri-mon 09:00-17:00",
	    "opening hours \"fri-mon 09:00-17:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon 17:00-09:00",
	    "opening hours \"mon 17:00-09:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon 09:00-09:00",
	    "opening hours \"mon 09:00-09:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon 09:00-24:30",
	    "opening hours \"mon 09:00-24:30\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon 09:60-17:00",
	    "opening hours \"mon 09:60-17:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon 09:00 17:00",
	    "opening hours \"mon 09:00 17:00\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=mon-fri",
	    "opening hours \"mon-fri\": expected days like mon-fri and HH:MM-HH:MM");
	check_bad("JIP=24/7, mon 09:00-17:00",
	    "opening hours \"24/7, mon 09:00-17:00\": expected days like mon-fri and HH:MM-HH:MM");
}

/* Remove every PRAATPAAL_* variable, so the caller's environment cannot leak in. */
static void
env_clear(void)
{
	char name[256], **e;
	size_t n;

	for (e = environ; e != NULL && *e != NULL; ) {
		n = strcspn(*e, "=");
		if (strncmp(*e, "PRAATPAAL_", 10) != 0 || n >= sizeof(name)) {
			e++;
			continue;
		}
		memcpy(name, *e, n);
		name[n] = '\0';
		unsetenv(name);
		e = environ;	/* environ changed: rescan */
	}
}

/* The configuration reports a bad string with the file and line it came from. */
static void
test_hours_in_config(void)
{
	static const char conf[] =
	    "[database]\n"
	    "url = postgresql:///praatpaal_test\n"
	    "[privacy]\n"
	    "pseudonym_key = test-pseudonym-key-0001\n"
	    "[teams]\n"
	    "jip_hours = mon-fri 09:00-17:00\n"
	    "jit_hours = mon-fri 9-17\n"
	    "cit_hours = always\n";
	char path[64], want[512];
	struct config cfg;
	struct buf errs;
	FILE *fp;

	env_clear();
	snprintf(path, sizeof(path), "/tmp/praatpaal-test-calendar-%d.conf", (int)getpid());
	fp = fopen(path, "w");
	CHECK(fp != NULL);
	if (fp == NULL)
		return;
	CHECK_INT(fwrite(conf, 1, sizeof(conf) - 1, fp), sizeof(conf) - 1);
	fclose(fp);
	buf_init(&errs, 0);
	CHECK_INT(config_load(path, &cfg, &errs), -1);
	snprintf(want, sizeof(want),
	    "%s:7: teams.jit_hours: opening hours \"mon-fri 9-17\": expected days like "
	    "mon-fri and HH:MM-HH:MM\n"
	    "%s:8: teams.cit_hours: opening hours \"always\": expected days like mon-fri and "
	    "HH:MM-HH:MM\n", path, path);
	CHECK_STR(errs.data, want);
	buf_free(&errs);
	unlink(path);
}

static void
test_hours_format(void)
{
	struct team_hours h[2];
	struct buf b;
	char err[256];

	CHECK_INT(calendar_hours_default(h, 1), 1);
	buf_init(&b, 0);
	calendar_hours_format(&h[0], "nl", &b);
	CHECK_STR(b.data, "ma-vr 09:00-17:00");
	buf_free(&b);

	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, sat 10:00-14:00", &h[1], err,
	    sizeof(err)), 0);
	buf_init(&b, 0);
	calendar_hours_format(&h[1], "en", &b);
	CHECK_STR(b.data, "Mon-Fri 09:00-17:00, Sat 10:00-14:00");
	buf_free(&b);

	CHECK_INT(calendar_hours_parse("JIT=mon 09:00-12:00, wed 09:00-12:00, thu 09:30-12:00", &h[1],
	    err, sizeof(err)), 0);
	buf_init(&b, 0);
	calendar_hours_format(&h[1], "nl", &b);
	CHECK_STR(b.data, "ma 09:00-12:00, wo 09:00-12:00, do 09:30-12:00");
	buf_free(&b);

	CHECK_INT(calendar_hours_parse("CIT=24/7", &h[1], err, sizeof(err)), 0);
	buf_init(&b, 0);
	calendar_hours_format(&h[1], "nl", &b);
	CHECK_STR(b.data, "ma-zo 00:00-24:00");
	buf_free(&b);

	buf_init(&b, 0);
	calendar_hours_format(NULL, "en", &b);
	CHECK_STR(b.data, "24/7");
	buf_free(&b);
}

/* Easter and the Dutch public holidays, computed. */
static void
test_holidays(void)
{
	static const int easter[][3] = {
		{ 2024, 3, 31 }, { 2025, 4, 20 }, { 2026, 4, 5 }, { 2027, 3, 28 }, { 2028, 4, 16 },
		{ 2030, 4, 21 }, { 2038, 4, 25 }, { 2008, 3, 23 },
	};
	size_t i;
	int m, d;

	for (i = 0; i < NELEM(easter); i++) {
		calendar_easter(easter[i][0], &m, &d);
		CHECK_INT(m, easter[i][1]);
		CHECK_INT(d, easter[i][2]);
	}
	CHECK_STR(calendar_holiday(2027, 1, 1), "Nieuwjaarsdag");
	CHECK_STR(calendar_holiday(2027, 3, 29), "Tweede Paasdag");
	CHECK_STR(calendar_holiday(2026, 5, 14), "Hemelvaartsdag");	/* Easter + 39 */
	CHECK_STR(calendar_holiday(2026, 5, 25), "Tweede Pinksterdag");
	CHECK_STR(calendar_holiday(2026, 4, 27), "Koningsdag");
	CHECK_STR(calendar_holiday(2025, 4, 26), "Koningsdag");		/* the 27th was a Sunday */
	CHECK(calendar_holiday(2025, 4, 27) == NULL);
	CHECK_STR(calendar_holiday(2026, 5, 5), "Bevrijdingsdag");
	CHECK_STR(calendar_holiday(2026, 12, 25), "Eerste Kerstdag");
	CHECK_STR(calendar_holiday(2026, 12, 26), "Tweede Kerstdag");
	CHECK(calendar_holiday(2026, 12, 24) == NULL);
	CHECK(calendar_holiday(2026, 4, 3) == NULL);	/* Goede Vrijdag is no public holiday */
	CHECK(calendar_holiday(2026, 11, 23) == NULL);
}

/* Holidays closed by default, holiday hours, a team's own dates, 24/7 untouched. */
static void
test_hours_holidays(void)
{
	struct team_hours h, def[2];
	char err[256];

	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00", &h, err, sizeof(err)), 0);
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2027, 3, 29, 10, 0)));	/* Easter Monday */
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2027, 3, 30, 10, 0)));
	CHECK(calendar_hours_default(def, 2) == 2);
	CHECK(!calendar_team_open(def, 2, "JIT", calendar_local_to_ms(2026, 12, 25, 10, 0)));
	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, holidays 10:00-14:00, "
	    "2026-12-24 09:00-13:00, 2026-12-31 closed, 2026-12-27 12:00-16:00", &h, err, sizeof(err)), 0);
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 12, 25, 11, 0)));
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 12, 25, 15, 0)));
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 12, 24, 12, 0)));
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 12, 24, 14, 0)));
	CHECK(!calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 12, 31, 10, 0)));
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2026, 12, 27, 13, 0)));	/* a Sunday */
	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, holidays as-usual", &h, err, sizeof(err)), 0);
	CHECK(calendar_team_open(&h, 1, "JIP", calendar_local_to_ms(2027, 3, 29, 10, 0)));
	CHECK_INT(calendar_hours_parse("CIT=24/7", &h, err, sizeof(err)), 0);
	CHECK(calendar_team_open(&h, 1, "CIT", calendar_local_to_ms(2026, 12, 25, 3, 0)));
	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, 2026-13-01 closed", &h, err, sizeof(err)), -1);
	CHECK(strstr(err, "YYYY-MM-DD") != NULL);
	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, holidays 9-17", &h, err, sizeof(err)), -1);
	CHECK(strstr(err, "holidays") != NULL);
	CHECK_INT(calendar_hours_parse("JIP=mon-fri 09:00-17:00, 2026-12-24 13:00-09:00", &h, err, sizeof(err)), -1);
}

int
main(void)
{
	RUN(test_local_time);
	RUN(test_hours);
	RUN(test_dst_march);
	RUN(test_dst_october);
	RUN(test_day_boundaries);
	RUN(test_round_trip);
	RUN(test_team_open_boundaries);
	RUN(test_hours_default);
	RUN(test_hours_parse_good);
	RUN(test_hours_parse_bad);
	RUN(test_hours_in_config);
	RUN(test_hours_format);
	RUN(test_holidays);
	RUN(test_hours_holidays);
	return unit_done();
}
