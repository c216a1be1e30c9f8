/*
 * flow.c — load and check the dialogue flows (conf/flows/<name>.json).
 *
 * flow_load_dir reads languages.json, system.json and one flow per other
 * *.json file, checks every rule of docs/flows.md (translations for every
 * language, title lengths, node references, reachability, a way out of
 * every menu, loops without a question, validate specs, limits) and
 * resolves references into indexes. Every problem becomes one line naming
 * the file and node; nothing is half-loaded: any problem and the caller
 * gets no flowset. The result is immutable and shared between threads.
 * One node is parsed by src/flow_node.c; this file reads the files and
 * checks the graph the nodes make.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "crisis.h"
#include "flow.h"
#include "flow_parse.h"
#include "message.h"

#define FLOW_ERRS_MAX	(256 * 1024)	/* bytes of problem lines kept */

static const char *const sys_text_names[SYS_NTEXTS] = {
	"welcome_back", "not_understood", "three_strikes", "text_only",
	"stop_confirm", "stopped", "restart", "help", "language_menu",
	"language_set", "delete_confirm", "delete_done", "delete_cancel",
	"team_closed", "crisis_suicide", "crisis_danger", "crisis_abuse",
	"crisis_homeless", "crisis_selfharm", "crisis_counsellor_alert",
	"queued_wait", "queued_closed", "wait_ahead_none", "wait_ahead_one",
	"wait_ahead_many", "wait_time", "wait_time_unknown", "queue_stop_confirm",
	"queue_menu_confirm", "queue_left", "queue_stay", "back_to_bot",
	"queue_crisis_late",
};

static const char *const sys_opt_text_names[SYS_OPT_NTEXTS] = {
	"story_full", "crisis_ingested", "crisis_other", "crisis_sexual", "crisis_sextortion",
	"crisis_also_danger", "crisis_also_suicide", "crisis_also_selfharm", "crisis_also_abuse",
	"crisis_also_homeless", "screen_question", "screen_yes", "screen_no", "screen_unsure",
	"screen_no_answer", "crisis_past", "crisis_past_go_on", "story_leave_confirm",
	"story_leave_stay", "strikes_choice", "strikes_person", "strikes_menu", "strikes_help",
	"strikes_help_now",
	"research_withdrawn", "crisis_past_welcome",
};

static const char *const sys_command_names[CMD_NCOMMANDS] = {
	"menu", "stop", "start", "help", "language", "delete", "yes", "no", "withdraw",
};

/* Built-in names for languages.json codes without a "names" entry. */
static const struct { const char *code, *name; } lang_builtin_names[] = {
	{ "nl", "Nederlands" }, { "en", "English" }, { "ar", "العربية" },
	{ "tr", "Türkçe" }, { "pl", "Polski" }, { "uk", "Українська" },
	{ "es", "Español" }, { "fr", "Français" }, { "de", "Deutsch" },
};


/* Append one problem line: "file: node \"id\": message". */
void
flow_err(struct lctx *lc, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	int r;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lc->nerr++;
	if (lc->node != NULL)
		r = buf_printf(lc->errs, "%s: node \"%s\": %s\n", lc->file, lc->node, msg);
	else
		r = buf_printf(lc->errs, "%s: %s\n", lc->file, msg);
	(void)r;	/* past FLOW_ERRS_MAX the rest is dropped; nerr still counts */
}

char *
flow_normalise(const char *in)
{
	size_t n;
	char *out;

	if (in == NULL)
		return xstrdup("");
	n = strlen(in) + 1;
	out = xmalloc(n);
	/* The output is never longer than the input: this cannot truncate. */
	if (crisis_normalise(in, out, n) == -1)
		out[n - 1] = '\0';
	return out;
}

int
flow_words_has(const struct flow_words *w, const char *norm)
{
	size_t i;

	if (norm == NULL || *norm == '\0')
		return 0;
	for (i = 0; i < w->fw_n; i++)
		if (strcmp(w->fw_words[i], norm) == 0)
			return 1;
	return 0;
}

void
flow_words_add(struct flow_words *w, const char *norm)
{
	w->fw_words = xrealloc(w->fw_words, (w->fw_n + 1) * sizeof(char *));
	w->fw_words[w->fw_n++] = xstrdup(norm);
}

static void
words_free(struct flow_words *w)
{
	size_t i;

	for (i = 0; i < w->fw_n; i++)
		free(w->fw_words[i]);
	free(w->fw_words);
	w->fw_words = NULL;
	w->fw_n = 0;
}

static void
text_free(struct flow_text *t)
{
	size_t i;

	for (i = 0; i < FLOW_MAX_LANGS; i++) {
		free(t->ft_s[i]);
		t->ft_s[i] = NULL;
	}
}

static void
strv_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int
flow_lang_find(const struct flowset *fs, const char *lang)
{
	size_t i;

	if (lang == NULL)
		return -1;
	for (i = 0; i < fs->fs_nlangs; i++)
		if (strcmp(fs->fs_langs[i], lang) == 0)
			return (int)i;
	return -1;
}

int
flow_find(const struct flowset *fs, const char *id)
{
	size_t i;

	if (id == NULL)
		return -1;
	for (i = 0; i < fs->fs_nflows; i++)
		if (fs->fs_flows[i].fl_id != NULL && strcmp(fs->fs_flows[i].fl_id, id) == 0)
			return (int)i;
	return -1;
}

int
flow_node_find(const struct flow *fl, const char *id)
{
	size_t i;

	if (id == NULL)
		return -1;
	for (i = 0; i < fl->fl_nnodes; i++)
		if (fl->fl_nodes[i].fn_id != NULL && strcmp(fl->fl_nodes[i].fn_id, id) == 0)
			return (int)i;
	return -1;
}

const struct flow_team *
flow_team_find(const struct flowset *fs, const char *id)
{
	size_t i;

	if (id == NULL)
		return NULL;
	for (i = 0; i < fs->fs_nteams; i++)
		if (strcmp(fs->fs_teams[i].ft_id, id) == 0)
			return &fs->fs_teams[i];
	return NULL;
}

/* Read a JSON file; NULL after reporting "path:line:column: reason". */
static json_t *
load_json(struct lctx *lc, const char *path)
{
	json_error_t jerr;
	char err[512];
	size_t len;
	char *data;
	json_t *root;

	data = util_read_file(path, FLOW_FILE_MAX_BYTES, &len, err, sizeof(err));
	if (data == NULL) {
		lc->nerr++;
		if (buf_printf(lc->errs, "%s\n", err) == -1)
			return NULL;
		return NULL;
	}
	root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
	free(data);
	if (root == NULL) {
		lc->nerr++;
		if (buf_printf(lc->errs, "%s:%d:%d: %s\n", path, jerr.line, jerr.column, jerr.text) == -1)
			return NULL;
		return NULL;
	}
	if (!json_is_object(root)) {
		flow_err(lc, "the top level must be a JSON object");
		json_decref(root);
		return NULL;
	}
	return root;
}

static int
load_languages(struct lctx *lc, const char *path)
{
	struct flowset *fs = lc->fs;
	json_t *root, *arr, *item, *names, *nm;
	const char *code;
	json_t *review;
	size_t i, j;
	int rc = -1, li;

	lc->file = path;
	lc->node = NULL;
	if ((root = load_json(lc, path)) == NULL)
		return -1;
	arr = json_object_get(root, "languages");
	if (!json_is_array(arr) || json_array_size(arr) == 0 || json_array_size(arr) > FLOW_MAX_LANGS) {
		flow_err(lc, "\"languages\" must be an array of 1 to %d language codes", FLOW_MAX_LANGS);
		goto fail;
	}
	names = json_object_get(root, "names");
	json_array_foreach(arr, i, item) {
		code = json_string_value(item);
		if (code == NULL || strlen(code) < 2 || strlen(code) > 8 || !flow_valid_id(code)) {
			flow_err(lc, "language %zu must be a code like \"nl\"", i + 1);
			goto fail;
		}
		if (flow_lang_find(fs, code) != -1) {
			flow_err(lc, "language \"%s\" is listed twice", code);
			goto fail;
		}
		fs->fs_langs[fs->fs_nlangs] = xstrdup(code);
		nm = json_object_get(names, code);
		if (json_is_string(nm) && json_string_length(nm) > 0 &&
		    utf8_length(json_string_value(nm)) <= WA_BUTTON_TITLE_MAX) {
			fs->fs_lang_names[fs->fs_nlangs] = xstrdup(json_string_value(nm));
		} else if (nm != NULL) {
			flow_err(lc, "\"names\": \"%s\" must be a string of 1 to %d characters", code,
			    WA_BUTTON_TITLE_MAX);
			goto fail;
		} else {
			for (j = 0; j < NELEM(lang_builtin_names); j++)
				if (strcmp(lang_builtin_names[j].code, code) == 0)
					fs->fs_lang_names[fs->fs_nlangs] = xstrdup(lang_builtin_names[j].name);
			if (fs->fs_lang_names[fs->fs_nlangs] == NULL)
				fs->fs_lang_names[fs->fs_nlangs] = xstrdup(code);
		}
		fs->fs_nlangs++;
	}
	code = json_string_value(json_object_get(root, "default"));
	fs->fs_default_lang = flow_lang_find(fs, code);
	if (fs->fs_default_lang == -1) {
		flow_err(lc, "\"default\" must be one of \"languages\"");
		goto fail;
	}
	/* "review": {"ar": "why"}: languages with only some texts yet, awaiting review */
	fs->fs_fallback_lang = flow_lang_find(fs, "en");
	if (fs->fs_fallback_lang == -1)
		fs->fs_fallback_lang = fs->fs_default_lang;
	review = json_object_get(root, "review");
	if (review != NULL && !json_is_object(review)) {
		flow_err(lc, "\"review\" must be an object {\"ar\": \"awaiting review by native speakers\"}");
		goto fail;
	}
	json_object_foreach(review, code, item) {
		li = flow_lang_find(fs, code);
		if (li == -1 || li == fs->fs_default_lang || li == fs->fs_fallback_lang) {
			flow_err(lc, "\"review\": \"%s\" must be one of \"languages\", not the default or English", code);
			goto fail;
		}
		fs->fs_review[li] = 1;
	}
	rc = 0;
fail:
	json_decref(root);
	return rc;
}

/* system.json "texts": every text the engine needs, and the optional ones present. */
static int
load_system_texts(struct lctx *lc, json_t *root)
{
	struct flowset *fs = lc->fs;
	json_t *texts, *t;
	size_t i;
	char what[64];
	int rc = 0;

	texts = json_object_get(root, "texts");
	if (!json_is_object(texts)) {
		flow_err(lc, "\"texts\" must be an object");
		rc = -1;
	}
	for (i = 0; texts != NULL && i < SYS_NTEXTS; i++) {
		snprintf(what, sizeof(what), "text \"%s\"", sys_text_names[i]);
		if ((t = json_object_get(texts, sys_text_names[i])) == NULL) {
			flow_err(lc, "missing text \"%s\" (the engine needs it)", sys_text_names[i]);
			rc = -1;
		} else if (flow_parse_text(lc, what, t, &fs->fs_texts[i], FLOW_TEXT_MAX_CHARS) == -1) {
			rc = -1;
		}
	}
	for (i = 0; texts != NULL && i < SYS_OPT_NTEXTS; i++) {
		snprintf(what, sizeof(what), "text \"%s\"", sys_opt_text_names[i]);
		if ((t = json_object_get(texts, sys_opt_text_names[i])) == NULL)
			continue;
		fs->fs_has_opt[i] = 1;
		if (flow_parse_text(lc, what, t, &fs->fs_opt_texts[i], FLOW_TEXT_MAX_CHARS) == -1)
			rc = -1;
	}
	return rc;
}

/* system.json "commands": the words of every global command (yes/no keep their first words as titles). */
static int
load_system_commands(struct lctx *lc, json_t *root)
{
	struct flowset *fs = lc->fs;
	json_t *cmds, *t;
	size_t i;
	char what[64];
	int rc = 0;

	cmds = json_object_get(root, "commands");
	if (!json_is_object(cmds)) {
		flow_err(lc, "\"commands\" must be an object");
		rc = -1;
	}
	for (i = 0; cmds != NULL && i < CMD_NCOMMANDS; i++) {
		snprintf(what, sizeof(what), "command \"%s\"", sys_command_names[i]);
		if ((t = json_object_get(cmds, sys_command_names[i])) == NULL) {
			if (i == CMD_WITHDRAW)
				continue;	/* optional */
			flow_err(lc, "missing command \"%s\"", sys_command_names[i]);
			rc = -1;
		} else if (flow_parse_words(lc, what, t, &fs->fs_commands[i], 1,
		    i == CMD_YES ? fs->fs_yes_title : i == CMD_NO ? fs->fs_no_title : NULL) == -1) {
			rc = -1;
		}
	}
	/* a language awaiting review without its own yes/no: the fallback's titles */
	for (i = 0; i < fs->fs_nlangs; i++) {
		if (fs->fs_yes_title[i] == NULL && fs->fs_yes_title[fs->fs_fallback_lang] != NULL)
			fs->fs_yes_title[i] = xstrdup(fs->fs_yes_title[fs->fs_fallback_lang]);
		if (fs->fs_no_title[i] == NULL && fs->fs_no_title[fs->fs_fallback_lang] != NULL)
			fs->fs_no_title[i] = xstrdup(fs->fs_no_title[fs->fs_fallback_lang]);
	}
	return rc;
}

/* system.json "teams": each team's name; JIP and CIT must be there. */
static int
load_system_teams(struct lctx *lc, json_t *root)
{
	struct flowset *fs = lc->fs;
	json_t *teams, *t;
	const char *key;
	char what[64];
	int rc = 0;

	teams = json_object_get(root, "teams");
	if (!json_is_object(teams) || json_object_size(teams) == 0) {
		flow_err(lc, "\"teams\" must be an object of teams");
		return -1;
	}
	fs->fs_teams = xcalloc(json_object_size(teams), sizeof(*fs->fs_teams));
	json_object_foreach(teams, key, t) {
		struct flow_team *tm = &fs->fs_teams[fs->fs_nteams++];

		tm->ft_id = xstrdup(key);
		snprintf(what, sizeof(what), "team \"%.20s\" \"name\"", key);
		if (flow_parse_text(lc, what, json_object_get(t, "name"), &tm->ft_name, 100) == -1)
			rc = -1;
	}
	if (flow_team_find(fs, "JIP") == NULL || flow_team_find(fs, "CIT") == NULL) {
		flow_err(lc, "\"teams\" must have JIP (three strikes) and CIT (crisis)");
		rc = -1;
	}
	return rc;
}

static int
load_system(struct lctx *lc, const char *path, char **entry)
{
	json_t *root, *t;
	int rc = 0;

	lc->file = path;
	lc->node = NULL;
	if ((root = load_json(lc, path)) == NULL)
		return -1;
	if (load_system_texts(lc, root) == -1)
		rc = -1;
	if (load_system_commands(lc, root) == -1)
		rc = -1;
	if (load_system_teams(lc, root) == -1)
		rc = -1;
	t = json_object_get(root, "entry_flow");
	if (!json_is_string(t) || !flow_valid_id(json_string_value(t))) {
		flow_err(lc, "missing \"entry_flow\" (the id of the flow a new conversation starts in)");
		rc = -1;
	} else {
		*entry = xstrdup(json_string_value(t));
	}
	json_decref(root);
	return rc;
}

static int
load_flow(struct lctx *lc, const char *path, struct flow *fl)
{
	json_t *root, *v, *nodes, *node;
	const char *key;
	size_t i;
	int rc = 0;

	lc->file = path;
	lc->node = NULL;
	fl->fl_file = xstrdup(path);
	fl->fl_start = -1;
	if ((root = load_json(lc, path)) == NULL)
		return -1;
	json_object_foreach(root, key, v) {
		if (strcmp(key, "flow") != 0 && strcmp(key, "expire_minutes") != 0 &&
		    strcmp(key, "start") != 0 && strcmp(key, "nodes") != 0 &&
		    strcmp(key, "entry") != 0 && key[0] != '_') {
			flow_err(lc, "unknown key \"%s\" (flow, expire_minutes, start, entry, nodes)", key);
			rc = -1;
		}
	}
	v = json_object_get(root, "flow");
	if (!json_is_string(v) || !flow_valid_id(json_string_value(v))) {
		flow_err(lc, "\"flow\" must be the flow's id ([a-z0-9_]+)");
		rc = -1;
	} else if (flow_find(lc->fs, json_string_value(v)) != -1) {
		flow_err(lc, "flow id \"%s\" is also used by %s", json_string_value(v),
		    lc->fs->fs_flows[flow_find(lc->fs, json_string_value(v))].fl_file);
		rc = -1;
	} else {
		fl->fl_id = xstrdup(json_string_value(v));
	}
	v = json_object_get(root, "expire_minutes");
	if (!json_is_integer(v) || json_integer_value(v) < 1 ||
	    json_integer_value(v) > FLOW_EXPIRE_MAX_MIN) {
		flow_err(lc, "\"expire_minutes\" must be a whole number from 1 to %d", FLOW_EXPIRE_MAX_MIN);
		rc = -1;
	} else {
		fl->fl_expire_minutes = (int)json_integer_value(v);
	}
	v = json_object_get(root, "entry");
	if (v != NULL && !json_is_boolean(v)) {
		flow_err(lc, "\"entry\" must be true or false");
		rc = -1;
	}
	fl->fl_entry = json_is_true(v);
	nodes = json_object_get(root, "nodes");
	if (!json_is_object(nodes) || json_object_size(nodes) == 0) {
		flow_err(lc, "\"nodes\" must be an object of nodes");
		rc = -1;
		goto done;
	}
	if (json_object_size(nodes) > FLOW_MAX_NODES) {
		flow_err(lc, "%zu nodes (at most %d)", json_object_size(nodes), FLOW_MAX_NODES);
		rc = -1;
		goto done;
	}
	fl->fl_nodes = xcalloc(json_object_size(nodes), sizeof(*fl->fl_nodes));
	i = 0;
	json_object_foreach(nodes, key, node) {
		lc->node = key;
		fl->fl_nnodes = i + 1;
		if (flow_parse_node(lc, key, node, &fl->fl_nodes[i]) == -1)
			rc = -1;
		i++;
	}
	lc->node = NULL;
	v = json_object_get(root, "start");
	if (!json_is_string(v) || (fl->fl_start = flow_node_find(fl, json_string_value(v))) == -1) {
		flow_err(lc, "\"start\" must be the id of one of its nodes");
		rc = -1;
	}
done:
	json_decref(root);
	return rc;
}

/* Resolve one reference of fl (flow index fi). */
static int
resolve_ref(struct lctx *lc, int fi, struct flow_ref *r)
{
	const struct flow *fl = &lc->fs->fs_flows[fi];
	int f;

	if (r->fr_name == NULL)
		return 0;
	if (r->fr_jump) {
		f = flow_find(lc->fs, r->fr_name + 5);
		if (f == -1) {
			flow_err(lc, "\"%s\": there is no flow \"%s\"", r->fr_name, r->fr_name + 5);
			return -1;
		}
		if (lc->fs->fs_flows[f].fl_start == -1)
			return -1;	/* reported with that flow */
		r->fr_flow = f;
		r->fr_node = lc->fs->fs_flows[f].fl_start;
		return 0;
	}
	r->fr_node = flow_node_find(fl, r->fr_name);
	if (r->fr_node == -1) {
		flow_err(lc, "next \"%s\" is not a node of flow \"%s\"", r->fr_name, fl->fl_id);
		return -1;
	}
	r->fr_flow = fi;
	return 0;
}

/*
 * The references out of a node, into refs (at most FLOW_MAX_CHOICES +
 * FLOW_MAX_CASES + 1). Returns how many.
 */
static size_t
node_refs(struct flow_node *fn, struct flow_ref **refs)
{
	size_t n = 0, i;

	switch (fn->fn_type) {
	case NODE_MENU:
		for (i = 0; i < fn->fn_nchoices; i++)
			refs[n++] = &fn->fn_choices[i].fc_next;
		break;
	case NODE_BRANCH:
		for (i = 0; i < fn->fn_ncases; i++)
			refs[n++] = &fn->fn_cases[i].fk_next;
		refs[n++] = &fn->fn_else;
		break;
	case NODE_HANDOVER:
	case NODE_END:
		break;
	default:
		refs[n++] = &fn->fn_next;
		break;
	}
	return n;
}

static int
node_waits(const struct flow_node *fn)
{
	return fn->fn_type == NODE_MENU || fn->fn_type == NODE_ASK || fn->fn_type == NODE_STORY;
}

/* Depth-first search for a loop through nodes that do not wait. */
static int
find_loop(struct flow *fl, int fi, size_t n, unsigned char *color)
{
	struct flow_ref *refs[FLOW_MAX_CHOICES + FLOW_MAX_CASES + 2];
	size_t i, nr;

	color[n] = 1;
	nr = node_refs(&fl->fl_nodes[n], refs);
	for (i = 0; i < nr; i++) {
		if (refs[i]->fr_flow != fi || refs[i]->fr_node < 0)
			continue;
		if (node_waits(&fl->fl_nodes[refs[i]->fr_node]))
			continue;
		if (color[refs[i]->fr_node] == 1)
			return 1;
		if (color[refs[i]->fr_node] == 0 && find_loop(fl, fi, (size_t)refs[i]->fr_node, color))
			return 1;
	}
	color[n] = 2;
	return 0;
}

/* Graph checks of one resolved flow: reachability, a way out, loops. */
static void
check_graph(struct lctx *lc, int fi)
{
	struct flow *fl = &lc->fs->fs_flows[fi];
	struct flow_ref *refs[FLOW_MAX_CHOICES + FLOW_MAX_CASES + 2];
	unsigned char *seen, *out, *color;
	size_t *stack, sp = 0, i, j, nr;
	int changed;

	if (fl->fl_start < 0 || fl->fl_nnodes == 0)
		return;
	seen = xcalloc(fl->fl_nnodes, 1);
	out = xcalloc(fl->fl_nnodes, 1);
	color = xcalloc(fl->fl_nnodes, 1);
	stack = xcalloc(fl->fl_nnodes, sizeof(size_t));
	seen[fl->fl_start] = 1;
	stack[sp++] = (size_t)fl->fl_start;
	while (sp > 0) {
		i = stack[--sp];
		nr = node_refs(&fl->fl_nodes[i], refs);
		for (j = 0; j < nr; j++) {
			if (refs[j]->fr_flow == fi && refs[j]->fr_node >= 0 && !seen[refs[j]->fr_node]) {
				seen[refs[j]->fr_node] = 1;
				stack[sp++] = (size_t)refs[j]->fr_node;
			}
		}
	}
	for (i = 0; i < fl->fl_nnodes; i++) {
		if (!seen[i]) {
			lc->node = fl->fl_nodes[i].fn_id;
			flow_err(lc, "unreachable from the start \"%s\"", fl->fl_nodes[fl->fl_start].fn_id);
		}
	}
	/* out[i]: an end, a handover or a jump to another flow can be reached from i. */
	do {
		changed = 0;
		for (i = 0; i < fl->fl_nnodes; i++) {
			if (out[i])
				continue;
			if (fl->fl_nodes[i].fn_type == NODE_END || fl->fl_nodes[i].fn_type == NODE_HANDOVER)
				out[i] = 1;
			nr = node_refs(&fl->fl_nodes[i], refs);
			for (j = 0; j < nr && !out[i]; j++)
				if (refs[j]->fr_jump || (refs[j]->fr_node >= 0 && out[refs[j]->fr_node]))
					out[i] = 1;
			changed |= out[i];
		}
	} while (changed);
	for (i = 0; i < fl->fl_nnodes; i++) {
		if (!seen[i] || out[i])
			continue;
		if ((int)i == fl->fl_start || fl->fl_nodes[i].fn_type == NODE_MENU) {
			lc->node = fl->fl_nodes[i].fn_id;
			flow_err(lc, "no way out: no path from here to an end, a handover or another flow");
		}
	}
	for (i = 0; i < fl->fl_nnodes; i++) {
		if (color[i] != 0 || node_waits(&fl->fl_nodes[i]))
			continue;
		if (find_loop(fl, fi, i, color)) {
			lc->node = fl->fl_nodes[i].fn_id;
			flow_err(lc, "loops back to itself without a menu, ask or story in between");
			break;
		}
	}
	lc->node = NULL;
	free(seen);
	free(out);
	free(color);
	free(stack);
}

/* Jump targets: every flow must be reachable from the entry flow. */
static void
check_flows_reached(struct lctx *lc)
{
	struct flowset *fs = lc->fs;
	struct flow_ref *refs[FLOW_MAX_CHOICES + FLOW_MAX_CASES + 2];
	unsigned char *seen;
	int *stack, sp = 0, f;
	size_t i, j, nr;

	seen = xcalloc(fs->fs_nflows, 1);
	stack = xcalloc(fs->fs_nflows, sizeof(int));
	for (i = 0; i < fs->fs_nflows; i++) {
		if ((int)i == fs->fs_entry_flow || fs->fs_flows[i].fl_entry) {
			seen[i] = 1;
			stack[sp++] = (int)i;
		}
	}
	while (sp > 0) {
		f = stack[--sp];
		for (i = 0; i < fs->fs_flows[f].fl_nnodes; i++) {
			nr = node_refs(&fs->fs_flows[f].fl_nodes[i], refs);
			for (j = 0; j < nr; j++) {
				if (refs[j]->fr_jump && refs[j]->fr_flow >= 0 && !seen[refs[j]->fr_flow]) {
					seen[refs[j]->fr_flow] = 1;
					stack[sp++] = refs[j]->fr_flow;
				}
			}
		}
	}
	for (i = 0; i < fs->fs_nflows; i++) {
		if (!seen[i] && !fs->fs_flows[i].fl_entry) {
			lc->file = fs->fs_flows[i].fl_file;
			lc->node = NULL;
			flow_err(lc, "flow \"%s\" is never reached from the entry flow \"%s\" "
			    "(a flow the daemon starts itself needs \"entry\": true)",
			    fs->fs_flows[i].fl_id, fs->fs_flows[fs->fs_entry_flow].fl_id);
		}
	}
	free(seen);
	free(stack);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.json names of dir other than languages.json and system.json, sorted. */
static int
list_flow_files(struct lctx *lc, const char *dir, char ***out, size_t *n)
{
	DIR *d;
	struct dirent *de;
	size_t len;
	char **v = NULL;

	*n = 0;
	if ((d = opendir(dir)) == NULL) {
		lc->nerr++;
		if (buf_printf(lc->errs, "%s: cannot open the flows directory: %m\n", dir) == -1)
			return -1;
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 6 || de->d_name[0] == '.' || strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		if (strcmp(de->d_name, "languages.json") == 0 || strcmp(de->d_name, "system.json") == 0)
			continue;
		if (*n >= FLOW_MAX_FILES) {
			lc->file = dir;
			flow_err(lc, "more than %d flow files", FLOW_MAX_FILES);
			closedir(d);
			strv_free(v, *n);
			*n = 0;
			return -1;
		}
		v = xrealloc(v, (*n + 1) * sizeof(char *));
		v[(*n)++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (*n > 0)
		qsort(v, *n, sizeof(char *), name_cmp);
	*out = v;
	return 0;
}

/*
 * languages.json, then system.json (its entry_flow into *entry). -1 when
 * the flows cannot be checked without them (no languages, or no teams).
 */
static int
load_base(struct lctx *lc, const char *dir, char **entry)
{
	char *path;
	int rc = 0;

	path = xasprintf("%s/languages.json", dir);
	if (load_languages(lc, path) == -1)
		rc = -1;	/* nothing else can be checked without the languages */
	free(path);
	if (rc == -1)
		return -1;
	path = xasprintf("%s/system.json", dir);
	if (load_system(lc, path, entry) == -1 && lc->fs->fs_nteams == 0)
		rc = -1;	/* handovers cannot be checked without the teams */
	free(path);
	return rc;
}

/*
 * Every other *.json of dir, one flow each, in name order. A flow that
 * does not load stays in the list (for freeing), unnamed if its id is
 * bad, so that references to it fail. -1 when there are no flow files.
 */
static int
load_flows(struct lctx *lc, const char *dir)
{
	struct flowset *fs = lc->fs;
	char **names = NULL, *path;
	size_t nnames = 0, i;

	if (list_flow_files(lc, dir, &names, &nnames) == -1)
		return -1;
	if (nnames == 0) {
		lc->file = dir;
		lc->node = NULL;
		flow_err(lc, "no flow files (*.json besides languages.json and system.json)");
		return -1;
	}
	fs->fs_flows = xcalloc(nnames, sizeof(*fs->fs_flows));
	for (i = 0; i < nnames; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		fs->fs_nflows = i + 1;
		(void)load_flow(lc, path, &fs->fs_flows[i]);	/* problems are in lc */
		free(path);
	}
	strv_free(names, nnames);
	return 0;
}

/* Resolve every node reference, count the nodes, and find the entry flow. */
static void
resolve_all(struct lctx *lc, const char *dir, const char *entry)
{
	struct flowset *fs = lc->fs;
	struct flow_ref *refs[FLOW_MAX_CHOICES + FLOW_MAX_CASES + 2];
	size_t i, j, k, nr;

	for (i = 0; i < fs->fs_nflows; i++) {
		lc->file = fs->fs_flows[i].fl_file;
		for (j = 0; j < fs->fs_flows[i].fl_nnodes; j++) {
			lc->node = fs->fs_flows[i].fl_nodes[j].fn_id;
			nr = node_refs(&fs->fs_flows[i].fl_nodes[j], refs);
			for (k = 0; k < nr; k++)
				(void)resolve_ref(lc, (int)i, refs[k]);
		}
		lc->node = NULL;
		fs->fs_nnodes += fs->fs_flows[i].fl_nnodes;
	}
	if (entry != NULL) {
		fs->fs_entry_flow = flow_find(fs, entry);
		if (fs->fs_entry_flow == -1) {
			lc->file = dir;
			lc->node = NULL;
			flow_err(lc, "system.json: entry_flow \"%s\" is not a flow", entry);
		}
	}
}

int
flow_load_dir(const char *dir, struct flowset **out, struct buf *errs)
{
	struct lctx lc;
	struct flowset *fs;
	char *entry = NULL;
	size_t i;

	*out = NULL;
	if (errs->max == 0)
		errs->max = FLOW_ERRS_MAX;
	fs = xcalloc(1, sizeof(*fs));
	fs->fs_entry_flow = -1;
	memset(&lc, 0, sizeof(lc));
	lc.fs = fs;
	lc.errs = errs;

	if (load_base(&lc, dir, &entry) == -1 || load_flows(&lc, dir) == -1)
		goto fail;
	resolve_all(&lc, dir, entry);
	if (lc.nerr > 0)
		goto fail;	/* graph checks need every reference resolved */
	for (i = 0; i < fs->fs_nflows; i++) {
		lc.file = fs->fs_flows[i].fl_file;
		check_graph(&lc, (int)i);
	}
	check_flows_reached(&lc);
	if (lc.nerr > 0)
		goto fail;
	free(entry);
	*out = fs;
	return 0;
fail:
	if (lc.nerr == 0 && buf_puts(errs, "flows: not loaded\n") == -1)
		lc.nerr++;
	free(entry);
	flowset_free(fs);
	return -1;
}

static void
ref_free(struct flow_ref *r)
{
	free(r->fr_name);
	r->fr_name = NULL;
}

static void
node_free(struct flow_node *fn)
{
	size_t i, j;

	free(fn->fn_id);
	text_free(&fn->fn_text);
	ref_free(&fn->fn_next);
	text_free(&fn->fn_button);
	for (i = 0; i < fn->fn_nchoices; i++) {
		free(fn->fn_choices[i].fc_id);
		text_free(&fn->fn_choices[i].fc_title);
		for (j = 0; j < FLOW_MAX_LANGS; j++)
			free(fn->fn_choices[i].fc_title_norm[j]);
		words_free(&fn->fn_choices[i].fc_keywords);
		ref_free(&fn->fn_choices[i].fc_next);
	}
	free(fn->fn_choices);
	free(fn->fn_var);
	strv_free(fn->fn_options, fn->fn_noptions);
	strv_free(fn->fn_options_norm, fn->fn_noptions);
	text_free(&fn->fn_invalid);
	words_free(&fn->fn_done);
	text_free(&fn->fn_ack);
	free(fn->fn_value);
	for (i = 0; i < fn->fn_ncases; i++) {
		free(fn->fn_cases[i].fk_var);
		strv_free(fn->fn_cases[i].fk_values, fn->fn_cases[i].fk_nvalues);
		ref_free(&fn->fn_cases[i].fk_next);
	}
	free(fn->fn_cases);
	ref_free(&fn->fn_else);
	free(fn->fn_team);
	strv_free(fn->fn_summary, fn->fn_nsummary);
	free(fn->fn_kind);
	strv_free(fn->fn_vars, fn->fn_nvars);
	free(fn->fn_version);
}

void
flowset_free(struct flowset *fs)
{
	size_t i, j;

	if (fs == NULL)
		return;
	for (i = 0; i < FLOW_MAX_LANGS; i++) {
		free(fs->fs_langs[i]);
		free(fs->fs_lang_names[i]);
		free(fs->fs_yes_title[i]);
		free(fs->fs_no_title[i]);
	}
	for (i = 0; i < fs->fs_nflows; i++) {
		for (j = 0; j < fs->fs_flows[i].fl_nnodes; j++)
			node_free(&fs->fs_flows[i].fl_nodes[j]);
		free(fs->fs_flows[i].fl_nodes);
		free(fs->fs_flows[i].fl_id);
		free(fs->fs_flows[i].fl_file);
	}
	free(fs->fs_flows);
	for (i = 0; i < SYS_NTEXTS; i++)
		text_free(&fs->fs_texts[i]);
	for (i = 0; i < SYS_OPT_NTEXTS; i++)
		text_free(&fs->fs_opt_texts[i]);
	for (i = 0; i < CMD_NCOMMANDS; i++)
		words_free(&fs->fs_commands[i]);
	for (i = 0; i < fs->fs_nteams; i++) {
		free(fs->fs_teams[i].ft_id);
		text_free(&fs->fs_teams[i].ft_name);
	}
	free(fs->fs_teams);
	free(fs);
}
