/*
 * test_dialogue.c — the daemon's dialogue: loading the shipped flows,
 * lexicon and hours from a configuration, stepping, and a reload that
 * fails keeping the running set.
 */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "conversation.h"
#include "dialogue.h"
#include "message.h"
#include "unit.h"

/* Only the keys the dialogue reads; cfg_free() frees them. */
static void
cfg_free(struct config *cfg)
{
	free(cfg->flows_dir);
	free(cfg->flows_lexicon);
	free(cfg->team_jip_hours);
	free(cfg->team_jit_hours);
	free(cfg->team_cit_hours);
	memset(cfg, 0, sizeof(*cfg));
}

static void
cfg_init(struct config *cfg, const char *flows, const char *lexicon, const char *jip)
{
	cfg_free(cfg);
	cfg->flows_dir = strdup(flows);
	cfg->flows_lexicon = strdup(lexicon);
	cfg->team_jip_hours = strdup(jip);
	cfg->team_jit_hours = strdup("mon-fri 09:00-17:00");
	cfg->team_cit_hours = strdup("24/7");
}

static void
conv_init(struct conversation *cv)
{
	memset(cv, 0, sizeof(*cv));
	cv->cv_id = 1;
	cv->cv_new = 1;
	cv->cv_state = strdup("{}");
	cv->cv_lang = strdup("nl");
	memcpy(cv->cv_pseudonym, "0123456789abcdef", PSEUDONYM_LEN + 1);
}

/* Does any reply of out contain needle? */
static int
replies_contain(const struct engine_out *out, const char *needle)
{
	for (size_t i = 0; i < out->eo_nreplies; i++)
		if (out->eo_replies[i] != NULL && strstr(out->eo_replies[i], needle) != NULL)
			return 1;
	return 0;
}

static void
test_load_and_step(void)
{
	struct config cfg = { 0 };
	struct buf errs;
	struct dialogue *dg;
	struct conversation cv;
	struct inbound in;
	struct engine_out out;

	buf_init(&errs, 65536);
	cfg_init(&cfg, "conf/flows", "conf/crisis.lex", "mon-fri 09:00-17:00");
	dg = dialogue_load(&cfg, &errs);
	CHECK(dg != NULL);
	if (dg == NULL) {
		fprintf(stderr, "%s", errs.data ? errs.data : "");
		cfg_free(&cfg);
		buf_free(&errs);
		return;
	}
	conv_init(&cv);
	memset(&in, 0, sizeof(in));
	in.in_kind = MSG_TEXT;
	in.in_text = strdup("hoi");
	memset(&out, 0, sizeof(out));
	CHECK_INT(dialogue_step(dg, &cv, &in, 1795428000000LL, &out), 0);
	CHECK(out.eo_nreplies >= 1);
	CHECK(replies_contain(&out, "112"));
	engine_out_free(&out);

	/* A crisis message, from the menu: the numbers, and CIT at the top. */
	free(in.in_text);
	in.in_text = strdup("ik wil niet meer leven");
	memset(&out, 0, sizeof(out));
	CHECK_INT(dialogue_step(dg, &cv, &in, 1795428060000LL, &out), 0);
	CHECK(replies_contain(&out, "113"));
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_STR(cv.cv_team, "CIT");
	engine_out_free(&out);

	/* A reload that fails keeps the running set. */
	cfg_init(&cfg, "tests/data/flows/does-not-exist", "conf/crisis.lex", "mon-fri 09:00-17:00");
	buf_reset(&errs);
	CHECK_INT(dialogue_reload(dg, &cfg, &errs), -1);
	CHECK(errs.data != NULL && strstr(errs.data, "does-not-exist") != NULL);
	cfg_init(&cfg, "conf/flows", "conf/crisis.lex", "every day");
	buf_reset(&errs);
	CHECK_INT(dialogue_reload(dg, &cfg, &errs), -1);
	CHECK(errs.data != NULL && strstr(errs.data, "teams.jip_hours") != NULL);
	conversation_free(&cv);
	conv_init(&cv);
	free(in.in_text);
	in.in_text = strdup("hallo");
	memset(&out, 0, sizeof(out));
	CHECK_INT(dialogue_step(dg, &cv, &in, 1795428000000LL, &out), 0);
	CHECK(replies_contain(&out, "112"));
	engine_out_free(&out);

	/* A good reload is taken. */
	cfg_init(&cfg, "conf/flows", "conf/crisis.lex", "mon-fri 09:00-17:00");
	buf_reset(&errs);
	CHECK_INT(dialogue_reload(dg, &cfg, &errs), 0);

	free(in.in_text);
	conversation_free(&cv);
	dialogue_free(dg);
	cfg_free(&cfg);
	buf_free(&errs);
}

static void
test_bad_lexicon(void)
{
	struct config cfg = { 0 };
	struct buf errs;

	buf_init(&errs, 65536);
	cfg_init(&cfg, "conf/flows", "tests/data/crisis/missing.lex", "mon-fri 09:00-17:00");
	CHECK(dialogue_load(&cfg, &errs) == NULL);
	CHECK(errs.data != NULL && strstr(errs.data, "missing.lex") != NULL);
	cfg_free(&cfg);
	buf_free(&errs);
}

int
main(void)
{
	RUN(test_load_and_step);
	RUN(test_bad_lexicon);
	return unit_done();
}
