/*
 * test_crisis_sets.c — how conf/crisis.lex does on the crisis test sets
 * tests/data/crisis/set_crisis.tsv (must escalate) and set_calm.tsv (must
 * not): recall per crisis category and false alarms per calm kind, for the
 * tuning part, the held-out part and any fresh batch separately, with
 * guards under the measured figures; and the time of 100 000 matches of
 * ordinary messages. Format and figures: docs/crisis-lexicon.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crisis.h"
#include "praatpaal.h"
#include "util.h"
#include "unit.h"

#define LEXICON		"conf/crisis.lex"
#define SET_CRISIS	DATA("crisis/set_crisis.tsv")
#define SET_CALM	DATA("crisis/set_calm.tsv")
#define SET_MAX_BYTES	(4 * 1024 * 1024)	/* the sets grow by a batch a round (about 60 KB) */
#define SET_MIN_LINES	700	/* messages each set must hold */

/*
 * Guards, a little under what docs/crisis-lexicon.md reports. The tuning
 * part was used to write patterns; the held-out and fresh parts never were,
 * so their recall is the estimate for unseen messages.
 */
#define MIN_TUNE_RECALL		0.99
#define MIN_TUNE_CAT_RECALL	0.98	/* each category of the tuning part */
#define MIN_HELD_RECALL		0.95
#define MIN_FRESH_RECALL	0.78	/* a fresh batch, when the set has one */
#define MAX_FALSE_ALARMS	0.005	/* calm messages that escalate, tuning part */
#define MAX_HELD_FALSE_ALARMS	0.03	/* calm messages that escalate, held-out part */
#define MAX_FRESH_FALSE_ALARMS	0.09	/* calm messages that escalate, fresh batches (blind12: 16/160) */
#define BENCH_MATCHES		100000
#define BENCH_MAX_US		50.0	/* CPU microseconds per match, on average over a batch */
#define BENCH_BATCHES		5	/* batches of BENCH_MATCHES / BENCH_BATCHES; the fastest counts */
#define BENCH_NORMALISE_IDLE_US	0.40	/* normalising a set message on an idle core (0.30 to 0.35 us): the yardstick */

enum set_part { PART_TUNE, PART_HELD, PART_FRESH, NPARTS };
static const char *const part_names[NPARTS] = { "tune", "held", "fresh" };

static const char *const calm_kinds[] = {
	"idiom", "past", "third_person", "media", "school", "medical", "everyday",
	"game", "service", "slang", "practical",
};

#define KINDS_MAX	16

struct tally {
	const char	*t_kind;		/* static */
	int		 t_n[NPARTS];
	int		 t_hit[NPARTS];
};

struct set {
	const char	*s_path;
	int		 s_crisis;		/* 1: messages must escalate */
	struct tally	 s_kinds[KINDS_MAX];
	size_t		 s_nkinds;
	int		 s_lines;
	char		*s_text[2048];		/* every message, for the benchmark */
	size_t		 s_ntext;
};

static struct tally *
set_kind(struct set *s, const char *kind)
{
	enum crisis_category c;
	const char *name = NULL;
	size_t i;

	if (s->s_crisis) {
		if (crisis_category_parse(kind, &c) == 0)
			name = crisis_category_name(c);
	} else {
		for (i = 0; i < NELEM(calm_kinds); i++)
			if (strcmp(kind, calm_kinds[i]) == 0)
				name = calm_kinds[i];
	}
	if (name == NULL)
		return NULL;
	for (i = 0; i < s->s_nkinds; i++)
		if (s->s_kinds[i].t_kind == name)
			return &s->s_kinds[i];
	if (s->s_nkinds == KINDS_MAX)
		return NULL;
	s->s_kinds[s->s_nkinds].t_kind = name;
	return &s->s_kinds[s->s_nkinds++];
}

static int
set_part(const char *name)
{
	int i;

	for (i = 0; i < NPARTS; i++)
		if (strcmp(name, part_names[i]) == 0)
			return i;
	return -1;
}

/*
 * One line "part<TAB>kind<TAB>message": count it, print it when it went
 * wrong in the tuning part (or in any part with show_all). -1 on a bad line.
 */
static int
set_line(struct set *s, const struct crisis_lexicon *lx, char *line, int lineno, int show_all)
{
	char *kind, *msg;
	struct crisis_hit hit;
	struct tally *t;
	int part, hitp;

	kind = strchr(line, '\t');
	msg = kind != NULL ? strchr(kind + 1, '\t') : NULL;
	if (msg == NULL || strchr(msg + 1, '\t') != NULL || msg[1] == '\0') {
		fprintf(stderr, "%s:%d: expected part<TAB>kind<TAB>message\n", s->s_path, lineno);
		return -1;
	}
	*kind++ = '\0';
	*msg++ = '\0';
	part = set_part(line);
	t = set_kind(s, kind);
	if (part < 0 || t == NULL) {
		fprintf(stderr, "%s:%d: unknown part \"%s\" or kind \"%s\"\n", s->s_path, lineno,
		    line, kind);
		return -1;
	}
	hitp = crisis_match(lx, msg, &hit);
	t->t_n[part]++;
	t->t_hit[part] += hitp;
	if (hitp != s->s_crisis && (part == PART_TUNE || show_all)) {
		if (s->s_crisis)
			printf("  missed (%s, %s): %s\n", line, kind, msg);
		else
			printf("  false alarm (%s, %s -> %s, lexicon line %d): %s\n", line, kind,
			    hit.ch_name, hit.ch_line, msg);
	}
	if (s->s_ntext < NELEM(s->s_text))
		s->s_text[s->s_ntext++] = xstrdup(msg);
	s->s_lines++;
	return 0;
}

static int
set_run(struct set *s, const struct crisis_lexicon *lx)
{
	char err[256], *data, *line, *next;
	int lineno = 0, rc = 0, show_all;
	size_t len;

	show_all = getenv("PRAATPAAL_CRISIS_SHOW_HELD") != NULL;
	data = util_read_file(s->s_path, SET_MAX_BYTES, &len, err, sizeof(err));
	if (data == NULL) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	for (line = data; line != NULL && *line != '\0'; line = next) {
		lineno++;
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (line[0] == '#' || line[strspn(line, " \t\r")] == '\0')
			continue;
		if (set_line(s, lx, line, lineno, show_all) == -1)
			rc = -1;
	}
	free(data);
	return rc;
}

static double
ratio(int a, int b)
{
	return b > 0 ? (double)a / b : 0;
}

/* Print a table: one row a kind, per part n and the share escalated; the totals in *n, *hit. */
static void
set_print(const struct set *s, int n[NPARTS], int hit[NPARTS])
{
	const struct tally *t;
	size_t i;
	int p;

	printf("crisis sets: %s (%s per %s)\n", s->s_path,
	    s->s_crisis ? "recall" : "false alarms", s->s_crisis ? "category" : "kind");
	printf("  %-14s", s->s_crisis ? "category" : "kind");
	for (p = 0; p < NPARTS; p++)
		printf(" %18s", part_names[p]);
	printf("\n");
	memset(n, 0, NPARTS * sizeof(*n));
	memset(hit, 0, NPARTS * sizeof(*hit));
	for (i = 0; i <= s->s_nkinds; i++) {
		t = i < s->s_nkinds ? &s->s_kinds[i] : NULL;
		printf("  %-14s", t != NULL ? t->t_kind : "all");
		for (p = 0; p < NPARTS; p++) {
			if (t != NULL) {
				n[p] += t->t_n[p];
				hit[p] += t->t_hit[p];
			}
			if ((t != NULL ? t->t_n[p] : n[p]) == 0)
				printf(" %18s", "-");
			else if (t != NULL)
				printf("  %4d/%-4d = %.3f", t->t_hit[p], t->t_n[p],
				    ratio(t->t_hit[p], t->t_n[p]));
			else
				printf("  %4d/%-4d = %.3f", hit[p], n[p], ratio(hit[p], n[p]));
		}
		printf("\n");
	}
}

static void
set_free(struct set *s)
{
	size_t i;

	for (i = 0; i < s->s_ntext; i++)
		free(s->s_text[i]);
}

static void
check_crisis(const struct set *s)
{
	int n[NPARTS], hit[NPARTS];
	size_t i;

	set_print(s, n, hit);
	printf("  guards: tune >= %.2f (each category >= %.2f), held >= %.2f, fresh >= %.2f\n",
	    MIN_TUNE_RECALL, MIN_TUNE_CAT_RECALL, MIN_HELD_RECALL, MIN_FRESH_RECALL);
	CHECK(n[PART_TUNE] > 0 && n[PART_HELD] > 0);
	CHECK(ratio(hit[PART_TUNE], n[PART_TUNE]) >= MIN_TUNE_RECALL);
	CHECK(ratio(hit[PART_HELD], n[PART_HELD]) >= MIN_HELD_RECALL);
	if (n[PART_FRESH] > 0)
		CHECK(ratio(hit[PART_FRESH], n[PART_FRESH]) >= MIN_FRESH_RECALL);
	for (i = 0; i < s->s_nkinds; i++)
		CHECK(ratio(s->s_kinds[i].t_hit[PART_TUNE], s->s_kinds[i].t_n[PART_TUNE]) >=
		    MIN_TUNE_CAT_RECALL);
	/* Every category is in the set. */
	CHECK_INT(s->s_nkinds, CRISIS_NCATEGORIES - 1);
}

static void
check_calm(const struct set *s)
{
	int n[NPARTS], hit[NPARTS], p;

	set_print(s, n, hit);
	printf("  guards: false alarms, tune <= %.3f, held <= %.2f, fresh <= %.2f\n", MAX_FALSE_ALARMS,
	    MAX_HELD_FALSE_ALARMS, MAX_FRESH_FALSE_ALARMS);
	CHECK(n[PART_TUNE] > 0 && n[PART_HELD] > 0);
	CHECK(ratio(hit[PART_TUNE], n[PART_TUNE]) <= MAX_FALSE_ALARMS);
	for (p = PART_HELD; p < NPARTS; p++)
		CHECK(ratio(hit[p], n[p]) <= (p == PART_FRESH ? MAX_FRESH_FALSE_ALARMS :
		    MAX_HELD_FALSE_ALARMS));
}

/* CPU seconds of this thread: the machine may be busy with other work. */
static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* BENCH_MATCHES matches, going round the messages of both sets. */
static void
bench(const struct crisis_lexicon *lx, const struct set *a, const struct set *b)
{
	double t0, t, us = 0, ref = 0, limit = BENCH_MAX_US;
	char norm[TEXT_MAX + 1];
	size_t i, k, n = a->s_ntext + b->s_ntext;
	const char *msg;
	int hits = 0;

#if defined(__SANITIZE_ADDRESS__)
	limit *= 20;
#endif
	if (getenv("PRAATPAAL_VALGRIND") != NULL)
		return;	/* minutes under valgrind, and says nothing about speed */
	CHECK(n > 0);
	if (n == 0)
		return;
	/*
	 * The machine's speed in this run: normalising the same messages
	 * (the first step of every match). On a shared virtual machine whose
	 * host is busy every CPU second stretches alike, so the limit grows
	 * with it, never shrinks below BENCH_MAX_US.
	 */
	for (k = 0; k < BENCH_BATCHES; k++) {
		t0 = cpu_s();
		for (i = 0; i < BENCH_MATCHES / BENCH_BATCHES; i++) {
			msg = i % n < a->s_ntext ? a->s_text[i % n] : b->s_text[i % n - a->s_ntext];
			hits += crisis_normalise(msg, norm, sizeof(norm)) == 0;
		}
		t = (cpu_s() - t0) * 1e6 / (BENCH_MATCHES / BENCH_BATCHES);
		if (k == 0 || t < ref)
			ref = t;
	}
	if (ref > BENCH_NORMALISE_IDLE_US)
		limit *= ref / BENCH_NORMALISE_IDLE_US;
	hits = 0;
	/*
	 * The fastest of BENCH_BATCHES batches over the same messages: on a
	 * shared virtual machine a neighbour slows some batches, never speeds
	 * one up.
	 */
	for (k = 0; k < BENCH_BATCHES; k++) {
		t0 = cpu_s();
		for (i = 0; i < BENCH_MATCHES / BENCH_BATCHES; i++) {
			msg = i % n < a->s_ntext ? a->s_text[i % n] : b->s_text[i % n - a->s_ntext];
			hits += crisis_match(lx, msg, NULL);
		}
		t = (cpu_s() - t0) * 1e6 / (BENCH_MATCHES / BENCH_BATCHES);
		if (k == 0 || t < us)
			us = t;
	}
	printf("crisis sets: %d matches of the set messages (%zu patterns): %.2f us CPU per match, fastest batch"
	    " (%d hits; normalising %.2f us; limit %.0f us)\n", BENCH_MATCHES, crisis_npatterns(lx), us, hits,
	    ref, limit);
	CHECK(us < limit);
}

static void
test_sets(void)
{
	static struct set crisis, calm;
	struct crisis_lexicon *lx = NULL;
	char err[512];

	if (crisis_load(LEXICON, &lx, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\n", err);
		CHECK(!"conf/crisis.lex loads");
		return;
	}
	crisis.s_path = SET_CRISIS;
	crisis.s_crisis = 1;
	calm.s_path = SET_CALM;
	CHECK_INT(set_run(&crisis, lx), 0);
	CHECK_INT(set_run(&calm, lx), 0);
	CHECK(crisis.s_lines >= SET_MIN_LINES);
	CHECK(calm.s_lines >= SET_MIN_LINES);
	check_crisis(&crisis);
	check_calm(&calm);
	bench(lx, &crisis, &calm);
	set_free(&crisis);
	set_free(&calm);
	crisis_free(lx);
}

int
main(void)
{
	RUN(test_sets);
	return unit_done();
}
