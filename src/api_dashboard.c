/*
 * api_dashboard.c — GET /api/v1/stories/dashboard?from=&to=&by=[&role=]
 * [&municipality=]: how many stories were told, per role, kind of help,
 * municipality, age band, topic, each signifier's answers and per week
 * or month, for the researcher, supervisor and admin roles.
 *
 * PostgreSQL counts the research copy of stories (research_story: only
 * stories told with consent; store_research.c); this module suppresses:
 * the total when it is under k ([privacy] k_anonymity), and in each chart
 * every count from 1 to k - 1 and then as many of the smallest others as
 * it takes that no suppressed count can be recovered by subtracting the
 * shown ones from the total (dashboard_suppress). A suppressed count is
 * sent as null with "suppressed": true, never its value. No text of a
 * story, not even a scrubbed one, is read. Every read writes an audit row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <microhttpd.h>

#include "api.h"
#include "api_dashboard.h"
#include "app.h"
#include "config.h"
#include "log.h"
#include "praatpaal.h"
#include "request.h"
#include "store.h"
#include "store_console.h"
#include "store_research.h"
#include "util.h"

/*
 * The signifiers the dashboard counts: the story flow's choices and
 * five-point answers (conf/flows/story.json). The free-text ones (title,
 * change, lesson) are never counted or shown.
 */
static const char *const dashboard_signifiers[] = {
	"triad", "help_amount", "heard", "say", "frequency", "feeling", "years"
};
static const char *const dashboard_dimensions[] = {
	"role", "help_kind", "municipality", "age_band", "topic"
};
static const char *const dashboard_roles[] = { "youth", "parent", "professional" };

static const char *const dashboard_params[] = { "from", "to", "by", "role", "municipality" };

#define DASHBOARD_SIG_PREFIX	"signifier:"
#define DASHBOARD_PARAM_SHOWN	32	/* bytes of an unknown parameter's name echoed in a 400 */

/* ---- the query ------------------------------------------------------------- */

/* The number of days of month m (1..12) of year y. */
static int
dashboard_month_days(int y, int m)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* The days since 1970-01-01 of a valid YYYY-MM-DD into *days: 0, or -1. */
static int
dashboard_date(const char *s, long *days)
{
	int y, m, d, i;
	long yy, era, yoe, doy;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 2000 || m < 1 || m > 12 || d < 1 || d > dashboard_month_days(y, m))
		return -1;
	/* days_from_civil (H. Hinnant), for years from 2000 on. */
	yy = m <= 2 ? y - 1 : y;
	era = yy / 400;
	yoe = yy - era * 400;
	doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	*days = era * 146097 + (yoe * 365 + yoe / 4 - yoe / 100 + doy) - 719468;
	return 0;
}

/* The date of day number days (since 1970-01-01) as YYYY-MM-DD into out (civil_from_days). */
static void
dashboard_date_text(long days, char out[DASHBOARD_DATE_LEN + 1])
{
	long z = days + 719468, era, doe, yoe, y, doy, mp, d, m;
	char buf[64];

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", m <= 2 ? y + 1 : y, m, d);
	util_strlcpy(out, buf, DASHBOARD_DATE_LEN + 1);	/* years 2000..9999: it fits */
}

void
dashboard_snap(const struct dashboard_query *q, char from[DASHBOARD_DATE_LEN + 1],
    char to[DASHBOARD_DATE_LEN + 1])
{
	long f, t;
	int y, m;

	if (dashboard_date(q->dq_from, &f) == -1 || dashboard_date(q->dq_to, &t) == -1)
		abort();	/* dashboard_check passed */
	if (strcmp(q->dq_by, "week") == 0) {
		/* 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on a Monday. */
		dashboard_date_text(f - (f + 3) % 7, from);
		dashboard_date_text(t + 6 - (t + 3) % 7, to);
		return;
	}
	memcpy(from, q->dq_from, 8);
	memcpy(from + 8, "01", 3);
	y = (q->dq_to[0] - '0') * 1000 + (q->dq_to[1] - '0') * 100 + (q->dq_to[2] - '0') * 10 +
	    (q->dq_to[3] - '0');
	m = (q->dq_to[5] - '0') * 10 + (q->dq_to[6] - '0');
	snprintf(to, DASHBOARD_DATE_LEN + 1, "%.8s%02d", q->dq_to, dashboard_month_days(y, m));
}

/* 1 if s is a value the dashboard can show (as SQL_DASH_VALUE in store_research.c). */
static int
dashboard_value_ok(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > DASHBOARD_VALUE_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || strchr(" <>+-", s[i]) != NULL))
			return 0;
	return 1;
}

int
dashboard_check(const struct dashboard_query *q, char *err, size_t errlen)
{
	long from, to;
	size_t i;

	if (q->dq_from == NULL || dashboard_date(q->dq_from, &from) == -1) {
		snprintf(err, errlen, "from: required, a date YYYY-MM-DD");
		return -1;
	}
	if (q->dq_to == NULL || dashboard_date(q->dq_to, &to) == -1) {
		snprintf(err, errlen, "to: required, a date YYYY-MM-DD");
		return -1;
	}
	if (to < from) {
		snprintf(err, errlen, "to: before from");
		return -1;
	}
	if (to - from + 1 > DASHBOARD_DAYS_MAX) {
		snprintf(err, errlen, "to: the period spans more than %d days", DASHBOARD_DAYS_MAX);
		return -1;
	}
	if (q->dq_by == NULL || (strcmp(q->dq_by, "week") != 0 && strcmp(q->dq_by, "month") != 0)) {
		snprintf(err, errlen, "by: required, week or month");
		return -1;
	}
	if (q->dq_role != NULL) {
		for (i = 0; i < NELEM(dashboard_roles); i++)
			if (strcmp(q->dq_role, dashboard_roles[i]) == 0)
				break;
		if (i == NELEM(dashboard_roles)) {
			snprintf(err, errlen, "role: youth, parent or professional");
			return -1;
		}
	}
	if (q->dq_municipality != NULL && !dashboard_value_ok(q->dq_municipality)) {
		snprintf(err, errlen, "municipality: a municipality's name, at most %d letters",
		    DASHBOARD_VALUE_MAX);
		return -1;
	}
	return 0;
}

/* MHD_KeyValueIterator: the first query parameter not in dashboard_params into *cls. */
static enum MHD_Result
dashboard_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	const char **unknown = cls;
	size_t i;

	(void)kind;
	(void)value;
	for (i = 0; i < NELEM(dashboard_params); i++)
		if (strcmp(key, dashboard_params[i]) == 0)
			return MHD_YES;
	*unknown = key;
	return MHD_NO;
}

/* 400 naming a query parameter the dashboard does not know (a typo would filter nothing). */
static enum MHD_Result
dashboard_reply_unknown(struct api_call *c, const char *key)
{
	char msg[160], name[DASHBOARD_PARAM_SHOWN + 1];
	size_t i, n = strlen(key);

	for (i = 0; i < n && i < DASHBOARD_PARAM_SHOWN; i++)
		name[i] = (key[i] >= 'a' && key[i] <= 'z') || (key[i] >= '0' && key[i] <= '9') ||
		    key[i] == '_' || key[i] == '-' || key[i] == '.' ? key[i] : '?';
	name[i] = '\0';
	snprintf(msg, sizeof(msg), "%s: not a parameter of the dashboard (from, to, by, role, "
	    "municipality)", name);
	return api_reply_error(c, MHD_HTTP_BAD_REQUEST, msg);
}

/* ---- suppression ----------------------------------------------------------- */

void
dashboard_suppress(struct dashboard_cell *cells, size_t n, long long k, int all)
{
	long long hidden;
	size_t i, nhidden, min;

	for (i = 0; i < n; i++)
		cells[i].dc_suppressed = all || (cells[i].dc_n > 0 && cells[i].dc_n < k);
	if (all)
		return;
	for (;;) {
		hidden = 0;
		nhidden = 0;
		for (i = 0; i < n; i++)
			if (cells[i].dc_suppressed) {
				hidden += cells[i].dc_n;
				nhidden++;
			}
		if (nhidden == 0 || (nhidden >= 2 && hidden >= k))
			return;
		min = n;
		for (i = 0; i < n; i++)
			if (!cells[i].dc_suppressed && cells[i].dc_n > 0 &&
			    (min == n || cells[i].dc_n < cells[min].dc_n))
				min = i;
		if (min == n)
			return;		/* every count is hidden */
		cells[min].dc_suppressed = 1;
	}
}

/* ---- the answer ------------------------------------------------------------ */

static json_t *
dashboard_count(const struct dashboard_cell *c)
{
	return c->dc_suppressed ? json_null() : json_integer(c->dc_n);
}

/*
 * The chart of rows [first, end) of res (one dimension): its cells
 * suppressed, as a JSON array of {value, n, suppressed} (key "period"
 * for the series). all (the total is under k): the series with every
 * count hidden, any other chart empty.
 */
static json_t *
dashboard_chart(PGresult *res, int first, int end, long long k, int all, const char *key)
{
	struct dashboard_cell *cells;
	json_t *a = json_array();
	size_t n = (size_t)(end - first), i;
	int64_t v;

	if (all && strcmp(key, "period") != 0)
		return a;	/* which values occur would tell about fewer than k */
	cells = xcalloc(n > 0 ? n : 1, sizeof(*cells));
	for (i = 0; i < n; i++)
		cells[i].dc_n = store_get_i64(res, first + (int)i, 2, &v) == 0 ? v : 0;
	dashboard_suppress(cells, n, k, all);
	for (i = 0; i < n; i++) {
		int r = first + (int)i;

		json_array_append_new(a, json_pack("{s:o, s:o, s:b}", key,
		    PQgetisnull(res, r, 1) ? json_null() : json_string(PQgetvalue(res, r, 1)),
		    "n", dashboard_count(&cells[i]), "suppressed", cells[i].dc_suppressed));
	}
	free(cells);
	return a;
}

/* The answer for the counts in res; NULL when res is not what it should be. */
static json_t *
dashboard_json(const struct dashboard_query *q, long long k, PGresult *res)
{
	json_t *out, *dims, *sigs, *series = json_array();
	struct dashboard_cell total = { 0, 0 };
	int r, end, rows = PQntuples(res);
	const char *d;
	int64_t v;
	size_t i;

	if (rows < 1 || strcmp(PQgetvalue(res, 0, 0), "total") != 0 ||
	    store_get_i64(res, 0, 2, &v) == -1) {
		json_decref(series);
		return NULL;
	}
	total.dc_n = v;
	total.dc_suppressed = total.dc_n > 0 && total.dc_n < k;
	dims = json_object();
	for (i = 0; i < NELEM(dashboard_dimensions); i++)
		json_object_set_new(dims, dashboard_dimensions[i], json_array());
	sigs = json_object();
	for (i = 0; i < NELEM(dashboard_signifiers); i++)
		json_object_set_new(sigs, dashboard_signifiers[i], json_array());
	for (r = 1; r < rows; r = end) {
		d = PQgetvalue(res, r, 0);
		for (end = r + 1; end < rows && strcmp(PQgetvalue(res, end, 0), d) == 0; end++)
			;
		if (strcmp(d, "period") == 0) {
			json_decref(series);
			series = dashboard_chart(res, r, end, k, total.dc_suppressed, "period");
		} else if (strncmp(d, DASHBOARD_SIG_PREFIX, strlen(DASHBOARD_SIG_PREFIX)) == 0)
			json_object_set_new(sigs, d + strlen(DASHBOARD_SIG_PREFIX),
			    dashboard_chart(res, r, end, k, total.dc_suppressed, "value"));
		else
			json_object_set_new(dims, d,
			    dashboard_chart(res, r, end, k, total.dc_suppressed, "value"));
	}
	out = json_pack("{s:s, s:s, s:s, s:o, s:o, s:I, s:s, s:{s:o, s:b}, s:o, s:o, s:o}",
	    "from", q->dq_from, "to", q->dq_to, "by", q->dq_by,
	    "role", q->dq_role != NULL ? json_string(q->dq_role) : json_null(),
	    "municipality", q->dq_municipality != NULL ? json_string(q->dq_municipality) :
	    json_null(), "k", (json_int_t)k, "suppression", "complementary",
	    "total", "n", dashboard_count(&total), "suppressed", total.dc_suppressed,
	    "dimensions", dims, "signifiers", sigs, "series", series);
	if (out == NULL)
		abort();
	return out;
}

/* The audit row's detail: the query and k (JSON text, a new string). */
static char *
dashboard_audit_detail(const struct dashboard_query *q, long long k)
{
	json_t *d = json_pack("{s:s, s:s, s:s, s:I}", "from", q->dq_from, "to", q->dq_to,
	    "by", q->dq_by, "k", (json_int_t)k);
	char *s;

	if (d == NULL)
		abort();
	if (q->dq_role != NULL)
		json_object_set_new(d, "role", json_string(q->dq_role));
	if (q->dq_municipality != NULL)
		json_object_set_new(d, "municipality", json_string(q->dq_municipality));
	if ((s = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
		abort();
	json_decref(d);
	return s;
}

enum MHD_Result
api_get_stories_dashboard(struct api_call *c)
{
	const struct config *cfg = c->ac_app->ap_cfg;
	long long k = cfg->k_anonymity > 0 ? cfg->k_anonymity : 1;
	struct dashboard_query q;
	char err[256], sigs[128], *detail;
	char from[DASHBOARD_DATE_LEN + 1], to[DASHBOARD_DATE_LEN + 1];
	const char *unknown = NULL;
	PGresult *res = NULL;
	json_t *out;
	size_t i, len = 0;

	q.dq_from = request_query(c->ac_rq, "from");
	q.dq_to = request_query(c->ac_rq, "to");
	q.dq_by = request_query(c->ac_rq, "by");
	q.dq_role = request_query(c->ac_rq, "role");
	q.dq_municipality = request_query(c->ac_rq, "municipality");
	(void)MHD_get_connection_values(c->ac_rq->rq_conn, MHD_GET_ARGUMENT_KIND, dashboard_param,
	    &unknown);
	if (unknown != NULL)
		return dashboard_reply_unknown(c, unknown);
	if (dashboard_check(&q, err, sizeof(err)) == -1)
		return api_reply_error(c, MHD_HTTP_BAD_REQUEST, err);
	dashboard_snap(&q, from, to);
	q.dq_from = from;
	q.dq_to = to;
	sigs[len++] = '{';
	for (i = 0; i < NELEM(dashboard_signifiers); i++)
		len += (size_t)snprintf(sigs + len, sizeof(sigs) - len, "%s%s", i > 0 ? "," : "",
		    dashboard_signifiers[i]);
	util_strlcpy(sigs + len, "}", sizeof(sigs) - len);
	if (db_dashboard_stories(c->ac_conn, q.dq_from, q.dq_to, q.dq_by, q.dq_role,
	    q.dq_municipality, sigs, &res, err, sizeof(err)) == -1)
		return api_reply_db(c, "dashboard", err);
	if (PQntuples(res) >= DASHBOARD_ROWS_MAX) {
		PQclear(res);
		log_error("dashboard_too_many_counts max=%d", DASHBOARD_ROWS_MAX);
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
		    "too many different values to show");
	}
	out = dashboard_json(&q, k, res);
	PQclear(res);
	if (out == NULL)
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	detail = dashboard_audit_detail(&q, k);
	if (db_audit_add(c->ac_conn, c->ac_staff.si_id, "dashboard", 0, NULL, detail, err,
	    sizeof(err)) == -1) {
		free(detail);
		json_decref(out);
		return api_reply_db(c, "dashboard audit", err);
	}
	free(detail);
	return api_reply_json(c, MHD_HTTP_OK, out);
}
