/*
 * scrub.h — make provider and parser error texts safe to log: a run of
 * digits long enough to be a phone number (SCRUB_MIN_DIGITS, with an
 * optional leading '+', spaces or dashes inside) becomes "<number>".
 */
#ifndef SCRUB_H
#define SCRUB_H

#include <stddef.h>

/* Copy in to out (always terminated, cut to outlen - 1 bytes), numbers scrubbed. */
void	scrub_numbers(const char *in, char *out, size_t outlen);

#endif
