/*
 * flow_parse.h — what the flow loader's two halves share (src/flow.c
 * loads files and checks the graph; src/flow_node.c parses one node and
 * the values inside it). Not for other modules: they use flow.h.
 */
#ifndef FLOW_PARSE_H
#define FLOW_PARSE_H

#include <jansson.h>

#include "flow.h"
#include "util.h"

/* The loader's context: the flowset being built and its problem lines. */
struct lctx {
	struct flowset	*fs;
	struct buf	*errs;
	size_t		 nerr;
	const char	*file;	/* file being checked */
	const char	*node;	/* node being checked, or NULL */
};

/* Append one problem line: "file: node \"id\": message" (flow.c). */
void	flow_err(struct lctx *, const char *, ...) __attribute__((format(printf, 2, 3)));
/* Add a normalised word to a word list (flow.c). */
void	flow_words_add(struct flow_words *, const char *norm);

/* flow_node.c */
/* [a-z0-9_]+, at most FLOW_ID_MAX bytes. */
int	flow_valid_id(const char *);
/*
 * A translation object {"nl": "...", "en": "..."} with every configured
 * language, non-empty, at most maxchars characters each. 0, or -1 after
 * reporting (t then holds whatever parsed; the caller frees it).
 */
int	flow_parse_text(struct lctx *, const char *what, json_t *, struct flow_text *, size_t maxchars);
/*
 * Words by language {"nl": ["a", "b"], "en": [...]}, normalised into w.
 * every_lang: each configured language must have at least one word.
 * first, when not NULL, gets the first word as written (the caller frees it).
 */
int	flow_parse_words(struct lctx *, const char *what, json_t *, struct flow_words *, int every_lang,
	    char **first);
/* One node of a flow into fn: 0, or -1 after reporting every problem. */
int	flow_parse_node(struct lctx *, const char *id, json_t *node, struct flow_node *fn);

#endif
