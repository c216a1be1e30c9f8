/*
 * test_events.c — the pure parts of the console's live events: which
 * stream may see which event (events_visible), the text of an event as
 * sent, and the kinds' names.
 */
#include <stdlib.h>

#include "auth.h"
#include "events.h"
#include "unit.h"

static struct events_item
item(enum events_kind k, unsigned team, int64_t staff)
{
	struct events_item it;

	memset(&it, 0, sizeof(it));
	it.ei_id = 1;
	it.ei_kind = k;
	it.ei_team = team;
	it.ei_staff = staff;
	return it;
}

static void
test_visible(void)
{
	struct events_who jip = { 7, 0, TEAM_JIP }, cit = { 8, 0, TEAM_CIT | TEAM_JIT };
	struct events_who sup = { 9, 1, TEAM_ALL };
	struct events_item it;

	/* A chat queued for JIP: JIP's counsellors and supervisors. */
	it = item(EVK_QUEUED, TEAM_JIP, 0);
	CHECK(events_visible(&jip, &it));
	CHECK(!events_visible(&cit, &it));
	CHECK(events_visible(&sup, &it));
	/* A message in a chat counsellor 8 holds: only them (and supervisors). */
	it = item(EVK_MESSAGE, TEAM_CIT, 8);
	CHECK(!events_visible(&jip, &it));
	CHECK(events_visible(&cit, &it));
	CHECK(events_visible(&sup, &it));
	/* Held by someone else, of my team: not mine. */
	it = item(EVK_STATUS, TEAM_JIP, 8);
	CHECK(!events_visible(&jip, &it));
	/* A message in a queued chat (no holder): not the team's transcript. */
	it = item(EVK_MESSAGE, TEAM_JIP, 0);
	CHECK(!events_visible(&jip, &it));
	CHECK(events_visible(&sup, &it));
	/* crisis_unclaimed: every CIT counsellor. */
	it = item(EVK_CRISIS, TEAM_CIT, 0);
	CHECK(events_visible(&cit, &it));
	CHECK(!events_visible(&jip, &it));
	/* No team, no holder: supervisors only. */
	it = item(EVK_CLOSED, 0, 0);
	CHECK(!events_visible(&jip, &it));
	CHECK(events_visible(&sup, &it));
}

static void
test_format(void)
{
	size_t len = 0;
	char *s;

	s = events_format(42, EVK_CLAIMED, "{\"conversation_id\":3,\"team\":\"JIP\"}", &len);
	CHECK_STR(s, "id: 42\nevent: claimed\ndata: {\"conversation_id\":3,\"team\":\"JIP\"}\n\n");
	CHECK_INT(len, strlen(s));
	free(s);
	/* A line break would end the data line early: refused. */
	CHECK(events_format(1, EVK_MESSAGE, "{\"a\":\"x\ny\"}", &len) == NULL);
	CHECK(events_format(1, EVK_MESSAGE, "{\"a\":\"x\ry\"}", &len) == NULL);
}

static void
test_kinds(void)
{
	enum events_kind k;

	for (int i = 0; i < EVK_COUNT; i++) {
		CHECK(events_kind_parse(events_kind_name((enum events_kind)i), &k) == 0);
		CHECK_INT(k, i);
	}
	CHECK(events_kind_parse("reset", &k) == -1);
	CHECK_STR(events_kind_name(EVK_TRANSFERRED), "transferred");
}

int
main(void)
{
	RUN(test_visible);
	RUN(test_format);
	RUN(test_kinds);
	return unit_done();
}
