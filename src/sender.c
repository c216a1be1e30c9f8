/*
 * sender.c — the outbox sender.
 *
 * One thread drives a libcurl multi handle: up to [sender] concurrency
 * requests in flight, each bounded by [sender] timeout_ms, connections kept
 * alive in the multi handle's cache. It claims due outbox rows (leased for
 * OUTBOX_LEASE_S, so a crashed sender's rows come back), renders each for
 * its provider, and records the answer: sent (with the provider's id),
 * retry later (exponential backoff with full jitter, at least Retry-After),
 * or failed (a 4xx that will never succeed, the 24-hour window without a
 * template, or max_attempts reached). A slow provider holds one slot, never
 * the loop.
 *
 * Every request carries its row's echo (crypto_echo_make): WhatsApp hands
 * it back in each status webhook of the message (biz_opaque_callback_data),
 * Twilio calls the StatusCallback URL that holds it. A status naming a row
 * records the send even when this sender died before recording the answer
 * (store_ingest.c); a row whose lease ran out waits [sender] doubt_window
 * for such a status before it is sent again (db_outbox_requeue), and is
 * then counted as resent in doubt. A claim whose answer was lost with the
 * database made no request: its rows go back at once (sender_release).
 *
 * Which rows: recording a finished head promotes the contact's next
 * reply and leases it in the same statement when there is room for
 * another request (sender_flush), and it starts at once; the heads this
 * daemon's workers queued and its other promotions made are handed over
 * by id (sender_hint) and claimed by primary key; the queue's index (retries coming due, leases that ran
 * out, other daemons' rows) is read when there are none, at most every
 * SENDER_RECHECK_MS while busy, and when the next row is due.
 *
 * The named rows and the index's reads are scheduled by a struct
 * sched_queue (scheduler.c), as the workers' contacts are; the sender
 * waits in curl_multi_poll, so its struct sched wakes it with
 * curl_multi_wakeup instead of a condition variable.
 *
 * Threads: only the sender thread touches the multi handle, the jobs and
 * the database connection; other threads call sender_wake and sender_hint
 * (the named rows are under sn_sched's lock; curl_multi_wakeup is
 * thread-safe).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <libpq-fe.h>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "store_outbox.h"
#include "log.h"
#include "message.h"
#include "metrics.h"
#include "praatpaal.h"
#include "scheduler.h"
#include "scrub.h"
#include "sender.h"
#include "twilio.h"
#include "util.h"
#include "whatsapp.h"

/* One request in flight. */
struct send_job {
	struct out_row		 sj_row;
	CURL			*sj_easy;
	struct curl_slist	*sj_headers;
	char			*sj_url;
	struct buf		 sj_req;	/* request body */
	struct buf		 sj_resp;	/* answer, first SENDER_RESPONSE_MAX bytes */
	int			 sj_template;	/* sent as the out-of-window template */
	char			 sj_curlerr[CURL_ERROR_SIZE];
	struct send_job		*sj_next;
	struct send_job		*sj_prev;
};

/*
 * A result the database did not take (it was down): kept and written
 * before anything new is claimed, so that the row's lease running out
 * never makes us send the same message twice.
 */
enum rec_kind { REC_SENT, REC_RETRY, REC_FAILED };

struct send_rec {
	enum rec_kind	 rc_kind;
	int64_t		 rc_id;
	int64_t		 rc_contact_id;
	char		*rc_provider_id;	/* REC_SENT */
	char		*rc_code;		/* REC_RETRY, REC_FAILED */
	char		*rc_text;
	int64_t		 rc_delay_ms;		/* REC_RETRY */
	int		 rc_optout;		/* REC_FAILED: opted out at the provider */
	struct send_rec	*rc_next;
};

struct sender {
	struct app		*sn_app;
	pthread_t		 sn_thread;
	CURLM			*sn_multi;
	PGconn			*sn_conn;	/* sender thread only */
	struct send_job		*sn_jobs;	/* in flight */
	size_t			 sn_inflight;
	int64_t			 sn_next_claim;	/* monotonic ms */
	int64_t			 sn_next_requeue; /* monotonic ms: look for expired leases */
	int64_t			 sn_next_due_query; /* monotonic ms: ask for the next due row */
	int64_t			 sn_db_retry_at;
	int64_t			 sn_db_backoff;
	struct send_rec		*sn_unrec;	/* results not yet in the database, oldest first */
	struct send_rec		*sn_unrec_tail;
	size_t			 sn_nunrec;
	int64_t			 sn_unrec_since; /* monotonic ms: the first of them came */
	struct sched		 sn_sched;	/* stop, wake-ups; its lock guards sn_named */
	/*
	 * Rows made heads in this daemon (sender_hint, and our promotions),
	 * and when to read the queue's index (every SENDER_RECHECK_MS while busy).
	 */
	struct sched_queue	 sn_named;
	/*
	 * Each claim leases its rows under a number of its own: the next is
	 * ++sn_claim_token (random at start, so two daemons never share one).
	 * sn_lost_token: a claim whose answer was lost with the connection;
	 * its rows are put back before the next claim (sender_release).
	 */
	int64_t			 sn_claim_token;
	int64_t			 sn_lost_token;
	int			 sn_lost;
	/*
	 * Easy handles of finished requests, reset and kept for the next
	 * ones (at most [sender] concurrency): curl_easy_init and cleanup
	 * are a good share of a request's work.
	 */
	CURL			**sn_easy;
	size_t			 sn_neasy;
	size_t			 sn_easy_cap;
};

int64_t
sender_backoff_ms(int attempts, long long base_ms, long long max_ms, long retry_after_s)
{
	int64_t cap = base_ms > 0 ? base_ms : 0, delay;
	int i;

	for (i = 0; i < attempts && cap < max_ms; i++)
		cap *= 2;
	if (cap > max_ms)
		cap = max_ms;
	if (cap < 0)
		cap = 0;
	delay = (int64_t)crypto_random_below((uint64_t)cap + 1);
	if (retry_after_s > SENDER_RETRY_AFTER_MAX_S)
		retry_after_s = SENDER_RETRY_AFTER_MAX_S;
	if (retry_after_s > 0 && delay < (int64_t)retry_after_s * 1000)
		delay = (int64_t)retry_after_s * 1000;
	return delay;
}

/* ---- database ------------------------------------------------------------- */

/* The connection, connecting (with backoff after failures) when needed. */
static PGconn *
sender_conn(struct sender *sn)
{
	char err[256];

	if (sn->sn_conn != NULL)
		return sn->sn_conn;
	if (util_mono_ms() < sn->sn_db_retry_at)
		return NULL;
	sn->sn_conn = db_connect_as(sn->sn_app->ap_cfg->db_url, "praatpaal sender", err,
	    sizeof(err));
	if (sn->sn_conn == NULL) {
		if (sn->sn_db_backoff == 0)
			sn->sn_db_backoff = DB_RETRY_MIN_MS;
		log_warn("sender db_unavailable error=\"%s\" retry_ms=%lld", err,
		    (long long)sn->sn_db_backoff);
		metrics_db_error();
		sn->sn_db_retry_at = util_mono_ms() + sn->sn_db_backoff;
		sn->sn_db_backoff = sn->sn_db_backoff * 2 > DB_RETRY_MAX_MS ?
		    DB_RETRY_MAX_MS : sn->sn_db_backoff * 2;
		return NULL;
	}
	sn->sn_db_backoff = 0;
	return sn->sn_conn;
}

/* A statement failed: count it, and drop the connection if it is broken. */
static void
sender_db_failed(struct sender *sn, const char *what, const char *err)
{
	char safe[256];

	scrub_numbers(err, safe, sizeof(safe));
	log_error("sender db_error op=%s error=\"%s\"", what, safe);
	metrics_db_error();
	if (sn->sn_conn != NULL && !db_alive(sn->sn_conn)) {
		db_close(sn->sn_conn);
		sn->sn_conn = NULL;
	}
}

static void
sender_rec_free(struct send_rec *rc)
{
	free(rc->rc_provider_id);
	free(rc->rc_code);
	free(rc->rc_text);
	free(rc);
}

static void	sender_start_rows(struct sender *, struct out_row *, size_t, int *);

/* The number of the next claim (sn_claim_token). */
static int64_t
sender_next_token(struct sender *sn)
{
	if (++sn->sn_claim_token <= 0)
		sn->sn_claim_token = 1;
	return sn->sn_claim_token;
}

/*
 * The answer of claim token was lost: it may have committed, so its rows
 * are put back before the next claim (sender_release).
 */
static void
sender_lost_claim(struct sender *sn, int64_t token)
{
	sn->sn_lost_token = token;
	sn->sn_lost = 1;
}

/* How many more requests may start now ([sender] concurrency). */
static size_t
sender_room(const struct sender *sn)
{
	int conc = sn->sn_app->ap_cfg->send_concurrency;
	size_t max = conc > 0 ? (size_t)conc : 1;

	return sn->sn_inflight < max ? max - sn->sn_inflight : 0;
}

/*
 * Write every result waiting, in one round trip (db_outbox_record): 0 when
 * nothing is left waiting; -1 when the database did not take them (they
 * stay, oldest first, for the next try). The next reply of each contact
 * whose head finished is leased in the same round trip, as far as there
 * is room, and started.
 */
static int
sender_flush(struct sender *sn)
{
	struct out_result *res;
	struct send_rec *rc;
	struct idlist heads = { NULL, 0, 0 };
	struct out_lease lease = { 0, OUTBOX_LEASE_S, 0, NULL, 0 };
	char err[256];
	size_t n = 0;
	int promoted, unblocked;

	if (sn->sn_unrec == NULL)
		return 0;
	if (sender_conn(sn) == NULL)
		return -1;
	res = xcalloc(sn->sn_nunrec, sizeof(*res));
	for (rc = sn->sn_unrec; rc != NULL; rc = rc->rc_next, n++) {
		res[n].ors_id = rc->rc_id;
		res[n].ors_contact_id = rc->rc_contact_id;
		res[n].ors_kind = rc->rc_kind == REC_SENT ? OUTR_SENT :
		    rc->rc_kind == REC_RETRY ? OUTR_RETRY : OUTR_FAILED;
		res[n].ors_provider_id = rc->rc_provider_id;
		res[n].ors_code = rc->rc_code;
		res[n].ors_text = rc->rc_text;
		res[n].ors_delay_ms = rc->rc_delay_ms;
		res[n].ors_optout = rc->rc_optout;
	}
	/*
	 * Not while a lost claim's rows wait to be put back (one lost number
	 * at a time), nor while stopping. Only the room the named rows
	 * waiting leave, and none when the queue's index is due to be read:
	 * the next replies of contacts being served must not keep others'
	 * replies and retries waiting (they then join the named rows).
	 */
	if (!sn->sn_lost && !sched_stopping(&sn->sn_sched)) {
		size_t room = sender_room(sn), waiting;
		int scan_due;

		sched_lock(&sn->sn_sched);
		waiting = sched_queue_count(&sn->sn_named);
		scan_due = sched_queue_scan_due(&sn->sn_named, util_mono_ms());
		sched_unlock(&sn->sn_sched);
		if (!scan_due && room > waiting)
			lease.ol_max = room - waiting;
		if (lease.ol_max > OUTBOX_CLAIM_BATCH)
			lease.ol_max = OUTBOX_CLAIM_BATCH;
	}
	if (lease.ol_max > 0)
		lease.ol_token = sender_next_token(sn);
	if (db_outbox_record(sn->sn_conn, res, n, &promoted, &heads, &lease, err,
	    sizeof(err)) == -1) {
		free(res);
		idlist_free(&heads);
		sender_db_failed(sn, "outbox_record", err);
		if (lease.ol_max > 0)	/* its promotion may have leased rows */
			sender_lost_claim(sn, lease.ol_token);
		return -1;
	}
	free(res);
	sender_hint(sn, heads.il_ids, heads.il_n);
	idlist_free(&heads);
	if (!promoted) {
		log_warn("sender promote_failed reason=\"the next replies of these contacts wait "
		    "for the sweep\" within_ms=%d", SENDER_REQUEUE_MS);
		/*
		 * Whether its leases were committed is not known: none is
		 * sent; those that were go back with the number.
		 */
		if (lease.ol_max > 0)
			sender_lost_claim(sn, lease.ol_token);
		db_out_rows_free(lease.ol_rows, lease.ol_n);
		lease.ol_rows = NULL;
		lease.ol_n = 0;
	}
	while ((rc = sn->sn_unrec) != NULL) {
		sn->sn_unrec = rc->rc_next;
		sender_rec_free(rc);
	}
	sn->sn_unrec_tail = NULL;
	sn->sn_nunrec = 0;
	/* After the list is emptied: a row that fails at once adds a result to it. */
	sender_start_rows(sn, lease.ol_rows, lease.ol_n, &unblocked);
	if (unblocked)
		sn->sn_next_claim = util_mono_ms();
	return 0;
}

/*
 * Whether the results waiting are to be written now: no request is in
 * flight any more (a round of requests has come back), the first waited
 * SENDER_GATHER_MS, a claim's worth wait, or the sender stops. Until then
 * results gather, so that one transaction records the requests that
 * finish close together rather than one or two each.
 */
static int
sender_flush_due(struct sender *sn, int64_t now)
{
	return sn->sn_unrec != NULL && (sn->sn_inflight == 0 ||
	    now - sn->sn_unrec_since >= SENDER_GATHER_MS ||
	    sn->sn_nunrec >= OUTBOX_CLAIM_BATCH || sched_stopping(&sn->sn_sched));
}

/*
 * Keep a result to be written by a later sender_flush (when
 * sender_flush_due: one round trip for all of them). Returns it, or
 * NULL when too many wait (logged: the lease brings the row back).
 */
static struct send_rec *
sender_store(struct sender *sn, enum rec_kind kind, const struct out_row *row,
    const char *provider_id, const char *code, const char *text, int64_t delay_ms)
{
	struct send_rec *rc;

	if (sn->sn_nunrec >= SENDER_UNRECORDED_MAX) {
		log_error("send unrecorded id=%lld kind=%d reason=\"too many results waiting "
		    "for the database\"", (long long)row->or_id, (int)kind);
		return NULL;
	}
	rc = xcalloc(1, sizeof(*rc));
	rc->rc_kind = kind;
	rc->rc_id = row->or_id;
	rc->rc_contact_id = row->or_contact_id;
	rc->rc_provider_id = provider_id != NULL ? xstrdup(provider_id) : NULL;
	rc->rc_code = code != NULL ? xstrdup(code) : NULL;
	if (text != NULL) {
		/* Stored, and shown to staff later: no phone number in it. */
		char safe[320];

		scrub_numbers(text, safe, sizeof(safe));
		rc->rc_text = xstrdup(safe);
	}
	rc->rc_delay_ms = delay_ms;
	if (sn->sn_unrec_tail != NULL)
		sn->sn_unrec_tail->rc_next = rc;
	else {
		sn->sn_unrec = rc;
		sn->sn_unrec_since = util_mono_ms();
	}
	sn->sn_unrec_tail = rc;
	sn->sn_nunrec++;
	return rc;
}

/* ---- results ---------------------------------------------------------------- */

/* A permanent failure; optout: the provider says the recipient opted out. */
static void
sender_record_failed(struct sender *sn, const struct out_row *row, const char *code,
    const char *text, int optout)
{
	struct send_rec *rc;
	char safe[256];

	scrub_numbers(text, safe, sizeof(safe));
	log_warn("send failed conv=%s id=%lld attempt=%d code=%s error=\"%s\"",
	    row->or_pseudonym, (long long)row->or_id, row->or_attempts + 1, code, safe);
	if (optout)
		log_info("contact opted_out conv=%s reason=\"the provider refuses sends to "
		    "this recipient (code %s): its other replies are not sent\"",
		    row->or_pseudonym, code);
	metrics_outbox_failed();
	rc = sender_store(sn, REC_FAILED, row, NULL, code, text, 0);
	if (rc != NULL)
		rc->rc_optout = optout;
}

/* Record what the provider answered to one job. */
static void
sender_record(struct sender *sn, struct send_job *job, CURLcode cc)
{
	const struct config *cfg = sn->sn_app->ap_cfg;
	const struct out_row *row = &job->sj_row;
	struct send_result sr;
	curl_off_t ra = 0;
	long status = 0;
	int attempt = row->or_attempts + 1;
	char text[320];
	int64_t delay;

	curl_easy_getinfo(job->sj_easy, CURLINFO_RESPONSE_CODE, &status);
	if (curl_easy_getinfo(job->sj_easy, CURLINFO_RETRY_AFTER, &ra) != CURLE_OK || ra < 0)
		ra = 0;
	memset(&sr, 0, sizeof(sr));
	if (row->or_channel == CHANNEL_WHATSAPP)
		wa_classify(cc != CURLE_OK, job->sj_curlerr[0] ? job->sj_curlerr : curl_easy_strerror(cc),
		    status, job->sj_resp.data, job->sj_resp.len, (long)ra, &sr);
	else
		tw_classify(cc != CURLE_OK, job->sj_curlerr[0] ? job->sj_curlerr : curl_easy_strerror(cc),
		    status, job->sj_resp.data, job->sj_resp.len, (long)ra, &sr);

	switch (sr.sr_outcome) {
	case SEND_OK:
		log_info("message sent conv=%s id=%lld attempt=%d status=%ld template=%d",
		    row->or_pseudonym, (long long)row->or_id, attempt, status, job->sj_template);
		metrics_outbox_sent(row->or_channel);
		metrics_ack_to_send(row->or_last_inbound_ms);
		sender_store(sn, REC_SENT, row, sr.sr_provider_id, NULL, NULL, 0);
		break;
	case SEND_RETRY:
		if (attempt >= cfg->send_max_attempts) {
			snprintf(text, sizeof(text), "gave up after %d attempts: %s", attempt, sr.sr_text);
			sender_record_failed(sn, row, sr.sr_code[0] ? sr.sr_code : "retry", text, 0);
			break;
		}
		delay = sender_backoff_ms(row->or_attempts, cfg->send_backoff_base_ms,
		    cfg->send_backoff_max_ms, sr.sr_retry_after_s > 0 ? sr.sr_retry_after_s : (long)ra);
		scrub_numbers(sr.sr_text, text, sizeof(text));
		log_warn("send retry conv=%s id=%lld attempt=%d code=%s delay_ms=%lld error=\"%s\"",
		    row->or_pseudonym, (long long)row->or_id, attempt, sr.sr_code,
		    (long long)delay, text);
		metrics_outbox_retry();
		sender_store(sn, REC_RETRY, row, NULL, sr.sr_code, sr.sr_text, delay);
		break;
	case SEND_FAIL:
		sender_record_failed(sn, row, sr.sr_code[0] ? sr.sr_code : "failed", sr.sr_text,
		    row->or_channel == CHANNEL_SMS && tw_code_opted_out(sr.sr_code));
		break;
	}
}

/* ---- jobs ----------------------------------------------------------------- */

static size_t
sender_write_cb(char *data, size_t size, size_t nmemb, void *arg)
{
	struct send_job *job = arg;
	size_t n = size * nmemb, room;

	/* Keep the first SENDER_RESPONSE_MAX bytes; read and drop the rest. */
	room = job->sj_resp.max > job->sj_resp.len ? job->sj_resp.max - job->sj_resp.len : 0;
	if (room > 0 && buf_append(&job->sj_resp, data, n < room ? n : room) == -1)
		return 0;
	return n;
}

/* A job's easy handle, out of the multi handle, back to the pool. */
static void
sender_easy_put(struct sender *sn, CURL *e)
{
	if (sn->sn_neasy < sn->sn_easy_cap) {
		curl_easy_reset(e);
		sn->sn_easy[sn->sn_neasy++] = e;
	} else {
		curl_easy_cleanup(e);
	}
}

static void
sender_job_free(struct sender *sn, struct send_job *job)
{
	if (job->sj_easy != NULL)
		sender_easy_put(sn, job->sj_easy);
	curl_slist_free_all(job->sj_headers);
	free(job->sj_url);
	buf_free(&job->sj_req);
	buf_free(&job->sj_resp);
	free(job->sj_row.or_to);
	free(job->sj_row.or_body);
	free(job);
}

/* The WhatsApp request for ob. 0, or -1 with *code and err filled. */
static int
sender_prepare_whatsapp(const struct config *cfg, struct send_job *job,
    const struct outbound *ob, const char *echo, const char **code, char *err, size_t errlen)
{
	const struct out_row *row = &job->sj_row;
	const char *tpl = NULL;
	char *auth;

	if (!config_whatsapp_enabled(cfg)) {
		*code = "channel_disabled";
		snprintf(err, errlen, "the WhatsApp channel is not configured");
		return -1;
	}
	if (row->or_last_inbound_ms == 0 ||
	    util_now_ms() - row->or_last_inbound_ms > (int64_t)WA_WINDOW_S * 1000) {
		if (cfg->wa_template_name == NULL || cfg->wa_template_name[0] == '\0') {
			*code = "outside_window";
			snprintf(err, errlen, "outside WhatsApp's 24-hour window and no "
			    "[whatsapp] template_name configured");
			return -1;
		}
		tpl = cfg->wa_template_name;
		job->sj_template = 1;
	}
	if (wa_render(ob, row->or_to, tpl, cfg->wa_template_language, echo, &job->sj_req,
	    err, errlen) == -1) {
		*code = "render";
		return -1;
	}
	job->sj_url = xasprintf("%s/%s/messages", cfg->wa_api_base, cfg->wa_phone_number_id);
	auth = xasprintf("Authorization: Bearer %s",
	    cfg->wa_access_token != NULL ? cfg->wa_access_token : "");
	job->sj_headers = curl_slist_append(job->sj_headers, auth);
	free(auth);
	job->sj_headers = curl_slist_append(job->sj_headers, "Content-Type: application/json");
	return 0;
}

/* The Twilio request for ob. 0, or -1 with *code and err filled. */
static int
sender_prepare_twilio(const struct config *cfg, struct send_job *job,
    const struct outbound *ob, const char *echo, const char **code, char *err, size_t errlen)
{
	int rc;

	if (!config_twilio_enabled(cfg)) {
		*code = "channel_disabled";
		snprintf(err, errlen, "the Twilio channel is not configured");
		return -1;
	}
	if (tw_render(ob, job->sj_row.or_to, cfg->tw_from, &job->sj_req, err, errlen) == -1) {
		*code = "render";
		return -1;
	}
	/*
	 * Twilio reports delivery only to a send that names where; the URL
	 * names the row too, and Twilio's signature covers it.
	 */
	if (cfg->http_public_url != NULL) {
		char *cb = xasprintf("%s/webhook/twilio?out=%s", cfg->http_public_url, echo);

		rc = form_append(&job->sj_req, "StatusCallback", cb);
		free(cb);
		if (rc == -1) {
			*code = "render";
			snprintf(err, errlen, "request body too large");
			return -1;
		}
	}
	job->sj_url = xasprintf("%s/2010-04-01/Accounts/%s/Messages.json",
	    cfg->tw_api_base, cfg->tw_account_sid);
	job->sj_headers = curl_slist_append(job->sj_headers,
	    "Content-Type: application/x-www-form-urlencoded");
	return 0;
}

/*
 * Render the row into a request. 0, or -1 with *code and err filled
 * (a permanent failure: the row is marked failed).
 */
static int
sender_prepare(struct sender *sn, struct send_job *job, const char **code, char *err, size_t errlen)
{
	const struct config *cfg = sn->sn_app->ap_cfg;
	char echo[OUTBOX_ECHO_MAX];
	struct outbound ob;
	int rc;

	memset(&ob, 0, sizeof(ob));
	if (outbound_from_json(job->sj_row.or_body, &ob, err, errlen) == -1) {
		*code = "bad_body";
		return -1;
	}
	crypto_echo_make(cfg->pseudonym_key, job->sj_row.or_id, echo);
	if (job->sj_row.or_channel == CHANNEL_WHATSAPP)
		rc = sender_prepare_whatsapp(cfg, job, &ob, echo, code, err, errlen);
	else
		rc = sender_prepare_twilio(cfg, job, &ob, echo, code, err, errlen);
	outbound_free(&ob);
	if (rc == -1)
		return -1;
	/* No "Expect: 100-continue" round trip. */
	job->sj_headers = curl_slist_append(job->sj_headers, "Expect:");
	job->sj_headers = curl_slist_append(job->sj_headers, "Accept: application/json");
	return 0;
}

/* Set up the easy handle and add it to the multi handle. 0, or -1 with err. */
static int
sender_launch(struct sender *sn, struct send_job *job, char *err, size_t errlen)
{
	const struct config *cfg = sn->sn_app->ap_cfg;
	CURL *e;
	long tmo = (long)cfg->send_timeout_ms;
	CURLMcode mc;

	e = job->sj_easy = sn->sn_neasy > 0 ? sn->sn_easy[--sn->sn_neasy] : curl_easy_init();
	if (e == NULL) {
		snprintf(err, errlen, "curl_easy_init failed");
		return -1;
	}
	curl_easy_setopt(e, CURLOPT_URL, job->sj_url);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_POST, 1L);
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, job->sj_req.data != NULL ? job->sj_req.data : "");
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)job->sj_req.len);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, job->sj_headers);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "praatpaal/" PRAATPAAL_VERSION);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, tmo);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
	    tmo < SENDER_CONNECT_TIMEOUT_MS ? tmo : (long)SENDER_CONNECT_TIMEOUT_MS);
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, sender_write_cb);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, job);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, job->sj_curlerr);
	curl_easy_setopt(e, CURLOPT_PRIVATE, job);
	if (job->sj_row.or_channel == CHANNEL_SMS) {
		curl_easy_setopt(e, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
		curl_easy_setopt(e, CURLOPT_USERNAME, cfg->tw_account_sid);
		curl_easy_setopt(e, CURLOPT_PASSWORD, cfg->tw_auth_token != NULL ? cfg->tw_auth_token : "");
	}
	if ((mc = curl_multi_add_handle(sn->sn_multi, e)) != CURLM_OK) {
		snprintf(err, errlen, "curl_multi_add_handle: %s", curl_multi_strerror(mc));
		return -1;
	}
	job->sj_next = sn->sn_jobs;
	job->sj_prev = NULL;
	if (sn->sn_jobs != NULL)
		sn->sn_jobs->sj_prev = job;
	sn->sn_jobs = job;
	sn->sn_inflight++;
	return 0;
}

static void
sender_unlink(struct sender *sn, struct send_job *job)
{
	if (job->sj_prev != NULL)
		job->sj_prev->sj_next = job->sj_next;
	else
		sn->sn_jobs = job->sj_next;
	if (job->sj_next != NULL)
		job->sj_next->sj_prev = job->sj_prev;
	curl_multi_remove_handle(sn->sn_multi, job->sj_easy);
	sn->sn_inflight--;
}

/*
 * Put rows whose lease ran out back in the queue (db_outbox_requeue), at
 * most every SENDER_REQUEUE_MS. 0, or -1 when the database failed (logged).
 */
static int
sender_requeue(struct sender *sn, int64_t now)
{
	size_t nq = 0, ns = 0;
	char err[256];

	sn->sn_next_requeue = now + SENDER_REQUEUE_MS;
	if (db_outbox_requeue(sn->sn_conn, (int)sn->sn_app->ap_cfg->send_doubt_window_s,
	    &nq, &ns, err, sizeof(err)) == -1) {
		sender_db_failed(sn, "outbox_requeue", err);
		return -1;
	}
	if (nq > 0)
		log_warn("send in_doubt rows=%zu doubt_window_s=%lld reason=\"lease ran out: a "
		    "sender stopped before recording its results; each waits for a status "
		    "webhook naming it, else it is sent again\"", nq,
		    sn->sn_app->ap_cfg->send_doubt_window_s);
	if (ns > 0)
		log_warn("send unstranded contacts=%zu reason=\"replies waited behind a "
		    "finished one: a promotion did not run\"", ns);
	return 0;
}

/*
 * Put back the rows of the claim whose answer was lost (db_outbox_release):
 * the database may have committed it, but no request was made for them,
 * so they need not wait out their lease and the doubt window. 0, or -1
 * when the database failed (logged; tried again before the next claim).
 */
static int
sender_release(struct sender *sn)
{
	char err[256];
	size_t n = 0;

	if (db_outbox_release(sn->sn_conn, sn->sn_lost_token, &n, err, sizeof(err)) == -1) {
		sender_db_failed(sn, "outbox_release", err);
		return -1;
	}
	sn->sn_lost = 0;
	if (n > 0)
		log_warn("send claim_released rows=%zu reason=\"the database went away during a "
		    "claim that had committed; its rows were not sent and go back in the queue\"", n);
	return 0;
}

/*
 * Claim up to max due rows, those of given (by id) or, given NULL, the
 * first due in the queue's index, and start them. *n gets the number
 * claimed; *unblocked is set when one failed at once (its contact's next
 * row may go now). 0, or -1 when the claim failed (logged).
 */
static int
sender_claim_rows(struct sender *sn, size_t max, const struct idlist *given, size_t *n,
    int *unblocked)
{
	struct out_row *rows = NULL;
	char err[256];

	*n = 0;
	*unblocked = 0;
	if (db_outbox_claim(sn->sn_conn, max, OUTBOX_LEASE_S, sender_next_token(sn), given,
	    &rows, n, err, sizeof(err)) == -1) {
		sender_db_failed(sn, "outbox_claim", err);
		if (sn->sn_conn == NULL)
			sender_lost_claim(sn, sn->sn_claim_token);
		return -1;
	}
	sender_start_rows(sn, rows, *n, unblocked);
	return 0;
}

/*
 * Start the n leased rows (freed here); *unblocked is set when one failed
 * at once (its contact's next row may go now).
 */
static void
sender_start_rows(struct sender *sn, struct out_row *rows, size_t n, int *unblocked)
{
	struct send_job *job;
	const char *code;
	char err[256];

	*unblocked = 0;
	for (size_t i = 0; i < n; i++) {
		job = xcalloc(1, sizeof(*job));
		job->sj_row = rows[i];
		rows[i].or_to = rows[i].or_body = NULL;	/* the job owns them now */
		buf_init(&job->sj_req, 0);
		buf_init(&job->sj_resp, SENDER_RESPONSE_MAX);
		if (job->sj_row.or_in_doubt) {
			log_warn("send in_doubt_resent conv=%s id=%lld reason=\"no status webhook "
			    "named it within doubt_window: it may reach the contact twice\"",
			    job->sj_row.or_pseudonym, (long long)job->sj_row.or_id);
			metrics_doubt_resent(1);
		}
		if (sender_prepare(sn, job, &code, err, sizeof(err)) == -1) {
			sender_record_failed(sn, &job->sj_row, code, err, 0);
			sender_job_free(sn, job);
			*unblocked = 1;
			continue;
		}
		if (sender_launch(sn, job, err, sizeof(err)) == -1) {
			/* Local trouble: the lease brings the row back later. */
			log_error("sender launch_failed conv=%s id=%lld error=\"%s\"",
			    job->sj_row.or_pseudonym, (long long)job->sj_row.or_id, err);
			sender_job_free(sn, job);
		}
	}
	db_out_rows_free(rows, n);
}

/*
 * Nothing more to claim now (n were): when to look again. Busy
 * (completions wake us), or asked about the next due row less than
 * SENDER_IDLE_MAX_MS ago: soon. Else ask for the next due row; the
 * query walks the queue's index, so it is asked at most once a second.
 */
static void
sender_next_due(struct sender *sn, int64_t now, size_t n)
{
	char err[256];
	int64_t due = -1;

	if (n > 0 || now < sn->sn_next_due_query) {
		sn->sn_next_claim = now + SENDER_RECHECK_MS;
		return;
	}
	sn->sn_next_due_query = now + SENDER_IDLE_MAX_MS;
	if (sender_conn(sn) == NULL)
		return;
	if (db_outbox_next_due(sn->sn_conn, &due, err, sizeof(err)) == -1) {
		sender_db_failed(sn, "outbox_next_due", err);
		return;
	}
	/*
	 * Due now but not claimed: another daemon's sender holds it, or it
	 * became due during the claim. Look again soon.
	 */
	if (due == 0)
		sn->sn_next_claim = now + SENDER_RECHECK_MS;
	else if (due > 0 && due + SENDER_DUE_SLACK_MS < SENDER_IDLE_MAX_MS)
		sn->sn_next_claim = now + due + SENDER_DUE_SLACK_MS;
}

/*
 * Claim up to max due rows and start them; sets when to look again.
 * Rows this daemon made heads are claimed by id. The queue's index
 * (retries coming due, leases run out, promotions by the sweep, other
 * daemons' rows) is read every SENDER_RECHECK_MS while busy, whether or
 * not named rows wait (they are in the index too): a steady stream of
 * them must not keep a retry waiting (sched_queue_next).
 */
static void
sender_claim(struct sender *sn, size_t max)
{
	int64_t ids[OUTBOX_CLAIM_BATCH], now, wait = 0;
	struct idlist given = { ids, 0, OUTBOX_CLAIM_BATCH };
	enum sched_next next;
	size_t n = 0;
	int unblocked, more;

	if (max > OUTBOX_CLAIM_BATCH)
		max = OUTBOX_CLAIM_BATCH;
	now = util_mono_ms();
	sn->sn_next_claim = now + SENDER_IDLE_MAX_MS;
	/* Results first: a row whose lease ran out must not be claimed again. */
	if (sender_flush(sn) == -1 || sender_conn(sn) == NULL)
		return;
	if (sn->sn_lost && sender_release(sn) == -1)
		return;
	if (now >= sn->sn_next_requeue && sender_requeue(sn, now) == -1)
		return;
	/* The flush may have started the next replies of its contacts. */
	if (max > sender_room(sn))
		max = sender_room(sn);
	if (max == 0)
		return;
	sched_lock(&sn->sn_sched);
	next = sched_queue_next(&sn->sn_named, now, ids, max, &given.il_n, &wait);
	more = sched_queue_count(&sn->sn_named) > 0;	/* named rows for the next round */
	sched_unlock(&sn->sn_sched);
	if (next == SCHED_WAIT) {
		/* Nothing named, no read of the index due: wait for either. */
		sn->sn_next_claim = now + wait;
		return;
	}
	if (sender_claim_rows(sn, max, next == SCHED_NAMED ? &given : NULL, &n,
	    &unblocked) == -1)
		return;
	if (n == max || unblocked || more) {
		sn->sn_next_claim = now;	/* there may be more */
		if (next == SCHED_SCAN && n == max) {
			/* The index has more due. */
			sched_lock(&sn->sn_sched);
			sched_queue_rescan(&sn->sn_named, now);
			sched_unlock(&sn->sn_sched);
		}
		return;
	}
	sender_next_due(sn, now, n);
}

/* Collect finished requests and record their results. */
static void
sender_collect(struct sender *sn)
{
	struct send_job *job;
	CURLMsg *msg;
	char *priv;
	int left;

	while ((msg = curl_multi_info_read(sn->sn_multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		priv = NULL;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &priv);
		job = (struct send_job *)(void *)priv;
		if (job == NULL)
			continue;
		sender_record(sn, job, msg->data.result);
		sender_unlink(sn, job);
		sender_job_free(sn, job);
		/* The contact's next row may be claimable now. */
		sn->sn_next_claim = util_mono_ms();
	}
}

static void *
sender_main(void *arg)
{
	struct sender *sn = arg;
	const struct config *cfg = sn->sn_app->ap_cfg;
	size_t conc = cfg->send_concurrency > 0 ? (size_t)cfg->send_concurrency : 1;
	int64_t now, deadline = 0, wait;
	int running = 0, draining = 0;
	struct send_job *job;

	for (;;) {
		now = util_mono_ms();
		if (!draining && sched_stopping(&sn->sn_sched)) {
			draining = 1;
			deadline = now + cfg->send_timeout_ms + 1000;
			if (sn->sn_inflight > 0)
				log_info("sender draining requests=%zu", sn->sn_inflight);
		}
		if (sched_woken(&sn->sn_sched))
			sn->sn_next_claim = now;
		/* A claim writes the results first: not while they gather. */
		if (!draining && sn->sn_inflight < conc && now >= sn->sn_next_claim &&
		    (sn->sn_unrec == NULL || sender_flush_due(sn, now)))
			sender_claim(sn, conc - sn->sn_inflight);

		curl_multi_perform(sn->sn_multi, &running);
		sender_collect(sn);
		if (sender_flush_due(sn, util_mono_ms()) &&
		    sender_flush(sn) == -1)	/* logged; kept for the next round */
			sn->sn_next_claim = util_mono_ms() + SENDER_RECHECK_MS;

		if (draining && sn->sn_inflight == 0)
			break;
		now = util_mono_ms();
		if (draining && now >= deadline) {
			/* Their leases bring the rows back; the next start sends them. */
			for (job = sn->sn_jobs; job != NULL; job = job->sj_next)
				log_warn("send abandoned conv=%s id=%lld",
				    job->sj_row.or_pseudonym, (long long)job->sj_row.or_id);
			while ((job = sn->sn_jobs) != NULL) {
				sender_unlink(sn, job);
				sender_job_free(sn, job);
			}
			break;
		}
		if (draining)
			wait = 100;
		else if (sn->sn_unrec != NULL && !sender_flush_due(sn, now))
			wait = sn->sn_unrec_since + SENDER_GATHER_MS - now;	/* or a request ends */
		else if (sn->sn_inflight >= conc)
			wait = SENDER_IDLE_MAX_MS;
		else
			wait = sn->sn_next_claim - now;
		if (wait < 0)
			wait = 0;
		if (wait > SENDER_IDLE_MAX_MS)
			wait = SENDER_IDLE_MAX_MS;
		if (wait > 0)
			curl_multi_poll(sn->sn_multi, NULL, 0, (int)wait, NULL);
	}
	return NULL;
}

void
sender_hint(struct sender *sn, const int64_t *ids, size_t n)
{
	int64_t now;

	if (sn == NULL || n == 0)
		return;
	now = util_mono_ms();
	sched_lock(&sn->sn_sched);
	/* Past SENDER_HINTS_MAX the index is read at once: it finds the rest. */
	(void)sched_queue_add(&sn->sn_named, ids, n, now);
	sched_wake(&sn->sn_sched);
	sched_unlock(&sn->sn_sched);
}

void
sender_wake(struct sender *sn)
{
	if (sn == NULL)
		return;
	sched_lock(&sn->sn_sched);
	sched_wake(&sn->sn_sched);
	sched_unlock(&sn->sn_sched);
}

/* The sender waits in curl_multi_poll: sched_wake and sched_stop end that wait. */
static void
sender_poll_wake(void *arg)
{
	struct sender *sn = arg;

	curl_multi_wakeup(sn->sn_multi);
}

struct sender *
sender_start(struct app *app, char *err, size_t errlen)
{
	struct sender *sn;
	int rc;

	sn = xcalloc(1, sizeof(*sn));
	sn->sn_app = app;
	sn->sn_claim_token = (int64_t)crypto_random_below(UINT64_C(1) << 62);
	sn->sn_multi = curl_multi_init();
	if (sn->sn_multi == NULL) {
		snprintf(err, errlen, "curl_multi_init failed");
		free(sn);
		return NULL;
	}
	sn->sn_easy_cap = app->ap_cfg->send_concurrency > 0 ? (size_t)app->ap_cfg->send_concurrency : 1;
	sn->sn_easy = xcalloc(sn->sn_easy_cap, sizeof(*sn->sn_easy));
	curl_multi_setopt(sn->sn_multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)sn->sn_easy_cap);
	/*
	 * Keep as many idle connections as may be busy: by default the cache
	 * holds four per easy handle added, so a quiet moment closed the
	 * connections the next busy one opened again (and for the providers
	 * each is a TLS handshake).
	 */
	curl_multi_setopt(sn->sn_multi, CURLMOPT_MAXCONNECTS, (long)sn->sn_easy_cap);
	sched_init(&sn->sn_sched, sender_poll_wake, sn);
	/* Named rows go at once; the index is read first, then every SENDER_RECHECK_MS. */
	sched_queue_init(&sn->sn_named, SENDER_HINTS_MAX, SENDER_RECHECK_MS, 0, 1);
	if ((rc = pthread_create(&sn->sn_thread, NULL, sender_main, sn)) != 0) {
		snprintf(err, errlen, "cannot start the sender thread: %s", strerror(rc));
		curl_multi_cleanup(sn->sn_multi);
		sched_queue_free(&sn->sn_named);
		sched_destroy(&sn->sn_sched);
		free(sn->sn_easy);
		free(sn);
		return NULL;
	}
	(void)pthread_setname_np(sn->sn_thread, "sender");	/* for top -H, perf */
	return sn;
}

void
sender_stop(struct sender *sn)
{
	if (sn == NULL)
		return;
	sched_stop(&sn->sn_sched);
	pthread_join(sn->sn_thread, NULL);
	if (sender_flush(sn) == -1) {
		struct send_rec *rc;

		while ((rc = sn->sn_unrec) != NULL) {
			/* The lease brings the row back: it may be sent once more. */
			log_error("send unrecorded id=%lld kind=%d reason=\"database unavailable at stop\"",
			    (long long)rc->rc_id, (int)rc->rc_kind);
			sn->sn_unrec = rc->rc_next;
			sender_rec_free(rc);
		}
	}
	while (sn->sn_neasy > 0)
		curl_easy_cleanup(sn->sn_easy[--sn->sn_neasy]);
	free(sn->sn_easy);
	curl_multi_cleanup(sn->sn_multi);
	if (sn->sn_conn != NULL)
		db_close(sn->sn_conn);
	sched_queue_free(&sn->sn_named);
	sched_destroy(&sn->sn_sched);
	free(sn);
}
