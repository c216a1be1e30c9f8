/*
 * deadline.h — whole-request deadlines for the HTTP listeners. Every open
 * connection has a deadline for the part of a request it is reading: its
 * request line and headers ([http] header_timeout, counted from the
 * connection's start or its previous answer), then its body ([http]
 * body_timeout, counted from the last header). A sweep thread closes the
 * connections past their deadline every HTTP_SWEEP_MS, and logs the
 * connections refused at once (at most one line every HTTP_REFUSED_LOG_MS).
 *
 * libmicrohttpd's own timeout is one of inactivity: a client that sends a
 * byte every few seconds never meets it. This one counts wall-clock time.
 *
 * Threads: the connection calls come from MHD's threads, the sweep runs
 * in its own; the list of connections is behind dl_lock, a connection's
 * deadline is an atomic.
 */
#ifndef DEADLINE_H
#define DEADLINE_H

#include <stddef.h>
#include "metrics.h"
#include "util.h"

struct deadlines;
struct deadline_conn;

/* A table for connections, with header_s and body_s as the deadlines. */
struct deadlines	*deadline_table_new(long long header_s, long long body_s);
/* Start the sweep thread: 0, or -1 with err filled. */
int			 deadline_sweep_start(struct deadlines *, char *err, size_t errlen) WUR;
/*
 * Stop the sweep and free the table. Every connection must be closed
 * first (the MHD daemons stopped).
 */
void			 deadline_table_free(struct deadlines *);

/*
 * A connection on socket fd of listener began
 * (MHD_CONNECTION_NOTIFY_STARTED): its request line and headers are due
 * within header_s. Counted in praatpaal_http_connections_open.
 */
struct deadline_conn	*deadline_conn_open(struct deadlines *, int fd,
			    enum metric_listener);
/* The connection closed (MHD_CONNECTION_NOTIFY_CLOSED): forget and free it. */
void			 deadline_conn_close(struct deadlines *, struct deadline_conn *);

/* The headers are in: the body is due within body_s. */
void			 deadline_conn_body(struct deadline_conn *);
/* The request is being handled or answered: no deadline but MHD's idle timeout. */
void			 deadline_conn_handling(struct deadline_conn *);
/* The answer went out: the next request's headers are due within header_s. */
void			 deadline_conn_next(struct deadline_conn *);

/*
 * A connection was refused at once (over [http] max_connections or
 * per_ip_connections): counted in the metrics, and in the sweep's next
 * log line rather than one line each. Any thread.
 */
void			 deadline_refused(struct deadlines *);

#endif
