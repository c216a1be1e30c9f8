/*
 * calendar.c — Europe/Amsterdam local time and the teams' opening hours.
 *
 * The EU summer-time rule is computed, not read from the TZ database, so
 * the result does not depend on the machine's zone files. Opening hours
 * come from the configuration ([teams] jip_hours ...) as short strings
 * ("mon-fri 09:00-17:00"), are checked when the configuration loads and
 * are read by the engine for handovers and {team_hours}. Pure functions:
 * no clock reads, no state, no locking needed.
 */
#include <stdio.h>
#include <string.h>

#include "calendar.h"

/* ---- Time: Europe/Amsterdam without the TZ database ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static int64_t
days_from_civil(int y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Monday = 0 of a day number. 1970-01-01 was a Thursday (3). */
static int
weekday_of(int64_t days)
{
	int64_t w = (days + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

/* Day number of the last Sunday of month m (31 days: March, October) in year y. */
static int64_t
last_sunday(int y, int m)
{
	int64_t d = days_from_civil(y, m, 31);

	return d - (weekday_of(d) + 1) % 7;
}

static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static int
is_dst(int64_t utc_ms)
{
	int y, m, d;
	int64_t start, end;

	civil_from_days(floor_div(utc_ms, 86400000), &y, &m, &d);
	start = last_sunday(y, 3) * 86400000 + 3600000;
	end = last_sunday(y, 10) * 86400000 + 3600000;
	return utc_ms >= start && utc_ms < end;
}

void
calendar_local_time(int64_t ms, struct local_time *lt)
{
	int64_t local, days, rem;

	lt->lt_dst = is_dst(ms);
	local = ms + (lt->lt_dst ? 2 : 1) * 3600000LL;
	days = floor_div(local, 86400000);
	rem = local - days * 86400000;
	civil_from_days(days, &lt->lt_year, &lt->lt_month, &lt->lt_day);
	lt->lt_wday = weekday_of(days);
	lt->lt_hour = (int)(rem / 3600000);
	lt->lt_minute = (int)(rem / 60000 % 60);
}

int64_t
calendar_local_to_ms(int year, int month, int day, int hour, int minute)
{
	int64_t local;

	local = days_from_civil(year, month, day) * 86400000 + (hour * 60 + minute) * 60000LL;
	if (is_dst(local - 2 * 3600000LL))
		return local - 2 * 3600000LL;
	return local - 3600000LL;
}

/* ---- Dutch public holidays ---- */

void
calendar_easter(int year, int *month, int *day)
{
	/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;

	*month = (h + l - 7 * m + 114) / 31;
	*day = (h + l - 7 * m + 114) % 31 + 1;
}

const char *
calendar_holiday(int year, int month, int day)
{
	static const struct { int after_easter; const char *name; } moving[] = {
		{ 0, "Eerste Paasdag" }, { 1, "Tweede Paasdag" }, { 39, "Hemelvaartsdag" },
		{ 49, "Eerste Pinksterdag" }, { 50, "Tweede Pinksterdag" },
	};
	int64_t days = days_from_civil(year, month, day), easter;
	int em, ed;
	size_t i;

	if (month == 1 && day == 1)
		return "Nieuwjaarsdag";
	if (month == 12 && day == 25)
		return "Eerste Kerstdag";
	if (month == 12 && day == 26)
		return "Tweede Kerstdag";
	if (month == 5 && day == 5)
		return "Bevrijdingsdag";
	if (month == 4 && (day == 27 || day == 26)) {
		/* Koningsdag: the 27th, or the 26th when the 27th is a Sunday */
		int sunday27 = weekday_of(days_from_civil(year, 4, 27)) == 6;

		if ((day == 27 && !sunday27) || (day == 26 && sunday27))
			return "Koningsdag";
	}
	calendar_easter(year, &em, &ed);
	easter = days_from_civil(year, em, ed);
	for (i = 0; i < NELEM(moving); i++)
		if (days == easter + moving[i].after_easter)
			return moving[i].name;
	return NULL;
}

/* ---- Opening hours ---- */

const struct team_hours *
calendar_hours_find(const struct team_hours *hours, size_t n, const char *team)
{
	size_t i;

	for (i = 0; team != NULL && i < n; i++)
		if (strcmp(hours[i].th_team, team) == 0)
			return &hours[i];
	return NULL;
}

int
calendar_team_open(const struct team_hours *hours, size_t n, const char *team, int64_t ms)
{
	const struct team_hours *h = calendar_hours_find(hours, n, team);
	const struct team_hour_except *x;
	struct local_time lt;
	size_t i;
	int min;

	if (h == NULL)
		return 1;
	calendar_local_time(ms, &lt);
	min = lt.lt_hour * 60 + lt.lt_minute;
	for (i = 0; i < h->th_nexcept && i < CALENDAR_EXCEPT_MAX; i++) {
		x = &h->th_except[i];
		if (x->te_year == lt.lt_year && x->te_month == lt.lt_month && x->te_day == lt.lt_day)
			return x->te_open <= min && min < x->te_close;
	}
	if (h->th_holidays && calendar_holiday(lt.lt_year, lt.lt_month, lt.lt_day) != NULL)
		return h->th_hol_open <= min && min < h->th_hol_close;
	return h->th_open[lt.lt_wday] <= min && min < h->th_close[lt.lt_wday];
}

size_t
calendar_hours_default(struct team_hours *h, size_t n)
{
	static const char *const teams[] = { "JIP", "JIT" };
	size_t i;
	int d;

	for (i = 0; i < n && i < NELEM(teams); i++) {
		memset(&h[i], 0, sizeof(h[i]));
		util_strlcpy(h[i].th_team, teams[i], sizeof(h[i].th_team));
		h[i].th_holidays = 1;
		for (d = 0; d < 5; d++) {
			h[i].th_open[d] = 9 * 60;
			h[i].th_close[d] = 17 * 60;
		}
	}
	return i;
}

static const char *const day_keys[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static int
parse_day(const char *s, size_t n)
{
	int i;

	for (i = 0; i < 7; i++)
		if (n == 3 && strncmp(s, day_keys[i], 3) == 0)
			return i;
	return -1;
}

/* "HH:MM" (or "24:00") into minutes; -1 if malformed. */
static int
parse_hhmm(const char *s, size_t n)
{
	int h, m;

	if (n != 5 || s[2] != ':' || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' ||
	    s[3] < '0' || s[3] > '5' || s[4] < '0' || s[4] > '9')
		return -1;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 24 || (h == 24 && m != 0))
		return -1;
	return h * 60 + m;
}

/*
 * One "days HH:MM-HH:MM" item, p up to e (a comma or the end), into h.
 * 0, or -1 when malformed.
 */
/* "YYYY-MM-DD" at p (10 bytes): 0 with the date, or -1. */
static int
parse_date(const char *p, size_t n, int *y, int *m, int *d)
{
	char extra;

	if (n != 10 || p[4] != '-' || p[7] != '-' ||
	    sscanf(p, "%4d-%2d-%2d%c", y, m, d, &extra) < 3 || *y < 2000 || *y > 9999 ||
	    *m < 1 || *m > 12 || *d < 1 || *d > 31)
		return -1;
	return 0;
}

/*
 * "holidays HH:MM-HH:MM|closed|as-usual" or "YYYY-MM-DD HH:MM-HH:MM|closed"
 * into h: 1 if it was one (0 done, -1 malformed in *rc), 0 if not.
 */
static int
parse_special(const char *p, const char *key_end, const char *sp, const char *e,
    struct team_hours *h, int *rc)
{
	struct team_hour_except x;
	size_t n = (size_t)(e - sp);
	int o = 0, c = 0;

	memset(&x, 0, sizeof(x));
	if (!((key_end - p == 8 && strncmp(p, "holidays", 8) == 0) ||
	    parse_date(p, (size_t)(key_end - p), &x.te_year, &x.te_month, &x.te_day) == 0))
		return 0;
	*rc = -1;
	if (p[0] == 'h' && n == 8 && strncmp(sp, "as-usual", 8) == 0) {
		h->th_holidays = 0;
		*rc = 0;
		return 1;
	}
	if (!(n == 6 && strncmp(sp, "closed", 6) == 0)) {
		if (n < 11 || sp[5] != '-' || (o = parse_hhmm(sp, 5)) < 0 ||
		    (c = parse_hhmm(sp + 6, 5)) <= o)
			return 1;
	}
	if (p[0] == 'h') {
		h->th_holidays = 1;
		h->th_hol_open = o;
		h->th_hol_close = c;
	} else {
		if (h->th_nexcept >= CALENDAR_EXCEPT_MAX)
			return 1;
		x.te_open = o;
		x.te_close = c;
		h->th_except[h->th_nexcept++] = x;
	}
	*rc = 0;
	return 1;
}

static int
parse_item(const char *p, const char *e, struct team_hours *h)
{
	const char *dash, *sp, *end = e;
	int d0, d1, o, c, d, rc = 0;

	sp = memchr(p, ' ', (size_t)(e - p));
	if (sp == NULL)
		return -1;
	while (end > sp && end[-1] == ' ')
		end--;
	{
		const char *v = sp;

		while (*v == ' ')
			v++;
		if (parse_special(p, sp, v, end, h, &rc))
			return rc;
	}
	dash = memchr(p, '-', (size_t)(sp - p));
	d0 = parse_day(p, (size_t)((dash ? dash : sp) - p));
	d1 = dash ? parse_day(dash + 1, (size_t)(sp - dash - 1)) : d0;
	while (*sp == ' ')
		sp++;
	if (d0 < 0 || d1 < d0 || e - sp < 11 || sp[5] != '-')
		return -1;
	o = parse_hhmm(sp, 5);
	c = parse_hhmm(sp + 6, 5);
	if (o < 0 || c <= o)
		return -1;
	for (d = d0; d <= d1; d++) {
		h->th_open[d] = o;
		h->th_close[d] = c;
	}
	return 0;
}

int
calendar_hours_parse(const char *spec, struct team_hours *out, char *err, size_t errlen)
{
	struct team_hours h;
	const char *p, *eq, *e;
	int d;

	memset(&h, 0, sizeof(h));
	eq = strchr(spec, '=');
	if (eq == NULL || eq == spec || (size_t)(eq - spec) >= sizeof(h.th_team)) {
		snprintf(err, errlen, "opening hours \"%.40s\": expected TEAM=days HH:MM-HH:MM", spec);
		return -1;
	}
	memcpy(h.th_team, spec, (size_t)(eq - spec));
	h.th_holidays = 1;	/* closed on public holidays unless the spec says otherwise */
	p = eq + 1;
	while (*p == ' ')
		p++;
	if (strcmp(p, "24/7") == 0) {
		h.th_holidays = 0;
		for (d = 0; d < 7; d++)
			h.th_close[d] = 24 * 60;
		*out = h;
		return 0;
	}
	while (*p != '\0') {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		if (parse_item(p, e, &h) == -1) {
			if ((strcspn(p, " ,") == 10 && p[4] == '-' && p[7] == '-') ||
			    strncmp(p, "holidays", 8) == 0)
				snprintf(err, errlen, "opening hours \"%.60s\": expected holidays "
				    "HH:MM-HH:MM|closed|as-usual or YYYY-MM-DD HH:MM-HH:MM|closed "
				    "(at most %d dates)", p, CALENDAR_EXCEPT_MAX);
			else
				snprintf(err, errlen, "opening hours \"%.60s\": expected days like "
				    "mon-fri and HH:MM-HH:MM", p);
			return -1;
		}
		p = *e == ',' ? e + 1 : e;
		while (*p == ' ')
			p++;
	}
	*out = h;
	return 0;
}

void
calendar_hours_format(const struct team_hours *h, const char *lang, struct buf *b)
{
	static const char *const nl[7] = { "ma", "di", "wo", "do", "vr", "za", "zo" };
	static const char *const en[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	const char *const *names = strcmp(lang, "nl") == 0 ? nl : en;
	int d = 0, e, first = 1, r = 0;

	if (h == NULL) {
		r = buf_puts(b, "24/7");
		(void)r;
		return;
	}
	while (d < 7) {
		if (h->th_open[d] >= h->th_close[d]) {
			d++;
			continue;
		}
		for (e = d; e + 1 < 7 && h->th_open[e + 1] == h->th_open[d] &&
		    h->th_close[e + 1] == h->th_close[d]; e++)
			;
		r |= buf_printf(b, "%s%s%s%s %02d:%02d-%02d:%02d", first ? "" : ", ", names[d],
		    e > d ? "-" : "", e > d ? names[e] : "", h->th_open[d] / 60, h->th_open[d] % 60,
		    h->th_close[d] / 60, h->th_close[d] % 60);
		first = 0;
		d = e + 1;
	}
	(void)r;	/* bounded by the buffer's ceiling: a cut text is harmless */
}
