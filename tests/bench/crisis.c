/*
 * crisis.c (bench) — what the crisis model adds to a message's CPU: every
 * message of tests/data/crisis/corpus.tsv assessed by the lexicon alone,
 * then by the lexicon and the model (crisis_assess, as ingest and the
 * worker call it), over and over for about the given seconds of CPU each,
 * and the same for one text (argv[2], the burst's webhook text). Prints
 * "RESULT crisis lexicon_us=... both_us=... model_us=... text_model_us=..."
 * for tests/bench/run.sh, which sets the model's share against the
 * burst's CPU a webhook (issue target: no more than 2%). Run from the top
 * of the tree: build/bench/crisis [seconds] [text].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crisis.h"
#include "crisis_model.h"
#include "util.h"

#define BENCH_CRISIS_S	1.0
#define MSGS_MAX	20000

static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Microseconds of CPU a call for msgs (n), for about limit seconds: the
 * model's score when cm is given, else the lexicon's match. The clock is
 * read after at least CLOCK_EVERY calls: reading the process's CPU clock
 * is a system call that costs about as much as scoring a short text.
 */
#define CLOCK_EVERY	1000

static double
per_call_us(const struct crisis_lexicon *lx, const struct crisis_model *cm, char **msgs,
    size_t n, double limit)
{
	struct crisis_hit hit;
	float scores[CRISIS_MODEL_NLABELS];
	size_t calls = 0, i, r, reps = n >= CLOCK_EVERY ? 1 : (CLOCK_EVERY + n - 1) / n;
	double t0 = cpu_s(), t;

	do {
		for (r = 0; r < reps; r++) {
			for (i = 0; i < n; i++) {
				if (cm != NULL)
					crisis_model_score(cm, msgs[i], scores);
				else
					(void)crisis_match(lx, msgs[i], &hit);
			}
		}
		calls += n * reps;
		t = cpu_s() - t0;
	} while (t < limit);
	return t / (double)calls * 1e6;
}

int
main(int argc, char **argv)
{
	static char *msgs[MSGS_MAX];
	char err[512], *data, *line, *next, *tab;
	struct crisis_lexicon *lx = NULL;
	struct crisis_model *cm = NULL;
	double limit = argc > 1 ? strtod(argv[1], NULL) : BENCH_CRISIS_S;
	char *text[1] = { argc > 2 ? argv[2] : "hallo" };
	double lex_us, model_us, tlex_us, tmodel_us;
	size_t nmsg = 0, len, i;
	int f;

	if (crisis_load("conf/crisis.lex", &lx, err, sizeof(err)) == -1 ||
	    crisis_model_load("conf/crisis.model", &cm, err, sizeof(err)) == -1) {
		fprintf(stderr, "bench crisis: %s (run from the top of the tree)\n", err);
		return 2;
	}
	data = util_read_file("tests/data/crisis/corpus.tsv", 16 << 20, &len, err, sizeof(err));
	if (data == NULL) {
		fprintf(stderr, "bench crisis: %s\n", err);
		return 2;
	}
	/* split, family, labels, kind, text */
	for (line = data; line != NULL && *line != '\0' && nmsg < MSGS_MAX; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (line[0] == '#')
			continue;
		for (f = 0, tab = line; f < 4 && tab != NULL; f++)
			if ((tab = strchr(tab, '\t')) != NULL)
				tab++;
		if (tab != NULL && *tab != '\0')
			msgs[nmsg++] = tab;
	}
	if (nmsg == 0) {
		fprintf(stderr, "bench crisis: no messages in tests/data/crisis/corpus.tsv\n");
		return 2;
	}
	lex_us = per_call_us(lx, NULL, msgs, nmsg, limit);
	model_us = per_call_us(NULL, cm, msgs, nmsg, limit);
	tlex_us = per_call_us(lx, NULL, text, 1, limit / 4);
	tmodel_us = per_call_us(NULL, cm, text, 1, limit / 4);
	printf("RESULT crisis messages=%zu lexicon_us=%.2f model_us=%.2f text_lexicon_us=%.2f "
	    "text_model_us=%.2f\n", nmsg, lex_us, model_us, tlex_us, tmodel_us);
	for (i = 0; i < nmsg; i++)
		msgs[i] = NULL;
	free(data);
	crisis_free(lx);
	crisis_model_free(cm);
	return 0;
}
