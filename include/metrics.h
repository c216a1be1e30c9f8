/*
 * metrics.h — process-wide counters (atomics, no locks), exposed in the
 * Prometheus text format on GET /metrics. Labels are fixed small sets:
 * never a phone number, a name or message text.
 */
#ifndef METRICS_H
#define METRICS_H

#include <stddef.h>
#include "message.h"
#include "util.h"

/* The routes counted in praatpaal_http_requests_total{route}. */
enum metric_route {
	ROUTE_HEALTHZ,
	ROUTE_READYZ,
	ROUTE_METRICS,
	ROUTE_WEBHOOK_WHATSAPP,
	ROUTE_WEBHOOK_TWILIO,
	ROUTE_OTHER,
	ROUTE_COUNT
};

const char	*metrics_route_name(enum metric_route);

void	metrics_http_request(enum metric_route, unsigned int status);
void	metrics_messages_stored(enum channel, size_t n);
void	metrics_duplicates(size_t n);
void	metrics_ingest_batch(size_t requests);
void	metrics_message_processed(void);
void	metrics_outbox_sent(enum channel);
void	metrics_outbox_retry(void);
void	metrics_outbox_failed(void);
void	metrics_db_error(void);
void	metrics_crisis(void);
/* n webhook changes ignored for why (praatpaal_webhook_ignored_total{reason}). */
void	metrics_webhook_ignored(enum payload_ignore why, size_t n);
/* n pairs of contacts found to be one person and merged (praatpaal_contacts_merged_total). */
void	metrics_contacts_merged(size_t n);
/* The dialogue work is paced (on 1) or not (0) because of a flood. */
void	metrics_flood(int on);

/* Append every metric in the Prometheus text format: 0, or -1 if out is full. */
int	metrics_render(struct buf *out) WUR;

#endif
