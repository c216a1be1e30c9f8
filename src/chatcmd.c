/*
 * chatcmd.c — `praatpaal flows check [DIR]` and `praatpaal chat`.
 *
 * flows check loads the flows, the crisis lexicon and the crisis model
 * exactly as the daemon does and prints every problem. chat runs the real
 * engine (engine.h) on an in-memory conversation: stdin lines in, replies
 * out, no database and no provider, so flow writers can try a flow before
 * it goes live. It works with stdin a pipe, which the tests use.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "calendar.h"
#include "chatcmd.h"
#include "crypto.h"
#include "conversation.h"
#include "crisis.h"
#include "crisis_model.h"
#include "engine.h"
#include "flow.h"
#include "sms_text.h"
#include "util.h"

#define CHAT_DEFAULT_FLOWS	"conf/flows"
#define CHAT_DEFAULT_LEXICON	"conf/crisis.lex"
#define CHAT_DEFAULT_MODEL	"conf/crisis.model"	/* beside the lexicon when it is there */
#define CHAT_ERR_MAX		512

/*
 * The crisis lexicon and model the daemon would load beside the flows:
 * each loaded as at start-up, its size printed, or its file:line error.
 * model NULL: none (the lexicon alone). 0, or -1 when one does not load.
 */
static int
flows_check_crisis(const char *lexicon, const char *model)
{
	struct crisis_lexicon *lx = NULL;
	struct crisis_model *cm = NULL;
	char err[CHAT_ERR_MAX];
	int rc = 0;

	if (crisis_load(lexicon, &lx, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\ncrisis lexicon %s: NOT OK\n", err, lexicon);
		rc = -1;
	} else {
		printf("crisis lexicon OK: %s, %zu patterns (%zu the same as one before, dropped)\n",
		    lexicon, crisis_npatterns(lx), crisis_nduplicates(lx));
		crisis_free(lx);
	}
	if (model == NULL) {
		printf("crisis model: none (the lexicon alone)\n");
		return rc;
	}
	if (crisis_model_load(model, &cm, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\ncrisis model %s: NOT OK\n", err, model);
		return -1;
	}
	printf("crisis model OK: %s, %zu weights, high %.3f, middle %.3f\n", model,
	    crisis_model_nweights(cm), (double)crisis_model_high(cm), (double)crisis_model_middle(cm));
	crisis_model_free(cm);
	return rc;
}

int
flows_cmd_check(const char *dir, const char *lexicon, const char *model)
{
	struct flowset *fs = NULL;
	struct buf errs;
	int rc = 0;

	if (dir == NULL)
		dir = CHAT_DEFAULT_FLOWS;
	buf_init(&errs, 0);
	if (flow_load_dir(dir, &fs, &errs) == -1) {
		fputs(errs.data != NULL ? errs.data : "flows: not loaded\n", stderr);
		fprintf(stderr, "flows in %s: NOT OK\n", dir);
		rc = 1;
	} else {
		printf("flows OK: %zu flows, %zu nodes\n", fs->fs_nflows, fs->fs_nnodes);
		flowset_free(fs);
	}
	buf_free(&errs);
	if (lexicon != NULL && flows_check_crisis(lexicon, model) == -1)
		rc = 1;
	return rc;
}

/* "+31m", "90s", "2h", "1d" into milliseconds; -1 if malformed. */
static int64_t
chat_parse_duration(const char *s)
{
	long long n;
	char num[24];
	size_t len;
	int64_t unit;

	if (*s == '+')
		s++;
	len = strlen(s);
	if (len < 2 || len >= sizeof(num))
		return -1;
	switch (s[len - 1]) {
	case 's': unit = 1000; break;
	case 'm': unit = 60000; break;
	case 'h': unit = 3600000; break;
	case 'd': unit = 86400000; break;
	default: return -1;
	}
	memcpy(num, s, len - 1);
	num[len - 1] = '\0';
	if (util_parse_ll(num, 0, 3650LL * 86400, &n) == -1)
		return -1;
	return (int64_t)n * unit;
}

/* A reply as the exact SMS body Twilio gets, and what it costs. */
static void
chat_print_sms(json_t *o)
{
	const char *titles[OUT_MAX_CHOICES];
	json_t *c;
	size_t j, n = 0;
	char *body;

	json_array_foreach(json_object_get(o, "choices"), j, c)
		if (n < OUT_MAX_CHOICES)
			titles[n++] = json_string_value(json_object_get(c, "title"));
	body = sms_text_body(json_string_value(json_object_get(o, "text")), titles, n);
	printf("%s\n  [sms: %zu characters, %zu segment%s, %s]\n\n", body, utf8_length(body),
	    sms_text_segments(body), sms_text_segments(body) == 1 ? "" : "s",
	    sms_text_gsm7(body) ? "GSM-7" : "UCS-2");
	free(body);
}

static void
chat_print_replies(const struct engine_out *out, int sms)
{
	json_t *o, *choices, *c;
	size_t i, j;

	for (i = 0; i < out->eo_nreplies; i++) {
		o = json_loads(out->eo_replies[i], 0, NULL);
		if (sms) {
			chat_print_sms(o);
			json_decref(o);
			continue;
		}
		printf("%s\n", json_string_value(json_object_get(o, "text")));
		choices = json_object_get(o, "choices");
		json_array_foreach(choices, j, c)
			printf("  %zu) %s\n", j + 1, json_string_value(json_object_get(c, "title")));
		printf("\n");
		json_decref(o);
	}
	for (i = 0; i < out->eo_nactions; i++) {
		const struct engine_action *a = &out->eo_actions[i];

		printf("  [%s", engine_action_name(a->ea_kind));
		if (a->ea_team != NULL)
			printf(" %s priority %d", a->ea_team, a->ea_priority);
		if (a->ea_name != NULL)
			printf(" %s", a->ea_name);
		if (a->ea_version != NULL)
			printf(" %s", a->ea_version);
		if (a->ea_json != NULL)
			printf(" %s", a->ea_json);
		printf("]\n");
	}
	fflush(stdout);
}

static const struct { const char *cmd; enum msg_kind kind; } chat_media[] = {
	{ "/image", MSG_IMAGE }, { "/audio", MSG_AUDIO }, { "/video", MSG_VIDEO },
	{ "/document", MSG_DOCUMENT }, { "/sticker", MSG_STICKER },
	{ "/location", MSG_LOCATION }, { "/contacts", MSG_CONTACTS },
	{ "/reaction", MSG_REACTION },
};

static void
chat_usage(void)
{
	printf("Type a message and press Enter. Commands:\n"
	    "  /button ID   tap the button or list row with that id\n"
	    "  /image /audio /video /document /sticker /location /contacts /reaction\n"
	    "  /time +31m   let time pass (s, m, h, d)\n"
	    "  /status bot|queued|assigned|closed   act as the console would\n"
	    "  /state       show the conversation state\n"
	    "  /quit        leave\n\n");
}

/* The simulator: one in-memory conversation and the engine it talks to. */
struct chat {
	struct flowset		*ch_fs;
	struct crisis_lexicon	*ch_lex;
	struct crisis_model	*ch_model;
	struct team_hours	 ch_hours[4];
	struct engine_env	 ch_env;
	struct conversation	 ch_cv;
	int64_t			 ch_offset;	/* added to the clock by /time */
	char			 ch_choice[OUT_CHOICE_ID_MAX + 1];	/* /button's id */
};

/* What one input line asks for. */
enum chat_input {
	CHAT_QUIT,	/* /quit */
	CHAT_NEXT,	/* a simulator command done (or refused): read on */
	CHAT_SEND	/* a message for the engine */
};

/* The flows and the crisis lexicon. 0, or -1 after saying why on stderr. */
static int
chat_load(struct chat *c, const char *flows_dir, const char *lexicon_path)
{
	struct buf errs;
	char err[CHAT_ERR_MAX];

	buf_init(&errs, 0);
	if (flows_dir == NULL)
		flows_dir = CHAT_DEFAULT_FLOWS;
	if (flow_load_dir(flows_dir, &c->ch_fs, &errs) == -1) {
		fputs(errs.data != NULL ? errs.data : "flows: not loaded\n", stderr);
		buf_free(&errs);
		return -1;
	}
	buf_free(&errs);
	if (lexicon_path == NULL && access(CHAT_DEFAULT_LEXICON, R_OK) == 0)
		lexicon_path = CHAT_DEFAULT_LEXICON;
	if (lexicon_path == NULL) {
		fprintf(stderr, "chat: no crisis lexicon (%s): crisis detection is OFF\n", CHAT_DEFAULT_LEXICON);
		return 0;
	}
	if (crisis_load(lexicon_path, &c->ch_lex, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	if (access(CHAT_DEFAULT_MODEL, R_OK) == 0 &&
	    crisis_model_load(CHAT_DEFAULT_MODEL, &c->ch_model, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	return 0;
}

/*
 * Everything the simulator needs: flows, lexicon, the default hours and a
 * new conversation for the sender as on the channel. 0, or -1 after saying
 * why on stderr (free c with chat_free either way).
 */
static int
chat_open(struct chat *c, const char *flows_dir, const char *lexicon_path, const char *as, int sms,
    const char *lang)
{
	struct conversation *cv = &c->ch_cv;

	memset(c, 0, sizeof(*c));
	if (chat_load(c, flows_dir, lexicon_path) == -1)
		return -1;
	if (as == NULL)
		as = CHAT_DEFAULT_ADDRESS;
	if (!util_all_digits(as) || strlen(as) >= ADDRESS_MAX) {
		fprintf(stderr, "chat: --as must be a phone number in digits (e.g. %s), "
		    "at most %d digits\n", CHAT_DEFAULT_ADDRESS, ADDRESS_MAX - 1);
		return -1;
	}
	cv->cv_channel = sms ? CHANNEL_SMS : CHANNEL_WHATSAPP;
	if (lang != NULL && flow_lang_find(c->ch_fs, lang) == -1) {
		fprintf(stderr, "chat: language \"%s\" is not in languages.json\n", lang);
		return -1;
	}
	c->ch_env.ee_flows = c->ch_fs;
	c->ch_env.ee_lexicon = c->ch_lex;
	c->ch_env.ee_model = c->ch_model;
	c->ch_env.ee_hours = c->ch_hours;
	c->ch_env.ee_nhours = calendar_hours_default(c->ch_hours, NELEM(c->ch_hours));
	cv->cv_id = 1;
	cv->cv_contact_id = 1;
	/* The simulated sender's pseudonym, as the daemon would log it (demo key). */
	crypto_pseudonym(CHAT_PSEUDONYM_KEY, channel_name(cv->cv_channel), as, cv->cv_pseudonym);
	cv->cv_status = CONV_BOT;
	cv->cv_lang = lang != NULL ? xstrdup(lang) : NULL;
	cv->cv_state = xstrdup("{}");
	cv->cv_new = 1;
	cv->cv_queue_ahead = -1;
	cv->cv_queue_wait_s = -1;
	return 0;
}

static void
chat_free(struct chat *c)
{
	free(c->ch_cv.cv_state);
	free(c->ch_cv.cv_team);
	free(c->ch_cv.cv_lang);
	crisis_free(c->ch_lex);
	crisis_model_free(c->ch_model);
	flowset_free(c->ch_fs);
}

/* A line starting with "/": a simulator command, or a tap or a media message into in. */
static enum chat_input
chat_command(struct chat *c, const char *line, struct inbound *in)
{
	enum conv_status st;
	int64_t d;
	size_t i;

	if (strcmp(line, "/quit") == 0)
		return CHAT_QUIT;
	if (strcmp(line, "/help") == 0) {
		chat_usage();
		return CHAT_NEXT;
	}
	if (strcmp(line, "/state") == 0) {
		printf("  [state %s status=%s team=%s priority=%d lang=%s]\n", c->ch_cv.cv_state,
		    conv_status_name(c->ch_cv.cv_status), c->ch_cv.cv_team ? c->ch_cv.cv_team : "-",
		    c->ch_cv.cv_priority, c->ch_cv.cv_lang ? c->ch_cv.cv_lang : "-");
		return CHAT_NEXT;
	}
	if (strncmp(line, "/time ", 6) == 0) {
		if ((d = chat_parse_duration(line + 6)) < 0)
			fprintf(stderr, "chat: /time +31m (s, m, h, d)\n");
		else
			c->ch_offset += d;
		return CHAT_NEXT;
	}
	if (strncmp(line, "/status ", 8) == 0) {
		if (conv_status_parse(line + 8, &st) == -1)
			fprintf(stderr, "chat: /status bot|queued|assigned|closed\n");
		else
			c->ch_cv.cv_status = st;
		return CHAT_NEXT;
	}
	if (strncmp(line, "/button ", 8) == 0) {
		util_strlcpy(c->ch_choice, line + 8, sizeof(c->ch_choice));
		in->in_kind = MSG_BUTTON;
		in->in_choice_id = c->ch_choice;
		in->in_text = NULL;
		return CHAT_SEND;
	}
	for (i = 0; i < NELEM(chat_media); i++) {
		if (strcmp(line, chat_media[i].cmd) == 0) {
			in->in_kind = chat_media[i].kind;
			in->in_text = NULL;
			return CHAT_SEND;
		}
	}
	fprintf(stderr, "chat: unknown command %s (/help)\n", line);
	return CHAT_NEXT;
}

/* One input line (without its line end) into in. */
static enum chat_input
chat_read(struct chat *c, char *line, size_t n, struct inbound *in)
{
	if (n > TEXT_MAX) {
		fprintf(stderr, "chat: message longer than %d bytes, not sent\n", TEXT_MAX);
		return CHAT_NEXT;
	}
	memset(in, 0, sizeof(*in));
	in->in_channel = c->ch_cv.cv_channel;
	in->in_kind = MSG_TEXT;
	in->in_text = line;
	if (line[0] == '/')
		return chat_command(c, line, in);
	return CHAT_SEND;
}

/* Step the conversation with in at the simulated time and print what came out. */
static int
chat_step(struct chat *c, struct inbound *in)
{
	struct engine_out out;

	in->in_ts_ms = util_now_ms() + c->ch_offset;
	if (engine_step(&c->ch_env, &c->ch_cv, in, in->in_ts_ms, &out) == -1) {
		fprintf(stderr, "chat: the engine refused the step\n");
		engine_out_free(&out);
		return -1;
	}
	c->ch_cv.cv_new = 0;
	chat_print_replies(&out, c->ch_cv.cv_channel == CHANNEL_SMS);
	engine_out_free(&out);
	return 0;
}

int
chat_cmd(const char *flows_dir, const char *lexicon_path, const char *as, int sms, const char *lang)
{
	struct chat c;
	struct inbound in;
	enum chat_input what;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 1, tty = isatty(STDIN_FILENO);

	if (chat_open(&c, flows_dir, lexicon_path, as, sms, lang) == -1)
		goto fail;
	if (tty)
		chat_usage();
	for (;;) {
		if (tty) {
			printf("> ");
			fflush(stdout);
		}
		if ((n = getline(&line, &cap, stdin)) == -1)
			break;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		what = chat_read(&c, line, (size_t)n, &in);
		if (what == CHAT_QUIT)
			break;
		if (what == CHAT_SEND && chat_step(&c, &in) == -1)
			goto fail;
	}
	rc = 0;
fail:
	free(line);
	chat_free(&c);
	return rc;
}
