/*
 * worker.h — conversation processing: [worker] threads threads, each with
 * its own database connection, step every contact with unprocessed
 * messages through the dialogue and queue the replies in the outbox, in
 * one transaction per batch of contacts (transactional outbox). In a flood
 * (more messages arriving than [worker] flood_rate a second) the dialogue
 * work is paced to [worker] flood_pace, so that acknowledging comes first.
 */
#ifndef WORKER_H
#define WORKER_H

#include <stddef.h>
#include <stdint.h>
#include "app.h"

struct workers;

/* Start the threads: NULL with err filled if one can't start (none left running). */
struct workers	*workers_start(struct app *, char *err, size_t errlen);
/*
 * stored new messages of these contacts were committed: a waiting worker
 * claims them now (thread-safe). Past WORKER_HINTS_MAX waiting, a scan
 * finds them. The urgent ones (crisis words; also among contacts) are
 * taken before any other work, paced or not. stored counts towards the
 * arrival rate that decides a flood.
 */
void		 workers_hint(struct workers *, const int64_t *contacts, size_t n,
		    const int64_t *urgent, size_t nurgent, size_t stored);
/* Let each thread finish its current transaction, join them, free. */
void		 workers_stop(struct workers *);

#endif
