/*
 * crisis-lines — the daemon's own text handling as a filter, for
 * tools/crisis-train.py: one UTF-8 message a line on stdin; on stdout, a
 * line per message: its normal form (crisis_normalise), a tab, and the
 * categories the lexicon given as the first argument matches (a bit per
 * category, CRISIS_BIT; 0 for none), with bit 0 (CRISIS_BIT(CRISIS_NONE))
 * for a worry line: the screening question; a tab and the hit's aspects
 * (CRISIS_ASPECT_*) follow, then a tab and the words no exception masked
 * (crisis_match_unmasked; empty unless CRISIS_ASPECT_EXCEPTED is set, and
 * possibly empty then). The training script hashes the normal
 * forms, so the model learns from exactly the text the daemon scores, and
 * chooses its thresholds with the lexicon beside it. Built by
 * `make crisis-model`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"

int
main(int argc, char **argv)
{
	struct crisis_lexicon *lex;
	struct crisis_hit hit;
	char *line = NULL, *norm, *rest, err[512];
	size_t cap = 0;
	ssize_t n;

	if (argc != 2) {
		fprintf(stderr, "usage: crisis-lines LEXICON < messages\n");
		return 2;
	}
	if (crisis_load(argv[1], &lex, err, sizeof(err)) == -1) {
		fprintf(stderr, "crisis-lines: %s\n", err);
		return 1;
	}
	while ((n = getline(&line, &cap, stdin)) != -1) {
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		norm = malloc((size_t)n + 1);
		if (norm == NULL)
			return 1;
		if (crisis_normalise(line, norm, (size_t)n + 1) == -1)
			return 1;	/* cannot happen: never longer than the input */
		crisis_match_unmasked(lex, line, &hit, &rest);
		printf("%s\t%u\t%u\t%s\n", norm, hit.ch_categories |
		    ((hit.ch_aspects & CRISIS_ASPECT_WORRY) ? CRISIS_BIT(CRISIS_NONE) : 0),
		    hit.ch_aspects, rest != NULL ? rest : "");
		free(rest);
		free(norm);
	}
	free(line);
	crisis_free(lex);
	return ferror(stdout) ? 1 : 0;
}
