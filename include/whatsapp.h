/*
 * whatsapp.h — the WhatsApp Cloud API: webhook signature and payload,
 * outbound request bodies, and how to read the API's answers.
 */
#ifndef WHATSAPP_H
#define WHATSAPP_H

#include <stddef.h>
#include "message.h"
#include "util.h"

/*
 * Check X-Hub-Signature-256 ("sha256=<64 hex>") over the raw body with
 * the app secret, in constant time. 0 valid; -1 missing, malformed or wrong.
 */
int	wa_verify_signature(const char *app_secret, const char *header,
	    const void *body, size_t len) WUR;

/*
 * Parse a webhook body: every entry[].changes[].value's messages[],
 * statuses[] (and errors[], logged and counted). A body that is not a
 * WhatsApp payload is -1 with err naming the problem, out empty: invalid
 * UTF-8, NUL bytes, nesting deeper than JSON_MAX_DEPTH, more than
 * PAYLOAD_MAX_MESSAGES items, invalid JSON, another object, or entry[],
 * changes[], value or its arrays missing or of another type.
 *
 * Each item is read on its own: a message whose id and sender (from,
 * from_user_id, or its value.contacts[] entry) can be read is kept, as
 * MSG_UNKNOWN with the reason in meta when the rest cannot; an item
 * without even those, or a status that cannot be read, is logged and
 * counted in pl_nskipped. Texts are kept up to TEXT_STORE_MAX_CHARS
 * characters. A change for another number than phone_number_id (NULL or
 * empty: any) is ignored and counted in pl_ignored. A payload with nothing
 * we handle (e.g. another field) parses to an empty payload: 0.
 */
int	wa_parse_for(const char *body, size_t len, const char *phone_number_id,
	    struct payload *out, char *err, size_t errlen) WUR;
/* wa_parse_for any number. */
int	wa_parse(const char *body, size_t len, struct payload *out,
	    char *err, size_t errlen) WUR;

/* 1 if s looks like a business-scoped user id ("NL.1502576394655843"), else 0. */
int	wa_bsuid_valid(const char *s);

/*
 * The JSON request body for POST {api_base}/{phone_number_id}/messages,
 * addressed "to" a number or to a "recipient" BSUID. template_name != NULL: send that template (language template_lang)
 * instead of the message (outside the 24-hour window). echo != NULL: the
 * send's echo (crypto_echo_make) as biz_opaque_callback_data, which
 * WhatsApp hands back in every status webhook of the message.
 * 0, or -1 with err filled and out empty.
 */
int	wa_render(const struct outbound *, const char *to, const char *template_name,
	    const char *template_lang, const char *echo, struct buf *out, char *err,
	    size_t errlen) WUR;

/*
 * Classify the API's answer. curl_failed != 0 means no HTTP answer
 * (timeout, refused, reset: retry; curl_error names it).
 * 200 with messages[0].id: SEND_OK. 429, 5xx, and error codes 130429,
 * 131056, 4, 80007, 1, 2, 131000, 133004: SEND_RETRY. Other 4xx: SEND_FAIL.
 */
void	wa_classify(int curl_failed, const char *curl_error, long http_status,
	    const char *body, size_t len, long retry_after_s, struct send_result *);

#endif
