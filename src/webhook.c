/*
 * webhook.c — the provider webhooks.
 *
 * GET /webhook/whatsapp answers Meta's verification handshake. POST
 * /webhook/whatsapp and POST /webhook/twilio run their checks in one order
 * — channel on, content type, size (declared, then actual), signature over
 * the raw body, parse — and answer the first that fails without storing
 * anything. A delivery that passes is handed to ingest (ingest.h): the
 * connection is suspended and answered after the commit (200), or with 503
 * when the database could not take it, so that the provider retries.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "config.h"
#include "dialogue.h"
#include "ingest.h"
#include "log.h"
#include "praatpaal.h"
#include "scrub.h"
#include "twilio.h"
#include "util.h"
#include "webhook.h"
#include "whatsapp.h"

#define TWIML_EMPTY	"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
#define WA_STORED	"{\"status\":\"stored\"}"

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
webhook_declared_too_large(struct http_request *rq)
{
	const char *cl;
	long long n;

	cl = MHD_lookup_connection_value(rq->rq_conn, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl == NULL || util_parse_ll(cl, 0, LLONG_MAX, &n) == -1)
		return 0;	/* absent or odd: the actual size is checked as it arrives */
	return n > rq->rq_app->ap_cfg->http_max_body;
}

static enum MHD_Result
webhook_too_large(struct http_request *rq)
{
	char msg[96];

	snprintf(msg, sizeof(msg), "body larger than %lld bytes",
	    rq->rq_app->ap_cfg->http_max_body);
	return http_reply_error(rq, MHD_HTTP_CONTENT_TOO_LARGE, msg);
}

/* Meta's verification: hub.mode=subscribe and our verify token. */
static enum MHD_Result
webhook_whatsapp_verify(struct http_request *rq)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
	const char *mode, *token, *challenge;

	mode = MHD_lookup_connection_value(rq->rq_conn, MHD_GET_ARGUMENT_KIND, "hub.mode");
	token = MHD_lookup_connection_value(rq->rq_conn, MHD_GET_ARGUMENT_KIND, "hub.verify_token");
	challenge = MHD_lookup_connection_value(rq->rq_conn, MHD_GET_ARGUMENT_KIND, "hub.challenge");
	if (mode == NULL || strcmp(mode, "subscribe") != 0 || challenge == NULL ||
	    !webhook_secret_equal(token, cfg->wa_verify_token)) {
		log_warn("webhook verify_refused channel=whatsapp");
		return http_reply_error(rq, MHD_HTTP_FORBIDDEN, "verification failed");
	}
	log_info("webhook verified channel=whatsapp");
	return http_reply(rq, MHD_HTTP_OK, "text/plain; charset=utf-8", challenge, strlen(challenge));
}

enum MHD_Result
webhook_whatsapp_begin(struct http_request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;

	if (strcmp(method, MHD_HTTP_METHOD_GET) == 0)
		return MHD_YES;		/* verified once the (empty) body is in */
	if (strcmp(method, MHD_HTTP_METHOD_POST) != 0)
		return http_reply_method(rq, "GET, POST");
	if (!config_whatsapp_enabled(cfg))
		return http_reply_error(rq, MHD_HTTP_NOT_FOUND, "the WhatsApp channel is not configured");
	if (!http_content_type_is(rq->rq_conn, "application/json"))
		return http_reply_error(rq, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		    "content type must be application/json");
	if (webhook_declared_too_large(rq))
		return webhook_too_large(rq);
	return MHD_YES;
}

enum MHD_Result
webhook_twilio_begin(struct http_request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;

	if (strcmp(method, MHD_HTTP_METHOD_POST) != 0)
		return http_reply_method(rq, "POST");
	if (!config_twilio_enabled(cfg))
		return http_reply_error(rq, MHD_HTTP_NOT_FOUND, "the Twilio channel is not configured");
	if (!http_content_type_is(rq->rq_conn, "application/x-www-form-urlencoded"))
		return http_reply_error(rq, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		    "content type must be application/x-www-form-urlencoded");
	if (webhook_declared_too_large(rq))
		return webhook_too_large(rq);
	return MHD_YES;
}

/* The answer once the payload is stored (or there was nothing to store). */
static enum MHD_Result
webhook_stored(struct http_request *rq)
{
	if (rq->rq_route == ROUTE_WEBHOOK_TWILIO)
		return http_reply(rq, MHD_HTTP_OK, "text/xml", TWIML_EMPTY, strlen(TWIML_EMPTY));
	return http_reply(rq, MHD_HTTP_OK, "application/json", WA_STORED, strlen(WA_STORED));
}

/*
 * Hand a parsed, non-empty payload to ingest: suspended until committed.
 * Messages with crisis words are marked, so that their contacts are
 * stepped before any backlog (worker.c).
 */
static enum MHD_Result
webhook_submit(struct http_request *rq)
{
	struct payload *pl = &rq->rq_payload;

	if (pl->pl_nmsgs == 0 && pl->pl_nstats == 0)
		return webhook_stored(rq);
	if (rq->rq_app->ap_dialogue != NULL)
		for (size_t i = 0; i < pl->pl_nmsgs; i++)
			pl->pl_msgs[i].in_urgent = dialogue_crisis_words(rq->rq_app->ap_dialogue,
			    &pl->pl_msgs[i]);
	buf_free(&rq->rq_body);		/* parsed: only the payload waits for the commit */
	if (ingest_submit(rq->rq_app->ap_ingest, rq) == -1)
		return http_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE,
		    "database unavailable, try again later");
	/* rq now belongs to ingest until it resumes the connection. */
	return MHD_YES;
}

enum MHD_Result
webhook_whatsapp_body(struct http_request *rq, const char *method)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
	const char *sig, *body;
	char err[256], safe[256];

	if (strcmp(method, MHD_HTTP_METHOD_GET) == 0)
		return webhook_whatsapp_verify(rq);
	if (rq->rq_too_large)
		return webhook_too_large(rq);
	body = rq->rq_body.data != NULL ? rq->rq_body.data : "";
	sig = MHD_lookup_connection_value(rq->rq_conn, MHD_HEADER_KIND, "X-Hub-Signature-256");
	if (sig == NULL || cfg->wa_app_secret == NULL ||
	    wa_verify_signature(cfg->wa_app_secret, sig, body, rq->rq_body.len) == -1) {
		log_warn("webhook signature_rejected channel=whatsapp present=%d", sig != NULL);
		return http_reply_error(rq, MHD_HTTP_UNAUTHORIZED,
		    sig == NULL ? "missing X-Hub-Signature-256" : "bad X-Hub-Signature-256");
	}
	if (wa_parse(body, rq->rq_body.len, &rq->rq_payload, err, sizeof(err)) == -1) {
		scrub_numbers(err, safe, sizeof(safe));
		log_warn("webhook malformed channel=whatsapp error=\"%s\"", safe);
		return http_reply_error(rq, MHD_HTTP_BAD_REQUEST, err);
	}
	return webhook_submit(rq);
}

enum MHD_Result
webhook_twilio_body(struct http_request *rq)
{
	const struct config *cfg = rq->rq_app->ap_cfg;
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
		return http_reply_error(rq, MHD_HTTP_BAD_REQUEST, err);
	}
	/* Twilio signs the URL it called: our public URL + the raw target. */
	sig = MHD_lookup_connection_value(rq->rq_conn, MHD_HEADER_KIND, "X-Twilio-Signature");
	url = xasprintf("%s%s", cfg->http_public_url != NULL ? cfg->http_public_url : "",
	    rq->rq_uri);
	if (sig == NULL || cfg->tw_auth_token == NULL ||
	    tw_verify_signature(cfg->tw_auth_token, url, &form, sig) == -1) {
		log_warn("webhook signature_rejected channel=sms present=%d", sig != NULL);
		ret = http_reply_error(rq, MHD_HTTP_UNAUTHORIZED,
		    sig == NULL ? "missing X-Twilio-Signature" : "bad X-Twilio-Signature");
		goto out;
	}
	if (tw_parse(&form, util_now_ms(), &rq->rq_payload, err, sizeof(err)) == -1) {
		scrub_numbers(err, safe, sizeof(safe));
		log_warn("webhook malformed channel=sms error=\"%s\"", safe);
		ret = http_reply_error(rq, MHD_HTTP_BAD_REQUEST, err);
		goto out;
	}
	ret = webhook_submit(rq);
out:
	free(url);
	form_free(&form);
	return ret;
}

enum MHD_Result
webhook_finish(struct http_request *rq)
{
	ingest_answered(rq->rq_app->ap_ingest);
	if (rq->rq_ingest_status == MHD_HTTP_OK)
		return webhook_stored(rq);
	return http_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE,
	    "database unavailable, try again later");
}
