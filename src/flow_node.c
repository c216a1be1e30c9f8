/*
 * flow_node.c — parse one node of a flow (docs/flows.md, "Node types"):
 * its type and keys, its texts in every language, menus and their
 * choices, branches and their cases, questions with validate specs,
 * stories, handovers, saves and consent. Every problem is reported through
 * flow_err() with the file and node; the caller (flow.c) decides what a
 * problem means for the whole flowset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "crisis.h"
#include "flow.h"
#include "flow_parse.h"
#include "message.h"

static const char *const node_type_names[] = {
	"message", "menu", "ask", "story", "set", "branch", "handover",
	"save", "consent", "end",
};

/* Keys each node type may have besides "type" (and keys starting with "_"). */
static const char *const node_keys[][8] = {
	[NODE_MESSAGE] = { "text", "next" },
	[NODE_MENU] = { "text", "button", "choices" },
	[NODE_ASK] = { "text", "var", "validate", "invalid", "next" },
	[NODE_STORY] = { "text", "var", "done", "max_length", "ack", "next" },
	[NODE_SET] = { "var", "value", "next" },
	[NODE_BRANCH] = { "cases", "else" },
	[NODE_HANDOVER] = { "team", "priority", "text", "summary" },
	[NODE_SAVE] = { "kind", "vars", "next" },
	[NODE_CONSENT] = { "var", "version", "next" },
	[NODE_END] = { "text" },
};

static const char *const op_names[] = {
	"lt", "le", "eq", "ne", "ge", "gt", "in", "set", "unset",
};

/* [a-z0-9_]+, at most FLOW_ID_MAX bytes. */
int
flow_valid_id(const char *s)
{
	size_t n = 0;

	if (s == NULL || *s == '\0')
		return 0;
	for (; *s != '\0'; s++, n++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return n <= FLOW_ID_MAX;
}

/*
 * A translation object {"nl": "...", "en": "..."} with every configured
 * language, non-empty, at most maxchars characters each. 0, or -1 after
 * reporting (t then holds whatever parsed; the caller frees it).
 */
int
flow_parse_text(struct lctx *lc, const char *what, json_t *v, struct flow_text *t, size_t maxchars)
{
	const char *key;
	json_t *val;
	size_t i, n;
	int rc = 0, li;

	if (!json_is_object(v)) {
		flow_err(lc, "%s must be an object of translations, like {\"nl\": \"...\", \"en\": \"...\"}", what);
		return -1;
	}
	json_object_foreach(v, key, val) {
		li = flow_lang_find(lc->fs, key);
		if (li == -1) {
			flow_err(lc, "%s: language \"%s\" is not in languages.json", what, key);
			rc = -1;
			continue;
		}
		if (!json_is_string(val) || json_string_length(val) == 0) {
			flow_err(lc, "%s: \"%s\" must be a non-empty string", what, key);
			rc = -1;
			continue;
		}
		n = utf8_length(json_string_value(val));
		if (n > maxchars) {
			flow_err(lc, "%s (%s) is %zu characters (at most %zu)", what, key, n, maxchars);
			rc = -1;
			continue;
		}
		free(t->ft_s[li]);
		t->ft_s[li] = xstrdup(json_string_value(val));
	}
	for (i = 0; i < lc->fs->fs_nlangs; i++) {
		if (t->ft_s[i] != NULL || json_object_get(v, lc->fs->fs_langs[i]) != NULL)
			continue;
		if (lc->fs->fs_review[i]) {	/* a language awaiting review: the fallback's text */
			if (t->ft_s[lc->fs->fs_fallback_lang] != NULL)
				t->ft_s[i] = xstrdup(t->ft_s[lc->fs->fs_fallback_lang]);
			continue;
		}
		flow_err(lc, "%s: missing translation \"%s\"", what, lc->fs->fs_langs[i]);
		rc = -1;
	}
	return rc;
}

/*
 * Words by language {"nl": ["a", "b"], "en": [...]}, normalised into w.
 * every_lang: each configured language must have at least one word.
 */
int
flow_parse_words(struct lctx *lc, const char *what, json_t *v, struct flow_words *w, int every_lang,
    char **first)
{
	const char *key;
	json_t *arr, *item;
	size_t i, nwords = 0;
	char *norm;
	int rc = 0, li;

	if (!json_is_object(v)) {
		flow_err(lc, "%s must be an object of word lists, like {\"nl\": [\"ja\"], \"en\": [\"yes\"]}", what);
		return -1;
	}
	json_object_foreach(v, key, arr) {
		li = flow_lang_find(lc->fs, key);
		if (li == -1) {
			flow_err(lc, "%s: language \"%s\" is not in languages.json", what, key);
			rc = -1;
			continue;
		}
		if (!json_is_array(arr)) {
			flow_err(lc, "%s: \"%s\" must be an array of strings", what, key);
			rc = -1;
			continue;
		}
		json_array_foreach(arr, i, item) {
			if (!json_is_string(item)) {
				flow_err(lc, "%s: \"%s\" item %zu is not a string", what, key, i + 1);
				rc = -1;
				continue;
			}
			if (++nwords > FLOW_MAX_WORDS) {
				flow_err(lc, "%s: more than %d words", what, FLOW_MAX_WORDS);
				return -1;
			}
			norm = flow_normalise(json_string_value(item));
			if (*norm == '\0') {
				flow_err(lc, "%s: \"%s\" is empty once normalised", what,
				    json_string_value(item));
				rc = -1;
			} else if (!flow_words_has(w, norm)) {
				flow_words_add(w, norm);
			}
			free(norm);
			if (first != NULL && first[li] == NULL)
				first[li] = xstrdup(json_string_value(item));
		}
	}
	if (every_lang) {
		for (i = 0; i < lc->fs->fs_nlangs; i++) {
			arr = json_object_get(v, lc->fs->fs_langs[i]);
			if ((!json_is_array(arr) || json_array_size(arr) == 0) && !lc->fs->fs_review[i]) {
				flow_err(lc, "%s: missing words for \"%s\"", what, lc->fs->fs_langs[i]);
				rc = -1;
			}
		}
	}
	return rc;
}

/* An array of variable names into *out. */
static int
parse_varlist(struct lctx *lc, const char *what, json_t *v, char ***out, size_t *n)
{
	json_t *item;
	size_t i;

	if (!json_is_array(v)) {
		flow_err(lc, "%s must be an array of variable names", what);
		return -1;
	}
	if (json_array_size(v) > FLOW_MAX_VARS) {
		flow_err(lc, "%s has %zu variables (at most %d)", what, json_array_size(v), FLOW_MAX_VARS);
		return -1;
	}
	*out = xcalloc(json_array_size(v) + 1, sizeof(char *));
	*n = 0;
	json_array_foreach(v, i, item) {
		if (!json_is_string(item) || !flow_valid_id(json_string_value(item))) {
			flow_err(lc, "%s item %zu is not a variable name ([a-z0-9_]+)", what, i + 1);
			return -1;
		}
		(*out)[(*n)++] = xstrdup(json_string_value(item));
	}
	return 0;
}

/* A reference "node" or "flow:x" (resolved later). */
static int
parse_ref(struct lctx *lc, const char *what, json_t *v, struct flow_ref *r)
{
	const char *s;

	r->fr_flow = -1;
	r->fr_node = -1;
	if (v == NULL) {
		flow_err(lc, "missing \"%s\"", what);
		return -1;
	}
	s = json_string_value(v);
	if (s == NULL) {
		flow_err(lc, "\"%s\" must be a node id or \"flow:<id>\"", what);
		return -1;
	}
	if (strncmp(s, "flow:", 5) == 0) {
		if (!flow_valid_id(s + 5)) {
			flow_err(lc, "\"%s\": \"%s\" is not a valid flow id", what, s);
			return -1;
		}
		r->fr_jump = 1;
	} else if (!flow_valid_id(s)) {
		flow_err(lc, "\"%s\": \"%s\" is not a valid node id", what, s);
		return -1;
	}
	r->fr_name = xstrdup(s);
	return 0;
}

static int
parse_var(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v = json_object_get(node, "var");

	if (!json_is_string(v) || !flow_valid_id(json_string_value(v))) {
		flow_err(lc, "\"var\" must be a variable name ([a-z0-9_]+, at most %d bytes)", FLOW_ID_MAX);
		return -1;
	}
	fn->fn_var = xstrdup(json_string_value(v));
	return 0;
}

static int
parse_options(struct lctx *lc, const char *what, json_t *v, struct flow_node *fn)
{
	json_t *item;
	size_t i, j;

	if (!json_is_array(v) || json_array_size(v) == 0 || json_array_size(v) > FLOW_MAX_OPTIONS) {
		flow_err(lc, "validate \"%s\" must be an array of 1 to %d strings", what, FLOW_MAX_OPTIONS);
		return -1;
	}
	fn->fn_options = xcalloc(json_array_size(v), sizeof(char *));
	fn->fn_options_norm = xcalloc(json_array_size(v), sizeof(char *));
	json_array_foreach(v, i, item) {
		if (!json_is_string(item) || json_string_length(item) == 0) {
			flow_err(lc, "validate \"%s\" item %zu is not a non-empty string", what, i + 1);
			return -1;
		}
		fn->fn_options[fn->fn_noptions] = xstrdup(json_string_value(item));
		fn->fn_options_norm[fn->fn_noptions] = flow_normalise(json_string_value(item));
		fn->fn_noptions++;
		if (*fn->fn_options_norm[i] == '\0') {
			flow_err(lc, "validate \"%s\" item \"%s\" is empty once normalised", what,
			    json_string_value(item));
			return -1;
		}
		for (j = 0; j < i; j++) {
			if (strcmp(fn->fn_options_norm[j], fn->fn_options_norm[i]) == 0) {
				flow_err(lc, "validate \"%s\": \"%s\" and \"%s\" are the same once normalised",
				    what, fn->fn_options[j], fn->fn_options[i]);
				return -1;
			}
		}
	}
	return 0;
}

static int
parse_validate(struct lctx *lc, json_t *v, struct flow_node *fn)
{
	json_t *x;
	long long n;

	fn->fn_validate = VALIDATE_NONE;
	fn->fn_max = ENGINE_VAR_MAX;
	if (v == NULL)
		return 0;
	if (!json_is_object(v) || json_object_size(v) != 1) {
		flow_err(lc, "\"validate\" must be an object with one of int, one_of, many_of, max_length");
		return -1;
	}
	if ((x = json_object_get(v, "int")) != NULL) {
		if (!json_is_array(x) || json_array_size(x) != 2 ||
		    !json_is_integer(json_array_get(x, 0)) || !json_is_integer(json_array_get(x, 1)) ||
		    json_integer_value(json_array_get(x, 0)) > json_integer_value(json_array_get(x, 1))) {
			flow_err(lc, "validate \"int\" must be [min, max] with whole numbers, min <= max");
			return -1;
		}
		fn->fn_validate = VALIDATE_INT;
		fn->fn_min = json_integer_value(json_array_get(x, 0));
		fn->fn_max = json_integer_value(json_array_get(x, 1));
		if (fn->fn_min < -1000000000LL || fn->fn_max > 1000000000LL) {
			flow_err(lc, "validate \"int\" bounds must lie within +-1000000000");
			return -1;
		}
		return 0;
	}
	if ((x = json_object_get(v, "one_of")) != NULL) {
		fn->fn_validate = VALIDATE_ONE_OF;
		return parse_options(lc, "one_of", x, fn);
	}
	if ((x = json_object_get(v, "many_of")) != NULL) {
		fn->fn_validate = VALIDATE_MANY_OF;
		return parse_options(lc, "many_of", x, fn);
	}
	if ((x = json_object_get(v, "max_length")) != NULL) {
		n = json_is_integer(x) ? json_integer_value(x) : 0;
		if (n < 1 || n > ENGINE_VAR_MAX) {
			flow_err(lc, "validate \"max_length\" must be a whole number from 1 to %d", ENGINE_VAR_MAX);
			return -1;
		}
		fn->fn_validate = VALIDATE_MAX_LENGTH;
		fn->fn_max = n;
		return 0;
	}
	flow_err(lc, "\"validate\" must be one of int, one_of, many_of, max_length");
	return -1;
}

/* Choice i of a menu (titles at most lim characters): "id", "title", "keywords", "next". */
static int
parse_choice(struct lctx *lc, struct flow_node *fn, size_t i, json_t *c, size_t lim)
{
	struct flow_choice *ch = &fn->fn_choices[i];
	json_t *x;
	size_t j;
	unsigned li;
	char what[64];
	int rc = 0;

	ch->fc_next.fr_flow = -1;
	if (!json_is_object(c)) {
		flow_err(lc, "choice %zu is not an object", i + 1);
		return -1;
	}
	x = json_object_get(c, "id");
	if (!json_is_string(x) || !flow_valid_id(json_string_value(x))) {
		flow_err(lc, "choice %zu: \"id\" must be [a-z0-9_]+, at most %d bytes", i + 1, FLOW_ID_MAX);
		rc = -1;
	} else {
		ch->fc_id = xstrdup(json_string_value(x));
		for (j = 0; j < i; j++)
			if (fn->fn_choices[j].fc_id != NULL && strcmp(fn->fn_choices[j].fc_id, ch->fc_id) == 0) {
				flow_err(lc, "choice %zu: id \"%s\" is used twice", i + 1, ch->fc_id);
				rc = -1;
			}
	}
	snprintf(what, sizeof(what), "choice %zu \"title\"", i + 1);
	if (flow_parse_text(lc, what, json_object_get(c, "title"), &ch->fc_title, OUT_CHOICE_TITLE_MAX) == -1)
		rc = -1;
	for (li = 0; li < lc->fs->fs_nlangs; li++) {
		if (ch->fc_title.ft_s[li] == NULL)
			continue;
		if (utf8_length(ch->fc_title.ft_s[li]) > lim) {
			flow_err(lc, "choice %zu title \"%s\" is %zu characters (at most %zu)", i + 1,
			    ch->fc_title.ft_s[li], utf8_length(ch->fc_title.ft_s[li]), lim);
			rc = -1;
		}
		ch->fc_title_norm[li] = flow_normalise(ch->fc_title.ft_s[li]);
	}
	if ((x = json_object_get(c, "keywords")) != NULL) {
		snprintf(what, sizeof(what), "choice %zu \"keywords\"", i + 1);
		if (flow_parse_words(lc, what, x, &ch->fc_keywords, 0, NULL) == -1)
			rc = -1;
	}
	snprintf(what, sizeof(what), "choice %zu \"next\"", i + 1);
	if (json_object_get(c, "next") == NULL) {
		flow_err(lc, "choice %zu leads nowhere: it has no \"next\"", i + 1);
		rc = -1;
	} else if (parse_ref(lc, what, json_object_get(c, "next"), &ch->fc_next) == -1) {
		rc = -1;
	}
	return rc;
}

/* A menu: an optional list "button" and 1 to FLOW_MAX_CHOICES choices. */
static int
parse_menu(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *arr, *c;
	size_t i, n, lim;
	int rc = 0;

	if (json_object_get(node, "button") != NULL) {
		fn->fn_has_button = 1;
		if (flow_parse_text(lc, "\"button\"", json_object_get(node, "button"), &fn->fn_button,
		    WA_LIST_BUTTON_MAX) == -1)
			rc = -1;
	}
	arr = json_object_get(node, "choices");
	if (!json_is_array(arr) || json_array_size(arr) == 0) {
		flow_err(lc, "a menu needs \"choices\": an array of 1 to %d choices", FLOW_MAX_CHOICES);
		return -1;
	}
	n = json_array_size(arr);
	if (n > FLOW_MAX_CHOICES) {
		flow_err(lc, "%zu choices (at most %d)", n, FLOW_MAX_CHOICES);
		return -1;
	}
	/* up to WA_BUTTON_MAX choices become reply buttons, more a list */
	lim = n <= WA_BUTTON_MAX ? WA_BUTTON_TITLE_MAX : WA_LIST_TITLE_MAX;
	fn->fn_choices = xcalloc(n, sizeof(*fn->fn_choices));
	json_array_foreach(arr, i, c) {
		fn->fn_nchoices = i + 1;
		if (parse_choice(lc, fn, i, c, lim) == -1)
			rc = -1;
	}
	return rc;
}

/* An "in" case's "value": an array of strings (whole numbers are read as their digits). */
static int
parse_case_in(struct lctx *lc, size_t i, json_t *x, struct flow_case *k)
{
	json_t *item;
	size_t j;
	int rc = 0;

	if (!json_is_array(x) || json_array_size(x) == 0 || json_array_size(x) > FLOW_MAX_OPTIONS) {
		flow_err(lc, "case %zu: \"in\" needs a \"value\" array of 1 to %d strings",
		    i + 1, FLOW_MAX_OPTIONS);
		return -1;
	}
	k->fk_values = xcalloc(json_array_size(x), sizeof(char *));
	json_array_foreach(x, j, item) {
		if (json_is_string(item))
			k->fk_values[k->fk_nvalues++] = xstrdup(json_string_value(item));
		else if (json_is_integer(item))
			k->fk_values[k->fk_nvalues++] = xasprintf("%lld",
			    (long long)json_integer_value(item));
		else {
			flow_err(lc, "case %zu: \"in\" value %zu is not a string", i + 1, j + 1);
			rc = -1;
		}
	}
	return rc;
}

/* Case i's "value" (x, NULL when absent) as its op k->fk_op wants it. */
static int
parse_case_value(struct lctx *lc, size_t i, json_t *x, struct flow_case *k)
{
	const char *op = op_names[k->fk_op];

	switch (k->fk_op) {
	case OP_SET:
	case OP_UNSET:
		if (x != NULL) {
			flow_err(lc, "case %zu: \"%s\" takes no \"value\"", i + 1, op);
			return -1;
		}
		return 0;
	case OP_IN:
		return parse_case_in(lc, i, x, k);
	case OP_LT:
	case OP_LE:
	case OP_GE:
	case OP_GT:
		if (!json_is_integer(x)) {
			flow_err(lc, "case %zu: \"%s\" needs a whole-number \"value\"", i + 1, op);
			return -1;
		}
		/* FALLTHROUGH */
	case OP_EQ:
	case OP_NE:
		k->fk_values = xcalloc(1, sizeof(char *));
		if (json_is_integer(x)) {
			k->fk_numeric = 1;
			k->fk_num = json_integer_value(x);
			k->fk_values[0] = xasprintf("%lld", k->fk_num);
		} else if (json_is_string(x)) {
			k->fk_values[0] = xstrdup(json_string_value(x));
		} else {
			flow_err(lc, "case %zu: \"%s\" needs a string or whole-number \"value\"", i + 1, op);
			return -1;
		}
		k->fk_nvalues = 1;
		return 0;
	}
	return 0;
}

/* Case i of a branch: "var", "op", "value", "next". 0, or -1 after reporting. */
static int
parse_case(struct lctx *lc, size_t i, json_t *c, struct flow_case *k)
{
	json_t *x;
	size_t op;
	char what[64];
	int rc = 0;

	k->fk_next.fr_flow = -1;
	x = json_object_get(c, "var");
	if (!json_is_string(x) || !flow_valid_id(json_string_value(x))) {
		flow_err(lc, "case %zu: \"var\" must be a variable name", i + 1);
		return -1;
	}
	k->fk_var = xstrdup(json_string_value(x));
	x = json_object_get(c, "op");
	for (op = 0; op < NELEM(op_names); op++)
		if (json_is_string(x) && strcmp(json_string_value(x), op_names[op]) == 0)
			break;
	if (op == NELEM(op_names)) {
		flow_err(lc, "case %zu: \"op\" must be one of lt le eq ne ge gt in set unset", i + 1);
		return -1;
	}
	k->fk_op = (enum flow_op)op;
	if (parse_case_value(lc, i, json_object_get(c, "value"), k) == -1)
		rc = -1;
	snprintf(what, sizeof(what), "case %zu \"next\"", i + 1);
	if (parse_ref(lc, what, json_object_get(c, "next"), &k->fk_next) == -1)
		rc = -1;
	return rc;
}

static int
parse_branch(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *arr, *c;
	size_t i;
	int rc = 0;

	arr = json_object_get(node, "cases");
	if (!json_is_array(arr) || json_array_size(arr) == 0 || json_array_size(arr) > FLOW_MAX_CASES) {
		flow_err(lc, "a branch needs \"cases\": an array of 1 to %d cases", FLOW_MAX_CASES);
		return -1;
	}
	fn->fn_cases = xcalloc(json_array_size(arr), sizeof(*fn->fn_cases));
	json_array_foreach(arr, i, c) {
		fn->fn_ncases = i + 1;
		if (parse_case(lc, i, c, &fn->fn_cases[i]) == -1)
			rc = -1;
	}
	if (parse_ref(lc, "else", json_object_get(node, "else"), &fn->fn_else) == -1)
		rc = -1;
	return rc;
}

/* An ask: "var", "validate" and, with a validate, the "invalid" text. */
static int
parse_ask(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;
	int rc = 0;

	if (parse_var(lc, node, fn) == -1 ||
	    parse_validate(lc, json_object_get(node, "validate"), fn) == -1)
		rc = -1;
	if ((v = json_object_get(node, "invalid")) != NULL) {
		fn->fn_has_invalid = 1;
		if (flow_parse_text(lc, "\"invalid\"", v, &fn->fn_invalid, FLOW_TEXT_MAX_CHARS) == -1)
			rc = -1;
	} else if (fn->fn_validate != VALIDATE_NONE) {
		flow_err(lc, "an ask with \"validate\" needs an \"invalid\" text");
		rc = -1;
	}
	return rc;
}

/* A story: "var", the "done" words, "max_length" (20000 if absent), an optional "ack". */
static int
parse_story(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;
	long long n;
	int rc = 0;

	if (parse_var(lc, node, fn) == -1)
		rc = -1;
	if (flow_parse_words(lc, "\"done\"", json_object_get(node, "done"), &fn->fn_done, 1, NULL) == -1)
		rc = -1;
	v = json_object_get(node, "max_length");
	n = v == NULL ? 20000 : json_is_integer(v) ? json_integer_value(v) : 0;
	if (n < 1 || n > FLOW_STORY_MAX) {
		flow_err(lc, "\"max_length\" must be a whole number from 1 to %d", FLOW_STORY_MAX);
		rc = -1;
	}
	fn->fn_max_length = (size_t)(n < 1 ? 1 : n);
	if ((v = json_object_get(node, "ack")) != NULL) {
		fn->fn_has_ack = 1;
		if (flow_parse_text(lc, "\"ack\"", v, &fn->fn_ack, FLOW_TEXT_MAX_CHARS) == -1)
			rc = -1;
	}
	return rc;
}

/* A set: "var" and a string (or whole-number) "value". */
static int
parse_set(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;
	int rc = 0;

	if (parse_var(lc, node, fn) == -1)
		rc = -1;
	v = json_object_get(node, "value");
	if (json_is_string(v))
		fn->fn_value = xstrdup(json_string_value(v));
	else if (json_is_integer(v))
		fn->fn_value = xasprintf("%lld", (long long)json_integer_value(v));
	else {
		flow_err(lc, "a set needs a string \"value\"");
		rc = -1;
	}
	return rc;
}

/* A handover: a "team" of system.json, "priority" 1..10, an optional "summary". */
static int
parse_handover(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;
	long long n;
	int rc = 0;

	v = json_object_get(node, "team");
	if (!json_is_string(v) || flow_team_find(lc->fs, json_string_value(v)) == NULL) {
		flow_err(lc, "\"team\" must be a team of system.json (JIP, JIT, CIT)");
		rc = -1;
	} else {
		fn->fn_team = xstrdup(json_string_value(v));
	}
	v = json_object_get(node, "priority");
	n = json_is_integer(v) ? json_integer_value(v) : 0;
	if (n < 1 || n > 10) {
		flow_err(lc, "\"priority\" must be a whole number from 1 to 10");
		rc = -1;
	}
	fn->fn_priority = (int)n;
	if ((v = json_object_get(node, "summary")) != NULL &&
	    parse_varlist(lc, "\"summary\"", v, &fn->fn_summary, &fn->fn_nsummary) == -1)
		rc = -1;
	return rc;
}

/* A save: a "kind" and the "vars" to store. */
static int
parse_save(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;
	int rc = 0;

	v = json_object_get(node, "kind");
	if (!json_is_string(v) || !flow_valid_id(json_string_value(v))) {
		flow_err(lc, "a save needs a \"kind\" ([a-z0-9_]+), e.g. \"story\"");
		rc = -1;
	} else {
		fn->fn_kind = xstrdup(json_string_value(v));
	}
	if (parse_varlist(lc, "\"vars\"", json_object_get(node, "vars"), &fn->fn_vars, &fn->fn_nvars) == -1)
		rc = -1;
	return rc;
}

/* A consent: "var" (the answer) and the consent text's "version". */
static int
parse_consent(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;
	int rc = 0;

	if (parse_var(lc, node, fn) == -1)
		rc = -1;
	v = json_object_get(node, "version");
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > FLOW_ID_MAX) {
		flow_err(lc, "a consent needs a \"version\" (the consent text's version, e.g. \"research-v1\")");
		rc = -1;
	} else {
		fn->fn_version = xstrdup(json_string_value(v));
	}
	return rc;
}

/* The node's "type" into fn_type. -1 after reporting an unknown type. */
static int
parse_node_type(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	const char *tname = json_string_value(json_object_get(node, "type"));
	size_t t;

	for (t = 0; t < NELEM(node_type_names); t++)
		if (tname != NULL && strcmp(tname, node_type_names[t]) == 0)
			break;
	if (t == NELEM(node_type_names)) {
		flow_err(lc, "unknown node type \"%s\" (message, menu, ask, story, set, branch, handover, "
		    "save, consent, end)", tname ? tname : "(none)");
		return -1;
	}
	fn->fn_type = (enum flow_node_type)t;
	return 0;
}

/* No keys but "type", those of the node's type and comments ("_..."). */
static int
check_node_keys(struct lctx *lc, json_t *node, const struct flow_node *fn)
{
	const char *const *keys = node_keys[fn->fn_type];
	const char *key;
	json_t *v;
	size_t i;
	int rc = 0, known;

	json_object_foreach(node, key, v) {
		known = strcmp(key, "type") == 0 || key[0] == '_';
		for (i = 0; !known && i < NELEM(node_keys[0]) && keys[i] != NULL; i++)
			if (strcmp(key, keys[i]) == 0)
				known = 1;
		if (!known) {
			flow_err(lc, "\"%s\" is not a key of %s nodes (comments: start the key with \"_\")", key,
			    node_type_names[fn->fn_type]);
			rc = -1;
		}
	}
	return rc;
}

/* The "text": required for message, menu, ask, story and handover; optional for end. */
static int
parse_node_text(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	json_t *v;

	switch (fn->fn_type) {
	case NODE_MESSAGE:
	case NODE_MENU:
	case NODE_ASK:
	case NODE_STORY:
		fn->fn_has_text = 1;
		return flow_parse_text(lc, "\"text\"", json_object_get(node, "text"), &fn->fn_text,
		    fn->fn_type == NODE_MENU ? FLOW_MENU_TEXT_MAX_CHARS : FLOW_TEXT_MAX_CHARS);
	case NODE_HANDOVER:
	case NODE_END:
		if ((v = json_object_get(node, "text")) != NULL) {
			fn->fn_has_text = 1;
			return flow_parse_text(lc, "\"text\"", v, &fn->fn_text, FLOW_TEXT_MAX_CHARS);
		}
		if (fn->fn_type == NODE_HANDOVER) {
			flow_err(lc, "a handover needs a \"text\"");
			return -1;
		}
		return 0;
	default:
		return 0;
	}
}

/* The keys of the node's own type. */
static int
parse_node_body(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	switch (fn->fn_type) {
	case NODE_MENU:
		return parse_menu(lc, node, fn);
	case NODE_ASK:
		return parse_ask(lc, node, fn);
	case NODE_STORY:
		return parse_story(lc, node, fn);
	case NODE_SET:
		return parse_set(lc, node, fn);
	case NODE_BRANCH:
		return parse_branch(lc, node, fn);
	case NODE_HANDOVER:
		return parse_handover(lc, node, fn);
	case NODE_SAVE:
		return parse_save(lc, node, fn);
	case NODE_CONSENT:
		return parse_consent(lc, node, fn);
	default:
		return 0;
	}
}

/* "next", for the nodes that go on to one node (menus and branches have their own). */
static int
parse_node_next(struct lctx *lc, json_t *node, struct flow_node *fn)
{
	switch (fn->fn_type) {
	case NODE_MESSAGE:
	case NODE_ASK:
	case NODE_STORY:
	case NODE_SET:
	case NODE_SAVE:
	case NODE_CONSENT:
		return parse_ref(lc, "next", json_object_get(node, "next"), &fn->fn_next);
	default:
		return 0;
	}
}

/* One node of a flow file. 0, or -1 after reporting. */
int
flow_parse_node(struct lctx *lc, const char *id, json_t *node, struct flow_node *fn)
{
	int rc = 0;

	fn->fn_id = xstrdup(id);
	fn->fn_next.fr_flow = -1;
	fn->fn_else.fr_flow = -1;
	if (!flow_valid_id(id)) {
		flow_err(lc, "node ids must be [a-z0-9_]+, at most %d bytes", FLOW_ID_MAX);
		rc = -1;
	}
	if (!json_is_object(node)) {
		flow_err(lc, "not an object");
		return -1;
	}
	if (parse_node_type(lc, node, fn) == -1)
		return -1;
	if (check_node_keys(lc, node, fn) == -1)
		rc = -1;
	if (parse_node_text(lc, node, fn) == -1)
		rc = -1;
	if (parse_node_body(lc, node, fn) == -1)
		rc = -1;
	if (parse_node_next(lc, node, fn) == -1)
		rc = -1;
	return rc;
}
