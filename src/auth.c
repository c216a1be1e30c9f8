/*
 * auth.c — passwords, console sessions, CSRF tokens and the slowing of
 * failed logins.
 *
 * Passwords are argon2id hashes from libsodium's crypto_pwhash_str with
 * its interactive limits; a hash made with other limits is replaced at
 * the next good login. A session is a random AUTH_TOKEN_BYTES token in
 * the pp_session cookie; the database keeps only its SHA-256, so a copy
 * of staff_session logs nobody in. Each session has its own CSRF token,
 * which every state-changing request repeats in X-CSRF-Token (a page of
 * another site can make the browser send the cookie, never read the
 * token). Failed logins are counted per login and per address over
 * AUTH_FAIL_WINDOW_S; past AUTH_FAIL_LOGIN_FREE (AUTH_FAIL_ADDRESS_FREE)
 * of them a login waits AUTH_SLOW_BASE_S, doubled with each further
 * failure up to AUTH_SLOW_MAX_S, whatever the password.
 *
 * Locking: none of our own; libsodium is thread-safe after sodium_init.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <microhttpd.h>
#include <sodium.h>

#include "app.h"
#include "auth.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "message.h"
#include "praatpaal.h"
#include "request.h"
#include "store_console.h"
#include "util.h"

static const char *const auth_roles[ROLE_COUNT] = {
	[ROLE_COUNSELLOR] = "counsellor",
	[ROLE_SUPERVISOR] = "supervisor",
	[ROLE_RESEARCHER] = "researcher",
	[ROLE_ADMIN] = "admin",
};

static const char *const auth_teams[TEAM_COUNT] = { "JIP", "JIT", "CIT" };

const char *
auth_role_name(enum staff_role r)
{
	return (size_t)r < ROLE_COUNT ? auth_roles[r] : "unknown";
}

int
auth_role_parse(const char *s, enum staff_role *out)
{
	for (size_t i = 0; i < ROLE_COUNT; i++)
		if (strcmp(s, auth_roles[i]) == 0) {
			*out = (enum staff_role)i;
			return 0;
		}
	return -1;
}

const char *
auth_team_name(unsigned bit)
{
	for (size_t i = 0; i < TEAM_COUNT; i++)
		if (bit == 1u << i)
			return auth_teams[i];
	return NULL;
}

unsigned
auth_team_bit(const char *s)
{
	for (size_t i = 0; i < TEAM_COUNT; i++)
		if (strcmp(s, auth_teams[i]) == 0)
			return 1u << i;
	return 0;
}

int
auth_teams_parse(const char *s, unsigned *mask)
{
	char name[8];
	size_t n;
	unsigned bit;

	*mask = 0;
	if (*s == '{')
		s++;
	while (*s != '\0' && *s != '}') {
		n = strcspn(s, ",}");
		if (n == 0 || n >= sizeof(name))
			return -1;
		memcpy(name, s, n);
		name[n] = '\0';
		if ((bit = auth_team_bit(name)) == 0)
			return -1;
		*mask |= bit;
		s += n;
		if (*s == ',')
			s++;
	}
	return 0;
}

void
auth_teams_array(unsigned mask, char *out, size_t outlen)
{
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < TEAM_COUNT; i++)
		if ((mask & (1u << i)) &&
		    buf_printf(&b, "%s%s", b.len > 0 ? "," : "", auth_teams[i]) == -1)
			abort();
	snprintf(out, outlen, "{%s}", b.data != NULL ? b.data : "");
	buf_free(&b);
}

/* ---- pure parts ------------------------------------------------------------ */

int
auth_cookie_insecure_ok(const char *url)
{
	static const char *const hosts[] = { "127.0.0.1", "localhost", "[::1]" };
	size_t n;

	if (url == NULL || strncmp(url, "http://", 7) != 0)
		return 0;
	url += 7;
	for (size_t i = 0; i < NELEM(hosts); i++) {
		n = strlen(hosts[i]);
		if (strncasecmp(url, hosts[i], n) == 0 &&
		    (url[n] == '\0' || url[n] == ':' || url[n] == '/'))
			return 1;
	}
	return 0;
}

int
auth_cookie_build(char *out, size_t outlen, const char *token, int secure, long long max_age_s)
{
	int n;

	if (token == NULL)
		n = snprintf(out, outlen, "%s=; Path=/; HttpOnly; SameSite=Strict%s; Max-Age=0",
		    AUTH_COOKIE_NAME, secure ? "; Secure" : "");
	else if (max_age_s > 0)
		n = snprintf(out, outlen, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s; Max-Age=%lld",
		    AUTH_COOKIE_NAME, token, secure ? "; Secure" : "", max_age_s);
	else
		n = snprintf(out, outlen, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s",
		    AUTH_COOKIE_NAME, token, secure ? "; Secure" : "");
	return n < 0 || (size_t)n >= outlen ? -1 : 0;
}

int
auth_cookie_token(const char *cookie, char out[AUTH_TOKEN_HEX + 1])
{
	const size_t nlen = strlen(AUTH_COOKIE_NAME);
	const char *p = cookie;
	size_t n;

	while (p != NULL && *p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		n = strcspn(p, ";");
		if (n > nlen && strncmp(p, AUTH_COOKIE_NAME, nlen) == 0 && p[nlen] == '=') {
			const char *v = p + nlen + 1;
			size_t vlen = n - nlen - 1;

			while (vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
				vlen--;
			if (vlen != AUTH_TOKEN_HEX)
				return -1;
			for (size_t i = 0; i < vlen; i++)
				if (util_hexval((unsigned char)v[i]) < 0)
					return -1;
			memcpy(out, v, vlen);
			out[vlen] = '\0';
			return 0;
		}
		p += n;
	}
	return -1;
}

int
auth_csrf_equal(const char *expected, const char *given)
{
	size_t n;

	if (expected == NULL || given == NULL)
		return 0;
	n = strlen(expected);
	if (n == 0 || strlen(given) != n)
		return 0;
	return util_ct_equal(expected, given, n);
}

/* 1 if the line [s, s+n) equals pw without regard to ASCII case. */
static int
auth_line_is(const char *s, size_t n, const char *pw)
{
	while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	return n == strlen(pw) && strncasecmp(s, pw, n) == 0;
}

int
auth_password_policy(const char *login, const char *pw, const char *common, char *err,
    size_t errlen)
{
	size_t len = strlen(pw), n;

	if (len > AUTH_PASSWORD_MAX || !util_utf8_valid(pw, len)) {
		util_seterr(err, errlen, "password: at most %d bytes of UTF-8", AUTH_PASSWORD_MAX);
		return -1;
	}
	if (utf8_length(pw) < AUTH_PASSWORD_MIN) {
		util_seterr(err, errlen, "password: at least %d characters", AUTH_PASSWORD_MIN);
		return -1;
	}
	if (login != NULL && strcasecmp(login, pw) == 0) {
		util_seterr(err, errlen, "password: may not be the login");
		return -1;
	}
	for (const char *p = common; p != NULL && *p != '\0'; p += n + (p[n] == '\n')) {
		n = strcspn(p, "\n");
		if (n > 0 && *p != '#' && auth_line_is(p, n, pw)) {
			util_seterr(err, errlen, "password: too common (on the list of common passwords)");
			return -1;
		}
	}
	return 0;
}

long long
auth_slow_wait(long long failures, long long free, long long since_last_s)
{
	long long wait = AUTH_SLOW_BASE_S, extra;

	if (failures < free)
		return 0;
	for (extra = failures - free; extra > 0 && wait < AUTH_SLOW_MAX_S; extra--)
		wait *= 2;
	if (wait > AUTH_SLOW_MAX_S)
		wait = AUTH_SLOW_MAX_S;
	return since_last_s >= wait ? 0 : wait - since_last_s;
}

/* ---- passwords and tokens ------------------------------------------------- */

static pthread_once_t auth_once = PTHREAD_ONCE_INIT;
static int auth_sodium_ok;
/* A hash of a random password: checked against for unknown logins, to cost the same. */
static char auth_dummy_hash[crypto_pwhash_STRBYTES];

static void
auth_init_once(void)
{
	char pw[AUTH_TOKEN_HEX + 1];

	if (sodium_init() < 0)
		return;
	auth_token_new(pw);
	if (crypto_pwhash_str(auth_dummy_hash, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
		return;
	auth_sodium_ok = 1;
}

int
auth_init(void)
{
	pthread_once(&auth_once, auth_init_once);
	return auth_sodium_ok ? 0 : -1;
}

char *
auth_password_hash(const char *pw)
{
	char *out = xmalloc(crypto_pwhash_STRBYTES);

	if (crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

int
auth_password_verify(const char *hash, const char *pw)
{
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

int
auth_password_needs_rehash(const char *hash)
{
	return crypto_pwhash_str_needs_rehash(hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

void
auth_token_new(char out[AUTH_TOKEN_HEX + 1])
{
	unsigned char raw[AUTH_TOKEN_BYTES];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(out, AUTH_TOKEN_HEX + 1, raw, sizeof(raw));
	sodium_memzero(raw, sizeof(raw));
}

void
auth_token_hash(const char *token, char out[AUTH_HASH_HEX + 1])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
	sodium_bin2hex(out, AUTH_HASH_HEX + 1, h, sizeof(h));
}

/* ---- sessions ----------------------------------------------------------- */

/* Fill ident from the staff row r of login. 0, or -1 when the row is odd. */
static int
auth_ident_from(const struct staff_row *r, const char *login, struct staff_ident *ident)
{
	memset(ident, 0, sizeof(*ident));
	ident->si_id = r->sr_id;
	if (r->sr_role == NULL || auth_role_parse(r->sr_role, &ident->si_role) == -1 ||
	    r->sr_teams == NULL || auth_teams_parse(r->sr_teams, &ident->si_teams) == -1)
		return -1;
	if (ident->si_role == ROLE_SUPERVISOR)
		ident->si_teams = TEAM_ALL;
	util_copy_utf8(ident->si_login, sizeof(ident->si_login), login);
	util_copy_utf8(ident->si_alias, sizeof(ident->si_alias),
	    r->sr_alias != NULL ? r->sr_alias : login);
	return 0;
}

enum auth_login_result
auth_login(const struct app *app, PGconn *conn, const char *login, const char *password,
    const char *address, char token[AUTH_TOKEN_HEX + 1], struct staff_ident *ident,
    long long *retry_after, char *err, size_t errlen)
{
	const struct config *cfg = app->ap_cfg;
	struct login_failures lf;
	struct staff_row r;
	long long w1, w2;
	int found, ok;
	char *rehash;

	*retry_after = 0;
	if (auth_init() == -1) {
		util_seterr(err, errlen, "libsodium did not start");
		return AUTH_LOGIN_ERROR;
	}
	if (db_login_failures(conn, login, address, AUTH_FAIL_WINDOW_S, &lf, err, errlen) == -1)
		return AUTH_LOGIN_ERROR;
	w1 = auth_slow_wait(lf.lf_login, AUTH_FAIL_LOGIN_FREE, lf.lf_login_since_s);
	w2 = auth_slow_wait(lf.lf_address, AUTH_FAIL_ADDRESS_FREE, lf.lf_address_since_s);
	if (w1 > 0 || w2 > 0) {
		*retry_after = w1 > w2 ? w1 : w2;
		return AUTH_LOGIN_SLOWED;
	}
	if (db_staff_get(conn, login, &r, &found, err, errlen) == -1)
		return AUTH_LOGIN_ERROR;
	/* An unknown login costs a verification too: no hint in the time taken. */
	ok = auth_password_verify(found ? r.sr_hash : auth_dummy_hash, password);
	if (!found || !ok || r.sr_disabled || auth_ident_from(&r, login, ident) == -1) {
		db_staff_row_free(&r);
		if (db_login_failure_add(conn, login, address, err, errlen) == -1)
			return AUTH_LOGIN_ERROR;
		return AUTH_LOGIN_WRONG;
	}
	if (auth_password_needs_rehash(r.sr_hash) &&
	    (rehash = auth_password_hash(password)) != NULL) {
		if (db_staff_rehash(conn, r.sr_id, rehash, err, errlen) == -1) {
			free(rehash);
			db_staff_row_free(&r);
			return AUTH_LOGIN_ERROR;
		}
		log_info("staff_rehashed login=%s", login);
		free(rehash);
	}
	db_staff_row_free(&r);
	auth_token_new(token);
	auth_token_new(ident->si_csrf);
	auth_token_hash(token, ident->si_token_hash);
	if (db_session_add(conn, ident->si_token_hash, ident->si_id, ident->si_csrf,
	    cfg->console_session_idle, cfg->console_session_max, err, errlen) == -1 ||
	    db_login_ok(conn, ident->si_id, login, err, errlen) == -1)
		return AUTH_LOGIN_ERROR;
	return AUTH_LOGIN_OK;
}

int
auth_logout(PGconn *conn, const struct staff_ident *ident, char *err, size_t errlen)
{
	return db_session_delete(conn, ident->si_token_hash, err, errlen);
}

int
auth_request_staff_on(struct request *rq, PGconn *conn, struct staff_ident *out)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
	char token[AUTH_TOKEN_HEX + 1], err[256];
	const char *cookie;
	int found;

	memset(out, 0, sizeof(*out));
	cookie = request_header(rq, MHD_HTTP_HEADER_COOKIE);
	if (cookie == NULL || auth_cookie_token(cookie, token) == -1)
		return MHD_HTTP_UNAUTHORIZED;
	auth_token_hash(token, out->si_token_hash);
	if (db_session_get(conn, out->si_token_hash, cfg->console_session_idle,
	    cfg->console_session_max, out, &found, err, sizeof(err)) == -1) {
		log_error("auth_session_failed error=\"%s\"", err);
		return MHD_HTTP_SERVICE_UNAVAILABLE;
	}
	return found ? 0 : MHD_HTTP_UNAUTHORIZED;
}

int
auth_request_staff(struct request *rq, struct staff_ident *out)
{
	struct db_pool *pool = rq->rq_app->ap_pool;
	PGconn *conn;
	char err[256];
	int rc;

	if ((conn = db_acquire(pool, err, sizeof(err))) == NULL) {
		log_error("auth_session_failed error=\"%s\"", err);
		return MHD_HTTP_SERVICE_UNAVAILABLE;
	}
	rc = auth_request_staff_on(rq, conn, out);
	db_release(pool, conn);
	return rc;
}
