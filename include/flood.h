/*
 * flood.h — flood pacing of the dialogue work, a pure token bucket.
 *
 * While more than [worker] flood_rate messages arrived in the last second
 * (counted in WORKER_FLOOD_SLOTS slots of WORKER_FLOOD_SLOT_MS), batches
 * are taken at [worker] flood_pace messages a second from a bucket
 * WORKER_FLOOD_BURST_MS deep. A batch reserves its contacts' worth of
 * tokens when it is taken and settles the difference when it has worked
 * (a contact may bring more or fewer messages than one). Contacts with
 * crisis words go before the pace until they alone run the bucket a
 * second of flood_pace into debt.
 *
 * Every function that needs the time takes it (now, monotonic ms). Not
 * thread-safe: the caller holds its lock around every call.
 */
#ifndef FLOOD_H
#define FLOOD_H

#include <stddef.h>
#include <stdint.h>

#include "praatpaal.h"

struct flood {
	long long	 fl_rate;	/* [worker] flood_rate; <= 0: never paced */
	long long	 fl_pace;	/* [worker] flood_pace; <= 0: never paced */
	uint64_t	 fl_arrived[WORKER_FLOOD_SLOTS];	/* messages stored in a slot */
	int64_t		 fl_arrived_slot[WORKER_FLOOD_SLOTS];	/* which slot each counts */
	int		 fl_flooding;	/* paced: more arrived than fl_rate */
	double		 fl_tokens;	/* messages that may be worked now while paced */
	int64_t		 fl_tokens_at;	/* ms of the last refill */
};

/* A change of the flood state seen by flood_check. */
enum flood_change {
	FLOOD_SAME,
	FLOOD_BEGAN,
	FLOOD_ENDED
};

/* Not flooding, nothing arrived. */
void		flood_init(struct flood *, long long rate, long long pace);
/* n messages were stored at now. */
void		flood_arrived(struct flood *, size_t n, int64_t now);
/* Messages stored in the second up to now. */
uint64_t	flood_arrivals(const struct flood *, int64_t now);
/*
 * Bring the state up to now: a flood while more than the rate arrived in
 * the last second; refills the bucket while paced (full while not).
 * *arrived gets the arrivals counted (for the caller's log line).
 */
enum flood_change flood_check(struct flood *, int64_t now, uint64_t *arrived);
/* Whether batches are paced now (as of the last flood_check). */
int		flood_paced(const struct flood *);
/*
 * Contacts the next batch may take, after flood_check: max when not
 * paced; while paced, as many as the bucket holds (at most max), taken
 * from it now so that other threads do not take them too. 0: none yet,
 * wait *wait_ms (at most WORKER_FLOOD_SLOT_MS).
 */
size_t		flood_reserve(struct flood *, size_t max, int64_t *wait_ms);
/*
 * A batch that reserved tokens worked n messages: settle the difference
 * (n 0 gives the reservation back). Nothing while not paced.
 */
void		flood_settle(struct flood *, size_t worked, size_t reserved);
/* May contacts with crisis words go now: not paced, or less than a second in debt. */
int		flood_urgent_ok(const struct flood *);

#endif
