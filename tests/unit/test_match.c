/*
 * test_match.c — how answers are understood (match.c), on flow structures
 * built here: a menu choice by tapped id, number, title, keyword or a
 * keyword inside the text; ask answers by int, one_of, many_of and length;
 * yes/no; a language; trimming.
 */
#include <stdlib.h>
#include <string.h>

#include "flow.h"
#include "match.h"
#include "unit.h"
#include "util.h"

static struct flowset fs;
static struct flow_choice choices[3];
static struct flow_node menu;

/* Normalised words into w (freed by words_clear). */
static void
words_set(struct flow_words *w, const char *const *words, size_t n)
{
	size_t i;

	w->fw_words = xcalloc(n, sizeof(char *));
	for (i = 0; i < n; i++)
		w->fw_words[i] = flow_normalise(words[i]);
	w->fw_n = n;
}

static void
words_clear(struct flow_words *w)
{
	size_t i;

	for (i = 0; i < w->fw_n; i++)
		free(w->fw_words[i]);
	free(w->fw_words);
	memset(w, 0, sizeof(*w));
}

static void
choice_set(struct flow_choice *c, const char *id, const char *nl, const char *en,
    const char *const *kw, size_t nkw)
{
	memset(c, 0, sizeof(*c));
	c->fc_id = xstrdup(id);
	c->fc_title_norm[0] = flow_normalise(nl);
	c->fc_title_norm[1] = flow_normalise(en);
	words_set(&c->fc_keywords, kw, nkw);
}

static void
setup(void)
{
	static const char *const yes[] = { "ja", "yes" }, *const no[] = { "nee", "no" };
	static const char *const kw0[] = { "geld", "schulden", "money" };
	static const char *const kw1[] = { "huis", "dak boven mijn hoofd" };
	static const char *const kw2[] = { "school", "studie" };

	memset(&fs, 0, sizeof(fs));
	fs.fs_langs[0] = xstrdup("nl");
	fs.fs_langs[1] = xstrdup("en");
	fs.fs_lang_names[0] = xstrdup("Nederlands");
	fs.fs_lang_names[1] = xstrdup("English");
	fs.fs_nlangs = 2;
	words_set(&fs.fs_commands[CMD_YES], yes, NELEM(yes));
	words_set(&fs.fs_commands[CMD_NO], no, NELEM(no));
	choice_set(&choices[0], "geld", "Geld en schulden", "Money and debts", kw0, NELEM(kw0));
	choice_set(&choices[1], "wonen", "Wonen", "Housing", kw1, NELEM(kw1));
	choice_set(&choices[2], "school", "School", "School", kw2, NELEM(kw2));
	memset(&menu, 0, sizeof(menu));
	menu.fn_type = NODE_MENU;
	menu.fn_choices = choices;
	menu.fn_nchoices = NELEM(choices);
}

static void
teardown(void)
{
	size_t i, l;

	for (i = 0; i < 2; i++) {
		free(fs.fs_langs[i]);
		free(fs.fs_lang_names[i]);
	}
	words_clear(&fs.fs_commands[CMD_YES]);
	words_clear(&fs.fs_commands[CMD_NO]);
	for (i = 0; i < NELEM(choices); i++) {
		free(choices[i].fc_id);
		for (l = 0; l < 2; l++)
			free(choices[i].fc_title_norm[l]);
		words_clear(&choices[i].fc_keywords);
	}
}

/* match_choice on text as the engine passes it: trimmed, and normalised. */
static int
choice_of(const char *id, const char *text)
{
	char *raw = match_trim(text), *norm = flow_normalise(raw);
	int c = match_choice(&fs, &menu, id, raw, norm);

	free(raw);
	free(norm);
	return c;
}

static void
test_choice_id_and_number(void)
{
	CHECK_INT(choice_of("wonen", NULL), 1);
	CHECK_INT(choice_of("school", "1"), 2);	/* a tapped id before the text */
	CHECK_INT(choice_of("nope", NULL), -1);
	CHECK_INT(choice_of("nope", "2"), 1);
	CHECK_INT(choice_of(NULL, "1"), 0);
	CHECK_INT(choice_of(NULL, " 3\n"), 2);
	CHECK_INT(choice_of(NULL, "4"), -1);
	CHECK_INT(choice_of(NULL, "0"), -1);
	CHECK_INT(choice_of(NULL, "1 2"), -1);
	CHECK_INT(choice_of(NULL, ""), -1);
	CHECK_INT(choice_of(NULL, "?!"), -1);
}

static void
test_choice_title_and_keyword(void)
{
	CHECK_INT(choice_of(NULL, "Money and debts"), 0);
	CHECK_INT(choice_of(NULL, "WONEN!"), 1);
	CHECK_INT(choice_of(NULL, "housing"), 1);
	CHECK_INT(choice_of(NULL, "studie"), 2);
	CHECK_INT(choice_of(NULL, "Geld en schulden"), 0);
}

static void
test_choice_inside(void)
{
	CHECK_INT(choice_of(NULL, "ik heb geen dak boven mijn hoofd"), 1);
	CHECK_INT(choice_of(NULL, "ik heb schulden"), 0);
	CHECK_INT(choice_of(NULL, "veel geld en veel schulden"), 0);	/* one choice, twice */
	CHECK_INT(choice_of(NULL, "geld voor school"), -1);		/* two choices */
	CHECK_INT(choice_of(NULL, "schoolreis"), -1);			/* whole words only */
	CHECK_INT(choice_of(NULL, "is dit geldig"), -1);
	CHECK_INT(choice_of(NULL, "dak boven"), -1);			/* the whole keyword */
}

/* match_answer on text as the engine passes it. */
static char *
answer_of(const struct flow_node *fn, const char *id, const char *text)
{
	char *raw = match_trim(text), *norm = flow_normalise(raw);
	char *v = match_answer(fn, id, raw, norm);

	free(raw);
	free(norm);
	return v;
}

/* CHECK_STR on an answer, NULL expected as NULL; frees it. */
#define CHECK_ANSWER(fn, id, text, want) do { char *v_ = answer_of((fn), (id), (text)); \
	if ((want) == NULL) CHECK(v_ == NULL); else CHECK_STR(v_, (want)); free(v_); } while (0)

static void
test_answer_int(void)
{
	struct flow_node fn;

	memset(&fn, 0, sizeof(fn));
	fn.fn_validate = VALIDATE_INT;
	fn.fn_min = 12;
	fn.fn_max = 23;
	CHECK_ANSWER(&fn, NULL, "16", "16");
	CHECK_ANSWER(&fn, NULL, "ik ben 16!", "16");
	CHECK_ANSWER(&fn, NULL, "12", "12");
	CHECK_ANSWER(&fn, NULL, "23", "23");
	CHECK_ANSWER(&fn, NULL, "24", NULL);
	CHECK_ANSWER(&fn, NULL, "11", NULL);
	CHECK_ANSWER(&fn, NULL, "16 of 17", NULL);
	CHECK_ANSWER(&fn, NULL, "zestien", NULL);
	CHECK_ANSWER(&fn, NULL, "", NULL);
	fn.fn_min = -10;
	fn.fn_max = 10;
	CHECK_ANSWER(&fn, NULL, "-3", "-3");
	CHECK_ANSWER(&fn, NULL, "min -3 graden", "-3");
	CHECK_ANSWER(&fn, NULL, "99999999999999999999", NULL);
}

static void
options_set(struct flow_node *fn, enum flow_validate v)
{
	static const char *const opts[] = { "Den Haag", "Delft", "Rijswijk" };
	size_t i;

	memset(fn, 0, sizeof(*fn));
	fn->fn_validate = v;
	fn->fn_options = xcalloc(NELEM(opts), sizeof(char *));
	fn->fn_options_norm = xcalloc(NELEM(opts), sizeof(char *));
	for (i = 0; i < NELEM(opts); i++) {
		fn->fn_options[i] = xstrdup(opts[i]);
		fn->fn_options_norm[i] = flow_normalise(opts[i]);
	}
	fn->fn_noptions = NELEM(opts);
}

static void
options_free(struct flow_node *fn)
{
	size_t i;

	for (i = 0; i < fn->fn_noptions; i++) {
		free(fn->fn_options[i]);
		free(fn->fn_options_norm[i]);
	}
	free(fn->fn_options);
	free(fn->fn_options_norm);
}

static void
test_answer_one_of(void)
{
	struct flow_node fn;

	options_set(&fn, VALIDATE_ONE_OF);
	CHECK_ANSWER(&fn, NULL, "den haag", "Den Haag");
	CHECK_ANSWER(&fn, NULL, "DELFT.", "Delft");
	CHECK_ANSWER(&fn, "Rijswijk", NULL, "Rijswijk");
	CHECK_ANSWER(&fn, NULL, "3", "Rijswijk");
	CHECK_ANSWER(&fn, NULL, "4", NULL);
	CHECK_ANSWER(&fn, NULL, "Leiden", NULL);
	CHECK_ANSWER(&fn, NULL, "in Delft", NULL);	/* the whole answer, not a word in it */
	options_free(&fn);
}

static void
test_answer_many_of(void)
{
	struct flow_node fn;
	char word[40];

	options_set(&fn, VALIDATE_MANY_OF);
	CHECK_ANSWER(&fn, NULL, "delft en rijswijk", "Delft,Rijswijk");
	CHECK_ANSWER(&fn, NULL, "Den Haag, Delft", "Den Haag,Delft");
	CHECK_ANSWER(&fn, NULL, "1 3", "Den Haag,Rijswijk");
	CHECK_ANSWER(&fn, NULL, "rijswijk and 1", "Rijswijk,Den Haag");
	CHECK_ANSWER(&fn, NULL, "delft delft 2", "Delft");
	CHECK_ANSWER(&fn, NULL, "delft amsterdam", NULL);
	CHECK_ANSWER(&fn, NULL, "en", NULL);
	CHECK_ANSWER(&fn, NULL, "4", NULL);
	CHECK_ANSWER(&fn, NULL, "", NULL);
	memset(word, 'a', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	CHECK_ANSWER(&fn, NULL, word, NULL);
	options_free(&fn);
}

static void
test_answer_text(void)
{
	struct flow_node fn;

	memset(&fn, 0, sizeof(fn));
	fn.fn_validate = VALIDATE_MAX_LENGTH;
	fn.fn_max = 5;
	CHECK_ANSWER(&fn, NULL, "  hallo ", "hallo");
	CHECK_ANSWER(&fn, NULL, "hallo!", NULL);
	CHECK_ANSWER(&fn, NULL, "h\xc3\xa9llo", "h\xc3\xa9llo");	/* five characters, six bytes */
	CHECK_ANSWER(&fn, NULL, " \n", NULL);
	fn.fn_validate = VALIDATE_NONE;
	fn.fn_max = 4096;
	CHECK_ANSWER(&fn, NULL, "Wat Fijn", "Wat Fijn");	/* as written, not normalised */
}

static int
yes_no_of(const char *id, const char *text)
{
	char *raw = match_trim(text), *norm = flow_normalise(raw);
	int yn = match_yes_no(&fs, id, raw, norm);

	free(raw);
	free(norm);
	return yn;
}

static void
test_yes_no(void)
{
	CHECK_INT(yes_no_of("yes", NULL), 1);
	CHECK_INT(yes_no_of("no", NULL), 0);
	CHECK_INT(yes_no_of(NULL, "1"), 1);
	CHECK_INT(yes_no_of(NULL, "2"), 0);
	CHECK_INT(yes_no_of(NULL, "Ja!"), 1);
	CHECK_INT(yes_no_of(NULL, "no"), 0);
	CHECK_INT(yes_no_of(NULL, "misschien"), -1);
	CHECK_INT(yes_no_of(NULL, "3"), -1);
	CHECK_INT(yes_no_of("other", NULL), -1);
}

static int
language_of(const char *id, const char *text)
{
	char *raw = match_trim(text), *norm = flow_normalise(raw);
	int l = match_language(&fs, id, raw, norm);

	free(raw);
	free(norm);
	return l;
}

static void
test_language(void)
{
	CHECK_INT(language_of("en", NULL), 1);
	CHECK_INT(language_of(NULL, "nl"), 0);
	CHECK_INT(language_of(NULL, "ENGLISH"), 1);
	CHECK_INT(language_of(NULL, "nederlands"), 0);
	CHECK_INT(language_of(NULL, "2"), 1);
	CHECK_INT(language_of(NULL, "3"), -1);
	CHECK_INT(language_of(NULL, "frans"), -1);
	CHECK_INT(language_of("fr", NULL), -1);
}

static void
test_trim_and_number(void)
{
	char *s;

	s = match_trim("  hoi \r\n");
	CHECK_STR(s, "hoi");
	free(s);
	s = match_trim("\ta  b\t");
	CHECK_STR(s, "a  b");
	free(s);
	s = match_trim(NULL);
	CHECK_STR(s, "");
	free(s);
	s = match_trim(" \n\t");
	CHECK_STR(s, "");
	free(s);
	CHECK_INT(match_number("3", 3), 3);
	CHECK_INT(match_number("4", 3), 0);
	CHECK_INT(match_number("0", 3), 0);
	CHECK_INT(match_number("-1", 3), 0);
	CHECK_INT(match_number("1a", 3), 0);
	CHECK_INT(match_number("", 3), 0);
}

int
main(void)
{
	setup();
	RUN(test_choice_id_and_number);
	RUN(test_choice_title_and_keyword);
	RUN(test_choice_inside);
	RUN(test_answer_int);
	RUN(test_answer_one_of);
	RUN(test_answer_many_of);
	RUN(test_answer_text);
	RUN(test_yes_no);
	RUN(test_language);
	RUN(test_trim_and_number);
	teardown();
	return unit_done();
}
