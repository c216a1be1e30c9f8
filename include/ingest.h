/*
 * ingest.h — group commit of webhook deliveries.
 *
 * A handler submits a parsed request; the connection is suspended and the
 * request queued. One ingest thread with its own connection stores
 * everything queued (up to INGEST_BATCH_MAX requests) in one transaction,
 * then sets each request's status (200 stored, 503 database unavailable)
 * and resumes its connection. After a database failure it answers 503 at
 * once for INGEST_FAIL_FAST_MS before trying again.
 */
#ifndef INGEST_H
#define INGEST_H

#include <stddef.h>
#include "app.h"
#include "http.h"

struct ingest;

/* Start the ingest thread. NULL with err filled if the thread can't start. */
struct ingest	*ingest_start(struct app *, char *err, size_t errlen);

/*
 * From an access handler: suspend rq's connection and queue it (0), or,
 * when the queue is full, closed or the database known down, do nothing
 * and return -1 (the handler answers 503).
 */
int		 ingest_submit(struct ingest *, struct http_request *rq) WUR;
/* From an access handler after resume: the request is answered. */
void		 ingest_answered(struct ingest *);

/*
 * Refuse new submissions (they get 503), store what is queued, stop the
 * thread, and wait (at most grace_ms) until every resumed request was
 * answered. The handlers may still call ingest_submit/ingest_answered
 * until the HTTP server is stopped; free only after that.
 */
void		 ingest_stop(struct ingest *, int grace_ms);
void		 ingest_free(struct ingest *);

#endif
