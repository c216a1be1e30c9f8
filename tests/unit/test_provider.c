/* test_provider.c — the shared reading of provider answers and error texts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "provider.h"
#include "unit.h"

static void
test_open_no_answer(void)
{
	struct send_result sr;
	json_t *sentinel = json_object(), *root = sentinel;

	CHECK_INT(provider_answer_open(1, "Connection refused", 0, "{}", 2, 7, &sr, &root), 1);
	CHECK(root == NULL);
	json_decref(sentinel);
	CHECK_INT(sr.sr_outcome, SEND_RETRY);
	CHECK_STR(sr.sr_code, "curl");
	CHECK_STR(sr.sr_text, "Connection refused");
	CHECK_INT(sr.sr_retry_after_s, 7);
	CHECK_INT(provider_answer_open(1, "", 0, NULL, 0, -3, &sr, &root), 1);
	CHECK_STR(sr.sr_text, "no answer");
	CHECK_INT(sr.sr_retry_after_s, 0);
}

static void
test_open_answer(void)
{
	struct send_result sr;
	json_t *root;

	CHECK_INT(provider_answer_open(0, NULL, 404, "{\"a\":1}", 7, 0, &sr, &root), 0);
	CHECK(json_is_object(root));
	CHECK_STR(sr.sr_code, "404");
	json_decref(root);
	CHECK_INT(provider_answer_open(0, NULL, 502, "<html>", 6, 0, &sr, &root), 0);
	CHECK(root == NULL);
	CHECK_STR(sr.sr_code, "502");
	CHECK_INT(provider_answer_open(0, NULL, 500, NULL, 0, 0, &sr, &root), 0);
	CHECK(root == NULL);
}

static void
test_accepted(void)
{
	struct send_result sr;
	json_t *id;
	char big[PROVIDER_ID_MAX + 2];

	memset(&sr, 0, sizeof(sr));
	id = json_string("wamid.X");
	provider_answer_accepted(id, "messages[0].id", &sr);
	CHECK_INT(sr.sr_outcome, SEND_OK);
	CHECK_STR(sr.sr_provider_id, "wamid.X");
	json_decref(id);

	memset(&sr, 0, sizeof(sr));
	provider_answer_accepted(NULL, "sid", &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_text, "answer without a usable sid");

	memset(&sr, 0, sizeof(sr));
	id = json_stringn("a\0b", 3);		/* a NUL inside: not usable */
	provider_answer_accepted(id, "sid", &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	json_decref(id);

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	memset(&sr, 0, sizeof(sr));
	id = json_string(big);			/* does not fit sr_provider_id */
	provider_answer_accepted(id, "sid", &sr);
	CHECK_INT(sr.sr_outcome, SEND_FAIL);
	CHECK_STR(sr.sr_provider_id, "");
	json_decref(id);
}

static void
test_error(void)
{
	struct send_result sr;
	json_t *code, *msg;

	memset(&sr, 0, sizeof(sr));
	code = json_integer(131047);
	msg = json_string("Re-engagement message");
	CHECK_INT(provider_answer_error(code, msg, 400, &sr), 131047);
	CHECK_STR(sr.sr_code, "131047");
	CHECK_STR(sr.sr_text, "Re-engagement message");
	json_decref(code);
	json_decref(msg);

	memset(&sr, 0, sizeof(sr));
	snprintf(sr.sr_code, sizeof(sr.sr_code), "503");	/* as provider_answer_open sets it */
	code = json_string("131047");		/* not an integer: no code */
	CHECK_INT(provider_answer_error(code, NULL, 503, &sr), -1);
	CHECK_STR(sr.sr_code, "503");
	CHECK_STR(sr.sr_text, "HTTP 503");
	json_decref(code);
}

static void
test_error_text(void)
{
	char long_text[400], *s;
	size_t i;

	s = provider_error_text("Unknown destination 31612345678");
	CHECK(strstr(s, "31612345678") == NULL);
	CHECK(strncmp(s, "Unknown destination ", 20) == 0);
	free(s);

	/* 254 ASCII bytes then a two-byte character: cut before it, not inside. */
	for (i = 0; i < 254; i++)
		long_text[i] = 'a';
	long_text[254] = '\xc3';
	long_text[255] = '\xa9';
	long_text[256] = 'z';
	long_text[257] = '\0';
	s = provider_error_text(long_text);
	CHECK_INT(strlen(s), 254);
	free(s);

	memset(long_text, 'b', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	s = provider_error_text(long_text);
	CHECK_INT(strlen(s), PROVIDER_ERROR_TEXT_MAX);
	free(s);
}

int
main(void)
{
	RUN(test_open_no_answer);
	RUN(test_open_answer);
	RUN(test_accepted);
	RUN(test_error);
	RUN(test_error_text);
	return unit_done();
}
