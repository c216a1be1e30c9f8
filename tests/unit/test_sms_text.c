/*
 * test_sms_text.c — replies as SMS: markup and emoji gone, GSM-7, segment
 * counts; the real welcome fits in SMS_WELCOME_MAX_SEGMENTS in Dutch and
 * English (the others are printed), and every Dutch and English text of
 * conf/flows is GSM-7 as SMS.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flow.h"
#include "message.h"
#include "sms_text.h"
#include "unit.h"
#include "util.h"

#define REAL_FLOWS	"conf/flows"

static void
check_plain(const char *in, const char *want)
{
	char *s = sms_text_plain(in);

	CHECK_STR(s, want);
	free(s);
}

static void
test_plain(void)
{
	check_plain("Hoi! \xF0\x9F\x91\x8B Je praat met ons.", "Hoi! Je praat met ons.");
	check_plain("*In acuut gevaar? Bel 112.*", "In acuut gevaar? Bel 112.");
	check_plain("Typ *ja* of _nee_", "Typ ja of nee");
	check_plain("zie praatpaal.example/mijn_pagina", "zie praatpaal.example/mijn_pagina");
	check_plain("\xE2\x80\xA2 *menu*: terug", "- menu: terug");
	check_plain("Dat is \xE2\x80\x98ok\xE2\x80\x99 \xE2\x80\x93 echt\xE2\x80\xA6", "Dat is 'ok' - echt...");
	check_plain("co\xC3\xB6rdinator, ge\xC3\xAF" "nteresseerd, \xC3\xA9\xC3\xA9n", "co\xC3\xB6rdinator, geinteresseerd, \xC3\xA9\xC3\xA9n");
	check_plain("klaar \xE2\x9C\x85\nnu \xE2\x9D\xA4\xEF\xB8\x8F", "klaar\nnu");
	check_plain("Cze\xC5\x9B\xC4\x87", "Cze\xC5\x9B\xC4\x87");	/* other letters stay (UCS-2) */
}

static void
test_segments(void)
{
	char s[400];
	char *body;
	const char *titles[] = { "Ja", "Nee" };

	CHECK_INT(sms_text_gsm7("Hoi, hoe gaat het? \xE2\x82\xAC 5"), 1);
	CHECK_INT(sms_text_gsm7("Hoi \xF0\x9F\x91\x8B"), 0);
	CHECK_INT(sms_text_gsm7("\xC3\xAB"), 0);
	CHECK_INT(sms_text_segments(""), 0);
	memset(s, 'a', 160);
	s[160] = '\0';
	CHECK_INT(sms_text_segments(s), 1);
	s[160] = 'a';
	s[161] = '\0';
	CHECK_INT(sms_text_segments(s), 2);
	memset(s, 'a', 306);
	s[306] = '\0';
	CHECK_INT(sms_text_segments(s), 2);
	s[306] = 'a';
	s[307] = '\0';
	CHECK_INT(sms_text_segments(s), 3);
	memset(s, 'a', 159);
	s[159] = '[';	/* the extension table: two septets */
	s[160] = '\0';
	CHECK_INT(sms_text_segments(s), 2);
	memset(s, 'a', 69);
	memcpy(s + 69, "\xC5\x9B", 3);	/* 70 UCS-2 units */
	CHECK_INT(sms_text_segments(s), 1);
	memcpy(s + 69, "a\xC5\x9B", 4);	/* 71 */
	CHECK_INT(sms_text_segments(s), 2);
	body = sms_text_body("Wil je *stoppen*?", titles, 2);
	CHECK_STR(body, "Wil je stoppen?\n\n1. Ja\n2. Nee");
	free(body);
}

/* Every text of the real flows in nl and en is GSM-7 as SMS; the welcome fits in 3 segments. */
static void
test_real_flows(void)
{
	struct flowset *fs = NULL;
	struct buf errs;
	const struct flow_node *fn;
	const struct flow_text *t;
	size_t f, n, l, i, nbad = 0;
	char *plain;
	int nl = -1, en = -1, main_flow;

	buf_init(&errs, 0);
	if (flow_load_dir(REAL_FLOWS, &fs, &errs) == -1) {
		fprintf(stderr, "%s", errs.data ? errs.data : "");
		CHECK(!"conf/flows loads");
		buf_free(&errs);
		return;
	}
	buf_free(&errs);
	nl = flow_lang_find(fs, "nl");
	en = flow_lang_find(fs, "en");
	main_flow = flow_find(fs, "main");
	CHECK(nl >= 0 && en >= 0 && main_flow >= 0);
	if (main_flow >= 0) {
		fn = &fs->fs_flows[main_flow].fl_nodes[flow_node_find(&fs->fs_flows[main_flow], "welcome")];
		for (l = 0; l < fs->fs_nlangs; l++) {
			plain = sms_text_plain(fn->fn_text.ft_s[l]);
			printf("sms: welcome %s: %zu characters, %zu segments, %s\n", fs->fs_langs[l],
			    utf8_length(plain), sms_text_segments(plain), sms_text_gsm7(plain) ? "GSM-7" : "UCS-2");
			/* the languages awaiting review are UCS-2: longer, and only printed */
			if ((int)l == nl || (int)l == en) {
				CHECK(sms_text_segments(plain) <= SMS_WELCOME_MAX_SEGMENTS);
				CHECK_INT(sms_text_gsm7(plain), 1);
			}
			free(plain);
		}
	}
	for (f = 0; f < fs->fs_nflows; f++) {
		for (n = 0; n < fs->fs_flows[f].fl_nnodes; n++) {
			fn = &fs->fs_flows[f].fl_nodes[n];
			for (i = 0; i < 2; i++) {
				t = &fn->fn_text;
				l = (size_t)(i == 0 ? nl : en);
				if (t->ft_s[l] == NULL)
					continue;
				plain = sms_text_plain(t->ft_s[l]);
				if (!sms_text_gsm7(plain)) {
					fprintf(stderr, "sms: %s.%s (%s) is not GSM-7 as SMS: %s\n",
					    fs->fs_flows[f].fl_id, fn->fn_id, fs->fs_langs[l], plain);
					nbad++;
				}
				free(plain);
			}
		}
	}
	for (n = 0; n < SYS_NTEXTS; n++) {
		for (i = 0; i < 2; i++) {
			l = (size_t)(i == 0 ? nl : en);
			plain = sms_text_plain(fs->fs_texts[n].ft_s[l]);
			if (!sms_text_gsm7(plain)) {
				fprintf(stderr, "sms: system text %zu (%s) is not GSM-7 as SMS: %s\n", n,
				    fs->fs_langs[l], plain);
				nbad++;
			}
			free(plain);
		}
	}
	CHECK_INT(nbad, 0);
	flowset_free(fs);
}

int
main(void)
{
	RUN(test_plain);
	RUN(test_segments);
	RUN(test_real_flows);
	return unit_done();
}
