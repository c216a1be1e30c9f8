/*
 * fuzz_scrub.c — libFuzzer target for the text functions that see user
 * text: the log scrubber (scrub_numbers), crisis_normalise and
 * crisis_match against the shipped lexicon (conf/crisis.lex, or the file
 * named by PRAATPAAL_FUZZ_LEXICON). Run from the top of the tree
 * (`make fuzz`, docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "log.h"
#include "praatpaal.h"
#include "scrub.h"

#define FUZZ_SMALL_OUT	17	/* a short output buffer, to test truncation */

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

static struct crisis_lexicon *lex;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *path = getenv("PRAATPAAL_FUZZ_LEXICON");
	char err[512];

	log_set_level(LOGL_ERROR);
	if (path == NULL)
		path = "conf/crisis.lex";
	if (crisis_load(path, &lex, err, sizeof(err)) == -1) {
		fprintf(stderr, "fuzz_scrub: %s (run from the top of the tree)\n", err);
		exit(1);
	}
	return 0;
}

/* No run of SCRUB_MIN_DIGITS or more ASCII digits may survive scrubbing. */
static void
check_scrubbed(const char *s)
{
	size_t run = 0;

	for (; *s != '\0'; s++) {
		run = (*s >= '0' && *s <= '9') ? run + 1 : 0;
		if (run >= SCRUB_MIN_DIGITS)
			__builtin_trap();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in, *out, small[FUZZ_SMALL_OUT];
	struct crisis_hit hit;
	size_t outlen = size + 64;

	in = malloc(size + 1);
	out = malloc(outlen);
	if (in == NULL || out == NULL)
		abort();
	memcpy(in, data, size);
	in[size] = '\0';	/* the functions take C strings: stop at the first NUL */

	scrub_numbers(in, out, outlen);
	if (strlen(out) >= outlen)
		__builtin_trap();
	check_scrubbed(out);
	scrub_numbers(in, small, sizeof(small));
	if (strlen(small) >= sizeof(small))
		__builtin_trap();

	/* The output is never longer than the input: strlen + 1 must fit. */
	if (crisis_normalise(in, out, strlen(in) + 1) != 0)
		__builtin_trap();
	(void)crisis_normalise(in, small, sizeof(small));
	if (strlen(small) >= sizeof(small))
		__builtin_trap();

	memset(&hit, 0, sizeof(hit));
	if (crisis_match(lex, in, &hit) == 0 && hit.ch_category != CRISIS_NONE)
		__builtin_trap();
	free(in);
	free(out);
	return 0;
}
