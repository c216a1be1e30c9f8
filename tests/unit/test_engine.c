/*
 * test_engine.c — the dialogue engine on the fixture flows
 * (tests/data/flows/basic): every node type, every global command,
 * expiry, three strikes, non-text input, crisis.
 *
 * Then the transcript runner: every tests/data/dialogues/<name>.txt is played
 * through the engine with the real conf/flows, conf/crisis.lex and
 * conf/crisis.model, as serve runs them (format:
 * docs/flows.md). A failure prints file:line, what was expected and the
 * replies the engine actually gave.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "calendar.h"
#include "chatcmd.h"
#include "crisis.h"
#include "crisis_model.h"
#include "engine.h"
#include "flow.h"
#include "unit.h"
#include "util.h"

#define FIXTURE		DATA("flows/basic")
#ifndef REAL_FLOWS
#define REAL_FLOWS	"conf/flows"
#endif
#ifndef REAL_LEXICON
#define REAL_LEXICON	"conf/crisis.lex"
#define REAL_MODEL	"conf/crisis.model"
#endif
#define DIALOGUES	DATA("dialogues")

/* ---- A small harness: one conversation, one clock ---- */

static struct flowset *fs;
static struct crisis_lexicon *lexicon;
static struct crisis_model *model;	/* the transcripts' (with the lexicon), as serve runs */
static struct team_hours hours[4];
static struct engine_env env;
static struct conversation cv;
static struct engine_out out;
static int64_t clock_ms;

static void
conv_reset(const char *lang)
{
	free(cv.cv_state);
	free(cv.cv_team);
	free(cv.cv_lang);
	memset(&cv, 0, sizeof(cv));
	util_strlcpy(cv.cv_pseudonym, "0123456789abcdef", sizeof(cv.cv_pseudonym));
	cv.cv_status = CONV_BOT;
	cv.cv_state = xstrdup("{}");
	cv.cv_lang = lang ? xstrdup(lang) : NULL;
	cv.cv_new = 1;
	cv.cv_queue_ahead = -1;
	cv.cv_queue_wait_s = -1;
	engine_out_free(&out);
	clock_ms = calendar_local_to_ms(2026, 11, 23, 10, 0);	/* a Monday morning */
}

static enum channel in_channel = CHANNEL_WHATSAPP;	/* of the inputs send_in makes */

static void
send_in(enum msg_kind kind, const char *text, const char *choice)
{
	struct inbound in;

	memset(&in, 0, sizeof(in));
	in.in_channel = in_channel;
	in.in_kind = kind;
	in.in_text = (char *)(uintptr_t)text;
	in.in_choice_id = (char *)(uintptr_t)choice;
	in.in_ts_ms = clock_ms;
	engine_out_free(&out);
	CHECK_INT(engine_step(&env, &cv, &in, clock_ms, &out), 0);
	cv.cv_new = 0;
}

static void
say(const char *text)
{
	send_in(MSG_TEXT, text, NULL);
}

/* The text of reply i ("" when there is none; a static buffer). */
static const char *
reply(size_t i)
{
	static char text[8192];
	json_t *o;

	text[0] = '\0';
	if (i >= out.eo_nreplies)
		return "(no reply)";
	o = json_loads(out.eo_replies[i], 0, NULL);
	util_strlcpy(text, json_string_value(json_object_get(o, "text")), sizeof(text));
	json_decref(o);
	return text;
}

/* The choice titles of reply i joined by " | " (a static buffer). */
static const char *
choices(size_t i)
{
	static char s[1024];
	json_t *o, *c;
	size_t j;
	int n = 0;

	s[0] = '\0';
	if (i >= out.eo_nreplies)
		return "(no reply)";
	o = json_loads(out.eo_replies[i], 0, NULL);
	json_array_foreach(json_object_get(o, "choices"), j, c)
		n += snprintf(s + n, sizeof(s) - (size_t)n, "%s%s", j ? " | " : "",
		    json_string_value(json_object_get(c, "title")));
	json_decref(o);
	return s;
}

static const struct engine_action *
action(enum engine_action_kind k)
{
	size_t i;

	for (i = 0; i < out.eo_nactions; i++)
		if (out.eo_actions[i].ea_kind == k)
			return &out.eo_actions[i];
	return NULL;
}

/* A variable of the conversation state (a static buffer; NULL when unset). */
static const char *
var(const char *name)
{
	static char v[8192];
	json_t *o;
	const char *s;

	o = json_loads(cv.cv_state, 0, NULL);
	s = json_string_value(json_object_get(json_object_get(o, "vars"), name));
	if (s != NULL)
		util_strlcpy(v, s, sizeof(v));
	json_decref(o);
	return s != NULL ? v : NULL;
}

#define CHECK_REPLY(i, sub) do { const char *r_ = reply(i); \
	if (strstr(r_, (sub)) != NULL) unit_pass++; else { unit_fail++; unit_case_failed = 1; \
	fprintf(stderr, "%s:%d: %s: reply %d is \"%s\", expected it to contain \"%s\"\n", \
	    __FILE__, __LINE__, unit_case, (int)(i), r_, (sub)); } } while (0)

static void
fixture_up(void)
{
	struct buf errs;

	buf_init(&errs, 0);
	if (flow_load_dir(FIXTURE, &fs, &errs) == -1) {
		fprintf(stderr, "%s", errs.data ? errs.data : "fixture not loaded\n");
		abort();
	}
	buf_free(&errs);
	memset(&env, 0, sizeof(env));
	env.ee_flows = fs;
	env.ee_hours = hours;
	env.ee_nhours = calendar_hours_default(hours, NELEM(hours));
}

/* ---- Unit cases ---- */

static void
test_new_conversation(void)
{
	conv_reset(NULL);
	say("hoi");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Welkom bij de test");
	CHECK_REPLY(1, "Waar gaat het over?");
	CHECK_STR(choices(1), "Ik heb een vraag | Mijn verhaal | Doei");
	CHECK_INT(out.eo_phase, ENG_AT_MENU);
	CHECK(out.eo_changed);
	CHECK_STR(cv.cv_lang, "nl");
	CHECK_INT(cv.cv_status, CONV_BOT);
	CHECK(strstr(cv.cv_state, "\"node\":\"topic\"") != NULL);
}

static void
test_menu_answers(void)
{
	static const char *const answers[] = { "1", "Ik heb een vraag", "ik heb een VRAAG!", "vraag",
		"I have a question", "ik heb een vraagje over geld... nee een vraag" };
	size_t i;

	for (i = 0; i < NELEM(answers); i++) {
		conv_reset(NULL);
		say("hoi");
		say(answers[i]);
		CHECK_REPLY(0, "Hoe oud ben je?");
		if (strstr(reply(0), "Hoe oud") == NULL)
			fprintf(stderr, "  answer: %s\n", answers[i]);
		CHECK_INT(out.eo_phase, ENG_ASKING);
	}
	conv_reset(NULL);
	say("hoi");
	send_in(MSG_BUTTON, NULL, "question");
	CHECK_REPLY(0, "Hoe oud ben je?");
	/* an English keyword in a Dutch conversation works too */
	conv_reset(NULL);
	say("hoi");
	say("question");
	CHECK_REPLY(0, "Hoe oud ben je?");
	/* a number out of range is not a choice */
	conv_reset(NULL);
	say("hoi");
	say("4");
	CHECK_REPLY(0, "Dat snap ik niet.");
	CHECK_REPLY(1, "Waar gaat het over?");
	CHECK_STR(choices(1), "Ik heb een vraag | Mijn verhaal | Doei");
}

static void
test_three_strikes(void)
{
	const struct engine_action *a;

	conv_reset(NULL);
	say("hoi");
	say("blabla");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Dat snap ik niet.");
	say("hmm");
	CHECK_REPLY(0, "Dat snap ik niet.");
	say("pizza");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "Ik geef je door aan iemand van JIP.");
	a = action(ACT_HANDOVER);
	CHECK(a != NULL);
	if (a != NULL) {
		CHECK_STR(a->ea_team, "JIP");
		CHECK_INT(a->ea_priority, 1);
		CHECK(strstr(a->ea_json, "\"reason\":\"three_strikes\"") != NULL);
	}
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_STR(cv.cv_team, "JIP");
	CHECK_INT(cv.cv_priority, 1);
	/* a good answer in between resets the count */
	conv_reset(NULL);
	say("hoi");
	say("blabla");
	say("blabla");
	say("1");
	say("old");
	say("older");
	CHECK_REPLY(0, "Typ een getal van 12 tot 27.");
	CHECK_REPLY(1, "Hoe oud ben je?");
	CHECK_INT(cv.cv_status, CONV_BOT);
	say("oldest");
	CHECK_REPLY(0, "Ik geef je door aan iemand van JIP.");
}

static void
test_three_strikes_at_night(void)
{
	conv_reset(NULL);
	clock_ms = calendar_local_to_ms(2026, 11, 23, 22, 30);
	say("hoi");
	say("a");
	say("b");
	say("c");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Ik geef je door aan iemand van JIP.");
	CHECK_REPLY(1, "JIP is nu dicht (ma-vr 09:00-17:00).");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
}

static void
test_ask_int(void)
{
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("elf");
	CHECK_REPLY(0, "Typ een getal van 12 tot 27.");
	CHECK_REPLY(1, "Hoe oud ben je?");
	say("11");
	CHECK_REPLY(0, "Typ een getal van 12 tot 27.");
	say("ik ben 16 jaar");
	CHECK_REPLY(0, "Waar woon je?");
	CHECK_STR(var("age"), "16");
}

static void
test_ask_one_of_branch_set_handover(void)
{
	const struct engine_action *a;

	conv_reset(NULL);
	say("hoi");
	say("1");
	say("16");
	say("den   haag");
	CHECK_STR(var("municipality"), "Den Haag");
	CHECK_STR(var("band"), "minor Den Haag");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "Iemand van JIP komt eraan.");
	a = action(ACT_HANDOVER);
	CHECK(a != NULL);
	if (a != NULL) {
		CHECK_STR(a->ea_team, "JIP");
		CHECK_INT(a->ea_priority, 3);
		CHECK(strstr(a->ea_json, "\"vars\":{\"age\":\"16\",\"municipality\":\"Den Haag\"}") != NULL);
	}
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_INT(out.eo_phase, ENG_QUEUED);
	/* queued: one "you are in the queue", then silence */
	say("hallo?");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "Je staat in de wachtrij.");
	say("hallo??");
	CHECK_INT(out.eo_nreplies, 0);
	/* assigned: the counsellor answers, the bot says nothing */
	cv.cv_status = CONV_ASSIGNED;
	say("dank je");
	CHECK_INT(out.eo_nreplies, 0);
	CHECK_INT(out.eo_nactions, 0);
	/* handed back to the bot: back with the bot, from the start */
	cv.cv_status = CONV_BOT;
	say("hoi weer");
	CHECK_REPLY(0, "Weer bij de bot.");
	CHECK_REPLY(1, "Welkom bij de test");
	CHECK_INT(out.eo_phase, ENG_AT_MENU);
	CHECK(cv.cv_team == NULL);

	/* the other branch, by number for one_of */
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("19");
	say("2");
	CHECK_STR(var("municipality"), "Delft");
	CHECK_STR(var("band"), "adult");
	CHECK_STR(cv.cv_team, "JIT");
	CHECK_INT(cv.cv_priority, 4);
}

static void
test_handover_out_of_hours(void)
{
	conv_reset(NULL);
	clock_ms = calendar_local_to_ms(2026, 11, 28, 12, 0);	/* a Saturday */
	say("hoi");
	say("1");
	say("20");
	say("Zoetermeer");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "JIT is nu dicht (ma-vr 09:00-17:00).");
	CHECK_INT(cv.cv_status, CONV_QUEUED);	/* still queued: leave a message */
	CHECK(action(ACT_HANDOVER) != NULL);
}

static void
test_story_consent_save_end(void)
{
	const struct engine_action *a;

	conv_reset(NULL);
	say("hoi");
	say("verhaal");
	CHECK_REPLY(0, "Vertel maar.");
	CHECK_INT(out.eo_phase, ENG_IN_STORY);
	say("Ik wachtte lang.");
	CHECK_INT(out.eo_nreplies, 0);	/* no ack configured */
	say("Heel lang.");
	say("Klaar!");
	CHECK_STR(var("story"), "Ik wachtte lang.\nHeel lang.");
	CHECK_REPLY(0, "Welke onderwerpen?");
	say("lunch");
	CHECK_REPLY(0, "Kies nummers.");
	say("1, school en Wonen");
	CHECK_STR(var("topics"), "wachtlijsten,school,wonen");
	CHECK_REPLY(0, "Mogen onderzoekers");
	say("JA");
	CHECK_REPLY(0, "Dank je wel!");
	a = action(ACT_CONSENT);
	CHECK(a != NULL);
	if (a != NULL) {
		CHECK_STR(a->ea_name, "yes");
		CHECK_STR(a->ea_version, "research-v1");
	}
	a = action(ACT_SAVE);
	CHECK(a != NULL);
	if (a != NULL) {
		CHECK_STR(a->ea_name, "story");
		CHECK_STR(a->ea_json, "{\"consent\":\"ja\",\"story\":\"Ik wachtte lang.\\nHeel lang.\","
		    "\"topics\":\"wachtlijsten,school,wonen\"}");
	}
	CHECK(action(ACT_CLOSE) != NULL);
	CHECK_INT(cv.cv_status, CONV_CLOSED);
	CHECK(var("story") == NULL);	/* variables go with the conversation */
	/* the next message starts fresh */
	say("hoi");
	CHECK_REPLY(0, "Welkom bij de test");
	CHECK_INT(cv.cv_status, CONV_BOT);
}

static void
test_story_full(void)
{
	conv_reset(NULL);
	say("hoi");
	say("2");
	say("0123456789012345678901234567890123456789 and more");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Je verhaal is vol.");
	CHECK_REPLY(1, "Welke onderwerpen?");
	CHECK_STR(var("story"), "0123456789012345678901234567890123456789");
}

static void
test_consent_no(void)
{
	const struct engine_action *a;

	conv_reset(NULL);
	say("hoi");
	say("2");
	say("iets");
	say("klaar");
	say("2");
	say("nee");
	a = action(ACT_CONSENT);
	CHECK(a != NULL);
	if (a != NULL)
		CHECK_STR(a->ea_name, "no");
}

static void
test_cmd_stop(void)
{
	conv_reset(NULL);
	say("hoi");
	say("STOP");
	CHECK_REPLY(0, "Wil je stoppen?");
	CHECK_STR(choices(0), "Ja | Nee");
	CHECK_INT(out.eo_phase, ENG_CONFIRM_STOP);
	say("nee");
	CHECK_REPLY(0, "Waar gaat het over?");
	CHECK_INT(out.eo_phase, ENG_AT_MENU);
	say("stop");
	send_in(MSG_BUTTON, NULL, "yes");
	CHECK_REPLY(0, "Je bent gestopt.");
	CHECK(action(ACT_OPTOUT) != NULL);
	CHECK_INT(out.eo_phase, ENG_STOPPED);
	say("stop");
	CHECK_INT(out.eo_nreplies, 0);
	say("hallo");
	CHECK(action(ACT_OPTIN) != NULL);
	CHECK_REPLY(0, "Fijn dat je er weer bent.");
	CHECK_REPLY(1, "Welkom bij de test");
	CHECK_INT(out.eo_phase, ENG_AT_MENU);
}

/*
 * SMS: Twilio's own opt-out keywords opt out at once, with no question
 * (Twilio blocks it: 21610); only the keyword alone.
 */
static void
test_cmd_stop_sms(void)
{
	in_channel = CHANNEL_SMS;
	conv_reset(NULL);
	say("hoi");
	say(" Stop ");
	CHECK_INT(out.eo_nreplies, 0);
	CHECK(action(ACT_OPTOUT) != NULL);
	CHECK_INT(out.eo_phase, ENG_STOPPED);
	say("hallo");
	CHECK(action(ACT_OPTIN) != NULL);
	say("UNSUBSCRIBE");
	CHECK_INT(out.eo_nreplies, 0);
	CHECK(action(ACT_OPTOUT) != NULL);
	say("hallo");				/* opted in again, and on */
	say("start");				/* Twilio's START: an opt-in on SMS */
	CHECK(action(ACT_OPTIN) != NULL);
	conv_reset(NULL);
	say("hoi");
	say("stop dit gesprek");		/* not the keyword alone: no opt-out */
	CHECK(action(ACT_OPTOUT) == NULL);
	in_channel = CHANNEL_WHATSAPP;
	conv_reset(NULL);
	say("hoi");
	say("end");				/* on WhatsApp just a word */
	CHECK(action(ACT_OPTOUT) == NULL);
}

static void
test_cmd_help_menu(void)
{
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("hulp");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Typ menu of stop.");
	CHECK_REPLY(1, "Hoe oud ben je?");
	say("Menu");
	CHECK_REPLY(0, "Welkom bij de test");
	CHECK_REPLY(1, "Waar gaat het over?");
	/* "help" in English works in a Dutch conversation too */
	say("help");
	CHECK_REPLY(0, "Typ menu of stop.");
	CHECK_REPLY(1, "Waar gaat het over?");
}

static void
test_cmd_language(void)
{
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("taal");
	CHECK_REPLY(0, "Kies je taal.");
	CHECK_STR(choices(0), "Nederlands | English");
	CHECK_INT(out.eo_phase, ENG_PICK_LANGUAGE);
	say("klingon");
	CHECK_REPLY(0, "Dat snap ik niet.");
	CHECK_REPLY(1, "Kies je taal.");
	say("2");
	CHECK_STR(cv.cv_lang, "en");
	CHECK_REPLY(0, "We speak English.");
	CHECK_REPLY(1, "How old are you?");
	CHECK(out.eo_changed);
	say("language");
	send_in(MSG_LIST, "Nederlands", "nl");
	CHECK_STR(cv.cv_lang, "nl");
	CHECK_REPLY(1, "Hoe oud ben je?");
}

static void
test_cmd_delete(void)
{
	conv_reset(NULL);
	say("hoi");
	say("verwijder");
	CHECK_REPLY(0, "Alles wissen?");
	CHECK_STR(choices(0), "Ja | Nee");
	say("nee");
	CHECK_REPLY(0, "Niet gewist.");
	CHECK_REPLY(1, "Waar gaat het over?");
	CHECK(action(ACT_ERASE) == NULL);
	say("delete");
	say("ja");
	CHECK_REPLY(0, "Gewist.");
	CHECK(action(ACT_ERASE) != NULL);
	CHECK(action(ACT_CLOSE) != NULL);
	CHECK_INT(cv.cv_status, CONV_CLOSED);
}

static void
test_non_text(void)
{
	conv_reset(NULL);
	say("hoi");
	say("1");
	send_in(MSG_IMAGE, NULL, NULL);
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Ik kan alleen tekst lezen.");
	CHECK_REPLY(1, "Hoe oud ben je?");
	send_in(MSG_AUDIO, NULL, NULL);
	CHECK_REPLY(0, "Ik kan alleen tekst lezen.");
	/* a caption is not an answer either */
	send_in(MSG_IMAGE, "16", NULL);
	CHECK_REPLY(0, "Ik kan alleen tekst lezen.");
	CHECK(var("age") == NULL);
	/* reactions are ignored: no reply, no change */
	send_in(MSG_REACTION, NULL, NULL);
	CHECK_INT(out.eo_nreplies, 0);
	CHECK_INT(out.eo_changed, 0);
	/* non-text never counts as a strike */
	send_in(MSG_STICKER, NULL, NULL);
	send_in(MSG_LOCATION, NULL, NULL);
	CHECK_INT(cv.cv_status, CONV_BOT);
}

static void
test_expiry(void)
{
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("16");
	clock_ms += 29 * 60000;
	say("Delft");	/* within 30 minutes: an answer */
	CHECK_REPLY(0, "Iemand van JIP");
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("16");
	clock_ms += 31 * 60000;
	say("Delft");	/* after 30 minutes: a fresh start */
	CHECK_REPLY(0, "Welkom terug.");
	CHECK_REPLY(1, "Welkom bij de test");
	CHECK_REPLY(2, "Waar gaat het over?");
	CHECK(var("age") == NULL);
	CHECK_INT(cv.cv_status, CONV_BOT);
	/* the story flow waits a day */
	conv_reset(NULL);
	say("hoi");
	say("2");
	say("deel een");
	clock_ms += 23 * 3600000LL;
	say("deel twee");
	CHECK_INT(out.eo_nreplies, 0);
	CHECK_STR(var("story"), "deel een\ndeel twee");
	clock_ms += 25 * 3600000LL;
	say("deel drie");
	CHECK_REPLY(0, "Welkom terug.");
}

static void
test_bad_state(void)
{
	conv_reset(NULL);
	cv.cv_new = 0;
	free(cv.cv_state);
	cv.cv_state = xstrdup("{not json");
	say("hoi");
	CHECK_REPLY(0, "Welkom bij de test");
	/* a node that no longer exists (flows changed under the conversation) */
	free(cv.cv_state);
	cv.cv_state = xstrdup("{\"v\":1,\"phase\":\"asking\",\"flow\":\"main\",\"node\":\"gone\",\"last\":0}");
	say("16");
	CHECK_REPLY(0, "Welkom bij de test");
	/* a flowset is required */
	{
		struct engine_env none;
		struct inbound in;

		memset(&none, 0, sizeof(none));
		memset(&in, 0, sizeof(in));
		engine_out_free(&out);
		CHECK_INT(engine_step(&none, &cv, &in, clock_ms, &out), -1);
	}
}

static void
test_crisis(void)
{
	const struct engine_action *a;

	if (lexicon == NULL) {
		printf("test_engine: %s not loaded: crisis cases SKIPPED\n", REAL_LEXICON);
		return;
	}
	env.ee_lexicon = lexicon;
	conv_reset(NULL);
	say("hoi");
	say("2");
	say("Het begon op school.");
	say("ik wil niet meer leven");
	CHECK_REPLY(0, "113");
	CHECK_INT(out.eo_nreplies, 1);
	a = action(ACT_HANDOVER);
	CHECK(a != NULL && strcmp(a->ea_team, "CIT") == 0 && a->ea_priority == 10);
	CHECK(a != NULL && a->ea_category == CRISIS_SUICIDE);
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_STR(cv.cv_team, "CIT");
	CHECK_INT(cv.cv_priority, 10);
	say("ben je daar?");
	CHECK_INT(out.eo_nreplies, 0);	/* the crisis text said it all */
	cv.cv_status = CONV_ASSIGNED;
	say("ik wil niet meer leven");
	CHECK_INT(out.eo_nreplies, 0);
	a = action(ACT_ALERT);
	CHECK(a != NULL && a->ea_category == CRISIS_SUICIDE);
	CHECK(a != NULL && a->ea_version != NULL && strcmp(a->ea_version, "Let op: crisis.") == 0);
	CHECK_INT(cv.cv_status, CONV_ASSIGNED);
	/* stopped contacts are still heard */
	conv_reset(NULL);
	say("hoi");
	say("stop");
	say("ja");
	say("ik wil niet meer leven");
	CHECK_REPLY(0, "113");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	env.ee_lexicon = NULL;
}

/* Queued for JIP (priority 3) on a Monday morning, the queue's figures unknown. */
static void
queue_jip(void)
{
	conv_reset(NULL);
	say("hoi");
	say("1");
	say("16");
	say("den haag");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_STR(cv.cv_team, "JIP");
}

static void
test_queued_wait_line(void)
{
	queue_jip();
	/* the first message after the handover: where it stands, in numbers */
	cv.cv_queue_ahead = 2;
	cv.cv_queue_wait_s = 610;
	say("hallo?");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "Je staat in de wachtrij. 2 voor je. Ongeveer 15 minuten.");
	CHECK_INT(out.eo_phase, ENG_QUEUED);
	/* then at most one line every CONSOLE_WAIT_REPEAT_MS: no wall of repeats */
	say("hallo??");
	CHECK_INT(out.eo_nreplies, 0);
	clock_ms += 60000;
	send_in(MSG_IMAGE, NULL, NULL);	/* media too: no "text only" while waiting */
	CHECK_INT(out.eo_nreplies, 0);
	clock_ms += CONSOLE_WAIT_REPEAT_MS - 60000 - 1;
	say("is er iemand?");
	CHECK_INT(out.eo_nreplies, 0);
	clock_ms += 1;
	cv.cv_queue_ahead = 1;
	cv.cv_queue_wait_s = 30;
	say("is er iemand?");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "1 voor je. Ongeveer 2 minuten.");	/* never "0 minutes" */
	clock_ms += CONSOLE_WAIT_REPEAT_MS;
	cv.cv_queue_ahead = 0;
	cv.cv_queue_wait_s = 300;
	say("hoi");
	CHECK_REPLY(0, "Jij bent de volgende. Ongeveer 5 minuten.");
	/* no recent claims: no number made up */
	clock_ms += CONSOLE_WAIT_REPEAT_MS;
	cv.cv_queue_ahead = 4;
	cv.cv_queue_wait_s = -1;
	say("hoi");
	CHECK_REPLY(0, "4 voor je. Duur onbekend.");
	/* the team closed: what happens next, and its hours */
	clock_ms = calendar_local_to_ms(2026, 11, 28, 12, 0);	/* a Saturday */
	say("hoi");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "JIP is dicht. Eerst aan de beurt (ma-vr 09:00-17:00).");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_STR(cv.cv_team, "JIP");
}

/* The figures' reader (step.c: a statement) is called only when the line is said. */
static int wait_reads;

static void
wait_reader(struct conversation *c, void *arg)
{
	wait_reads++;
	c->cv_queue_ahead = *(int *)arg;
	c->cv_queue_wait_s = 120;
}

static void
test_queued_wait_read_lazily(void)
{
	int ahead = 3;

	queue_jip();
	wait_reads = 0;
	cv.cv_wait_read = wait_reader;
	cv.cv_wait_arg = &ahead;
	say("hallo?");
	CHECK_REPLY(0, "Je staat in de wachtrij. 3 voor je. Ongeveer 2 minuten.");
	CHECK_INT(wait_reads, 1);	/* once for {wait_ahead} and {wait_time} together */
	CHECK(cv.cv_wait_read == NULL);
	/* no line within CONSOLE_WAIT_REPEAT_MS: nothing read */
	for (int i = 0; i < 5; i++) {
		cv.cv_wait_read = wait_reader;
		clock_ms += 1000;
		say("hallo??");
		CHECK_INT(out.eo_nreplies, 0);
	}
	CHECK_INT(wait_reads, 1);
	/* nothing read (as when the reader fails): the line has no numbers */
	clock_ms += CONSOLE_WAIT_REPEAT_MS;
	cv.cv_wait_read = NULL;
	cv.cv_queue_ahead = -1;
	cv.cv_queue_wait_s = -1;
	say("hoi");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK(strstr(reply(0), "voor je") == NULL);
	CHECK_REPLY(0, "Duur onbekend.");
	cv.cv_wait_arg = NULL;
}

static void
test_queued_commands(void)
{
	/* stop asks whether to stop waiting; no keeps the place */
	queue_jip();
	say("stop");
	CHECK_REPLY(0, "Stoppen met wachten?");
	CHECK_STR(choices(0), "Ja | Nee");
	CHECK_INT(out.eo_phase, ENG_CONFIRM_LEAVE);
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	say("nee");
	CHECK_INT(out.eo_nreplies, 1);
	CHECK_REPLY(0, "Je blijft wachten.");
	CHECK_INT(out.eo_phase, ENG_QUEUED);
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_STR(cv.cv_team, "JIP");
	/* yes leaves the queue; no opt-out: the bot answers again */
	say("stop");
	say("ja");
	CHECK_REPLY(0, "Je wacht niet meer.");
	CHECK(action(ACT_OPTOUT) == NULL);
	CHECK_INT(cv.cv_status, CONV_BOT);
	CHECK(cv.cv_team == NULL);
	CHECK_INT(cv.cv_priority, 0);
	CHECK_INT(out.eo_phase, ENG_IDLE);
	say("hoi");
	CHECK_REPLY(0, "Welkom bij de test");

	/* menu asks whether to leave the queue; anything but yes stays */
	queue_jip();
	say("menu");
	CHECK_REPLY(0, "Uit de wachtrij naar het menu?");
	CHECK_INT(out.eo_phase, ENG_CONFIRM_LEAVE_MENU);
	say("hallo");
	CHECK_REPLY(0, "Je blijft wachten.");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	say("menu");
	send_in(MSG_BUTTON, "Ja", "yes");
	CHECK_INT(cv.cv_status, CONV_BOT);
	CHECK_REPLY(0, "Welkom bij de test");
	CHECK_INT(out.eo_phase, ENG_AT_MENU);

	/* delete works as always; cancelled, the wait goes on */
	queue_jip();
	say("verwijder");
	CHECK_REPLY(0, "Alles wissen?");
	CHECK_INT(out.eo_phase, ENG_CONFIRM_DELETE);
	say("nee");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Niet gewist.");
	CHECK_REPLY(1, "Je staat in de wachtrij.");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_INT(out.eo_phase, ENG_QUEUED);
	say("verwijder");
	say("ja");
	CHECK(action(ACT_ERASE) != NULL);
	CHECK_REPLY(0, "Gewist.");
	CHECK_INT(cv.cv_status, CONV_CLOSED);

	/* help and language, then back to waiting */
	queue_jip();
	say("hulp");
	CHECK_INT(out.eo_nreplies, 2);
	CHECK_REPLY(0, "Typ menu of stop.");
	CHECK_REPLY(1, "Je staat in de wachtrij.");
	say("taal");
	CHECK_INT(out.eo_phase, ENG_PICK_LANGUAGE);
	say("en");
	CHECK_REPLY(0, "We speak English.");
	CHECK_REPLY(1, "You are in the queue.");
	CHECK_INT(cv.cv_status, CONV_QUEUED);
	CHECK_INT(out.eo_phase, ENG_QUEUED);

	/* SMS: Twilio's STOP blocked every send; no one could answer, out of the queue */
	in_channel = CHANNEL_SMS;
	queue_jip();
	say("stop");
	CHECK_INT(out.eo_nreplies, 0);
	CHECK(action(ACT_OPTOUT) != NULL);
	CHECK_INT(cv.cv_status, CONV_BOT);
	CHECK_INT(out.eo_phase, ENG_STOPPED);
	in_channel = CHANNEL_WHATSAPP;
}

static void
test_assigned_silent(void)
{
	queue_jip();
	say("verwijder");		/* asked, then a counsellor takes the chat */
	cv.cv_status = CONV_ASSIGNED;
	say("hallo");
	CHECK_INT(out.eo_nreplies, 0);
	CHECK_INT(out.eo_nactions, 0);
	CHECK_INT(out.eo_phase, ENG_QUEUED);	/* the question is dropped */
	say("stop");
	say("ja");
	say("menu");
	send_in(MSG_IMAGE, NULL, NULL);
	CHECK_INT(out.eo_nreplies, 0);
	CHECK_INT(out.eo_nactions, 0);
	CHECK_INT(cv.cv_status, CONV_ASSIGNED);
	/* released: the bot picks up at the menu; "ja" is no answer to the old question */
	cv.cv_status = CONV_BOT;
	say("ja");
	CHECK(action(ACT_ERASE) == NULL);
	CHECK_REPLY(0, "Weer bij de bot.");
	CHECK_REPLY(1, "Welkom bij de test");
	CHECK_INT(out.eo_phase, ENG_AT_MENU);
}

static void
test_phase_names(void)
{
	enum engine_phase p;
	int i;

	for (i = 0; i < ENG_NPHASES; i++) {
		CHECK_INT(engine_phase_parse(engine_strstate((enum engine_phase)i), &p), 0);
		CHECK_INT(p, i);
	}
	CHECK_STR(engine_strstate(ENG_CONFIRM_STOP), "confirm_stop");
	CHECK_INT(engine_phase_parse("nonsense", &p), -1);
}

/* Run chat_cmd on the fixture with stdin from a pipe-like file; its stdout into buf. */
static char *
chat_run(const char *input, int sms)
{
	char in_path[] = "/tmp/praatpaal-chat-in-XXXXXX", out_path[] = "/tmp/praatpaal-chat-out-XXXXXX";
	char err[128], *s;
	int in_fd, out_fd, saved_in, saved_out, rc;

	in_fd = mkstemp(in_path);
	out_fd = mkstemp(out_path);
	if (in_fd == -1 || out_fd == -1 || write(in_fd, input, strlen(input)) != (ssize_t)strlen(input))
		abort();
	lseek(in_fd, 0, SEEK_SET);
	fflush(stdout);
	saved_in = dup(STDIN_FILENO);
	saved_out = dup(STDOUT_FILENO);
	dup2(in_fd, STDIN_FILENO);
	dup2(out_fd, STDOUT_FILENO);
	clearerr(stdin);
	rc = chat_cmd(FIXTURE, NULL, NULL, sms, NULL);
	fflush(stdout);
	dup2(saved_in, STDIN_FILENO);
	dup2(saved_out, STDOUT_FILENO);
	__fpurge(stdin);	/* drop what chat_cmd left unread after /quit */
	clearerr(stdin);
	close(saved_in);
	close(saved_out);
	close(in_fd);
	close(out_fd);
	CHECK_INT(rc, 0);
	s = util_read_file(out_path, 1024 * 1024, NULL, err, sizeof(err));
	unlink(in_path);
	unlink(out_path);
	return s != NULL ? s : xstrdup("");
}

static void
test_chat_cmd(void)
{
	char *s;

	s = chat_run("hoi\nvraag\n/image\n/time +31m\n16\n/quit\nnot read\n", 0);
	CHECK(strstr(s, "Hoi! Welkom bij de test.\n") != NULL);
	CHECK(strstr(s, "Waar gaat het over?\n  1) Ik heb een vraag\n  2) Mijn verhaal\n  3) Doei\n") != NULL);
	CHECK(strstr(s, "Ik kan alleen tekst lezen.\n") != NULL);
	CHECK(strstr(s, "Welkom terug.") != NULL);	/* /time let the flow expire */
	CHECK(strstr(s, "not read") == NULL);
	free(s);
	s = chat_run("hoi\n1\n16\nDelft\n", 1);
	CHECK(strstr(s, "[handover JIP priority 3") != NULL);
	free(s);
	CHECK_INT(flows_cmd_check(FIXTURE, NULL, NULL), 0);
	CHECK_INT(flows_cmd_check("/nonexistent/flows", NULL, NULL), 1);
	/* With the crisis lexicon and model, as serve loads them. */
	CHECK_INT(flows_cmd_check(FIXTURE, "conf/crisis.lex", "conf/crisis.model"), 0);
	CHECK_INT(flows_cmd_check(FIXTURE, "conf/crisis.lex", NULL), 0);
	CHECK_INT(flows_cmd_check(FIXTURE, "/nonexistent/crisis.lex", NULL), 1);
	CHECK_INT(flows_cmd_check(FIXTURE, "conf/crisis.lex", "/nonexistent/crisis.model"), 1);
	/* Good flows do not hide a lexicon in the place of the model. */
	CHECK_INT(flows_cmd_check(FIXTURE, "conf/crisis.lex", "conf/crisis.lex"), 1);
}

/* ---- The transcript runner ---- */

struct transcript {
	const char	*tr_file;
	int		 tr_line;
	int		 tr_failed;
	size_t		 tr_next;	/* next reply to match */
	size_t		 tr_last;	/* the reply the last "<" matched */
	int		 tr_rest_ok;	/* "<*" seen */
	enum channel	 tr_channel;
};

static void tr_fail(struct transcript *, const char *, ...) __attribute__((format(printf, 2, 3)));

static void
tr_fail(struct transcript *t, const char *fmt, ...)
{
	va_list ap;
	size_t i;

	if (t->tr_failed)
		return;
	t->tr_failed = 1;
	fprintf(stderr, "%s:%d: ", t->tr_file, t->tr_line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n  actual replies to the last message (%zu):\n", out.eo_nreplies);
	for (i = 0; i < out.eo_nreplies; i++)
		fprintf(stderr, "    %zu: %s\n", i + 1, out.eo_replies[i]);
	for (i = 0; i < out.eo_nactions; i++)
		fprintf(stderr, "    action: %s %s\n", engine_action_name(out.eo_actions[i].ea_kind),
		    out.eo_actions[i].ea_team ? out.eo_actions[i].ea_team :
		    out.eo_actions[i].ea_name ? out.eo_actions[i].ea_name : "");
	fprintf(stderr, "  status %s team %s priority %d lang %s\n  state %s\n",
	    conv_status_name(cv.cv_status), cv.cv_team ? cv.cv_team : "-", cv.cv_priority,
	    cv.cv_lang ? cv.cv_lang : "-", cv.cv_state);
}

/* Before the next input (and at the end): every reply must have been matched. */
static void
tr_check_consumed(struct transcript *t)
{
	if (!t->tr_rest_ok && t->tr_next < out.eo_nreplies)
		tr_fail(t, "reply %zu was not expected (add \"<\" lines or \"<*\"): %s",
		    t->tr_next + 1, reply(t->tr_next));
}

static const struct { const char *name; enum msg_kind kind; } tr_kinds[] = {
	{ "image", MSG_IMAGE }, { "audio", MSG_AUDIO }, { "sticker", MSG_STICKER },
	{ "location", MSG_LOCATION }, { "video", MSG_VIDEO }, { "document", MSG_DOCUMENT },
	{ "contacts", MSG_CONTACTS }, { "reaction", MSG_REACTION }, { "unknown", MSG_UNKNOWN },
};

static void
tr_input(struct transcript *t, const char *s)
{
	struct inbound in;
	char id[256];
	size_t i, n;

	tr_check_consumed(t);
	memset(&in, 0, sizeof(in));
	in.in_channel = t->tr_channel;
	in.in_kind = MSG_TEXT;
	in.in_text = (char *)(uintptr_t)s;
	n = strlen(s);
	if (s[0] == '[' && n > 2 && s[n - 1] == ']') {
		in.in_text = NULL;
		if (strncmp(s, "[button:", 8) == 0 || strncmp(s, "[list:", 6) == 0) {
			in.in_kind = s[1] == 'b' ? MSG_BUTTON : MSG_LIST;
			util_strlcpy(id, strchr(s, ':') + 1, sizeof(id));
			id[strlen(id) - 1] = '\0';
			in.in_choice_id = id;
		} else {
			for (i = 0; i < NELEM(tr_kinds); i++)
				if (strlen(tr_kinds[i].name) == n - 2 && strncmp(s + 1, tr_kinds[i].name, n - 2) == 0)
					break;
			if (i == NELEM(tr_kinds)) {
				tr_fail(t, "unknown input %s", s);
				return;
			}
			in.in_kind = tr_kinds[i].kind;
		}
	}
	in.in_ts_ms = clock_ms;
	engine_out_free(&out);
	if (engine_step(&env, &cv, &in, clock_ms, &out) == -1)
		tr_fail(t, "engine_step failed");
	cv.cv_new = 0;
	t->tr_next = 0;
	t->tr_rest_ok = 0;
}

static void
tr_expect_choices(struct transcript *t, const char *spec)
{
	char want[1024], *p, *q;
	struct buf b;
	int r = 0;

	/* normalise "a | b" into "a | b" without stray spaces at the ends */
	util_strlcpy(want, spec, sizeof(want));
	p = want + strlen(want);
	if (p > want && p[-1] == ']')
		*--p = '\0';
	buf_init(&b, 0);
	r |= buf_puts(&b, "");
	for (p = want; p != NULL; p = q) {
		q = strchr(p, '|');
		if (q != NULL)
			*q++ = '\0';
		while (*p == ' ')
			p++;
		while (*p != '\0' && p[strlen(p) - 1] == ' ')
			p[strlen(p) - 1] = '\0';
		r |= buf_printf(&b, "%s%s", b.len ? " | " : "", p);
	}
	CHECK(r == 0);
	if (t->tr_next == 0)
		tr_fail(t, "[choices: ...] before any \"<\" reply line");
	else if (strcmp(choices(t->tr_last), b.data) != 0)
		tr_fail(t, "expected reply %zu to have the choices [%s], it has [%s]", t->tr_last + 1,
		    b.data, choices(t->tr_last));
	buf_free(&b);
}

static void
tr_expect(struct transcript *t, const char *s)
{
	if (strcmp(s, "*") == 0) {
		t->tr_rest_ok = 1;
		return;
	}
	if (strcmp(s, "!") == 0) {
		if (t->tr_next < out.eo_nreplies)
			tr_fail(t, "expected no more replies, got reply %zu: %s", t->tr_next + 1,
			    reply(t->tr_next));
		t->tr_rest_ok = 1;
		return;
	}
	while (*s == ' ')
		s++;
	if (strncmp(s, "[choices:", 9) == 0) {
		tr_expect_choices(t, s + 9);
		return;
	}
	if (t->tr_next >= out.eo_nreplies) {
		tr_fail(t, "expected a reply %zu containing \"%s\", there are only %zu", t->tr_next + 1, s,
		    out.eo_nreplies);
		return;
	}
	if (strstr(reply(t->tr_next), s) == NULL) {
		tr_fail(t, "expected reply %zu to contain \"%s\"", t->tr_next + 1, s);
		return;
	}
	t->tr_last = t->tr_next++;
}

/* Split s into at most nw words in w (a variable's value runs to the end); returns how many. */
static size_t
tr_words(char *s, char **w, size_t nw)
{
	char *p, *sp;
	size_t n = 0;

	for (p = s; n < nw && p != NULL && *p != '\0'; ) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if (n == 2 && strcmp(w[0], "var") == 0) {	/* a variable's value runs to the end */
			w[n++] = p;
			break;
		}
		w[n++] = p;
		sp = strchr(p, ' ');
		if (sp != NULL)
			*sp++ = '\0';
		p = sp;
	}
	return n;
}

/* "= status queued CIT 10": status, and team and priority when given. */
static void
tr_assert_status(struct transcript *t, char **w, size_t n)
{
	long long prio;

	if (strcmp(conv_status_name(cv.cv_status), w[1]) != 0)
		tr_fail(t, "expected status %s, it is %s", w[1], conv_status_name(cv.cv_status));
	else if (n >= 3 && (cv.cv_team == NULL || strcmp(cv.cv_team, w[2]) != 0))
		tr_fail(t, "expected team %s, it is %s", w[2], cv.cv_team ? cv.cv_team : "(none)");
	else if (n >= 4 && (util_parse_ll(w[3], 0, 100, &prio) == -1 || prio != cv.cv_priority))
		tr_fail(t, "expected priority %s, it is %d", w[3], cv.cv_priority);
}

/* "= var age 16" (the value), "= var age" (unset or empty). */
static void
tr_assert_var(struct transcript *t, char **w, size_t n)
{
	const char *v = var(w[1]);
	char *p, *sp;

	if (n == 3) {	/* "\n" in the expected value stands for a newline */
		for (p = sp = w[2]; *p != '\0'; p++, sp++) {
			if (p[0] == '\\' && p[1] == 'n') {
				*sp = '\n';
				p++;
			} else {
				*sp = *p;
			}
		}
		*sp = '\0';
	}
	if (n == 2 && v != NULL && *v != '\0')
		tr_fail(t, "expected %s unset or empty, it is \"%s\"", w[1], v);
	else if (n == 3 && (v == NULL || strcmp(v, w[2]) != 0))
		tr_fail(t, "expected %s = \"%s\", it is %s%s%s", w[1], w[2], v ? "\"" : "",
		    v ? v : "unset", v ? "\"" : "");
}

/* "= action save story": an action of that kind (team or name, version when given). */
static void
tr_assert_action(struct transcript *t, char **w, size_t n)
{
	const struct engine_action *a;
	enum engine_action_kind k;
	size_t i;

	for (k = ACT_HANDOVER; k <= ACT_CLOSE; k++)
		if (strcmp(engine_action_name(k), w[1]) == 0)
			break;
	if (k > ACT_CLOSE) {
		tr_fail(t, "unknown action %s", w[1]);
		return;
	}
	for (i = 0; i < out.eo_nactions; i++) {
		a = &out.eo_actions[i];
		if (a->ea_kind != k)
			continue;
		if (n >= 3 && k == ACT_HANDOVER && strcmp(a->ea_team, w[2]) != 0)
			continue;
		if (n >= 3 && k != ACT_HANDOVER && (a->ea_name == NULL || strcmp(a->ea_name, w[2]) != 0))
			continue;
		if (n >= 4 && (a->ea_version == NULL || strcmp(a->ea_version, w[3]) != 0))
			continue;
		return;
	}
	tr_fail(t, "expected action %s%s%s%s%s", w[1], n >= 3 ? " " : "", n >= 3 ? w[2] : "",
	    n >= 4 ? " " : "", n >= 4 ? w[3] : "");
}

/* "= json \"heard\":5": an action of the last step has this text (no spaces) in its JSON. */
static void
tr_assert_json(struct transcript *t, const char *want)
{
	size_t i;

	for (i = 0; i < out.eo_nactions; i++)
		if (out.eo_actions[i].ea_json != NULL && strstr(out.eo_actions[i].ea_json, want) != NULL)
			return;
	tr_fail(t, "expected an action whose JSON contains %s", want);
}

/*
 * "= status queued CIT 10", "= var age 16", "= action save story", "= lang en",
 * "= phase at_menu", "= json <text in an action's JSON>"
 */
static void
tr_assert(struct transcript *t, char *s)
{
	char *w[5] = { NULL, NULL, NULL, NULL, NULL };
	size_t n = tr_words(s, w, NELEM(w));

	if (n == 0)
		tr_fail(t, "empty \"=\" line");
	else if (strcmp(w[0], "status") == 0 && n >= 2)
		tr_assert_status(t, w, n);
	else if (strcmp(w[0], "var") == 0 && n >= 2)
		tr_assert_var(t, w, n);
	else if (strcmp(w[0], "lang") == 0 && n == 2) {
		if (cv.cv_lang == NULL || strcmp(cv.cv_lang, w[1]) != 0)
			tr_fail(t, "expected language %s, it is %s", w[1], cv.cv_lang ? cv.cv_lang : "-");
	} else if (strcmp(w[0], "phase") == 0 && n == 2) {
		if (strcmp(engine_strstate(out.eo_phase), w[1]) != 0)
			tr_fail(t, "expected phase %s, it is %s", w[1], engine_strstate(out.eo_phase));
	} else if (strcmp(w[0], "action") == 0 && n >= 2)
		tr_assert_action(t, w, n);
	else if (strcmp(w[0], "json") == 0 && n >= 2)
		tr_assert_json(t, w[1]);
	else
		tr_fail(t, "unknown assertion \"= %s\"", w[0]);
}

/*
 * "@lang en", "@channel sms", "@time +31m", "@at 2026-11-23T22:30",
 * "@status assigned", "@flow consent" (the daemon starts that flow),
 * "@queue 2 600" (2 chats before this one, the team usually takes 600 s;
 * -1 unknown)
 */
static void
tr_directive(struct transcript *t, char *s)
{
	enum conv_status st;
	long long n;
	int y, mo, d, h, mi;
	char unit, extra;

	if (strncmp(s, "lang ", 5) == 0) {
		free(cv.cv_lang);
		cv.cv_lang = xstrdup(s + 5);
	} else if (strncmp(s, "channel ", 8) == 0) {
		if (channel_parse(s + 8, &t->tr_channel) == -1)
			tr_fail(t, "unknown channel %s", s + 8);
		cv.cv_channel = t->tr_channel;
	} else if (strncmp(s, "time +", 6) == 0 && sscanf(s + 6, "%lld%c%c", &n, &unit, &extra) == 2 && n >= 0) {
		switch (unit) {
		case 's': clock_ms += n * 1000; break;
		case 'm': clock_ms += n * 60000; break;
		case 'h': clock_ms += n * 3600000; break;
		case 'd': clock_ms += n * 86400000; break;
		default: tr_fail(t, "@time +N with s, m, h or d"); break;
		}
	} else if (strncmp(s, "at ", 3) == 0 &&
	    sscanf(s + 3, "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &extra) == 5) {
		clock_ms = calendar_local_to_ms(y, mo, d, h, mi);
	} else if (strncmp(s, "status ", 7) == 0 && conv_status_parse(s + 7, &st) == 0) {
		cv.cv_status = st;
	} else if (strncmp(s, "queue ", 6) == 0 &&
	    sscanf(s + 6, "%d %lld%c", &y, &n, &extra) == 2 && y >= -1 && n >= -1) {
		cv.cv_queue_ahead = y;
		cv.cv_queue_wait_s = n;
	} else if (strncmp(s, "flow ", 5) == 0) {
		/* the daemon starts a flow itself (e.g. the consent question) */
		tr_check_consumed(t);
		engine_out_free(&out);
		if (engine_start_flow(&env, &cv, s + 5, clock_ms, &out) != 0)
			tr_fail(t, "engine_start_flow(%s) did not start", s + 5);
		cv.cv_new = 0;
		t->tr_next = 0;
		t->tr_rest_ok = 0;
	} else {
		tr_fail(t, "unknown directive @%s", s);
	}
}

/* Play one transcript file: 0 passed, -1 failed. */
static int
tr_run(const char *path)
{
	struct transcript t;
	char err[256], *data, *line, *next, *p;
	size_t len;

	memset(&t, 0, sizeof(t));
	t.tr_file = path;
	t.tr_rest_ok = 1;
	conv_reset(NULL);
	data = util_read_file(path, 1024 * 1024, NULL, err, sizeof(err));
	if (data == NULL) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	for (line = data; line != NULL && !t.tr_failed; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		t.tr_line++;
		len = strlen(line);
		while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		/* "@lang en   # comment": trailing comments on directives */
		if (line[0] == '@' && (p = strstr(line, " #")) != NULL) {
			*p = '\0';
			while (p > line && p[-1] == ' ')
				*--p = '\0';
		}
		switch (line[0]) {
		case '>':
			tr_input(&t, line[1] == ' ' ? line + 2 : line + 1);
			break;
		case '<':
			tr_expect(&t, line[1] == ' ' ? line + 2 : line + 1);
			break;
		case '=':
			tr_assert(&t, line + 1);
			break;
		case '@':
			tr_directive(&t, line + 1);
			break;
		default:
			tr_fail(&t, "a line must start with >, <, =, @ or #");
			break;
		}
	}
	if (!t.tr_failed)
		tr_check_consumed(&t);
	free(data);
	return t.tr_failed ? -1 : 0;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_transcripts(void)
{
	struct flowset *real = NULL;
	struct buf errs;
	DIR *d;
	struct dirent *de;
	char **names = NULL, path[512];
	size_t n = 0, i, len, passed = 0, failed = 0, skipped = 0;

	buf_init(&errs, 0);
	if (flow_load_dir(REAL_FLOWS, &real, &errs) == -1) {
		fprintf(stderr, "transcripts: %s does not load:\n%s", REAL_FLOWS, errs.data ? errs.data : "");
		CHECK(real != NULL);
		buf_free(&errs);
		return;
	}
	buf_free(&errs);
	memset(&env, 0, sizeof(env));
	env.ee_flows = real;
	env.ee_lexicon = lexicon;
	env.ee_model = lexicon != NULL ? model : NULL;
	env.ee_hours = hours;
	env.ee_nhours = calendar_hours_default(hours, NELEM(hours));
	if ((d = opendir(DIALOGUES)) == NULL) {
		fprintf(stderr, "transcripts: no %s\n", DIALOGUES);
		CHECK(d != NULL);
		flowset_free(real);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len > 4 && strcmp(de->d_name + len - 4, ".txt") == 0) {
			names = xrealloc(names, (n + 1) * sizeof(char *));
			names[n++] = xstrdup(de->d_name);
		}
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(char *), name_cmp);
	for (i = 0; i < n; i++) {
		if (lexicon == NULL && strncmp(names[i], "crisis", 6) == 0) {
			skipped++;
			free(names[i]);
			continue;
		}
		snprintf(path, sizeof(path), "%s/%s", DIALOGUES, names[i]);
		if (tr_run(path) == 0) {
			passed++;
		} else {
			failed++;
		}
		free(names[i]);
	}
	free(names);
	CHECK_INT(failed, 0);
	CHECK(passed > 0);
	printf("transcripts: %zu passed, %zu failed, %zu skipped%s\n", passed, failed, skipped,
	    skipped ? " (" REAL_LEXICON " not loaded: crisis_* transcripts need it)" : "");
	env.ee_flows = fs;
	env.ee_model = NULL;
	flowset_free(real);
}

int
main(void)
{
	char err[512];

	if (access(REAL_LEXICON, R_OK) == 0 && crisis_load(REAL_LEXICON, &lexicon, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\n", err);
		CHECK(lexicon != NULL);
	}
	if (lexicon != NULL && crisis_model_load(REAL_MODEL, &model, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\n", err);
		CHECK(model != NULL);
	}
	fixture_up();
	RUN(test_new_conversation);
	RUN(test_menu_answers);
	RUN(test_three_strikes);
	RUN(test_three_strikes_at_night);
	RUN(test_ask_int);
	RUN(test_ask_one_of_branch_set_handover);
	RUN(test_handover_out_of_hours);
	RUN(test_story_consent_save_end);
	RUN(test_story_full);
	RUN(test_consent_no);
	RUN(test_cmd_stop);
	RUN(test_cmd_stop_sms);
	RUN(test_cmd_help_menu);
	RUN(test_cmd_language);
	RUN(test_cmd_delete);
	RUN(test_non_text);
	RUN(test_expiry);
	RUN(test_bad_state);
	RUN(test_crisis);
	RUN(test_queued_wait_line);
	RUN(test_queued_wait_read_lazily);
	RUN(test_queued_commands);
	RUN(test_assigned_silent);
	RUN(test_phase_names);
	RUN(test_chat_cmd);
	RUN(test_transcripts);
	conv_reset(NULL);
	free(cv.cv_state);
	free(cv.cv_lang);
	flowset_free(fs);
	crisis_free(lexicon);
	crisis_model_free(model);
	return unit_done();
}
