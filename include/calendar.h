/*
 * calendar.h — Europe/Amsterdam local time without the TZ database, and
 * the teams' opening hours in it.
 *
 * Pure functions of their arguments: no clock reads, no global state; any
 * thread may call them.
 */
#ifndef CALENDAR_H
#define CALENDAR_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

#define CALENDAR_EXCEPT_MAX	32	/* dates with their own hours, per team */

/* Local (Europe/Amsterdam) calendar time. */
struct local_time {
	int	lt_year, lt_month, lt_day;	/* month 1..12 */
	int	lt_wday;			/* 0 = Monday .. 6 = Sunday */
	int	lt_hour, lt_minute;
	int	lt_dst;				/* 1 in summer time (CEST) */
};

/* EU rule: summer time from the last Sunday of March to the last of October, 01:00 UTC. */
void	calendar_local_time(int64_t ms, struct local_time *);
/*
 * Epoch ms of a local Amsterdam time. A time that occurs twice (the October
 * night) is taken in summer time, the earlier instant; a time the March
 * night skips is read an hour later (02:30 as 03:30 CEST).
 */
int64_t	calendar_local_to_ms(int year, int month, int day, int hour, int minute);

/*
 * Opening hours of one team, in Europe/Amsterdam local time. Index 0 is
 * Monday, 6 Sunday. Open when th_open[d] <= minute-of-day < th_close[d];
 * th_open == th_close means closed that day; 0..1440 open all day. A team
 * without an entry is open 24/7 (CIT).
 */
struct team_hour_except {
	int	te_year, te_month, te_day;
	int	te_open, te_close;	/* minutes; equal: closed that day */
};

struct team_hours {
	char	th_team[8];
	int	th_open[7];
	int	th_close[7];
	int	th_holidays;		/* 1: Dutch public holidays keep the holiday hours */
	int	th_hol_open, th_hol_close;	/* the holiday hours (default closed) */
	struct team_hour_except th_except[CALENDAR_EXCEPT_MAX];	/* dates with their own hours */
	size_t	th_nexcept;
};

/*
 * The Dutch public holiday on a date (the Algemene termijnenwet's days:
 * Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (27 April, the 26th
 * when the 27th is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag,
 * Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag; the moving
 * ones computed from Easter), as its Dutch name, or NULL.
 */
const char	*calendar_holiday(int year, int month, int day);
/* Easter Sunday of year (Gregorian): month and day. */
void		 calendar_easter(int year, int *month, int *day);

/* The entry of team among the n hours, or NULL (team NULL: NULL). */
const struct team_hours *calendar_hours_find(const struct team_hours *, size_t n, const char *team);
/*
 * 1 if team is open at ms by the n hours (no entry for the team: open): a
 * date with its own hours first, then a public holiday (when th_holidays),
 * then the day of the week.
 */
int	calendar_team_open(const struct team_hours *, size_t n, const char *team, int64_t ms);

/*
 * Default hours when the configuration gives none: JIP and JIT Monday to
 * Friday 09:00-17:00; CIT 24/7 (no entry). Fills up to n entries, returns
 * how many.
 */
size_t	calendar_hours_default(struct team_hours *, size_t n);

/*
 * Parse "JIP=mon-fri 09:00-17:00, sat 10:00-14:00" (days mon tue wed thu
 * fri sat sun, ranges with "-"; days not named are closed; "24/7" open
 * always) into h. Closed on Dutch public holidays unless "holidays
 * HH:MM-HH:MM" or "holidays as-usual" says otherwise; a team's own dates
 * as "2026-12-24 09:00-13:00" or "2026-12-31 closed" (at most
 * CALENDAR_EXCEPT_MAX). 0, or -1 with err filled ("opening hours
 * \"...\": expected ...") and h untouched.
 */
int	calendar_hours_parse(const char *spec, struct team_hours *h, char *err, size_t errlen) WUR;

/*
 * Append the hours as text, days with the same times joined into ranges:
 * "ma-vr 09:00-17:00, za 10:00-14:00" for lang "nl", "Mon-Fri ..." for
 * any other language; h NULL (no entry: always open) is "24/7". A text
 * cut at b's ceiling is left cut.
 */
void	calendar_hours_format(const struct team_hours *h, const char *lang, struct buf *b);

#endif
