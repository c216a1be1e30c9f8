/*
 * sms_text.h — a reply as an SMS: no WhatsApp markup, no emoji, GSM-7
 * where it can be, and how many segments it costs.
 *
 * Pure functions on UTF-8 strings. Twilio sends a body in GSM-7 (160
 * characters in one segment, 153 per segment of a longer one) when every
 * character is in the GSM 03.38 alphabet, else in UCS-2 (70, 67): one
 * emoji or "ë" makes an SMS two to three times as expensive and cuts it
 * into more parts. docs/flows.md ("SMS") has the rules.
 */
#ifndef SMS_TEXT_H
#define SMS_TEXT_H

#include <stddef.h>

/*
 * text as plain SMS text: WhatsApp markup (*bold*, _italic_, ~strike~,
 * ```mono```) dropped, emoji and other symbols dropped (spaces around them
 * closed up), typographic quotes, dashes, bullets and accents outside
 * GSM-7 folded to their GSM-7 look-alikes (’ -> ', • -> -, ë -> e).
 * Caller frees.
 */
char	*sms_text_plain(const char *text);

/*
 * The SMS body of a reply: its plain text, then the choices (when n > 0)
 * as numbered lines ("\n\n1. Ja\n2. Nee"). Caller frees.
 */
char	*sms_text_body(const char *text, const char *const *titles, size_t n);

/* 1 when every character of text is in the GSM-7 alphabet (with its extension table). */
int	 sms_text_gsm7(const char *text);

/* Segments text is sent in: GSM-7 160 / 153 per part, else UCS-2 70 / 67. 0 for "". */
size_t	 sms_text_segments(const char *text);

#endif
