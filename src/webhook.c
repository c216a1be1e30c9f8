/*
 * webhook.c — the provider webhooks.
 *
 * GET /webhook/whatsapp answers Meta's verification handshake. POST
 * /webhook/whatsapp and POST /webhook/twilio run their checks in one order
 * — channel on, content type, size (declared, then actual), signature over
 * the raw body, parse — and answer the first that fails without storing
 * anything. A status that carries a send's echo (WhatsApp's
 * biz_opaque_callback_data, the "out" query of our Twilio StatusCallback
 * URL) names its outbox row once the echo's mac checks out, so that ingest
 * can record a send whose answer was never recorded. A delivery that
 * passes is handed to ingest (ingest.h) as a
 * job whose callbacks suspend the connection and resume it after the
 * commit; it is then answered with 200, or with 503 when the database
 * could not take it, so that the provider retries.
 *
 * Locking: none. A delivery (the request's rq_data) is used by the MHD
 * thread of its request, and by the ingest thread between holding and
 * finishing its job, never by both at once.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "config.h"
#include "crypto.h"
#include "dialogue.h"
#include "ingest.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "request.h"
#include "scrub.h"
#include "twilio.h"
#include "util.h"
#include "webhook.h"
#include "whatsapp.h"

#define TWIML_EMPTY	"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
#define WA_STORED	"{\"status\":\"stored\"}"

/* A delivery whose signature was accepted: the rq_data of its request. */
struct webhook_delivery {
	struct request		*wd_rq;
	enum channel		 wd_channel;
	struct payload		 wd_payload;	/* parsed, stored by ingest */
	struct ingest_job	 wd_job;
	unsigned int		 wd_status;	/* 200 stored, 503 not (set before resume) */
};

/* 1 if a and b are equal strings; time depends only on their lengths. */
static int
webhook_secret_equal(const char *a, const char *b)
{
	size_t n;

	if (a == NULL || b == NULL)
		return 0;
	n = strlen(a);
	if (n != strlen(b) || n == 0)
		return 0;
	return util_ct_equal(a, b, n);
}

/* The declared body size is over the ceiling: answer 413 before reading it. */
static int
webhook_declared_too_large(struct request *rq)
{
	const char *cl;
	long long n;

	cl = request_header(rq, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl == NULL || util_parse_ll(cl, 0, LLONG_MAX, &n) == -1)
		return 0;	/* absent or odd: the actual size is checked as it arrives */
	return n > rq->rq_app->ap_cfg->http_max_body;
}

static enum MHD_Result
webhook_too_large(struct request *rq)
{
	char msg[96];

	snprintf(msg, sizeof(msg), "body larger than %lld bytes",
	    rq->rq_app->ap_cfg->http_max_body);
	return request_reply_error(rq, MHD_HTTP_CONTENT_TOO_LARGE, msg);
}

/* Meta's verification: hub.mode=subscribe and our verify token. */
static enum MHD_Result
webhook_whatsapp_verify(struct request *rq)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
	const char *mode, *token, *challenge;

	mode = request_query(rq, "hub.mode");
	token = request_query(rq, "hub.verify_token");
	challenge = request_query(rq, "hub.challenge");
	if (mode == NULL || strcmp(mode, "subscribe") != 0 || challenge == NULL ||
	    !webhook_secret_equal(token, cfg->wa_verify_token)) {
		log_warn("webhook verify_refused channel=whatsapp");
		return request_reply_error(rq, MHD_HTTP_FORBIDDEN, "verification failed");
	}
	log_info("webhook verified channel=whatsapp");
	return request_reply(rq, MHD_HTTP_OK, "text/plain; charset=utf-8", challenge, strlen(challenge));
}

static enum MHD_Result
webhook_whatsapp_begin(struct request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;

	if (strcmp(method, MHD_HTTP_METHOD_GET) == 0)
		return MHD_YES;		/* verified once the (empty) body is in */
	if (strcmp(method, MHD_HTTP_METHOD_POST) != 0)
		return request_reply_method(rq, "GET, POST");
	if (!config_whatsapp_enabled(cfg))
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "the WhatsApp channel is not configured");
	if (!request_content_type_is(rq, "application/json"))
		return request_reply_error(rq, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		    "content type must be application/json");
	if (webhook_declared_too_large(rq))
		return webhook_too_large(rq);
	return MHD_YES;
}

static enum MHD_Result
webhook_twilio_begin(struct request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;

	if (strcmp(method, MHD_HTTP_METHOD_POST) != 0)
		return request_reply_method(rq, "POST");
	if (!config_twilio_enabled(cfg))
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "the Twilio channel is not configured");
	if (!request_content_type_is(rq, "application/x-www-form-urlencoded"))
		return request_reply_error(rq, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		    "content type must be application/x-www-form-urlencoded");
	if (webhook_declared_too_large(rq))
		return webhook_too_large(rq);
	return MHD_YES;
}

/* The answer once the payload is stored (or there was nothing to store). */
static enum MHD_Result
webhook_stored(struct request *rq, enum channel ch)
{
	if (ch == CHANNEL_SMS)
		return request_reply(rq, MHD_HTTP_OK, "text/xml", TWIML_EMPTY, strlen(TWIML_EMPTY));
	return request_reply(rq, MHD_HTTP_OK, "application/json", WA_STORED, strlen(WA_STORED));
}

/* ij_hold: the request waits, suspended, for its commit. */
static void
webhook_hold(void *arg)
{
	struct webhook_delivery *wd = arg;

	request_suspend(wd->wd_rq);
}

/* ij_done (ingest thread): note the status and let MHD answer (webhook_resume). */
static void
webhook_done(void *arg, unsigned int status)
{
	struct webhook_delivery *wd = arg;

	wd->wd_status = status;
	request_resume(wd->wd_rq);
}

/* The request's delivery, made on first use; freed by webhook_end. */
static struct webhook_delivery *
webhook_delivery(struct request *rq, enum channel ch)
{
	struct webhook_delivery *wd;

	if (rq->rq_data != NULL)
		return rq->rq_data;
	wd = xcalloc(1, sizeof(*wd));
	wd->wd_rq = rq;
	wd->wd_channel = ch;
	wd->wd_job.ij_payload = &wd->wd_payload;
	wd->wd_job.ij_channel = ch;
	wd->wd_job.ij_hold = webhook_hold;
	wd->wd_job.ij_done = webhook_done;
	wd->wd_job.ij_arg = wd;
	rq->rq_data = wd;
	return wd;
}

/*
 * The outbox rows the statuses' echoes name (st_out_id), for echoes made
 * with our key; another echo names nothing (logged without its content),
 * and the status is applied by its provider id alone.
 */
static void
webhook_echoes(const struct config *cfg, struct payload *pl)
{
	size_t foreign = 0;

	for (size_t i = 0; i < pl->pl_nstats; i++) {
		struct status_update *st = &pl->pl_stats[i];

		if (st->st_echo == NULL)
			continue;
		if (crypto_echo_check(cfg->pseudonym_key, st->st_echo, &st->st_out_id) == -1) {
			st->st_out_id = 0;
			foreign++;
		}
	}
	if (foreign > 0)
		log_warn("webhook echo_unknown statuses=%zu reason=\"not made with our "
		    "pseudonym_key: applied by provider id only\"", foreign);
}

/*
 * Hand a parsed, non-empty payload to ingest: suspended until committed.
 * Messages with crisis words are marked, so that their contacts are
 * stepped before any backlog (worker.c).
 */
static enum MHD_Result
webhook_submit(struct request *rq, struct webhook_delivery *wd)
{
	struct payload *pl = &wd->wd_payload;

	if (pl->pl_nmsgs == 0 && pl->pl_nstats == 0)
		return webhook_stored(rq, wd->wd_channel);
	webhook_echoes(rq->rq_app->ap_cfg, pl);
	if (rq->rq_app->ap_dialogue != NULL)
		for (size_t i = 0; i < pl->pl_nmsgs; i++)
			pl->pl_msgs[i].in_urgent = dialogue_crisis_words(rq->rq_app->ap_dialogue,
			    &pl->pl_msgs[i]);
	buf_free(&rq->rq_body);		/* parsed: only the payload waits for the commit */
	if (ingest_submit(rq->rq_app->ap_ingest, &wd->wd_job) == -1)
		return request_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE,
		    "database unavailable, try again later");
	/* The job now belongs to ingest until webhook_done resumes the request. */
	return MHD_YES;
}

static enum MHD_Result
webhook_whatsapp_body(struct request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
	struct webhook_delivery *wd;
	const char *sig, *body;
	char err[256], safe[256];

	if (strcmp(method, MHD_HTTP_METHOD_GET) == 0)
		return webhook_whatsapp_verify(rq);
	if (rq->rq_too_large)
		return webhook_too_large(rq);
	body = rq->rq_body.data != NULL ? rq->rq_body.data : "";
	sig = request_header(rq, "X-Hub-Signature-256");
	if (sig == NULL || cfg->wa_app_secret == NULL ||
	    wa_verify_signature(cfg->wa_app_secret, sig, body, rq->rq_body.len) == -1) {
		log_warn("webhook signature_rejected channel=whatsapp present=%d", sig != NULL);
		return request_reply_error(rq, MHD_HTTP_UNAUTHORIZED,
		    sig == NULL ? "missing X-Hub-Signature-256" : "bad X-Hub-Signature-256");
	}
	wd = webhook_delivery(rq, CHANNEL_WHATSAPP);
	if (wa_parse_for(body, rq->rq_body.len, cfg->wa_phone_number_id, &wd->wd_payload,
	    err, sizeof(err)) == -1) {
		scrub_numbers(err, safe, sizeof(safe));
		log_warn("webhook malformed channel=whatsapp error=\"%s\"", safe);
		return request_reply_error(rq, MHD_HTTP_BAD_REQUEST, err);
	}
	for (size_t i = 0; i < PAYLOAD_IGNORE_COUNT; i++)
		if (wd->wd_payload.pl_ignored[i] > 0)
			metrics_webhook_ignored((enum payload_ignore)i, wd->wd_payload.pl_ignored[i]);
	return webhook_submit(rq, wd);
}

/*
 * X-Twilio-Signature over url and the form: with the account's auth token
 * (HMAC-SHA1), or, when X-Twilio-Webhooks-Signature-Settings names
 * HMAC-SHA256, with [twilio] shared_key. 0 valid; -1 not (logged).
 */
static int
webhook_twilio_signed(const struct config *cfg, struct request *rq, const char *url,
    const struct form *form, const char *sig)
{
	const char *settings, *key;
	enum tw_sig_alg alg;

	settings = request_header(rq, "X-Twilio-Webhooks-Signature-Settings");
	if (tw_signature_algorithm(settings, &alg) == -1) {
		log_warn("webhook signature_rejected channel=sms reason=\"unknown algorithm in "
		    "X-Twilio-Webhooks-Signature-Settings\"");
		return -1;
	}
	key = alg == TW_SIG_HMAC_SHA256 ? cfg->tw_shared_key : cfg->tw_auth_token;
	if (sig == NULL || key == NULL || tw_verify_signature_alg(key, alg, url, form, sig) == -1) {
		log_warn("webhook signature_rejected channel=sms present=%d algorithm=%s%s",
		    sig != NULL, alg == TW_SIG_HMAC_SHA256 ? "hmac_sha256" : "hmac_sha1",
		    key == NULL ? " reason=\"no [twilio] shared_key configured\"" : "");
		return -1;
	}
	return 0;
}

/*
 * A status callback to the URL our send named carries the send's echo in
 * its "out" query parameter (covered by the signature): the statuses of
 * this request get it.
 */
static void
webhook_twilio_echo(struct request *rq, struct payload *pl)
{
	const char *echo = request_query(rq, "out");

	if (echo == NULL || echo[0] == '\0' || strlen(echo) > OUTBOX_ECHO_IN_MAX)
		return;
	for (size_t i = 0; i < pl->pl_nstats; i++)
		if (pl->pl_stats[i].st_echo == NULL)
			pl->pl_stats[i].st_echo = xstrdup(echo);
}

static enum MHD_Result
webhook_twilio_body(struct request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
	struct webhook_delivery *wd;
	struct form form = { NULL, 0 };
	const char *sig, *body;
	char err[256], safe[256], *url = NULL;
	enum MHD_Result ret;

	if (rq->rq_too_large)
		return webhook_too_large(rq);
	body = rq->rq_body.data != NULL ? rq->rq_body.data : "";
	if (form_parse(body, rq->rq_body.len, &form, err, sizeof(err)) == -1) {
		scrub_numbers(err, safe, sizeof(safe));
		log_warn("webhook malformed channel=sms error=\"%s\"", safe);
		return request_reply_error(rq, MHD_HTTP_BAD_REQUEST, err);
	}
	/* Twilio signs the URL it called: our public URL + the raw target. */
	sig = request_header(rq, "X-Twilio-Signature");
	url = xasprintf("%s%s", cfg->http_public_url != NULL ? cfg->http_public_url : "",
	    rq->rq_uri);
	if (webhook_twilio_signed(cfg, rq, url, &form, sig) == -1) {
		ret = request_reply_error(rq, MHD_HTTP_UNAUTHORIZED,
		    sig == NULL ? "missing X-Twilio-Signature" : "bad X-Twilio-Signature");
		goto out;
	}
	wd = webhook_delivery(rq, CHANNEL_SMS);
	if (tw_parse(&form, util_now_ms(), &wd->wd_payload, err, sizeof(err)) == -1) {
		scrub_numbers(err, safe, sizeof(safe));
		log_warn("webhook malformed channel=sms error=\"%s\"", safe);
		ret = request_reply_error(rq, MHD_HTTP_BAD_REQUEST, err);
		goto out;
	}
	webhook_twilio_echo(rq, &wd->wd_payload);
	ret = webhook_submit(rq, wd);
out:
	free(url);
	form_free(&form);
	return ret;
}

/* hd_resume: ingest finished the delivery's job; answer by its status. */
static enum MHD_Result
webhook_resume(struct request *rq)
{
	struct webhook_delivery *wd = rq->rq_data;

	ingest_answered(rq->rq_app->ap_ingest);
	if (wd->wd_status == MHD_HTTP_OK)
		return webhook_stored(rq, wd->wd_channel);
	return request_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE,
	    "database unavailable, try again later");
}

/* hd_end: free the delivery, and tell ingest of a resumed request that was never answered. */
static void
webhook_end(struct request *rq)
{
	struct webhook_delivery *wd = rq->rq_data;

	/* Resumed after its commit, but the client left before the answer. */
	if (rq->rq_phase == RQ_DONE)
		ingest_answered(rq->rq_app->ap_ingest);
	if (wd != NULL) {
		payload_free(&wd->wd_payload);
		free(wd);
		rq->rq_data = NULL;
	}
}

const struct handler webhook_whatsapp_handler = {
	.hd_begin = webhook_whatsapp_begin,
	.hd_body = webhook_whatsapp_body,
	.hd_resume = webhook_resume,
	.hd_end = webhook_end,
};

const struct handler webhook_twilio_handler = {
	.hd_begin = webhook_twilio_begin,
	.hd_body = webhook_twilio_body,
	.hd_resume = webhook_resume,
	.hd_end = webhook_end,
};
