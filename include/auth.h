/*
 * auth.h — who is asking: staff roles and teams, passwords (argon2id via
 * libsodium), console sessions (a random token in a cookie, only its
 * SHA-256 kept), CSRF tokens, and the slowing of failed logins.
 *
 * The pure parts (cookie text, CSRF compare, password policy, the wait
 * after failures) need no database and are unit-tested
 * (tests/unit/test_auth.c). The session look-up (auth_request_staff) is
 * what every /api/v1 handler, the events stream included, starts with.
 */
#ifndef AUTH_H
#define AUTH_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "praatpaal.h"
#include "util.h"

struct app;
struct request;

enum staff_role {
	ROLE_COUNSELLOR,	/* the chats of their teams */
	ROLE_SUPERVISOR,	/* every team, statistics, the audit */
	ROLE_RESEARCHER,	/* aggregate figures and exports, never a transcript */
	ROLE_ADMIN,		/* staff and the audit, no transcripts */
	ROLE_COUNT
};

/* Teams as bits of a mask. */
#define TEAM_JIP	1u
#define TEAM_JIT	2u
#define TEAM_CIT	4u
#define TEAM_ALL	(TEAM_JIP | TEAM_JIT | TEAM_CIT)
#define TEAM_COUNT	3

#define AUTH_HASH_HEX	64	/* hex chars of a SHA-256 */
#define AUTH_ALIAS_MAX_BYTES (AUTH_ALIAS_MAX_CHARS * 4)
#define AUTH_COOKIE_NAME "pp_session"
#define AUTH_COOKIE_MAX	256	/* bytes of a Set-Cookie value we build */

/* A logged-in member of staff, as a request's session names them. */
struct staff_ident {
	int64_t		 si_id;
	enum staff_role	 si_role;
	unsigned	 si_teams;	/* TEAM_* bits; a supervisor's are all of them */
	char		 si_login[AUTH_LOGIN_MAX + 1];
	char		 si_alias[AUTH_ALIAS_MAX_BYTES + 1];
	char		 si_csrf[AUTH_TOKEN_HEX + 1];
	char		 si_token_hash[AUTH_HASH_HEX + 1];	/* the session's key */
};

/* "counsellor", ...; parse: 0, or -1 for an unknown name. */
const char	*auth_role_name(enum staff_role);
int		 auth_role_parse(const char *, enum staff_role *) WUR;
/* "JIP" for TEAM_JIP (one bit), NULL otherwise. */
const char	*auth_team_name(unsigned bit);
/* One team's bit, or 0 for an unknown name. */
unsigned	 auth_team_bit(const char *);
/*
 * A list of team names, "JIP,CIT" or a PostgreSQL array "{JIP,CIT}",
 * into a mask: 0, or -1 for an unknown or empty name.
 */
int		 auth_teams_parse(const char *, unsigned *mask) WUR;
/* A mask as a PostgreSQL array literal "{JIP,CIT}" (out holds at least 16 bytes). */
void		 auth_teams_array(unsigned mask, char *out, size_t outlen);

/* ---- pure parts ------------------------------------------------------------ */

/*
 * 1 if the session cookie may go without Secure: public_url is plain
 * http on a loopback host (127.0.0.1, localhost, [::1]); else 0.
 */
int	auth_cookie_insecure_ok(const char *public_url);
/*
 * The Set-Cookie value for token (NULL: one that clears the cookie):
 * "pp_session=<token>; Path=/; HttpOnly; SameSite=Strict[; Secure]
 * [; Max-Age=N]". 0, or -1 when out is too small.
 */
int	auth_cookie_build(char *out, size_t outlen, const char *token, int secure,
	    long long max_age_s) WUR;
/* The pp_session token of a Cookie header: 0 with out filled, -1 when absent or malformed. */
int	auth_cookie_token(const char *cookie, char out[AUTH_TOKEN_HEX + 1]) WUR;
/* 1 if given (a request's X-CSRF-Token, may be NULL) equals expected; constant time. */
int	auth_csrf_equal(const char *expected, const char *given);
/*
 * 0 if pw may be a password of login: AUTH_PASSWORD_MIN characters or
 * more, at most AUTH_PASSWORD_MAX bytes, valid UTF-8, not the login, not
 * in common (the common-passwords file's text, one a line, compared
 * without case; NULL: no list). -1 with err naming the reason.
 */
int	auth_password_policy(const char *login, const char *pw, const char *common,
	    char *err, size_t errlen) WUR;
/*
 * Seconds a login must still wait after failures failed logins, the last
 * since_last_s seconds ago, when free failures are allowed before
 * slowing: 0 when it need not wait.
 */
long long auth_slow_wait(long long failures, long long free, long long since_last_s);

/* ---- passwords and tokens ------------------------------------------------- */

/* libsodium's start-up (once, thread-safe): 0, or -1 when it cannot start. */
int	auth_init(void) WUR;
/* An argon2id hash of pw (crypto_pwhash_str): a new string, or NULL when out of memory. */
char	*auth_password_hash(const char *pw);
/* 1 if pw matches hash. */
int	auth_password_verify(const char *hash, const char *pw);
/* 1 if hash was made with other parameters than auth_password_hash's now. */
int	auth_password_needs_rehash(const char *hash);
/* A new random token: AUTH_TOKEN_BYTES as hex. */
void	auth_token_new(char out[AUTH_TOKEN_HEX + 1]);
/* The SHA-256 of a token, as hex (what staff_session keeps). */
void	auth_token_hash(const char *token, char out[AUTH_HASH_HEX + 1]);

/* ---- sessions ----------------------------------------------------------- */

enum auth_login_result {
	AUTH_LOGIN_OK,		/* session made: token and ident filled */
	AUTH_LOGIN_WRONG,	/* unknown login, disabled account or wrong password */
	AUTH_LOGIN_SLOWED,	/* too many failures: *retry_after seconds */
	AUTH_LOGIN_ERROR	/* database: err filled */
};

/*
 * Check login and password from address: on success a new session
 * (token for the cookie, ident with its CSRF token) and the login's
 * failures forgotten; a hash with old parameters is replaced. A wrong
 * login or password is recorded; an unknown login costs the same time as
 * a known one.
 */
enum auth_login_result auth_login(const struct app *, PGconn *, const char *login,
	    const char *password, const char *address, char token[AUTH_TOKEN_HEX + 1],
	    struct staff_ident *ident, long long *retry_after, char *err, size_t errlen);
/* End the session of ident (logout). 0, or -1 with err filled. */
int	auth_logout(PGconn *, const struct staff_ident *, char *err, size_t errlen) WUR;

/*
 * The staff member whose session the request's cookie names, on conn:
 * 0 with out filled (the session's idle time starts again), 401 when
 * there is no cookie or the session is unknown, expired ([console]
 * session_idle, session_max) or its account disabled, 503 when the
 * database failed.
 */
int		auth_request_staff_on(struct request *, PGconn *, struct staff_ident *out);
/*
 * The same with a connection of the daemon's pool (for a handler, such
 * as the events stream, that holds none): 0, 401 or 503.
 */
int		auth_request_staff(struct request *, struct staff_ident *out);

#endif
