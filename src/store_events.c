/*
 * store_events.c — the statements of the console's live events: LISTEN
 * for the ids the triggers of migration 0017 announce, read those events
 * with what a client is sent (the data line's JSON, the message it is
 * about as the console shows a message), the newest at start, those
 * missed while the connection was down, and the prune of old ones.
 *
 * Used by the events hub's thread only (src/events.c), on its own
 * connection.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "praatpaal.h"
#include "store.h"
#include "store_events.h"

/* An instant as the API writes it: ISO 8601, UTC. */
#define EV_ISO(x) "to_char((" x ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

/* Kinds of inbound message shown with a caption instead of a text. */
#define EV_MEDIA "('image', 'audio', 'video', 'document', 'sticker')"

/*
 * What every read returns for event e: id, kind, team, for whom, the data
 * line's JSON, and whether the message it names is gone. The message is
 * read by its primary key in a subquery (a lookup whatever the plan).
 */
#define EV_COLS \
	"e.id, e.kind, COALESCE(e.team, ''), COALESCE(e.staff_id, 0), " \
	"(jsonb_build_object('conversation_id', e.conversation_id, 'team', e.team, " \
	"'at', " EV_ISO("e.at") ") || COALESCE(e.data, '{}') " \
	"|| CASE WHEN e.category IS NULL THEN '{}' " \
	"ELSE jsonb_build_object('category', e.category) END " \
	"|| COALESCE(CASE WHEN e.in_id IS NOT NULL THEN (SELECT jsonb_build_object('message', " \
	"jsonb_build_object('id', 'in-' || m.id, 'direction', 'in', 'sender', 'youth', " \
	"'kind', m.kind, 'text', CASE WHEN m.kind IN " EV_MEDIA " THEN NULL ELSE m.body END, " \
	"'caption', CASE WHEN m.kind IN " EV_MEDIA " THEN m.body END, " \
	"'at', " EV_ISO("m.provider_ts") ")) FROM message_in m WHERE m.id = e.in_id) " \
	"WHEN e.out_id IS NOT NULL THEN (SELECT jsonb_build_object('message', " \
	"jsonb_build_object('id', 'out-' || o.id, 'direction', 'out', " \
	"'sender', CASE WHEN o.staff_id IS NULL THEN 'bot' ELSE 'counsellor' END, " \
	"'alias', (SELECT f.alias FROM staff f WHERE f.id = o.staff_id), " \
	"'kind', CASE WHEN o.body ? 'choices' THEN 'interactive' ELSE 'text' END, " \
	"'text', o.body ->> 'text', 'caption', NULL, 'at', " EV_ISO("o.created_at") ", " \
	"'status', CASE WHEN o.status = 'held' THEN 'queued' ELSE o.status END, " \
	"'error', CASE WHEN o.status = 'failed' THEN o.error_text END)) " \
	"FROM message_out o WHERE o.id = e.out_id) END, '{}'))::text, " \
	"(e.in_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM message_in m WHERE m.id = e.in_id)) " \
	"OR (e.out_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM message_out o " \
	"WHERE o.id = e.out_id))"

enum {
	ST_EVENTS_FETCH,
	ST_EVENTS_RECENT,
	ST_EVENTS_AFTER,
	ST_EVENTS_PRUNE,
	ST_EVENTS_SESSIONS,
	ST_COUNT
};

static const struct db_stmt stmts[ST_COUNT] = {
	/* The events $1, in the order given (the order of their commits). */
	[ST_EVENTS_FETCH] = { "events_fetch", 1,
	    "SELECT " EV_COLS " FROM unnest($1::bigint[]) WITH ORDINALITY AS u (id, n) "
	    "JOIN LATERAL (SELECT * FROM console_event x WHERE x.id = u.id OFFSET 0) e ON true "
	    "ORDER BY u.n" },
	[ST_EVENTS_RECENT] = { "events_recent", 0,
	    "SELECT " EV_COLS " FROM (SELECT * FROM console_event x ORDER BY x.id DESC "
	    "LIMIT " SQL_NUM(EVENTS_RING_MAX) ") e "
	    "WHERE e.at > now() - make_interval(secs => " SQL_NUM(EVENTS_KEEP_S) ") "
	    "ORDER BY e.id" },
	[ST_EVENTS_AFTER] = { "events_after", 1,
	    "SELECT " EV_COLS " FROM (SELECT * FROM console_event x WHERE x.id > $1::bigint "
	    "ORDER BY x.id LIMIT " SQL_NUM(EVENTS_FETCH_MAX) ") e ORDER BY e.id" },
	/* Another daemon pruning at the same moment takes other rows. */
	[ST_EVENTS_PRUNE] = { "events_prune", 0,
	    "DELETE FROM console_event WHERE id IN (SELECT x.id FROM console_event x "
	    "WHERE x.at < now() - make_interval(secs => " SQL_NUM(EVENTS_KEEP_S) ") "
	    "ORDER BY x.at LIMIT " SQL_NUM(EVENTS_PRUNE_BATCH) " FOR UPDATE SKIP LOCKED)" },
	/* The sessions of open streams that still hold (auth.c's rules). */
	[ST_EVENTS_SESSIONS] = { "events_sessions", 3,
	    "SELECT encode(s.token_hash, 'hex') FROM staff_session s "
	    "JOIN staff f ON f.id = s.staff_id "
	    "WHERE s.token_hash IN (SELECT decode(k, 'hex') FROM unnest($1::text[]) AS k) "
	    "AND f.disabled_at IS NULL "
	    "AND s.last_seen_at > now() - make_interval(secs => $2::bigint) "
	    "AND s.created_at > now() - make_interval(secs => $3::bigint)" },
};

const struct db_stmt_table store_events_table = { stmts, ST_COUNT };

int
db_events_listen(PGconn *conn, char *err, size_t errlen)
{
	PGresult *res;

	res = PQexec(conn, "LISTEN " EVENTS_CHANNEL);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		db_result_error("events listen", res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	return 0;
}

/* Hand each row of res to fn. 0, or -1 with err filled (a malformed row). */
static int
events_rows(PGresult *res, store_event_fn fn, void *ctx, char *err, size_t errlen)
{
	struct store_event ev;
	int i;

	for (i = 0; i < PQntuples(res); i++) {
		memset(&ev, 0, sizeof(ev));
		if (store_get_i64(res, i, 0, &ev.se_id) == -1 ||
		    store_get_i64(res, i, 3, &ev.se_staff) == -1) {
			snprintf(err, errlen, "events: unexpected row");
			return -1;
		}
		ev.se_kind = PQgetvalue(res, i, 1);
		ev.se_team = PQgetvalue(res, i, 2);
		ev.se_data = PQgetvalue(res, i, 4);
		ev.se_gone = strcmp(PQgetvalue(res, i, 5), "t") == 0;
		fn(ctx, &ev);
	}
	return 0;
}

/* Run s with values, hand its rows to fn; *n (if not NULL): how many. */
static int
events_read(PGconn *conn, const struct db_stmt *s, const char *const *values,
    store_event_fn fn, void *ctx, size_t *n, char *err, size_t errlen)
{
	PGresult *res;
	int rc;

	if ((res = db_stmt_exec(conn, s, values, PGRES_TUPLES_OK, err, errlen)) == NULL)
		return -1;
	rc = events_rows(res, fn, ctx, err, errlen);
	if (n != NULL)
		*n = (size_t)PQntuples(res);
	PQclear(res);
	return rc;
}

int
db_events_fetch(PGconn *conn, const int64_t *ids, size_t n, store_event_fn fn, void *ctx,
    char *err, size_t errlen)
{
	struct buf b;
	const char *vals[1];
	int rc;

	buf_init(&b, 0);
	store_id_array(&b, ids, n);
	vals[0] = b.data;
	rc = events_read(conn, &stmts[ST_EVENTS_FETCH], vals, fn, ctx, NULL, err, errlen);
	buf_free(&b);
	return rc;
}

int
db_events_recent(PGconn *conn, store_event_fn fn, void *ctx, char *err, size_t errlen)
{
	return events_read(conn, &stmts[ST_EVENTS_RECENT], NULL, fn, ctx, NULL, err, errlen);
}

int
db_events_after(PGconn *conn, int64_t after, store_event_fn fn, void *ctx, size_t *n,
    char *err, size_t errlen)
{
	struct idtext t;
	const char *vals[1] = { store_idtext(&t, after) };

	return events_read(conn, &stmts[ST_EVENTS_AFTER], vals, fn, ctx, n, err, errlen);
}

int
db_events_prune(PGconn *conn, size_t *n, char *err, size_t errlen)
{
	PGresult *res;

	*n = 0;
	if ((res = db_stmt_exec(conn, &stmts[ST_EVENTS_PRUNE], NULL, PGRES_COMMAND_OK,
	    err, errlen)) == NULL)
		return -1;
	*n = store_cmd_rows(res);
	PQclear(res);
	return 0;
}

int
db_events_sessions(PGconn *conn, const char *const *keys, size_t n, long long idle_s,
    long long max_s, struct buf *valid, char *err, size_t errlen)
{
	char idle[24], max[24];
	const char *vals[3] = { NULL, idle, max };
	struct buf arr;
	PGresult *res;
	int i;

	buf_init(&arr, 0);
	for (size_t k = 0; k < n; k++)
		store_array_text(&arr, keys[k]);
	vals[0] = store_array_end(&arr);
	snprintf(idle, sizeof(idle), "%lld", idle_s);
	snprintf(max, sizeof(max), "%lld", max_s);
	res = db_stmt_exec(conn, &stmts[ST_EVENTS_SESSIONS], vals, PGRES_TUPLES_OK, err, errlen);
	buf_free(&arr);
	if (res == NULL)
		return -1;
	for (i = 0; i < PQntuples(res); i++)
		if (buf_puts(valid, PQgetvalue(res, i, 0)) == -1 || buf_puts(valid, ",") == -1) {
			snprintf(err, errlen, "events: sessions: too many");
			PQclear(res);
			return -1;
		}
	PQclear(res);
	return 0;
}
