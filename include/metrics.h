/*
 * metrics.h — process-wide counters (atomics, no locks), exposed in the
 * Prometheus text format on GET /metrics. Labels are fixed small sets:
 * never a phone number, a name or message text.
 */
#ifndef METRICS_H
#define METRICS_H

#include <stddef.h>
#include <stdint.h>
#include "message.h"
#include "util.h"

/* The routes counted in praatpaal_http_requests_total{route}. */
enum metric_route {
	ROUTE_HEALTHZ,
	ROUTE_READYZ,
	ROUTE_METRICS,
	ROUTE_WEBHOOK_WHATSAPP,
	ROUTE_WEBHOOK_TWILIO,
	ROUTE_CONSOLE,
	ROUTE_API,		/* /api/v1/... (the console's API) */
	ROUTE_OTHER,
	ROUTE_COUNT
};

const char	*metrics_route_name(enum metric_route);

/* The listeners counted in praatpaal_http_connections_open{listener}. */
enum metric_listener {
	LISTENER_PUBLIC,	/* [http] listen: the webhooks, /healthz, /readyz */
	LISTENER_ADMIN,		/* [http] admin_listen: /metrics */
	LISTENER_COUNT
};

/*
 * The queues as a /metrics scrape reads them from the database
 * (store_stats.h); mq_ok 0 when it could not (the gauges are left out
 * and praatpaal_database_up is 0).
 */
struct metrics_queues {
	int	mq_ok;
	int64_t	mq_in_backlog;		/* unprocessed inbound messages */
	double	mq_in_oldest_s;		/* age of the oldest of them; 0 none */
	int64_t	mq_out_backlog;		/* replies not sent yet (held, queued, sending) */
	double	mq_out_oldest_s;	/* age of the oldest of them; 0 none */
};

void	metrics_http_request(enum metric_route, unsigned int status);
void	metrics_messages_stored(enum channel, size_t n);
void	metrics_duplicates(size_t n);
void	metrics_ingest_batch(size_t requests);
void	metrics_message_processed(void);
void	metrics_outbox_sent(enum channel);
void	metrics_outbox_retry(void);
void	metrics_outbox_failed(void);
/* Sends in doubt sent again after [sender] doubt_window; sends recorded from a status. */
void	metrics_doubt_resent(size_t n);
void	metrics_doubt_resolved(size_t n);
void	metrics_db_error(void);
void	metrics_crisis(void);
/* n webhook changes ignored for why (praatpaal_webhook_ignored_total{reason}). */
void	metrics_webhook_ignored(enum payload_ignore why, size_t n);
/* n pairs of contacts found to be one person and merged (praatpaal_contacts_merged_total). */
void	metrics_contacts_merged(size_t n);
/* The dialogue work is paced (on 1) or not (0) because of a flood. */
void	metrics_flood(int on);

/* A connection of listener opened (delta 1) or closed (-1). */
void	metrics_http_connection(enum metric_listener, int delta);
/* The sweep closed a connection late with its headers (body 0) or body (1). */
void	metrics_http_deadline(int body);
/* A connection refused at once: over max_connections or per_ip_connections. */
void	metrics_http_refused(void);
/* A webhook acknowledged (200) us microseconds after its request line came in. */
void	metrics_webhook_ack(int64_t us);
/*
 * A reply accepted by its provider; inbound_ms is the provider's time of
 * the contact's newest inbound message (ms since the epoch; 0: none, not
 * counted).
 */
void	metrics_ack_to_send(int64_t inbound_ms);

/* Append every metric in the Prometheus text format: 0, or -1 if out is full. */
int	metrics_render(struct buf *out) WUR;
/*
 * Append the operator's figures: open and refused connections, deadlines,
 * the two latency histograms, and the queues q read for this scrape.
 */
int	metrics_render_service(struct buf *out, const struct metrics_queues *q) WUR;

#endif
