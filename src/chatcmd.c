/*
 * chatcmd.c — `praatpaal flows check [DIR]` and `praatpaal chat`.
 *
 * flows check loads the flows exactly as the daemon does and prints every
 * problem. chat runs the real engine (engine.h) on an in-memory
 * conversation: stdin lines in, replies out, no database and no provider,
 * so flow writers can try a flow before it goes live. It works with stdin
 * a pipe, which the tests use.
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
#include "engine.h"
#include "flow.h"
#include "util.h"

#define CHAT_DEFAULT_FLOWS	"conf/flows"
#define CHAT_DEFAULT_LEXICON	"conf/crisis.lex"
#define CHAT_ERR_MAX		512

int
flows_cmd_check(const char *dir)
{
	struct flowset *fs = NULL;
	struct buf errs;
	size_t nflows, nnodes;

	if (dir == NULL)
		dir = CHAT_DEFAULT_FLOWS;
	buf_init(&errs, 0);
	if (flow_load_dir(dir, &fs, &errs) == -1) {
		fputs(errs.data != NULL ? errs.data : "flows: not loaded\n", stderr);
		fprintf(stderr, "flows in %s: NOT OK\n", dir);
		buf_free(&errs);
		return 1;
	}
	nflows = fs->fs_nflows;
	nnodes = fs->fs_nnodes;
	printf("flows OK: %zu flows, %zu nodes\n", nflows, nnodes);
	flowset_free(fs);
	buf_free(&errs);
	return 0;
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

static void
chat_print_replies(const struct engine_out *out)
{
	json_t *o, *choices, *c;
	size_t i, j;

	for (i = 0; i < out->eo_nreplies; i++) {
		o = json_loads(out->eo_replies[i], 0, NULL);
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

int
chat_cmd(const char *flows_dir, const char *lexicon_path, const char *as, int sms, const char *lang)
{
	struct flowset *fs = NULL;
	struct crisis_lexicon *lex = NULL;
	struct team_hours hours[4];
	struct engine_env env;
	struct engine_out out;
	struct conversation cv;
	struct inbound in;
	struct buf errs;
	char err[CHAT_ERR_MAX], *line = NULL, choice[OUT_CHOICE_ID_MAX + 1];
	size_t cap = 0, i;
	ssize_t n;
	int64_t offset = 0, d;
	enum conv_status st;
	int rc = 1, tty = isatty(STDIN_FILENO), handled;

	memset(&cv, 0, sizeof(cv));
	memset(&env, 0, sizeof(env));
	buf_init(&errs, 0);
	if (flows_dir == NULL)
		flows_dir = CHAT_DEFAULT_FLOWS;
	if (flow_load_dir(flows_dir, &fs, &errs) == -1) {
		fputs(errs.data != NULL ? errs.data : "flows: not loaded\n", stderr);
		goto fail;
	}
	if (lexicon_path == NULL && access(CHAT_DEFAULT_LEXICON, R_OK) == 0)
		lexicon_path = CHAT_DEFAULT_LEXICON;
	if (lexicon_path != NULL) {
		if (crisis_load(lexicon_path, &lex, err, sizeof(err)) == -1) {
			fprintf(stderr, "%s\n", err);
			goto fail;
		}
	} else {
		fprintf(stderr, "chat: no crisis lexicon (%s): crisis detection is OFF\n", CHAT_DEFAULT_LEXICON);
	}
	if (as == NULL)
		as = CHAT_DEFAULT_ADDRESS;
	if (!util_all_digits(as) || strlen(as) >= ADDRESS_MAX) {
		fprintf(stderr, "chat: --as must be a phone number in digits (e.g. %s), "
		    "at most %d digits\n", CHAT_DEFAULT_ADDRESS, ADDRESS_MAX - 1);
		goto fail;
	}
	cv.cv_channel = sms ? CHANNEL_SMS : CHANNEL_WHATSAPP;
	if (lang != NULL && flow_lang_find(fs, lang) == -1) {
		fprintf(stderr, "chat: language \"%s\" is not in languages.json\n", lang);
		goto fail;
	}
	env.ee_flows = fs;
	env.ee_lexicon = lex;
	env.ee_hours = hours;
	env.ee_nhours = calendar_hours_default(hours, NELEM(hours));
	cv.cv_id = 1;
	cv.cv_contact_id = 1;
	/* The simulated sender's pseudonym, as the daemon would log it (demo key). */
	crypto_pseudonym(CHAT_PSEUDONYM_KEY, channel_name(cv.cv_channel), as, cv.cv_pseudonym);
	cv.cv_status = CONV_BOT;
	cv.cv_lang = lang != NULL ? xstrdup(lang) : NULL;
	cv.cv_state = xstrdup("{}");
	cv.cv_new = 1;
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
		if ((size_t)n > TEXT_MAX) {
			fprintf(stderr, "chat: message longer than %d bytes, not sent\n", TEXT_MAX);
			continue;
		}
		memset(&in, 0, sizeof(in));
		in.in_channel = cv.cv_channel;
		in.in_kind = MSG_TEXT;
		in.in_text = line;
		handled = 0;
		if (strcmp(line, "/quit") == 0)
			break;
		if (strcmp(line, "/help") == 0) {
			chat_usage();
			continue;
		}
		if (strcmp(line, "/state") == 0) {
			printf("  [state %s status=%s team=%s priority=%d lang=%s]\n", cv.cv_state,
			    conv_status_name(cv.cv_status), cv.cv_team ? cv.cv_team : "-",
			    cv.cv_priority, cv.cv_lang ? cv.cv_lang : "-");
			continue;
		}
		if (strncmp(line, "/time ", 6) == 0) {
			if ((d = chat_parse_duration(line + 6)) < 0)
				fprintf(stderr, "chat: /time +31m (s, m, h, d)\n");
			else
				offset += d;
			continue;
		}
		if (strncmp(line, "/status ", 8) == 0) {
			if (conv_status_parse(line + 8, &st) == -1)
				fprintf(stderr, "chat: /status bot|queued|assigned|closed\n");
			else
				cv.cv_status = st;
			continue;
		}
		if (strncmp(line, "/button ", 8) == 0) {
			util_strlcpy(choice, line + 8, sizeof(choice));
			in.in_kind = MSG_BUTTON;
			in.in_choice_id = choice;
			in.in_text = NULL;
			handled = 1;
		}
		for (i = 0; !handled && i < NELEM(chat_media); i++) {
			if (strcmp(line, chat_media[i].cmd) == 0) {
				in.in_kind = chat_media[i].kind;
				in.in_text = NULL;
				handled = 1;
			}
		}
		if (!handled && line[0] == '/') {
			fprintf(stderr, "chat: unknown command %s (/help)\n", line);
			continue;
		}
		in.in_ts_ms = util_now_ms() + offset;
		if (engine_step(&env, &cv, &in, in.in_ts_ms, &out) == -1) {
			fprintf(stderr, "chat: the engine refused the step\n");
			engine_out_free(&out);
			goto fail;
		}
		cv.cv_new = 0;
		chat_print_replies(&out);
		engine_out_free(&out);
	}
	rc = 0;
fail:
	free(line);
	free(cv.cv_state);
	free(cv.cv_team);
	free(cv.cv_lang);
	crisis_free(lex);
	flowset_free(fs);
	buf_free(&errs);
	return rc;
}
