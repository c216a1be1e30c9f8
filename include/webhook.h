/*
 * webhook.h — the provider webhooks: WhatsApp verification (GET), WhatsApp
 * and Twilio deliveries (POST). Checks run in a fixed order — content type,
 * size, signature, parse — and nothing is stored on any error; a valid
 * delivery is handed to ingest and answered once it is committed.
 */
#ifndef WEBHOOK_H
#define WEBHOOK_H

#include <microhttpd.h>
#include "http.h"

/*
 * Called by http.c on the first call for the request (headers only): the
 * checks that need no body (channel on, method, content type, declared
 * length). Returns MHD_YES with nothing queued to go on reading the body,
 * or the result of the reply it queued (rq->rq_phase is RQ_ANSWERED).
 */
enum MHD_Result	webhook_whatsapp_begin(struct http_request *, const char *method);
enum MHD_Result	webhook_twilio_begin(struct http_request *, const char *method);

/* Called once the whole body is in rq->rq_body (or rq_too_large is set). */
enum MHD_Result	webhook_whatsapp_body(struct http_request *, const char *method);
enum MHD_Result	webhook_twilio_body(struct http_request *);

/* Called after ingest resumed the request: answer by rq_ingest_status. */
enum MHD_Result	webhook_finish(struct http_request *);

#endif
