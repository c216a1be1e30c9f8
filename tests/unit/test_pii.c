/*
 * test_pii.c — the PII scrubber: the API (load errors, counts, known names,
 * UTF-8, invalid bytes, threads), and the measured recall and precision per
 * type on the sentence set, the .tsv files in tests/data/pii (input TAB expected). The
 * bars: no miss for the checkable kinds (BSN, IBAN, phone, e-mail,
 * postcode), recall >= 98% for names and addresses, precision >= 90%.
 * And how little it changes text not written for it (the crisis sets).
 */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pii.h"
#include "praatpaal.h"
#include "util.h"
#include "unit.h"

#define LISTS		"conf/pii"
#define SETDIR		"tests/data/pii"
#define MIN_SENTENCES	500
#define MIN_RECALL	0.98	/* names and addresses */
#define MIN_PRECISION	0.90	/* all placeholders together, and names alone */
#define SHOW_MAX	40	/* mismatching lines printed */
#define HELDOUT		"heldout"	/* heldout*.tsv: figures printed apart per file, not held to the bars */
#define HELDOUT_FILES	128	/* held-out files at most */
#define MIN_HELDOUT_RECALL 0.90	/* all placeholders of each held-out file (a floor) */
#define NTHREADS	4
#define MAX_CHANGED_OTHER 0.01	/* messages of other sets the scrubber may change */

static struct pii_lists *lists;

static char *
scrub(const char *in)
{
	static char out[8192];
	char *s = pii_scrub(lists, in, NULL, 0, NULL);

	if (s == NULL)
		return (char *)"(null)";
	util_strlcpy(out, s, sizeof(out));
	free(s);
	return out;
}

static void
test_load_errors(void)
{
	char err[512];
	struct pii_lists *pl;

	pl = pii_load("/nonexistent/pii", err, sizeof(err));
	CHECK(pl == NULL);
	CHECK(strstr(err, "/nonexistent/pii/firstnames.txt") != NULL);
	pii_free(NULL);
}

static void
test_kinds(void)
{
	CHECK_STR(scrub("bel 06-12345678"), "bel [TELEFOON]");
	CHECK_STR(scrub("mail sanne@example.nl of @sanne"), "mail [EMAIL] of [HANDLE]");
	CHECK_STR(scrub("www.example.nl en example.nl/pad"), "[URL] en [URL]");
	CHECK_STR(scrub("bsn 111222333"), "bsn [BSN]");
	CHECK_STR(scrub("nummer 111222334"), "nummer [NUMMER]");	/* fails the 11-test */
	CHECK_STR(scrub("bsn 111222334"), "bsn [BSN]");	/* named as a BSN: one, whatever the test says */
	CHECK_STR(scrub("iban NL00 ABNA 0417 1643 00"), "iban [IBAN]");	/* named, fails mod-97 */
	CHECK_STR(scrub("code NL00ZZZZ0417164300"), "code [NUMMER]");	/* NL-shaped, fails mod-97, no bank */
	CHECK_STR(scrub("code NL00ABNA0417164300"), "code [IBAN]");	/* fails mod-97, a Dutch bank's code */
	CHECK_STR(scrub("dossier VT-88213 en WMO-2025-00412"), "dossier [NUMMER] en [NUMMER]");
	CHECK_STR(scrub("NL91ABNA0417164300"), "[IBAN]");
	CHECK_STR(scrub("NL91 ABNA 0417 1643 00 is van mij"), "[IBAN] is van mij");
	CHECK_STR(scrub("2511 AB en 2511ab, niet 1234 is"), "[POSTCODE] en [POSTCODE], niet 1234 is");
	CHECK_STR(scrub("2511 SA"), "2511 SA");	/* SA, SD and SS are not used */
	CHECK_STR(scrub("Torenstraat 12a"), "[ADRES]");
	CHECK_STR(scrub("Torenstraat 5 is hier, Beeklaan 7-2 ok"), "[ADRES] is hier, [ADRES] ok");
	CHECK_STR(scrub("ik heet kevin"), "ik heet [NAAM]");
	CHECK_STR(scrub("3 februari 2008, 3-2-2008"), "[DATUM], [DATUM]");
	CHECK_STR(scrub("12-ABC-3"), "[KENTEKEN]");
	CHECK_STR(scrub("dossier 1234567"), "dossier [NUMMER]");
	CHECK_STR(scrub("bel 112, 113 of 0800-0113"), "bel 112, 113 of 0800-0113");
	CHECK_STR(scrub("ik ben 16 en woon in Den Haag"), "ik ben 16 en woon in Den Haag");
	CHECK_STR(scrub(""), "");
	CHECK_STR(scrub("😭 ëé ü"), "😭 ëé ü");
}

static void
test_counts_and_names(void)
{
	const char *names[] = { "Xandra Pietersma 🌸", NULL, "Joost (team CIT)" };
	struct pii_counts pc;
	char *s;

	s = pii_scrub(lists, "pietersma en joost, 06-12345678 of 0612345678", names, 3, &pc);
	CHECK_STR(s, "[NAAM] en [NAAM], [TELEFOON] of [TELEFOON]");
	CHECK_INT(pc.pc_n[PII_NAAM], 2);
	CHECK_INT(pc.pc_n[PII_TELEFOON], 2);
	CHECK_INT(pc.pc_n[PII_EMAIL], 0);
	free(s);
	/* Known names are matched in any case, accents folded. */
	s = pii_scrub(lists, "XANDRA en Xándra", names, 1, NULL);
	CHECK_STR(s, "[NAAM] en [NAAM]");
	free(s);
	/* No names: NULL is fine. */
	s = pii_scrub(lists, "ok", NULL, 0, &pc);
	CHECK_STR(s, "ok");
	free(s);
	CHECK_STR(pii_placeholder(PII_KENTEKEN), "[KENTEKEN]");
	CHECK_STR(pii_type_name(PII_BSN), "bsn");
	CHECK_STR(pii_placeholder(PII_NTYPES), "");
}

/* Invalid UTF-8 is copied; nothing long of digits survives. */
static void
test_bytes(void)
{
	CHECK_STR(scrub("a \xff\xfe b \xc3"), "a \xff\xfe b \xc3");
	CHECK_STR(scrub("\xff" "0612345678\xff"), "\xff[TELEFOON]\xff");
	CHECK_STR(scrub("abc12345678xyz"), "abc[NUMMER]xyz");
	/* A run is read PII_RUN_GROUPS_MAX groups at a time. */
	CHECK_STR(scrub("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6"), "[NUMMER] 3 4 5 6");
}

struct thr {
	const char	*t_in;
	char		*t_out;
};

static void *
thr_run(void *arg)
{
	struct thr *t = arg;
	int i;

	for (i = 0; i < 200; i++) {
		free(t->t_out);
		t->t_out = pii_scrub(lists, t->t_in, NULL, 0, NULL);
	}
	return NULL;
}

static void
test_threads(void)
{
	pthread_t th[NTHREADS];
	struct thr t[NTHREADS];
	const char *in = "ik heet Sanne de Vries, Torenstraat 12, 2511 AB, 06-12345678, 3 feb 2008";
	int i;

	for (i = 0; i < NTHREADS; i++) {
		t[i].t_in = in;
		t[i].t_out = NULL;
		CHECK(pthread_create(&th[i], NULL, thr_run, &t[i]) == 0);
	}
	for (i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], NULL);
		CHECK_STR(t[i].t_out, "ik heet [NAAM], [ADRES], [POSTCODE], [TELEFOON], [DATUM]");
		free(t[i].t_out);
	}
}

/* ---- the sentence set ---- */

struct tally {
	int	ta_exp[PII_NTYPES];	/* placeholders expected */
	int	ta_got[PII_NTYPES];	/* placeholders found */
	int	ta_tp[PII_NTYPES];	/* found where expected (per line, the smaller count) */
	int	ta_lines, ta_exact, ta_shown;
};

static void
count_placeholders(const char *s, int *n)
{
	const char *p;
	int t;

	for (p = strchr(s, '['); p != NULL; p = strchr(p + 1, '[')) {
		for (t = 0; t < PII_NTYPES; t++) {
			if (strncmp(p, pii_placeholder(t), strlen(pii_placeholder(t))) == 0) {
				n[t]++;
				break;
			}
		}
	}
}

static void
set_line(struct tally *ta, const char *file, int lineno, char *line, const char *const *names,
    size_t nnames)
{
	int e[PII_NTYPES] = { 0 }, g[PII_NTYPES] = { 0 }, t;
	char *tab = strchr(line, '\t'), *got;

	if (tab == NULL) {
		fprintf(stderr, "%s:%d: expected input TAB output\n", file, lineno);
		CHECK(tab != NULL);
		return;
	}
	*tab = '\0';
	got = pii_scrub(lists, line, names, nnames, NULL);
	CHECK(got != NULL);
	if (got == NULL)
		return;
	count_placeholders(tab + 1, e);
	count_placeholders(got, g);
	for (t = 0; t < PII_NTYPES; t++) {
		ta->ta_exp[t] += e[t];
		ta->ta_got[t] += g[t];
		ta->ta_tp[t] += e[t] < g[t] ? e[t] : g[t];
	}
	ta->ta_lines++;
	if (strcmp(got, tab + 1) == 0)
		ta->ta_exact++;
	else if (ta->ta_shown++ < SHOW_MAX)
		printf("  %s:%d: %s\n      got: %s\n     want: %s\n", file, lineno, line, got, tab + 1);
	free(got);
}

static void
set_file(struct tally *ta, const char *path)
{
	char *data, *line, *next, err[256];
	char *names[PII_NAMES_MAX], *nbuf = NULL, *p;
	const char *cnames[PII_NAMES_MAX];
	size_t len, nn = 0, k;
	int lineno = 0;

	data = util_read_file(path, 1024 * 1024, &len, err, sizeof(err));
	CHECK(data != NULL);
	if (data == NULL) {
		fprintf(stderr, "%s\n", err);
		return;
	}
	for (line = data; line != NULL && *line != '\0'; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		lineno++;
		if (strncmp(line, "#names:", 7) == 0) {
			free(nbuf);
			nbuf = xstrdup(line + 7);
			nn = 0;
			for (p = nbuf; *p != '\0' && nn < PII_NAMES_MAX; ) {
				while (*p == ' ')
					p++;
				if (*p == '\0')
					break;
				names[nn++] = p;
				p += strcspn(p, "|");
				if (*p == '|')
					*p++ = '\0';
			}
			for (k = 0; k < nn; k++)
				cnames[k] = names[k];
			continue;
		}
		if (line[0] == '#' || line[0] == '\0')
			continue;
		set_line(ta, path, lineno, line, cnames, nn);
	}
	free(nbuf);
	free(data);
}

static double
ratio(int a, int b)
{
	return b > 0 ? (double)a / b : 1.0;
}

static double
held_recall(const struct tally *ho)
{
	int t, e = 0, tp = 0;

	for (t = 0; t < PII_NTYPES; t++) {
		e += ho->ta_exp[t];
		tp += ho->ta_tp[t];
	}
	return ratio(tp, e);
}

/* One held-out file: a summary line, and names and addresses apart. */
static void
print_held(const char *name, const struct tally *ho)
{
	static const enum pii_type shown[] = { PII_NAAM, PII_ADRES };
	int t, e = 0, g = 0, tp = 0;
	size_t k;

	for (t = 0; t < PII_NTYPES; t++) {
		e += ho->ta_exp[t];
		g += ho->ta_got[t];
		tp += ho->ta_tp[t];
	}
	printf("pii set, held out (%s; its header says what it was tuned on): %d sentences, %d exact; "
	    "%d/%d placeholders found (recall %.3f), precision %.3f; floor recall >= %.2f\n",
	    name, ho->ta_lines, ho->ta_exact, tp, e, ratio(tp, e), ratio(tp, g), MIN_HELDOUT_RECALL);
	for (k = 0; k < NELEM(shown); k++) {
		t = shown[k];
		printf("    %-6s %d/%d found (recall %.3f), %d placed (precision %.3f)\n",
		    pii_type_name(t), ho->ta_tp[t], ho->ta_exp[t], ratio(ho->ta_tp[t], ho->ta_exp[t]),
		    ho->ta_got[t], ratio(ho->ta_tp[t], ho->ta_got[t]));
	}
}

static void
test_set(void)
{
	static const enum pii_type no_miss[] = { PII_BSN, PII_IBAN, PII_TELEFOON, PII_EMAIL, PII_POSTCODE };
	struct tally ta, ho[HELDOUT_FILES];
	char hname[HELDOUT_FILES][256];
	struct dirent *de;
	char path[512];
	int nho = 0, h;
	DIR *d;
	int t, te = 0, tg = 0, ttp = 0;
	size_t k;

	memset(&ta, 0, sizeof(ta));
	memset(ho, 0, sizeof(ho));
	d = opendir(SETDIR);
	CHECK(d != NULL);
	if (d == NULL)
		return;
	printf("pii set: lines that differ from the expected output (at most %d)\n", SHOW_MAX);
	while ((de = readdir(d)) != NULL) {
		size_t l = strlen(de->d_name);

		if (l < 5 || strcmp(de->d_name + l - 4, ".tsv") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", SETDIR, de->d_name);
		if (strncmp(de->d_name, HELDOUT, strlen(HELDOUT)) != 0) {
			set_file(&ta, path);
			continue;
		}
		CHECK(nho < HELDOUT_FILES);
		if (nho >= HELDOUT_FILES)
			continue;
		util_strlcpy(hname[nho], de->d_name, sizeof(hname[nho]));
		set_file(&ho[nho++], path);
	}
	closedir(d);
	for (h = 0; h < nho; h++) {
		print_held(hname[h], &ho[h]);
		CHECK(held_recall(&ho[h]) >= MIN_HELDOUT_RECALL);
	}
	printf("pii set: %d sentences, %d scrubbed exactly as expected (%.3f)\n", ta.ta_lines,
	    ta.ta_exact, ratio(ta.ta_exact, ta.ta_lines));
	printf("  %-10s %9s %9s %9s %8s %10s\n", "type", "expected", "found", "correct", "recall",
	    "precision");
	for (t = 0; t < PII_NTYPES; t++) {
		printf("  %-10s %9d %9d %9d %8.3f %10.3f\n", pii_type_name(t), ta.ta_exp[t], ta.ta_got[t],
		    ta.ta_tp[t], ratio(ta.ta_tp[t], ta.ta_exp[t]), ratio(ta.ta_tp[t], ta.ta_got[t]));
		te += ta.ta_exp[t];
		tg += ta.ta_got[t];
		ttp += ta.ta_tp[t];
	}
	printf("  %-10s %9d %9d %9d %8.3f %10.3f\n", "all", te, tg, ttp, ratio(ttp, te), ratio(ttp, tg));
	printf("  bars: no miss for bsn iban telefoon email postcode; recall naam, adres >= %.2f; "
	    "precision all, naam >= %.2f\n", MIN_RECALL, MIN_PRECISION);
	CHECK(ta.ta_lines >= MIN_SENTENCES);
	for (k = 0; k < NELEM(no_miss); k++) {
		CHECK(ta.ta_exp[no_miss[k]] > 0);
		CHECK_INT(ta.ta_tp[no_miss[k]], ta.ta_exp[no_miss[k]]);
	}
	CHECK(ratio(ta.ta_tp[PII_NAAM], ta.ta_exp[PII_NAAM]) >= MIN_RECALL);
	CHECK(ratio(ta.ta_tp[PII_ADRES], ta.ta_exp[PII_ADRES]) >= MIN_RECALL);
	CHECK(ratio(ttp, tg) >= MIN_PRECISION);
	CHECK(ratio(ta.ta_tp[PII_NAAM], ta.ta_got[PII_NAAM]) >= MIN_PRECISION);
}

/*
 * Text not written for the scrubber: the crisis sets' messages (invented,
 * youth chat, almost none with personal data). Lines the scrubber changes
 * are printed; at most MAX_CHANGED_OTHER of them may change.
 */
static void
test_other_text(void)
{
	static const char *const files[] = { "tests/data/crisis/positive.txt", "tests/data/crisis/negative.txt" };
	char *data, *line, *next, *got, err[256];
	size_t len, k;
	int lines = 0, changed = 0;

	for (k = 0; k < NELEM(files); k++) {
		data = util_read_file(files[k], 4 * 1024 * 1024, &len, err, sizeof(err));
		if (data == NULL) {
			printf("pii other text: %s\n", err);
			continue;
		}
		for (line = data; line != NULL && *line != '\0'; line = next) {
			next = strchr(line, '\n');
			if (next != NULL)
				*next++ = '\0';
			if (line[0] == '#' || line[0] == '\0')
				continue;
			got = pii_scrub(lists, line, NULL, 0, NULL);
			lines++;
			if (got != NULL && strcmp(got, line) != 0) {
				changed++;
				printf("  changed: %s\n        -> %s\n", line, got);
			}
			free(got);
		}
		free(data);
	}
	printf("pii other text (tests/data/crisis, not written for this): %d of %d messages changed "
	    "(%.3f; at most %.3f)\n", changed, lines, ratio(changed, lines), MAX_CHANGED_OTHER);
	CHECK(lines == 0 || ratio(changed, lines) <= MAX_CHANGED_OTHER);
}

int
main(void)
{
	char err[512];

	lists = pii_load(LISTS, err, sizeof(err));
	if (lists == NULL) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	RUN(test_load_errors);
	RUN(test_kinds);
	RUN(test_counts_and_names);
	RUN(test_bytes);
	RUN(test_threads);
	RUN(test_set);
	RUN(test_other_text);
	pii_free(lists);
	return unit_done();
}
