/*
 * test_message.c — enum names, payload growth, the outbox JSON of an
 * outbound message, utf8_length, and the free functions of conversation.h.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "conversation.h"
#include "message.h"
#include "unit.h"
#include "util.h"

static void
test_names(void)
{
	static const char *const kinds[] = { "text", "button", "list", "image", "audio",
		"video", "document", "sticker", "location", "contacts", "reaction", "unknown", "system",
		"request_welcome", "order", "interactive" };
	static const char *const stats[] = { "queued", "sending", "sent", "delivered", "read",
		"failed" };
	static const char *const convs[] = { "bot", "queued", "assigned", "closed" };
	enum channel ch;
	enum msg_kind k;
	enum out_status st;
	enum conv_status cs;
	size_t i;

	CHECK_STR(channel_name(CHANNEL_WHATSAPP), "whatsapp");
	CHECK_STR(channel_name(CHANNEL_SMS), "sms");
	CHECK(channel_parse("sms", &ch) == 0 && ch == CHANNEL_SMS);
	CHECK(channel_parse("whatsapp", &ch) == 0 && ch == CHANNEL_WHATSAPP);
	CHECK(channel_parse("WhatsApp", &ch) == -1);
	CHECK(channel_parse(NULL, &ch) == -1);
	for (i = 0; i < NELEM(kinds); i++) {
		CHECK_STR(msg_kind_name((enum msg_kind)i), kinds[i]);
		CHECK(msg_kind_parse(kinds[i], &k) == 0 && (size_t)k == i);
	}
	CHECK(msg_kind_parse("nfm_reply", &k) == -1);
	CHECK(msg_kind_parse("", &k) == -1);
	for (i = 0; i < NELEM(stats); i++) {
		CHECK_STR(out_status_name((enum out_status)i), stats[i]);
		CHECK(out_status_parse(stats[i], &st) == 0 && (size_t)st == i);
	}
	CHECK(out_status_parse("undelivered", &st) == -1);
	for (i = 0; i < NELEM(convs); i++) {
		CHECK_STR(conv_status_name((enum conv_status)i), convs[i]);
		CHECK(conv_status_parse(convs[i], &cs) == 0 && (size_t)cs == i);
	}
	CHECK(conv_status_parse("open", &cs) == -1);
}

static void
test_payload(void)
{
	struct payload pl;
	struct inbound in;
	struct status_update st;
	char id[32];
	int i;

	memset(&pl, 0, sizeof(pl));
	for (i = 0; i < 100; i++) {
		memset(&in, 0, sizeof(in));
		snprintf(id, sizeof(id), "m%d", i);
		in.in_provider_id = xstrdup(id);
		in.in_from = xstrdup("31600000001");
		in.in_text = i % 2 ? xstrdup("Hoi") : NULL;
		payload_add_msg(&pl, &in);
	}
	for (i = 0; i < 5; i++) {
		memset(&st, 0, sizeof(st));
		snprintf(id, sizeof(id), "s%d", i);
		st.st_provider_id = xstrdup(id);
		st.st_error_code = xstrdup("131047");
		payload_add_status(&pl, &st);
	}
	CHECK_INT(pl.pl_nmsgs, 100);
	CHECK_INT(pl.pl_nstats, 5);
	CHECK_STR(pl.pl_msgs[0].in_provider_id, "m0");
	CHECK_STR(pl.pl_msgs[64].in_provider_id, "m64");
	CHECK_STR(pl.pl_msgs[99].in_provider_id, "m99");
	CHECK_STR(pl.pl_stats[4].st_provider_id, "s4");
	payload_free(&pl);
	CHECK(pl.pl_msgs == NULL && pl.pl_nmsgs == 0 && pl.pl_stats == NULL);
	payload_free(&pl);	/* twice is harmless */
}

static void
test_utf8_length(void)
{
	CHECK_INT(utf8_length(""), 0);
	CHECK_INT(utf8_length(NULL), 0);
	CHECK_INT(utf8_length("Kies"), 4);
	CHECK_INT(utf8_length("caf\xc3\xa9"), 4);
	CHECK_INT(utf8_length("\xe2\x82\xac 5"), 3);
	CHECK_INT(utf8_length("\xF0\x9F\x91\x8D\xF0\x9F\x91\x8D"), 2);
	/* the bytes of the first n characters: never inside a character */
	CHECK_INT(utf8_prefix_bytes("caf\xc3\xa9!", 4), 5);
	CHECK_INT(utf8_prefix_bytes("caf\xc3\xa9!", 3), 3);
	CHECK_INT(utf8_prefix_bytes("\xF0\x9F\x91\x8D\xF0\x9F\x91\x8D", 1), 4);
	CHECK_INT(utf8_prefix_bytes("Kies", 10), 4);
	CHECK_INT(utf8_prefix_bytes("Kies", 0), 0);
	CHECK_INT(utf8_prefix_bytes(NULL, 3), 0);
}

static void
test_outbound_roundtrip(void)
{
	const char *json = "{\"text\":\"Waar kan ik je mee helpen? / How can I help?\","
	    "\"choices\":[{\"id\":\"jip\",\"title\":\"Informatie\"},{\"id\":\"cit\",\"title\":\"Nu hulp\"}],"
	    "\"button\":\"Kies\",\"x-dialogue\":{\"ignored\":true}}";
	struct outbound ob, ob2;
	char err[256], *s;

	CHECK_INT(outbound_from_json(json, &ob, err, sizeof(err)), 0);
	CHECK_STR(ob.ob_text, "Waar kan ik je mee helpen? / How can I help?");
	CHECK_INT(ob.ob_nchoices, 2);
	CHECK_STR(ob.ob_choices[0].oc_id, "jip");
	CHECK_STR(ob.ob_choices[1].oc_title, "Nu hulp");
	CHECK_STR(ob.ob_button, "Kies");
	s = outbound_to_json(&ob);
	CHECK(s != NULL);
	CHECK_STR(s, "{\"text\":\"Waar kan ik je mee helpen? / How can I help?\","
	    "\"choices\":[{\"id\":\"jip\",\"title\":\"Informatie\"},{\"id\":\"cit\",\"title\":\"Nu hulp\"}],"
	    "\"button\":\"Kies\"}");
	CHECK_INT(outbound_from_json(s, &ob2, err, sizeof(err)), 0);
	CHECK_INT(ob2.ob_nchoices, 2);
	CHECK_STR(ob2.ob_choices[1].oc_id, "cit");
	outbound_free(&ob2);
	free(s);
	outbound_free(&ob);
	CHECK(ob.ob_text == NULL && ob.ob_nchoices == 0);

	CHECK_INT(outbound_from_json("{\"text\":\"Hoi\"}", &ob, err, sizeof(err)), 0);
	CHECK_INT(ob.ob_nchoices, 0);
	CHECK(ob.ob_button == NULL);
	s = outbound_to_json(&ob);
	CHECK_STR(s, "{\"text\":\"Hoi\"}");
	free(s);
	outbound_free(&ob);
}

static void
test_outbound_errors(void)
{
	static const struct {
		const char *json, *err;
	} cases[] = {
		{ "[]", "outbound: not a JSON object" },
		{ "{}", "text: missing" },
		{ "{\"text\":5}", "text: not a string" },
		{ "{\"text\":\"\"}", "text: empty" },
		{ "{\"text\":\"a\",\"text\":\"b\"}", NULL },	/* duplicate key: jansson's text */
		{ "{\"text\":\"a\",\"choices\":{}}", "choices: not an array" },
		{ "{\"text\":\"a\",\"choices\":[1]}", "choices[0]: not an object" },
		{ "{\"text\":\"a\",\"choices\":[{\"id\":\"x\"}]}", "choices[0].title: missing" },
		{ "{\"text\":\"a\",\"choices\":[{\"id\":\"x\",\"title\":\"X\"},{\"id\":7,\"title\":\"Y\"}]}",
		  "choices[1].id: not a string" },
		{ "{\"text\":\"a\",\"choices\":[{\"id\":\"x\",\"title\":\"X\"},{\"id\":\"x\",\"title\":\"Y\"}]}",
		  "choices[1].id: duplicate of choices[0].id" },
		{ "{\"text\":\"a\",\"choices\":[{\"id\":\"1\",\"title\":\"a\"},{\"id\":\"2\",\"title\":\"a\"},"
		  "{\"id\":\"3\",\"title\":\"a\"},{\"id\":\"4\",\"title\":\"a\"},{\"id\":\"5\",\"title\":\"a\"},"
		  "{\"id\":\"6\",\"title\":\"a\"},{\"id\":\"7\",\"title\":\"a\"},{\"id\":\"8\",\"title\":\"a\"},"
		  "{\"id\":\"9\",\"title\":\"a\"},{\"id\":\"10\",\"title\":\"a\"},{\"id\":\"11\",\"title\":\"a\"}]}",
		  "choices: more than 10" },
		{ "{\"text\":\"a\",\"button\":\"Een knop met een veel te lange tekst\"}",
		  "button: longer than 20 characters" },
		{ "{\"text\":\"a\",\"button\":3}", "button: not a string" },
		{ "{\"text\":\"a\\u0000b\"}", NULL },	/* jansson refuses \u0000 */
	};
	struct outbound ob;
	char err[256];
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		err[0] = '\0';
		CHECK_INT(outbound_from_json(cases[i].json, &ob, err, sizeof(err)), -1);
		if (cases[i].err != NULL)
			CHECK_STR(err, cases[i].err);
		else
			CHECK(strncmp(err, "outbound: invalid JSON", 22) == 0);
		CHECK(ob.ob_text == NULL && ob.ob_nchoices == 0 && ob.ob_button == NULL);
	}
	CHECK_INT(outbound_from_json(NULL, &ob, err, sizeof(err)), -1);
}

static void
test_outbound_limits(void)
{
	struct buf b;
	struct outbound ob;
	char err[256];
	int i, ok = 1;

	/* TEXT_MAX bytes of text are fine, one more is not */
	buf_init(&b, 0);
	ok &= buf_puts(&b, "{\"text\":\"") == 0;
	for (i = 0; i < TEXT_MAX; i++)
		ok &= buf_puts(&b, "a") == 0;
	ok &= buf_puts(&b, "\"}") == 0;
	CHECK(ok);
	CHECK_INT(outbound_from_json(b.data, &ob, err, sizeof(err)), 0);
	outbound_free(&ob);
	b.len -= 2;
	ok &= buf_puts(&b, "a\"}") == 0;
	CHECK_INT(outbound_from_json(b.data, &ob, err, sizeof(err)), -1);
	CHECK_STR(err, "text: longer than 4096 bytes");
	buf_free(&b);

	buf_init(&b, 0);
	ok &= buf_puts(&b, "{\"text\":\"a\",\"choices\":[{\"title\":\"t\",\"id\":\"") == 0;
	for (i = 0; i < OUT_CHOICE_ID_MAX + 1; i++)
		ok &= buf_puts(&b, "i") == 0;
	ok &= buf_puts(&b, "\"}]}") == 0;
	CHECK(ok);
	CHECK_INT(outbound_from_json(b.data, &ob, err, sizeof(err)), -1);
	CHECK_STR(err, "choices[0].id: longer than 200 bytes");
	buf_free(&b);
}

static void
test_free_functions(void)
{
	struct conversation cv;

	memset(&cv, 0, sizeof(cv));
	cv.cv_team = xstrdup("CIT");
	cv.cv_lang = xstrdup("nl");
	cv.cv_state = xstrdup("{}");
	cv.cv_priority = 9;
	conversation_free(&cv);
	CHECK(cv.cv_team == NULL && cv.cv_lang == NULL && cv.cv_state == NULL);
	CHECK_INT(cv.cv_priority, 0);
	conversation_free(&cv);
	conversation_free(NULL);
}

int
main(void)
{
	RUN(test_names);
	RUN(test_payload);
	RUN(test_utf8_length);
	RUN(test_outbound_roundtrip);
	RUN(test_outbound_errors);
	RUN(test_outbound_limits);
	RUN(test_free_functions);
	return unit_done();
}
