/*
 * scrub.h — make provider and parser error texts safe to log and store: a run of
 * digits long enough to be a phone number (SCRUB_MIN_DIGITS, with an
 * optional leading '+', spaces or dashes inside) becomes "<number>".
 */
#ifndef SCRUB_H
#define SCRUB_H

#include <stddef.h>

/* Copy in to out (always terminated, cut to outlen - 1 bytes), numbers scrubbed. */
void	scrub_numbers(const char *in, char *out, size_t outlen);
/*
 * Scrub s in place (a provider's error text before it is stored). The
 * result is never longer: "<number>" (8 bytes) replaces at least
 * SCRUB_MIN_DIGITS digits.
 */
void	scrub_in_place(char *s);

#endif
