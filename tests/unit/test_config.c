/*
 * test_config.c — the configuration loader.
 *
 * Each tests/data/config/err_*.conf is one case: its "# expect: " lines are
 * the exact error lines config_load must produce, in order ("@" stands for
 * the file's path). The other tests cover a complete file, defaults,
 * environment overrides, <key>_file secrets and the dump.
 */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "praatpaal.h"
#include "unit.h"
#include "util.h"

extern char **environ;

/* Remove every PRAATPAAL_* variable, so the caller's environment cannot leak in. */
static void
env_clear(void)
{
	char name[256];
	size_t n;
	int again = 1;

	while (again) {
		char **e;

		again = 0;
		for (e = environ; e != NULL && *e != NULL; e++) {
			if (strncmp(*e, "PRAATPAAL_", 10) != 0)
				continue;
			n = strcspn(*e, "=");
			if (n >= sizeof(name))
				continue;
			memcpy(name, *e, n);
			name[n] = '\0';
			unsetenv(name);
			again = 1;	/* environ changed: rescan */
			break;
		}
	}
}

/* Write s to a new file under /tmp; returns its path (static storage per slot). */
static const char *
tmp_write(int slot, const char *s, size_t len)
{
	static char paths[4][64];
	FILE *fp;

	snprintf(paths[slot], sizeof(paths[slot]), "/tmp/praatpaal-test-config-%d-%d",
	    (int)getpid(), slot);
	fp = fopen(paths[slot], "w");
	if (fp == NULL)
		return paths[slot];
	if (len > 0 && fwrite(s, 1, len, fp) != len)
		fprintf(stderr, "short write to %s\n", paths[slot]);
	fclose(fp);
	(void)chmod(paths[slot], 0600);	/* secret files others can read are refused */
	return paths[slot];
}

/* The "# expect: " lines of file, with "@" replaced by its path. */
static char *
expected_errors(const char *path)
{
	char err[256], *data, *line, *nl;
	struct buf b;

	buf_init(&b, 0);
	data = util_read_file(path, 1 << 20, NULL, err, sizeof(err));
	if (data == NULL)
		return NULL;
	for (line = data; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		if (nl == NULL)
			break;
		*nl = '\0';
		if (strncmp(line, "# expect: @", 11) != 0)
			continue;
		if (buf_printf(&b, "%s%s\n", path, line + 11) == -1)
			break;
	}
	free(data);
	return buf_steal(&b);
}

static void
test_error_files(void)
{
	struct config cfg;
	struct buf errs;
	glob_t g;
	size_t i;
	char *want;

	env_clear();
	CHECK(glob(DATA("config/err_*.conf"), 0, NULL, &g) == 0);
	CHECK(g.gl_pathc >= 30);
	for (i = 0; i < g.gl_pathc; i++) {
		buf_init(&errs, 0);
		want = expected_errors(g.gl_pathv[i]);
		CHECK(want != NULL && want[0] != '\0');	/* every case states its errors */
		CHECK_INT(config_load(g.gl_pathv[i], &cfg, &errs), -1);
		if (want != NULL && errs.data != NULL && strcmp(want, errs.data) != 0)
			fprintf(stderr, "case %s\n", g.gl_pathv[i]);
		CHECK_STR(errs.data, want);
		CHECK(cfg.db_url == NULL && cfg.http_listen == NULL);	/* freed */
		free(want);
		buf_free(&errs);
	}
	globfree(&g);
}

static void
test_missing_file(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/no-such.conf"), &cfg, &errs), -1);
	CHECK_STR(errs.data, "tests/data/config/no-such.conf: No such file or directory\n");
	buf_free(&errs);
}

static void
test_good_file(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/good.conf"), &cfg, &errs), 0);
	CHECK(errs.len == 0);
	if (errs.len != 0) {
		fprintf(stderr, "%s", errs.data);
		buf_free(&errs);
		return;
	}
	CHECK_STR(cfg.cf_path, "tests/data/config/good.conf");
	CHECK_STR(cfg.http_listen, "0.0.0.0:9090");
	CHECK_STR(cfg.http_public_url, "https://praatpaal.example.org");	/* slash stripped */
	CHECK_INT(cfg.http_max_body, 2 * 1024 * 1024);
	CHECK_INT(cfg.http_threads, 8);
	CHECK_INT(cfg.http_max_connections, 500);
	CHECK_INT(cfg.http_per_ip_connections, 20);
	CHECK_INT(cfg.http_timeout, 15);
	CHECK_STR(cfg.db_url, "postgresql://praatpaal@localhost/praatpaal");	/* unquoted */
	CHECK_INT(cfg.db_pool, 4);
	CHECK_STR(cfg.wa_verify_token, "test-verify-token");
	CHECK_STR(cfg.wa_app_secret, "test-app-secret");		/* from the file, newline gone */
	CHECK_STR(cfg.wa_access_token, "test access token with spaces");
	CHECK_STR(cfg.wa_phone_number_id, "100000000000001");
	CHECK_STR(cfg.wa_api_base, "http://127.0.0.1:18081/v21.0");
	CHECK_STR(cfg.wa_template_name, "praatpaal_reopen");
	CHECK_STR(cfg.wa_template_language, "en");
	CHECK_STR(cfg.tw_account_sid, "ACtest00000000000000000000000000");
	CHECK_STR(cfg.tw_auth_token, "test-auth-token");
	CHECK_STR(cfg.tw_from, "+31600000009");
	CHECK_STR(cfg.tw_api_base, "http://127.0.0.1:18081");
	CHECK_STR(cfg.flows_dir, "tests/data/flows");
	CHECK_STR(cfg.pseudonym_key, "test-pseudonym-key-0001");	/* blanks trimmed */
	CHECK_INT(cfg.retention_days, 30);
	CHECK_INT(cfg.k_anonymity, 3);
	CHECK_INT(cfg.send_concurrency, 16);
	CHECK_INT(cfg.send_timeout_ms, 2000);
	CHECK_INT(cfg.send_max_attempts, 3);
	CHECK_INT(cfg.send_backoff_base_ms, 100);
	CHECK_INT(cfg.send_backoff_max_ms, 1000);
	CHECK_INT(cfg.worker_threads, 1);
	CHECK_INT(cfg.worker_flood_rate, 500);
	CHECK_INT(cfg.worker_flood_pace, 250);
	CHECK_INT(cfg.worker_gather_ms, 2);
	CHECK_STR(cfg.log_level, "debug");
	CHECK(config_whatsapp_enabled(&cfg));
	CHECK(config_twilio_enabled(&cfg));
	config_free(&cfg);
	CHECK(cfg.db_url == NULL && cfg.cf_path == NULL);
	buf_free(&errs);
}

static void
check_defaults(const struct config *cfg)
{
	CHECK_STR(cfg->http_listen, "127.0.0.1:8080");
	CHECK(cfg->http_public_url == NULL);
	CHECK_INT(cfg->http_max_body, 3145728);
	CHECK_INT(cfg->http_threads, 4);
	CHECK_INT(cfg->http_max_connections, 4096);
	CHECK_INT(cfg->http_per_ip_connections, 64);
	CHECK_INT(cfg->http_timeout, 30);
	CHECK_STR(cfg->http_admin_listen, "127.0.0.1:8090");
	CHECK_INT(cfg->http_header_timeout, 10);
	CHECK_INT(cfg->http_body_timeout, 30);
	CHECK_INT(cfg->db_pool, 8);
	CHECK(cfg->wa_verify_token == NULL && cfg->wa_app_secret == NULL);
	CHECK(cfg->wa_access_token == NULL && cfg->wa_phone_number_id == NULL);
	CHECK_STR(cfg->wa_api_base, "https://graph.facebook.com/v21.0");
	CHECK(cfg->wa_template_name == NULL);
	CHECK_STR(cfg->wa_template_language, "nl");
	CHECK(cfg->tw_account_sid == NULL && cfg->tw_auth_token == NULL && cfg->tw_from == NULL);
	CHECK_STR(cfg->tw_api_base, "https://api.twilio.com");
	CHECK_STR(cfg->flows_dir, "conf/flows");
	CHECK_INT(cfg->retention_days, 180);
	CHECK_INT(cfg->k_anonymity, 5);
	CHECK_INT(cfg->send_concurrency, 64);
	CHECK_INT(cfg->send_timeout_ms, 10000);
	CHECK_INT(cfg->send_max_attempts, 12);
	CHECK_INT(cfg->send_backoff_base_ms, 500);
	CHECK_INT(cfg->send_backoff_max_ms, 300000);
	CHECK_INT(cfg->worker_threads, 2);
	CHECK_INT(cfg->worker_flood_rate, 2000);
	CHECK_INT(cfg->worker_flood_pace, 1000);
	CHECK_INT(cfg->worker_gather_ms, 5);
	CHECK_STR(cfg->log_level, "info");
	CHECK(!config_whatsapp_enabled(cfg));
	CHECK(!config_twilio_enabled(cfg));
}

static void
test_defaults(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), 0);
	CHECK_STR(errs.data == NULL ? "" : errs.data, "");
	if (errs.len == 0) {
		check_defaults(&cfg);
		CHECK_STR(cfg.db_url, "postgresql:///praatpaal_test");
		config_free(&cfg);
	}
	buf_free(&errs);
}

static void
test_crlf(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/crlf.conf"), &cfg, &errs), 0);
	if (errs.len == 0) {
		CHECK_STR(cfg.db_url, "postgresql:///crlf");
		CHECK_STR(cfg.pseudonym_key, "test-pseudonym-key-0001");
		config_free(&cfg);
	}
	buf_free(&errs);
}

static void
test_no_file(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	buf_init(&errs, 0);
	CHECK_INT(config_load(NULL, &cfg, &errs), -1);
	CHECK_STR(errs.data,
	    "(no config file): database.url is required (or set PRAATPAAL_DATABASE_URL)\n"
	    "(no config file): privacy.pseudonym_key is required (or set "
	    "PRAATPAAL_PRIVACY_PSEUDONYM_KEY)\n");
	buf_free(&errs);

	/* The environment alone is a complete configuration. */
	setenv("PRAATPAAL_DATABASE_URL", "postgresql:///from_env", 1);
	setenv("PRAATPAAL_PRIVACY_PSEUDONYM_KEY", "env-pseudonym-key-0001", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(NULL, &cfg, &errs), 0);
	if (errs.len == 0) {
		CHECK(cfg.cf_path == NULL);
		CHECK_STR(cfg.db_url, "postgresql:///from_env");
		CHECK_STR(cfg.pseudonym_key, "env-pseudonym-key-0001");
		check_defaults(&cfg);
		config_free(&cfg);
	}
	buf_free(&errs);
	env_clear();
}

static void
test_env_override(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	setenv("PRAATPAAL_DATABASE_URL", "postgresql:///env_wins", 1);	/* file sets it too */
	setenv("PRAATPAAL_HTTP_THREADS", "16", 1);
	setenv("PRAATPAAL_HTTP_MAX_BODY", "64k", 1);
	setenv("PRAATPAAL_WHATSAPP_API_BASE", "http://127.0.0.1:18081/v21.0/", 1);
	setenv("PRAATPAAL_WHATSAPP_PHONE_NUMBER_ID", "100000000000002", 1);
	setenv("PRAATPAAL_WHATSAPP_VERIFY_TOKEN", "v", 1);
	setenv("PRAATPAAL_WHATSAPP_APP_SECRET", "s", 1);
	setenv("PRAATPAAL_WHATSAPP_ACCESS_TOKEN", "a", 1);
	setenv("PRAATPAAL_WHATSAPP_TEMPLATE_LANGUAGE", "", 1);	/* empty: unset */
	setenv("PRAATPAAL_LOG_LEVEL", "warn", 1);
	setenv("PRAATPAAL_UNRELATED_THING", "ignored", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), 0);
	CHECK_STR(errs.data == NULL ? "" : errs.data, "");
	if (errs.len == 0) {
		CHECK_STR(cfg.db_url, "postgresql:///env_wins");
		CHECK_INT(cfg.http_threads, 16);
		CHECK_INT(cfg.http_max_body, 65536);
		CHECK_STR(cfg.wa_api_base, "http://127.0.0.1:18081/v21.0");
		CHECK_STR(cfg.wa_phone_number_id, "100000000000002");
		CHECK(cfg.wa_template_language == NULL);
		CHECK_STR(cfg.log_level, "warn");
		CHECK(config_whatsapp_enabled(&cfg));
		config_free(&cfg);
	}
	buf_free(&errs);
	env_clear();
}

static void
test_env_errors(void)
{
	struct config cfg;
	struct buf errs;
	const char *sec;

	env_clear();
	sec = tmp_write(0, "s\n", 2);
	setenv("PRAATPAAL_HTTP_THREADS", "0", 1);
	setenv("PRAATPAAL_HTTP_TIMEOUT", "soon", 1);
	setenv("PRAATPAAL_WHATSAPP_APP_SECRET", "x", 1);
	setenv("PRAATPAAL_WHATSAPP_APP_SECRET_FILE", sec, 1);
	setenv("PRAATPAAL_HTTP_POOL_FILE", sec, 1);		/* not a key: ignored */
	setenv("PRAATPAAL_DATABASE_POOL_FILE", sec, 1);
	setenv("PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE", "/nonexistent/key", 1);
	setenv("PRAATPAAL_LOG_LEVEL", "loud", 1);
	setenv("PRAATPAAL_HTTP_LISTEN", "[::1]8080", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), -1);
	CHECK_STR(errs.data,
	    "PRAATPAAL_HTTP_THREADS: http.threads: 0 out of range (1..64)\n"
	    "PRAATPAAL_HTTP_TIMEOUT: http.timeout: not an integer: \"soon\"\n"
	    "PRAATPAAL_DATABASE_POOL_FILE: only text keys can be read from a file\n"
	    "PRAATPAAL_WHATSAPP_APP_SECRET: PRAATPAAL_WHATSAPP_APP_SECRET_FILE is also "
	    "set; set only one\n"
	    "PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE: privacy.pseudonym_key_file: "
	    "/nonexistent/key: No such file or directory\n"
	    "PRAATPAAL_HTTP_LISTEN: http.listen: expected host:port or [v6]:port "
	    "(port 1..65535): \"[::1]8080\"\n"
	    "PRAATPAAL_LOG_LEVEL: log.level: expected debug, info, warn or error: \"loud\"\n");
	buf_free(&errs);
	unlink(sec);
	env_clear();
}

static void
test_secret_files(void)
{
	char big[CONFIG_SECRET_FILE_MAX + 2];
	struct config cfg;
	struct buf errs;
	const char *s1, *s2, *conf;
	char *text;

	env_clear();
	s1 = tmp_write(0, "s3cret-from-file\r\n", 18);	/* CRLF stripped */
	s2 = tmp_write(1, "key-from-env-file-0001\n\n", 24);	/* only one newline stripped */
	text = xasprintf("[database]\nurl = postgresql:///t\n[privacy]\n"
	    "pseudonym_key = test-pseudonym-key-0001\n[whatsapp]\n"
	    "app_secret_file = \"%s\"\n[database]\nurl_file = %s\n", s1, s1);
	conf = tmp_write(2, text, strlen(text));
	free(text);
	/* The file also sets database.url directly: a duplicate of url_file. */
	buf_init(&errs, 0);
	CHECK_INT(config_load(conf, &cfg, &errs), -1);
	text = xasprintf("%s:8: duplicate key database.url (first set on line 2)\n", conf);
	CHECK_STR(errs.data, text);
	free(text);
	buf_free(&errs);

	text = xasprintf("[database]\nurl = postgresql:///t\n[privacy]\n"
	    "pseudonym_key = test-pseudonym-key-0001\n[whatsapp]\n"
	    "app_secret_file = \"%s\"\n", s1);
	conf = tmp_write(2, text, strlen(text));
	free(text);
	setenv("PRAATPAAL_TWILIO_AUTH_TOKEN_FILE", s2, 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(conf, &cfg, &errs), 0);
	CHECK_STR(errs.data == NULL ? "" : errs.data, "");
	if (errs.len == 0) {
		CHECK_STR(cfg.wa_app_secret, "s3cret-from-file");
		CHECK_STR(cfg.tw_auth_token, "key-from-env-file-0001\n");
		config_free(&cfg);
	}
	buf_free(&errs);
	env_clear();

	/* Empty, oversized and NUL-carrying secret files are refused. */
	s1 = tmp_write(0, "\n", 1);
	memset(big, 'k', sizeof(big));
	s2 = tmp_write(1, big, CONFIG_SECRET_FILE_MAX + 1);
	setenv("PRAATPAAL_WHATSAPP_APP_SECRET_FILE", s1, 1);
	setenv("PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE", s2, 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), -1);
	text = xasprintf(
	    "PRAATPAAL_WHATSAPP_APP_SECRET_FILE: whatsapp.app_secret_file: %s: is empty\n"
	    "PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE: privacy.pseudonym_key_file: %s: "
	    "larger than %d bytes\n", s1, s2, CONFIG_SECRET_FILE_MAX);
	CHECK_STR(errs.data, text);
	free(text);
	buf_free(&errs);
	env_clear();

	s1 = tmp_write(0, "a\0b", 3);
	s2 = tmp_write(1, big, CONFIG_SECRET_FILE_MAX);	/* exactly the limit: fine */
	setenv("PRAATPAAL_WHATSAPP_APP_SECRET_FILE", s1, 1);
	setenv("PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE", s2, 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), -1);
	text = xasprintf("PRAATPAAL_WHATSAPP_APP_SECRET_FILE: whatsapp.app_secret_file: "
	    "%s: contains a NUL byte\n", s1);
	CHECK_STR(errs.data, text);
	free(text);
	buf_free(&errs);
	env_clear();
	unlink(s1);
	unlink(s2);
	unlink(conf);
}

static void
test_dump(void)
{
	struct config cfg;
	struct buf errs;
	char *out = NULL;
	size_t outlen = 0;
	FILE *fp;

	env_clear();
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/good.conf"), &cfg, &errs), 0);
	buf_free(&errs);
	if (errs.len != 0)
		return;
	fp = open_memstream(&out, &outlen);
	CHECK(fp != NULL);
	if (fp == NULL) {
		config_free(&cfg);
		return;
	}
	config_dump(&cfg, fp);
	fclose(fp);
	CHECK(strncmp(out, "http.listen = 0.0.0.0:9090\n", 27) == 0);
	CHECK(strstr(out, "\nhttp.max_body = 2097152\n") != NULL);
	CHECK(strstr(out, "\nhttp.public_url = https://praatpaal.example.org\n") != NULL);
	CHECK(strstr(out, "\ndatabase.url = (set)\n") != NULL);
	CHECK(strstr(out, "\nwhatsapp.app_secret = (set)\n") != NULL);
	CHECK(strstr(out, "\nwhatsapp.verify_token = (set)\n") != NULL);
	CHECK(strstr(out, "\nwhatsapp.access_token = (set)\n") != NULL);
	CHECK(strstr(out, "\ntwilio.auth_token = (set)\n") != NULL);
	CHECK(strstr(out, "\nprivacy.pseudonym_key = (set)\n") != NULL);
	CHECK(strstr(out, "\nlog.level = debug\n") != NULL);
	/* No secret value anywhere. */
	CHECK(strstr(out, "test-app-secret") == NULL);
	CHECK(strstr(out, "test-verify-token") == NULL);
	CHECK(strstr(out, "test-auth-token") == NULL);
	CHECK(strstr(out, "test-pseudonym-key") == NULL);
	CHECK(strstr(out, "praatpaal@localhost") == NULL);
	config_free(&cfg);
	free(out);

	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), 0);
	buf_free(&errs);
	out = NULL;
	fp = open_memstream(&out, &outlen);
	if (fp == NULL) {
		config_free(&cfg);
		return;
	}
	config_dump(&cfg, fp);
	fclose(fp);
	CHECK(strstr(out, "\nwhatsapp.app_secret = (unset)\n") != NULL);
	CHECK(strstr(out, "\nwhatsapp.template_name = (unset)\n") != NULL);
	CHECK(strstr(out, "\nhttp.public_url = (unset)\n") != NULL);
	config_free(&cfg);
	free(out);
}

/* The dump of a default configuration: one "section.key = ..." line per key. */
static char *
dump_defaults(void)
{
	struct config cfg;
	struct buf errs;
	char *out = NULL;
	size_t outlen = 0;
	FILE *fp;

	env_clear();
	buf_init(&errs, 0);
	if (config_load(DATA("config/minimal.conf"), &cfg, &errs) == -1) {
		buf_free(&errs);
		return NULL;
	}
	buf_free(&errs);
	fp = open_memstream(&out, &outlen);
	if (fp != NULL) {
		config_dump(&cfg, fp);
		fclose(fp);
	}
	config_free(&cfg);
	return out;
}

/*
 * conf/praatpaal.conf shows every key (as "#key = " or "#key_file = ")
 * under its section, and docs/configuration.md names its environment variable.
 */
static void
test_sample_and_docs_cover_every_key(void)
{
	char err[256], sec[64], key[64], pat[160], env[160];
	char *dump, *sample, *docs, *line, *nl, *dot, *eq, *start, *end, *p;
	int keys = 0;

	dump = dump_defaults();
	sample = util_read_file("conf/praatpaal.conf", 1 << 20, NULL, err, sizeof(err));
	docs = util_read_file("docs/configuration.md", 1 << 20, NULL, err, sizeof(err));
	CHECK(dump != NULL && sample != NULL && docs != NULL);
	if (dump == NULL || sample == NULL || docs == NULL)
		goto out;
	for (line = dump; (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
		dot = strchr(line, '.');
		eq = strstr(line, " = ");
		if (dot == NULL || eq == NULL || dot > eq)
			continue;
		snprintf(sec, sizeof(sec), "%.*s", (int)(dot - line), line);
		snprintf(key, sizeof(key), "%.*s", (int)(eq - dot - 1), dot + 1);
		keys++;
		snprintf(pat, sizeof(pat), "\n[%s]\n", sec);
		start = strstr(sample, pat);
		CHECK(start != NULL);
		if (start == NULL)
			continue;
		end = strstr(start + 1, "\n[");
		snprintf(pat, sizeof(pat), "\n#%s = ", key);
		p = strstr(start, pat);
		if (p == NULL || (end != NULL && p > end)) {
			snprintf(pat, sizeof(pat), "\n#%s_file = ", key);
			p = strstr(start, pat);
		}
		if (p == NULL || (end != NULL && p > end))
			fprintf(stderr, "conf/praatpaal.conf lacks %s.%s\n", sec, key);
		CHECK(p != NULL && (end == NULL || p < end));

		snprintf(env, sizeof(env), "PRAATPAAL_%s_%s", sec, key);
		for (p = env; *p != '\0'; p++)
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
		if (strstr(docs, env) == NULL)
			fprintf(stderr, "docs/configuration.md lacks %s\n", env);
		CHECK(strstr(docs, env) != NULL);
	}
	CHECK(keys >= 31);	/* every row of the table in config.c */
out:
	free(dump);
	free(sample);
	free(docs);
}

/* The sample and the demo are valid files once the required keys are given. */
static void
test_shipped_files_load(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	setenv("PRAATPAAL_DATABASE_URL", "postgresql:///praatpaal_demo", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load("conf/demo.conf", &cfg, &errs), 0);
	CHECK_STR(errs.data == NULL ? "" : errs.data, "");
	if (errs.len == 0) {
		CHECK(config_whatsapp_enabled(&cfg));
		CHECK(config_twilio_enabled(&cfg));
		CHECK_STR(cfg.http_listen, "127.0.0.1:8080");
		CHECK_STR(cfg.wa_api_base, "http://127.0.0.1:8081/v21.0");
		CHECK_STR(cfg.tw_api_base, "http://127.0.0.1:8081");
		CHECK_STR(cfg.db_url, "postgresql:///praatpaal_demo");
		config_free(&cfg);
	}
	buf_free(&errs);

	/* The sample sets nothing: with the two required keys it is the defaults. */
	setenv("PRAATPAAL_PRIVACY_PSEUDONYM_KEY", "sample-pseudonym-key-01", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load("conf/praatpaal.conf", &cfg, &errs), 0);
	CHECK_STR(errs.data == NULL ? "" : errs.data, "");
	if (errs.len == 0) {
		check_defaults(&cfg);
		config_free(&cfg);
	}
	buf_free(&errs);
	env_clear();
}

static void
test_split_listen(void)
{
	char host[64];
	int port = 0;

	CHECK(config_split_listen("127.0.0.1:8080", host, sizeof(host), &port) == 0);
	CHECK_STR(host, "127.0.0.1");
	CHECK_INT(port, 8080);
	CHECK(config_split_listen("[::1]:443", host, sizeof(host), &port) == 0);
	CHECK_STR(host, "::1");
	CHECK_INT(port, 443);
	CHECK(config_split_listen("localhost:1", host, sizeof(host), &port) == 0);
	CHECK_STR(host, "localhost");
	CHECK(config_split_listen("[::]:65535", host, sizeof(host), &port) == 0);
	CHECK_STR(host, "::");

	CHECK(config_split_listen("localhost", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen(":8080", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("::1:8080", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("[::1]", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("[nope]:80", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("host:0", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("host:65536", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("host:80x", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("ho st:80", host, sizeof(host), &port) == -1);
	CHECK(config_split_listen("averyveryverylonghostname:80", host, 8, &port) == -1);
}

/* admin_listen: checked like listen, never the webhook port; empty turns it off. */
static void
test_admin_listen(void)
{
	static const struct {
		const char	*listen, *admin, *err;
	} cases[] = {
		{ "127.0.0.1:8080", "127.0.0.1:9100", NULL },
		{ "127.0.0.1:8080", "[::1]:8080", NULL },
		{ "127.0.0.1:8080", "127.0.0.1:8080", "PRAATPAAL_HTTP_ADMIN_LISTEN: "
		    "http.admin_listen: the same port as http.listen (/metrics must not be "
		    "served to the providers): \"127.0.0.1:8080\"\n" },
		{ "0.0.0.0:8080", "127.0.0.1:8080", "same port" },
		{ "127.0.0.1:8080", "[::]:8080", "same port" },
		{ "127.0.0.1:8080", "metrics", "PRAATPAAL_HTTP_ADMIN_LISTEN: "
		    "http.admin_listen: expected host:port or [v6]:port (port 1..65535): "
		    "\"metrics\"\n" },
	};
	struct config cfg;
	struct buf errs;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(cases); i++) {
		env_clear();
		setenv("PRAATPAAL_HTTP_LISTEN", cases[i].listen, 1);
		setenv("PRAATPAAL_HTTP_ADMIN_LISTEN", cases[i].admin, 1);
		buf_init(&errs, 0);
		rc = config_load(DATA("config/minimal.conf"), &cfg, &errs);
		if (cases[i].err == NULL) {
			CHECK_INT(rc, 0);
			if (rc == 0) {
				CHECK_STR(cfg.http_admin_listen, cases[i].admin);
				config_free(&cfg);
			}
		} else {
			CHECK_INT(rc, -1);
			CHECK(errs.data != NULL && strstr(errs.data, cases[i].err) != NULL);
		}
		buf_free(&errs);
	}
	env_clear();
	setenv("PRAATPAAL_HTTP_ADMIN_LISTEN", "", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), 0);
	CHECK(cfg.http_admin_listen == NULL);
	config_free(&cfg);
	buf_free(&errs);
	env_clear();
}

/* A *_file secret that others can read is refused, naming the file and the fix. */
static void
test_secret_file_mode(void)
{
	struct config cfg;
	struct buf errs;
	const char *sec;
	char want[256];

	env_clear();
	sec = tmp_write(1, "pseudonym-key-for-tests-0123456789\n", 35);
	CHECK_INT(chmod(sec, 0644), 0);
	setenv("PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE", sec, 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), -1);
	snprintf(want, sizeof(want), "PRAATPAAL_PRIVACY_PSEUDONYM_KEY_FILE: privacy.pseudonym_key_file: "
	    "%s is readable by other users (mode 644): run chmod 600 %s", sec, sec);
	CHECK(errs.data != NULL && strstr(errs.data, want) != NULL);
	buf_free(&errs);
	CHECK_INT(chmod(sec, 0640), 0);		/* the daemon user's group may read it */
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), 0);
	if (errs.len == 0)
		config_free(&cfg);
	buf_free(&errs);
	unlink(sec);
	env_clear();
}

/* [log] format and [database] pool_mode take only their words. */
static void
test_format_and_pool_mode(void)
{
	struct config cfg;
	struct buf errs;

	env_clear();
	setenv("PRAATPAAL_LOG_FORMAT", "xml", 1);
	setenv("PRAATPAAL_DATABASE_POOL_MODE", "statement", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), -1);
	CHECK(errs.data != NULL && strstr(errs.data,
	    "PRAATPAAL_LOG_FORMAT: log.format: expected text or json: \"xml\"") != NULL);
	CHECK(errs.data != NULL && strstr(errs.data, "PRAATPAAL_DATABASE_POOL_MODE: "
	    "database.pool_mode: expected session or transaction: \"statement\"") != NULL);
	buf_free(&errs);
	setenv("PRAATPAAL_LOG_FORMAT", "json", 1);
	setenv("PRAATPAAL_DATABASE_POOL_MODE", "transaction", 1);
	buf_init(&errs, 0);
	CHECK_INT(config_load(DATA("config/minimal.conf"), &cfg, &errs), 0);
	if (errs.len == 0) {
		CHECK(config_transaction_pooling(&cfg));
		CHECK_STR(config_direct_url(&cfg), cfg.db_url);
		config_free(&cfg);
	}
	buf_free(&errs);
	env_clear();
}

int
main(void)
{
	/* git keeps no modes but x: the test secret must not be readable by others. */
	(void)chmod(DATA("config/app_secret.txt"), 0600);
	RUN(test_secret_file_mode);
	RUN(test_format_and_pool_mode);
	RUN(test_error_files);
	RUN(test_missing_file);
	RUN(test_good_file);
	RUN(test_defaults);
	RUN(test_crlf);
	RUN(test_no_file);
	RUN(test_env_override);
	RUN(test_env_errors);
	RUN(test_secret_files);
	RUN(test_dump);
	RUN(test_split_listen);
	RUN(test_admin_listen);
	RUN(test_sample_and_docs_cover_every_key);
	RUN(test_shipped_files_load);
	return unit_done();
}
