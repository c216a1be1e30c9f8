/*
 * http.c — the HTTP server: two libmicrohttpd daemons, every limit set
 * from the configuration, and the route table. The public listener
 * ([http] listen: the webhooks, /healthz, /readyz) has a pool of polling
 * threads; the admin listener ([http] admin_listen, loopback by default:
 * /metrics) has one thread, so that a scrape's database read never holds
 * up a webhook.
 *
 * MHD's URI callback creates each request's context (request.h) and its
 * completion callback frees it. The access callback is a small state
 * machine over rq_phase: headers (find the route, then the handler's
 * checks that need no body), body (collected with a ceiling), then the
 * handler; a handler may suspend its connection and answer once resumed.
 * Each connection's deadline (deadline.h) follows the same phases.
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
#include "deadline.h"
#include "events.h"
#include "health.h"
#include "api.h"
#include "http.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "request.h"
#include "util.h"
#include "web.h"
#include "webhook.h"

struct http_server;

/* One MHD daemon: the public or the admin listener. */
struct http_listener {
	struct http_server	*hl_server;
	enum metric_listener	 hl_which;
	const char		*hl_key;	/* "listen", "admin_listen": for messages */
	const char		*hl_address;	/* the configured host:port */
	struct MHD_Daemon	*hl_daemon;	/* NULL: not started */
	struct sockaddr_storage	 hl_addr;
	MHD_socket		 hl_quiesced;	/* listen socket after quiesce; closed at stop */
};

struct http_server {
	struct app		*hs_app;
	struct deadlines	*hs_deadlines;
	struct http_listener	 hs_public;
	struct http_listener	 hs_admin;
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
	enum metric_listener	 hr_listener;	/* the only listener that serves it */
	enum metric_route	 hr_metric;	/* label of praatpaal_http_requests_total */
	const struct handler	*hr_handler;
};

/*
 * Every route, tried in order; the first that matches on the request's
 * listener handles the request, anything else is 404. A tree of URLs
 * under one prefix (an API) is one HTTP_PREFIX entry with its own
 * handler, which then reads rq_uri itself. Admin endpoints go on
 * LISTENER_ADMIN: never served to the providers.
 */
static const struct http_route http_routes[] = {
	{ "/healthz", HTTP_EXACT, LISTENER_PUBLIC, ROUTE_HEALTHZ, &health_live_handler },
	{ "/readyz", HTTP_EXACT, LISTENER_PUBLIC, ROUTE_READYZ, &health_ready_handler },
	{ "/webhook/whatsapp", HTTP_EXACT, LISTENER_PUBLIC, ROUTE_WEBHOOK_WHATSAPP,
	    &webhook_whatsapp_handler },
	{ "/webhook/twilio", HTTP_EXACT, LISTENER_PUBLIC, ROUTE_WEBHOOK_TWILIO,
	    &webhook_twilio_handler },
	{ "/metrics", HTTP_EXACT, LISTENER_ADMIN, ROUTE_METRICS, &health_metrics_handler },
	{ "/console", HTTP_EXACT, LISTENER_PUBLIC, ROUTE_CONSOLE, &web_redirect_handler },
	{ "/console/", HTTP_PREFIX, LISTENER_PUBLIC, ROUTE_CONSOLE, &web_console_handler },
	{ "/api/v1/events", HTTP_EXACT, LISTENER_PUBLIC, ROUTE_API, &events_handler },
	{ "/api/v1/", HTTP_PREFIX, LISTENER_PUBLIC, ROUTE_API, &api_handler },
};

/* The route for a request path (len bytes of url) on listener which, or NULL. */
static const struct http_route *
http_route_find(enum metric_listener which, const char *url, size_t len)
{
	const struct http_route *rt;
	size_t i, n;

	for (i = 0; i < NELEM(http_routes); i++) {
		rt = &http_routes[i];
		n = strlen(rt->hr_path);
		if (rt->hr_listener != which || len < n || strncmp(url, rt->hr_path, n) != 0)
			continue;
		if (rt->hr_match == HTTP_PREFIX || len == n)
			return rt;
	}
	return NULL;
}

/*
 * A request with both Content-Length and Transfer-Encoding: a proxy in
 * front of us may have read its length one way and we the other (request
 * smuggling). RFC 9112, 6.3: refused, and the connection closed.
 */
static int
http_length_ambiguous(struct request *rq)
{
	return request_header(rq, MHD_HTTP_HEADER_CONTENT_LENGTH) != NULL &&
	    request_header(rq, MHD_HTTP_HEADER_TRANSFER_ENCODING) != NULL;
}

/*
 * First call of a request: headers are in, no body yet. Only refusals are
 * answered here (MHD then closes the connection rather than read a body
 * nobody wants); everything else is answered once the body is in, which
 * keeps the connection alive for the next request.
 */
static enum MHD_Result
http_begin(struct http_listener *hl, struct request *rq, const char *url, const char *method)
{
	const struct http_route *rt;

	if (http_length_ambiguous(rq)) {
		rq->rq_close = 1;
		return request_reply_error(rq, MHD_HTTP_BAD_REQUEST,
		    "both Content-Length and Transfer-Encoding");
	}
	if ((rt = http_route_find(hl->hl_which, url, strlen(url))) == NULL)
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

/* The connection's deadline (set in http_conn_cb), or NULL. */
static struct deadline_conn *
http_deadline(struct MHD_Connection *conn)
{
	const union MHD_ConnectionInfo *ci;

	ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci != NULL ? ci->socket_context : NULL;
}

/* MHD_OPTION_NOTIFY_CONNECTION: a connection opened or closed. */
static void
http_conn_cb(void *cls, struct MHD_Connection *conn, void **socket_context,
    enum MHD_ConnectionNotificationCode toe)
{
	struct http_listener *hl = cls;
	const union MHD_ConnectionInfo *ci;

	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		if (ci != NULL)
			*socket_context = deadline_conn_open(hl->hl_server->hs_deadlines,
			    ci->connect_fd, hl->hl_which);
	} else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
		deadline_conn_close(hl->hl_server->hs_deadlines, *socket_context);
		*socket_context = NULL;
	}
}

/*
 * MHD_OPTION_URI_LOG_CALLBACK: its result becomes the request's context.
 * The route is known from here on, so that an answer MHD gives itself
 * (431: headers too large) is counted under it.
 */
static void *
http_uri_cb(void *cls, const char *uri, struct MHD_Connection *conn)
{
	struct http_listener *hl = cls;
	const struct http_route *rt;
	struct request *rq;

	rq = request_new(hl->hl_server->hs_app, uri, conn);
	rt = http_route_find(hl->hl_which, rq->rq_uri, strcspn(rq->rq_uri, "?"));
	if (rt != NULL)
		rq->rq_route = rt->hr_metric;
	return rq;
}

static void
http_completed_cb(void *cls, struct MHD_Connection *conn, void **ctx,
    enum MHD_RequestTerminationCode toe)
{
	struct request *rq = *ctx;
	const union MHD_ConnectionInfo *ci;

	deadline_conn_next(http_deadline(conn));
	if (rq == NULL)
		return;
	*ctx = NULL;
	log_ctx_set_rid(rq->rq_id);
	/* An answer MHD gave without asking us (431, 400 on a malformed request). */
	if (rq->rq_phase != RQ_ANSWERED &&
	    (ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_HTTP_STATUS)) != NULL &&
	    ci->http_status != 0)
		metrics_http_request(rq->rq_route, ci->http_status);
	request_free(rq);
	log_ctx_clear();
}

/* The headers are in: route the request, and from now on its body is due. */
static enum MHD_Result
http_access_new(struct http_listener *hl, struct request *rq, const char *url,
    const char *method)
{
	enum MHD_Result ret;

	rq->rq_phase = RQ_BODY;
	deadline_conn_body(http_deadline(rq->rq_conn));
	ret = http_begin(hl, rq, url, method);
	if (rq->rq_phase == RQ_ANSWERED)
		deadline_conn_handling(http_deadline(rq->rq_conn));
	return ret;
}

static enum MHD_Result
http_access_step(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *upload_data, size_t *upload_data_size, void **ctx)
{
	struct http_listener *hl = cls;
	struct request *rq = *ctx;
	size_t n;

	if (rq == NULL)		/* no URI callback ran: should not happen */
		*ctx = rq = request_new(hl->hl_server->hs_app, url, conn);
	rq->rq_conn = conn;
	/* Every line logged for this request carries its id. */
	if (rq->rq_phase == RQ_NEW)
		request_take_id(rq);
	else
		log_ctx_set_rid(rq->rq_id);

	switch (rq->rq_phase) {
	case RQ_NEW:
		return http_access_new(hl, rq, url, method);
	case RQ_BODY:
		if ((n = *upload_data_size) > 0) {
			*upload_data_size = 0;
			return request_feed_body(rq, upload_data, n);
		}
		deadline_conn_handling(http_deadline(conn));
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

/* One step of a request, with its id in the thread's log context meanwhile. */
static enum MHD_Result
http_access_cb(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **ctx)
{
	enum MHD_Result ret;

	ret = http_access_step(cls, conn, url, method, upload_data, upload_data_size, ctx);
	log_ctx_clear();
	return ret;
}

/*
 * Messages MHD logs for what a client did, not for a fault of ours: a
 * client can make as many as it likes, so they are logged at debug level
 * (the answers are counted in praatpaal_http_requests_total).
 */
static int
http_log_is_client(const char *msg)
{
	return strncmp(msg, "Connection was closed by remote side", 36) == 0 ||
	    strncmp(msg, "Connection socket is closed when reading", 40) == 0 ||
	    strncmp(msg, "Socket has been disconnected", 28) == 0 ||
	    strncmp(msg, "Error processing request", 24) == 0;
}

__attribute__((format(printf, 2, 0)))
static void
http_log_cb(void *cls, const char *fmt, va_list ap)
{
	struct http_server *hs = cls;
	char msg[512];
	size_t n;

	vsnprintf(msg, sizeof(msg), fmt, ap);
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	if (strncmp(msg, "Server reached connection limit", 31) == 0)
		deadline_refused(hs->hs_deadlines);	/* counted, logged by the sweep */
	else if (http_log_is_client(msg))
		log_debug("http_client msg=\"%s\"", msg);
	else
		log_warn("http_error msg=\"%s\"", msg);
}

/* ---- start and stop ------------------------------------------------------- */

/*
 * "host:port", "[v6]:port", "*:port" or ":port" into addr. 0, or -1 with
 * err filled.
 */
static int
http_parse_listen(const char *key, const char *listen, struct sockaddr_storage *addr, int *v6,
    char *err, size_t errlen)
{
	struct addrinfo hints, *res = NULL;
	char host[256];
	const char *colon, *port;
	size_t hlen;
	long long portnum;
	int rc;

	if (listen == NULL || *listen == '\0') {
		snprintf(err, errlen, "[http] %s is empty", key);
		return -1;
	}
	if (listen[0] == '[') {
		const char *end = strchr(listen, ']');

		if (end == NULL || end[1] != ':') {
			snprintf(err, errlen, "[http] %s \"%s\": expected [address]:port", key,
			    listen);
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
			snprintf(err, errlen, "[http] %s \"%s\": expected address:port", key,
			    listen);
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
		snprintf(err, errlen, "[http] %s \"%s\": port must be 1-65535", key, listen);
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
		snprintf(err, errlen, "[http] %s \"%s\": %s", key, listen,
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
	snprintf(err, errlen, "[http] %s \"%s\": address too long", key, listen);
	return -1;
}

static uint16_t
http_port(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET6)
		return ntohs(((const struct sockaddr_in6 *)(const void *)ss)->sin6_port);
	return ntohs(((const struct sockaddr_in *)(const void *)ss)->sin_port);
}

/*
 * The daemon's flags: polling threads (a pool for the public listener)
 * that may suspend connections.
 */
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
 * A listener's limits and address into opts (room for
 * HTTP_MHD_OPTIONS_MAX items, MHD_OPTION_END included). Every limit on
 * purpose: MHD's defaults are not limits. The admin listener has one
 * thread, HTTP_ADMIN_MAX_CONNECTIONS and no per-address limit.
 */
#define HTTP_MHD_OPTIONS_MAX	10

static void
http_options(const struct config *cfg, struct http_listener *hl, struct MHD_OptionItem *opts)
{
	int admin = hl->hl_which == LISTENER_ADMIN;
	size_t n = 0;

	if (!admin)
		opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_THREAD_POOL_SIZE,
		    (intptr_t)cfg->http_threads, NULL };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_LIMIT,
	    admin ? HTTP_ADMIN_MAX_CONNECTIONS : (intptr_t)cfg->http_max_connections, NULL };
	if (!admin && cfg->http_per_ip_connections > 0)
		opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_PER_IP_CONNECTION_LIMIT,
		    (intptr_t)cfg->http_per_ip_connections, NULL };
	/* Inactivity; the whole-request deadlines are deadline.c's. */
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_TIMEOUT,
	    (intptr_t)cfg->http_timeout, NULL };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (intptr_t)HTTP_CONN_MEMORY, NULL };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_LISTEN_BACKLOG_SIZE,
	    admin ? HTTP_ADMIN_MAX_CONNECTIONS : HTTP_LISTEN_BACKLOG, NULL };
	/*
	 * MHD_OPTION_LISTENING_ADDRESS_REUSE is left out on purpose: MHD's
	 * default (SO_REUSEADDR) allows a quick restart, while 1 would add
	 * SO_REUSEPORT and let a second daemon share the port unnoticed.
	 */
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_SOCK_ADDR, 0, &hl->hl_addr };
	opts[n++] = (struct MHD_OptionItem){ MHD_OPTION_END, 0, NULL };
}

/* Start one listener on hl_address: 0, or -1 with err filled. */
static int
http_listener_start(struct http_server *hs, struct http_listener *hl, char *err, size_t errlen)
{
	struct MHD_OptionItem opts[HTTP_MHD_OPTIONS_MAX];
	int v6 = 0;

	if (http_parse_listen(hl->hl_key, hl->hl_address, &hl->hl_addr, &v6, err, errlen) == -1)
		return -1;
	http_options(hs->hs_app->ap_cfg, hl, opts);
	/* The port is in the address; MHD only uses it for its messages. */
	hl->hl_daemon = MHD_start_daemon(http_flags(v6), http_port(&hl->hl_addr), NULL, NULL,
	    http_access_cb, hl,
	    MHD_OPTION_EXTERNAL_LOGGER, http_log_cb, hs,	/* first: it sees every message */
	    MHD_OPTION_ARRAY, opts,
	    MHD_OPTION_URI_LOG_CALLBACK, http_uri_cb, hl,
	    MHD_OPTION_NOTIFY_CONNECTION, http_conn_cb, hl,
	    MHD_OPTION_NOTIFY_COMPLETED, http_completed_cb, hl,
	    MHD_OPTION_END);
	if (hl->hl_daemon == NULL) {
		snprintf(err, errlen, "cannot listen on %s ([http] %s: address in use or not "
		    "allowed)", hl->hl_address, hl->hl_key);
		return -1;
	}
	return 0;
}

static void
http_listener_init(struct http_server *hs, struct http_listener *hl, enum metric_listener which,
    const char *key, const char *address)
{
	hl->hl_server = hs;
	hl->hl_which = which;
	hl->hl_key = key;
	hl->hl_address = address;
	hl->hl_quiesced = MHD_INVALID_SOCKET;
}

struct http_server *
http_start(struct app *app, char *err, size_t errlen)
{
	const struct config *cfg = app->ap_cfg;
	struct http_server *hs;

	hs = xcalloc(1, sizeof(*hs));
	hs->hs_app = app;
	hs->hs_deadlines = deadline_table_new(cfg->http_header_timeout, cfg->http_body_timeout);
	http_listener_init(hs, &hs->hs_public, LISTENER_PUBLIC, "listen", cfg->http_listen);
	http_listener_init(hs, &hs->hs_admin, LISTENER_ADMIN, "admin_listen",
	    cfg->http_admin_listen);
	if (deadline_sweep_start(hs->hs_deadlines, err, errlen) == -1 ||
	    (cfg->http_admin_listen != NULL &&
	    http_listener_start(hs, &hs->hs_admin, err, errlen) == -1) ||
	    http_listener_start(hs, &hs->hs_public, err, errlen) == -1)
		goto fail;
	return hs;
fail:
	http_stop(hs);
	return NULL;
}

static void
http_listener_quiesce(struct http_listener *hl)
{
	if (hl->hl_daemon == NULL || hl->hl_quiesced != MHD_INVALID_SOCKET)
		return;
	hl->hl_quiesced = MHD_quiesce_daemon(hl->hl_daemon);
}

void
http_quiesce(struct http_server *hs)
{
	if (hs == NULL)
		return;
	http_listener_quiesce(&hs->hs_public);
	http_listener_quiesce(&hs->hs_admin);
}

static void
http_listener_stop(struct http_listener *hl)
{
	if (hl->hl_daemon != NULL)
		MHD_stop_daemon(hl->hl_daemon);
	hl->hl_daemon = NULL;
	/* MHD leaves the quiesced listen socket to us, to close after the stop. */
	if (hl->hl_quiesced != MHD_INVALID_SOCKET)
		close(hl->hl_quiesced);
	hl->hl_quiesced = MHD_INVALID_SOCKET;
}

void
http_stop(struct http_server *hs)
{
	if (hs == NULL)
		return;
	http_listener_stop(&hs->hs_public);
	http_listener_stop(&hs->hs_admin);
	/* Every connection is closed now: the sweep has nothing left to look at. */
	deadline_table_free(hs->hs_deadlines);
	free(hs);
}
