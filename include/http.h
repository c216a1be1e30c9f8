/*
 * http.h — the HTTP server (libmicrohttpd): listening, limits and the
 * route table. Handlers do not include this header: what they see of a
 * request is in request.h.
 *
 * Threads: MHD's pool threads run the handlers; a request's context lives
 * from MHD's URI callback to its completion callback.
 */
#ifndef HTTP_H
#define HTTP_H

#include <stddef.h>
#include "app.h"

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

#endif
