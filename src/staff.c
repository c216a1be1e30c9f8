/*
 * staff.c — `praatpaal staff`: the accounts of the console.
 *
 *   staff add LOGIN --role ROLE [--teams JIP,CIT] [--alias ALIAS]
 *   staff passwd LOGIN
 *   staff disable LOGIN | enable LOGIN
 *   staff teams LOGIN JIP,CIT
 *   staff list
 *
 * A password is read from the terminal without echo (twice), or as one
 * line from stdin when stdin is not a terminal; never from the command
 * line, where other users could see it. It must pass the policy of
 * auth_password_policy ([console] common_passwords). Every change writes
 * an audit row (no staff member: the command line) and a log line.
 *
 * Exit status: 0 done, 1 refused or failed, 2 usage.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <jansson.h>

#include "auth.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "message.h"
#include "praatpaal.h"
#include "staff.h"
#include "store_console.h"
#include "util.h"

#define STAFF_USAGE \
	"usage: praatpaal staff add LOGIN --role ROLE [--teams JIP,CIT] [--alias ALIAS]\n" \
	"       praatpaal staff passwd LOGIN\n" \
	"       praatpaal staff disable LOGIN | enable LOGIN\n" \
	"       praatpaal staff teams LOGIN JIP,JIT,CIT\n" \
	"       praatpaal staff list\n" \
	"roles: counsellor (needs --teams), supervisor, researcher, admin\n"

/* One line from f into out (newline removed): 0, or -1 at EOF or when too long. */
static int
staff_read_line(FILE *f, char *out, size_t outlen)
{
	size_t n;

	if (fgets(out, (int)outlen, f) == NULL)
		return -1;
	n = strlen(out);
	if (n > 0 && out[n - 1] == '\n')
		out[--n] = '\0';
	else if (!feof(f))
		return -1;	/* longer than the buffer */
	if (n > 0 && out[n - 1] == '\r')
		out[--n] = '\0';
	return 0;
}

/* Prompt on the terminal with echo off. */
static int
staff_read_hidden(const char *prompt, char *out, size_t outlen)
{
	struct termios old, quiet;
	int rc;

	fputs(prompt, stderr);
	fflush(stderr);
	if (tcgetattr(STDIN_FILENO, &old) == -1)
		return -1;
	quiet = old;
	quiet.c_lflag &= ~(tcflag_t)ECHO;
	if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == -1)
		return -1;
	rc = staff_read_line(stdin, out, outlen);
	(void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	fputc('\n', stderr);
	return rc;
}

/*
 * The new password of login, checked against the policy: a new string
 * (hash it, then free it with staff_forget), or NULL after saying why.
 */
static char *
staff_password(const struct config *cfg, const char *login)
{
	char pw[AUTH_PASSWORD_MAX + 2], again[AUTH_PASSWORD_MAX + 2], err[256];
	char *common;
	size_t len;
	int rc;

	if (isatty(STDIN_FILENO)) {
		if (staff_read_hidden("Password: ", pw, sizeof(pw)) == -1 ||
		    staff_read_hidden("Password again: ", again, sizeof(again)) == -1) {
			fprintf(stderr, "praatpaal: staff: no password read\n");
			return NULL;
		}
		rc = strcmp(pw, again);
		explicit_bzero(again, sizeof(again));
		if (rc != 0) {
			explicit_bzero(pw, sizeof(pw));
			fprintf(stderr, "praatpaal: staff: the passwords differ\n");
			return NULL;
		}
	} else if (staff_read_line(stdin, pw, sizeof(pw)) == -1) {
		fprintf(stderr, "praatpaal: staff: no password on stdin (one line, at most %d bytes)\n",
		    AUTH_PASSWORD_MAX);
		return NULL;
	}
	common = NULL;
	if (cfg->console_common_passwords != NULL &&
	    (common = util_read_file(cfg->console_common_passwords, AUTH_COMMON_MAX_BYTES, &len,
	    err, sizeof(err))) == NULL) {
		fprintf(stderr, "praatpaal: staff: [console] common_passwords: %s\n", err);
		explicit_bzero(pw, sizeof(pw));
		return NULL;
	}
	rc = auth_password_policy(login, pw, common, err, sizeof(err));
	free(common);
	if (rc == -1) {
		explicit_bzero(pw, sizeof(pw));
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return NULL;
	}
	common = xstrdup(pw);
	explicit_bzero(pw, sizeof(pw));
	return common;
}

static void
staff_forget(char *pw)
{
	if (pw != NULL) {
		explicit_bzero(pw, strlen(pw));
		free(pw);
	}
}

/* A hash of a new password for login read as staff_password says: NULL after saying why. */
static char *
staff_new_hash(const struct config *cfg, const char *login)
{
	char *pw, *hash;

	if ((pw = staff_password(cfg, login)) == NULL)
		return NULL;
	hash = auth_password_hash(pw);
	staff_forget(pw);
	if (hash == NULL)
		fprintf(stderr, "praatpaal: staff: cannot hash the password (out of memory)\n");
	return hash;
}

/* An audit row for a change of login's account, {"login": ...} as detail. */
static int
staff_audit(PGconn *conn, const char *action, const char *login, char *err, size_t errlen)
{
	json_t *d = json_pack("{s:s}", "login", login);
	char *detail = d != NULL ? json_dumps(d, JSON_COMPACT) : NULL;
	int rc;

	json_decref(d);
	rc = db_audit_add(conn, 0, action, 0, NULL, detail, err, errlen);
	free(detail);
	return rc;
}

static int
staff_login_ok(const char *login)
{
	size_t n = strlen(login);

	if (n < 2 || n > AUTH_LOGIN_MAX || (!(login[0] >= 'a' && login[0] <= 'z') &&
	    !(login[0] >= '0' && login[0] <= '9'))) {
		fprintf(stderr, "praatpaal: staff: login must be 2-%d characters: a-z, 0-9, '.', "
		    "'_', '-', starting with a letter or digit\n", AUTH_LOGIN_MAX);
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		char ch = login[i];

		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' ||
		    ch == '_' || ch == '-')) {
			fprintf(stderr, "praatpaal: staff: login must be 2-%d characters: a-z, 0-9, "
			    "'.', '_', '-'\n", AUTH_LOGIN_MAX);
			return 0;
		}
	}
	return 1;
}

static int
staff_add(const struct config *cfg, PGconn *conn, int argc, char **argv)
{
	const char *login, *role = NULL, *teams = "", *alias = NULL;
	char arr[32], err[512];
	enum staff_role r;
	unsigned mask = 0;
	int64_t id = 0;
	int exists, i;
	char *hash;

	if (argc < 2)
		goto usage;
	login = argv[1];
	for (i = 2; i < argc; i++) {
		if (i + 1 >= argc)
			goto usage;
		if (strcmp(argv[i], "--role") == 0)
			role = argv[++i];
		else if (strcmp(argv[i], "--teams") == 0)
			teams = argv[++i];
		else if (strcmp(argv[i], "--alias") == 0)
			alias = argv[++i];
		else
			goto usage;
	}
	if (role == NULL)
		goto usage;
	if (!staff_login_ok(login))
		return 1;
	if (auth_role_parse(role, &r) == -1) {
		fprintf(stderr, "praatpaal: staff: unknown role \"%s\": counsellor, supervisor, "
		    "researcher or admin\n", role);
		return 1;
	}
	if (auth_teams_parse(teams, &mask) == -1) {
		fprintf(stderr, "praatpaal: staff: --teams \"%s\": a list of JIP, JIT, CIT\n", teams);
		return 1;
	}
	if (r == ROLE_COUNSELLOR && mask == 0) {
		fprintf(stderr, "praatpaal: staff: a counsellor needs --teams (JIP, JIT, CIT)\n");
		return 1;
	}
	if (alias == NULL)
		alias = login;
	if (!util_utf8_valid(alias, strlen(alias)) || utf8_length(alias) < 1 ||
	    utf8_length(alias) > AUTH_ALIAS_MAX_CHARS) {
		fprintf(stderr, "praatpaal: staff: --alias must be 1-%d characters\n",
		    AUTH_ALIAS_MAX_CHARS);
		return 1;
	}
	auth_teams_array(mask, arr, sizeof(arr));
	if ((hash = staff_new_hash(cfg, login)) == NULL)
		return 1;
	if (db_staff_add(conn, login, role, arr, alias, hash, &id, &exists, err, sizeof(err)) == -1 ||
	    (!exists && staff_audit(conn, "staff_add", login, err, sizeof(err)) == -1)) {
		staff_forget(hash);
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	staff_forget(hash);
	if (exists) {
		fprintf(stderr, "praatpaal: staff: login \"%s\" exists already\n", login);
		return 1;
	}
	log_info("staff_added login=%s role=%s", login, role);
	printf("added %s (%s) id=%lld\n", login, role, (long long)id);
	return 0;
usage:
	fputs(STAFF_USAGE, stderr);
	return 2;
}

static int
staff_passwd(const struct config *cfg, PGconn *conn, const char *login)
{
	char err[512], *hash;
	int found;

	if ((hash = staff_new_hash(cfg, login)) == NULL)
		return 1;
	if (db_staff_password(conn, login, hash, &found, err, sizeof(err)) == -1 ||
	    (found && staff_audit(conn, "staff_passwd", login, err, sizeof(err)) == -1)) {
		staff_forget(hash);
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	staff_forget(hash);
	if (!found) {
		fprintf(stderr, "praatpaal: staff: no login \"%s\"\n", login);
		return 1;
	}
	log_info("staff_password login=%s", login);
	printf("password of %s changed; its sessions ended\n", login);
	return 0;
}

static int
staff_disable(PGconn *conn, const char *login, int disable)
{
	char err[512];
	int found;

	if (db_staff_disable(conn, login, disable, &found, err, sizeof(err)) == -1 ||
	    (found && staff_audit(conn, disable ? "staff_disable" : "staff_enable", login, err,
	    sizeof(err)) == -1)) {
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	if (!found) {
		fprintf(stderr, "praatpaal: staff: no login \"%s\"\n", login);
		return 1;
	}
	log_info("staff_%s login=%s", disable ? "disabled" : "enabled", login);
	printf("%s %s\n", disable ? "disabled" : "enabled", login);
	return 0;
}

static int
staff_teams(PGconn *conn, const char *login, const char *teams)
{
	char arr[32], err[512];
	unsigned mask;
	int found;

	if (auth_teams_parse(teams, &mask) == -1) {
		fprintf(stderr, "praatpaal: staff: \"%s\": a list of JIP, JIT, CIT\n", teams);
		return 1;
	}
	auth_teams_array(mask, arr, sizeof(arr));
	if (db_staff_teams(conn, login, arr, &found, err, sizeof(err)) == -1) {
		/* The table's check: a counsellor keeps at least one team. */
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	if (!found) {
		fprintf(stderr, "praatpaal: staff: no login \"%s\"\n", login);
		return 1;
	}
	if (staff_audit(conn, "staff_teams", login, err, sizeof(err)) == -1) {
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	log_info("staff_teams login=%s teams=%s", login, arr);
	printf("teams of %s: %s\n", login, arr);
	return 0;
}

static int
staff_list(PGconn *conn)
{
	PGresult *res;
	char err[512];

	if (db_staff_list(conn, &res, err, sizeof(err)) == -1) {
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	printf("%-20s %-11s %-12s %-9s %-21s %s\n", "LOGIN", "ROLE", "TEAMS", "STATE",
	    "LAST LOGIN", "ALIAS");
	for (int i = 0; i < PQntuples(res); i++)
		printf("%-20s %-11s %-12s %-9s %-21s %s\n", PQgetvalue(res, i, 0),
		    PQgetvalue(res, i, 1), *PQgetvalue(res, i, 2) ? PQgetvalue(res, i, 2) : "-",
		    PQgetvalue(res, i, 4), PQgetvalue(res, i, 5), PQgetvalue(res, i, 3));
	PQclear(res);
	return 0;
}

int
staff_cmd(const struct config *cfg, int argc, char **argv)
{
	const char *sub;
	char err[512];
	PGconn *conn;
	int rc;

	if (argc < 2)
		goto usage;
	sub = argv[1];
	argc--;
	argv++;
	if (strcmp(sub, "add") != 0 && strcmp(sub, "passwd") != 0 && strcmp(sub, "disable") != 0 &&
	    strcmp(sub, "enable") != 0 && strcmp(sub, "teams") != 0 && strcmp(sub, "list") != 0)
		goto usage;
	if ((strcmp(sub, "list") == 0 && argc != 1) ||
	    (strcmp(sub, "teams") == 0 && argc != 3) ||
	    ((strcmp(sub, "passwd") == 0 || strcmp(sub, "disable") == 0 ||
	    strcmp(sub, "enable") == 0) && argc != 2))
		goto usage;
	if (auth_init() == -1) {
		fprintf(stderr, "praatpaal: staff: libsodium did not start\n");
		return 1;
	}
	if ((conn = db_connect(cfg->db_url, err, sizeof(err))) == NULL) {
		fprintf(stderr, "praatpaal: staff: %s\n", err);
		return 1;
	}
	if (strcmp(sub, "add") == 0)
		rc = staff_add(cfg, conn, argc, argv);
	else if (strcmp(sub, "passwd") == 0)
		rc = staff_passwd(cfg, conn, argv[1]);
	else if (strcmp(sub, "disable") == 0 || strcmp(sub, "enable") == 0)
		rc = staff_disable(conn, argv[1], strcmp(sub, "disable") == 0);
	else if (strcmp(sub, "teams") == 0)
		rc = staff_teams(conn, argv[1], argv[2]);
	else
		rc = staff_list(conn);
	db_close(conn);
	return rc;
usage:
	fputs(STAFF_USAGE, stderr);
	return 2;
}
