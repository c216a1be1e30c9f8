/*
 * webhook.h — the provider webhooks: WhatsApp verification (GET), WhatsApp
 * and Twilio deliveries (POST). Checks run in a fixed order — content type,
 * size, signature, parse — and nothing is stored on any error; a valid
 * delivery is handed to ingest and answered once it is committed.
 */
#ifndef WEBHOOK_H
#define WEBHOOK_H

#include "request.h"

/* GET and POST /webhook/whatsapp. */
extern const struct handler	webhook_whatsapp_handler;
/* POST /webhook/twilio. */
extern const struct handler	webhook_twilio_handler;

#endif
