/*
 * sms_text.c — a reply as an SMS: plain text (no WhatsApp markup, no
 * emoji), GSM-7 where the alphabet allows, and its segment count.
 *
 * Letters of other scripts (Arabic, Polish ł) are kept: such a text is
 * sent in UCS-2, which costs more segments but says what it must.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "sms_text.h"
#include "util.h"

/* GSM 03.38 basic alphabet beyond printable ASCII (ASCII but ` is in it, with [\]^{|}~ in the extension). */
static const long gsm_basic_extra[] = {
	0xA3, 0xA5, 0xE8, 0xE9, 0xF9, 0xEC, 0xF2, 0xC7, 0xD8, 0xF8, 0xC5, 0xE5, 0x394, 0x3A6,
	0x393, 0x39B, 0x3A9, 0x3A0, 0x3A8, 0x3A3, 0x398, 0x39E, 0xC6, 0xE6, 0xDF, 0xC9, 0xA4,
	0xA1, 0xC4, 0xD6, 0xD1, 0xDC, 0xA7, 0xBF, 0xE4, 0xF6, 0xF1, 0xFC, 0xE0,
};

/* The extension table: two septets each. */
static const long gsm_ext[] = { '^', '{', '}', '\\', '[', '~', ']', '|', 0x20AC };

/* Look-alikes in GSM-7 for characters outside it. */
static const struct { long cp; const char *to; } sms_folds[] = {
	{ 0x2018, "'" }, { 0x2019, "'" }, { 0x201A, "'" }, { 0x2032, "'" }, { 0xB4, "'" },
	{ 0x60, "'" }, { 0x201C, "\"" }, { 0x201D, "\"" }, { 0x201E, "\"" }, { 0x2033, "\"" },
	{ 0x2010, "-" }, { 0x2011, "-" }, { 0x2013, "-" }, { 0x2014, "-" }, { 0x2212, "-" },
	{ 0x2022, "-" }, { 0xB7, "-" }, { 0x2026, "..." }, { 0xA0, " " }, { 0x202F, " " },
	{ 0xEB, "e" }, { 0xEA, "e" }, { 0xCB, "E" }, { 0xCA, "E" }, { 0xC8, "E" },
	{ 0xEF, "i" }, { 0xEE, "i" }, { 0xED, "i" }, { 0xCF, "I" }, { 0xCE, "I" }, { 0xCD, "I" },
	{ 0xCC, "I" }, { 0xE1, "a" }, { 0xE2, "a" }, { 0xE3, "a" }, { 0xC1, "A" }, { 0xC2, "A" },
	{ 0xC0, "A" }, { 0xC3, "A" }, { 0xF3, "o" }, { 0xF4, "o" }, { 0xF5, "o" }, { 0xD3, "O" },
	{ 0xD4, "O" }, { 0xD2, "O" }, { 0xD5, "O" }, { 0xFA, "u" }, { 0xFB, "u" }, { 0xDA, "U" },
	{ 0xDB, "U" }, { 0xD9, "U" }, { 0xE7, "c" }, { 0x133, "ij" }, { 0x132, "IJ" },
};

static int
sms_in(long cp, const long *set, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (set[i] == cp)
			return 1;
	return 0;
}

/* 2: in the extension table, 1: in the basic alphabet, 0: not GSM-7. */
static int
sms_gsm_septets(long cp)
{
	if (sms_in(cp, gsm_ext, NELEM(gsm_ext)))
		return 2;
	if (cp == '\n' || cp == '\r' || (cp >= 0x20 && cp < 0x7F && cp != '`'))
		return 1;
	return sms_in(cp, gsm_basic_extra, NELEM(gsm_basic_extra));
}

/* Emoji, pictographs, dingbats, arrows, variation selectors, joiners: dropped. */
static int
sms_symbol(long cp)
{
	return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
	    (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE007F) ||
	    cp == 0x20E3 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299 ||
	    cp == 0xA9 || cp == 0xAE;
}

static const char *
sms_fold(long cp)
{
	size_t i;

	for (i = 0; i < NELEM(sms_folds); i++)
		if (sms_folds[i].cp == cp)
			return sms_folds[i].to;
	return NULL;
}

static int
sms_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (unsigned char)c >= 0x80;
}

/* Close up the spaces a dropped symbol or markup leaves: one space, none at a line's ends. */
static void
sms_squeeze(char *s)
{
	char *r, *w = s;

	for (r = s; *r != '\0'; r++) {
		if (*r == ' ' && (w == s || w[-1] == ' ' || w[-1] == '\n'))
			continue;
		if (*r == '\n')
			while (w > s && w[-1] == ' ')
				w--;
		*w++ = *r;
	}
	while (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
}

char *
sms_text_plain(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text), len;
	struct buf b;
	const char *fold;
	char prev = ' ';
	long cp;

	buf_init(&b, 0);
	if (buf_puts(&b, "") == -1)
		abort();
	while (n > 0) {
		len = util_utf8_next(p, n, &cp);
		if (cp == '*' || cp == '~' ||
		    (cp == '_' && (!sms_word_char(prev) || n == 1 || !sms_word_char((char)p[1])))) {
			;	/* WhatsApp markup */
		} else if ((fold = sms_fold(cp)) != NULL) {
			if (buf_puts(&b, fold) == -1)
				abort();
		} else if (cp >= 0 && !sms_symbol(cp)) {
			if (buf_append(&b, p, len) == -1)
				abort();
		}
		prev = b.len > 0 ? b.data[b.len - 1] : ' ';
		p += len;
		n -= len;
	}
	sms_squeeze(b.data);
	return buf_steal(&b);
}

char *
sms_text_body(const char *text, const char *const *titles, size_t n)
{
	struct buf b;
	size_t i;
	char *plain;

	buf_init(&b, 0);
	/* no ceiling: appending fails only on overflow of size_t */
	if (buf_puts(&b, text) == -1)
		abort();
	for (i = 0; i < n; i++)
		if (buf_printf(&b, "%s%zu. %s", i == 0 ? "\n\n" : "\n", i + 1, titles[i]) == -1)
			abort();
	plain = sms_text_plain(b.data);
	buf_free(&b);
	return plain;
}

int
sms_text_gsm7(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text), len;
	long cp;

	while (n > 0) {
		len = util_utf8_next(p, n, &cp);
		if (cp < 0 || sms_gsm_septets(cp) == 0)
			return 0;
		p += len;
		n -= len;
	}
	return 1;
}

size_t
sms_text_segments(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text), len, units = 0;
	int gsm = sms_text_gsm7(text);
	long cp;

	while (n > 0) {
		len = util_utf8_next(p, n, &cp);
		if (gsm)
			units += (size_t)sms_gsm_septets(cp);
		else
			units += cp >= 0x10000 ? 2 : 1;	/* UTF-16 code units */
		p += len;
		n -= len;
	}
	if (units == 0)
		return 0;
	if (gsm)
		return units <= SMS_GSM7_SINGLE ? 1 : (units + SMS_GSM7_PART - 1) / SMS_GSM7_PART;
	return units <= SMS_UCS2_SINGLE ? 1 : (units + SMS_UCS2_PART - 1) / SMS_UCS2_PART;
}
