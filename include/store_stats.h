/*
 * store_stats.h — the queues' figures a /metrics scrape reads
 * (src/store_stats.c).
 */
#ifndef STORE_STATS_H
#define STORE_STATS_H

#include <stddef.h>
#include <libpq-fe.h>
#include "metrics.h"
#include "util.h"

/*
 * The inbound and outbound backlogs and their oldest ages into q (mq_ok
 * set), in one read-only transaction bounded by STATS_TIMEOUT_MS. 0, or
 * -1 with err filled (q->mq_ok then 0); the caller releases conn.
 */
int	db_stats_queues(PGconn *, struct metrics_queues *q, char *err, size_t errlen) WUR;

#endif
