/*
 * workq.c — the workers' contact queue.
 *
 * Ingest names the contacts it stored messages for, and a worker takes
 * them, oldest first, once they have gathered: the first named contact
 * waits up to [worker] gather_ms for others to share its transaction,
 * unless WORKER_GATHER_CONTACTS are named (at a steady trickle each commit
 * names one or two, and the transactions, not the messages, are most of
 * the database's work). A scan of message_in finds the rest: at start,
 * every WORKER_POLL_MS (work another daemon stored, or that a failed
 * batch left), when the names overflow, and WORKER_RESCAN_MS after a
 * named contact was busy in another transaction. A due scan comes before
 * named contacts, so that a stream of them never keeps waiting the work
 * only a scan finds. Contacts with crisis words go before both.
 *
 * Pure, and not thread-safe: the workers hold their lock around every
 * call (worker.c).
 */
#include <string.h>

#include "workq.h"

void
workq_init(struct workq *wq, int64_t gather_ms)
{
	memset(wq, 0, sizeof(*wq));
	sched_queue_init(&wq->wq_named, WORKER_HINTS_MAX, WORKER_POLL_MS, gather_ms,
	    WORKER_GATHER_CONTACTS);
	sched_queue_init(&wq->wq_urgent, WORKER_URGENT_MAX, WORKER_POLL_MS, 0, 1);
}

void
workq_free(struct workq *wq)
{
	sched_queue_free(&wq->wq_named);
	sched_queue_free(&wq->wq_urgent);
}

int
workq_hint(struct workq *wq, const int64_t *contacts, size_t n, const int64_t *urgent,
    size_t nurgent, int64_t now)
{
	const struct sched_queue *q = &wq->wq_named;
	size_t before = sched_queue_count(q);

	/* Past WORKER_URGENT_MAX: found first by their mark in message_in. */
	(void)sched_queue_add(&wq->wq_urgent, urgent, nurgent, now);
	/* Past WORKER_HINTS_MAX: a scan is due at once (sq_scan_at 0). */
	(void)sched_queue_add(&wq->wq_named, contacts, n, now);
	/*
	 * More names for a gathering queue change nothing a waiting worker
	 * would do; a busy one looks at the queue when it comes back.
	 */
	return nurgent > 0 || before == 0 || sched_queue_count(q) >= q->sq_gather_n ||
	    q->sq_scan_at == 0 || q->sq_gather_ms == 0;
}

/* wait, or less when the urgent contacts' retry time comes first. */
static int64_t
workq_wait_ms(const struct workq *wq, int64_t now, int64_t wait)
{
	if (sched_queue_count(&wq->wq_urgent) > 0 && wq->wq_urgent_at - now < wait)
		wait = wq->wq_urgent_at - now;
	return wait;
}

int
workq_take(struct workq *wq, struct flood *fl, int64_t now, struct workq_take *wt,
    int64_t *wait_ms)
{
	int64_t wait = WORKER_FLOOD_SLOT_MS;
	size_t max;

	wt->wt_n = 0;
	wt->wt_scan = 0;
	wt->wt_urgent = 0;
	wt->wt_max = WORKER_BATCH_CONTACTS;
	wt->wt_reserved = 0;
	/* Crisis words first: before any scan or named contact, paced or not. */
	if (sched_queue_count(&wq->wq_urgent) > 0 && now >= wq->wq_urgent_at &&
	    flood_urgent_ok(fl)) {
		wt->wt_n = sched_queue_take(&wq->wq_urgent, wt->wt_ids, WORKER_BATCH_CONTACTS);
		wt->wt_urgent = 1;
		return 1;
	}
	if ((max = flood_reserve(fl, WORKER_BATCH_CONTACTS, &wait)) == 0) {
		*wait_ms = workq_wait_ms(wq, now, wait);
		return 0;
	}
	wt->wt_max = max;
	wt->wt_reserved = flood_paced(fl) ? max : 0;
	switch (sched_queue_next(&wq->wq_named, now, wt->wt_ids, max, &wt->wt_n, &wait)) {
	case SCHED_SCAN:
		wt->wt_scan = 1;
		return 1;
	case SCHED_NAMED:
		return 1;
	case SCHED_WAIT:
		break;
	}
	/* Nothing to do yet: give back what was taken from the bucket. */
	flood_settle(fl, 0, wt->wt_reserved);
	wt->wt_reserved = 0;
	*wait_ms = workq_wait_ms(wq, now, wait);
	return 0;
}

int
workq_waiting(const struct workq *wq)
{
	return sched_queue_count(&wq->wq_named) > 0 || sched_queue_count(&wq->wq_urgent) > 0;
}

void
workq_urgent_again(struct workq *wq, const int64_t *ids, size_t n, int64_t now, int64_t ms)
{
	for (size_t i = 0; i < n; i++)
		if (sched_queue_push_front(&wq->wq_urgent, ids[i]) == -1)
			break;
	wq->wq_urgent_at = now + ms;
}

void
workq_urgent_busy(struct workq *wq, const struct workq_take *wt, const int64_t *claimed,
    size_t n, int64_t now)
{
	int64_t busy[WORKER_BATCH_CONTACTS];
	size_t nbusy = 0, i, j;

	for (i = 0; i < wt->wt_n; i++) {
		for (j = 0; j < n && claimed[j] != wt->wt_ids[i]; j++)
			;
		if (j == n)
			busy[nbusy++] = wt->wt_ids[i];
	}
	workq_urgent_again(wq, busy, nbusy, now, WORKER_RESCAN_MS);
}

void
workq_rescan(struct workq *wq, int64_t now, int64_t ms)
{
	sched_queue_rescan(&wq->wq_named, now + ms);
}

void
workq_set_aside(struct workq *wq, int64_t id, int64_t now)
{
	size_t j, oldest = 0;

	for (j = 0; j < WORKER_ASIDE_MAX; j++) {
		if (wq->wq_aside[j] == id)
			break;
		if (wq->wq_aside_until[j] < wq->wq_aside_until[oldest])
			oldest = j;
	}
	if (j == WORKER_ASIDE_MAX)
		j = oldest;
	wq->wq_aside[j] = id;
	wq->wq_aside_until[j] = now + WORKER_ASIDE_MS;
}

size_t
workq_drop_aside(const struct workq *wq, int64_t *ids, size_t n, int64_t now)
{
	size_t i, j, k = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < WORKER_ASIDE_MAX; j++)
			if (wq->wq_aside[j] == ids[i] && wq->wq_aside_until[j] > now)
				break;
		if (j == WORKER_ASIDE_MAX)
			ids[k++] = ids[i];
	}
	return k;
}
