/*
 * kanon.c — the k-anonymity ladder (include/kanon.h). Combinations are
 * kept in an array sorted by their values (a lookup is a binary search);
 * kanon_solve groups the unsettled ones level by level by sorting an index
 * on their generalised key. Memory grows with the number of distinct
 * combinations, never with the rows of an export.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kanon.h"

/* The separator of values in a key: a byte no value holds. */
#define KANON_SEP	'\x1f'
#define KANON_KEY_MAX	(KQ_N * (KANON_VALUE_MAX + 1))

struct kanon_entry {
	char	*ke_key;		/* the values as added, joined */
	char	*ke_qi[KQ_N];		/* NULL for NULL */
	size_t	 ke_n;
	int	 ke_level;		/* -1: suppressed */
	char	*ke_gen;		/* key at the current level (solving) */
};

struct kanon {
	size_t			 kn_k;
	struct kanon_entry	*kn_e;
	size_t			 kn_len, kn_cap;
	int			 kn_sorted;
};

struct kanon *
kanon_new(size_t k)
{
	struct kanon *kn = xcalloc(1, sizeof(*kn));

	kn->kn_k = k == 0 ? 1 : k;
	return kn;
}

size_t
kanon_k(const struct kanon *kn)
{
	return kn->kn_k;
}

void
kanon_free(struct kanon *kn)
{
	size_t i;
	int q;

	if (kn == NULL)
		return;
	for (i = 0; i < kn->kn_len; i++) {
		free(kn->kn_e[i].ke_key);
		free(kn->kn_e[i].ke_gen);
		for (q = 0; q < KQ_N; q++)
			free(kn->kn_e[i].ke_qi[q]);
	}
	free(kn->kn_e);
	free(kn);
}

/* values joined with KANON_SEP; NULL as "\x1e" so it differs from "". */
static void
kanon_join(char vals[KQ_N][KANON_VALUE_MAX], char *out, size_t outlen)
{
	int q;

	out[0] = '\0';
	for (q = 0; q < KQ_N; q++) {
		size_t len = strlen(out);

		snprintf(out + len, outlen - len, "%s%c", vals[q], KANON_SEP);
	}
}

static void
kanon_copy(const char *const qi[KQ_N], char vals[KQ_N][KANON_VALUE_MAX])
{
	int q;

	for (q = 0; q < KQ_N; q++)
		util_strlcpy(vals[q], qi[q] != NULL ? qi[q] : "\x1e", KANON_VALUE_MAX);
}

void
kanon_add(struct kanon *kn, const char *const qi[KQ_N], size_t n)
{
	char vals[KQ_N][KANON_VALUE_MAX], key[KANON_KEY_MAX];
	struct kanon_entry *e;
	int q;

	kanon_copy(qi, vals);
	kanon_join(vals, key, sizeof(key));
	if (kn->kn_len == kn->kn_cap) {
		kn->kn_cap = kn->kn_cap == 0 ? 64 : kn->kn_cap * 2;
		kn->kn_e = xrealloc(kn->kn_e, kn->kn_cap * sizeof(*kn->kn_e));
	}
	e = &kn->kn_e[kn->kn_len++];
	memset(e, 0, sizeof(*e));
	e->ke_key = xstrdup(key);
	for (q = 0; q < KQ_N; q++)
		e->ke_qi[q] = qi[q] != NULL ? xstrdup(qi[q]) : NULL;
	e->ke_n = n;
	kn->kn_sorted = 0;
}

void
kanon_time_month(const char *t, char *out, size_t outlen)
{
	int y, w, dow, m;
	long days;
	char c;

	if (t == NULL) {
		util_strlcpy(out, "", outlen);
		return;
	}
	/* A week: the month of its Thursday (ISO 8601: week 1 holds 4 January). */
	if (sscanf(t, "%4d-W%2d%c", &y, &w, &c) == 2 && w >= 1 && w <= 53) {
		static const int cum[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		long yd;

		/* Day of the week of 4 January (0 Monday), counted from 1 January of year 1. */
		days = 365L * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400 + 3;
		dow = (int)(days % 7);		/* 1 January of year 1 was a Monday */
		/* The Thursday of week w, as a day of the year (0-based). */
		yd = 6 - dow + 7L * (w - 1);
		if (yd < 0) {
			snprintf(out, outlen, "%04d-12", y - 1);
			return;
		}
		if (yd >= 365 + leap) {
			snprintf(out, outlen, "%04d-01", y + 1);
			return;
		}
		for (m = 11; m > 0; m--)
			if (yd >= cum[m] + (m >= 2 ? leap : 0))
				break;
		snprintf(out, outlen, "%04d-%02d", y, m + 1);
		return;
	}
	/* A day or a month: its first seven bytes. */
	snprintf(out, outlen, "%.7s", t);
}

const char *
kanon_age_wider(const char *band)
{
	if (band == NULL)
		return NULL;
	if (strcmp(band, "<12") == 0 || strcmp(band, "12-15") == 0 ||
	    strcmp(band, "16-17") == 0 || strcmp(band, "12-17") == 0 || strcmp(band, "<18") == 0)
		return "<18";
	return "18+";
}

/* The values of e generalised to level. */
static void
kanon_generalise(const struct kanon_entry *e, int level, char vals[KQ_N][KANON_VALUE_MAX])
{
	const char *qi[KQ_N];
	int q;

	for (q = 0; q < KQ_N; q++)
		qi[q] = e->ke_qi[q];
	if (level >= 3)
		qi[KQ_AGE_BAND] = kanon_age_wider(qi[KQ_AGE_BAND]);
	if (level >= 2)
		qi[KQ_MUNICIPALITY] = KANON_REGION;
	kanon_copy(qi, vals);
	if (level >= 1 && qi[KQ_TIME] != NULL)
		kanon_time_month(qi[KQ_TIME], vals[KQ_TIME], KANON_VALUE_MAX);
}

static int
kanon_cmp_key(const void *a, const void *b)
{
	return strcmp(((const struct kanon_entry *)a)->ke_key,
	    ((const struct kanon_entry *)b)->ke_key);
}

static int
kanon_cmp_gen(const void *a, const void *b)
{
	const struct kanon_entry *x = *(struct kanon_entry *const *)a;
	const struct kanon_entry *y = *(struct kanon_entry *const *)b;

	return strcmp(x->ke_gen, y->ke_gen);
}

void
kanon_solve(struct kanon *kn, struct kanon_report *rep)
{
	char vals[KQ_N][KANON_VALUE_MAX], key[KANON_KEY_MAX];
	struct kanon_entry **open;
	size_t i, j, g, nopen, sum;
	int level;

	memset(rep, 0, sizeof(*rep));
	qsort(kn->kn_e, kn->kn_len, sizeof(*kn->kn_e), kanon_cmp_key);
	/* Merge combinations added more than once. */
	for (i = 0, j = 0; i < kn->kn_len; i++) {
		if (j > 0 && strcmp(kn->kn_e[j - 1].ke_key, kn->kn_e[i].ke_key) == 0) {
			kn->kn_e[j - 1].ke_n += kn->kn_e[i].ke_n;
			free(kn->kn_e[i].ke_key);
			for (int q = 0; q < KQ_N; q++)
				free(kn->kn_e[i].ke_qi[q]);
			continue;
		}
		kn->kn_e[j++] = kn->kn_e[i];
	}
	kn->kn_len = j;
	kn->kn_sorted = 1;
	open = xcalloc(kn->kn_len + 1, sizeof(*open));
	for (i = 0; i < kn->kn_len; i++) {
		kn->kn_e[i].ke_level = -1;
		open[i] = &kn->kn_e[i];
		rep->kr_rows += kn->kn_e[i].ke_n;
	}
	nopen = kn->kn_len;
	for (level = 0; level < KANON_LEVELS && nopen > 0; level++) {
		for (i = 0; i < nopen; i++) {
			kanon_generalise(open[i], level, vals);
			kanon_join(vals, key, sizeof(key));
			free(open[i]->ke_gen);
			open[i]->ke_gen = xstrdup(key);
		}
		qsort(open, nopen, sizeof(*open), kanon_cmp_gen);
		for (i = 0, g = 0; i < nopen; i = j) {
			sum = 0;
			for (j = i; j < nopen && strcmp(open[j]->ke_gen, open[i]->ke_gen) == 0; j++)
				sum += open[j]->ke_n;
			if (sum >= kn->kn_k) {
				for (size_t m = i; m < j; m++) {
					open[m]->ke_level = level;
					if (level > 0)
						rep->kr_generalised += open[m]->ke_n;
				}
			} else {
				for (size_t m = i; m < j; m++)
					open[g++] = open[m];
			}
		}
		nopen = g;
	}
	for (i = 0; i < nopen; i++)
		rep->kr_suppressed += open[i]->ke_n;
	free(open);
}

int
kanon_lookup(const struct kanon *kn, const char *const qi[KQ_N],
    char out[KQ_N][KANON_VALUE_MAX])
{
	char vals[KQ_N][KANON_VALUE_MAX], key[KANON_KEY_MAX];
	struct kanon_entry probe, *e;
	int q;

	kanon_copy(qi, vals);
	kanon_join(vals, key, sizeof(key));
	probe.ke_key = key;
	if (!kn->kn_sorted || (e = bsearch(&probe, kn->kn_e, kn->kn_len, sizeof(*kn->kn_e),
	    kanon_cmp_key)) == NULL || e->ke_level < 0)
		return -1;
	kanon_generalise(e, e->ke_level, out);
	for (q = 0; q < KQ_N; q++)
		if (strcmp(out[q], "\x1e") == 0)
			out[q][0] = '\0';
	return e->ke_level;
}
