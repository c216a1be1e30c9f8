/*
 * http.c — the HTTP server: libmicrohttpd with a pool of polling threads,
 * every limit set from the configuration, and the route table.
 *
 * MHD's URI callback creates each request's context (request.h) and its
 * completion callback frees it. The access callback is a small state
 * machine over rq_phase: headers (find the route, then the handler's
 * checks that need no body), body (collected with a ceiling), then the
 * handler; a handler may suspend its connection and answer once resumed.
 * Handlers live in their own modules; this file knows them only through
 * the route table.
 */
#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <microhttpd.h>

#include "config.h"
#include "health.h"
#include "http.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "request.h"
#include "util.h"
#include "webhook.h"

struct http_server {
	struct app		*hs_app;
	struct MHD_Daemon	*hs_daemon;
	struct sockaddr_storage	 hs_addr;
	MHD_socket		 hs_quiesced;	/* listen socket after quiesce; closed at stop */
};

/* ---- routes --------------------------------------------------------------- */

/* How a route's path is compared with the request's. */
enum http_match {
	HTTP_EXACT,	/* the whole path */
	HTTP_PREFIX	/* the path starts with hr_path (which ends in '/') */
};

struct http_route {
	const char		*hr_path;
	enum http_match		 hr_match;
	enum metric_route	 hr_metric;	/* label of praatpaal_http_requests_total */
	const struct handler	*hr_handler;
};

/*
 * Every route, tried in order; the first that matches handles the
 * request, anything else is 404. A tree of URLs under one prefix (an API)
 * is one HTTP_PREFIX entry with its own handler, which then reads
 * rq_uri itself.
 */
static const struct http_route http_routes[] = {
	{ "/healthz", HTTP_EXACT, ROUTE_HEALTHZ, &health_live_handler },
	{ "/readyz", HTTP_EXACT, ROUTE_READYZ, &health_ready_handler },
	{ "/metrics", HTTP_EXACT, ROUTE_METRICS, &health_metrics_handler },
	{ "/webhook/whatsapp", HTTP_EXACT, ROUTE_WEBHOOK_WHATSAPP, &webhook_whatsapp_handler },
	{ "/webhook/twilio", HTTP_EXACT, ROUTE_WEBHOOK_TWILIO, &webhook_twilio_handler },
};

/* The route for a request path, or NULL. */
static const struct http_route *
http_route_find(const char *url)
{
	const struct http_route *rt;
	size_t i;

	for (i = 0; i < NELEM(http_routes); i++) {
		rt = &http_routes[i];
		if (rt->hr_match == HTTP_EXACT ? strcmp(url, rt->hr_path) == 0 :
		    strncmp(url, rt->hr_path, strlen(rt->hr_path)) == 0)
			return rt;
	}
	return NULL;
}

/*
 * First call of a request: headers are in, no body yet. Only refusals are
 * answered here (MHD then closes the connection rather than read a body
 * nobody wants); everything else is answered once the body is in, which
 * keeps the connection alive for the next request.
 */
static enum MHD_Result
http_begin(struct request *rq, const char *url, const char *method)
{
	const struct http_route *rt;

	if ((rt = http_route_find(url)) == NULL)
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "not found");
	rq->rq_route = rt->hr_metric;
	rq->rq_handler = rt->hr_handler;
	if (rt->hr_handler->hd_begin != NULL)
		return rt->hr_handler->hd_begin(rq, method);
	if (!request_method_is_get(method))
		return request_reply_method(rq, "GET, HEAD");
	return MHD_YES;
}

/* The whole body is in (or was too large). */
static enum MHD_Result
http_body_done(struct request *rq, const char *method)
{
	if (rq->rq_handler == NULL)
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "not found");
	return rq->rq_handler->hd_body(rq, method);
}

/* ---- MHD callbacks -------------------------------------------------------- */

/* MHD_OPTION_URI_LOG_CALLBACK: its result becomes the request's context. */
static void *
http_uri_cb(void *cls, const char *uri, struct MHD_Connection *conn)
{
	return request_new(cls, uri, conn);
}

static void
http_completed_cb(void *cls, struct MHD_Connection *conn, void **ctx,
    enum MHD_RequestTerminationCode toe)
{
	struct request *rq = *ctx;

	if (rq == NULL)
		return;
	*ctx = NULL;
	request_free(rq);
}

static enum MHD_Result
http_access_cb(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **ctx)
{
	struct app *app = cls;
	struct request *rq = *ctx;
	size_t n;

	if (rq == NULL)		/* no URI callback ran: should not happen */
		*ctx = rq = request_new(app, url, conn);
	rq->rq_conn = conn;

	switch (rq->rq_phase) {
	case RQ_NEW:
		rq->rq_phase = RQ_BODY;
		return http_begin(rq, url, method);
	case RQ_BODY:
		if ((n = *upload_data_size) > 0) {
			*upload_data_size = 0;
			return request_feed_body(rq, upload_data, n);
		}
		return http_body_done(rq, method);
	case RQ_WAITING:
		/* Suspended; MHD does not call us until resumed. */
		return MHD_YES;
	case RQ_DONE:
		if (rq->rq_handler == NULL || rq->rq_handler->hd_resume == NULL)
			return MHD_NO;
		return rq->rq_handler->hd_resume(rq);
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

/* The daemon's flags: a pool of polling threads that may suspend connections. */
static unsigned int
http_flags(int v6)
{
	unsigned int flags;

	flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
	/*
	 * poll(), not epoll: every webhook is suspended until its commit, and
	 * with epoll MHD takes a suspended connection out of the epoll set
	 * and puts it back on resume (two epoll_ctl calls), and reads each
	 * request until EAGAIN (edge-triggered). With poll a suspended
	 * connection is simply left out of the next poll: fewer system calls a
	 * webhook (docs/performance.md, "What bounds each target"). The cost of poll grows with
	 * the open connections of a thread (at most max_connections /
	 * threads), which a webhook endpoint keeps in the hundreds.
	 */
	if (MHD_is_feature_supported(MHD_FEATURE_POLL) == MHD_YES)
		flags |= MHD_USE_POLL;
	else
		flags |= MHD_USE_AUTO;
	if (v6)
		flags |= MHD_USE_IPv6;
	return flags;
}

/*
 * The listener's limits and address into opts (room for
 * HTTP_MHD_OPTIONS_MAX items, MHD_OPTION_END included). Every limit on
 * purpose: MHD's defaults are not limits.
 */
#define HTTP_MHD_OPTIONS_MAX	8

static void
http_options(const struct config *cfg, struct http_server *hs, struct MHD_OptionItem *opts)
{
	size_t n = 0;

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
}

struct http_server *
http_start(struct app *app, char *err, size_t errlen)
{
	const struct config *cfg = app->ap_cfg;
	struct http_server *hs;
	struct MHD_OptionItem opts[HTTP_MHD_OPTIONS_MAX];
	int v6 = 0;

	hs = xcalloc(1, sizeof(*hs));
	hs->hs_app = app;
	hs->hs_quiesced = MHD_INVALID_SOCKET;
	if (http_parse_listen(cfg->http_listen, &hs->hs_addr, &v6, err, errlen) == -1)
		goto fail;
	http_options(cfg, hs, opts);

	/* The port is in the address; MHD only uses it for its messages. */
	hs->hs_daemon = MHD_start_daemon(http_flags(v6), http_port(&hs->hs_addr), NULL, NULL,
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
