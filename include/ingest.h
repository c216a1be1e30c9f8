/*
 * ingest.h — group commit of webhook deliveries.
 *
 * A handler submits a job: a parsed payload and two callbacks. One ingest
 * thread with its own connection stores everything queued (up to
 * INGEST_BATCH_MAX jobs) in one transaction, then calls each job's
 * ij_done with its status (200 stored, 503 database unavailable). After
 * a database failure it refuses submissions for INGEST_FAIL_FAST_MS
 * before trying again. Ingest knows nothing of HTTP: the handler holds
 * and answers its connection in the callbacks.
 */
#ifndef INGEST_H
#define INGEST_H

#include <stddef.h>
#include "app.h"
#include "message.h"
#include "util.h"

/*
 * One delivery waiting for its commit; the submitter owns the memory and
 * fills everything above ij_status. ij_hold runs in the submitting thread
 * under the queue lock, just before the job becomes visible to the ingest
 * thread (so whatever it holds cannot be released before it is held).
 * ij_done runs in the ingest thread once the job's commit succeeded (200)
 * or failed (503); ingest never touches the job after calling it.
 */
struct ingest_job {
	struct payload		*ij_payload;
	enum channel		 ij_channel;	/* one transaction per channel */
	void			(*ij_hold)(void *arg);
	void			(*ij_done)(void *arg, unsigned int status);
	void			*ij_arg;
	unsigned int		 ij_status;	/* ingest's: the status ij_done gets */
	struct ingest_job	*ij_next;	/* ingest's: the queue link */
};

struct ingest;

/* Start the ingest thread. NULL with err filled if the thread can't start. */
struct ingest	*ingest_start(struct app *, char *err, size_t errlen);

/*
 * Hold and queue the job (0), or, when the queue is full, closed or the
 * database known down, do nothing and return -1 (the handler answers 503).
 */
int		 ingest_submit(struct ingest *, struct ingest_job *) WUR;
/* The submitter answered a job after its ij_done (or its client left). */
void		 ingest_answered(struct ingest *);

/*
 * Refuse new submissions (they get 503), store what is queued, stop the
 * thread, and wait (at most grace_ms) until every finished job was
 * answered. Handlers may still call ingest_submit/ingest_answered until
 * the HTTP server is stopped; free only after that.
 */
void		 ingest_stop(struct ingest *, int grace_ms);
void		 ingest_free(struct ingest *);

#endif
