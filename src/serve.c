/*
 * serve.c — the serve command.
 *
 * Start-up, in this order, each step needing the ones before it:
 *   1. the start-up line (versions, listen address), and the soft limit
 *      on open files raised to the hard one (every connection is one);
 *   2. the dialogue: flows, crisis lexicon and team hours (a broken set
 *      stops us, each problem logged; SIGHUP loads them again and keeps
 *      the running set if the new one is broken); and the console's data
 *      (canned responses, texts, close outcomes; the same on SIGHUP); then
 *      the web console's files (web.h), read once;
 *   3. libcurl's global state (before any thread exists);
 *   4. signals: handlers that only set flags and poke a self-pipe, and the
 *      signals blocked in every thread started after this point;
 *   5. the database pool, then the schema check (a database that answers
 *      with an old schema stops us; an unreachable one does not — /readyz
 *      says 503, webhooks get 503 and the workers keep retrying);
 *   6. ingest, the workers and the sender (the consumers must run before
 *      HTTP can produce work for them), and the console's events hub;
 *   7. HTTP, last: from now on webhooks are acknowledged; then, started
 *      as root, the switch to [daemon] user (privdrop.c), the reload hooks
 *      (reload.c), and READY=1 to systemd (notify.c).
 * Stop (SIGTERM/SIGINT) in reverse: stop accepting connections, store what
 * ingest has queued and answer it, end the event streams, finish in-flight
 * requests, stop the
 * workers after their current transaction, let the sender finish its
 * requests (bounded by the send timeout), close the pool.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <fcntl.h>

#include <curl/curl.h>
#include <jansson.h>
#include <libpq-fe.h>
#include <microhttpd.h>

#include "app.h"
#include "api.h"
#include "dialogue.h"
#include "events.h"
#include "config.h"
#include "console_jobs.h"
#include "privacy.h"
#include "research.h"
#include "db.h"
#include "store_schema.h"
#include "http.h"
#include "ingest.h"
#include "log.h"
#include "migrate.h"
#include "notify.h"
#include "praatpaal.h"
#include "privdrop.h"
#include "reload.h"
#include "sender.h"
#include "serve.h"
#include "web.h"
#include "worker.h"

static volatile sig_atomic_t serve_sig_stop;
static volatile sig_atomic_t serve_sig_hup;
static int serve_pipe[2] = { -1, -1 };

const char *
serve_mhd_version(void)
{
	return MHD_get_version();
}

const char *
serve_curl_version(void)
{
	return curl_version_info(CURLVERSION_NOW)->version;
}

const char *
serve_jansson_version(void)
{
	return jansson_version_str();
}

const char *
serve_libpq_version(char *buf, size_t len)
{
	int v = PQlibVersion();

	snprintf(buf, len, "%d.%d", v / 10000, v % 10000);
	return buf;
}

static void
serve_on_signal(int sig)
{
	int saved = errno;

	if (sig == SIGHUP)
		serve_sig_hup = 1;
	else
		serve_sig_stop = 1;
	if (serve_pipe[1] != -1)
		(void)!write(serve_pipe[1], "x", 1);
	errno = saved;
}

/* Install the handlers and block the signals (threads inherit the mask). */
static int
serve_signals(sigset_t *old)
{
	struct sigaction sa;
	sigset_t set;
	int fl;

	if (pipe(serve_pipe) == -1)
		return -1;
	for (int i = 0; i < 2; i++) {
		fl = fcntl(serve_pipe[i], F_GETFL);
		(void)fcntl(serve_pipe[i], F_SETFL, fl | O_NONBLOCK);
		(void)fcntl(serve_pipe[i], F_SETFD, FD_CLOEXEC);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sa.sa_handler = serve_on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);

	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	return pthread_sigmask(SIG_BLOCK, &set, old) == 0 ? 0 : -1;
}

/*
 * Check the schema: 0 to go on (current, or the database is unreachable),
 * -1 when the database answers with a schema older than this binary.
 */
static int
serve_check_schema(struct db_pool *pool)
{
	char err[256];
	PGconn *conn;
	int version = 0, latest = migrate_latest();

	conn = db_acquire(pool, err, sizeof(err));
	if (conn == NULL) {
		log_warn("database unreachable error=\"%s\" starting anyway: readyz and webhooks "
		    "answer 503 until it is back", err);
		return 0;
	}
	if (db_schema_version(conn, &version, err, sizeof(err)) == -1) {
		db_release(pool, conn);
		log_warn("database schema_unknown error=\"%s\" starting anyway", err);
		return 0;
	}
	db_release(pool, conn);
	if (version < latest) {
		log_error("database schema is at version %d, this binary needs %d: run "
		    "`praatpaal migrate`", version, latest);
		return -1;
	}
	if (version > latest)
		log_warn("database schema is at version %d, newer than this binary's %d",
		    version, latest);
	return 0;
}

/*
 * Raise the soft limit on open files to the hard limit: each HTTP
 * connection holds a descriptor, and a default soft limit (often 1024)
 * would refuse connections long before [http] max_connections. Warn when
 * even the hard limit leaves too little room.
 */
static void
serve_raise_nofile(const struct config *cfg)
{
	struct rlimit rl;
	unsigned long long need;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1) {
		log_warn("fd_limit unknown error=\"%s\"", strerror(errno));
		return;
	}
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) == -1)
			log_warn("fd_limit not_raised error=\"%s\"", strerror(errno));
		(void)getrlimit(RLIMIT_NOFILE, &rl);
	}
	need = (unsigned long long)cfg->http_max_connections + HTTP_ADMIN_MAX_CONNECTIONS +
	    (unsigned long long)cfg->db_pool + (unsigned long long)cfg->worker_threads +
	    (unsigned long long)cfg->send_concurrency + 64;
	log_info("fd_limit soft=%llu hard=%llu", (unsigned long long)rl.rlim_cur,
	    (unsigned long long)rl.rlim_max);
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < need)
		log_warn("fd_limit too_low soft=%llu need=%llu: lower [http] max_connections or "
		    "raise the hard limit (LimitNOFILE= in systemd)", (unsigned long long)rl.rlim_cur,
		    need);
}

/* Log each line of errs (file and node, or file:line) at level. */
static void
serve_log_lines(enum log_level level, const char *event, const char *errs)
{
	const char *p = errs != NULL ? errs : "";

	while (*p != '\0') {
		size_t n = strcspn(p, "\n");

		log_msg(level, "%s problem=\"%.*s\"", event, (int)(n > 400 ? 400 : n), p);
		p += n;
		if (*p == '\n')
			p++;
	}
}

static struct dialogue *
serve_dialogue_load(const struct config *cfg)
{
	struct buf errs;
	struct dialogue *dg;

	buf_init(&errs, 65536);
	dg = dialogue_load(cfg, &errs);
	if (dg == NULL) {
		serve_log_lines(LOGL_ERROR, "flows_invalid", errs.data);
		log_error("startup_failed error=\"flows or crisis lexicon invalid: see "
		    "`praatpaal flows check %s`\"", cfg->flows_dir);
	} else
		log_info("flows loaded dir=%s lexicon=%s model=%s", cfg->flows_dir, cfg->flows_lexicon,
		    cfg->flows_model != NULL ? cfg->flows_model : "off");
	buf_free(&errs);
	return dg;
}

/*
 * The reload hook of the dialogue (reload.h): the flows, lexicon and hours
 * of the new configuration; the running set stays on failure.
 */
static int
serve_reload_dialogue(struct app *app, const struct config *cfg, struct buf *errs)
{
	if (dialogue_reload(app->ap_dialogue, cfg, errs) == -1)
		return -1;
	log_info("flows reloaded dir=%s lexicon=%s model=%s", cfg->flows_dir, cfg->flows_lexicon,
	    cfg->flows_model != NULL ? cfg->flows_model : "off");
	return 0;
}

/* The console's data (canned responses, texts, close outcomes); NULL when broken. */
static struct api *
serve_console_load(const struct config *cfg)
{
	struct buf errs;
	struct api *a;

	buf_init(&errs, 65536);
	a = api_load(cfg, &errs);
	if (a == NULL) {
		serve_log_lines(LOGL_ERROR, "console_invalid", errs.data);
		log_error("startup_failed error=\"console data invalid: [console] canned_dir, "
		    "texts or close_outcomes\"");
	} else
		log_info("console loaded canned_dir=%s texts=%s", cfg->console_canned_dir,
		    cfg->console_texts);
	buf_free(&errs);
	return a;
}

/* The reload hook of the console (reload.h): canned responses, texts, outcomes. */
static int
serve_reload_console(struct app *app, const struct config *cfg, struct buf *errs)
{
	if (api_reload(app->ap_api, cfg, errs) == -1)
		return -1;
	log_info("console reloaded canned_dir=%s texts=%s", cfg->console_canned_dir,
	    cfg->console_texts);
	return 0;
}

/*
 * Steps 5 to 7: the pool and the schema check, the consumers, then HTTP.
 * 0, or -1 with the reason logged; whatever started is left in app for
 * serve_stop.
 */
static int
serve_start(struct app *app)
{
	const struct config *cfg = app->ap_cfg;
	char err[512];

	/* 5. */
	db_set_transaction_pooling(config_transaction_pooling(cfg));
	app->ap_pool = db_pool_new(cfg->db_url, (int)cfg->db_pool);
	if (app->ap_pool == NULL) {
		log_error("startup_failed error=\"cannot create the database pool\"");
		return -1;
	}
	if (serve_check_schema(app->ap_pool) == -1)
		return -1;

	/* 6. */
	if ((app->ap_ingest = ingest_start(app, err, sizeof(err))) == NULL ||
	    (app->ap_workers = workers_start(app, err, sizeof(err))) == NULL ||
	    (app->ap_sender = sender_start(app, err, sizeof(err))) == NULL ||
	    (app->ap_jobs = console_jobs_start(app, err, sizeof(err))) == NULL ||
	    (app->ap_privacy = privacy_jobs_start(app, err, sizeof(err))) == NULL ||
	    (app->ap_research = research_start(app, err, sizeof(err))) == NULL ||
	    (app->ap_events = events_start(app, err, sizeof(err))) == NULL) {
		log_error("startup_failed error=\"%s\"", err);
		return -1;
	}

	/* 7. */
	if ((app->ap_http = http_start(app, err, sizeof(err))) == NULL) {
		log_error("startup_failed error=\"%s\"", err);
		return -1;
	}
	if (privdrop_to_user(cfg->daemon_user, err, sizeof(err)) == -1) {
		log_error("startup_failed error=\"%s\"", err);
		return -1;
	}
	if (reload_register("flows", "flows.dir flows.lexicon flows.model teams.jip_hours "
	    "teams.jit_hours teams.cit_hours", serve_reload_dialogue) == -1) {
		log_error("startup_failed error=\"too many reload hooks\"");
		return -1;
	}
	if (reload_register("console", "console.canned_dir console.texts "
	    "console.close_outcomes console.common_passwords", serve_reload_console) == -1) {
		log_error("startup_failed error=\"too many reload hooks\"");
		return -1;
	}
	log_info("listening listen=%s admin_listen=%s whatsapp=%s sms=%s workers=%lld "
	    "http_threads=%lld", cfg->http_listen,
	    cfg->http_admin_listen != NULL ? cfg->http_admin_listen : "off",
	    config_whatsapp_enabled(cfg) ? "on" : "off",
	    config_twilio_enabled(cfg) ? "on" : "off", cfg->worker_threads, cfg->http_threads);
	notify_ready("serving");
	return 0;
}

/* Run until SIGTERM or SIGINT, loading the dialogue again on SIGHUP. */
static void
serve_wait(struct app *app)
{
	struct pollfd pfd;
	char drain[64];

	pfd.fd = serve_pipe[0];
	pfd.events = POLLIN;
	while (!serve_sig_stop) {
		if (poll(&pfd, 1, 1000) > 0)
			while (read(serve_pipe[0], drain, sizeof(drain)) > 0)
				;
		if (serve_sig_hup) {
			serve_sig_hup = 0;
			(void)reload_run(app);
		}
	}
}

/*
 * A clean stop of HTTP: accept no more connections, store and answer what
 * ingest has queued, finish in-flight requests.
 */
static void
serve_drain(struct app *app)
{
	log_info("stopping");
	notify_stopping();
	http_quiesce(app->ap_http);
	ingest_stop(app->ap_ingest, SHUTDOWN_GRACE_MS);
	events_close_streams(app->ap_events, SHUTDOWN_GRACE_MS);
	http_stop(app->ap_http);
	app->ap_http = NULL;
}

/* Stop what serve_start started (HTTP is stopped already), in reverse order. */
static void
serve_stop(struct app *app)
{
	if (app->ap_ingest != NULL) {
		ingest_stop(app->ap_ingest, 0);
		ingest_free(app->ap_ingest);
	}
	privacy_jobs_stop(app->ap_privacy);
	console_jobs_stop(app->ap_jobs);
	research_stop(app->ap_research);
	events_stop(app->ap_events);
	workers_stop(app->ap_workers);
	sender_stop(app->ap_sender);
	db_pool_free(app->ap_pool);
	reload_reset();
}

int
serve_run(const struct config *cfg)
{
	struct app app;
	sigset_t oldmask;
	char pqv[16], err[512];
	int rc = 1;

	memset(&app, 0, sizeof(app));
	app.ap_cfg = cfg;

	/* 1. */
	log_info("praatpaal %s starting microhttpd=%s curl=%s jansson=%s libpq=%s listen=%s",
	    PRAATPAAL_VERSION, serve_mhd_version(), serve_curl_version(),
	    serve_jansson_version(), serve_libpq_version(pqv, sizeof(pqv)), cfg->http_listen);
	serve_raise_nofile(cfg);
	notify_init();

	/* 2. */
	if ((app.ap_dialogue = serve_dialogue_load(cfg)) == NULL)
		return 1;
	if ((app.ap_api = serve_console_load(cfg)) == NULL) {
		dialogue_free(app.ap_dialogue);
		return 1;
	}
	if ((app.ap_web = web_load(cfg, err, sizeof(err))) == NULL) {
		log_error("startup_failed error=\"%s\"", err);
		api_free(app.ap_api);
		dialogue_free(app.ap_dialogue);
		return 1;
	}

	/* 3. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		log_error("startup_failed error=\"curl_global_init failed\"");
		dialogue_free(app.ap_dialogue);
		web_free(app.ap_web);
		api_free(app.ap_api);
		return 1;
	}

	/* 4., then 5. to 7. */
	if (serve_signals(&oldmask) == -1)
		log_error("startup_failed error=\"signals: %s\"", strerror(errno));
	else if (serve_start(&app) == 0) {
		/* Only this thread takes the signals from here on. */
		pthread_sigmask(SIG_SETMASK, &oldmask, NULL);
		serve_wait(&app);
		serve_drain(&app);
		rc = 0;
	}
	serve_stop(&app);
	curl_global_cleanup();
	dialogue_free(app.ap_dialogue);
	web_free(app.ap_web);
	api_free(app.ap_api);
	if (rc == 0)
		log_info("stopped");
	return rc;
}
