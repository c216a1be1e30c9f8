/*
 * http.h — the HTTP server (libmicrohttpd): listening, limits, routing,
 * per-request contexts and the helpers every handler answers with.
 *
 * Threads: MHD's pool threads run the handlers. A request's context lives
 * from the URI callback to MHD's completion callback, which frees it; while
 * a webhook waits for its commit the connection is suspended and the
 * context belongs to the ingest queue (ingest.h) until it is resumed.
 */
#ifndef HTTP_H
#define HTTP_H

#include <stddef.h>
#include <microhttpd.h>
#include "app.h"
#include "message.h"
#include "metrics.h"
#include "util.h"

/* Where a request is in its life. */
enum rq_phase {
	RQ_NEW,		/* URI seen, headers not yet handled */
	RQ_BODY,	/* receiving the body */
	RQ_WAITING,	/* suspended, queued for a commit (owned by ingest) */
	RQ_DONE,	/* resumed with rq_ingest_status set: answer now */
	RQ_ANSWERED	/* a response is queued; ignore anything else */
};

struct http_request {
	struct app		*rq_app;
	struct MHD_Connection	*rq_conn;
	char			*rq_uri;	/* raw request target, query included (for Twilio) */
	enum metric_route	 rq_route;
	enum rq_phase		 rq_phase;
	struct buf		 rq_body;	/* ceiling: [http] max_body */
	int			 rq_too_large;	/* body passed the ceiling: answer 413 */
	size_t			 rq_dropped;	/* bytes read and dropped since then */
	struct payload		 rq_payload;	/* parsed webhook, stored by ingest */
	unsigned int		 rq_ingest_status; /* 200 stored, 503 not (set before resume) */
	const char		*rq_allow;	/* Allow header of a 405 (static string) */
	struct http_request	*rq_next;	/* ingest queue link */
};

struct http_server;

/*
 * Listen on cfg's [http] listen and serve. NULL with err filled when the
 * address is bad or MHD cannot start (e.g. the port is taken).
 */
struct http_server	*http_start(struct app *, char *err, size_t errlen);
/* Stop accepting connections; requests on open connections continue. */
void			 http_quiesce(struct http_server *);
/* Finish in-flight requests, close every connection and free the server. */
void			 http_stop(struct http_server *);

/*
 * Queue a response on the connection and count it in the metrics. Every
 * handler answers through these; they return MHD's result.
 */
enum MHD_Result	http_reply(struct http_request *, unsigned int status,
		    const char *content_type, const char *body, size_t len);
/* {"error":"<msg>"} as application/json (msg is JSON-escaped). */
enum MHD_Result	http_reply_error(struct http_request *, unsigned int status, const char *msg);
/* 405 with an Allow header. */
enum MHD_Result	http_reply_method(struct http_request *, const char *allow);

/*
 * 1 if the request's Content-Type is mime (case-insensitive, parameters
 * such as "; charset=utf-8" allowed), else 0.
 */
int	http_content_type_is(struct MHD_Connection *, const char *mime);

#endif
