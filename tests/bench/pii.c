/*
 * pii.c (bench) — the PII scrubber's speed on one core: every input of the
 * sentence set (the .tsv files in tests/data/pii: chat-length messages) scrubbed one
 * message a call, over and over, for about BENCH_PII_S seconds of CPU.
 * Then the same sentences joined into one long text. Prints "RESULT pii
 * mb_s=... msgs_s=... avg_bytes=... long_mb_s=..." for tests/bench/run.sh.
 * Run from the top of the tree: build/bench/pii [seconds].
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pii.h"
#include "util.h"

#define BENCH_PII_S	3.0
#define MSGS_MAX	4096

static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	static char *msgs[MSGS_MAX];
	char err[512], path[512], *data, *line, *next, *tab, *out;
	size_t nmsg = 0, len, i, bytes = 0, calls = 0, total = 0;
	struct pii_lists *pl;
	struct dirent *de;
	double limit = argc > 1 ? strtod(argv[1], NULL) : BENCH_PII_S, t0, t, mb_s, msgs_s;
	char *joined;
	DIR *d;

	pl = pii_load("conf/pii", err, sizeof(err));
	if (pl == NULL || (d = opendir("tests/data/pii")) == NULL) {
		fprintf(stderr, "bench pii: %s (run from the top of the tree)\n", pl ? "tests/data/pii" : err);
		return 2;
	}
	while ((de = readdir(d)) != NULL && nmsg < MSGS_MAX) {
		if (strstr(de->d_name, ".tsv") == NULL)
			continue;
		snprintf(path, sizeof(path), "tests/data/pii/%s", de->d_name);
		if ((data = util_read_file(path, 1 << 20, &len, err, sizeof(err))) == NULL)
			continue;
		for (line = data; line != NULL && *line != '\0' && nmsg < MSGS_MAX; line = next) {
			next = strchr(line, '\n');
			if (next != NULL)
				*next++ = '\0';
			if (line[0] == '#' || (tab = strchr(line, '\t')) == NULL)
				continue;
			msgs[nmsg++] = xstrndup(line, (size_t)(tab - line));
			bytes += (size_t)(tab - line);
		}
		free(data);
	}
	closedir(d);
	if (nmsg == 0) {
		fprintf(stderr, "bench pii: no sentences in tests/data/pii\n");
		return 2;
	}
	t0 = cpu_s();
	do {
		for (i = 0; i < nmsg; i++) {
			out = pii_scrub(pl, msgs[i], NULL, 0, NULL);
			free(out);
		}
		calls += nmsg;
		total += bytes;
		t = cpu_s() - t0;
	} while (t < limit);
	mb_s = total / t / 1e6;
	msgs_s = calls / t;
	/* The same sentences as one long text (a story, a transcript). */
	joined = xmalloc(bytes + nmsg + 1);
	for (i = 0, len = 0; i < nmsg; i++) {
		memcpy(joined + len, msgs[i], strlen(msgs[i]));
		len += strlen(msgs[i]);
		joined[len++] = '\n';
	}
	joined[len] = '\0';
	total = 0;
	t0 = cpu_s();
	do {
		out = pii_scrub(pl, joined, NULL, 0, NULL);
		free(out);
		total += len;
		t = cpu_s() - t0;
	} while (t < limit);
	printf("RESULT pii mb_s=%.1f msgs_s=%.0f avg_bytes=%.0f long_mb_s=%.1f long_bytes=%zu\n",
	    mb_s, msgs_s, (double)bytes / nmsg, total / t / 1e6, len);
	free(joined);
	for (i = 0; i < nmsg; i++)
		free(msgs[i]);
	pii_free(pl);
	return 0;
}
