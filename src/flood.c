/*
 * flood.c — flood pacing of the dialogue work (a token bucket).
 *
 * One number can deliver at most about 1,000 messages a second, and the
 * provider sends replies no faster. When more than the flood rate arrived
 * in the last second (a provider delivering a backlog after an outage, or
 * traffic that is not a person writing), the workers take batches at the
 * flood pace so that the cores go to acknowledging first. The pace
 * follows what arrives, not how long anything takes: normal traffic,
 * however busy the machine, never makes a flood.
 *
 * Pure and not thread-safe: the workers hold their lock around every call.
 */
#include <string.h>

#include "flood.h"

void
flood_init(struct flood *fl, long long rate, long long pace)
{
	memset(fl, 0, sizeof(*fl));
	fl->fl_rate = rate;
	fl->fl_pace = pace;
}

void
flood_arrived(struct flood *fl, size_t n, int64_t now)
{
	int64_t slot = now / WORKER_FLOOD_SLOT_MS;
	size_t s = (size_t)(slot % WORKER_FLOOD_SLOTS);

	if (fl->fl_arrived_slot[s] != slot) {
		fl->fl_arrived_slot[s] = slot;
		fl->fl_arrived[s] = 0;
	}
	fl->fl_arrived[s] += n;
}

uint64_t
flood_arrivals(const struct flood *fl, int64_t now)
{
	int64_t slot = now / WORKER_FLOOD_SLOT_MS;
	uint64_t n = 0;

	for (size_t i = 0; i < WORKER_FLOOD_SLOTS; i++)
		if (fl->fl_arrived_slot[i] > slot - WORKER_FLOOD_SLOTS)
			n += fl->fl_arrived[i];
	return n;
}

enum flood_change
flood_check(struct flood *fl, int64_t now, uint64_t *arrived)
{
	double cap = (double)fl->fl_pace * WORKER_FLOOD_BURST_MS / 1000.0;
	enum flood_change change = FLOOD_SAME;
	int flooding;

	*arrived = 0;
	if (fl->fl_rate <= 0 || fl->fl_pace <= 0)
		return FLOOD_SAME;
	*arrived = flood_arrivals(fl, now);
	flooding = *arrived > (uint64_t)fl->fl_rate;
	if (cap < 1)
		cap = 1;
	if (flooding != fl->fl_flooding) {
		fl->fl_flooding = flooding;
		change = flooding ? FLOOD_BEGAN : FLOOD_ENDED;
	}
	if (!flooding) {
		fl->fl_tokens = cap;
		fl->fl_tokens_at = now;
		return change;
	}
	fl->fl_tokens += (double)(now - fl->fl_tokens_at) * (double)fl->fl_pace / 1000.0;
	if (fl->fl_tokens > cap)
		fl->fl_tokens = cap;
	fl->fl_tokens_at = now;
	return change;
}

int
flood_paced(const struct flood *fl)
{
	return fl->fl_flooding;
}

size_t
flood_reserve(struct flood *fl, size_t max, int64_t *wait_ms)
{
	size_t n;

	if (!fl->fl_flooding)
		return max;
	if (fl->fl_tokens < 1) {
		*wait_ms = (int64_t)((1 - fl->fl_tokens) * 1000.0 / (double)fl->fl_pace) + 1;
		if (*wait_ms > WORKER_FLOOD_SLOT_MS)
			*wait_ms = WORKER_FLOOD_SLOT_MS;
		return 0;
	}
	n = fl->fl_tokens >= (double)max ? max : (size_t)fl->fl_tokens;
	fl->fl_tokens -= (double)n;
	return n;
}

void
flood_settle(struct flood *fl, size_t worked, size_t reserved)
{
	if (fl->fl_flooding)
		fl->fl_tokens -= (double)worked - (double)reserved;
}

int
flood_urgent_ok(const struct flood *fl)
{
	return !fl->fl_flooding || fl->fl_tokens > -(double)fl->fl_pace;
}
