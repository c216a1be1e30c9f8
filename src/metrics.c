/*
 * metrics.c — process-wide counters for GET /metrics.
 *
 * Every counter is a relaxed atomic: threads add to them without a lock,
 * and a scrape reads each one once (a scrape need not be a consistent
 * snapshot). Labels come from fixed tables (route, status code, channel),
 * never from request data.
 */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "metrics.h"
#include "praatpaal.h"

/* Status codes counted per route; anything else is counted as "other". */
static const unsigned int metrics_codes[] = {
	200, 201, 202, 204, 301, 304, 400, 401, 403, 404, 405, 408, 409, 413, 415, 422, 429, 431,
	500, 503
};
#define METRICS_NCODES	(NELEM(metrics_codes) + 1)	/* + "other" */

static const char *const metrics_routes[ROUTE_COUNT] = {
	[ROUTE_HEALTHZ] = "healthz",
	[ROUTE_READYZ] = "readyz",
	[ROUTE_METRICS] = "metrics",
	[ROUTE_WEBHOOK_WHATSAPP] = "webhook_whatsapp",
	[ROUTE_WEBHOOK_TWILIO] = "webhook_twilio",
	[ROUTE_CONSOLE] = "console",
	[ROUTE_API] = "api",
	[ROUTE_OTHER] = "other",
};

#define METRICS_NCHANNELS	2	/* CHANNEL_WHATSAPP, CHANNEL_SMS */

static atomic_uint_fast64_t m_http[ROUTE_COUNT][METRICS_NCODES];
static atomic_uint_fast64_t m_stored[METRICS_NCHANNELS];
static atomic_uint_fast64_t m_duplicates;
static atomic_uint_fast64_t m_batches;
static atomic_uint_fast64_t m_batch_sum;
static atomic_uint_fast64_t m_processed;
static atomic_uint_fast64_t m_sent[METRICS_NCHANNELS];
static atomic_uint_fast64_t m_retries;
static atomic_uint_fast64_t m_failed;
static atomic_uint_fast64_t m_db_errors;
static atomic_uint_fast64_t m_crisis;
static atomic_uint_fast64_t m_floods;
static atomic_uint_fast64_t m_flooding;	/* a gauge: 0 or 1 */
static atomic_uint_fast64_t m_ignored[PAYLOAD_IGNORE_COUNT];
static atomic_uint_fast64_t m_doubt_resent;
static atomic_uint_fast64_t m_doubt_resolved;
static atomic_uint_fast64_t m_merged;

static void
metrics_add(atomic_uint_fast64_t *c, uint64_t n)
{
	atomic_fetch_add_explicit(c, n, memory_order_relaxed);
}

static uint64_t
metrics_get(atomic_uint_fast64_t *c)
{
	return atomic_load_explicit(c, memory_order_relaxed);
}

static size_t
metrics_channel_index(enum channel ch)
{
	return ch == CHANNEL_SMS ? 1 : 0;
}

const char *
metrics_route_name(enum metric_route r)
{
	if ((int)r < 0 || r >= ROUTE_COUNT)
		return "other";
	return metrics_routes[r];
}

void
metrics_http_request(enum metric_route r, unsigned int status)
{
	size_t i;

	if ((int)r < 0 || r >= ROUTE_COUNT)
		r = ROUTE_OTHER;
	for (i = 0; i < NELEM(metrics_codes); i++)
		if (metrics_codes[i] == status)
			break;
	metrics_add(&m_http[r][i], 1);
}

void
metrics_messages_stored(enum channel ch, size_t n)
{
	metrics_add(&m_stored[metrics_channel_index(ch)], n);
}

void
metrics_duplicates(size_t n)
{
	metrics_add(&m_duplicates, n);
}

void
metrics_ingest_batch(size_t requests)
{
	metrics_add(&m_batches, 1);
	metrics_add(&m_batch_sum, requests);
}

void
metrics_message_processed(void)
{
	metrics_add(&m_processed, 1);
}

void
metrics_contacts_merged(size_t n)
{
	metrics_add(&m_merged, n);
}

void
metrics_outbox_sent(enum channel ch)
{
	metrics_add(&m_sent[metrics_channel_index(ch)], 1);
}

void
metrics_outbox_retry(void)
{
	metrics_add(&m_retries, 1);
}

void
metrics_outbox_failed(void)
{
	metrics_add(&m_failed, 1);
}

void
metrics_doubt_resent(size_t n)
{
	metrics_add(&m_doubt_resent, n);
}

void
metrics_doubt_resolved(size_t n)
{
	metrics_add(&m_doubt_resolved, n);
}

void
metrics_db_error(void)
{
	metrics_add(&m_db_errors, 1);
}

void
metrics_flood(int on)
{
	if (on)
		metrics_add(&m_floods, 1);
	atomic_store_explicit(&m_flooding, on ? 1 : 0, memory_order_relaxed);
}

void
metrics_crisis(void)
{
	metrics_add(&m_crisis, 1);
}

void
metrics_webhook_ignored(enum payload_ignore why, size_t n)
{
	if ((size_t)why < PAYLOAD_IGNORE_COUNT)
		metrics_add(&m_ignored[why], n);
}

/* praatpaal_webhook_ignored_total{reason}: every reason, 0 included. */
static int
metrics_ignored(struct buf *out)
{
	size_t i;

	if (buf_puts(out, "# HELP praatpaal_webhook_ignored_total Webhook changes ignored "
	    "(not for [whatsapp] phone_number_id), by reason.\n"
	    "# TYPE praatpaal_webhook_ignored_total counter\n") == -1)
		return -1;
	for (i = 0; i < PAYLOAD_IGNORE_COUNT; i++)
		if (buf_printf(out, "praatpaal_webhook_ignored_total{reason=\"%s\"} %llu\n",
		    payload_ignore_name((enum payload_ignore)i),
		    (unsigned long long)metrics_get(&m_ignored[i])) == -1)
			return -1;
	return 0;
}

/* One metric without labels; type is "counter" or "gauge". */
static int
metrics_one(struct buf *out, const char *type, const char *name, const char *help, uint64_t v)
{
	return buf_printf(out, "# HELP %s %s\n# TYPE %s %s\n%s %llu\n",
	    name, help, name, type, name, (unsigned long long)v);
}

static int
metrics_counter(struct buf *out, const char *name, const char *help, uint64_t v)
{
	return metrics_one(out, "counter", name, help, v);
}

static int
metrics_per_channel(struct buf *out, const char *name, const char *help,
    atomic_uint_fast64_t *c)
{
	if (buf_printf(out, "# HELP %s %s\n# TYPE %s counter\n", name, help, name) == -1)
		return -1;
	if (buf_printf(out, "%s{channel=\"%s\"} %llu\n", name,
	    channel_name(CHANNEL_WHATSAPP),
	    (unsigned long long)metrics_get(&c[metrics_channel_index(CHANNEL_WHATSAPP)])) == -1)
		return -1;
	return buf_printf(out, "%s{channel=\"%s\"} %llu\n", name,
	    channel_name(CHANNEL_SMS),
	    (unsigned long long)metrics_get(&c[metrics_channel_index(CHANNEL_SMS)]));
}

int
metrics_render(struct buf *out)
{
	size_t r, i;
	uint64_t v;
	char code[16];

	if (buf_printf(out, "# HELP praatpaal_build_info The running version.\n"
	    "# TYPE praatpaal_build_info gauge\n"
	    "praatpaal_build_info{version=\"%s\"} 1\n", PRAATPAAL_VERSION) == -1)
		return -1;

	if (buf_puts(out, "# HELP praatpaal_http_requests_total HTTP requests answered, by route and status.\n"
	    "# TYPE praatpaal_http_requests_total counter\n") == -1)
		return -1;
	for (r = 0; r < ROUTE_COUNT; r++) {
		for (i = 0; i < METRICS_NCODES; i++) {
			v = metrics_get(&m_http[r][i]);
			if (v == 0)
				continue;
			if (i < NELEM(metrics_codes))
				snprintf(code, sizeof(code), "%u", metrics_codes[i]);
			else
				snprintf(code, sizeof(code), "other");
			if (buf_printf(out, "praatpaal_http_requests_total{route=\"%s\",code=\"%s\"} %llu\n",
			    metrics_routes[r], code, (unsigned long long)v) == -1)
				return -1;
		}
	}

	if (metrics_per_channel(out, "praatpaal_webhook_messages_stored_total",
	    "New inbound messages committed.", m_stored) == -1 ||
	    metrics_counter(out, "praatpaal_webhook_duplicates_total",
	    "Inbound messages already stored (provider retries).", metrics_get(&m_duplicates)) == -1 ||
	    metrics_counter(out, "praatpaal_ingest_batches_total",
	    "Ingest commits.", metrics_get(&m_batches)) == -1)
		return -1;
	if (buf_printf(out, "# HELP praatpaal_ingest_batch_size Webhook requests per ingest commit.\n"
	    "# TYPE praatpaal_ingest_batch_size summary\n"
	    "praatpaal_ingest_batch_size_sum %llu\npraatpaal_ingest_batch_size_count %llu\n",
	    (unsigned long long)metrics_get(&m_batch_sum),
	    (unsigned long long)metrics_get(&m_batches)) == -1)
		return -1;
	if (metrics_counter(out, "praatpaal_messages_processed_total",
	    "Inbound messages stepped through the dialogue.", metrics_get(&m_processed)) == -1 ||
	    metrics_per_channel(out, "praatpaal_outbox_sent_total",
	    "Outbound messages accepted by the provider.", m_sent) == -1 ||
	    metrics_counter(out, "praatpaal_outbox_retries_total",
	    "Sends that will be retried.", metrics_get(&m_retries)) == -1 ||
	    metrics_counter(out, "praatpaal_outbox_failed_total",
	    "Outbound messages that failed permanently.", metrics_get(&m_failed)) == -1 ||
	    metrics_counter(out, "praatpaal_db_errors_total",
	    "Database errors.", metrics_get(&m_db_errors)) == -1 ||
	    metrics_counter(out, "praatpaal_crisis_total",
	    "Crisis messages: queued for CIT at the top, or the counsellor alerted.",
	    metrics_get(&m_crisis)) == -1 ||
	    metrics_counter(out, "praatpaal_floods_total",
	    "Floods: more messages arrived than [worker] flood_rate a second.",
	    metrics_get(&m_floods)) == -1 ||
	    metrics_one(out, "gauge", "praatpaal_flood_paced",
	    "1 while the dialogue work is paced because of a flood.",
	    metrics_get(&m_flooding)) == -1)
		return -1;
	if (metrics_ignored(out) == -1)
		return -1;
	if (metrics_counter(out, "praatpaal_sends_in_doubt_resent_total",
	    "Sends in doubt (lease ran out, no answer recorded) sent again: no status "
	    "webhook named them within [sender] doubt_window.",
	    metrics_get(&m_doubt_resent)) == -1 ||
	    metrics_counter(out, "praatpaal_sends_in_doubt_resolved_total",
	    "Sends without a recorded answer that a status webhook recorded instead.",
	    metrics_get(&m_doubt_resolved)) == -1)
		return -1;
	if (metrics_counter(out, "praatpaal_contacts_merged_total",
	    "Contacts found to be one person (a number and a BSUID) and merged.",
	    metrics_get(&m_merged)) == -1)
		return -1;
	return 0;
}

/* ---- the operator's figures ------------------------------------------------ */

static const char *const metrics_listeners[LISTENER_COUNT] = {
	[LISTENER_PUBLIC] = "public",
	[LISTENER_ADMIN] = "admin",
};

static atomic_int_fast64_t m_conns[LISTENER_COUNT];	/* gauges */
static atomic_uint_fast64_t m_deadline[2];		/* headers, body */
static atomic_uint_fast64_t m_refused;

/*
 * A histogram with fixed buckets (upper bounds in microseconds, the last
 * one +Inf): per-bucket counts, made cumulative when rendered, so that a
 * scrape during an observation still reads non-decreasing buckets whose
 * last equals _count.
 */
#define METRICS_HIST_MAX	16

struct metrics_hist {
	const char		*mh_name;
	const char		*mh_help;
	const uint64_t		*mh_le_us;
	size_t			 mh_n;		/* bounds, +Inf not included */
	atomic_uint_fast64_t	 mh_bucket[METRICS_HIST_MAX + 1];
	atomic_uint_fast64_t	 mh_sum_us;
};

/* Webhook to acknowledgement: milliseconds normally, seconds when the database is slow. */
static const uint64_t metrics_ack_le_us[] = {
	1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000,
	2500000, 5000000, 10000000
};
/* Inbound message to the reply's send: a second normally, minutes when a provider is down. */
static const uint64_t metrics_send_le_us[] = {
	250000, 500000, 1000000, 2000000, 5000000, 10000000, 30000000, 60000000,
	300000000, 1800000000, 7200000000
};

static struct metrics_hist m_ack_hist = {
	"praatpaal_webhook_ack_seconds",
	"Time from a webhook's request line to its 200 answer being queued.",
	metrics_ack_le_us, NELEM(metrics_ack_le_us), { 0 }, 0
};
static struct metrics_hist m_send_hist = {
	"praatpaal_ack_to_send_seconds",
	"Time from the provider's timestamp of a contact's newest message to the provider "
	    "accepting a reply.",
	metrics_send_le_us, NELEM(metrics_send_le_us), { 0 }, 0
};

static void
metrics_observe(struct metrics_hist *h, int64_t us)
{
	size_t i;

	if (us < 0)
		us = 0;
	for (i = 0; i < h->mh_n; i++)
		if ((uint64_t)us <= h->mh_le_us[i])
			break;
	metrics_add(&h->mh_bucket[i], 1);
	metrics_add(&h->mh_sum_us, (uint64_t)us);
}

void
metrics_http_connection(enum metric_listener l, int delta)
{
	if ((int)l < 0 || l >= LISTENER_COUNT)
		return;
	atomic_fetch_add_explicit(&m_conns[l], delta, memory_order_relaxed);
}

void
metrics_http_deadline(int body)
{
	metrics_add(&m_deadline[body ? 1 : 0], 1);
}

void
metrics_http_refused(void)
{
	metrics_add(&m_refused, 1);
}

void
metrics_webhook_ack(int64_t us)
{
	metrics_observe(&m_ack_hist, us);
}

void
metrics_ack_to_send(int64_t inbound_ms)
{
	struct timespec ts;
	int64_t now_ms;

	if (inbound_ms <= 0)
		return;
	clock_gettime(CLOCK_REALTIME, &ts);
	now_ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	metrics_observe(&m_send_hist, (now_ms - inbound_ms) * 1000);
}

static int
metrics_render_hist(struct buf *out, struct metrics_hist *h)
{
	uint64_t cum = 0, sum;
	size_t i;

	if (buf_printf(out, "# HELP %s %s\n# TYPE %s histogram\n", h->mh_name, h->mh_help,
	    h->mh_name) == -1)
		return -1;
	for (i = 0; i <= h->mh_n; i++) {
		cum += metrics_get(&h->mh_bucket[i]);
		if (i < h->mh_n) {
			if (buf_printf(out, "%s_bucket{le=\"%g\"} %llu\n", h->mh_name,
			    (double)h->mh_le_us[i] / 1e6, (unsigned long long)cum) == -1)
				return -1;
		} else if (buf_printf(out, "%s_bucket{le=\"+Inf\"} %llu\n", h->mh_name,
		    (unsigned long long)cum) == -1)
			return -1;
	}
	sum = metrics_get(&h->mh_sum_us);
	return buf_printf(out, "%s_sum %.6f\n%s_count %llu\n", h->mh_name, (double)sum / 1e6,
	    h->mh_name, (unsigned long long)cum);
}

/* Open connections by listener, refused ones, and those closed at a deadline. */
static int
metrics_render_conns(struct buf *out)
{
	int64_t v;
	size_t l;

	if (buf_puts(out, "# HELP praatpaal_http_connections_open Open HTTP connections, "
	    "by listener.\n# TYPE praatpaal_http_connections_open gauge\n") == -1)
		return -1;
	for (l = 0; l < LISTENER_COUNT; l++) {
		v = atomic_load_explicit(&m_conns[l], memory_order_relaxed);
		if (buf_printf(out, "praatpaal_http_connections_open{listener=\"%s\"} %lld\n",
		    metrics_listeners[l], (long long)(v > 0 ? v : 0)) == -1)
			return -1;
	}
	if (metrics_counter(out, "praatpaal_http_connections_refused_total",
	    "Connections closed at once: over [http] max_connections or per_ip_connections.",
	    metrics_get(&m_refused)) == -1)
		return -1;
	return buf_printf(out, "# HELP praatpaal_http_deadline_closed_total Connections closed "
	    "because their headers or body were not in by [http] header_timeout or "
	    "body_timeout.\n# TYPE praatpaal_http_deadline_closed_total counter\n"
	    "praatpaal_http_deadline_closed_total{phase=\"headers\"} %llu\n"
	    "praatpaal_http_deadline_closed_total{phase=\"body\"} %llu\n",
	    (unsigned long long)metrics_get(&m_deadline[0]),
	    (unsigned long long)metrics_get(&m_deadline[1]));
}

/* A gauge with a fractional value. */
static int
metrics_gauge(struct buf *out, const char *name, const char *help, double v)
{
	return buf_printf(out, "# HELP %s %s\n# TYPE %s gauge\n%s %.3f\n",
	    name, help, name, name, v);
}

static int
metrics_render_queues(struct buf *out, const struct metrics_queues *q)
{
	if (metrics_one(out, "gauge", "praatpaal_database_up",
	    "1 if this scrape read the queues from the database within STATS_TIMEOUT_MS.",
	    q != NULL && q->mq_ok) == -1)
		return -1;
	if (q == NULL || !q->mq_ok)
		return 0;
	if (metrics_one(out, "gauge", "praatpaal_inbound_backlog",
	    "Inbound messages stored and not yet processed (counted up to STATS_BACKLOG_MAX).",
	    (uint64_t)q->mq_in_backlog) == -1 ||
	    metrics_gauge(out, "praatpaal_inbound_oldest_age_seconds",
	    "Age of the oldest unprocessed inbound message (0: none).", q->mq_in_oldest_s) == -1 ||
	    metrics_one(out, "gauge", "praatpaal_outbox_backlog",
	    "Replies not yet accepted by a provider: held, queued or sending (counted up to "
	    "STATS_BACKLOG_MAX).", (uint64_t)q->mq_out_backlog) == -1 ||
	    metrics_gauge(out, "praatpaal_outbox_oldest_age_seconds",
	    "Age of the oldest reply not yet sent (0: none).", q->mq_out_oldest_s) == -1)
		return -1;
	return 0;
}

int
metrics_render_service(struct buf *out, const struct metrics_queues *q)
{
	if (metrics_render_conns(out) == -1 ||
	    metrics_render_hist(out, &m_ack_hist) == -1 ||
	    metrics_render_hist(out, &m_send_hist) == -1 ||
	    metrics_render_queues(out, q) == -1)
		return -1;
	return 0;
}
