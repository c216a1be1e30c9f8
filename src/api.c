/*
 * api.c — /api/v1: the route table, the checks every request passes in
 * one order, sessions, and the console's data.
 *
 * A request is matched against api_routes (method and path, "{id}" a
 * decimal id) when its headers are in: no match is 404, a path with other
 * methods 405, a declared body over API_BODY_MAX 413. Once the body is in:
 * the session (401), the role (403: the route's ar_roles), the CSRF token
 * of a state-changing request (403), the body (415, 400: a JSON object of
 * at most API_JSON_MAX_DEPTH levels), and then the endpoint, which holds
 * one pool connection for the request. A refused request changes nothing.
 *
 * The console's data (struct api) is read by many request threads and
 * replaced on SIGHUP: a read-write lock guards it.
 */
#include <arpa/inet.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <jansson.h>
#include <microhttpd.h>

#include "api.h"
#include "api_dashboard.h"
#include "app.h"
#include "auth.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "message.h"
#include "praatpaal.h"
#include "privacy.h"
#include "request.h"
#include "util.h"

#define API_PREFIX	"/api/v1"
#define API_JSON_TYPE	"application/json; charset=utf-8"

/* ---- the console's data ----------------------------------------------------- */

struct api {
	pthread_rwlock_t a_lock;
	json_t		*a_canned;	/* array of {team, id, title, text: {nl, en}} */
	json_t		*a_texts;	/* {"claimed": {"nl": ..., "en": ...}, ...} */
	json_t		*a_outcomes;	/* array of strings */
};

/* One line about broken console data (past the buffer's ceiling: dropped). */
__attribute__((format(printf, 2, 3)))
static void
api_load_error(struct buf *errs, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (buf_vprintf(errs, fmt, ap) == -1)
		log_debug("console_load errors_cut=1");
	va_end(ap);
}

/* A team's canned responses from dir/<TEAM>.json, appended to all. */
static int
api_load_canned(const char *dir, const char *team, json_t *all, struct buf *errs)
{
	char path[PATH_MAX], err[256];
	json_error_t jerr;
	json_t *doc, *items, *it, *text;
	size_t i, len;
	char *data;

	snprintf(path, sizeof(path), "%s/%s.json", dir, team);
	if ((data = util_read_file(path, API_CANNED_FILE_MAX, &len, err, sizeof(err))) == NULL) {
		api_load_error(errs, "%s: %s\n", path, err);
		return -1;
	}
	doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
	free(data);
	if (doc == NULL) {
		api_load_error(errs, "%s:%d: %s\n", path, jerr.line, jerr.text);
		return -1;
	}
	items = json_object_get(doc, "items");
	if (!json_is_array(items) || json_array_size(items) > API_CANNED_MAX) {
		api_load_error(errs, "%s: \"items\" must be an array of at most %d responses\n",
		    path, API_CANNED_MAX);
		json_decref(doc);
		return -1;
	}
	json_array_foreach(items, i, it) {
		text = json_object_get(it, "text");
		if (!json_is_string(json_object_get(it, "id")) ||
		    !json_is_string(json_object_get(it, "title")) ||
		    !json_is_string(json_object_get(text, "nl")) ||
		    !json_is_string(json_object_get(text, "en"))) {
			api_load_error(errs, "%s: item %zu needs \"id\", \"title\" and "
			    "\"text\": {\"nl\", \"en\"}\n", path, i + 1);
			json_decref(doc);
			return -1;
		}
		json_array_append_new(all, json_pack("{s:s, s:O, s:O, s:O}", "team", team,
		    "id", json_object_get(it, "id"), "title", json_object_get(it, "title"),
		    "text", text));
	}
	json_decref(doc);
	return 0;
}

static json_t *
api_load_texts(const char *path, struct buf *errs)
{
	static const char *const need[] = { "claimed", "released", "closed" };
	char err[256];
	json_error_t jerr;
	json_t *doc;
	size_t len;
	char *data;

	if ((data = util_read_file(path, API_CANNED_FILE_MAX, &len, err, sizeof(err))) == NULL) {
		api_load_error(errs, "%s: %s\n", path, err);
		return NULL;
	}
	doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
	free(data);
	if (doc == NULL) {
		api_load_error(errs, "%s:%d: %s\n", path, jerr.line, jerr.text);
		return NULL;
	}
	for (size_t i = 0; i < NELEM(need); i++) {
		json_t *t = json_object_get(doc, need[i]);

		if (!json_is_string(json_object_get(t, "nl")) ||
		    !json_is_string(json_object_get(t, "en"))) {
			api_load_error(errs, "%s: \"%s\" needs {\"nl\": ..., \"en\": ...}\n",
			    path, need[i]);
			json_decref(doc);
			return NULL;
		}
	}
	return doc;
}

static json_t *
api_load_outcomes(const char *list, struct buf *errs)
{
	json_t *a = json_array();
	char one[API_OUTCOME_MAX];
	size_t n;

	for (const char *p = list != NULL ? list : ""; *p != '\0'; p += n + (p[n] == ',')) {
		while (*p == ' ')
			p++;
		n = strcspn(p, ",");
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (n == 0 || n >= sizeof(one) || json_array_size(a) >= API_OUTCOMES_MAX) {
			api_load_error(errs, "[console] close_outcomes: each outcome 1-%d bytes, "
			    "at most %d of them\n", API_OUTCOME_MAX - 1, API_OUTCOMES_MAX);
			json_decref(a);
			return NULL;
		}
		memcpy(one, p, n);
		one[n] = '\0';
		json_array_append_new(a, json_string(one));
		while (p[n] == ' ')
			n++;
	}
	if (json_array_size(a) == 0) {
		api_load_error(errs, "[console] close_outcomes: at least one outcome\n");
		json_decref(a);
		return NULL;
	}
	return a;
}

/* The data, into a (which is left as it was on failure). */
static int
api_load_into(struct api *a, const struct config *cfg, struct buf *errs)
{
	json_t *canned = json_array(), *texts, *outcomes;
	int bad = 0;

	for (unsigned bit = 1; bit <= TEAM_CIT; bit <<= 1)
		if (api_load_canned(cfg->console_canned_dir, auth_team_name(bit), canned, errs) == -1)
			bad = 1;
	texts = api_load_texts(cfg->console_texts, errs);
	outcomes = api_load_outcomes(cfg->console_close_outcomes, errs);
	if (bad || texts == NULL || outcomes == NULL) {
		json_decref(canned);
		json_decref(texts);
		json_decref(outcomes);
		return -1;
	}
	pthread_rwlock_wrlock(&a->a_lock);
	json_decref(a->a_canned);
	json_decref(a->a_texts);
	json_decref(a->a_outcomes);
	a->a_canned = canned;
	a->a_texts = texts;
	a->a_outcomes = outcomes;
	pthread_rwlock_unlock(&a->a_lock);
	return 0;
}

struct api *
api_load(const struct config *cfg, struct buf *errs)
{
	struct api *a = xcalloc(1, sizeof(*a));

	pthread_rwlock_init(&a->a_lock, NULL);
	if (api_load_into(a, cfg, errs) == -1) {
		api_free(a);
		return NULL;
	}
	return a;
}

int
api_reload(struct api *a, const struct config *cfg, struct buf *errs)
{
	return api_load_into(a, cfg, errs);
}

void
api_free(struct api *a)
{
	if (a == NULL)
		return;
	json_decref(a->a_canned);
	json_decref(a->a_texts);
	json_decref(a->a_outcomes);
	pthread_rwlock_destroy(&a->a_lock);
	free(a);
}

char *
api_youth_text(struct api *a, const char *what, const char *lang, const char *alias,
    const char *team)
{
	const char *tpl, *p;
	json_t *t;
	struct buf b;

	pthread_rwlock_rdlock(&a->a_lock);
	t = json_object_get(a->a_texts, what);
	tpl = json_string_value(json_object_get(t, lang != NULL ? lang : "nl"));
	if (tpl == NULL)
		tpl = json_string_value(json_object_get(t, "nl"));
	if (tpl == NULL) {
		pthread_rwlock_unlock(&a->a_lock);
		return NULL;
	}
	buf_init(&b, 0);
	for (p = tpl; *p != '\0'; ) {
		if (strncmp(p, "{alias}", 7) == 0) {
			if (buf_puts(&b, alias != NULL ? alias : "") == -1)
				abort();
			p += 7;
		} else if (strncmp(p, "{team}", 6) == 0) {
			if (buf_puts(&b, team != NULL ? team : "") == -1)
				abort();
			p += 6;
		} else {
			if (buf_append(&b, p, 1) == -1)
				abort();
			p++;
		}
	}
	pthread_rwlock_unlock(&a->a_lock);
	return buf_steal(&b);
}

int
api_outcome_ok(struct api *a, const char *outcome)
{
	size_t i;
	json_t *v;
	int ok = 0;

	pthread_rwlock_rdlock(&a->a_lock);
	json_array_foreach(a->a_outcomes, i, v)
		if (strcmp(json_string_value(v), outcome) == 0)
			ok = 1;
	pthread_rwlock_unlock(&a->a_lock);
	return ok;
}

json_t *
api_outcomes(struct api *a)
{
	json_t *c;

	pthread_rwlock_rdlock(&a->a_lock);
	c = json_deep_copy(a->a_outcomes);
	pthread_rwlock_unlock(&a->a_lock);
	return c;
}

json_t *
api_canned(struct api *a, unsigned teams)
{
	json_t *out = json_array(), *it;
	size_t i;

	pthread_rwlock_rdlock(&a->a_lock);
	json_array_foreach(a->a_canned, i, it)
		if (auth_team_bit(json_string_value(json_object_get(it, "team"))) & teams)
			json_array_append(out, it);
	pthread_rwlock_unlock(&a->a_lock);
	return out;
}

/* ---- replies ------------------------------------------------------------------- */

enum MHD_Result
api_reply_text(struct api_call *c, unsigned int status, const char *json)
{
	return request_reply(c->ac_rq, status, API_JSON_TYPE, json, strlen(json));
}

enum MHD_Result
api_reply_json(struct api_call *c, unsigned int status, json_t *v)
{
	enum MHD_Result ret;
	char *s;

	s = v != NULL ? json_dumps(v, JSON_COMPACT) : NULL;
	json_decref(v);
	if (s == NULL)
		return api_reply_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	ret = api_reply_text(c, status, s);
	free(s);
	return ret;
}

enum MHD_Result
api_reply_error(struct api_call *c, unsigned int status, const char *msg)
{
	return request_reply_error(c->ac_rq, status, msg);
}

enum MHD_Result
api_reply_db(struct api_call *c, const char *what, const char *err)
{
	metrics_db_error();
	log_error("api_db_failed what=%s error=\"%s\"", what, err);
	return api_reply_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "database unavailable, try again later");
}

int
api_body_string(struct api_call *c, const char *name, int required, size_t max_chars,
    const char **out)
{
	json_t *v = c->ac_body != NULL ? json_object_get(c->ac_body, name) : NULL;
	char msg[320];
	const char *s;

	*out = NULL;
	if (v == NULL || json_is_null(v)) {
		if (!required)
			return 0;
		snprintf(msg, sizeof(msg), "\"%s\" is missing", name);
		goto bad;
	}
	if (!json_is_string(v)) {
		snprintf(msg, sizeof(msg), "\"%s\" must be a string", name);
		goto bad;
	}
	s = json_string_value(v);
	if (json_string_length(v) != strlen(s)) {
		snprintf(msg, sizeof(msg), "\"%s\" may not contain NUL characters", name);
		goto bad;
	}
	if (required && *s == '\0') {
		snprintf(msg, sizeof(msg), "\"%s\" is empty", name);
		goto bad;
	}
	if (utf8_length(s) > max_chars) {
		snprintf(msg, sizeof(msg), "\"%s\" is longer than %zu characters", name, max_chars);
		goto bad;
	}
	*out = s;
	return 0;
bad:
	(void)api_reply_error(c, MHD_HTTP_BAD_REQUEST, msg);
	return -1;
}

/* ---- sessions ------------------------------------------------------------------ */

/* The client's address as text (for the slowing of failed logins). */
static void
api_client_address(struct request *rq, char *out, size_t outlen)
{
	const union MHD_ConnectionInfo *ci;
	const struct sockaddr *sa;

	util_strlcpy(out, "unknown", outlen);
	ci = MHD_get_connection_info(rq->rq_conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (ci == NULL || (sa = ci->client_addr) == NULL)
		return;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr,
		    out, (socklen_t)outlen);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
		    out, (socklen_t)outlen);
}

/* STAFF of s as a new JSON object. */
static json_t *
api_staff_json(const struct staff_ident *s)
{
	json_t *teams = json_array();

	for (unsigned bit = 1; bit <= TEAM_CIT; bit <<= 1)
		if (s->si_teams & bit)
			json_array_append_new(teams, json_string(auth_team_name(bit)));
	return json_pack("{s:I, s:s, s:s, s:o, s:s}", "id", (json_int_t)s->si_id,
	    "login", s->si_login, "role", auth_role_name(s->si_role), "teams", teams,
	    "alias", s->si_alias);
}

static int
api_cookie_secure(const struct api_call *c)
{
	return !auth_cookie_insecure_ok(c->ac_app->ap_cfg->http_public_url);
}

static enum MHD_Result
api_post_session(struct api_call *c)
{
	char token[AUTH_TOKEN_HEX + 1], address[64], err[256], cookie[AUTH_COOKIE_MAX];
	char retry[32], msg[128];
	const char *login, *password;
	struct staff_ident id;
	long long wait;

	if (api_body_string(c, "login", 1, AUTH_LOGIN_MAX, &login) == -1 ||
	    api_body_string(c, "password", 1, AUTH_PASSWORD_MAX, &password) == -1)
		return MHD_YES;
	api_client_address(c->ac_rq, address, sizeof(address));
	switch (auth_login(c->ac_app, c->ac_conn, login, password, address, token, &id, &wait,
	    err, sizeof(err))) {
	case AUTH_LOGIN_OK:
		break;
	case AUTH_LOGIN_WRONG:
		log_info("staff_login_failed login_len=%zu", strlen(login));
		return api_reply_error(c, MHD_HTTP_UNAUTHORIZED, "login or password is wrong");
	case AUTH_LOGIN_SLOWED:
		snprintf(retry, sizeof(retry), "%lld", wait);
		snprintf(msg, sizeof(msg), "too many failed logins: try again in %lld seconds", wait);
		log_warn("staff_login_slowed retry_after=%lld", wait);
		if (request_add_header(c->ac_rq, MHD_HTTP_HEADER_RETRY_AFTER, retry) == -1)
			return MHD_NO;
		return api_reply_json(c, MHD_HTTP_TOO_MANY_REQUESTS,
		    json_pack("{s:s, s:I}", "error", msg, "retry_after", (json_int_t)wait));
	case AUTH_LOGIN_ERROR:
	default:
		return api_reply_db(c, "login", err);
	}
	if (auth_cookie_build(cookie, sizeof(cookie), token, api_cookie_secure(c), 0) == -1 ||
	    request_add_header(c->ac_rq, MHD_HTTP_HEADER_SET_COOKIE, cookie) == -1)
		return MHD_NO;
	log_info("staff_login login=%s role=%s", id.si_login, auth_role_name(id.si_role));
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:s, s:o}", "csrf", id.si_csrf,
	    "staff", api_staff_json(&id)));
}

static enum MHD_Result
api_delete_session(struct api_call *c)
{
	char err[256], cookie[AUTH_COOKIE_MAX];

	if (auth_logout(c->ac_conn, &c->ac_staff, err, sizeof(err)) == -1)
		return api_reply_db(c, "logout", err);
	if (auth_cookie_build(cookie, sizeof(cookie), NULL, api_cookie_secure(c), 0) == -1 ||
	    request_add_header(c->ac_rq, MHD_HTTP_HEADER_SET_COOKIE, cookie) == -1)
		return MHD_NO;
	log_info("staff_logout login=%s", c->ac_staff.si_login);
	return request_reply(c->ac_rq, MHD_HTTP_NO_CONTENT, API_JSON_TYPE, "", 0);
}

static enum MHD_Result
api_get_me(struct api_call *c)
{
	json_t *teams = json_array();

	for (unsigned bit = 1; bit <= TEAM_CIT; bit <<= 1)
		json_array_append_new(teams, json_string(auth_team_name(bit)));
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:o, s:s, s:o, s:o}",
	    "staff", api_staff_json(&c->ac_staff), "csrf", c->ac_staff.si_csrf,
	    "outcomes", api_outcomes(c->ac_app->ap_api), "teams", teams));
}

/* ---- routes ------------------------------------------------------------------- */
/*
 * POST /erasure {"pseudonym"}: erase that person's contacts at once (raw
 * data and research copy); the audit keeps who asked, not whom.
 */
static enum MHD_Result
api_post_erasure(struct api_call *c)
{
	const char *pseudonym;
	char err[512];
	size_t n = 0;

	if (api_body_string(c, "pseudonym", 1, API_PSEUDONYM_MAX, &pseudonym) == -1)
		return MHD_YES;
	if (privacy_erase_pseudonym(c->ac_conn, pseudonym, "api", c->ac_staff.si_id, &n, err,
	    sizeof(err)) == -1)
		return api_reply_db(c, "erasure", err);
	if (n == 0)
		return api_reply_error(c, MHD_HTTP_NOT_FOUND,
		    "no contact has this pseudonym: \"pseudonym\" is unknown");
	log_info("api_erasure staff=%lld contacts=%zu", (long long)c->ac_staff.si_id, n);
	return api_reply_json(c, MHD_HTTP_OK, json_pack("{s:I}", "erased", (json_int_t)n));
}

#define R_C	(1u << ROLE_COUNSELLOR)
#define R_S	(1u << ROLE_SUPERVISOR)
#define R_R	(1u << ROLE_RESEARCHER)
#define R_A	(1u << ROLE_ADMIN)
#define R_ALL	(R_C | R_S | R_R | R_A)
#define R_NONE	0u	/* no session needed */

struct api_route {
	const char	*ar_method;
	const char	*ar_path;	/* after /api/v1; "{id}" a decimal id */
	unsigned	 ar_roles;	/* bits of the roles allowed; R_NONE: no session */
	const char	*ar_allow;	/* every method of this path (405's Allow) */
	enum MHD_Result	(*ar_fn)(struct api_call *);
};

#define CONV	"/conversations/{id}"
static const struct api_route api_routes[] = {
	{ "POST", "/session", R_NONE, "POST, DELETE", api_post_session },
	{ "DELETE", "/session", R_ALL, "POST, DELETE", api_delete_session },
	{ "GET", "/me", R_ALL, "GET", api_get_me },
	{ "GET", "/queue", R_C | R_S, "GET", api_get_queue },
	{ "POST", "/queue/next", R_C | R_S, "POST", api_post_queue_next },
	{ "GET", "/conversations", R_C | R_S, "GET", api_get_conversations },
	{ "GET", CONV, R_C | R_S, "GET", api_get_conversation },
	{ "GET", CONV "/messages", R_C | R_S, "GET, POST", api_get_messages },
	{ "POST", CONV "/messages", R_C | R_S, "GET, POST", api_post_message },
	{ "GET", CONV "/notes", R_C | R_S, "GET, POST", api_get_notes },
	{ "POST", CONV "/notes", R_C | R_S, "GET, POST", api_post_note },
	{ "POST", CONV "/claim", R_C | R_S, "POST", api_post_claim },
	{ "POST", CONV "/transfer", R_C | R_S, "POST", api_post_transfer },
	{ "POST", CONV "/release", R_C | R_S, "POST", api_post_release },
	{ "POST", CONV "/close", R_C | R_S, "POST", api_post_close },
	{ "GET", "/canned", R_C | R_S, "GET", api_get_canned },
	{ "GET", "/stats", R_S | R_A, "GET", api_get_stats },
	{ "GET", "/audit", R_S | R_A, "GET", api_get_audit },
	{ "POST", "/erasure", R_A, "POST", api_post_erasure },
	{ "GET", "/export", R_R | R_A, "GET", api_get_export },
	{ "GET", "/stories/dashboard", R_S | R_R | R_A, "GET", api_get_stories_dashboard },
};
#undef CONV

/* 1 if path (len bytes) matches pattern; the {id} goes to *id. */
static int
api_path_match(const char *pattern, const char *path, size_t len, int64_t *id)
{
	const char *p = path, *end = path + len;
	long long v;
	char num[24];
	size_t n;

	while (*pattern != '\0') {
		if (strncmp(pattern, "{id}", 4) == 0) {
			for (n = 0; p + n < end && p[n] != '/'; n++)
				;
			if (n == 0 || n >= sizeof(num))
				return 0;
			memcpy(num, p, n);
			num[n] = '\0';
			if (!util_all_digits(num) || util_parse_ll(num, 1, INT64_MAX, &v) == -1)
				return 0;
			*id = v;
			p += n;
			pattern += 4;
			continue;
		}
		if (p >= end || *p != *pattern)
			return 0;
		p++;
		pattern++;
	}
	return p == end;
}

/* The route of method and the request's path: NULL, with *allow set when the path has others. */
static const struct api_route *
api_route_find(struct request *rq, const char *method, int64_t *id, const char **allow)
{
	const char *path = rq->rq_uri + strlen(API_PREFIX);
	size_t len = strcspn(path, "?");
	const char *m = strcmp(method, MHD_HTTP_METHOD_HEAD) == 0 ? MHD_HTTP_METHOD_GET : method;

	*allow = NULL;
	for (size_t i = 0; i < NELEM(api_routes); i++) {
		if (!api_path_match(api_routes[i].ar_path, path, len, id))
			continue;
		if (strcmp(api_routes[i].ar_method, m) == 0)
			return &api_routes[i];
		*allow = api_routes[i].ar_allow;
	}
	return NULL;
}

/* The request's own state: its route and the {id}. */
struct api_state {
	const struct api_route	*as_route;
	int64_t			 as_id;
};

static enum MHD_Result
api_begin(struct request *rq, const char *method)
{
	const struct api_route *rt;
	struct api_state *st;
	const char *allow, *cl;
	int64_t id = 0;
	long long n;
	char msg[96];

	rt = api_route_find(rq, method, &id, &allow);
	if (rt == NULL && allow != NULL)
		return request_reply_method(rq, allow);
	if (rt == NULL)
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "no such API route");
	cl = request_header(rq, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl != NULL && util_parse_ll(cl, 0, LLONG_MAX, &n) == 0 && n > API_BODY_MAX) {
		snprintf(msg, sizeof(msg), "body larger than %d bytes", API_BODY_MAX);
		return request_reply_error(rq, MHD_HTTP_CONTENT_TOO_LARGE, msg);
	}
	st = xcalloc(1, sizeof(*st));
	st->as_route = rt;
	st->as_id = id;
	rq->rq_data = st;
	return MHD_YES;
}

/* 1 if the JSON text nests at most API_JSON_MAX_DEPTH deep. */
static int
api_depth_ok(const char *s, size_t n)
{
	int depth = 0, in_string = 0;

	for (size_t i = 0; i < n; i++) {
		char ch = s[i];

		if (in_string) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_string = 0;
		} else if (ch == '"')
			in_string = 1;
		else if (ch == '[' || ch == '{') {
			if (++depth > API_JSON_MAX_DEPTH)
				return 0;
		} else if (ch == ']' || ch == '}')
			depth--;
	}
	return 1;
}

/* The body as a JSON object into c->ac_body: 0, or -1 after answering. */
static int
api_parse_body(struct api_call *c)
{
	struct request *rq = c->ac_rq;
	json_error_t jerr;
	char msg[320];

	if (rq->rq_body.len == 0) {
		c->ac_body = json_object();
		return 0;
	}
	if (!request_content_type_is(rq, "application/json")) {
		(void)api_reply_error(c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		    "content type must be application/json");
		return -1;
	}
	if (!util_utf8_valid(rq->rq_body.data, rq->rq_body.len)) {
		(void)api_reply_error(c, MHD_HTTP_BAD_REQUEST, "body is not valid UTF-8");
		return -1;
	}
	if (!api_depth_ok(rq->rq_body.data, rq->rq_body.len)) {
		snprintf(msg, sizeof(msg), "body nests deeper than %d levels", API_JSON_MAX_DEPTH);
		(void)api_reply_error(c, MHD_HTTP_BAD_REQUEST, msg);
		return -1;
	}
	c->ac_body = json_loadb(rq->rq_body.data, rq->rq_body.len,
	    JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
	if (c->ac_body == NULL) {
		snprintf(msg, sizeof(msg), "body is not JSON: %s (column %d)", jerr.text,
		    jerr.column);
		(void)api_reply_error(c, MHD_HTTP_BAD_REQUEST, msg);
		return -1;
	}
	if (!json_is_object(c->ac_body)) {
		(void)api_reply_error(c, MHD_HTTP_BAD_REQUEST, "body must be a JSON object");
		return -1;
	}
	return 0;
}

/* Every check before the endpoint; 0 to go on, -1 once answered. */
static int
api_checks(struct api_call *c, const struct api_route *rt, const char *method)
{
	char msg[320];
	int rc;

	if (rt->ar_roles != R_NONE) {
		rc = auth_request_staff_on(c->ac_rq, c->ac_conn, &c->ac_staff);
		if (rc == MHD_HTTP_UNAUTHORIZED) {
			(void)api_reply_error(c, rc, "not logged in, or the session has ended");
			return -1;
		}
		if (rc != 0) {
			(void)api_reply_error(c, (unsigned)rc, "database unavailable, try again later");
			return -1;
		}
		if (!(rt->ar_roles & (1u << c->ac_staff.si_role))) {
			snprintf(msg, sizeof(msg), "a %s may not use %s %s",
			    auth_role_name(c->ac_staff.si_role), rt->ar_method, rt->ar_path);
			(void)api_reply_error(c, MHD_HTTP_FORBIDDEN, msg);
			return -1;
		}
		if (!request_method_is_get(method) &&
		    !auth_csrf_equal(c->ac_staff.si_csrf, request_header(c->ac_rq, "X-CSRF-Token"))) {
			(void)api_reply_error(c, MHD_HTTP_FORBIDDEN,
			    "X-CSRF-Token is missing or wrong");
			return -1;
		}
	}
	if (strcmp(method, MHD_HTTP_METHOD_POST) == 0 && api_parse_body(c) == -1)
		return -1;
	return 0;
}

static enum MHD_Result
api_body(struct request *rq, const char *method)
{
	struct api_state *st = rq->rq_data;
	struct api_call c;
	char err[256], msg[96];
	enum MHD_Result ret;

	if (rq->rq_too_large || rq->rq_body.len > API_BODY_MAX) {
		snprintf(msg, sizeof(msg), "body larger than %d bytes", API_BODY_MAX);
		return request_reply_error(rq, MHD_HTTP_CONTENT_TOO_LARGE, msg);
	}
	memset(&c, 0, sizeof(c));
	c.ac_rq = rq;
	c.ac_app = rq->rq_app;
	c.ac_id = st->as_id;
	if ((c.ac_conn = db_acquire(rq->rq_app->ap_pool, err, sizeof(err))) == NULL)
		return api_reply_db(&c, "acquire", err);
	if (api_checks(&c, st->as_route, method) == 0)
		ret = st->as_route->ar_fn(&c);
	else
		ret = MHD_YES;
	if (rq->rq_phase != RQ_ANSWERED)
		ret = api_reply_error(&c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	db_release(rq->rq_app->ap_pool, c.ac_conn);
	json_decref(c.ac_body);
	return ret;
}

static void
api_end(struct request *rq)
{
	free(rq->rq_data);
	rq->rq_data = NULL;
}

const struct handler api_handler = {
	.hd_begin = api_begin,
	.hd_body = api_body,
	.hd_end = api_end,
};
