/*
 * test_export.c — CSV fields per RFC 4180 (export_csv_field) and the
 * export options' checks (export_check).
 */
#include <stdio.h>
#include <string.h>

#include "export.h"
#include "unit.h"
#include "util.h"

static const char *
field(struct buf *b, const char *s)
{
	buf_reset(b);
	CHECK(export_csv_field(b, s) == 0);
	return b->data != NULL ? b->data : "";
}

static void
test_csv_quoting(void)
{
	struct buf b;

	buf_init(&b, 0);
	CHECK_STR(field(&b, "plain text"), "plain text");
	CHECK_STR(field(&b, "a,b"), "\"a,b\"");
	CHECK_STR(field(&b, "zei \"hoi\""), "\"zei \"\"hoi\"\"\"");
	CHECK_STR(field(&b, "twee\nregels"), "\"twee\nregels\"");
	CHECK_STR(field(&b, "cr\rlf"), "\"cr\rlf\"");
	CHECK_STR(field(&b, "☺ émoji"), "☺ émoji");
	CHECK_STR(field(&b, ""), "");
	CHECK_STR(field(&b, NULL), "");
	buf_free(&b);
}

static void
test_options(void)
{
	struct export_opts o;
	char err[128];

	memset(&o, 0, sizeof(o));
	o.eo_what = "transcripts";
	o.eo_format = "csv";
	CHECK(export_check(&o, err, sizeof(err)) == 0);
	o.eo_what = "chats";
	CHECK(export_check(&o, err, sizeof(err)) == -1);
	CHECK(strncmp(err, "what", 4) == 0);
	o.eo_what = "stories";
	o.eo_format = "xml";
	CHECK(export_check(&o, err, sizeof(err)) == -1);
	CHECK(strncmp(err, "format", 6) == 0);
	o.eo_format = "jsonl";
	o.eo_from = "2026-13-01";
	CHECK(export_check(&o, err, sizeof(err)) == -1);
	o.eo_from = "2026-03-01";
	o.eo_to = "2026-02-01";
	CHECK(export_check(&o, err, sizeof(err)) == -1);
	o.eo_to = "2026-03-31";
	CHECK(export_check(&o, err, sizeof(err)) == 0);
	o.eo_project_key = "short";
	CHECK(export_check(&o, err, sizeof(err)) == -1);
	o.eo_project_key = "a-project-key-long-enough";
	CHECK(export_check(&o, err, sizeof(err)) == 0);
}

int
main(void)
{
	RUN(test_csv_quoting);
	RUN(test_options);
	return unit_done();
}
