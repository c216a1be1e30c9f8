/*
 * request.c — the per-request context and the replies.
 *
 * A context is created in MHD's URI callback (http.c), which also keeps
 * the raw request target (Twilio signs the URL with its query), collects
 * the body up to [http] max_body, and is freed in MHD's completion
 * callback after the handler's hd_end. Every reply goes through
 * request_reply, which counts it in the metrics and marks the request
 * answered.
 *
 * Locking: none. A context is used by one thread at a time: an MHD
 * thread, or, while suspended, whoever resumes it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>
#include <microhttpd.h>

#include "config.h"
#include "crypto.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "request.h"
#include "util.h"

#define REQUEST_INTERNAL_ERROR	"{\"error\":\"internal error\"}"

/* Monotonic microseconds, for the webhook latency histogram. */
static int64_t
request_mono_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

struct request *
request_new(struct app *app, const char *uri, struct MHD_Connection *conn)
{
	struct request *rq;

	rq = xcalloc(1, sizeof(*rq));
	rq->rq_app = app;
	rq->rq_conn = conn;
	rq->rq_phase = RQ_NEW;
	rq->rq_route = ROUTE_OTHER;
	rq->rq_start_us = request_mono_us();
	rq->rq_uri = xstrndup(uri != NULL ? uri : "", HTTP_URI_MAX);
	buf_init(&rq->rq_body, (size_t)app->ap_cfg->http_max_body);
	snprintf(rq->rq_id, sizeof(rq->rq_id), "%016llx",
	    (unsigned long long)crypto_random_below(UINT64_MAX));
	return rq;
}

void
request_take_id(struct request *rq)
{
	const char *v = MHD_lookup_connection_value(rq->rq_conn, MHD_HEADER_KIND,
	    "X-Request-Id");
	size_t n;

	if (v != NULL && (n = strlen(v)) > 0 && n <= LOG_RID_MAX &&
	    strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == n)
		memcpy(rq->rq_id, v, n + 1);
	log_ctx_set_rid(rq->rq_id);
}

void
request_free(struct request *rq)
{
	if (rq == NULL)
		return;
	if (rq->rq_handler != NULL && rq->rq_handler->hd_end != NULL)
		rq->rq_handler->hd_end(rq);
	buf_free(&rq->rq_body);
	for (size_t i = 0; i < rq->rq_nhdr; i++) {
		free(rq->rq_hdr_name[i]);
		free(rq->rq_hdr_value[i]);
	}
	free(rq->rq_uri);
	free(rq);
}

enum MHD_Result
request_feed_body(struct request *rq, const char *data, size_t len)
{
	if (rq->rq_too_large) {
		rq->rq_dropped += len;
		if (rq->rq_dropped > rq->rq_body.max) {
			log_warn("http body_cut_off route=%s bytes_over=%zu",
			    metrics_route_name(rq->rq_route), rq->rq_dropped);
			return MHD_NO;
		}
	} else if (buf_append(&rq->rq_body, data, len) == -1) {
		rq->rq_too_large = 1;
		rq->rq_dropped = len;
		buf_free(&rq->rq_body);
	}
	return MHD_YES;
}

/*
 * The response's headers: Content-Type, Cache-Control, Allow on a 405,
 * and Connection: close when the request asked us to close (rq_close).
 */
static int
request_add_headers(struct request *rq, struct MHD_Response *resp, unsigned int status,
    const char *content_type)
{
	if (MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type) != MHD_YES ||
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store") != MHD_YES)
		return -1;
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED && rq->rq_allow != NULL &&
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, rq->rq_allow) != MHD_YES)
		return -1;
	if (rq->rq_close &&
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close") != MHD_YES)
		return -1;
	if (MHD_add_response_header(resp, "X-Request-Id", rq->rq_id) != MHD_YES)
		return -1;
	for (size_t i = 0; i < rq->rq_nhdr; i++)
		if (MHD_add_response_header(resp, rq->rq_hdr_name[i], rq->rq_hdr_value[i]) != MHD_YES)
			return -1;
	return 0;
}

int
request_add_header(struct request *rq, const char *name, const char *value)
{
	if (rq->rq_nhdr >= REQUEST_HEADERS_MAX)
		return -1;
	rq->rq_hdr_name[rq->rq_nhdr] = xstrdup(name);
	rq->rq_hdr_value[rq->rq_nhdr] = xstrdup(value);
	rq->rq_nhdr++;
	return 0;
}

enum MHD_Result
request_reply(struct request *rq, unsigned int status, const char *content_type,
    const char *body, size_t len)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	rq->rq_phase = RQ_ANSWERED;
	metrics_http_request(rq->rq_route, status);
	if (status == MHD_HTTP_OK && (rq->rq_route == ROUTE_WEBHOOK_WHATSAPP ||
	    rq->rq_route == ROUTE_WEBHOOK_TWILIO))
		metrics_webhook_ack(request_mono_us() - rq->rq_start_us);
	resp = MHD_create_response_from_buffer(len, (void *)(uintptr_t)body,
	    MHD_RESPMEM_MUST_COPY);
	if (resp == NULL) {
		log_error("http_error msg=\"cannot create response\"");
		return MHD_NO;
	}
	if (request_add_headers(rq, resp, status, content_type) == -1) {
		MHD_destroy_response(resp);
		return MHD_NO;
	}
	ret = MHD_queue_response(rq->rq_conn, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

enum MHD_Result
request_reply_response(struct request *rq, unsigned int status, struct MHD_Response *resp)
{
	rq->rq_phase = RQ_ANSWERED;
	metrics_http_request(rq->rq_route, status);
	return MHD_queue_response(rq->rq_conn, status, resp);
}

enum MHD_Result
request_reply_error(struct request *rq, unsigned int status, const char *msg)
{
	json_t *o;
	char *s;
	enum MHD_Result ret;

	o = json_pack("{s:s}", "error", msg);
	s = o != NULL ? json_dumps(o, JSON_COMPACT) : NULL;
	json_decref(o);
	if (s == NULL)
		return request_reply(rq, status, "application/json",
		    REQUEST_INTERNAL_ERROR, strlen(REQUEST_INTERNAL_ERROR));
	ret = request_reply(rq, status, "application/json", s, strlen(s));
	free(s);
	return ret;
}

enum MHD_Result
request_reply_method(struct request *rq, const char *allow)
{
	rq->rq_allow = allow;
	return request_reply_error(rq, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
}

const char *
request_header(struct request *rq, const char *name)
{
	return MHD_lookup_connection_value(rq->rq_conn, MHD_HEADER_KIND, name);
}

const char *
request_query(struct request *rq, const char *name)
{
	return MHD_lookup_connection_value(rq->rq_conn, MHD_GET_ARGUMENT_KIND, name);
}

int
request_content_type_is(struct request *rq, const char *mime)
{
	const char *ct;
	size_t n = strlen(mime);

	ct = request_header(rq, MHD_HTTP_HEADER_CONTENT_TYPE);
	if (ct == NULL)
		return 0;
	while (*ct == ' ' || *ct == '\t')
		ct++;
	if (strncasecmp(ct, mime, n) != 0)
		return 0;
	ct += n;
	while (*ct == ' ' || *ct == '\t')
		ct++;
	return *ct == '\0' || *ct == ';';
}

int
request_method_is_get(const char *method)
{
	return strcmp(method, MHD_HTTP_METHOD_GET) == 0 ||
	    strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
}

void
request_suspend(struct request *rq)
{
	rq->rq_phase = RQ_WAITING;
	MHD_suspend_connection(rq->rq_conn);
}

void
request_resume(struct request *rq)
{
	struct MHD_Connection *conn = rq->rq_conn;

	rq->rq_phase = RQ_DONE;
	MHD_resume_connection(conn);	/* rq is MHD's again: not touched after this */
}
