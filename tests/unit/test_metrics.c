/* test_metrics.c — counters and their Prometheus text. */
#include <string.h>

#include "metrics.h"
#include "unit.h"

static void
test_render(void)
{
	struct buf b;

	metrics_http_request(ROUTE_HEALTHZ, 200);
	metrics_http_request(ROUTE_HEALTHZ, 200);
	metrics_http_request(ROUTE_WEBHOOK_TWILIO, 418);	/* not in the table: "other" */
	metrics_messages_stored(CHANNEL_SMS, 3);
	metrics_ingest_batch(4);
	metrics_ingest_batch(2);
	buf_init(&b, 1024 * 1024);
	CHECK_INT(metrics_render(&b), 0);
	CHECK(b.data != NULL);
	if (b.data == NULL)
		return;
	CHECK(strstr(b.data, "praatpaal_build_info{version=\"0.1.0\"} 1\n") != NULL);
	CHECK(strstr(b.data, "praatpaal_http_requests_total{route=\"healthz\",code=\"200\"} 2\n") != NULL);
	CHECK(strstr(b.data, "praatpaal_http_requests_total{route=\"webhook_twilio\",code=\"other\"} 1\n") != NULL);
	CHECK(strstr(b.data, "praatpaal_webhook_messages_stored_total{channel=\"sms\"} 3\n") != NULL);
	CHECK(strstr(b.data, "praatpaal_webhook_messages_stored_total{channel=\"whatsapp\"} 0\n") != NULL);
	CHECK(strstr(b.data, "praatpaal_ingest_batch_size_sum 6\n") != NULL);
	CHECK(strstr(b.data, "praatpaal_ingest_batch_size_count 2\n") != NULL);
	/* Routes never seen are not listed. */
	CHECK(strstr(b.data, "route=\"readyz\"") == NULL);
	buf_free(&b);
}

static void
test_render_ceiling(void)
{
	struct buf b;

	buf_init(&b, 64);
	CHECK_INT(metrics_render(&b), -1);
	buf_free(&b);
}

int
main(void)
{
	RUN(test_render);
	RUN(test_render_ceiling);
	return unit_done();
}
