/*
 * match.h — how the engine understands an answer: which menu choice a
 * reply picks (tapped button or list row id, number, title, keyword),
 * whether an ask answer is valid (and the value to store), yes or no, and
 * which language is picked.
 *
 * Pure functions of a read-only flowset and the input; any thread may call
 * them. "raw" is the input's text with surrounding white space removed
 * (match_trim), "norm" the same normalised (flow_normalise); choice_id is
 * the tapped button or list row id, or NULL.
 */
#ifndef MATCH_H
#define MATCH_H

#include "flow.h"

/* text without surrounding blanks, tabs and line ends; NULL is "". Caller frees. */
char	*match_trim(const char *text);

/* A whole-string number 1..max in s, else 0. */
int	 match_number(const char *s, int max);

/*
 * The index of the choice of menu fn that the answer picks, or -1: a
 * tapped id, then a number 1..n, then a whole title (any language) or
 * keyword, then the one choice whose keyword occurs as words in the text
 * (two choices: -1).
 */
int	 match_choice(const struct flowset *, const struct flow_node *fn, const char *choice_id,
	    const char *raw, const char *norm);

/*
 * The value to store for an answer to ask node fn by its "validate", or
 * NULL when the answer is not valid. int: the one number in the text;
 * one_of: an option by name, tapped id or number (its canonical value);
 * many_of: options by name or number, joined by ","; otherwise the text,
 * non-empty, up to fn_max characters. Caller frees.
 */
char	*match_answer(const struct flow_node *fn, const char *choice_id, const char *raw,
	    const char *norm);

/* 1 yes (the id "yes", "1" or a yes word), 0 no ("no", "2" or a no word), -1 neither. */
int	 match_yes_no(const struct flowset *, const char *choice_id, const char *raw,
	    const char *norm);

/* The index of the language picked (code as id or text, its name, or a number), or -1. */
int	 match_language(const struct flowset *, const char *choice_id, const char *raw,
	    const char *norm);

#endif
