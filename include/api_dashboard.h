/*
 * api_dashboard.h — the story dashboard (src/api_dashboard.c): GET
 * /api/v1/stories/dashboard, counts of the research copy of stories per
 * role, kind of help, municipality, age band, topic, signifier answer
 * and time unit, for the researcher, supervisor and admin roles. Only
 * counts: no text of any kind. Every count from 1 to k - 1 is
 * suppressed, and more besides so that no suppressed count can be
 * worked out from the total (complementary suppression); the rule is
 * in docs/research-export.md.
 *
 * The checking of the query and the suppression are pure functions,
 * declared here for the unit tests.
 */
#ifndef API_DASHBOARD_H
#define API_DASHBOARD_H

#include <stddef.h>
#include <microhttpd.h>

#include "util.h"

struct api_call;

/* The query of one dashboard request (strings borrowed from the request). */
struct dashboard_query {
	const char	*dq_from;		/* YYYY-MM-DD */
	const char	*dq_to;			/* YYYY-MM-DD */
	const char	*dq_by;			/* "week" or "month" */
	const char	*dq_role;		/* NULL: every role */
	const char	*dq_municipality;	/* NULL: every municipality */
};

/*
 * 0 if q is a good query; -1 with err naming the parameter ("from: ...")
 * when one is missing, malformed, or the period is reversed or longer
 * than DASHBOARD_DAYS_MAX days.
 */
int	dashboard_check(const struct dashboard_query *q, char *err, size_t errlen) WUR;

#define DASHBOARD_DATE_LEN	10	/* YYYY-MM-DD */

/*
 * The period of a checked query widened to whole units, into from and to:
 * by week from the Monday of from's ISO week to the Sunday of to's, by
 * month from the first of from's month to the last day of to's. Counts
 * are only ever given for whole weeks or months, so that two periods
 * never differ by a few days (that would tell about the stories of those
 * days alone).
 */
void	dashboard_snap(const struct dashboard_query *q, char from[DASHBOARD_DATE_LEN + 1],
	    char to[DASHBOARD_DATE_LEN + 1]);

/* One count of a chart: n the true count; suppressed set by dashboard_suppress. */
struct dashboard_cell {
	long long	dc_n;
	int		dc_suppressed;
};

/*
 * Suppress the cells of one chart for threshold k: every count from 1 to
 * k - 1 (0 is shown: no one to recognise); then, while exactly one cell
 * is suppressed or the suppressed cells add up to fewer than k, the
 * smallest shown count above 0 too (so that the total minus the shown
 * cells tells nothing small). all: suppress every cell, 0 included (the
 * chart's total is itself under k).
 */
void	dashboard_suppress(struct dashboard_cell *cells, size_t n, long long k, int all);

/* GET /api/v1/stories/dashboard (api.c routes it). */
enum MHD_Result	api_get_stories_dashboard(struct api_call *);

#endif
