/*
 * test_flow.c — the flow loader and checker: the fixture in
 * tests/data/flows/basic loads; each broken copy of it (made in a
 * temporary directory) is refused with a line naming the file, the node
 * and the problem.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "flow.h"
#include "unit.h"
#include "util.h"

#define FIXTURE	DATA("flows/basic")

static const char *const fixture_files[] = { "languages.json", "system.json", "main.json", "story.json" };
static char tmpdir[64];

static char *
slurp(const char *path)
{
	char err[256];
	char *s = util_read_file(path, 1024 * 1024, NULL, err, sizeof(err));

	if (s == NULL) {
		fprintf(stderr, "%s\n", err);
		abort();
	}
	return s;
}

static void
spit(const char *path, const char *data)
{
	FILE *f = fopen(path, "w");

	if (f == NULL || fputs(data, f) == EOF || fclose(f) != 0) {
		perror(path);
		abort();
	}
}

/* A fresh copy of the fixture in tmpdir. */
static void
fixture_copy(void)
{
	char src[256], dst[256], *s;
	size_t i;

	util_strlcpy(tmpdir, "/tmp/praatpaal-flowtest-XXXXXX", sizeof(tmpdir));
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		abort();
	}
	for (i = 0; i < NELEM(fixture_files); i++) {
		snprintf(src, sizeof(src), "%s/%s", FIXTURE, fixture_files[i]);
		snprintf(dst, sizeof(dst), "%s/%s", tmpdir, fixture_files[i]);
		s = slurp(src);
		spit(dst, s);
		free(s);
	}
}

static void
fixture_remove(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* Replace the first `from` in tmpdir/file by `to` (the test fails if absent). */
static void
patch(const char *file, const char *from, const char *to)
{
	char path[256], *s, *p, *out;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, file);
	s = slurp(path);
	p = strstr(s, from);
	CHECK(p != NULL);
	if (p == NULL) {
		fprintf(stderr, "patch: \"%s\" not in %s\n", from, file);
		free(s);
		return;
	}
	out = xasprintf("%.*s%s%s", (int)(p - s), s, to, p + strlen(from));
	spit(path, out);
	free(out);
	free(s);
}

/*
 * Load tmpdir: it must fail, and the problems must contain want (with
 * "@" standing for the temporary directory).
 */
static void
expect_error(const char *want)
{
	struct flowset *fs = NULL;
	struct buf errs, w;
	int rc = 0;

	buf_init(&errs, 0);
	buf_init(&w, 0);
	for (; *want != '\0'; want++) {
		if (*want == '@')
			rc |= buf_puts(&w, tmpdir);
		else
			rc |= buf_append(&w, want, 1);
	}
	CHECK(rc == 0);
	rc = flow_load_dir(tmpdir, &fs, &errs);
	CHECK_INT(rc, -1);
	CHECK(fs == NULL);
	CHECK(errs.data != NULL && strstr(errs.data, w.data) != NULL);
	if (errs.data == NULL || strstr(errs.data, w.data) == NULL)
		fprintf(stderr, "  wanted: %s\n  got:\n%s", w.data, errs.data ? errs.data : "(nothing)\n");
	flowset_free(fs);
	buf_free(&errs);
	buf_free(&w);
	fixture_remove();
}

static void
test_fixture_loads(void)
{
	struct flowset *fs = NULL;
	struct buf errs;
	const struct flow *fl;
	const struct flow_node *fn;
	char *norm;
	int f, n;

	buf_init(&errs, 0);
	CHECK_INT(flow_load_dir(FIXTURE, &fs, &errs), 0);
	if (fs == NULL) {
		fprintf(stderr, "%s", errs.data ? errs.data : "");
		buf_free(&errs);
		return;
	}
	CHECK_INT(fs->fs_nflows, 2);
	CHECK_INT(fs->fs_nnodes, 16);
	CHECK_INT(fs->fs_nlangs, 2);
	CHECK_STR(fs->fs_langs[fs->fs_default_lang], "nl");
	CHECK_STR(fs->fs_lang_names[1], "English");
	CHECK_STR(fs->fs_flows[fs->fs_entry_flow].fl_id, "main");
	f = flow_find(fs, "main");
	CHECK(f >= 0);
	fl = &fs->fs_flows[f];
	CHECK_INT(fl->fl_expire_minutes, 30);
	n = flow_node_find(fl, "topic");
	CHECK(n >= 0);
	fn = &fl->fl_nodes[n];
	CHECK_INT(fn->fn_type, NODE_MENU);
	CHECK_INT(fn->fn_nchoices, 3);
	CHECK_STR(fn->fn_choices[1].fc_next.fr_name, "flow:story");
	CHECK_INT(fn->fn_choices[1].fc_next.fr_flow, flow_find(fs, "story"));
	CHECK_STR(fn->fn_choices[0].fc_title.ft_s[1], "I have a question");
	norm = flow_normalise("Vráág");
	CHECK_STR(norm, "vrag");	/* keywords are stored normalised */
	CHECK(flow_words_has(&fn->fn_choices[0].fc_keywords, norm));
	free(norm);
	CHECK(flow_words_has(&fs->fs_commands[CMD_HELP], "hulp"));
	CHECK(flow_words_has(&fs->fs_commands[CMD_HELP], "help"));
	CHECK_STR(fs->fs_yes_title[0], "ja");
	CHECK(fs->fs_has_opt[SYS_OPT_STORY_FULL]);
	CHECK(flow_team_find(fs, "JIT") != NULL);
	flowset_free(fs);
	buf_free(&errs);
}

static void
test_unknown_next(void)
{
	fixture_copy();
	patch("main.json", "\"next\": \"topic\"", "\"next\": \"nowhere\"");
	expect_error("@/main.json: node \"welcome\": next \"nowhere\" is not a node of flow \"main\"");
}

static void
test_unknown_flow(void)
{
	fixture_copy();
	patch("main.json", "\"flow:story\"", "\"flow:stories\"");
	expect_error("@/main.json: node \"topic\": \"flow:stories\": there is no flow \"stories\"");
}

static void
test_unreachable(void)
{
	fixture_copy();
	patch("main.json", "\"bye\": {\"type\": \"end\"",
	    "\"orphan\": {\"type\": \"end\"}, \"bye\": {\"type\": \"end\"");
	expect_error("@/main.json: node \"orphan\": unreachable from the start \"welcome\"");
}

static void
test_unreached_flow(void)
{
	fixture_copy();
	patch("main.json", "\"flow:story\"", "\"bye\"");
	expect_error("@/story.json: flow \"story\" is never reached from the entry flow \"main\"");
}

static void
test_missing_translation(void)
{
	fixture_copy();
	patch("main.json", ", \"en\": \"How old are you?\"", "");
	expect_error("@/main.json: node \"age\": \"text\": missing translation \"en\"");
}

static void
test_unknown_language(void)
{
	fixture_copy();
	patch("main.json", "\"en\": \"How old are you?\"", "\"en\": \"How old?\", \"fr\": \"Quel age?\"");
	expect_error("node \"age\": \"text\": language \"fr\" is not in languages.json");
}

static void
test_missing_translation_new_language(void)
{
	/* Adding a language makes every text without it an error. */
	fixture_copy();
	patch("languages.json", "[\"nl\", \"en\"]", "[\"nl\", \"en\", \"tr\"]");
	expect_error("@/system.json: text \"welcome_back\": missing translation \"tr\"");
}

static void
test_title_too_long(void)
{
	fixture_copy();
	/* three choices: buttons, 20 characters at most */
	patch("main.json", "\"title\": {\"nl\": \"Mijn verhaal\"", "\"title\": {\"nl\": \"Mijn verhaal vertellen\"");
	expect_error("@/main.json: node \"topic\": choice 2 title \"Mijn verhaal vertellen\" is 22 characters (at most 20)");
}

static void
test_title_counts_code_points(void)
{
	struct flowset *fs = NULL;
	struct buf errs;

	/* 20 accented letters are 40 bytes but 20 characters: fine. */
	fixture_copy();
	patch("main.json", "\"title\": {\"nl\": \"Doei\"", "\"title\": {\"nl\": \"éééééééééééééééééééé\"");
	buf_init(&errs, 0);
	CHECK_INT(flow_load_dir(tmpdir, &fs, &errs), 0);
	if (fs == NULL)
		fprintf(stderr, "%s", errs.data);
	flowset_free(fs);
	buf_free(&errs);
	/* ...and 21 are too many. */
	patch("main.json", "\"éééééééééééééééééééé\"", "\"ééééééééééééééééééééé\"");
	expect_error("choice 3 title \"ééééééééééééééééééééé\" is 21 characters (at most 20)");
}

static void
test_list_titles_24(void)
{
	struct flowset *fs = NULL;
	struct buf errs;

	/* four choices: a list, 24 characters allowed */
	fixture_copy();
	patch("main.json", "{\"id\": \"bye\",",
	    "{\"id\": \"four\", \"title\": {\"nl\": \"Vierentwintig tekens lan\", \"en\": \"Four\"}, \"next\": \"bye\"}, {\"id\": \"bye\",");
	buf_init(&errs, 0);
	CHECK_INT(flow_load_dir(tmpdir, &fs, &errs), 0);
	flowset_free(fs);
	buf_free(&errs);
	patch("main.json", "Vierentwintig tekens lan", "Vijfentwintig tekens lang");
	expect_error("choice 3 title \"Vijfentwintig tekens lang\" is 25 characters (at most 24)");
}

static void
test_too_many_choices(void)
{
	struct buf b;
	int i, r = 0;

	buf_init(&b, 0);
	for (i = 0; i < 10; i++)
		r |= buf_printf(&b, "{\"id\": \"c%d\", \"title\": {\"nl\": \"K%d\", \"en\": \"C%d\"}, \"next\": \"bye\"}, ", i, i, i);
	CHECK(r == 0);
	r = buf_puts(&b, "{\"id\": \"bye\",");
	CHECK(r == 0);
	fixture_copy();
	patch("main.json", "{\"id\": \"bye\",", b.data);
	buf_free(&b);
	expect_error("node \"topic\": 13 choices (at most 10)");
}

static void
test_no_way_out(void)
{
	fixture_copy();
	/* the only way on from "topic" leads back to it: trapped */
	patch("main.json", "\"next\": \"age\"", "\"next\": \"topic\"");
	patch("main.json", "\"next\": \"flow:story\"", "\"next\": \"topic\"");
	patch("main.json", "\"next\": \"bye\"}", "\"next\": \"topic\"}");
	expect_error("node \"topic\": no way out: no path from here to an end, a handover or another flow");
}

static void
test_choice_without_next(void)
{
	fixture_copy();
	patch("main.json", ", \"next\": \"bye\"}", "}");
	expect_error("node \"topic\": choice 3 leads nowhere: it has no \"next\"");
}

static void
test_bad_validate(void)
{
	fixture_copy();
	patch("main.json", "{\"int\": [12, 27]}", "{\"int\": [27, 12]}");
	expect_error("node \"age\": validate \"int\" must be [min, max] with whole numbers, min <= max");
	fixture_copy();
	patch("main.json", "{\"int\": [12, 27]}", "{\"regex\": \"[0-9]+\"}");
	expect_error("node \"age\": \"validate\" must be one of int, one_of, many_of, max_length");
	fixture_copy();
	patch("main.json", "{\"one_of\": [\"Den Haag\", \"Delft\", \"Zoetermeer\"]}", "{\"one_of\": []}");
	expect_error("node \"place\": validate \"one_of\" must be an array of 1 to 32 strings");
}

static void
test_unknown_type(void)
{
	fixture_copy();
	patch("main.json", "\"type\": \"end\"", "\"type\": \"quiz\"");
	expect_error("node \"bye\": unknown node type \"quiz\"");
}

static void
test_unknown_key(void)
{
	fixture_copy();
	patch("main.json", "\"var\": \"age\",", "\"var\": \"age\", \"nxet\": \"place\",");
	expect_error("node \"age\": \"nxet\" is not a key of ask nodes");
}

static void
test_duplicate_flow(void)
{
	fixture_copy();
	patch("story.json", "\"flow\": \"story\"", "\"flow\": \"main\"");
	expect_error("flow id \"main\" is also used by");
}

static void
test_missing_system_text(void)
{
	fixture_copy();
	patch("system.json", "\"help\": {\"nl\": \"Typ menu of stop.\", \"en\": \"Type menu or stop.\"},", "");
	expect_error("@/system.json: missing text \"help\" (the engine needs it)");
}

static void
test_missing_entry_flow(void)
{
	fixture_copy();
	patch("system.json", "\"entry_flow\": \"main\",", "");
	expect_error("@/system.json: missing \"entry_flow\"");
	fixture_copy();
	patch("system.json", "\"entry_flow\": \"main\"", "\"entry_flow\": \"begin\"");
	expect_error("entry_flow \"begin\" is not a flow");
}

static void
test_json_syntax(void)
{
	fixture_copy();
	patch("main.json", "\"flow\": \"main\",", "\"flow\": \"main\"");
	expect_error("@/main.json:3:");
}

static void
test_loop_without_question(void)
{
	fixture_copy();
	patch("main.json", "\"value\": \"adult\", \"next\": \"to_jit\"", "\"value\": \"adult\", \"next\": \"young\"");
	expect_error("loops back to itself without a menu, ask or story in between");
}

static void
test_bad_handover(void)
{
	fixture_copy();
	patch("main.json", "\"team\": \"JIT\", \"priority\": 4", "\"team\": \"XYZ\", \"priority\": 11");
	expect_error("node \"to_jit\": \"team\" must be a team of system.json");
	fixture_copy();
	patch("main.json", "\"team\": \"JIT\", \"priority\": 4", "\"team\": \"JIT\", \"priority\": 11");
	expect_error("node \"to_jit\": \"priority\" must be a whole number from 1 to 10");
}

static void
test_too_many_files(void)
{
	char path[256];
	int i;

	fixture_copy();
	for (i = 0; i <= FLOW_MAX_FILES; i++) {
		snprintf(path, sizeof(path), "%s/extra%02d.json", tmpdir, i);
		spit(path, "{}");
	}
	expect_error("more than 64 flow files");
}

static void
test_missing_dir(void)
{
	struct flowset *fs = NULL;
	struct buf errs;

	buf_init(&errs, 0);
	CHECK_INT(flow_load_dir("/nonexistent/flows", &fs, &errs), -1);
	CHECK(errs.data != NULL && strstr(errs.data, "/nonexistent/flows/languages.json") != NULL);
	buf_free(&errs);
}

int
main(void)
{
	RUN(test_fixture_loads);
	RUN(test_unknown_next);
	RUN(test_unknown_flow);
	RUN(test_unreachable);
	RUN(test_unreached_flow);
	RUN(test_missing_translation);
	RUN(test_unknown_language);
	RUN(test_missing_translation_new_language);
	RUN(test_title_too_long);
	RUN(test_title_counts_code_points);
	RUN(test_list_titles_24);
	RUN(test_too_many_choices);
	RUN(test_no_way_out);
	RUN(test_choice_without_next);
	RUN(test_bad_validate);
	RUN(test_unknown_type);
	RUN(test_unknown_key);
	RUN(test_duplicate_flow);
	RUN(test_missing_system_text);
	RUN(test_missing_entry_flow);
	RUN(test_json_syntax);
	RUN(test_loop_without_question);
	RUN(test_bad_handover);
	RUN(test_too_many_files);
	RUN(test_missing_dir);
	return unit_done();
}
