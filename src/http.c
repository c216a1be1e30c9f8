/*
 * http.c — the HTTP server: libmicrohttpd with a pool of polling threads,
 * every limit set from the configuration, routing, per-request contexts
 * and the reply helpers.
 *
 * A request's context (struct http_request) is created in MHD's URI
 * callback, which also keeps the raw request target (Twilio signs the URL
 * with its query), and freed in the completion callback. The access
 * handler is a small state machine over rq_phase: headers (route and the
 * checks that need no body), body (accumulated with a ceiling), then the
 * handler; a webhook may suspend its connection until ingest resumes it.
 */
#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>

#include "config.h"
#include "db.h"
#include "http.h"
#include "ingest.h"
#include "log.h"
#include "metrics.h"
#include "migrate.h"
#include "praatpaal.h"
#include "util.h"
#include "webhook.h"

#define HTTP_METRICS_MAX	(1024 * 1024)	/* bytes of a /metrics answer */

struct http_server {
	struct app		*hs_app;
	struct MHD_Daemon	*hs_daemon;
	struct sockaddr_storage	 hs_addr;
	MHD_socket		 hs_quiesced;	/* listen socket after quiesce; closed at stop */
};

/* ---- replies ------------------------------------------------------------ */

enum MHD_Result
http_reply(struct http_request *rq, unsigned int status, const char *content_type,
    const char *body, size_t len)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	rq->rq_phase = RQ_ANSWERED;
	metrics_http_request(rq->rq_route, status);
	resp = MHD_create_response_from_buffer(len, (void *)(uintptr_t)body,
	    MHD_RESPMEM_MUST_COPY);
	if (resp == NULL) {
		log_error("http_error msg=\"cannot create response\"");
		return MHD_NO;
	}
	if (MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type) != MHD_YES ||
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store") != MHD_YES) {
		MHD_destroy_response(resp);
		return MHD_NO;
	}
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED && rq->rq_allow != NULL &&
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, rq->rq_allow) != MHD_YES) {
		MHD_destroy_response(resp);
		return MHD_NO;
	}
	ret = MHD_queue_response(rq->rq_conn, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

enum MHD_Result
http_reply_error(struct http_request *rq, unsigned int status, const char *msg)
{
	json_t *o;
	char *s;
	enum MHD_Result ret;

	o = json_pack("{s:s}", "error", msg);
	s = o != NULL ? json_dumps(o, JSON_COMPACT) : NULL;
	json_decref(o);
	if (s == NULL)
		return http_reply(rq, status, "application/json",
		    "{\"error\":\"internal error\"}", strlen("{\"error\":\"internal error\"}"));
	ret = http_reply(rq, status, "application/json", s, strlen(s));
	free(s);
	return ret;
}

enum MHD_Result
http_reply_method(struct http_request *rq, const char *allow)
{
	rq->rq_allow = allow;
	return http_reply_error(rq, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
}

int
http_content_type_is(struct MHD_Connection *conn, const char *mime)
{
	const char *ct;
	size_t n = strlen(mime);

	ct = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
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

/* ---- built-in routes ------------------------------------------------------ */

/* The database's schema version through a pooled connection: 0, or -1 with err. */
static int
http_db_version(struct db_pool *pool, int *version, char *err, size_t errlen)
{
	PGconn *conn;
	int rc;

	if ((conn = db_acquire(pool, err, errlen)) == NULL)
		return -1;
	rc = db_schema_version(conn, version, err, errlen);
	db_release(pool, conn);		/* a broken connection is closed here */
	return rc;
}

static enum MHD_Result
http_readyz(struct http_request *rq)
{
	struct app *app = rq->rq_app;
	char err[256], msg[320];
	int version = 0, latest = migrate_latest();

	/* Once more on failure: a pooled connection may predate a database restart. */
	if (http_db_version(app->ap_pool, &version, err, sizeof(err)) == -1 &&
	    http_db_version(app->ap_pool, &version, err, sizeof(err)) == -1) {
		snprintf(msg, sizeof(msg), "database unavailable: %s", err);
		return http_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE, msg);
	}
	if (version != latest) {
		snprintf(msg, sizeof(msg), "database schema is at version %d, this binary needs %d",
		    version, latest);
		return http_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE, msg);
	}
	return http_reply(rq, MHD_HTTP_OK, "text/plain; charset=utf-8", "ready\n", 6);
}

static enum MHD_Result
http_metrics(struct http_request *rq)
{
	struct buf b;
	enum MHD_Result ret;

	buf_init(&b, HTTP_METRICS_MAX);
	if (metrics_render(&b) == -1) {
		buf_free(&b);
		return http_reply_error(rq, MHD_HTTP_INTERNAL_SERVER_ERROR, "metrics too large");
	}
	ret = http_reply(rq, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8",
	    b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	return ret;
}

static int
http_is_get(const char *method)
{
	return strcmp(method, MHD_HTTP_METHOD_GET) == 0 ||
	    strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
}

/*
 * First call of a request: headers are in, no body yet. Only refusals are
 * answered here (MHD then closes the connection rather than read a body
 * nobody wants); everything else is answered once the body is in, which
 * keeps the connection alive for the next request.
 */
static enum MHD_Result
http_begin(struct http_request *rq, const char *url, const char *method)
{
	if (strcmp(url, "/healthz") == 0)
		rq->rq_route = ROUTE_HEALTHZ;
	else if (strcmp(url, "/readyz") == 0)
		rq->rq_route = ROUTE_READYZ;
	else if (strcmp(url, "/metrics") == 0)
		rq->rq_route = ROUTE_METRICS;
	else if (strcmp(url, "/webhook/whatsapp") == 0) {
		rq->rq_route = ROUTE_WEBHOOK_WHATSAPP;
		return webhook_whatsapp_begin(rq, method);
	} else if (strcmp(url, "/webhook/twilio") == 0) {
		rq->rq_route = ROUTE_WEBHOOK_TWILIO;
		return webhook_twilio_begin(rq, method);
	} else
		return http_reply_error(rq, MHD_HTTP_NOT_FOUND, "not found");
	if (!http_is_get(method))
		return http_reply_method(rq, "GET, HEAD");
	return MHD_YES;
}

/* The whole body is in (or was too large). */
static enum MHD_Result
http_body_done(struct http_request *rq, const char *method)
{
	switch (rq->rq_route) {
	case ROUTE_HEALTHZ:
		return http_reply(rq, MHD_HTTP_OK, "text/plain; charset=utf-8", "ok\n", 3);
	case ROUTE_READYZ:
		return http_readyz(rq);
	case ROUTE_METRICS:
		return http_metrics(rq);
	case ROUTE_WEBHOOK_WHATSAPP:
		return webhook_whatsapp_body(rq, method);
	case ROUTE_WEBHOOK_TWILIO:
		return webhook_twilio_body(rq);
	default:
		return http_reply_error(rq, MHD_HTTP_NOT_FOUND, "not found");
	}
}

/* ---- MHD callbacks -------------------------------------------------------- */

static struct http_request *
http_request_new(struct app *app, const char *uri, struct MHD_Connection *conn)
{
	struct http_request *rq;

	rq = xcalloc(1, sizeof(*rq));
	rq->rq_app = app;
	rq->rq_conn = conn;
	rq->rq_phase = RQ_NEW;
	rq->rq_route = ROUTE_OTHER;
	rq->rq_uri = xstrndup(uri != NULL ? uri : "", HTTP_URI_MAX);
	buf_init(&rq->rq_body, (size_t)app->ap_cfg->http_max_body);
	return rq;
}

static void
http_request_free(struct http_request *rq)
{
	buf_free(&rq->rq_body);
	payload_free(&rq->rq_payload);
	free(rq->rq_uri);
	free(rq);
}

/* MHD_OPTION_URI_LOG_CALLBACK: its result becomes the request's context. */
static void *
http_uri_cb(void *cls, const char *uri, struct MHD_Connection *conn)
{
	return http_request_new(cls, uri, conn);
}

static void
http_completed_cb(void *cls, struct MHD_Connection *conn, void **ctx,
    enum MHD_RequestTerminationCode toe)
{
	struct http_request *rq = *ctx;

	if (rq == NULL)
		return;
	*ctx = NULL;
	/* Resumed after its commit, but the client left before the answer. */
	if (rq->rq_phase == RQ_DONE)
		ingest_answered(rq->rq_app->ap_ingest);
	http_request_free(rq);
}

static enum MHD_Result
http_access_cb(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **ctx)
{
	struct app *app = cls;
	struct http_request *rq = *ctx;

	if (rq == NULL)		/* no URI callback ran: should not happen */
		*ctx = rq = http_request_new(app, url, conn);
	rq->rq_conn = conn;

	switch (rq->rq_phase) {
	case RQ_NEW:
		rq->rq_phase = RQ_BODY;
		return http_begin(rq, url, method);
	case RQ_BODY:
		if (*upload_data_size > 0) {
			/*
			 * Past the ceiling the rest is read and dropped, then 413
			 * (MHD cannot answer in the middle of a body). A body that
			 * goes on past twice the ceiling is cut off: the
			 * connection is closed without an answer.
			 */
			if (rq->rq_too_large) {
				rq->rq_dropped += *upload_data_size;
				if (rq->rq_dropped > rq->rq_body.max) {
					log_warn("http body_cut_off route=%s bytes_over=%zu",
					    metrics_route_name(rq->rq_route), rq->rq_dropped);
					return MHD_NO;
				}
			} else if (buf_append(&rq->rq_body, upload_data, *upload_data_size) == -1) {
				rq->rq_too_large = 1;
				rq->rq_dropped = *upload_data_size;
				buf_free(&rq->rq_body);
			}
			*upload_data_size = 0;
			return MHD_YES;
		}
		return http_body_done(rq, method);
	case RQ_WAITING:
		/* Suspended; MHD does not call us until resumed. */
		return MHD_YES;
	case RQ_DONE:
		return webhook_finish(rq);
	case RQ_ANSWERED:
		*upload_data_size = 0;
		return MHD_YES;
	}
	return MHD_NO;
}

__attribute__((format(printf, 2, 0)))
static void
http_log_cb(void *cls, const char *fmt, va_list ap)
{
	char msg[512];
	size_t n;

	vsnprintf(msg, sizeof(msg), fmt, ap);
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	log_warn("http_error msg=\"%s\"", msg);
}

/* ---- start and stop ------------------------------------------------------- */

/*
 * "host:port", "[v6]:port", "*:port" or ":port" into addr. 0, or -1 with
 * err filled.
 */
static int
http_parse_listen(const char *listen, struct sockaddr_storage *addr, int *v6,
    char *err, size_t errlen)
{
	struct addrinfo hints, *res = NULL;
	char host[256];
	const char *colon, *port;
	size_t hlen;
	long long portnum;
	int rc;

	if (listen == NULL || *listen == '\0') {
		snprintf(err, errlen, "[http] listen is empty");
		return -1;
	}
	if (listen[0] == '[') {
		const char *end = strchr(listen, ']');

		if (end == NULL || end[1] != ':') {
			snprintf(err, errlen, "[http] listen \"%s\": expected [address]:port", listen);
			return -1;
		}
		hlen = (size_t)(end - listen - 1);
		if (hlen >= sizeof(host))
			goto toolong;
		memcpy(host, listen + 1, hlen);
		host[hlen] = '\0';
		port = end + 2;
	} else {
		colon = strrchr(listen, ':');
		if (colon == NULL) {
			snprintf(err, errlen, "[http] listen \"%s\": expected address:port", listen);
			return -1;
		}
		hlen = (size_t)(colon - listen);
		if (hlen >= sizeof(host))
			goto toolong;
		memcpy(host, listen, hlen);
		host[hlen] = '\0';
		port = colon + 1;
	}
	if (util_parse_ll(port, 1, 65535, &portnum) == -1) {
		snprintf(err, errlen, "[http] listen \"%s\": port must be 1-65535", listen);
		return -1;
	}

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if (host[0] == '\0' || strcmp(host, "*") == 0)
		hints.ai_family = AF_INET;
	else
		hints.ai_family = AF_UNSPEC;
	rc = getaddrinfo(host[0] == '\0' || strcmp(host, "*") == 0 ? NULL : host, port, &hints, &res);
	if (rc != 0 || res == NULL) {
		snprintf(err, errlen, "[http] listen \"%s\": %s", listen,
		    rc != 0 ? gai_strerror(rc) : "no address");
		if (res != NULL)
			freeaddrinfo(res);
		return -1;
	}
	memset(addr, 0, sizeof(*addr));
	memcpy(addr, res->ai_addr, res->ai_addrlen);
	*v6 = res->ai_family == AF_INET6;
	freeaddrinfo(res);
	return 0;
toolong:
	snprintf(err, errlen, "[http] listen \"%s\": address too long", listen);
	return -1;
}

static uint16_t
http_port(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET6)
		return ntohs(((const struct sockaddr_in6 *)(const void *)ss)->sin6_port);
	return ntohs(((const struct sockaddr_in *)(const void *)ss)->sin_port);
}

struct http_server *
http_start(struct app *app, char *err, size_t errlen)
{
	const struct config *cfg = app->ap_cfg;
	struct http_server *hs;
	struct MHD_OptionItem opts[8];
	unsigned int flags;
	size_t n = 0;
	int v6 = 0;

	hs = xcalloc(1, sizeof(*hs));
	hs->hs_app = app;
	hs->hs_quiesced = MHD_INVALID_SOCKET;
	if (http_parse_listen(cfg->http_listen, &hs->hs_addr, &v6, err, errlen) == -1)
		goto fail;

	flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
	/*
	 * poll(), not epoll: every webhook is suspended until its commit, and
	 * with epoll MHD takes a suspended connection out of the epoll set
	 * and puts it back on resume (two epoll_ctl calls), and reads each
	 * request until EAGAIN (edge-triggered). With poll a suspended
	 * connection is simply left out of the next poll. Measured in a burst:
	 * 5.5 system calls a webhook instead of 9.4 (docs/performance.md,
	 * session 4). The cost of poll grows with the open connections of a
	 * thread (at most max_connections / threads), which a webhook
	 * endpoint keeps in the hundreds.
	 */
	if (MHD_is_feature_supported(MHD_FEATURE_POLL) == MHD_YES)
		flags |= MHD_USE_POLL;
	else
		flags |= MHD_USE_AUTO;
	if (v6)
		flags |= MHD_USE_IPv6;

	/* Every limit on purpose: MHD's defaults are not limits. */
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_THREAD_POOL_SIZE,
	    (intptr_t)cfg->http_threads, NULL };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_LIMIT,
	    (intptr_t)cfg->http_max_connections, NULL };
	if (cfg->http_per_ip_connections > 0)
		opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_PER_IP_CONNECTION_LIMIT,
		    (intptr_t)cfg->http_per_ip_connections, NULL };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_TIMEOUT,
	    (intptr_t)cfg->http_timeout, NULL };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (intptr_t)HTTP_CONN_MEMORY, NULL };
	/*
	 * MHD_OPTION_LISTENING_ADDRESS_REUSE is left out on purpose: MHD's
	 * default (SO_REUSEADDR) allows a quick restart, while 1 would add
	 * SO_REUSEPORT and let a second daemon share the port unnoticed.
	 */
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_SOCK_ADDR, 0, &hs->hs_addr };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_END, 0, NULL };

	/* The port is in the address; MHD only uses it for its messages. */
	hs->hs_daemon = MHD_start_daemon(flags, http_port(&hs->hs_addr), NULL, NULL,
	    http_access_cb, app,
	    MHD_OPTION_EXTERNAL_LOGGER, http_log_cb, app,	/* first: it sees every message */
	    MHD_OPTION_ARRAY, opts,
	    MHD_OPTION_URI_LOG_CALLBACK, http_uri_cb, app,
	    MHD_OPTION_NOTIFY_COMPLETED, http_completed_cb, app,
	    MHD_OPTION_END);
	if (hs->hs_daemon == NULL) {
		snprintf(err, errlen, "cannot listen on %s (address in use or not allowed)",
		    cfg->http_listen);
		goto fail;
	}
	return hs;
fail:
	free(hs);
	return NULL;
}

void
http_quiesce(struct http_server *hs)
{
	if (hs == NULL || hs->hs_daemon == NULL || hs->hs_quiesced != MHD_INVALID_SOCKET)
		return;
	hs->hs_quiesced = MHD_quiesce_daemon(hs->hs_daemon);
}

void
http_stop(struct http_server *hs)
{
	if (hs == NULL)
		return;
	if (hs->hs_daemon != NULL)
		MHD_stop_daemon(hs->hs_daemon);
	/* MHD leaves the quiesced listen socket to us, to close after the stop. */
	if (hs->hs_quiesced != MHD_INVALID_SOCKET)
		close(hs->hs_quiesced);
	free(hs);
}
