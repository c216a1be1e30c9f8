/*
 * fuzz_pii.c — libFuzzer target for the PII scrubber (src/pii.c) with the
 * shipped lists (conf/pii, or the directory named by PRAATPAAL_FUZZ_PII).
 * Each input is scrubbed twice (the same result: deterministic), once with
 * known names cut from the input itself. No digit run of nine or more may
 * survive (seven and eight only as a help line's number, 0800...), and
 * the result is never longer than the input with every byte a placeholder.
 * Run from the top of the tree (`make fuzz`, docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pii.h"
#include "praatpaal.h"

#define FUZZ_NAME_BYTES	24	/* the first bytes of the input also serve as a known name */
#define FUZZ_PLACEHOLDER_MAX	10	/* bytes of the longest placeholder, [TELEFOON] */

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

static struct pii_lists *lists;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("PRAATPAAL_FUZZ_PII");
	char err[512];

	log_set_level(LOGL_ERROR);
	if (dir == NULL)
		dir = "conf/pii";
	lists = pii_load(dir, err, sizeof(err));
	if (lists == NULL) {
		fprintf(stderr, "fuzz_pii: %s (run from the top of the tree)\n", err);
		exit(1);
	}
	return 0;
}

static void
check_digits(const char *s)
{
	size_t i, start, run;

	for (i = 0; s[i] != '\0'; ) {
		if (s[i] < '0' || s[i] > '9') {
			i++;
			continue;
		}
		for (start = i; s[i] >= '0' && s[i] <= '9'; i++)
			;
		run = i - start;
		if (run >= 9 || (run >= PII_MIN_NUMBER_DIGITS && strncmp(s + start, "0800", 4) != 0))
			__builtin_trap();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in, *a, *b, name[FUZZ_NAME_BYTES + 1];
	const char *names[2];
	struct pii_counts pc;
	size_t n, k, total = 0;

	in = malloc(size + 1);
	if (in == NULL)
		abort();
	memcpy(in, data, size);
	in[size] = '\0';	/* a C string: stop at the first NUL */
	n = strlen(in);

	a = pii_scrub(lists, in, NULL, 0, &pc);
	b = pii_scrub(lists, in, NULL, 0, NULL);
	if (a == NULL || b == NULL || strcmp(a, b) != 0)
		__builtin_trap();
	check_digits(a);
	if (strlen(a) > n * FUZZ_PLACEHOLDER_MAX)
		__builtin_trap();
	for (k = 0; k < PII_NTYPES; k++)
		total += pc.pc_n[k];
	if (total > n)
		__builtin_trap();
	free(a);
	free(b);

	memcpy(name, in, n < FUZZ_NAME_BYTES ? n : FUZZ_NAME_BYTES);
	name[n < FUZZ_NAME_BYTES ? n : FUZZ_NAME_BYTES] = '\0';
	names[0] = name;
	names[1] = NULL;
	a = pii_scrub(lists, in, names, 2, NULL);
	if (a == NULL)
		__builtin_trap();
	check_digits(a);
	free(a);
	free(in);
	return 0;
}
