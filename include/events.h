/*
 * events.h — the console's live events: GET /api/v1/events, a stream of
 * Server-Sent Events for each counsellor and supervisor, fed from the
 * console_event table (migration 0017) that the triggers fill in the
 * transactions that change a chat.
 *
 * One hub a daemon: a thread with its own connection that LISTENs for new
 * events, reads them, keeps the newest EVENTS_RING_MAX in memory (a ring
 * in commit order), and wakes the streams that may show one. A stream is
 * a libmicrohttpd callback response: its content reader takes what it may
 * show from the ring, and with nothing to send suspends its connection
 * until the hub resumes it (a new event for it, a ping due, the end). No
 * thread waits for any one stream.
 *
 * Threads: the hub's thread; MHD's threads run the handler and the content
 * readers. The ring and the list of streams are behind ev_lock (events.c).
 */
#ifndef EVENTS_H
#define EVENTS_H

#include <stddef.h>
#include <stdint.h>
#include "app.h"
#include "request.h"
#include "util.h"

/* The kinds of event (api-contract: GET /events). */
enum events_kind {
	EVK_QUEUED,	/* a chat entered a team's queue */
	EVK_MESSAGE,	/* a message in a chat (in or out) */
	EVK_STATUS,	/* the delivery status of a reply */
	EVK_CRISIS,	/* a crisis: in a chat someone holds, queued, or unclaimed */
	EVK_ALERT,	/* another alert (idle) */
	EVK_CLAIMED,
	EVK_RELEASED,
	EVK_CLOSED,
	EVK_TRANSFERRED,
	EVK_COUNT
};

/* One event as the hub keeps it. */
struct events_item {
	int64_t			 ei_id;
	enum events_kind	 ei_kind;
	unsigned		 ei_team;	/* TEAM_* bit (auth.h); 0: none */
	int64_t			 ei_staff;	/* for whom; 0: by team */
	char			*ei_text;	/* "id: N\nevent: kind\ndata: {...}\n\n" */
	size_t			 ei_len;
};

/* Who reads a stream. */
struct events_who {
	int64_t		 ew_staff;
	int		 ew_all;	/* a supervisor: every event */
	unsigned	 ew_teams;	/* TEAM_* bits */
};

/* "queued", ...; parse: 0, or -1 for an unknown name. */
const char	*events_kind_name(enum events_kind);
int		 events_kind_parse(const char *, enum events_kind *) WUR;
/*
 * 1 if who may see it: a supervisor sees every event; a counsellor the
 * events for them (ei_staff), and of their teams' queues those that are
 * not about a message (a transcript is for who holds the chat).
 */
int		 events_visible(const struct events_who *, const struct events_item *);
/*
 * The event's text as sent: "id: <id>\nevent: <kind>\ndata: <data>\n\n",
 * or NULL when data has a line break (JSON from PostgreSQL has none).
 */
char		*events_format(int64_t id, enum events_kind, const char *data, size_t *len);

struct events;

/* Start the hub (its thread connects and keeps reconnecting). NULL with err filled. */
struct events	*events_start(struct app *, char *err, size_t errlen);
/*
 * End every stream and refuse new ones, waiting up to grace_ms for their
 * connections to let go (before the HTTP server stops: MHD must not stop
 * with a suspended connection).
 */
void		 events_close_streams(struct events *, int grace_ms);
/* Stop the thread and free the hub (after the HTTP server has stopped). */
void		 events_stop(struct events *);
/* Open streams now (for /metrics and the tests). */
size_t		 events_stream_count(struct events *);

/* GET /api/v1/events: the api module's router hands the request here. */
extern const struct handler events_handler;

#endif
