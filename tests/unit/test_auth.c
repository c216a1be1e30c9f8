/*
 * test_auth.c — the pure parts of auth.c: the session cookie's text and
 * when it may go without Secure, reading the token back from a Cookie
 * header, the CSRF compare, the password policy, the wait after failed
 * logins, teams and roles; and a hash that verifies.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "praatpaal.h"
#include "unit.h"

#define TOKEN "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static void
test_cookie_build(void)
{
	char c[AUTH_COOKIE_MAX];

	CHECK(auth_cookie_build(c, sizeof(c), TOKEN, 1, 0) == 0);
	CHECK_STR(c, "pp_session=" TOKEN "; Path=/; HttpOnly; SameSite=Strict; Secure");
	CHECK(auth_cookie_build(c, sizeof(c), TOKEN, 0, 0) == 0);
	CHECK_STR(c, "pp_session=" TOKEN "; Path=/; HttpOnly; SameSite=Strict");
	CHECK(auth_cookie_build(c, sizeof(c), NULL, 1, 0) == 0);
	CHECK_STR(c, "pp_session=; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=0");
	CHECK(auth_cookie_build(c, 20, TOKEN, 1, 0) == -1);	/* too small: refused */
}

static void
test_cookie_secure(void)
{
	CHECK(auth_cookie_insecure_ok("http://127.0.0.1:8080") == 1);
	CHECK(auth_cookie_insecure_ok("http://localhost") == 1);
	CHECK(auth_cookie_insecure_ok("http://[::1]:8080/x") == 1);
	CHECK(auth_cookie_insecure_ok("https://127.0.0.1:8080") == 0);
	CHECK(auth_cookie_insecure_ok("http://praatpaal.example") == 0);
	CHECK(auth_cookie_insecure_ok("http://localhost.example.org") == 0);
	CHECK(auth_cookie_insecure_ok("http://127.0.0.10") == 0);
	CHECK(auth_cookie_insecure_ok(NULL) == 0);
}

static void
test_cookie_token(void)
{
	char t[AUTH_TOKEN_HEX + 1];

	CHECK(auth_cookie_token("pp_session=" TOKEN, t) == 0);
	CHECK_STR(t, TOKEN);
	CHECK(auth_cookie_token("a=b; pp_session=" TOKEN "; c=d", t) == 0);
	CHECK_STR(t, TOKEN);
	CHECK(auth_cookie_token("xpp_session=" TOKEN, t) == -1);
	CHECK(auth_cookie_token("pp_session=short", t) == -1);
	CHECK(auth_cookie_token("pp_session=" TOKEN "00", t) == -1);
	CHECK(auth_cookie_token("pp_session=zz23456789abcdef0123456789abcdef0123456789abcdef"
	    "0123456789abcdef", t) == -1);
	CHECK(auth_cookie_token("", t) == -1);
}

static void
test_csrf_equal(void)
{
	CHECK(auth_csrf_equal(TOKEN, TOKEN) == 1);
	CHECK(auth_csrf_equal(TOKEN, TOKEN "0") == 0);
	CHECK(auth_csrf_equal(TOKEN, "") == 0);
	CHECK(auth_csrf_equal(TOKEN, NULL) == 0);
	CHECK(auth_csrf_equal("", "") == 0);
	CHECK(auth_csrf_equal(TOKEN, "1123456789abcdef0123456789abcdef0123456789abcdef"
	    "0123456789abcdef") == 0);
}

static void
test_password_policy(void)
{
	const char *common = "# comment\nwachtwoord123\r\nqwertyuiop\n";
	char err[128];

	CHECK(auth_password_policy("sam", "een-lang-wachtwoord", common, err, sizeof(err)) == 0);
	CHECK(auth_password_policy("sam", "kort", common, err, sizeof(err)) == -1);
	CHECK(strstr(err, "at least 10") != NULL);
	CHECK(auth_password_policy("sam", "WachtWoord123", common, err, sizeof(err)) == -1);
	CHECK(strstr(err, "common") != NULL);
	CHECK(auth_password_policy("sam", "qwertyuiop", common, err, sizeof(err)) == -1);
	CHECK(auth_password_policy("lange.naam1", "Lange.Naam1", NULL, err, sizeof(err)) == -1);
	/* Ten characters, more bytes: counted as characters. */
	CHECK(auth_password_policy("sam", "ééééééééé", NULL, err, sizeof(err)) == -1);
	CHECK(auth_password_policy("sam", "éééééééééé", NULL, err, sizeof(err)) == 0);
	CHECK(auth_password_policy("sam", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6", NULL, err,
	    sizeof(err)) == -1);
}

static void
test_slow_wait(void)
{
	CHECK_INT(auth_slow_wait(0, 5, 0), 0);
	CHECK_INT(auth_slow_wait(4, 5, 0), 0);
	CHECK_INT(auth_slow_wait(5, 5, 0), AUTH_SLOW_BASE_S);
	CHECK_INT(auth_slow_wait(5, 5, 10), AUTH_SLOW_BASE_S - 10);
	CHECK_INT(auth_slow_wait(5, 5, AUTH_SLOW_BASE_S), 0);
	CHECK_INT(auth_slow_wait(6, 5, 0), 2 * AUTH_SLOW_BASE_S);
	CHECK_INT(auth_slow_wait(100, 5, 0), AUTH_SLOW_MAX_S);
}

static void
test_teams_roles(void)
{
	unsigned m;
	char a[32];
	enum staff_role r;

	CHECK(auth_teams_parse("JIP,CIT", &m) == 0);
	CHECK_INT(m, TEAM_JIP | TEAM_CIT);
	CHECK(auth_teams_parse("{JIT}", &m) == 0);
	CHECK_INT(m, TEAM_JIT);
	CHECK(auth_teams_parse("{}", &m) == 0);
	CHECK_INT(m, 0);
	CHECK(auth_teams_parse("JIP,XYZ", &m) == -1);
	CHECK(auth_teams_parse("JIP,,CIT", &m) == -1);
	auth_teams_array(TEAM_ALL, a, sizeof(a));
	CHECK_STR(a, "{JIP,JIT,CIT}");
	auth_teams_array(0, a, sizeof(a));
	CHECK_STR(a, "{}");
	CHECK(auth_role_parse("supervisor", &r) == 0 && r == ROLE_SUPERVISOR);
	CHECK(auth_role_parse("boss", &r) == -1);
	CHECK_STR(auth_role_name(ROLE_RESEARCHER), "researcher");
}

static void
test_hash_verify(void)
{
	char *h, t[AUTH_TOKEN_HEX + 1], th[AUTH_HASH_HEX + 1];

	CHECK(auth_init() == 0);
	h = auth_password_hash("een-lang-wachtwoord");
	CHECK(h != NULL && strncmp(h, "$argon2id$", 10) == 0);
	CHECK(auth_password_verify(h, "een-lang-wachtwoord") == 1);
	CHECK(auth_password_verify(h, "een-ander-wachtwoord") == 0);
	CHECK(auth_password_needs_rehash(h) == 0);
	free(h);
	auth_token_new(t);
	CHECK_INT(strlen(t), AUTH_TOKEN_HEX);
	auth_token_hash("abc", th);
	CHECK_STR(th, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

int
main(void)
{
	RUN(test_cookie_build);
	RUN(test_cookie_secure);
	RUN(test_cookie_token);
	RUN(test_csrf_equal);
	RUN(test_password_policy);
	RUN(test_slow_wait);
	RUN(test_teams_roles);
	RUN(test_hash_verify);
	return unit_done();
}
