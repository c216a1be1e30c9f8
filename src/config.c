/*
 * config.c — the configuration: defaults, one INI file, the environment.
 *
 * Every key is one row of config_rows below: section, key, type, where it
 * lives in struct config, default, bounds, whether it is a secret, and a
 * one-line description. Loading applies, in order of precedence,
 *   default < file < environment (PRAATPAAL_<SECTION>_<KEY>),
 * where any string key may instead be read from a file (<key>_file in the
 * INI file, PRAATPAAL_<SECTION>_<KEY>_FILE in the environment). Then the
 * keys are checked against each other. Every problem found is reported,
 * one line each, naming file:line or the environment variable.
 *
 * Documented for operators in docs/configuration.md and conf/praatpaal.conf:
 * change them with this table.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "calendar.h"
#include "log.h"
#include "praatpaal.h"
#include "util.h"

enum config_type {
	CONFIG_STRING,		/* free text; empty means unset */
	CONFIG_INT,		/* decimal integer in [min, max] */
	CONFIG_SIZE,		/* bytes: integer with optional k, m or g suffix */
};

struct config_row {
	const char	*cr_section;
	const char	*cr_key;
	enum config_type cr_type;
	size_t		 cr_offset;	/* into struct config */
	const char	*cr_sdefault;	/* strings: NULL = unset */
	long long	 cr_idefault;	/* numbers */
	long long	 cr_min, cr_max;
	int		 cr_secret;	/* never printed */
	const char	*cr_doc;
};

#define OFF(m)	offsetof(struct config, m)
#define S(sec, key, m, def, secret, doc) \
	{ sec, key, CONFIG_STRING, OFF(m), def, 0, 0, 0, secret, doc }
#define I(sec, key, m, def, lo, hi, doc) \
	{ sec, key, CONFIG_INT, OFF(m), NULL, def, lo, hi, 0, doc }
#define Z(sec, key, m, def, lo, hi, doc) \
	{ sec, key, CONFIG_SIZE, OFF(m), NULL, def, lo, hi, 0, doc }

static const struct config_row config_rows[] = {
	S("http", "listen", http_listen, "127.0.0.1:8080", 0,
	    "address to listen on: host:port or [v6]:port"),
	S("http", "public_url", http_public_url, NULL, 0,
	    "URL the providers reach us at (Twilio signs it)"),
	Z("http", "max_body", http_max_body, HTTP_MAX_BODY_DEFAULT, 1024,
	    HTTP_MAX_BODY_CEILING, "largest request body accepted (bytes)"),
	I("http", "threads", http_threads, HTTP_THREADS_DEFAULT, 1, 64,
	    "HTTP worker threads"),
	I("http", "max_connections", http_max_connections, HTTP_MAX_CONNECTIONS,
	    1, 65536, "open connections at most"),
	I("http", "per_ip_connections", http_per_ip_connections, HTTP_PER_IP_CONNECTIONS,
	    0, 65536, "open connections per client address at most (0 = no limit)"),
	I("http", "timeout", http_timeout, HTTP_TIMEOUT_S, 1, 3600,
	    "seconds of inactivity before a connection is closed"),
	S("http", "admin_listen", http_admin_listen, HTTP_ADMIN_LISTEN, 0,
	    "address of GET /metrics: host:port or [v6]:port (empty: not served)"),
	I("http", "header_timeout", http_header_timeout, HTTP_HEADER_TIMEOUT_S, 1, 3600,
	    "seconds from a connection's start (or its previous answer) to a request's last header"),
	I("http", "body_timeout", http_body_timeout, HTTP_BODY_TIMEOUT_S, 1, 3600,
	    "seconds from a request's last header to the end of its body"),
	I("http", "ack_gather_us", http_ack_gather_us, HTTP_ACK_GATHER_US, 0, 20000,
	    "how long a webhook may wait for others to share its commit while they arrive "
	    "quickly (microseconds)"),

	S("database", "url", db_url, NULL, 1,
	    "PostgreSQL connection string or URI (required)"),
	I("database", "pool", db_pool, 8, 1, 256,
	    "database connections per daemon"),
	S("database", "direct_url", db_direct_url, NULL, 1,
	    "connection straight to PostgreSQL for session work: migrate, LISTEN (default: url)"),
	S("database", "pool_mode", db_pool_mode, "session", 0,
	    "session, or transaction when url goes through a transaction pooler (PgBouncer)"),

	S("whatsapp", "verify_token", wa_verify_token, NULL, 1,
	    "token Meta echoes when verifying the webhook"),
	S("whatsapp", "app_secret", wa_app_secret, NULL, 1,
	    "app secret that signs webhooks (X-Hub-Signature-256)"),
	S("whatsapp", "access_token", wa_access_token, NULL, 1,
	    "bearer token for the Cloud API"),
	S("whatsapp", "phone_number_id", wa_phone_number_id, NULL, 0,
	    "sending phone number id; setting it turns WhatsApp on"),
	S("whatsapp", "api_base", wa_api_base, "https://graph.facebook.com/v21.0", 0,
	    "Graph API base URL, with version"),
	S("whatsapp", "template_name", wa_template_name, NULL, 0,
	    "approved template sent outside the 24-hour window"),
	S("whatsapp", "template_language", wa_template_language, "nl", 0,
	    "language code of that template"),

	S("twilio", "account_sid", tw_account_sid, NULL, 0,
	    "account SID; setting it turns SMS on"),
	S("twilio", "auth_token", tw_auth_token, NULL, 1,
	    "auth token (basic auth and webhook signatures)"),
	S("twilio", "from", tw_from, NULL, 0,
	    "sending number or messaging service"),
	S("twilio", "api_base", tw_api_base, "https://api.twilio.com", 0,
	    "REST API base URL"),
	S("twilio", "shared_key", tw_shared_key, NULL, 1,
	    "secret of a Webhook Setting's SharedKey (HMAC-SHA256 webhook signatures)"),

	S("flows", "dir", flows_dir, "conf/flows", 0,
	    "directory of the dialogue flows (*.json)"),
	S("flows", "lexicon", flows_lexicon, "conf/crisis.lex", 0,
	    "crisis lexicon checked before every flow"),
	S("flows", "model", flows_model, "conf/crisis.model", 0,
	    "crisis model scored beside the lexicon (empty: the lexicon alone)"),

	S("teams", "jip_hours", team_jip_hours, "mon-fri 09:00-17:00", 0,
	    "JIP opening hours (Europe/Amsterdam)"),
	S("teams", "jit_hours", team_jit_hours, "mon-fri 09:00-17:00", 0,
	    "JIT opening hours (Europe/Amsterdam)"),
	S("teams", "cit_hours", team_cit_hours, "24/7", 0,
	    "CIT opening hours (Europe/Amsterdam)"),

	S("privacy", "pseudonym_key", pseudonym_key, NULL, 1,
	    "HMAC key for contact pseudonyms (required, >= 16 bytes)"),
	I("privacy", "retention_days", retention_days, 180, 1, 3650,
	    "days raw conversations are kept"),
	I("privacy", "k_anonymity", k_anonymity, 5, 1, 1000,
	    "smallest group an export may describe"),
	I("privacy", "close_queued_after", close_queued_after, 259200, 60, 31536000,
	    "seconds a queued chat may stay unchanged before it closes (outcome expired)"),
	I("privacy", "close_assigned_after", close_assigned_after, 604800, 60, 31536000,
	    "seconds an assigned chat may stay unchanged before it closes (outcome expired)"),
	I("privacy", "jobs_interval", privacy_jobs_interval, 60, 1, 3600,
	    "seconds between runs of the sweeper and the erasure job"),
	S("privacy", "pii_lists", pii_lists, "conf/pii", 0,
	    "directory of the name and place lists the research copy is scrubbed with"),
	S("privacy", "research_time_unit", research_time_unit, "day", 0,
	    "time unit of research exports: day or week"),

	I("sender", "concurrency", send_concurrency, 64, 1, 1024,
	    "provider requests in flight"),
	I("sender", "timeout_ms", send_timeout_ms, 10000, 100, SENDER_TIMEOUT_MAX_MS,
	    "time limit of one provider request (ms), below the outbox lease"),
	I("sender", "max_attempts", send_max_attempts, 12, 1, 100,
	    "attempts before a message is marked failed"),
	I("sender", "backoff_base_ms", send_backoff_base_ms, 500, 10, 600000,
	    "first retry delay (ms), doubled each attempt"),
	I("sender", "backoff_max_ms", send_backoff_max_ms, 300000, 100, 86400000,
	    "longest retry delay (ms)"),
	I("sender", "doubt_window", send_doubt_window_s, SENDER_DOUBT_DEFAULT_S, 1, 3600,
	    "seconds a send in doubt waits for a status webhook before it is sent again"),

	I("worker", "threads", worker_threads, 2, 1, 64,
	    "dialogue worker threads"),
	I("worker", "flood_rate", worker_flood_rate, 2000, 0, 1000000,
	    "inbound messages a second that make a flood (0: never pace)"),
	I("worker", "flood_pace", worker_flood_pace, 1000, 1, 1000000,
	    "messages a second the dialogue work is paced to during a flood"),
	I("worker", "gather_ms", worker_gather_ms, 5, 0, 100,
	    "how long a stored message may wait for others to share its transaction (ms)"),

	S("console", "web_dir", console_web_dir, NULL, 0,
	    "directory of the web console's files (unset: ./web, else the installed share/praatpaal/web)"),
	I("console", "max_chats", console_max_chats, CONSOLE_MAX_CHATS_DEFAULT, 1, 50,
	    "chats one counsellor may hold at once"),
	I("console", "session_idle", console_session_idle, CONSOLE_SESSION_IDLE_S, 10, 86400,
	    "seconds without a request before a console session ends"),
	I("console", "session_max", console_session_max, CONSOLE_SESSION_MAX_S, 60, 7 * 86400,
	    "seconds a console session lasts at most, however busy"),
	S("console", "close_outcomes", console_close_outcomes,
	    "helped,referred,no_reply,youth_left,crisis_handled", 0,
	    "outcomes a counsellor may close a chat with (comma-separated)"),
	S("console", "reengagement_template", console_reengagement_template,
	    "praatpaal_terugbellen", 0,
	    "template offered when a reply falls outside WhatsApp's 24-hour window"),
	S("console", "canned_dir", console_canned_dir, "conf/canned", 0,
	    "directory of the canned responses (JIP.json, JIT.json, CIT.json)"),
	S("console", "texts", console_texts, "conf/console-texts.json", 0,
	    "what the young person hears when a chat is claimed, released or closed"),
	S("console", "common_passwords", console_common_passwords,
	    "conf/common-passwords.txt", 0,
	    "passwords `praatpaal staff` refuses, one a line"),
	I("console", "crisis_claim_alert", console_crisis_claim_alert,
	    CONSOLE_CRISIS_CLAIM_ALERT_S, 1, 86400,
	    "seconds a queued crisis may wait before crisis_unclaimed (and the on-call page)"),
	S("console", "oncall_sms", console_oncall_sms, NULL, 0,
	    "on-call phone paged by SMS when a crisis waits and no CIT counsellor is logged in "
	    "(empty: off)"),
	I("console", "idle_reminder", console_idle_reminder, CONSOLE_IDLE_REMINDER_S, 0, 86400,
	    "seconds a young person's message may wait for the counsellor's answer before an "
	    "idle alert (0: off)"),

	S("log", "level", log_level, "info", 0,
	    "least severe level logged: debug, info, warn or error"),
	S("log", "format", log_format, "text", 0,
	    "text (logfmt) or json, one event a line"),

	S("daemon", "user", daemon_user, NULL, 0,
	    "started as root: the user to run as once the sockets are open"),
};

#undef S
#undef I
#undef Z

#define NROWS	NELEM(config_rows)
#define ENV_PREFIX	"PRAATPAAL_"
#define ENV_NAME_MAX	128

/* Loading state: where each key was set, and the error list. */
struct config_load {
	struct config	*cl_cfg;
	struct buf	*cl_errs;
	const char	*cl_file;		/* name used in messages */
	int		 cl_nerr;
	int		 cl_line[NROWS];	/* line the file set it on, 0 = not */
	int		 cl_env[NROWS];		/* set from the environment */
};

static void
config_error(struct config_load *cl, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Add one error line; a full error buffer only loses the message. */
static void
config_error(struct config_load *cl, const char *fmt, ...)
{
	va_list ap;
	int rc;

	cl->cl_nerr++;
	va_start(ap, fmt);
	rc = buf_vprintf(cl->cl_errs, fmt, ap);
	va_end(ap);
	if (rc == 0)
		rc = buf_puts(cl->cl_errs, "\n");
	(void)rc;
}

static char **
config_str(struct config *cfg, const struct config_row *r)
{
	return (char **)(void *)((char *)cfg + r->cr_offset);
}

static long long *
config_num(struct config *cfg, const struct config_row *r)
{
	return (long long *)(void *)((char *)cfg + r->cr_offset);
}

static const long long *
config_cnum(const struct config *cfg, const struct config_row *r)
{
	return (const long long *)(const void *)((const char *)cfg + r->cr_offset);
}

static char *const *
config_cstr(const struct config *cfg, const struct config_row *r)
{
	return (char *const *)(const void *)((const char *)cfg + r->cr_offset);
}

/* "PRAATPAAL_" SECTION "_" KEY suffix, upper case: 0, or -1 if too long. */
static int
config_env_name(const struct config_row *r, const char *suffix, char *out, size_t outlen)
{
	int n;
	char *p;

	n = snprintf(out, outlen, ENV_PREFIX "%s_%s%s", r->cr_section, r->cr_key, suffix);
	if (n < 0 || (size_t)n >= outlen)
		return -1;
	for (p = out; *p != '\0'; p++)
		*p = (char)toupper((unsigned char)*p);
	return 0;
}

/* 1 if s is an optional '-' and at least one digit, nothing else. */
static int
config_is_digits(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	return util_all_digits(s);
}

/*
 * Set row r from text value; where ("file:12" or "PRAATPAAL_X") prefixes
 * any error. Returns 0, or -1 with the error recorded and the old value kept.
 */
static int
config_set(struct config_load *cl, const struct config_row *r, const char *value,
    const char *where)
{
	char num[64];
	long long v, mult = 1;
	size_t n;

	if (r->cr_type == CONFIG_STRING) {
		char **sp = config_str(cl->cl_cfg, r);

		if (!util_utf8_valid(value, strlen(value))) {
			config_error(cl, "%s: %s.%s: not valid UTF-8", where,
			    r->cr_section, r->cr_key);
			return -1;
		}
		free(*sp);
		*sp = value[0] != '\0' ? xstrdup(value) : NULL;
		return 0;
	}

	n = strlen(value);
	if (util_strlcpy(num, value, sizeof(num)) == -1)
		goto bad;
	if (r->cr_type == CONFIG_SIZE && n > 1) {
		switch (num[n - 1]) {
		case 'k': case 'K': mult = 1024LL; break;
		case 'm': case 'M': mult = 1024LL * 1024; break;
		case 'g': case 'G': mult = 1024LL * 1024 * 1024; break;
		default: break;
		}
		if (mult != 1)
			num[n - 1] = '\0';
	}
	if (!config_is_digits(num))
		goto bad;
	if (util_parse_ll(num, LLONG_MIN / mult, LLONG_MAX / mult, &v) == -1 ||
	    v * mult < r->cr_min || v * mult > r->cr_max) {
		config_error(cl, "%s: %s.%s: %s out of range (%lld..%lld)", where,
		    r->cr_section, r->cr_key, value, r->cr_min, r->cr_max);
		return -1;
	}
	*config_num(cl->cl_cfg, r) = v * mult;
	return 0;
bad:
	if (r->cr_type == CONFIG_SIZE)
		config_error(cl, "%s: %s.%s: not a size: \"%.64s\" (bytes, or a number "
		    "with suffix k, m or g)", where, r->cr_section, r->cr_key, value);
	else
		config_error(cl, "%s: %s.%s: not an integer: \"%.64s\"", where,
		    r->cr_section, r->cr_key, value);
	return -1;
}

/*
 * Set string row r from the contents of the file at path (one trailing
 * newline removed). Errors name where and the file.
 */
static int
config_set_from_file(struct config_load *cl, const struct config_row *r,
    const char *path, const char *where)
{
	struct stat st;
	char err[512];
	char *data;
	size_t len;
	int rc;

	if (path[0] == '\0') {
		config_error(cl, "%s: %s.%s_file: empty path", where, r->cr_section,
		    r->cr_key);
		return -1;
	}
	/* A secret others can read is no secret: refuse it, and say how to fix it. */
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & S_IRWXO) != 0) {
		config_error(cl, "%s: %s.%s_file: %s is readable by other users (mode %03o): "
		    "run chmod 600 %s (or chmod 640 with the daemon user's group)", where,
		    r->cr_section, r->cr_key, path, (unsigned)(st.st_mode & 0777), path);
		return -1;
	}
	data = util_read_file(path, CONFIG_SECRET_FILE_MAX, &len, err, sizeof(err));
	if (data == NULL) {
		config_error(cl, "%s: %s.%s_file: %s", where, r->cr_section,
		    r->cr_key, err);
		return -1;
	}
	if (len > 0 && data[len - 1] == '\n') {
		data[--len] = '\0';
		if (len > 0 && data[len - 1] == '\r')
			data[--len] = '\0';
	}
	rc = -1;
	if (strlen(data) != len)
		config_error(cl, "%s: %s.%s_file: %s: contains a NUL byte", where,
		    r->cr_section, r->cr_key, path);
	else if (len == 0)
		config_error(cl, "%s: %s.%s_file: %s: is empty", where,
		    r->cr_section, r->cr_key, path);
	else
		rc = config_set(cl, r, data, where);
	explicit_bzero(data, len);
	free(data);
	return rc;
}

static const struct config_row *
config_find(const char *section, const char *key, size_t keylen)
{
	size_t i;

	for (i = 0; i < NROWS; i++)
		if (strcmp(config_rows[i].cr_section, section) == 0 &&
		    strlen(config_rows[i].cr_key) == keylen &&
		    strncmp(config_rows[i].cr_key, key, keylen) == 0)
			return &config_rows[i];
	return NULL;
}

static int
config_section_known(const char *section)
{
	size_t i;

	for (i = 0; i < NROWS; i++)
		if (strcmp(config_rows[i].cr_section, section) == 0)
			return 1;
	return 0;
}

static char *
config_trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

/* One "key = value" line inside [section]. */
static void
config_parse_pair(struct config_load *cl, const char *section, char *line,
    int lineno, const char *where)
{
	const struct config_row *r;
	char *eq, *key, *val;
	size_t keylen, vlen;
	int is_file = 0;

	eq = strchr(line, '=');
	if (eq == NULL) {
		config_error(cl, "%s: missing '=' (expected key = value)", where);
		return;
	}
	*eq = '\0';
	key = config_trim(line);
	val = config_trim(eq + 1);
	if (key[0] == '\0') {
		config_error(cl, "%s: missing key before '='", where);
		return;
	}
	vlen = strlen(val);
	if (val[0] == '"') {
		if (vlen < 2 || val[vlen - 1] != '"') {
			config_error(cl, "%s: unterminated quote", where);
			return;
		}
		val[vlen - 1] = '\0';
		val++;
	}

	keylen = strlen(key);
	r = config_find(section, key, keylen);
	if (r == NULL && keylen > 5 && strcmp(key + keylen - 5, "_file") == 0) {
		r = config_find(section, key, keylen - 5);
		if (r != NULL && r->cr_type != CONFIG_STRING) {
			config_error(cl, "%s: %s.%s: only text keys can be read from "
			    "a file", where, section, key);
			return;
		}
		is_file = 1;
	}
	if (r == NULL) {
		config_error(cl, "%s: unknown key \"%s\" in [%s]", where, key, section);
		return;
	}
	if (cl->cl_line[r - config_rows] != 0) {
		config_error(cl, "%s: duplicate key %s.%s (first set on line %d)",
		    where, r->cr_section, r->cr_key, cl->cl_line[r - config_rows]);
		return;
	}
	cl->cl_line[r - config_rows] = lineno;
	if (is_file)
		(void)config_set_from_file(cl, r, val, where);
	else
		(void)config_set(cl, r, val, where);
}

/* Parse the INI file; 0 if it could be read (errors in it are recorded). */
static int
config_parse_file(struct config_load *cl, const char *path)
{
	char err[512], where[PATH_MAX + 32];
	char section[64] = "";
	int in_bad_section = 0, lineno = 0, n;
	char *data, *p, *nl, *line;
	size_t len, linelen;

	data = util_read_file(path, CONFIG_FILE_MAX, &len, err, sizeof(err));
	if (data == NULL) {
		config_error(cl, "%s", err);
		return -1;
	}
	for (p = data; p < data + len; p = nl + 1) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(data + len - p));
		if (nl == NULL)
			nl = data + len;
		*nl = '\0';
		linelen = (size_t)(nl - p);
		if (linelen > 0 && p[linelen - 1] == '\r')
			p[--linelen] = '\0';
		n = snprintf(where, sizeof(where), "%s:%d", cl->cl_file, lineno);
		if (n < 0 || (size_t)n >= sizeof(where))
			where[0] = '\0';
		if (linelen > CONFIG_LINE_MAX) {
			config_error(cl, "%s: line too long (more than %d bytes)",
			    where, CONFIG_LINE_MAX);
			continue;
		}
		if (strlen(p) != linelen) {
			config_error(cl, "%s: NUL byte in line", where);
			continue;
		}
		line = config_trim(p);
		if (line[0] == '\0' || line[0] == '#' || line[0] == ';')
			continue;
		if (line[0] == '[') {
			char *close = strchr(line, ']');

			if (close == NULL || close[1] != '\0') {
				config_error(cl, "%s: malformed section header "
				    "(expected [name])", where);
				in_bad_section = 1;
				continue;
			}
			*close = '\0';
			line = config_trim(line + 1);
			if (!config_section_known(line)) {
				config_error(cl, "%s: unknown section [%s]", where, line);
				in_bad_section = 1;
				continue;
			}
			in_bad_section = 0;
			if (util_strlcpy(section, line, sizeof(section)) == -1)
				in_bad_section = 1;	/* cannot happen: known */
			continue;
		}
		if (in_bad_section)
			continue;	/* reported once, at the header */
		if (section[0] == '\0') {
			config_error(cl, "%s: key outside a section (add a [section] "
			    "line above it)", where);
			continue;
		}
		config_parse_pair(cl, section, line, lineno, where);
	}
	free(data);
	return 0;
}

/* Apply PRAATPAAL_<SECTION>_<KEY> and ..._FILE for every row. */
static void
config_parse_env(struct config_load *cl)
{
	char name[ENV_NAME_MAX], fname[ENV_NAME_MAX];
	const char *v, *fv;
	size_t i;

	for (i = 0; i < NROWS; i++) {
		const struct config_row *r = &config_rows[i];

		if (config_env_name(r, "", name, sizeof(name)) == -1 ||
		    config_env_name(r, "_FILE", fname, sizeof(fname)) == -1)
			continue;	/* cannot happen: names are short */
		v = getenv(name);
		fv = getenv(fname);
		if (v != NULL && fv != NULL) {
			config_error(cl, "%s: %s is also set; set only one", name, fname);
			continue;
		}
		if (fv != NULL && r->cr_type != CONFIG_STRING) {
			config_error(cl, "%s: only text keys can be read from a file", fname);
			continue;
		}
		if (v != NULL) {
			if (config_set(cl, r, v, name) == 0)
				cl->cl_env[i] = 1;
		} else if (fv != NULL) {
			if (config_set_from_file(cl, r, fv, fname) == 0)
				cl->cl_env[i] = 1;
		}
	}
}

/* Where row r got its value, for validation messages. */
static void
config_origin(const struct config_load *cl, const struct config_row *r,
    char *out, size_t outlen)
{
	size_t i = (size_t)(r - config_rows);
	int n;

	if (cl->cl_env[i])
		n = config_env_name(r, "", out, outlen);
	else if (cl->cl_line[i] != 0)
		n = snprintf(out, outlen, "%s:%d", cl->cl_file, cl->cl_line[i]);
	else
		n = snprintf(out, outlen, "%s", cl->cl_file);
	if (n < 0 || (size_t)n >= outlen)
		out[0] = '\0';
}

static const struct config_row *
config_row_at(size_t offset)
{
	size_t i;

	for (i = 0; i < NROWS; i++)
		if (config_rows[i].cr_offset == offset)
			return &config_rows[i];
	abort();	/* a programming error: every member has a row */
}

/* Required key at offset is unset: say so, and how to set it. */
static void
config_require(struct config_load *cl, size_t offset, const char *why)
{
	const struct config_row *r = config_row_at(offset);
	char env[ENV_NAME_MAX];

	if (*config_str(cl->cl_cfg, r) != NULL)
		return;
	if (config_env_name(r, "", env, sizeof(env)) == -1)
		env[0] = '\0';
	config_error(cl, "%s: %s.%s is required%s (or set %s)", cl->cl_file,
	    r->cr_section, r->cr_key, why, env);
}

/*
 * The string at offset must be an http:// or https:// URL; one trailing
 * slash is removed. Unset is fine (config_require checks presence).
 */
static void
config_check_url(struct config_load *cl, size_t offset)
{
	const struct config_row *r = config_row_at(offset);
	char *s = *config_str(cl->cl_cfg, r);
	char where[PATH_MAX + 32];
	const char *rest;
	size_t n;

	if (s == NULL)
		return;
	config_origin(cl, r, where, sizeof(where));
	if (strncmp(s, "https://", 8) == 0)
		rest = s + 8;
	else if (strncmp(s, "http://", 7) == 0)
		rest = s + 7;
	else {
		config_error(cl, "%s: %s.%s: must start with http:// or https://: "
		    "\"%.128s\"", where, r->cr_section, r->cr_key, s);
		return;
	}
	n = strlen(s);
	if (n > 0 && s[n - 1] == '/')
		s[--n] = '\0';
	if (rest[0] == '\0' || rest[0] == '/' || (n > 0 && s[n - 1] == '/') ||
	    strpbrk(s, " \t?#") != NULL)
		config_error(cl, "%s: %s.%s: not a usable base URL (a host is needed; "
		    "no query, fragment, blanks or trailing slash): \"%.128s\"",
		    where, r->cr_section, r->cr_key, s);
}

int
config_split_listen(const char *s, char *host, size_t hostlen, int *port)
{
	const char *h, *colon, *close;
	unsigned char addr[16];
	long long p;
	size_t hl, i;

	if (s[0] == '[') {
		close = strchr(s, ']');
		if (close == NULL || close[1] != ':')
			return -1;
		h = s + 1;
		hl = (size_t)(close - h);
		colon = close + 1;
	} else {
		colon = strrchr(s, ':');
		if (colon == NULL)
			return -1;
		h = s;
		hl = (size_t)(colon - s);
		if (memchr(h, ':', hl) != NULL)
			return -1;	/* a bare v6 address needs brackets */
	}
	if (hl == 0 || hl >= hostlen)
		return -1;
	memcpy(host, h, hl);
	host[hl] = '\0';
	if (s[0] == '[') {
		if (inet_pton(AF_INET6, host, addr) != 1)
			return -1;
	} else {
		for (i = 0; i < hl; i++)
			if (!isalnum((unsigned char)host[i]) && host[i] != '.' &&
			    host[i] != '-')
				return -1;
	}
	if (util_parse_ll(colon + 1, 1, 65535, &p) == -1)
		return -1;
	*port = (int)p;
	return 0;
}

/* Opening hours must parse as the engine reads them (calendar_hours_parse). */
static void
config_check_hours(struct config_load *cl, size_t off, const char *team)
{
	const struct config_row *r = config_row_at(off);
	char where[PATH_MAX + 32], spec[512], err[256];
	const char *v = *config_str(cl->cl_cfg, r);
	struct team_hours h;

	if (v == NULL) {
		config_require(cl, off, "");
		return;
	}
	snprintf(spec, sizeof(spec), "%s=%s", team, v);
	if (calendar_hours_parse(spec, &h, err, sizeof(err)) == -1) {
		config_origin(cl, r, where, sizeof(where));
		config_error(cl, "%s: %s.%s: %s", where, r->cr_section, r->cr_key, err);
	}
}

/* The address at offset, when set: host:port or [v6]:port. 0, or -1 when malformed. */
static int
config_check_address(struct config_load *cl, size_t offset)
{
	const struct config_row *r = config_row_at(offset);
	const char *v = *config_str(cl->cl_cfg, r);
	char where[PATH_MAX + 32], host[256];
	int port;

	if (v == NULL || config_split_listen(v, host, sizeof(host), &port) == 0)
		return 0;
	config_origin(cl, r, where, sizeof(where));
	config_error(cl, "%s: %s.%s: expected host:port or [v6]:port "
	    "(port 1..65535): \"%.128s\"", where, r->cr_section, r->cr_key, v);
	return -1;
}

/* 1 for a wildcard address ("0.0.0.0", "::"). */
static int
config_wildcard(const char *host)
{
	return strcmp(host, "0.0.0.0") == 0 || strcmp(host, "::") == 0;
}

/* 1 if two well-formed listen values would bind the same port on a shared address. */
static int
config_same_socket(const char *a, const char *b)
{
	char ha[256], hb[256];
	int pa, pb;

	if (config_split_listen(a, ha, sizeof(ha), &pa) == -1 ||
	    config_split_listen(b, hb, sizeof(hb), &pb) == -1 || pa != pb)
		return 0;
	return strcmp(ha, hb) == 0 || config_wildcard(ha) || config_wildcard(hb);
}

/*
 * http.listen: required; http.admin_listen: optional (unset: no admin
 * listener), and not the webhook listener's address.
 */
static void
config_check_listen(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];

	if (cfg->http_listen == NULL)
		config_require(cl, OFF(http_listen), "");
	if (config_check_address(cl, OFF(http_listen)) == -1 ||
	    config_check_address(cl, OFF(http_admin_listen)) == -1)
		return;
	if (cfg->http_listen != NULL && cfg->http_admin_listen != NULL &&
	    config_same_socket(cfg->http_listen, cfg->http_admin_listen)) {
		config_origin(cl, config_row_at(OFF(http_admin_listen)), where, sizeof(where));
		config_error(cl, "%s: http.admin_listen: the same port as http.listen "
		    "(/metrics must not be served to the providers): \"%.128s\"", where,
		    cfg->http_admin_listen);
	}
}

/* The database and the pseudonym key: required; the key long enough. */
static void
config_check_privacy(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];

	config_require(cl, OFF(db_url), "");
	config_require(cl, OFF(pseudonym_key), "");
	if (cfg->pseudonym_key != NULL && strlen(cfg->pseudonym_key) < PSEUDONYM_KEY_MIN) {
		config_origin(cl, config_row_at(OFF(pseudonym_key)), where, sizeof(where));
		config_error(cl, "%s: privacy.pseudonym_key: too short (at least %d "
		    "bytes)", where, PSEUDONYM_KEY_MIN);
	}
	if (cfg->research_time_unit != NULL && strcmp(cfg->research_time_unit, "day") != 0 &&
	    strcmp(cfg->research_time_unit, "week") != 0) {
		config_origin(cl, config_row_at(OFF(research_time_unit)), where, sizeof(where));
		config_error(cl, "%s: privacy.research_time_unit: day or week", where);
	}
}

/* A provider set up by one key needs its others: WhatsApp by phone_number_id, Twilio by account_sid. */
static void
config_check_providers(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];
	const char *s;

	if (cfg->wa_phone_number_id != NULL) {
		static const char why[] = " when whatsapp.phone_number_id is set";

		for (s = cfg->wa_phone_number_id; *s != '\0'; s++)
			if (*s < '0' || *s > '9')
				break;
		if (*s != '\0') {
			config_origin(cl, config_row_at(OFF(wa_phone_number_id)), where, sizeof(where));
			config_error(cl, "%s: whatsapp.phone_number_id: digits only",
			    where);
		}
		config_require(cl, OFF(wa_verify_token), why);
		config_require(cl, OFF(wa_app_secret), why);
		config_require(cl, OFF(wa_access_token), why);
		config_require(cl, OFF(wa_api_base), why);
		if (cfg->wa_template_name != NULL)
			config_require(cl, OFF(wa_template_language),
			    " when whatsapp.template_name is set");
	}
	if (cfg->tw_account_sid != NULL) {
		static const char why[] = " when twilio.account_sid is set";

		config_require(cl, OFF(tw_auth_token), why);
		config_require(cl, OFF(tw_from), why);
		config_require(cl, OFF(tw_api_base), why);
		config_require(cl, OFF(http_public_url),
		    " when twilio.account_sid is set (Twilio signs it)");
	}
}

/* [console] oncall_sms: a phone number ("+" and digits) that Twilio can send to. */
static void
config_check_oncall(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];
	const char *s = cfg->console_oncall_sms;
	size_t n;

	if (s == NULL)
		return;
	n = strspn(s + (*s == '+'), "0123456789");
	if (s[(*s == '+') + n] != '\0' || n < 8 || strlen(s) >= CONSOLE_ONCALL_MAX) {
		config_origin(cl, config_row_at(OFF(console_oncall_sms)), where, sizeof(where));
		config_error(cl, "%s: console.oncall_sms: a phone number, \"+\" and 8 to %d digits",
		    where, CONSOLE_ONCALL_MAX - 2);
	}
	config_require(cl, OFF(tw_account_sid), " when console.oncall_sms is set (it pages by SMS)");
}

/* Pairs of numbers that must be in order: the sender's back-off, the worker's flood pace. */
static void
config_check_pairs(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];

	if (cfg->send_backoff_base_ms > cfg->send_backoff_max_ms) {
		config_origin(cl, config_row_at(OFF(send_backoff_base_ms)), where, sizeof(where));
		config_error(cl, "%s: sender.backoff_base_ms (%lld) is more than "
		    "sender.backoff_max_ms (%lld)", where, cfg->send_backoff_base_ms,
		    cfg->send_backoff_max_ms);
	}
	if (cfg->worker_flood_rate > 0 && cfg->worker_flood_pace > cfg->worker_flood_rate) {
		config_origin(cl, config_row_at(OFF(worker_flood_pace)), where, sizeof(where));
		config_error(cl, "%s: worker.flood_pace (%lld) is more than "
		    "worker.flood_rate (%lld)", where, cfg->worker_flood_pace,
		    cfg->worker_flood_rate);
	}
}

/* log.level: required, one of the levels. */
static void
config_check_log(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];
	enum log_level lvl;

	if (cfg->log_level == NULL)
		config_require(cl, OFF(log_level), "");
	else if (log_parse_level(cfg->log_level, &lvl) == -1) {
		config_origin(cl, config_row_at(OFF(log_level)), where, sizeof(where));
		config_error(cl, "%s: log.level: expected debug, info, warn or "
		    "error: \"%.32s\"", where, cfg->log_level);
	}
	if (cfg->log_format != NULL && strcmp(cfg->log_format, "text") != 0 &&
	    strcmp(cfg->log_format, "json") != 0) {
		config_origin(cl, config_row_at(OFF(log_format)), where, sizeof(where));
		config_error(cl, "%s: log.format: expected text or json: \"%.32s\"", where,
		    cfg->log_format);
	}
}

/* database.pool_mode: session or transaction. */
static void
config_check_pool_mode(struct config_load *cl)
{
	struct config *cfg = cl->cl_cfg;
	char where[PATH_MAX + 32];

	if (cfg->db_pool_mode != NULL && strcmp(cfg->db_pool_mode, "session") != 0 &&
	    strcmp(cfg->db_pool_mode, "transaction") != 0) {
		config_origin(cl, config_row_at(OFF(db_pool_mode)), where, sizeof(where));
		config_error(cl, "%s: database.pool_mode: expected session or transaction: "
		    "\"%.32s\"", where, cfg->db_pool_mode);
	}
}

/* Checks between keys, after the file and the environment; errors come in this order. */
static void
config_validate(struct config_load *cl)
{
	config_check_listen(cl);
	config_check_url(cl, OFF(http_public_url));
	config_check_url(cl, OFF(wa_api_base));
	config_check_url(cl, OFF(tw_api_base));
	config_check_privacy(cl);
	config_check_providers(cl);
	config_check_hours(cl, OFF(team_jip_hours), "JIP");
	config_check_hours(cl, OFF(team_jit_hours), "JIT");
	config_check_hours(cl, OFF(team_cit_hours), "CIT");
	config_check_pairs(cl);
	config_check_oncall(cl);
	config_check_log(cl);
	config_check_pool_mode(cl);
}

static void
config_set_defaults(struct config *cfg)
{
	size_t i;

	memset(cfg, 0, sizeof(*cfg));
	for (i = 0; i < NROWS; i++) {
		const struct config_row *r = &config_rows[i];

		if (r->cr_type == CONFIG_STRING)
			*config_str(cfg, r) = r->cr_sdefault != NULL ?
			    xstrdup(r->cr_sdefault) : NULL;
		else
			*config_num(cfg, r) = r->cr_idefault;
	}
}

int
config_load(const char *path, struct config *cfg, struct buf *errs)
{
	struct config_load cl;

	config_set_defaults(cfg);
	cfg->cf_path = path != NULL ? xstrdup(path) : NULL;
	memset(&cl, 0, sizeof(cl));
	cl.cl_cfg = cfg;
	cl.cl_errs = errs;
	cl.cl_file = path != NULL ? path : "(no config file)";

	if (path != NULL && config_parse_file(&cl, path) == -1)
		goto fail;	/* unreadable: other checks would be noise */
	config_parse_env(&cl);
	config_validate(&cl);
	if (cl.cl_nerr > 0)
		goto fail;
	return 0;
fail:
	config_free(cfg);
	return -1;
}

void
config_free(struct config *cfg)
{
	size_t i;

	for (i = 0; i < NROWS; i++) {
		const struct config_row *r = &config_rows[i];
		char **sp;

		if (r->cr_type != CONFIG_STRING)
			continue;
		sp = config_str(cfg, r);
		if (*sp != NULL && r->cr_secret)
			explicit_bzero(*sp, strlen(*sp));
		free(*sp);
		*sp = NULL;
	}
	free(cfg->cf_path);
	cfg->cf_path = NULL;
}

int
config_whatsapp_enabled(const struct config *cfg)
{
	return cfg->wa_phone_number_id != NULL;
}

int
config_twilio_enabled(const struct config *cfg)
{
	return cfg->tw_account_sid != NULL;
}

void
config_dump(const struct config *cfg, FILE *fp)
{
	size_t i;

	for (i = 0; i < NROWS; i++) {
		const struct config_row *r = &config_rows[i];

		if (r->cr_type != CONFIG_STRING)
			fprintf(fp, "%s.%s = %lld\n", r->cr_section, r->cr_key,
			    *config_cnum(cfg, r));
		else if (*config_cstr(cfg, r) == NULL)
			fprintf(fp, "%s.%s = (unset)\n", r->cr_section, r->cr_key);
		else if (r->cr_secret)
			fprintf(fp, "%s.%s = (set)\n", r->cr_section, r->cr_key);
		else
			fprintf(fp, "%s.%s = %s\n", r->cr_section, r->cr_key,
			    *config_cstr(cfg, r));
	}
}

const char *
config_direct_url(const struct config *cfg)
{
	return cfg->db_direct_url != NULL ? cfg->db_direct_url : cfg->db_url;
}

int
config_transaction_pooling(const struct config *cfg)
{
	return cfg->db_pool_mode != NULL && strcmp(cfg->db_pool_mode, "transaction") == 0;
}

void
config_diff(const struct config *a, const struct config *b, struct buf *out)
{
	size_t i;

	for (i = 0; i < NROWS; i++) {
		const struct config_row *r = &config_rows[i];
		int same;

		if (r->cr_type != CONFIG_STRING)
			same = *config_cnum(a, r) == *config_cnum(b, r);
		else {
			const char *x = *config_cstr(a, r), *y = *config_cstr(b, r);

			same = (x == NULL && y == NULL) ||
			    (x != NULL && y != NULL && strcmp(x, y) == 0);
		}
		if (!same && buf_printf(out, "%s.%s\n", r->cr_section, r->cr_key) == -1)
			return;
	}
}
