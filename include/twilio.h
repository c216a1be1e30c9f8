/*
 * twilio.h — Twilio Programmable SMS: form bodies, X-Twilio-Signature,
 * inbound and status callbacks, outbound form bodies, answers.
 */
#ifndef TWILIO_H
#define TWILIO_H

#include <stddef.h>
#include "message.h"
#include "util.h"

struct form_field {
	char	*ff_name;
	char	*ff_value;
};

struct form {
	struct form_field	*fm_fields;
	size_t			 fm_n;
};

/*
 * Parse application/x-www-form-urlencoded (at most FORM_MAX_FIELDS
 * fields; '+' is a space; bad %-escapes, invalid UTF-8 or NUL: -1).
 */
int		 form_parse(const char *body, size_t len, struct form *, char *err, size_t errlen) WUR;
const char	*form_get(const struct form *, const char *name);
void		 form_free(struct form *);
/* Append name=value, percent-encoded, with '&' between fields. */
int		 form_append(struct buf *, const char *name, const char *value) WUR;

/* The signature schemes of X-Twilio-Signature. */
enum tw_sig_alg {
	TW_SIG_HMAC_SHA1,	/* the account's auth token (the default) */
	TW_SIG_HMAC_SHA256	/* a Webhook Setting's SharedKey secret */
};

/*
 * X-Twilio-Signature: base64(HMAC(key, url + for each field sorted by
 * name: name + value)) under alg, compared in constant time. url is
 * public_url + path (+ query, if any); as by Twilio's own validator, it is
 * tried without the scheme's default port and with it (:443 for https,
 * :80 for http), so that a signature over https://host:443/... is valid
 * for https://host/... and the other way round; another port is never
 * dropped. 0 valid, -1 not.
 */
int	tw_verify_signature_alg(const char *key, enum tw_sig_alg alg, const char *url,
	    const struct form *, const char *header) WUR;
/* The same with HMAC-SHA1 (the auth token's scheme). */
int	tw_verify_signature(const char *auth_token, const char *url,
	    const struct form *, const char *header) WUR;
/*
 * The scheme X-Twilio-Webhooks-Signature-Settings names
 * ("key=<id>,algorithm=HMAC_SHA256"): NULL, or no algorithm= in it,
 * means HMAC-SHA1. 0, or -1 for an algorithm not known here.
 */
int	tw_signature_algorithm(const char *settings, enum tw_sig_alg *) WUR;
/* 1 if a send's error code means the recipient opted out (21610, after an SMS STOP). */
int	tw_code_opted_out(const char *code);

/*
 * An inbound SMS (MessageSid, From, Body, NumMedia...) or a status
 * callback (MessageStatus, ErrorCode). From "+31600000001" is stored
 * as "31600000001". -1 with err for missing or bad fields.
 */
int	tw_parse(const struct form *, int64_t now_ms, struct payload *, char *err, size_t errlen) WUR;

/* Form body for POST {api_base}/2010-04-01/Accounts/{sid}/Messages.json:
 * To=+<to>, From=<from>, Body=<text with numbered choices>. */
int	tw_render(const struct outbound *, const char *to, const char *from,
	    struct buf *out, char *err, size_t errlen) WUR;

/* 200/201 with "sid": SEND_OK; 429, 5xx, error 20429: SEND_RETRY; other 4xx: SEND_FAIL. */
void	tw_classify(int curl_failed, const char *curl_error, long http_status,
	    const char *body, size_t len, long retry_after_s, struct send_result *);

#endif
