/*
 * provider.c — the shared part of reading the providers' answers (no
 * answer at all, an accepted message and its id, an error's code and
 * text) and of keeping a failed delivery's diagnostic text. Pure: no I/O,
 * no state.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "message.h"
#include "provider.h"
#include "scrub.h"
#include "util.h"

int
provider_answer_open(int curl_failed, const char *curl_error, long http_status,
    const char *body, size_t len, long retry_after_s, struct send_result *sr,
    json_t **root)
{
	memset(sr, 0, sizeof(*sr));
	*root = NULL;
	sr->sr_retry_after_s = retry_after_s > 0 ? retry_after_s : 0;
	if (curl_failed) {
		sr->sr_outcome = SEND_RETRY;
		util_strlcpy(sr->sr_code, "curl", sizeof(sr->sr_code));
		util_copy_utf8(sr->sr_text, sizeof(sr->sr_text),
		    curl_error != NULL && curl_error[0] != '\0' ? curl_error : "no answer");
		return 1;
	}
	snprintf(sr->sr_code, sizeof(sr->sr_code), "%ld", http_status);
	if (body != NULL && len > 0)
		*root = json_loadb(body, len, 0, NULL);
	return 0;
}

void
provider_answer_accepted(const json_t *id, const char *what, struct send_result *sr)
{
	if (json_is_string(id) && json_string_length(id) > 0 &&
	    json_string_length(id) < sizeof(sr->sr_provider_id) &&
	    strlen(json_string_value(id)) == json_string_length(id)) {
		sr->sr_outcome = SEND_OK;
		util_strlcpy(sr->sr_provider_id, json_string_value(id), sizeof(sr->sr_provider_id));
		return;
	}
	sr->sr_outcome = SEND_FAIL;
	snprintf(sr->sr_text, sizeof(sr->sr_text), "answer without a usable %s", what);
}

long
provider_answer_error(const json_t *code, const json_t *message, long http_status,
    struct send_result *sr)
{
	long ecode = -1;

	if (json_is_integer(code)) {
		ecode = (long)json_integer_value(code);
		snprintf(sr->sr_code, sizeof(sr->sr_code), "%ld", ecode);
	}
	if (json_is_string(message))
		util_copy_utf8(sr->sr_text, sizeof(sr->sr_text), json_string_value(message));
	else
		snprintf(sr->sr_text, sizeof(sr->sr_text), "HTTP %ld", http_status);
	return ecode;
}

char *
provider_error_text(const char *text)
{
	char *s;
	size_t n = strlen(text);

	if (n > PROVIDER_ERROR_TEXT_MAX) {
		n = PROVIDER_ERROR_TEXT_MAX;
		while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
	}
	s = xstrndup(text, n);
	scrub_in_place(s);
	return s;
}
