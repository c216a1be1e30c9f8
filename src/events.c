/*
 * events.c — the console's live events (GET /api/v1/events): the hub
 * thread that hears new events from PostgreSQL, the ring of the newest
 * ones, and the Server-Sent Event streams.
 *
 * The hub's thread has a connection of its own (libpq, not the pool: it
 * LISTENs, so it must be a direct connection, not one a transaction pooler
 * shares). At start it reads the newest events into the ring; then each
 * NOTIFY names a committed event, which it reads (with the message it is
 * about, as the console shows it) and appends to the ring in the order the
 * commits came, and wakes the streams that may show one at most every
 * EVENTS_WAKE_MS (in a burst a stream writes several events at once rather
 * than one per wake-up). After a lost connection it reads what it missed by id.
 * Once a tick it resumes the streams whose ping is due, every
 * EVENTS_SESSION_CHECK_MS ends the streams whose session ended, and every
 * EVENTS_PRUNE_MS deletes events older than EVENTS_KEEP_S (several
 * daemons may prune at once: each skips the rows another holds).
 *
 * A stream is a callback response (MHD_create_response_from_callback).
 * Its content reader, on an MHD thread, takes the events after its place
 * in the ring that its reader may see (events_visible), a reset when it
 * fell behind the ring or resumed from an id no longer kept, or a ping;
 * with nothing to send it suspends its connection (st_suspended) and
 * returns 0. The hub resumes it when an event it may see comes, its ping
 * is due, or it must end. MHD's free callback of the response unlinks it.
 *
 * Locking: ev_lock guards the ring, the list of streams and every
 * stream's fields. A stream's connection is suspended by its content
 * reader with ev_lock held, and resumed by the hub after ev_lock is
 * released: the hub clears st_suspended under the lock first, and a
 * suspended connection is never freed by MHD, so the stream is still
 * there when it is resumed.
 */
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

#include <libpq-fe.h>
#include <microhttpd.h>

#include "auth.h"
#include "config.h"
#include "db.h"
#include "events.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "request.h"
#include "store_events.h"
#include "util.h"

/* ---- pure parts ------------------------------------------------------------ */

static const char *const events_kind_names[EVK_COUNT] = {
	[EVK_QUEUED] = "queued",
	[EVK_MESSAGE] = "message",
	[EVK_STATUS] = "status",
	[EVK_CRISIS] = "crisis",
	[EVK_ALERT] = "alert",
	[EVK_CLAIMED] = "claimed",
	[EVK_RELEASED] = "released",
	[EVK_CLOSED] = "closed",
	[EVK_TRANSFERRED] = "transferred",
};

const char *
events_kind_name(enum events_kind k)
{
	return (size_t)k < EVK_COUNT ? events_kind_names[k] : "unknown";
}

int
events_kind_parse(const char *s, enum events_kind *out)
{
	for (size_t i = 0; i < EVK_COUNT; i++)
		if (strcmp(events_kind_names[i], s) == 0) {
			*out = (enum events_kind)i;
			return 0;
		}
	return -1;
}

int
events_visible(const struct events_who *who, const struct events_item *it)
{
	if (who->ew_all)
		return 1;
	if (it->ei_staff != 0)
		return it->ei_staff == who->ew_staff;
	if (it->ei_kind == EVK_MESSAGE || it->ei_kind == EVK_STATUS)
		return 0;
	return (it->ei_team & who->ew_teams) != 0;
}

char *
events_format(int64_t id, enum events_kind kind, const char *data, size_t *len)
{
	char *s;

	if (strpbrk(data, "\r\n") != NULL)
		return NULL;
	s = xasprintf("id: %" PRId64 "\nevent: %s\ndata: %s\n\n", id, events_kind_name(kind),
	    data);
	*len = strlen(s);
	return s;
}

/* ---- the hub ----------------------------------------------------------------- */

struct events_stream {
	struct events_stream	*st_prev, *st_next;	/* ev_streams */
	struct events		*st_hub;
	struct MHD_Connection	*st_conn;
	struct events_who	 st_who;
	char			 st_session[AUTH_HASH_HEX + 1];
	uint64_t		 st_seq;	/* the next ring position to look at */
	int			 st_suspended;	/* by its content reader; the hub resumes */
	int			 st_end;	/* end the stream (stop, session over) */
	int			 st_reset;	/* send a reset first */
	int64_t			 st_ping_ms;	/* util_mono_ms() when a ping is due */
	struct buf		 st_out;	/* gathered, not yet handed to MHD */
	size_t			 st_off;	/* bytes of st_out handed already */
};

struct events {
	struct app		*ev_app;
	pthread_t		 ev_thread;
	int			 ev_started;
	int			 ev_wake[2];	/* a byte wakes the thread (stop) */
	pthread_mutex_t		 ev_lock;
	pthread_cond_t		 ev_gone;	/* a stream went away (events_close_streams) */
	int			 ev_stop;
	int			 ev_closing;	/* no new streams */
	/* The ring: positions [ev_head, ev_tail), item at ev_ring[pos % EVENTS_RING_MAX]. */
	struct events_item	*ev_ring;
	uint64_t		 ev_head, ev_tail;
	size_t			 ev_bytes;
	int64_t			 ev_max_id;	/* the highest id read (the thread's only) */
	int64_t			 ev_wake_due;	/* util_mono_ms() to wake the streams for new events;
						 * 0: none waiting (the thread's only) */
	struct events_stream	*ev_streams;
	size_t			 ev_nstreams;
};

/* The item at ring position pos. */
static struct events_item *
events_at(struct events *ev, uint64_t pos)
{
	return &ev->ev_ring[pos % EVENTS_RING_MAX];
}

static void
events_drop_oldest(struct events *ev)
{
	struct events_item *it = events_at(ev, ev->ev_head);

	ev->ev_bytes -= it->ei_len;
	free(it->ei_text);
	memset(it, 0, sizeof(*it));
	ev->ev_head++;
}

/* 1 if id is among the newest items (a NOTIFY for an event already read). */
static int
events_has_recent(struct events *ev, int64_t id)
{
	uint64_t pos, n = 0;

	for (pos = ev->ev_tail; pos > ev->ev_head && n < EVENTS_FETCH_MAX; pos--, n++)
		if (events_at(ev, pos - 1)->ei_id == id)
			return 1;
	return 0;
}

/* store_events callback: append one event to the ring (ev_lock held by the caller). */
static void
events_add(void *ctx, const struct store_event *se)
{
	struct events *ev = ctx;
	struct events_item it;
	enum events_kind kind;

	if (se->se_id > ev->ev_max_id)
		ev->ev_max_id = se->se_id;
	if (se->se_gone || events_has_recent(ev, se->se_id))
		return;
	if (events_kind_parse(se->se_kind, &kind) == -1) {
		log_warn("events unknown_kind id=%" PRId64, se->se_id);
		return;
	}
	memset(&it, 0, sizeof(it));
	it.ei_id = se->se_id;
	it.ei_kind = kind;
	it.ei_team = auth_team_bit(se->se_team);
	it.ei_staff = se->se_staff;
	it.ei_text = events_format(se->se_id, kind, se->se_data, &it.ei_len);
	if (it.ei_text == NULL || it.ei_len > EVENTS_EVENT_MAX) {
		log_warn("events event_too_large id=%" PRId64 " bytes=%zu", se->se_id, it.ei_len);
		free(it.ei_text);
		return;
	}
	while (ev->ev_tail - ev->ev_head >= EVENTS_RING_MAX ||
	    (ev->ev_tail > ev->ev_head && ev->ev_bytes + it.ei_len > EVENTS_RING_BYTES))
		events_drop_oldest(ev);
	*events_at(ev, ev->ev_tail) = it;
	ev->ev_tail++;
	ev->ev_bytes += it.ei_len;
}

/* 1 if a stream may see one of the items from its place on. */
static int
events_stream_has_news(struct events *ev, struct events_stream *st)
{
	uint64_t pos;

	if (st->st_seq < ev->ev_head)
		return 1;	/* fell behind: a reset */
	for (pos = st->st_seq; pos < ev->ev_tail; pos++)
		if (events_visible(&st->st_who, events_at(ev, pos)))
			return 1;
	st->st_seq = ev->ev_tail;	/* nothing for it: no need to look again */
	return 0;
}

/*
 * The suspended streams that have something to do now (an event, a ping
 * due, their end): st_suspended cleared and their connections in conns
 * (at most max), to be resumed after ev_lock is released.
 */
static size_t
events_due(struct events *ev, int64_t now, struct MHD_Connection **conns, size_t max)
{
	struct events_stream *st;
	size_t n = 0;

	for (st = ev->ev_streams; st != NULL && n < max; st = st->st_next) {
		if (!st->st_suspended)
			continue;
		if (st->st_end || st->st_reset || now >= st->st_ping_ms ||
		    events_stream_has_news(ev, st)) {
			st->st_suspended = 0;
			conns[n++] = st->st_conn;
		}
	}
	return n;
}

/* Resume the streams with something to do. */
static void
events_wake_streams(struct events *ev)
{
	struct MHD_Connection **conns;
	size_t n;

	pthread_mutex_lock(&ev->ev_lock);
	conns = xcalloc(ev->ev_nstreams + 1, sizeof(*conns));
	n = events_due(ev, util_mono_ms(), conns, ev->ev_nstreams);
	pthread_mutex_unlock(&ev->ev_lock);
	for (size_t i = 0; i < n; i++)
		MHD_resume_connection(conns[i]);
	free(conns);
}

/* Read events ids[0..n) into the ring, in chunks. 0, or -1 with err filled. */
static int
events_fetch(struct events *ev, PGconn *conn, const int64_t *ids, size_t n, char *err,
    size_t errlen)
{
	size_t i, k;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i += k) {
		k = n - i < EVENTS_FETCH_MAX ? n - i : EVENTS_FETCH_MAX;
		pthread_mutex_lock(&ev->ev_lock);
		rc = db_events_fetch(conn, ids + i, k, events_add, ev, err, errlen);
		pthread_mutex_unlock(&ev->ev_lock);
	}
	return rc;
}

/*
 * Reading under ev_lock keeps the ring and a stream's view of it
 * consistent; the reads are by primary key and short, and the content
 * readers only copy from the ring.
 */
static int
events_catch_up(struct events *ev, PGconn *conn, char *err, size_t errlen)
{
	size_t n, total = 0;
	int rc;

	do {
		pthread_mutex_lock(&ev->ev_lock);
		rc = db_events_after(conn, ev->ev_max_id, events_add, ev, &n, err, errlen);
		pthread_mutex_unlock(&ev->ev_lock);
		total += n;
	} while (rc == 0 && n == EVENTS_FETCH_MAX && total < EVENTS_RING_MAX);
	if (rc == 0 && total > 0)
		log_info("events caught_up events=%zu", total);
	return rc;
}

/* Connect, LISTEN, and read the newest events (first) or those missed (after a loss). */
static PGconn *
events_connect(struct events *ev, int first, char *err, size_t errlen)
{
	PGconn *conn;
	int rc;

	/* LISTEN needs a session of its own: never through a transaction pooler. */
	conn = db_connect_as(config_direct_url(ev->ev_app->ap_cfg), "events", err, errlen);
	if (conn == NULL)
		return NULL;
	if (db_events_listen(conn, err, errlen) == -1)
		goto fail;
	if (first) {
		pthread_mutex_lock(&ev->ev_lock);
		rc = db_events_recent(conn, events_add, ev, err, errlen);
		pthread_mutex_unlock(&ev->ev_lock);
	} else
		rc = events_catch_up(ev, conn, err, errlen);
	if (rc == -1)
		goto fail;
	return conn;
fail:
	db_close(conn);
	return NULL;
}

/* The NOTIFYs waiting on conn: read their events. 0, or -1 (connection lost). */
static int
events_notified(struct events *ev, PGconn *conn, char *err, size_t errlen)
{
	struct idlist ids;
	PGnotify *nf;
	long long id;
	int rc = 0;

	memset(&ids, 0, sizeof(ids));
	if (!PQconsumeInput(conn)) {
		util_seterr(err, errlen, "events: %s", PQerrorMessage(conn));
		return -1;
	}
	while ((nf = PQnotifies(conn)) != NULL) {
		if (util_parse_ll(nf->extra, 1, INT64_MAX, &id) == 0)
			idlist_add(&ids, (int64_t)id);
		PQfreemem(nf);
	}
	if (ids.il_n > 0) {
		rc = events_fetch(ev, conn, ids.il_ids, ids.il_n, err, errlen);
		if (rc == 0 && ev->ev_wake_due == 0)
			ev->ev_wake_due = util_mono_ms() + EVENTS_WAKE_MS;
	}
	idlist_free(&ids);
	return rc;
}

/* End the streams whose session is over. 0, or -1 with err filled. */
static int
events_check_sessions(struct events *ev, PGconn *conn, char *err, size_t errlen)
{
	const struct config *cfg = ev->ev_app->ap_cfg;
	struct events_stream *st;
	char **keys;
	struct buf valid;
	size_t n = 0;
	int rc;

	pthread_mutex_lock(&ev->ev_lock);
	keys = xcalloc(ev->ev_nstreams + 1, sizeof(*keys));
	for (st = ev->ev_streams; st != NULL; st = st->st_next)
		if (!st->st_end)
			keys[n++] = xstrdup(st->st_session);
	pthread_mutex_unlock(&ev->ev_lock);
	buf_init(&valid, 0);
	rc = n == 0 ? 0 : db_events_sessions(conn, (const char *const *)keys, n, cfg->console_session_idle,
	    cfg->console_session_max, &valid, err, errlen);
	if (rc == 0 && n > 0) {
		pthread_mutex_lock(&ev->ev_lock);
		for (st = ev->ev_streams; st != NULL; st = st->st_next)
			if (!st->st_end && strstr(valid.data != NULL ? valid.data : "",
			    st->st_session) == NULL) {
				st->st_end = 1;
				log_info("events stream_ended staff=%" PRId64 " reason=session",
				    st->st_who.ew_staff);
			}
		pthread_mutex_unlock(&ev->ev_lock);
	}
	for (size_t i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	buf_free(&valid);
	return rc;
}

static void
events_prune(PGconn *conn)
{
	char err[256];
	size_t n;

	if (db_events_prune(conn, &n, err, sizeof(err)) == -1)
		log_warn("events prune_failed error=\"%s\"", err);
	else if (n > 0)
		log_info("events pruned rows=%zu", n);
}

static void *
events_main(void *arg)
{
	struct events *ev = arg;
	struct pollfd pfd[2];
	PGconn *conn = NULL;
	char err[512], drain[64];
	int64_t now, retry_ms = DB_RETRY_MIN_MS, next_connect = 0, next_tick = 0;
	int64_t next_session = 0, next_prune = 0;
	int loaded = 0, timeout;

	for (;;) {
		pthread_mutex_lock(&ev->ev_lock);
		if (ev->ev_stop) {
			pthread_mutex_unlock(&ev->ev_lock);
			break;
		}
		pthread_mutex_unlock(&ev->ev_lock);
		now = util_mono_ms();
		if (conn == NULL && now >= next_connect) {
			conn = events_connect(ev, !loaded, err, sizeof(err));
			if (conn == NULL) {
				log_warn("events connect_failed error=\"%s\" retry_ms=%" PRId64, err,
				    retry_ms);
				next_connect = now + retry_ms;
				retry_ms = retry_ms * 2 > DB_RETRY_MAX_MS ? DB_RETRY_MAX_MS : retry_ms * 2;
			} else {
				if (loaded)
					log_info("events reconnected");
				loaded = 1;
				retry_ms = DB_RETRY_MIN_MS;
				next_prune = now + EVENTS_TICK_MS;
				events_wake_streams(ev);
			}
		}
		timeout = (int)(next_tick > now ? next_tick - now : 0);
		if (ev->ev_wake_due != 0 && ev->ev_wake_due - now < timeout)
			timeout = (int)(ev->ev_wake_due > now ? ev->ev_wake_due - now : 0);
		pfd[0].fd = ev->ev_wake[0];
		pfd[0].events = POLLIN;
		pfd[1].fd = conn != NULL ? PQsocket(conn) : -1;
		pfd[1].events = POLLIN;
		pfd[0].revents = pfd[1].revents = 0;
		if (poll(pfd, conn != NULL ? 2 : 1, timeout) > 0 && (pfd[0].revents & POLLIN))
			while (read(ev->ev_wake[0], drain, sizeof(drain)) > 0)
				;
		if (conn != NULL && events_notified(ev, conn, err, sizeof(err)) == -1)
			goto lost;
		now = util_mono_ms();
		if (ev->ev_wake_due != 0 && now >= ev->ev_wake_due) {
			ev->ev_wake_due = 0;
			events_wake_streams(ev);
		}
		if (now >= next_tick) {
			next_tick = now + EVENTS_TICK_MS;
			events_wake_streams(ev);
		}
		if (conn != NULL && now >= next_session) {
			next_session = now + EVENTS_SESSION_CHECK_MS;
			if (events_check_sessions(ev, conn, err, sizeof(err)) == -1)
				goto lost;
			events_wake_streams(ev);
		}
		if (conn != NULL && now >= next_prune) {
			next_prune = now + EVENTS_PRUNE_MS;
			events_prune(conn);
		}
		continue;
lost:
		log_warn("events connection_lost error=\"%s\"", err);
		db_close(conn);
		conn = NULL;
		next_connect = util_mono_ms() + retry_ms;
	}
	db_close(conn);
	return NULL;
}

struct events *
events_start(struct app *app, char *err, size_t errlen)
{
	struct events *ev;
	int fl;

	ev = xcalloc(1, sizeof(*ev));
	ev->ev_app = app;
	ev->ev_ring = xcalloc(EVENTS_RING_MAX, sizeof(*ev->ev_ring));
	pthread_mutex_init(&ev->ev_lock, NULL);
	pthread_cond_init(&ev->ev_gone, NULL);
	if (pipe(ev->ev_wake) == -1) {
		util_seterr(err, errlen, "events: pipe: %s", strerror(errno));
		goto fail;
	}
	for (int i = 0; i < 2; i++) {
		fl = fcntl(ev->ev_wake[i], F_GETFL);
		(void)fcntl(ev->ev_wake[i], F_SETFL, fl | O_NONBLOCK);
		(void)fcntl(ev->ev_wake[i], F_SETFD, FD_CLOEXEC);
	}
	if ((errno = pthread_create(&ev->ev_thread, NULL, events_main, ev)) != 0) {
		util_seterr(err, errlen, "events: thread: %s", strerror(errno));
		goto fail;
	}
	ev->ev_started = 1;
	return ev;
fail:
	events_stop(ev);
	return NULL;
}

void
events_close_streams(struct events *ev, int grace_ms)
{
	struct events_stream *st;
	struct timespec ts;

	if (ev == NULL)
		return;
	pthread_mutex_lock(&ev->ev_lock);
	ev->ev_closing = 1;
	for (st = ev->ev_streams; st != NULL; st = st->st_next)
		st->st_end = 1;
	pthread_mutex_unlock(&ev->ev_lock);
	events_wake_streams(ev);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += grace_ms / 1000;
	ts.tv_nsec += (long)(grace_ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&ev->ev_lock);
	while (ev->ev_nstreams > 0)
		if (pthread_cond_timedwait(&ev->ev_gone, &ev->ev_lock, &ts) == ETIMEDOUT)
			break;
	if (ev->ev_nstreams > 0)
		log_warn("events streams_left n=%zu", ev->ev_nstreams);
	pthread_mutex_unlock(&ev->ev_lock);
}

void
events_stop(struct events *ev)
{
	if (ev == NULL)
		return;
	if (ev->ev_started) {
		pthread_mutex_lock(&ev->ev_lock);
		ev->ev_stop = 1;
		pthread_mutex_unlock(&ev->ev_lock);
		(void)!write(ev->ev_wake[1], "x", 1);
		pthread_join(ev->ev_thread, NULL);
	}
	while (ev->ev_tail > ev->ev_head)
		events_drop_oldest(ev);
	for (int i = 0; i < 2; i++)
		if (ev->ev_wake[i] > 0)
			close(ev->ev_wake[i]);
	pthread_mutex_destroy(&ev->ev_lock);
	pthread_cond_destroy(&ev->ev_gone);
	free(ev->ev_ring);
	free(ev);
}

size_t
events_stream_count(struct events *ev)
{
	size_t n;

	if (ev == NULL)
		return 0;
	pthread_mutex_lock(&ev->ev_lock);
	n = ev->ev_nstreams;
	pthread_mutex_unlock(&ev->ev_lock);
	return n;
}

/* ---- one stream ---------------------------------------------------------- */

/* Append s (n bytes) to the stream's output; the buffer has no ceiling of its own. */
static void
events_out(struct events_stream *st, const char *s, size_t n)
{
	if (buf_append(&st->st_out, s, n) == -1)
		abort();	/* no ceiling: only when out of memory, which aborts first */
}

/* A reset: the client reloads; its id is the newest kept, from which a resume may go on. */
static void
events_out_reset(struct events *ev, struct events_stream *st)
{
	char line[64];

	if (ev->ev_tail > ev->ev_head)
		snprintf(line, sizeof(line), "id: %" PRId64 "\n", events_at(ev, ev->ev_tail - 1)->ei_id);
	else
		line[0] = '\0';
	events_out(st, line, strlen(line));
	events_out(st, "event: reset\ndata: {}\n\n", 23);
	st->st_reset = 0;
	st->st_seq = ev->ev_tail;
}

/* Gather what the stream may send now (ev_lock held). */
static void
events_gather(struct events *ev, struct events_stream *st, int64_t now)
{
	struct events_item *it;

	if (st->st_seq < ev->ev_head)
		st->st_reset = 1;
	if (st->st_reset)
		events_out_reset(ev, st);
	while (st->st_seq < ev->ev_tail && st->st_out.len < EVENTS_STREAM_CHUNK) {
		it = events_at(ev, st->st_seq++);
		if (events_visible(&st->st_who, it))
			events_out(st, it->ei_text, it->ei_len);
	}
	if (st->st_out.len == 0 && now >= st->st_ping_ms)
		events_out(st, ": ping\n\n", 8);
	if (st->st_out.len > 0)
		st->st_ping_ms = now + EVENTS_PING_MS;
}

/* MHD's content reader: what to write next, or suspend until there is some. */
static ssize_t
events_read(void *cls, uint64_t pos, char *out, size_t max)
{
	struct events_stream *st = cls;
	struct events *ev = st->st_hub;
	size_t n;

	(void)pos;
	pthread_mutex_lock(&ev->ev_lock);
	if (st->st_off == st->st_out.len) {
		buf_reset(&st->st_out);
		st->st_off = 0;
		if (st->st_end) {
			pthread_mutex_unlock(&ev->ev_lock);
			return MHD_CONTENT_READER_END_OF_STREAM;
		}
		events_gather(ev, st, util_mono_ms());
	}
	if (st->st_out.len == 0) {
		st->st_suspended = 1;
		MHD_suspend_connection(st->st_conn);
		pthread_mutex_unlock(&ev->ev_lock);
		return 0;
	}
	n = st->st_out.len - st->st_off;
	if (n > max)
		n = max;
	memcpy(out, st->st_out.data + st->st_off, n);
	st->st_off += n;
	pthread_mutex_unlock(&ev->ev_lock);
	return (ssize_t)n;
}

/* MHD's free callback of the response: the stream is over. */
static void
events_stream_free(void *cls)
{
	struct events_stream *st = cls;
	struct events *ev = st->st_hub;

	pthread_mutex_lock(&ev->ev_lock);
	if (st->st_prev != NULL)
		st->st_prev->st_next = st->st_next;
	else
		ev->ev_streams = st->st_next;
	if (st->st_next != NULL)
		st->st_next->st_prev = st->st_prev;
	ev->ev_nstreams--;
	pthread_cond_broadcast(&ev->ev_gone);
	pthread_mutex_unlock(&ev->ev_lock);
	log_debug("events stream_closed staff=%" PRId64, st->st_who.ew_staff);
	buf_free(&st->st_out);
	free(st);
}

/*
 * Where a new stream starts (ev_lock held): after the event last_id when
 * the ring still has it and at most EVENTS_REPLAY_MAX events for this
 * reader follow it; else with a reset. Without last_id: from now on.
 */
static void
events_position(struct events *ev, struct events_stream *st, int have_last, int64_t last_id)
{
	uint64_t pos, p;
	size_t n = 0;

	st->st_seq = ev->ev_tail;
	if (!have_last)
		return;
	for (pos = ev->ev_tail; pos > ev->ev_head; pos--) {
		if (events_at(ev, pos - 1)->ei_id != last_id)
			continue;
		for (p = pos; p < ev->ev_tail; p++)
			n += events_visible(&st->st_who, events_at(ev, p));
		if (n <= EVENTS_REPLAY_MAX)
			st->st_seq = pos;
		else
			st->st_reset = 1;
		return;
	}
	st->st_reset = 1;
}

/*
 * Register a stream for who: 0, or the status to refuse it with (503: the
 * daemon's limit or stopping, 429: this person's limit).
 */
static unsigned int
events_stream_add(struct events *ev, struct events_stream *st, int have_last, int64_t last_id)
{
	struct events_stream *o;
	size_t mine = 0;

	pthread_mutex_lock(&ev->ev_lock);
	if (ev->ev_closing || ev->ev_nstreams >= EVENTS_STREAMS_MAX) {
		pthread_mutex_unlock(&ev->ev_lock);
		return MHD_HTTP_SERVICE_UNAVAILABLE;
	}
	for (o = ev->ev_streams; o != NULL; o = o->st_next)
		mine += o->st_who.ew_staff == st->st_who.ew_staff && !o->st_end;
	if (mine >= EVENTS_STREAMS_PER_STAFF) {
		pthread_mutex_unlock(&ev->ev_lock);
		return MHD_HTTP_TOO_MANY_REQUESTS;
	}
	events_position(ev, st, have_last, last_id);
	st->st_next = ev->ev_streams;
	if (ev->ev_streams != NULL)
		ev->ev_streams->st_prev = st;
	ev->ev_streams = st;
	ev->ev_nstreams++;
	pthread_mutex_unlock(&ev->ev_lock);
	return 0;
}

/* ---- the handler ------------------------------------------------------------ */

static enum MHD_Result
events_begin(struct request *rq, const char *method)
{
	if (strcmp(method, MHD_HTTP_METHOD_GET) != 0)
		return request_reply_method(rq, "GET");
	return MHD_YES;
}

/* The stream's response: a callback response with the event-stream headers. */
static enum MHD_Result
events_respond(struct request *rq, struct events_stream *st)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, EVENTS_STREAM_CHUNK,
	    events_read, st, events_stream_free);
	if (resp == NULL) {
		events_stream_free(st);
		return request_reply_error(rq, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error");
	}
	if (MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
	    "text/event-stream") != MHD_YES ||
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store") != MHD_YES ||
	    MHD_add_response_header(resp, "X-Accel-Buffering", "no") != MHD_YES) {
		MHD_destroy_response(resp);	/* frees the stream */
		return MHD_NO;
	}
	rq->rq_phase = RQ_ANSWERED;
	metrics_http_request(rq->rq_route, MHD_HTTP_OK);
	ret = MHD_queue_response(rq->rq_conn, MHD_HTTP_OK, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result
events_body(struct request *rq, const char *method)
{
	struct events *ev = rq->rq_app->ap_events;
	struct events_stream *st;
	struct staff_ident who;
	const char *h;
	long long last = 0;
	unsigned int status;
	char msg[128], hello[64];
	int rc;

	(void)method;
	if (ev == NULL)
		return request_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE,
		    "live events are not running");
	h = request_header(rq, "Last-Event-ID");
	if (h != NULL && util_parse_ll(h, 0, INT64_MAX, &last) == -1)
		return request_reply_error(rq, MHD_HTTP_BAD_REQUEST,
		    "Last-Event-ID: not an event id");
	rc = auth_request_staff(rq, &who);
	if (rc == MHD_HTTP_UNAUTHORIZED)
		return request_reply_error(rq, rc, "not logged in");
	if (rc != 0)
		return request_reply_error(rq, MHD_HTTP_SERVICE_UNAVAILABLE,
		    "database unavailable");
	if (who.si_role != ROLE_COUNSELLOR && who.si_role != ROLE_SUPERVISOR)
		return request_reply_error(rq, MHD_HTTP_FORBIDDEN,
		    "the event stream is for counsellors and supervisors");

	st = xcalloc(1, sizeof(*st));
	st->st_hub = ev;
	st->st_conn = rq->rq_conn;
	st->st_who.ew_staff = who.si_id;
	st->st_who.ew_all = who.si_role == ROLE_SUPERVISOR;
	st->st_who.ew_teams = who.si_teams;
	util_strlcpy(st->st_session, who.si_token_hash, sizeof(st->st_session));
	st->st_ping_ms = util_mono_ms() + EVENTS_PING_MS;
	buf_init(&st->st_out, 0);
	/* The retry delay, and a comment so that the client sees the stream open. */
	snprintf(hello, sizeof(hello), "retry: %d\n: ok\n\n", EVENTS_RETRY_MS);
	events_out(st, hello, strlen(hello));
	if ((status = events_stream_add(ev, st, h != NULL, (int64_t)last)) != 0) {
		buf_free(&st->st_out);
		free(st);
		if (status == MHD_HTTP_TOO_MANY_REQUESTS) {
			snprintf(msg, sizeof(msg), "too many event streams for this account "
			    "(at most %d)", EVENTS_STREAMS_PER_STAFF);
			return request_reply_error(rq, status, msg);
		}
		return request_reply_error(rq, status, "too many event streams on this server");
	}
	log_debug("events stream_opened staff=%" PRId64 " resume=%s", who.si_id,
	    h != NULL ? "yes" : "no");
	return events_respond(rq, st);
}

const struct handler events_handler = {
	.hd_begin = events_begin,
	.hd_body = events_body,
};
