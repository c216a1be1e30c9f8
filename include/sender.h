/*
 * sender.h — the outbox sender: one thread, libcurl multi, up to
 * [sender] concurrency requests in flight, its own database connection.
 * Claims due outbox rows, renders them for WhatsApp or Twilio, and records
 * each answer as sent, retry-later (backoff with full jitter) or failed.
 */
#ifndef SENDER_H
#define SENDER_H

#include <stddef.h>
#include <stdint.h>
#include "app.h"

struct sender;

/* Start the thread: NULL with err filled on failure. */
struct sender	*sender_start(struct app *, char *err, size_t errlen);
/* Rows were queued: look for due rows now (thread-safe). */
void		 sender_wake(struct sender *);
/*
 * These outbox rows were made heads (committed): claim them by id, then
 * wake (thread-safe). Past SENDER_HINTS_MAX waiting, the queue's index is
 * read instead.
 */
void		 sender_hint(struct sender *, const int64_t *ids, size_t n);
/* Stop claiming, let requests in flight finish (bounded by the send timeout), record them, free. */
void		 sender_stop(struct sender *);

/*
 * The delay before retry number attempts+1: full jitter over
 * min(max_ms, base_ms * 2^attempts), but at least retry_after_s seconds.
 */
int64_t		 sender_backoff_ms(int attempts, long long base_ms, long long max_ms,
		    long retry_after_s);

#endif
