/*
 * request.h — one HTTP request as its handler sees it: the per-request
 * context (route, phase, body with its ceiling), what a handler provides
 * for a route (struct handler), and the helpers every handler answers
 * with. http.c creates a context per request, routes it to a handler and
 * frees it; handlers include this header, never http.h.
 *
 * Threads: MHD's pool threads run the handlers. A request's context lives
 * from MHD's URI callback to its completion callback; while a handler
 * keeps the connection suspended (request_suspend) the context belongs to
 * whoever will call request_resume.
 */
#ifndef REQUEST_H
#define REQUEST_H

#include <stddef.h>
#include <stdint.h>
#include <microhttpd.h>
#include "app.h"
#include "metrics.h"
#include "praatpaal.h"
#include "util.h"

/* Where a request is in its life. */
enum rq_phase {
	RQ_NEW,		/* URI seen, headers not yet handled */
	RQ_BODY,	/* receiving the body */
	RQ_WAITING,	/* suspended until request_resume */
	RQ_DONE,	/* resumed: the handler answers now */
	RQ_ANSWERED	/* a response is queued; ignore anything else */
};

struct request;

#define REQUEST_HEADERS_MAX	4	/* headers a handler may add to its reply */

/*
 * What a route does at each step of a request; every step but hd_body
 * may be NULL. hd_begin: the headers are in, no body yet — refuse with a
 * reply (MHD then closes the connection rather than read a body nobody
 * wants) or return MHD_YES to read the body; NULL accepts GET and HEAD
 * only (405 otherwise). hd_body: the whole body is in rq_body, or
 * rq_too_large is set. hd_resume: the connection was resumed; answer.
 * hd_end: the request is over (answered, or the client left): free
 * rq_data.
 */
struct handler {
	enum MHD_Result	(*hd_begin)(struct request *, const char *method);
	enum MHD_Result	(*hd_body)(struct request *, const char *method);
	enum MHD_Result	(*hd_resume)(struct request *);
	void		(*hd_end)(struct request *);
};

struct request {
	struct app		*rq_app;
	struct MHD_Connection	*rq_conn;
	char			*rq_uri;	/* raw request target, query included (for Twilio) */
	enum metric_route	 rq_route;
	const struct handler	*rq_handler;	/* NULL until routed */
	enum rq_phase		 rq_phase;
	struct buf		 rq_body;	/* ceiling: [http] max_body */
	int			 rq_too_large;	/* body passed the ceiling: answer 413 */
	size_t			 rq_dropped;	/* bytes read and dropped since then */
	const char		*rq_allow;	/* Allow header of a 405 (static string) */
	int			 rq_close;	/* answer with Connection: close */
	int64_t			 rq_start_us;	/* monotonic, when the request line came in */
	void			*rq_data;	/* the handler's own state (its hd_end frees it) */
	char			 rq_id[LOG_RID_MAX + 1];	/* X-Request-Id: the client's, or ours */
	char			*rq_hdr_name[REQUEST_HEADERS_MAX];	/* request_add_header */
	char			*rq_hdr_value[REQUEST_HEADERS_MAX];
	size_t			 rq_nhdr;
};

/*
 * A header for the reply to come (Set-Cookie, Retry-After): name and
 * value are copied. 0, or -1 when REQUEST_HEADERS_MAX are set already.
 */
int		 request_add_header(struct request *, const char *name, const char *value) WUR;

/* A context for a request to uri (kept up to HTTP_URI_MAX bytes) on conn. */
struct request	*request_new(struct app *, const char *uri, struct MHD_Connection *);
/*
 * Take the client's X-Request-Id (a load balancer's) when it is 1 to
 * LOG_RID_MAX bytes of [A-Za-z0-9._-]; else keep the one request_new made.
 * Either way the calling thread's log context carries it from now on.
 */
void		 request_take_id(struct request *);
/* Run the handler's hd_end, then free the context. */
void		 request_free(struct request *);

/*
 * Take the next part of the body. Past the ceiling the rest is read and
 * dropped (rq_too_large, answered with 413 once the body is in); a body
 * that goes on past twice the ceiling is cut off: MHD_NO closes the
 * connection without an answer.
 */
enum MHD_Result	request_feed_body(struct request *, const char *data, size_t len);

/*
 * Queue a response on the connection and count it in the metrics (a
 * webhook's 200 also in praatpaal_webhook_ack_seconds). Every handler
 * answers through these; they return MHD's result.
 */
enum MHD_Result	request_reply(struct request *, unsigned int status,
		    const char *content_type, const char *body, size_t len);
/*
 * Queue a response the caller built and keeps (one that many requests
 * share, such as a static file's), counted like request_reply. The
 * response is not changed: rq_close is not honoured.
 */
enum MHD_Result	request_reply_response(struct request *, unsigned int status,
		    struct MHD_Response *);
/* {"error":"<msg>"} as application/json (msg is JSON-escaped). */
enum MHD_Result	request_reply_error(struct request *, unsigned int status, const char *msg);
/* 405 with an Allow header. */
enum MHD_Result	request_reply_method(struct request *, const char *allow);

/* A request header or a query argument, or NULL. Borrowed from MHD. */
const char	*request_header(struct request *, const char *name);
const char	*request_query(struct request *, const char *name);
/*
 * 1 if the request's Content-Type is mime (case-insensitive, parameters
 * such as "; charset=utf-8" allowed), else 0.
 */
int		 request_content_type_is(struct request *, const char *mime);
/* 1 if the method is GET or HEAD. */
int		 request_method_is_get(const char *method);

/*
 * Suspend the connection (RQ_WAITING) from the handler, until
 * request_resume (any thread) makes it RQ_DONE and MHD calls hd_resume.
 */
void		 request_suspend(struct request *);
void		 request_resume(struct request *);

#endif
