/*
 * workq.h — the workers' contact queue: which contacts the next batch
 * takes, and when.
 *
 * Contacts with crisis words first; else, within the flood pace, a scan
 * of message_in when one is due, else the contacts ingest named once they
 * have gathered. Contacts whose step failed on their own are set aside
 * for a while. Pure: every function that needs the time takes it (now,
 * monotonic ms). Not thread-safe: the workers hold their struct sched
 * lock around every call.
 */
#ifndef WORKQ_H
#define WORKQ_H

#include <stddef.h>
#include <stdint.h>

#include "flood.h"
#include "praatpaal.h"
#include "scheduler.h"

struct workq {
	/*
	 * Contacts ingest named, oldest first, and the scans: every
	 * WORKER_POLL_MS, at start, when the names overflow, and soon after a
	 * named contact was busy in another transaction.
	 */
	struct sched_queue	 wq_named;
	/* Contacts whose new message had crisis words (its scan is not used). */
	struct sched_queue	 wq_urgent;
	int64_t			 wq_urgent_at;	/* ms: take the urgent ones from then on */
	int64_t			 wq_scan_after;	/* the scans go round the contacts: on after this id */
	/* Contacts whose step failed on its own, and until when (ms). */
	int64_t			 wq_aside[WORKER_ASIDE_MAX];
	int64_t			 wq_aside_until[WORKER_ASIDE_MAX];
};

/* What a batch works on: named contacts, or a scan of message_in. */
struct workq_take {
	int64_t		wt_ids[WORKER_BATCH_CONTACTS];
	size_t		wt_n;
	int		wt_scan;
	int		wt_urgent;	/* contacts with crisis words */
	size_t		wt_max;		/* contacts a scan may claim */
	size_t		wt_reserved;	/* messages taken from the flood bucket for it */
};

/* Empty; the first take scans. Named contacts wait up to gather_ms for others. */
void	workq_init(struct workq *, int64_t gather_ms);
void	workq_free(struct workq *);
/*
 * Ingest stored new messages of these contacts at now; the urgent ones
 * (crisis words; also among contacts) go before anything else. Past
 * WORKER_HINTS_MAX a scan is due at once; past WORKER_URGENT_MAX the
 * urgent ones are dropped (a queue read finds marked messages first).
 * Returns 1 when a waiting worker would act on this now: crisis words, the
 * first named (their gathering starts), enough to stop gathering, or an
 * overflow; 0 when it changes nothing a waiting worker would do.
 */
int	workq_hint(struct workq *, const int64_t *contacts, size_t n, const int64_t *urgent,
	    size_t nurgent, int64_t now);
/*
 * Take the next batch's work at now into wt: the urgent contacts when
 * their time has come and the flood allows (flood_urgent_ok); else, when
 * the pace allows a batch (flood_reserve), a due scan, else up to a
 * batch of named contacts once they have gathered (gather_ms since the
 * first, or WORKER_GATHER_CONTACTS named). Call flood_check first. 1: wt
 * holds a batch (settle wt_reserved with flood_settle after it); 0: none
 * yet, look again within *wait_ms.
 */
int	workq_take(struct workq *, struct flood *, int64_t now, struct workq_take *wt,
	    int64_t *wait_ms);
/* Contacts still waiting to be taken (another thread may help). */
int	workq_waiting(const struct workq *);
/* Contacts with crisis words that were not stepped: first again, from now + ms. */
void	workq_urgent_again(struct workq *, const int64_t *ids, size_t n, int64_t now,
	    int64_t ms);
/*
 * Of the urgent contacts in wt, those not among claimed (n) are busy in
 * another transaction: first again after WORKER_RESCAN_MS.
 */
void	workq_urgent_busy(struct workq *, const struct workq_take *wt, const int64_t *claimed,
	    size_t n, int64_t now);
/* Scan message_in for work within ms of now (an earlier scan stays). */
void	workq_rescan(struct workq *, int64_t now, int64_t ms);
/* Set contact id aside until now + WORKER_ASIDE_MS (the slot free longest, if full). */
void	workq_set_aside(struct workq *, int64_t id, int64_t now);
/* Drop from ids (n) the contacts set aside at now; returns how many are left. */
size_t	workq_drop_aside(const struct workq *, int64_t *ids, size_t n, int64_t now);

#endif
