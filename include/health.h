/*
 * health.h — the operator's endpoints: GET /healthz (the process is up),
 * GET /readyz (the database is reachable and its schema current) and
 * GET /metrics (Prometheus text format). GET and HEAD only.
 */
#ifndef HEALTH_H
#define HEALTH_H

#include "request.h"

extern const struct handler	health_live_handler;	/* /healthz */
extern const struct handler	health_ready_handler;	/* /readyz */
extern const struct handler	health_metrics_handler;	/* /metrics */

#endif
