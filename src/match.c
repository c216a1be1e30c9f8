/*
 * match.c — understanding answers: a reply matched to a menu choice, an
 * ask answer validated, yes or no, a language picked.
 *
 * Everything here compares the input with the flowset's normalised words
 * (flow_normalise on both sides) and numbers; nothing is changed but the
 * strings returned to the caller. Pure: no locking needed.
 */
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "message.h"

char *
match_trim(const char *text)
{
	const char *s = text != NULL ? text : "";
	size_t n;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	return xstrndup(s, n);
}

int
match_number(const char *s, int max)
{
	long long n;

	if (util_parse_ll(s, 1, max, &n) == -1)
		return 0;
	return (int)n;
}

/* " a b " contains " w ": a keyword as a word sequence inside the text. */
static int
contains_words(const char *norm, const char *w)
{
	size_t n = strlen(w);
	const char *p = norm;

	while ((p = strstr(p, w)) != NULL) {
		if ((p == norm || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
		p++;
	}
	return 0;
}


/* A whole title (any language) or keyword: the choice's index, else -1. */
static int
match_choice_exact(const struct flowset *fs, const struct flow_node *fn, const char *norm)
{
	size_t i, l;

	for (i = 0; i < fn->fn_nchoices; i++) {
		for (l = 0; l < fs->fs_nlangs; l++)
			if (strcmp(fn->fn_choices[i].fc_title_norm[l], norm) == 0)
				return (int)i;
		if (flow_words_has(&fn->fn_choices[i].fc_keywords, norm))
			return (int)i;
	}
	return -1;
}

/* The one choice with a keyword inside the text, else -1 (none, or two choices). */
static int
match_choice_inside(const struct flow_node *fn, const char *norm)
{
	size_t i, l;
	int hit = -1, nhits = 0;

	for (i = 0; i < fn->fn_nchoices; i++) {
		const struct flow_words *w = &fn->fn_choices[i].fc_keywords;

		for (l = 0; l < w->fw_n; l++) {
			if (contains_words(norm, w->fw_words[l])) {
				if (hit != (int)i)
					nhits++;
				hit = (int)i;
				break;
			}
		}
	}
	return nhits == 1 ? hit : -1;
}

int
match_choice(const struct flowset *fs, const struct flow_node *fn, const char *choice_id,
    const char *raw, const char *norm)
{
	size_t i;
	int n;

	if (choice_id != NULL)
		for (i = 0; i < fn->fn_nchoices; i++)
			if (strcmp(fn->fn_choices[i].fc_id, choice_id) == 0)
				return (int)i;
	if ((n = match_number(raw, (int)fn->fn_nchoices)) > 0)
		return n - 1;
	if (*norm == '\0')
		return -1;
	if ((n = match_choice_exact(fs, fn, norm)) >= 0)
		return n;
	return match_choice_inside(fn, norm);
}

/* The one number in s (digits, optional minus), e.g. "ik ben 16" -> 16. */
static int
only_number(const char *s, long long *out)
{
	const char *p, *start = NULL;
	char num[24];
	size_t runs = 0, n = 0;

	for (p = s; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9' && (p == s || p[-1] < '0' || p[-1] > '9')) {
			runs++;
			start = (p > s && p[-1] == '-') ? p - 1 : p;
		}
	}
	if (runs != 1)
		return -1;
	for (p = start; n + 1 < sizeof(num) && (*p == '-' || (*p >= '0' && *p <= '9')); p++)
		num[n++] = *p;
	num[n] = '\0';
	return util_parse_ll(num, -1000000000000LL, 1000000000000LL, out);
}

/* many_of: words (whole options) or numbers; canonical values joined by ",". */
static char *
match_many(const struct flow_node *fn, const char *norm)
{
	struct buf b;
	const char *p = norm;
	size_t i, len, best_len, picked_n = 0;
	int best, picked[FLOW_MAX_OPTIONS], num, dup, r = 0;
	char word[16];

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		best = -1;
		best_len = 0;
		for (i = 0; i < fn->fn_noptions; i++) {
			len = strlen(fn->fn_options_norm[i]);
			if (strncmp(p, fn->fn_options_norm[i], len) == 0 && (p[len] == ' ' || p[len] == '\0') &&
			    len > best_len) {
				best = (int)i;
				best_len = len;
			}
		}
		if (best == -1) {
			len = strcspn(p, " ");
			if (len >= sizeof(word))
				return NULL;
			memcpy(word, p, len);
			word[len] = '\0';
			num = match_number(word, (int)fn->fn_noptions);
			if (num > 0)
				best = num - 1;
			else if (strcmp(word, "en") == 0 || strcmp(word, "and") == 0)
				best = -2;	/* a filler word between options */
			else
				return NULL;
			best_len = len;
		}
		if (best >= 0) {
			for (i = 0, dup = 0; i < picked_n; i++)
				dup |= picked[i] == best;
			if (!dup && picked_n < FLOW_MAX_OPTIONS)
				picked[picked_n++] = best;
		}
		p += best_len;
	}
	if (picked_n == 0)
		return NULL;
	buf_init(&b, 0);
	for (i = 0; i < picked_n; i++)
		r |= buf_printf(&b, "%s%s", i ? "," : "", fn->fn_options[picked[i]]);
	(void)r;
	return buf_steal(&b);
}

/* The value to store for an ask answer, or NULL when it is not valid. Caller frees. */

char *
match_answer(const struct flow_node *fn, const char *choice_id, const char *raw, const char *norm)
{
	long long n;
	size_t i;
	int k;

	switch (fn->fn_validate) {
	case VALIDATE_INT:
		if (only_number(raw, &n) == -1 || n < fn->fn_min || n > fn->fn_max)
			return NULL;
		return xasprintf("%lld", n);
	case VALIDATE_ONE_OF:
		for (i = 0; i < fn->fn_noptions; i++)
			if (strcmp(fn->fn_options_norm[i], norm) == 0 ||
			    (choice_id != NULL && strcmp(fn->fn_options[i], choice_id) == 0))
				return xstrdup(fn->fn_options[i]);
		if ((k = match_number(raw, (int)fn->fn_noptions)) > 0)
			return xstrdup(fn->fn_options[k - 1]);
		return NULL;
	case VALIDATE_MANY_OF:
		return match_many(fn, norm);
	case VALIDATE_MAX_LENGTH:
	case VALIDATE_NONE:
		if (*raw == '\0' || utf8_length(raw) > (size_t)fn->fn_max)
			return NULL;
		return xstrdup(raw);
	}
	return NULL;
}

int
match_yes_no(const struct flowset *fs, const char *choice_id, const char *raw, const char *norm)
{
	if ((choice_id != NULL && strcmp(choice_id, "yes") == 0) || strcmp(raw, "1") == 0 ||
	    flow_words_has(&fs->fs_commands[CMD_YES], norm))
		return 1;
	if ((choice_id != NULL && strcmp(choice_id, "no") == 0) || strcmp(raw, "2") == 0 ||
	    flow_words_has(&fs->fs_commands[CMD_NO], norm))
		return 0;
	return -1;
}

int
match_language(const struct flowset *fs, const char *choice_id, const char *raw, const char *norm)
{
	char *name;
	size_t i;
	int pick = -1, n;

	for (i = 0; i < fs->fs_nlangs && pick < 0; i++) {
		name = flow_normalise(fs->fs_lang_names[i]);
		if ((choice_id != NULL && strcmp(choice_id, fs->fs_langs[i]) == 0) ||
		    strcmp(norm, fs->fs_langs[i]) == 0 || strcmp(norm, name) == 0)
			pick = (int)i;
		free(name);
	}
	if (pick < 0 && (n = match_number(raw, (int)fs->fs_nlangs)) > 0)
		pick = n - 1;
	return pick;
}
