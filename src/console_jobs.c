/*
 * console_jobs.c — the console's periodic jobs: what happens while a young
 * person waits that no message of theirs sets off.
 *
 * Every CONSOLE_JOBS_MS one transaction, under a lock only one daemon
 * holds at a time (the others skip the run):
 *   - crisis_unclaimed: a queued crisis older than [console]
 *     crisis_claim_alert gets an alert row (the events module routes it),
 *     the young person hears that someone is coming (queue_crisis_late),
 *     and when no CIT counsellor is logged in, [console] oncall_sms gets
 *     an SMS through the outbox that names no one;
 *   - idle: an assigned chat whose young person waits [console]
 *     idle_reminder for an answer gets an alert row;
 *   - closed: a chat queued for a team that closed since is told at once
 *     (queued_closed) and raised to QUEUE_CARRYOVER_PRIORITY.
 * Each statement is bounded (CONSOLE_JOBS_BATCH) and raises an alert once
 * (store_wait.c). What was done is logged after the commit; new outbox
 * heads are named to the sender.
 *
 * No lock: everything here belongs to the jobs thread.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "app.h"
#include "config.h"
#include "console_jobs.h"
#include "crypto.h"
#include "db.h"
#include "dialogue.h"
#include "log.h"
#include "metrics.h"
#include "scheduler.h"
#include "sender.h"
#include "store_outbox.h"
#include "store_wait.h"
#include "util.h"

/* The on-call page: for staff, in Dutch; no name, number or message text. */
#define ONCALL_ONE	"praatpaal: een crisischat wacht al %lld min op CIT. Log in op de console."
#define ONCALL_MANY	"praatpaal: %zu crisischats wachten op CIT, de langste al %lld min. " \
			"Log in op de console."

struct console_jobs {
	struct app	*cj_app;
	pthread_t	 cj_thread;
	struct sched	 cj_sched;		/* the stop flag and the sleep */
	PGconn		*cj_conn;
	int64_t		 cj_retry_at;		/* mono ms: connect again from then */
	int64_t		 cj_backoff;
};

/* One run's results, acted on after its commit. */
struct jobs_run {
	struct idlist	 jr_heads;	/* new outbox heads, for the sender */
	struct idlist	 jr_held;	/* contacts whose new row waits behind another */
	struct buf	 jr_log;	/* log lines, one a line */
};

static void
jobs_log(struct jobs_run *jr, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
jobs_log(struct jobs_run *jr, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = buf_vprintf(&jr->jr_log, fmt, ap);
	va_end(ap);
	if (rc == 0)
		rc = buf_puts(&jr->jr_log, "\n");
	(void)rc;	/* a log line lost to memory: nothing else to do */
}

/* The connection, connecting (with backoff after failures) when needed. */
static PGconn *
jobs_conn(struct console_jobs *cj)
{
	char err[256];

	if (cj->cj_conn != NULL)
		return cj->cj_conn;
	if (util_mono_ms() < cj->cj_retry_at)
		return NULL;
	cj->cj_conn = db_connect_as(cj->cj_app->ap_cfg->db_url, "praatpaal console jobs", err,
	    sizeof(err));
	if (cj->cj_conn == NULL) {
		cj->cj_backoff = cj->cj_backoff == 0 ? DB_RETRY_MIN_MS :
		    cj->cj_backoff * 2 > DB_RETRY_MAX_MS ? DB_RETRY_MAX_MS : cj->cj_backoff * 2;
		log_warn("console_jobs db_unavailable error=\"%s\" retry_ms=%lld", err,
		    (long long)cj->cj_backoff);
		metrics_db_error();
		cj->cj_retry_at = util_mono_ms() + cj->cj_backoff;
		return NULL;
	}
	cj->cj_backoff = 0;
	return cj->cj_conn;
}

/* One message into the outbox; its row is a head or waits behind one. */
static int
jobs_send(PGconn *conn, struct jobs_run *jr, const char *channel, int64_t contact_id,
    int64_t conv_id, const char *body, char *err, size_t errlen)
{
	int64_t id;
	int held;

	if (body == NULL) {
		snprintf(err, errlen, "no flows loaded");
		return -1;
	}
	if (db_jobs_send(conn, channel, contact_id, conv_id, body, &id, &held, err, errlen) == -1)
		return -1;
	if (held)
		idlist_add(&jr->jr_held, contact_id);
	else
		idlist_add(&jr->jr_heads, id);
	return 0;
}

/* No CIT counsellor logged in: an SMS to [console] oncall_sms. */
static int
jobs_page(struct console_jobs *cj, PGconn *conn, struct jobs_run *jr, size_t n,
    long long longest_min, char *err, size_t errlen)
{
	const struct config *cfg = cj->cj_app->ap_cfg;
	char pseudonym[PSEUDONYM_LEN + 1], text[256];
	const char *number;
	json_t *o;
	char *body;
	int64_t contact;
	int online, rc;

	if (cfg->console_oncall_sms == NULL || !config_twilio_enabled(cfg))
		return 0;
	if (db_jobs_cit_online(conn, cfg->console_session_idle, &online, err, errlen) == -1)
		return -1;
	if (online) {
		jobs_log(jr, "oncall_not_paged reason=cit_online chats=%zu", n);
		return 0;
	}
	/* Stored as SMS contacts are: digits only. */
	number = cfg->console_oncall_sms + (cfg->console_oncall_sms[0] == '+');
	crypto_pseudonym(cfg->pseudonym_key, "sms", number, pseudonym);
	if (db_jobs_staff_contact(conn, number, pseudonym, &contact, err, errlen) == -1)
		return -1;
	if (n == 1)
		snprintf(text, sizeof(text), ONCALL_ONE, longest_min);
	else
		snprintf(text, sizeof(text), ONCALL_MANY, n, longest_min);
	o = json_pack("{s:s}", "text", text);
	body = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	rc = jobs_send(conn, jr, "sms", contact, 0, body, err, errlen);
	free(body);
	if (rc == 0)
		jobs_log(jr, "oncall_paged to=%s chats=%zu longest_min=%lld", pseudonym, n,
		    longest_min);
	return rc;
}

static int
jobs_crisis(struct console_jobs *cj, PGconn *conn, struct jobs_run *jr, char *err, size_t errlen)
{
	const struct config *cfg = cj->cj_app->ap_cfg;
	struct wait_chat *c = NULL;
	long long longest = 0;
	size_t n = 0;
	int rc = 0;

	if (db_jobs_crisis_unclaimed(conn, cfg->console_crisis_claim_alert, &c, &n, err,
	    errlen) == -1)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++) {
		char *body = dialogue_system_reply(cj->cj_app->ap_dialogue, SYS_QUEUE_CRISIS_LATE,
		    c[i].wc_lang, "CIT");

		rc = jobs_send(conn, jr, c[i].wc_channel, c[i].wc_contact_id, c[i].wc_conv_id, body,
		    err, errlen);
		free(body);
		if (c[i].wc_waited_s > longest)
			longest = c[i].wc_waited_s;
		jobs_log(jr, "crisis_unclaimed conv=%s waited_s=%lld", c[i].wc_pseudonym,
		    (long long)c[i].wc_waited_s);
	}
	if (rc == 0 && n > 0)
		rc = jobs_page(cj, conn, jr, n, (longest + 59) / 60, err, errlen);
	free(c);
	return rc;
}

static int
jobs_idle(struct console_jobs *cj, PGconn *conn, struct jobs_run *jr, char *err, size_t errlen)
{
	long long idle = cj->cj_app->ap_cfg->console_idle_reminder;
	size_t n = 0;

	if (idle <= 0)
		return 0;
	if (db_jobs_idle(conn, idle, &n, err, errlen) == -1)
		return -1;
	if (n > 0)
		jobs_log(jr, "idle_alerts n=%zu", n);
	return 0;
}

static int
jobs_closed(struct console_jobs *cj, PGconn *conn, struct jobs_run *jr, char *err, size_t errlen)
{
	static const char *const teams[] = { "JIP", "JIT", "CIT" };
	struct dialogue *dg = cj->cj_app->ap_dialogue;
	int64_t since;

	for (size_t t = 0; t < NELEM(teams); t++) {
		struct wait_chat *c = NULL;
		size_t n = 0;
		int rc = 0;

		if (!dialogue_team_closed_since(dg, teams[t], util_now_ms(), &since))
			continue;
		if (db_jobs_team_closed(conn, teams[t], since, &c, &n, err, errlen) == -1)
			return -1;
		for (size_t i = 0; i < n && rc == 0; i++) {
			char *body = dialogue_system_reply(dg, SYS_QUEUED_CLOSED, c[i].wc_lang,
			    teams[t]);

			rc = jobs_send(conn, jr, c[i].wc_channel, c[i].wc_contact_id,
			    c[i].wc_conv_id, body, err, errlen);
			free(body);
			jobs_log(jr, "team_closed_notice conv=%s team=%s", c[i].wc_pseudonym,
			    teams[t]);
		}
		free(c);
		if (rc == -1)
			return -1;
	}
	return 0;
}

/* After the commit: held rows promoted if their head finished meanwhile, heads to the sender. */
static void
jobs_after(struct console_jobs *cj, struct jobs_run *jr)
{
	struct buf contacts, after;
	char err[256], *line, *next;
	int rc = 0;

	if (jr->jr_held.il_n > 0) {
		buf_init(&contacts, 0);
		buf_init(&after, 0);
		rc |= buf_puts(&contacts, "{");
		rc |= buf_puts(&after, "{");
		for (size_t i = 0; i < jr->jr_held.il_n; i++) {
			rc |= buf_printf(&contacts, "%s%lld", i ? "," : "",
			    (long long)jr->jr_held.il_ids[i]);
			rc |= buf_printf(&after, "%s0", i ? "," : "");
		}
		rc |= buf_puts(&contacts, "}");
		rc |= buf_puts(&after, "}");
		/* Failed: the sender's sweep (ST_OUTBOX_UNSTRAND) makes up for it. */
		if (rc == 0 && db_outbox_promote(cj->cj_conn, contacts.data, after.data,
		    &jr->jr_heads, err, sizeof(err)) == -1)
			log_warn("console_jobs promote_failed error=\"%s\"", err);
		buf_free(&contacts);
		buf_free(&after);
	}
	sender_hint(cj->cj_app->ap_sender, jr->jr_heads.il_ids, jr->jr_heads.il_n);
	for (line = jr->jr_log.data; line != NULL && *line != '\0'; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		log_info("%s", line);
		if (next == NULL)
			break;
	}
}

/* One run of every job, in one transaction. */
static void
jobs_run(struct console_jobs *cj)
{
	struct jobs_run jr;
	PGconn *conn = jobs_conn(cj);
	char err[512];
	int got = 0;

	if (conn == NULL)
		return;
	memset(&jr, 0, sizeof(jr));
	buf_init(&jr.jr_log, 0);
	if (db_begin(conn, err, sizeof(err)) == -1 ||
	    db_jobs_lock(conn, &got, err, sizeof(err)) == -1)
		goto fail;
	if (!got) {
		db_rollback(conn);	/* another daemon's turn */
		goto done;
	}
	if (jobs_crisis(cj, conn, &jr, err, sizeof(err)) == -1 ||
	    jobs_idle(cj, conn, &jr, err, sizeof(err)) == -1 ||
	    jobs_closed(cj, conn, &jr, err, sizeof(err)) == -1 ||
	    db_commit(conn, err, sizeof(err)) == -1)
		goto fail;
	jobs_after(cj, &jr);
	goto done;
fail:
	log_error("console_jobs failed error=\"%s\"", err);
	metrics_db_error();
	db_rollback(conn);
	if (!db_alive(conn)) {
		db_close(conn);
		cj->cj_conn = NULL;
	}
done:
	idlist_free(&jr.jr_heads);
	idlist_free(&jr.jr_held);
	buf_free(&jr.jr_log);
}

static void *
jobs_main(void *arg)
{
	struct console_jobs *cj = arg;

	while (!sched_stopping(&cj->cj_sched)) {
		jobs_run(cj);
		sched_sleep(&cj->cj_sched, CONSOLE_JOBS_MS);
	}
	return NULL;
}

struct console_jobs *
console_jobs_start(struct app *app, char *err, size_t errlen)
{
	struct console_jobs *cj = xcalloc(1, sizeof(*cj));
	int rc;

	cj->cj_app = app;
	sched_init(&cj->cj_sched, NULL, NULL);
	if ((rc = pthread_create(&cj->cj_thread, NULL, jobs_main, cj)) != 0) {
		snprintf(err, errlen, "cannot start the console jobs thread: %s", strerror(rc));
		sched_destroy(&cj->cj_sched);
		free(cj);
		return NULL;
	}
	(void)pthread_setname_np(cj->cj_thread, "console-jobs");
	return cj;
}

void
console_jobs_stop(struct console_jobs *cj)
{
	if (cj == NULL)
		return;
	sched_stop(&cj->cj_sched);
	pthread_join(cj->cj_thread, NULL);
	if (cj->cj_conn != NULL)
		db_close(cj->cj_conn);
	sched_destroy(&cj->cj_sched);
	free(cj);
}
