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

#include "metrics.h"
#include "praatpaal.h"

/* Status codes counted per route; anything else is counted as "other". */
static const unsigned int metrics_codes[] = {
	200, 204, 400, 401, 403, 404, 405, 413, 415, 500, 503
};
#define METRICS_NCODES	(NELEM(metrics_codes) + 1)	/* + "other" */

static const char *const metrics_routes[ROUTE_COUNT] = {
	[ROUTE_HEALTHZ] = "healthz",
	[ROUTE_READYZ] = "readyz",
	[ROUTE_METRICS] = "metrics",
	[ROUTE_WEBHOOK_WHATSAPP] = "webhook_whatsapp",
	[ROUTE_WEBHOOK_TWILIO] = "webhook_twilio",
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
	if (metrics_counter(out, "praatpaal_contacts_merged_total",
	    "Contacts found to be one person (a number and a BSUID) and merged.",
	    metrics_get(&m_merged)) == -1)
		return -1;
	return 0;
}
