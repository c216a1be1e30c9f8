/*
 * crisis-normalise — the daemon's crisis_normalise as a filter, for
 * tools/crisis-train.py: one UTF-8 message a line on stdin, its normal form
 * a line on stdout. The training script hashes these, so the model learns
 * from exactly the text the daemon will score. Built by `make crisis-model`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"

int
main(void)
{
	char *line = NULL, *norm;
	size_t cap = 0;
	ssize_t n;

	while ((n = getline(&line, &cap, stdin)) != -1) {
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		norm = malloc((size_t)n + 1);
		if (norm == NULL)
			return 1;
		if (crisis_normalise(line, norm, (size_t)n + 1) == -1)
			return 1;	/* cannot happen: never longer than the input */
		puts(norm);
		free(norm);
	}
	free(line);
	return ferror(stdout) ? 1 : 0;
}
