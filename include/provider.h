/*
 * provider.h — what the WhatsApp Cloud API and Twilio have in common
 * when the sender reads their answers, and when a failed delivery's
 * diagnostic text is kept. Which error codes mean "try again" stays with
 * each provider (whatsapp.c, twilio.c).
 */
#ifndef PROVIDER_H
#define PROVIDER_H

#include <stddef.h>
#include <jansson.h>
#include "message.h"

/*
 * Start reading an answer: sr cleared, sr_retry_after_s the Retry-After
 * (0 unless positive), sr_code the HTTP status. No HTTP answer
 * (curl_failed): SEND_RETRY, code "curl" and curl's error text, *root
 * NULL, and 1 (sr is final). Else 0 with *root the JSON body, or NULL
 * when there is none or it does not parse; the caller decrefs it.
 */
int	provider_answer_open(int curl_failed, const char *curl_error, long http_status,
	    const char *body, size_t len, long retry_after_s, struct send_result *sr,
	    json_t **root);

/*
 * A 2xx answer: SEND_OK with id as sr_provider_id when it is a non-empty
 * string without NUL bytes that fits; else SEND_FAIL with "answer without
 * a usable <what>" (it may have been sent: retrying could send it twice).
 */
void	provider_answer_accepted(const json_t *id, const char *what, struct send_result *sr);

/*
 * An error answer's details: sr_code the code when it is an integer,
 * sr_text the message (cut on a character boundary) or "HTTP <status>".
 * Returns the code, or -1 without one.
 */
long	provider_answer_error(const json_t *code, const json_t *message, long http_status,
	    struct send_result *sr);

/*
 * A failed delivery's diagnostic text as stored: at most
 * PROVIDER_ERROR_TEXT_MAX bytes, cut on a character boundary, long digit
 * runs scrubbed. A new string; the caller frees.
 */
char	*provider_error_text(const char *text);

#endif
