/*
 * main.c — the command line: options, the configuration file, and one
 * function per command. The daemon itself is serve.c.
 *
 *   praatpaal [-c FILE] [-n] COMMAND [ARGS]
 *
 * Exit status: 0 success, 1 failure (configuration, database, start-up),
 * 2 usage errors and commands this version does not have.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chatcmd.h"
#include "config.h"
#include "export.h"
#include "log.h"
#include "migrate.h"
#include "praatpaal.h"
#include "serve.h"
#include "privacy.h"
#include "staff.h"
#include "util.h"

#define MAIN_DEFAULT_CONFIG	"conf/praatpaal.conf"
#define MAIN_DEFAULT_LEXICON	"conf/crisis.lex"	/* flows check without a configuration */
#define MAIN_DEFAULT_MODEL	"conf/crisis.model"
/* The installed configuration (make install SYSCONFDIR=...), tried after ./conf. */
#ifndef PRAATPAAL_SYSCONFDIR
#define PRAATPAAL_SYSCONFDIR	"/etc"
#endif
#define MAIN_INSTALLED_CONFIG	PRAATPAAL_SYSCONFDIR "/praatpaal/praatpaal.conf"

static void
main_usage(FILE *f)
{
	fprintf(f,
	    "usage: praatpaal [-c FILE] [-n] COMMAND [ARGS]\n"
	    "\n"
	    "Commands:\n"
	    "  serve [--check [-v]]  run the daemon (--check: check the configuration and exit)\n"
	    "  migrate               bring the database schema up to date\n"
	    "  flows check [DIR]     check the flows (default: [flows] dir, else conf/flows),\n"
	    "                        the crisis lexicon and the crisis model\n"
	    "  chat [--as 31600000001] [--sms] [--lang LANG] [--flows DIR] [--lexicon FILE]\n"
	    "                        talk to the dialogue engine from the terminal\n"
	    "  staff add LOGIN --role ROLE [--teams JIP,CIT] [--alias ALIAS]\n"
	    "  staff passwd|disable|enable LOGIN, staff teams LOGIN JIP,CIT, staff list\n"
	    "                        console accounts (passwords from the terminal or stdin)\n"
	    "  purge [--dry-run]     pending erasures, then raw data older than retention_days\n"
	    "  erase --pseudonym P   erase that person's raw data and research copy now\n"
	    "  export --what transcripts|stories --format jsonl|csv [--from DATE] [--to DATE]\n"
	    "         [--out FILE] [--project-key KEY]\n"
	    "                        a k-anonymous research export (docs/research-export.md)\n"
	    "\n"
	    "Options:\n"
	    "  -c FILE     configuration file (default: $PRAATPAAL_CONFIG, else ./%s,\n"
	    "              else %s)\n"
	    "  -n          check the configuration, print \"configuration OK\" and exit\n"
	    "  -h, --help  this text\n"
	    "  -V, --version\n"
	    "              the version and the versions of the libraries\n"
	    "\n"
	    "Any key can be set in the environment as PRAATPAAL_<SECTION>_<KEY>.\n",
	    MAIN_DEFAULT_CONFIG, MAIN_INSTALLED_CONFIG);
}

static void
main_version(void)
{
	char pqv[16];

	printf("praatpaal %s\n", PRAATPAAL_VERSION);
	printf("libmicrohttpd %s\n", serve_mhd_version());
	printf("libcurl %s\n", serve_curl_version());
	printf("jansson %s\n", serve_jansson_version());
	printf("libpq %s\n", serve_libpq_version(pqv, sizeof(pqv)));
}

/* The configuration file to read: -c, $PRAATPAAL_CONFIG, or the default if it exists. */
static const char *
main_config_path(const char *opt)
{
	const char *env;

	if (opt != NULL)
		return opt;
	env = getenv("PRAATPAAL_CONFIG");
	if (env != NULL && *env != '\0')
		return env;
	if (access(MAIN_DEFAULT_CONFIG, F_OK) == 0)
		return MAIN_DEFAULT_CONFIG;
	if (access(MAIN_INSTALLED_CONFIG, F_OK) == 0)
		return MAIN_INSTALLED_CONFIG;
	return NULL;
}

/* Load and check the configuration: 0, or -1 after printing the errors. */
static int
main_load_config(const char *path, struct config *cfg)
{
	struct buf errs;
	enum log_level lvl;
	enum log_format fmt;

	if (path == NULL) {
		fprintf(stderr, "praatpaal: no configuration: give -c FILE, set PRAATPAAL_CONFIG, "
		    "run from a directory with %s, or install %s\n", MAIN_DEFAULT_CONFIG,
		    MAIN_INSTALLED_CONFIG);
		return -1;
	}
	buf_init(&errs, 64 * 1024);
	if (config_load(path, cfg, &errs) == -1) {
		fprintf(stderr, "%s", errs.data != NULL ? errs.data : "praatpaal: bad configuration\n");
		if (errs.len > 0 && errs.data[errs.len - 1] != '\n')
			fputc('\n', stderr);
		buf_free(&errs);
		return -1;
	}
	buf_free(&errs);
	if (cfg->log_level != NULL && log_parse_level(cfg->log_level, &lvl) == 0)
		log_set_level(lvl);
	if (cfg->log_format != NULL && log_parse_format(cfg->log_format, &fmt) == 0)
		log_set_format(fmt);
	return 0;
}

static int
main_check(const char *path, int verbose)
{
	struct config cfg;

	memset(&cfg, 0, sizeof(cfg));
	if (main_load_config(path, &cfg) == -1)
		return 1;
	if (verbose)
		config_dump(&cfg, stdout);
	printf("configuration OK\n");
	config_free(&cfg);
	return 0;
}

static int
main_serve(const char *path, int argc, char **argv)
{
	struct config cfg;
	int i, check = 0, verbose = 0, rc;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--check") == 0)
			check = 1;
		else if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else {
			fprintf(stderr, "praatpaal: serve: unknown argument \"%s\"\n", argv[i]);
			return 2;
		}
	}
	if (verbose && !check) {
		fprintf(stderr, "praatpaal: serve: -v goes with --check\n");
		return 2;
	}
	if (check)
		return main_check(path, verbose);
	memset(&cfg, 0, sizeof(cfg));
	if (main_load_config(path, &cfg) == -1)
		return 1;
	rc = serve_run(&cfg);
	config_free(&cfg);
	return rc;
}

static int
main_migrate(const char *path, int argc, char **argv)
{
	struct config cfg;
	char err[512];
	int rc = 0;

	if (argc > 1) {
		fprintf(stderr, "praatpaal: migrate: unknown argument \"%s\"\n", argv[1]);
		return 2;
	}
	memset(&cfg, 0, sizeof(cfg));
	if (main_load_config(path, &cfg) == -1)
		return 1;
	/* Migrations hold a session advisory lock: never through a transaction pooler. */
	if (config_transaction_pooling(&cfg) && cfg.db_direct_url == NULL) {
		fprintf(stderr, "praatpaal: migrate: [database] pool_mode is transaction and "
		    "direct_url is not set: migrations hold a session advisory lock, which a "
		    "transaction pooler does not keep; set [database] direct_url to a connection "
		    "straight to PostgreSQL\n");
		config_free(&cfg);
		return 1;
	}
	if (migrate_run(config_direct_url(&cfg), stdout, err, sizeof(err)) == -1) {
		fprintf(stderr, "praatpaal: migrate: %s\n", err);
		rc = 1;
	}
	config_free(&cfg);
	return rc;
}

/*
 * What `flows` and `chat` need from the configuration, which need nothing
 * else: the [flows] dir, lexicon and model of a configuration that loads;
 * else *dir NULL (conf/flows), and conf/crisis.lex and conf/crisis.model
 * when they are there. lexicon and model may be NULL (not wanted);
 * *lexicon NULL: none found; *model NULL: none. An explicit -c that does
 * not load is an error (-1). The strings are the caller's to free.
 */
static int
main_flows_paths(const char *copt, const char *path, char **dir, char **lexicon, char **model)
{
	struct config cfg;
	struct buf errs;
	int loaded;

	*dir = NULL;
	if (lexicon != NULL)
		*lexicon = NULL;
	if (model != NULL)
		*model = NULL;
	memset(&cfg, 0, sizeof(cfg));
	buf_init(&errs, 64 * 1024);
	loaded = path != NULL && config_load(path, &cfg, &errs) == 0;
	if (path != NULL && !loaded && copt != NULL) {
		fprintf(stderr, "%s", errs.data != NULL ? errs.data : "bad configuration\n");
		buf_free(&errs);
		return -1;
	}
	buf_free(&errs);
	if (!loaded) {
		if (lexicon != NULL && access(MAIN_DEFAULT_LEXICON, R_OK) == 0)
			*lexicon = xstrdup(MAIN_DEFAULT_LEXICON);
		if (model != NULL && access(MAIN_DEFAULT_MODEL, R_OK) == 0)
			*model = xstrdup(MAIN_DEFAULT_MODEL);
		return 0;
	}
	if (cfg.flows_dir != NULL)
		*dir = xstrdup(cfg.flows_dir);
	if (lexicon != NULL && cfg.flows_lexicon != NULL)
		*lexicon = xstrdup(cfg.flows_lexicon);
	if (model != NULL && cfg.flows_model != NULL)
		*model = xstrdup(cfg.flows_model);
	config_free(&cfg);
	return 0;
}

static int
main_staff(const char *path, int argc, char **argv)
{
	struct config cfg;
	int rc;

	memset(&cfg, 0, sizeof(cfg));
	if (main_load_config(path, &cfg) == -1)
		return 1;
	rc = staff_cmd(&cfg, argc, argv);
	config_free(&cfg);
	return rc;
}

static int
main_privacy(const char *path, const char *cmd, int argc, char **argv)
{
	struct config cfg;
	int rc;

	memset(&cfg, 0, sizeof(cfg));
	if (main_load_config(path, &cfg) == -1)
		return 1;
	rc = strcmp(cmd, "purge") == 0 ? privacy_cmd_purge(&cfg, argc, argv) :
	    privacy_cmd_erase(&cfg, argc, argv);
	config_free(&cfg);
	return rc;
}

static int
main_export(const char *path, int argc, char **argv)
{
	struct config cfg;
	int rc;

	memset(&cfg, 0, sizeof(cfg));
	if (main_load_config(path, &cfg) == -1)
		return 1;
	rc = export_cmd(&cfg, argc, argv);
	config_free(&cfg);
	return rc;
}

static int
main_flows(const char *copt, const char *path, int argc, char **argv)
{
	char *dir = NULL, *lexicon = NULL, *model = NULL;
	int rc;

	if (argc < 2 || strcmp(argv[1], "check") != 0 || argc > 3) {
		fprintf(stderr, "usage: praatpaal flows check [DIR]\n");
		return 2;
	}
	if (main_flows_paths(copt, path, &dir, &lexicon, &model) == -1)
		return 1;
	if (lexicon == NULL)
		printf("crisis lexicon: none found (%s); serve would not start without one\n",
		    MAIN_DEFAULT_LEXICON);
	rc = flows_cmd_check(argc == 3 ? argv[2] : dir, lexicon, model);
	free(dir);
	free(lexicon);
	free(model);
	return rc;
}

static int
main_chat(const char *copt, const char *path, int argc, char **argv)
{
	const char *as = NULL, *lang = NULL, *flows = NULL, *lexicon = NULL;
	char *dir = NULL;
	int i, rc, sms = 0;

	for (i = 1; i < argc; i++) {
		const char **slot = NULL;

		if (strcmp(argv[i], "--sms") == 0) {
			sms = 1;
			continue;
		}
		if (strcmp(argv[i], "--as") == 0)
			slot = &as;
		else if (strcmp(argv[i], "--lang") == 0)
			slot = &lang;
		else if (strcmp(argv[i], "--flows") == 0)
			slot = &flows;
		else if (strcmp(argv[i], "--lexicon") == 0)
			slot = &lexicon;
		if (slot == NULL || i + 1 >= argc) {
			fprintf(stderr, "usage: praatpaal chat [--as 31600000001] [--sms] [--lang LANG] "
			    "[--flows DIR] [--lexicon FILE]\n");
			return 2;
		}
		*slot = argv[++i];
	}
	if (flows == NULL && main_flows_paths(copt, path, &dir, NULL, NULL) == -1)
		return 1;
	rc = chat_cmd(flows != NULL ? flows : dir, lexicon, as, sms, lang);
	free(dir);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *copt = NULL, *cmd, *path;
	int ch, check = 0;

	log_init();
	/* "+": options end at the command; the command's own follow it. */
	while ((ch = getopt_long(argc, argv, "+c:nhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			copt = optarg;
			break;
		case 'n':
			check = 1;
			break;
		case 'h':
			main_usage(stdout);
			return 0;
		case 'V':
			main_version();
			return 0;
		default:
			main_usage(stderr);
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	path = main_config_path(copt);

	if (check)
		return main_check(path, 0);
	if (argc < 1) {
		main_usage(stderr);
		return 2;
	}
	cmd = argv[0];
	if (strcmp(cmd, "serve") == 0)
		return main_serve(path, argc, argv);
	if (strcmp(cmd, "migrate") == 0)
		return main_migrate(path, argc, argv);
	if (strcmp(cmd, "flows") == 0)
		return main_flows(copt, path, argc, argv);
	if (strcmp(cmd, "chat") == 0)
		return main_chat(copt, path, argc, argv);
	if (strcmp(cmd, "staff") == 0)
		return main_staff(path, argc, argv);
	if (strcmp(cmd, "purge") == 0 || strcmp(cmd, "erase") == 0)
		return main_privacy(path, cmd, argc, argv);
	if (strcmp(cmd, "export") == 0)
		return main_export(path, argc, argv);
	if (strcmp(cmd, "help") == 0) {
		main_usage(stdout);
		return 0;
	}
	fprintf(stderr, "praatpaal: unknown command \"%s\"\n", cmd);
	main_usage(stderr);
	return 2;
}
