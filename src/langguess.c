/*
 * langguess.c — the language of a message, guessed from its letters and
 * a few greetings (langguess.h).
 */
#include <string.h>

#include "crisis.h"
#include "langguess.h"
#include "util.h"

/* Letters one language has and Dutch, English and the others here do not. */
static const struct { long cp; const char *lang; } guess_letters[] = {
	{ 0x015F, "tr" }, { 0x015E, "tr" }, { 0x011F, "tr" }, { 0x011E, "tr" }, { 0x0131, "tr" },
	{ 0x0130, "tr" }, { 0x0142, "pl" }, { 0x0141, "pl" }, { 0x015B, "pl" }, { 0x015A, "pl" },
	{ 0x0105, "pl" }, { 0x0104, "pl" }, { 0x0119, "pl" }, { 0x0118, "pl" }, { 0x017C, "pl" },
	{ 0x017B, "pl" }, { 0x017A, "pl" }, { 0x0179, "pl" }, { 0x0107, "pl" }, { 0x0106, "pl" },
	{ 0x0144, "pl" }, { 0x0143, "pl" },
};

/* Greetings written without those letters (normalised as crisis_normalise does). */
static const struct { const char *word; const char *lang; } guess_words[] = {
	{ "merhaba", "tr" }, { "selam", "tr" }, { "selamlar", "tr" }, { "czesc", "pl" },
	{ "dzien dobry", "pl" }, { "prosze", "pl" },
};

/* The code point at s (bytes of it in *len), -1 when not valid UTF-8. */
static long
guess_next(const unsigned char *s, size_t *len)
{
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*len = 2;
		return ((long)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
	}
	*len = 1;
	return -1;	/* three-byte and longer: not a letter looked for here */
}

/* 1 if word (one or more words) is in the normalised text as whole words. */
static int
guess_has_words(const char *norm, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = norm; (p = strstr(p, word)) != NULL; p++)
		if ((p == norm || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

const char *
langguess_text(const char *text)
{
	const unsigned char *p;
	char norm[512];
	size_t i, len;
	long cp;

	if (text == NULL)
		return NULL;
	for (p = (const unsigned char *)text; *p != '\0'; p += len) {
		if (p[0] == 0xD8 || p[0] == 0xD9 || p[0] == 0xDA || p[0] == 0xDB) {	/* U+0600-06FF */
			if ((p[1] & 0xC0) == 0x80)
				return "ar";
		}
		cp = guess_next(p, &len);
		for (i = 0; cp > 0x7F && i < NELEM(guess_letters); i++)
			if (guess_letters[i].cp == cp)
				return guess_letters[i].lang;
	}
	/* a prefix is enough for a greeting: a cut text (-1) is still looked at */
	if (crisis_normalise(text, norm, sizeof(norm)) == -1)
		norm[sizeof(norm) - 1] = '\0';
	for (i = 0; i < NELEM(guess_words); i++)
		if (guess_has_words(norm, guess_words[i].word))
			return guess_words[i].lang;
	return crisis_text_english(text) ? "en" : NULL;
}
