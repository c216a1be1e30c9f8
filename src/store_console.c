/*
 * store_console.c — the console's SQL: staff, sessions, failed logins,
 * the audit, and what counsellors do with conversations. The API's reads
 * build their JSON here, in one statement each, so that a request is one
 * round trip; the shapes are those of docs/openapi.yaml.
 *
 * A change to a conversation's status runs after db_console_lock_contact
 * (the dialogue worker's transaction-scoped advisory lock on the contact,
 * store_work.c): the worker saves the status it stepped from, so the two
 * must not interleave. Claims lock the staff row first, so that two claims
 * of one counsellor cannot both pass max_chats. A status a change starts
 * from is a parameter: the generic plan then finds the row by its key, not
 * through the partial index of that status.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "praatpaal.h"
#include "store.h"
#include "store_console.h"
#include "util.h"

/* A timestamp as ISO 8601 UTC text (NULL stays NULL). */
#define ISO(x)	"to_char((" x ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
/* Seconds left in WhatsApp's window for contact c.contact_id of channel k.channel; SMS: NULL. */
#define WINDOW_LEFT \
	"CASE WHEN k.channel = 'whatsapp' THEN greatest(0, " SQL_NUM(WA_WINDOW_S) " - " \
	"floor(extract(epoch FROM now() - (SELECT max(i.provider_ts) FROM message_in i " \
	"WHERE i.contact_id = c.contact_id))))::bigint END"
#define IS_CRISIS	"COALESCE(c.summary ->> 'reason' = 'crisis', false)"
/* The bot's handover summary, with the names the console shows. */
#define SUMMARY \
	"(COALESCE(c.summary, '{}'::jsonb) || jsonb_build_object(" \
	"'route', COALESCE(c.summary ->> 'reason', c.summary ->> 'flow'), " \
	"'topic', c.summary #>> '{vars,topic}', " \
	"'answers', COALESCE(c.summary -> 'vars', '{}'::jsonb), " \
	"'age_band', COALESCE(c.summary #>> '{vars,age_band}', c.summary #>> '{vars,age}'), " \
	"'municipality', c.summary #>> '{vars,municipality}'))"
/* CONV of conversation c, contact k, holder s. */
#define CONV_JSON \
	"json_build_object('id', c.id, 'status', c.status, 'team', c.team, " \
	"'priority', c.priority, 'crisis', " IS_CRISIS ", " \
	"'crisis_category', CASE WHEN " IS_CRISIS " THEN c.summary ->> 'category' END, " \
	"'channel', k.channel, 'language', c.language, " \
	"'queued_at', " ISO("c.queued_at") ", 'assigned_at', " ISO("c.assigned_at") ", " \
	"'assigned_to', CASE WHEN s.id IS NULL THEN NULL " \
	"ELSE json_build_object('id', s.id, 'alias', s.alias) END, " \
	"'window_seconds_left', " WINDOW_LEFT ", 'summary', " SUMMARY ", 'outcome', c.outcome)"
#define CONV_FROM \
	"FROM conversation c JOIN contact k ON k.id = c.contact_id " \
	"LEFT JOIN staff s ON s.id = c.assigned_to "
/* Kinds whose body is the message's text rather than a caption. */
#define TEXT_KINDS	"('text', 'button', 'list', 'interactive')"

enum {
	ST_STAFF_ADD,
	ST_STAFF_GET,
	ST_STAFF_PASSWORD,
	ST_STAFF_REHASH,
	ST_STAFF_DISABLE,
	ST_STAFF_TEAMS,
	ST_STAFF_LIST,
	ST_SESSION_ADD,
	ST_SESSION_GET,
	ST_SESSION_DELETE,
	ST_LOGIN_FAILURES,
	ST_LOGIN_FAILURE_ADD,
	ST_LOGIN_OK,
	ST_AUDIT_ADD,
	ST_AUDIT_LIST,
	ST_CONSOLE_ACCESS,
	ST_CONSOLE_CONV,
	ST_CONSOLE_QUEUE,
	ST_CONSOLE_CONVS,
	ST_CONSOLE_MESSAGES,
	ST_CONSOLE_NOTES,
	ST_CONSOLE_NOTE_ADD,
	ST_CONSOLE_LOCK_CONTACT,
	ST_CONSOLE_LOCK_STAFF,
	ST_CONSOLE_NEXT,
	ST_CONSOLE_CLAIM,
	ST_CONSOLE_HELD,
	ST_CONSOLE_OUTBOX,
	ST_CONSOLE_TRANSFER,
	ST_CONSOLE_RELEASE,
	ST_CONSOLE_CLOSE,
	ST_CONSOLE_STATS,
	ST_COUNT
};

static const struct db_stmt stmts[ST_COUNT] = {
	/* $1 login, $2 role, $3 teams, $4 alias, $5 hash; no row when the login is taken. */
	[ST_STAFF_ADD] = { "staff_add", 5,
	    "INSERT INTO staff (login, role, teams, alias, password_hash) "
	    "VALUES ($1, $2, $3::text[], $4, $5) ON CONFLICT (login) DO NOTHING RETURNING id" },
	[ST_STAFF_GET] = { "staff_get", 1,
	    "SELECT id, role, teams::text, alias, password_hash, disabled_at IS NOT NULL "
	    "FROM staff WHERE login = $1" },
	/* A new password ends the account's sessions. */
	[ST_STAFF_PASSWORD] = { "staff_password", 2,
	    "WITH u AS (UPDATE staff SET password_hash = $2, updated_at = now() WHERE login = $1 "
	    "RETURNING id), d AS (DELETE FROM staff_session WHERE staff_id IN (SELECT id FROM u)) "
	    "SELECT id FROM u" },
	[ST_STAFF_REHASH] = { "staff_rehash", 2,
	    "UPDATE staff SET password_hash = $2, updated_at = now() WHERE id = $1" },
	/* $2 true: disable (and end its sessions); false: enable. */
	[ST_STAFF_DISABLE] = { "staff_disable", 2,
	    "WITH u AS (UPDATE staff SET disabled_at = CASE WHEN $2::boolean "
	    "THEN COALESCE(disabled_at, now()) END, updated_at = now() WHERE login = $1 "
	    "RETURNING id), d AS (DELETE FROM staff_session WHERE $2::boolean "
	    "AND staff_id IN (SELECT id FROM u)) SELECT id FROM u" },
	[ST_STAFF_TEAMS] = { "staff_teams", 2,
	    "UPDATE staff SET teams = $2::text[], updated_at = now() WHERE login = $1 RETURNING id" },
	[ST_STAFF_LIST] = { "staff_list", 0,
	    "SELECT login, role, array_to_string(teams, ','), alias, "
	    "CASE WHEN disabled_at IS NULL THEN 'enabled' ELSE 'disabled' END, "
	    "COALESCE(" ISO("last_login_at") ", '-') FROM staff ORDER BY login" },

	/*
	 * $1 token hash (hex), $2 staff, $3 CSRF token; the account's
	 * sessions idle past $4 or older than $5 seconds go.
	 */
	[ST_SESSION_ADD] = { "session_add", 5,
	    "WITH d AS (DELETE FROM staff_session WHERE staff_id = $2 "
	    "AND (last_seen_at < now() - make_interval(secs => $4::bigint) "
	    "OR created_at < now() - make_interval(secs => $5::bigint))) "
	    "INSERT INTO staff_session (token_hash, staff_id, csrf) VALUES (decode($1, 'hex'), $2, $3)" },
	[ST_SESSION_GET] = { "session_get", 3,
	    "UPDATE staff_session ss SET last_seen_at = now() FROM staff s "
	    "WHERE ss.token_hash = decode($1, 'hex') AND s.id = ss.staff_id "
	    "AND s.disabled_at IS NULL "
	    "AND ss.last_seen_at > now() - make_interval(secs => $2::bigint) "
	    "AND ss.created_at > now() - make_interval(secs => $3::bigint) "
	    "RETURNING s.id, s.role, s.teams::text, s.login, s.alias, ss.csrf" },
	[ST_SESSION_DELETE] = { "session_delete", 1,
	    "DELETE FROM staff_session WHERE token_hash = decode($1, 'hex')" },

	/* $1 login, $2 address, $3 window (s): counts in it, seconds since the last. */
	[ST_LOGIN_FAILURES] = { "login_failures", 3,
	    "SELECT (SELECT count(*) FROM login_failure WHERE login = $1 "
	    "AND at > now() - make_interval(secs => $3::bigint)), "
	    "COALESCE((SELECT floor(extract(epoch FROM now() - max(at)))::bigint "
	    "FROM login_failure WHERE login = $1), 0), "
	    "(SELECT count(*) FROM login_failure WHERE address = $2 "
	    "AND at > now() - make_interval(secs => $3::bigint)), "
	    "COALESCE((SELECT floor(extract(epoch FROM now() - max(at)))::bigint "
	    "FROM login_failure WHERE address = $2), 0)" },
	/* Failures older than a day are of no use any more: they go. */
	[ST_LOGIN_FAILURE_ADD] = { "login_failure_add", 2,
	    "WITH d AS (DELETE FROM login_failure WHERE (login = $1 OR address = $2) "
	    "AND at < now() - interval '1 day') "
	    "INSERT INTO login_failure (login, address) VALUES ($1, $2)" },
	[ST_LOGIN_OK] = { "login_ok", 2,
	    "WITH d AS (DELETE FROM login_failure WHERE login = $2) "
	    "UPDATE staff SET last_login_at = now() WHERE id = $1" },

	/* $1 staff (0: none), $2 action, $3 conversation (0: none), $4 reason, $5 detail. */
	[ST_AUDIT_ADD] = { "audit_add", 5,
	    "INSERT INTO audit (staff_id, action, conversation_id, reason, detail) "
	    "VALUES (NULLIF($1::bigint, 0), $2, NULLIF($3::bigint, 0), $4, $5::jsonb)" },
	[ST_AUDIT_LIST] = { "audit_list", 2,
	    "SELECT COALESCE(json_agg(json_build_object('id', a.id, 'at', " ISO("a.at") ", "
	    "'staff', CASE WHEN s.id IS NULL THEN NULL "
	    "ELSE json_build_object('id', s.id, 'login', s.login, 'alias', s.alias) END, "
	    "'action', a.action, 'conversation_id', a.conversation_id, 'reason', a.reason, "
	    "'detail', a.detail) ORDER BY a.id DESC), '[]')::text "
	    "FROM (SELECT * FROM audit WHERE $1::bigint = 0 OR id < $1::bigint "
	    "ORDER BY id DESC LIMIT $2::int) a LEFT JOIN staff s ON s.id = a.staff_id" },

	[ST_CONSOLE_ACCESS] = { "console_access", 1,
	    "SELECT c.id, c.contact_id, c.status, COALESCE(c.team, ''), "
	    "COALESCE(c.assigned_to, 0), k.channel, c.language, "
	    "COALESCE(" WINDOW_LEFT ", -1), k.pseudonym, COALESCE(s.alias, '') "
	    CONV_FROM "WHERE c.id = $1" },
	[ST_CONSOLE_CONV] = { "console_conv", 1,
	    "SELECT " CONV_JSON "::text " CONV_FROM "WHERE c.id = $1" },
	/* QITEMs of $1 teams: crisis first, then priority, then the longest wait. */
	[ST_CONSOLE_QUEUE] = { "console_queue", 1,
	    "SELECT json_build_object('items', COALESCE(json_agg(json_build_object('id', c.id, 'team', c.team, "
	    "'priority', c.priority, 'crisis', " IS_CRISIS ", "
	    "'crisis_category', CASE WHEN " IS_CRISIS " THEN c.summary ->> 'category' END, "
	    "'channel', k.channel, 'language', c.language, 'queued_at', " ISO("c.queued_at") ", "
	    "'wait_seconds', greatest(0, floor(extract(epoch FROM now() - c.queued_at)))::bigint, "
	    "'window_seconds_left', " WINDOW_LEFT ", 'summary', " SUMMARY ") "
	    "ORDER BY c.k DESC, c.priority DESC, c.queued_at, c.id), '[]'::json), "
	    "'total', (SELECT count(*) FROM conversation q WHERE q.status = 'queued' "
	    "AND q.team = ANY ($1::text[])))::text "
	    "FROM (SELECT v.*, COALESCE(v.summary ->> 'reason' = 'crisis', false) AS k "
	    "FROM conversation v WHERE v.status = 'queued' AND v.team = ANY ($1::text[]) "
	    "ORDER BY k DESC, v.priority DESC, v.queued_at, v.id "
	    "LIMIT " SQL_NUM(API_QUEUE_PAGE) ") c JOIN contact k ON k.id = c.contact_id" },
	/*
	 * $1 staff, $2 all (supervisor), $3 status or NULL. Queued chats read
	 * through conversation_queue, assigned ones through conversation_assigned.
	 */
	[ST_CONSOLE_CONVS] = { "console_convs", 3,
	    "SELECT COALESCE(json_agg(" CONV_JSON " ORDER BY c.status, c.priority DESC, "
	    "c.queued_at, c.id), '[]')::text FROM ("
	    "(SELECT * FROM conversation v WHERE $2::boolean AND v.status = 'queued' "
	    "AND v.team = ANY ('{JIP,JIT,CIT}'::text[]) AND ($3::text IS NULL OR $3::text = 'queued') "
	    "ORDER BY v.priority DESC, v.queued_at, v.id LIMIT " SQL_NUM(API_QUEUE_MAX) ") "
	    "UNION ALL "
	    "(SELECT * FROM conversation v WHERE v.status = 'assigned' AND v.assigned_to IS NOT NULL "
	    "AND ($2::boolean OR v.assigned_to = $1) "
	    "AND ($3::text IS NULL OR $3::text = 'assigned') "
	    "ORDER BY v.priority DESC, v.queued_at, v.id LIMIT " SQL_NUM(API_QUEUE_MAX) ")) c "
	    "JOIN contact k ON k.id = c.contact_id LEFT JOIN staff s ON s.id = c.assigned_to" },
	/*
	 * $1 conversation; cursor $2 (microseconds), $3 (0 in, 1 out), $4 id,
	 * all NULL for the newest; $5 limit. Newest first.
	 */
	[ST_CONSOLE_MESSAGES] = { "console_messages", 5,
	    "SELECT COALESCE(json_agg(u.j ORDER BY u.us DESC, u.k DESC, u.id DESC), '[]')::text "
	    "FROM (SELECT * FROM ("
	    "SELECT i.id, 0 AS k, (extract(epoch FROM i.provider_ts) * 1000000)::bigint AS us, "
	    "json_build_object('id', 'in-' || i.id, 'direction', 'in', 'sender', 'youth', "
	    "'kind', i.kind, 'text', CASE WHEN i.kind IN " TEXT_KINDS " THEN i.body END, "
	    "'caption', CASE WHEN i.kind NOT IN " TEXT_KINDS " THEN i.body END, "
	    "'at', " ISO("i.provider_ts") ", 'cursor', "
	    "(extract(epoch FROM i.provider_ts) * 1000000)::bigint || '.0.' || i.id) AS j "
	    "FROM message_in i WHERE i.contact_id = (SELECT v.contact_id FROM conversation v "
	    "WHERE v.id = $1) AND i.conversation_id = $1 "
	    "UNION ALL "
	    "SELECT o.id, 1, (extract(epoch FROM o.created_at) * 1000000)::bigint, "
	    "json_build_object('id', 'out-' || o.id, 'direction', 'out', "
	    "'sender', CASE WHEN o.staff_id IS NULL THEN 'bot' ELSE 'counsellor' END, "
	    "'alias', s.alias, 'kind', CASE WHEN jsonb_typeof(o.body -> 'choices') = 'array' "
	    "AND jsonb_array_length(o.body -> 'choices') > 0 THEN 'interactive' ELSE 'text' END, "
	    "'text', o.body ->> 'text', 'caption', NULL, 'at', " ISO("o.created_at") ", "
	    "'status', CASE WHEN o.status = 'held' THEN 'queued' ELSE o.status END, "
	    "'error', CASE WHEN o.status = 'failed' THEN COALESCE(o.error_text, o.error_code) END, "
	    "'cursor', (extract(epoch FROM o.created_at) * 1000000)::bigint || '.1.' || o.id) "
	    "FROM message_out o LEFT JOIN staff s ON s.id = o.staff_id "
	    "WHERE o.contact_id = (SELECT v.contact_id FROM conversation v WHERE v.id = $1) "
	    "AND o.conversation_id = $1) m "
	    "WHERE $2::bigint IS NULL OR (m.us, m.k, m.id) < ($2::bigint, $3::int, $4::bigint) "
	    "ORDER BY m.us DESC, m.k DESC, m.id DESC LIMIT $5::int) u" },
	[ST_CONSOLE_NOTES] = { "console_notes", 1,
	    "SELECT COALESCE(json_agg(json_build_object('id', n.id, 'alias', s.alias, "
	    "'text', n.body, 'at', " ISO("n.created_at") ") ORDER BY n.id), '[]')::text "
	    "FROM note n LEFT JOIN staff s ON s.id = n.staff_id WHERE n.conversation_id = $1" },
	[ST_CONSOLE_NOTE_ADD] = { "console_note_add", 3,
	    "INSERT INTO note (conversation_id, staff_id, body) VALUES ($1, $2, $3) RETURNING id" },

	[ST_CONSOLE_LOCK_CONTACT] = { "console_lock_contact", 1,
	    "SELECT pg_advisory_xact_lock($1::bigint)" },
	[ST_CONSOLE_LOCK_STAFF] = { "console_lock_staff", 1,
	    "SELECT id FROM staff WHERE id = $1 FOR UPDATE" },
	/*
	 * The most urgent chat of $1 teams, not in $2, that nobody else is
	 * taking; its contact's lock taken if free (never waited for: the
	 * worker takes that lock first and the row after).
	 */
	[ST_CONSOLE_NEXT] = { "console_next", 2,
	    "WITH c AS (SELECT id, contact_id FROM conversation "
	    "WHERE status = 'queued' AND team = ANY ($1::text[]) AND NOT (id = ANY ($2::bigint[])) "
	    "ORDER BY COALESCE(summary ->> 'reason' = 'crisis', false) DESC, priority DESC, "
	    "queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
	    "SELECT id, contact_id, pg_try_advisory_xact_lock(contact_id) FROM c" },
	/*
	 * Claim $1 for $2 when queued and $2 holds fewer than $3 chats (read
	 * after the staff row's lock): the wait and an audit row with it.
	 */
	[ST_CONSOLE_CLAIM] = { "console_claim", 4,
	    "WITH u AS (UPDATE conversation c SET status = 'assigned', assigned_to = $2, "
	    "assigned_at = now(), updated_at = now() WHERE c.id = $1 AND c.status = $4::text "
	    "AND (SELECT count(*) FROM conversation h WHERE h.assigned_to = $2 "
	    "AND h.status = 'assigned') < $3::bigint "
	    "RETURNING c.id, c.team, c.priority, c.queued_at), "
	    "w AS (INSERT INTO queue_wait (team, priority, queued_at) "
	    "SELECT COALESCE(team, 'JIP'), priority, COALESCE(queued_at, now()) FROM u), "
	    "a AS (INSERT INTO audit (staff_id, action, conversation_id, detail) "
	    "SELECT $2, 'claim', id, jsonb_build_object('team', team, "
	    "'wait_seconds', floor(extract(epoch FROM now() - queued_at))::bigint) FROM u) "
	    "SELECT count(*) FROM u" },
	[ST_CONSOLE_HELD] = { "console_held", 1,
	    "SELECT count(*) FROM conversation WHERE assigned_to = $1 AND status = 'assigned'" },
	/*
	 * $1 conversation, $2 staff (0: the bot), $3 outbound JSON: the
	 * contact's head when it has no open reply, else held behind it.
	 */
	[ST_CONSOLE_OUTBOX] = { "console_outbox", 3,
	    "INSERT INTO message_out (channel, contact_id, conversation_id, body, status, staff_id) "
	    "SELECT k.channel, c.contact_id, c.id, $3::jsonb, "
	    "CASE WHEN EXISTS (SELECT 1 FROM message_out o WHERE o.contact_id = c.contact_id "
	    "AND o.status IN ('held', 'queued', 'sending')) THEN 'held' ELSE 'queued' END, "
	    "NULLIF($2::bigint, 0) FROM conversation c JOIN contact k ON k.id = c.contact_id "
	    "WHERE c.id = $1 RETURNING id, status" },
	/* $1 chat, $2 staff, $3 any holder, $4 team, $5 note or NULL. */
	[ST_CONSOLE_TRANSFER] = { "console_transfer", 6,
	    "WITH o AS (SELECT team FROM conversation WHERE id = $1), "
	    "u AS (UPDATE conversation SET status = 'queued', team = $4, queued_at = now(), "
	    "assigned_to = NULL, assigned_at = NULL, updated_at = now() "
	    "WHERE id = $1 AND status = $6::text AND (assigned_to = $2 OR $3::boolean) "
	    "RETURNING id), "
	    "n AS (INSERT INTO note (conversation_id, staff_id, body) "
	    "SELECT id, $2, $5 FROM u WHERE $5::text IS NOT NULL), "
	    "a AS (INSERT INTO audit (staff_id, action, conversation_id, detail) "
	    "SELECT $2, 'transfer', id, jsonb_build_object('from', (SELECT team FROM o), "
	    "'to', $4::text) FROM u) "
	    "SELECT count(*) FROM u" },
	[ST_CONSOLE_RELEASE] = { "console_release", 4,
	    "WITH u AS (UPDATE conversation SET status = 'bot', assigned_to = NULL, "
	    "assigned_at = NULL, updated_at = now() "
	    "WHERE id = $1 AND status = $4::text AND (assigned_to = $2 OR $3::boolean) "
	    "RETURNING id), "
	    "a AS (INSERT INTO audit (staff_id, action, conversation_id) "
	    "SELECT $2, 'release', id FROM u) "
	    "SELECT count(*) FROM u" },
	[ST_CONSOLE_CLOSE] = { "console_close", 5,
	    "WITH u AS (UPDATE conversation SET status = 'closed', outcome = $4, "
	    "closed_at = now(), updated_at = now() "
	    "WHERE id = $1 AND status = $5::text AND (assigned_to = $2 OR $3::boolean) "
	    "RETURNING id), "
	    "a AS (INSERT INTO audit (staff_id, action, conversation_id, detail) "
	    "SELECT $2, 'close', id, jsonb_build_object('outcome', $4::text) FROM u) "
	    "SELECT count(*) FROM u" },
	/* Today (Europe/Amsterdam): volumes per route, waits per team, crises. */
	[ST_CONSOLE_STATS] = { "console_stats", 0,
	    "WITH d AS (SELECT date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') "
	    "AT TIME ZONE 'Europe/Amsterdam' AS t0), "
	    "t AS (SELECT unnest(ARRAY['JIP', 'JIT', 'CIT']) AS team), "
	    "r AS (SELECT COALESCE(c.summary ->> 'reason', 'bot') AS route, count(*) AS n "
	    "FROM conversation c, d WHERE c.created_at >= d.t0 GROUP BY 1), "
	    "q AS (SELECT c.team, count(*) AS n FROM conversation c, d "
	    "WHERE c.queued_at >= d.t0 GROUP BY 1), "
	    "w AS (SELECT team, count(*) AS n, percentile_cont(0.5) WITHIN GROUP "
	    "(ORDER BY extract(epoch FROM claimed_at - queued_at)) AS med, "
	    "max(extract(epoch FROM claimed_at - queued_at)) AS mx "
	    "FROM queue_wait, d WHERE claimed_at >= d.t0 GROUP BY team), "
	    "nw AS (SELECT team, count(*) AS n FROM conversation WHERE status = 'queued' "
	    "GROUP BY team) "
	    "SELECT json_build_object("
	    "'by_route', COALESCE((SELECT json_object_agg(route, n) FROM r), '{}'::json), "
	    "'by_team', (SELECT json_object_agg(t.team, json_build_object("
	    "'queued', COALESCE(q.n, 0), 'claimed', COALESCE(w.n, 0), "
	    "'waiting_now', COALESCE(nw.n, 0), 'median_wait_seconds', round(w.med)::bigint, "
	    "'max_wait_seconds', round(w.mx)::bigint)) FROM t LEFT JOIN q ON q.team = t.team "
	    "LEFT JOIN w ON w.team = t.team LEFT JOIN nw ON nw.team = t.team), "
	    "'crisis', (SELECT json_build_object('count', count(*), "
	    "'median_claim_seconds', round(percentile_cont(0.5) WITHIN GROUP "
	    "(ORDER BY extract(epoch FROM c.assigned_at - c.queued_at)))::bigint, "
	    "'max_claim_seconds', round(max(extract(epoch FROM c.assigned_at - c.queued_at)))::bigint) "
	    "FROM conversation c, d WHERE c.summary ->> 'reason' = 'crisis' "
	    "AND c.queued_at >= d.t0))::text" },
};

const struct db_stmt_table store_console_table = { stmts, ST_COUNT };

/* ---- helpers ------------------------------------------------------------- */

/* Run statement st and hand back its one text cell (a JSON document). */
static int
console_json(PGconn *conn, int st, const char *const *vals, char **json, char *err,
    size_t errlen)
{
	PGresult *res;

	*json = NULL;
	res = db_stmt_exec(conn, &stmts[st], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || PQgetisnull(res, 0, 0)) {
		util_seterr(err, errlen, "%s: no result", stmts[st].ds_name);
		PQclear(res);
		return -1;
	}
	*json = xstrdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return 0;
}

/* Run st; *found is 1 when it returned a row (whose first cell, an id, goes to *id if given). */
static int
console_found(PGconn *conn, int st, const char *const *vals, int *found, int64_t *id,
    char *err, size_t errlen)
{
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[st], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*found = PQntuples(res) > 0;
	if (*found && id != NULL && store_get_i64(res, 0, 0, id) == -1) {
		util_seterr(err, errlen, "%s: bad id", stmts[st].ds_name);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	return 0;
}

/* Run st that returns one count; *n gets it. */
static int
console_count(PGconn *conn, int st, const char *const *vals, long long *n, char *err,
    size_t errlen)
{
	int64_t v = 0;
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[st], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || store_get_i64(res, 0, 0, &v) == -1) {
		util_seterr(err, errlen, "%s: bad count", stmts[st].ds_name);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	*n = v;
	return 0;
}

/* ---- staff --------------------------------------------------------------- */

void
db_staff_row_free(struct staff_row *r)
{
	free(r->sr_role);
	free(r->sr_teams);
	free(r->sr_alias);
	if (r->sr_hash != NULL)
		explicit_bzero(r->sr_hash, strlen(r->sr_hash));
	free(r->sr_hash);
	memset(r, 0, sizeof(*r));
}

int
db_staff_add(PGconn *conn, const char *login, const char *role, const char *teams,
    const char *alias, const char *hash, int64_t *id, int *exists, char *err, size_t errlen)
{
	const char *vals[5] = { login, role, teams, alias, hash };
	int found;

	if (console_found(conn, ST_STAFF_ADD, vals, &found, id, err, errlen) == -1)
		return -1;
	*exists = !found;
	return 0;
}

int
db_staff_get(PGconn *conn, const char *login, struct staff_row *r, int *found, char *err,
    size_t errlen)
{
	const char *vals[1] = { login };
	PGresult *res;

	memset(r, 0, sizeof(*r));
	res = db_stmt_exec(conn, &stmts[ST_STAFF_GET], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*found = PQntuples(res) == 1;
	if (*found) {
		if (store_get_i64(res, 0, 0, &r->sr_id) == -1) {
			util_seterr(err, errlen, "staff_get: bad id");
			PQclear(res);
			return -1;
		}
		r->sr_role = store_get_str(res, 0, 1);
		r->sr_teams = store_get_str(res, 0, 2);
		r->sr_alias = store_get_str(res, 0, 3);
		r->sr_hash = store_get_str(res, 0, 4);
		r->sr_disabled = strcmp(PQgetvalue(res, 0, 5), "t") == 0;
	}
	PQclear(res);
	return 0;
}

int
db_staff_password(PGconn *conn, const char *login, const char *hash, int *found, char *err,
    size_t errlen)
{
	const char *vals[2] = { login, hash };

	return console_found(conn, ST_STAFF_PASSWORD, vals, found, NULL, err, errlen);
}

int
db_staff_rehash(PGconn *conn, int64_t id, const char *hash, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[2] = { store_idtext(&a, id), hash };

	return db_stmt_run(conn, &stmts[ST_STAFF_REHASH], vals, err, errlen);
}

int
db_staff_disable(PGconn *conn, const char *login, int disable, int *found, char *err,
    size_t errlen)
{
	const char *vals[2] = { login, disable ? "true" : "false" };

	return console_found(conn, ST_STAFF_DISABLE, vals, found, NULL, err, errlen);
}

int
db_staff_teams(PGconn *conn, const char *login, const char *teams, int *found, char *err,
    size_t errlen)
{
	const char *vals[2] = { login, teams };

	return console_found(conn, ST_STAFF_TEAMS, vals, found, NULL, err, errlen);
}

int
db_staff_list(PGconn *conn, PGresult **res, char *err, size_t errlen)
{
	*res = db_stmt_exec(conn, &stmts[ST_STAFF_LIST], NULL, PGRES_TUPLES_OK, err, errlen);
	return *res != NULL ? 0 : -1;
}

/* ---- sessions and failed logins ------------------------------------------ */

int
db_session_add(PGconn *conn, const char *hash, int64_t staff_id, const char *csrf,
    long long idle_s, long long max_s, char *err, size_t errlen)
{
	struct idtext a, b, c;
	const char *vals[5] = { hash, store_idtext(&a, staff_id), csrf,
		store_idtext(&b, idle_s), store_idtext(&c, max_s) };

	return db_stmt_run(conn, &stmts[ST_SESSION_ADD], vals, err, errlen);
}

int
db_session_get(PGconn *conn, const char *hash, long long idle_s, long long max_s,
    struct staff_ident *out, int *found, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[3] = { hash, store_idtext(&a, idle_s), store_idtext(&b, max_s) };
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_SESSION_GET], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*found = 0;
	if (PQntuples(res) == 1) {
		if (store_get_i64(res, 0, 0, &out->si_id) == -1 ||
		    auth_role_parse(PQgetvalue(res, 0, 1), &out->si_role) == -1 ||
		    auth_teams_parse(PQgetvalue(res, 0, 2), &out->si_teams) == -1) {
			util_seterr(err, errlen, "session_get: bad staff row");
			PQclear(res);
			return -1;
		}
		if (out->si_role == ROLE_SUPERVISOR)
			out->si_teams = TEAM_ALL;
		util_copy_utf8(out->si_login, sizeof(out->si_login), PQgetvalue(res, 0, 3));
		util_copy_utf8(out->si_alias, sizeof(out->si_alias), PQgetvalue(res, 0, 4));
		util_copy_utf8(out->si_csrf, sizeof(out->si_csrf), PQgetvalue(res, 0, 5));
		*found = 1;
	}
	PQclear(res);
	return 0;
}

int
db_session_delete(PGconn *conn, const char *hash, char *err, size_t errlen)
{
	const char *vals[1] = { hash };

	return db_stmt_run(conn, &stmts[ST_SESSION_DELETE], vals, err, errlen);
}

int
db_login_failures(PGconn *conn, const char *login, const char *address, long long window_s,
    struct login_failures *lf, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[3] = { login, address, store_idtext(&a, window_s) };
	int64_t v[4];
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_LOGIN_FAILURES], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	for (int i = 0; i < 4; i++)
		if (PQntuples(res) != 1 || store_get_i64(res, 0, i, &v[i]) == -1) {
			util_seterr(err, errlen, "login_failures: bad row");
			PQclear(res);
			return -1;
		}
	PQclear(res);
	lf->lf_login = v[0];
	lf->lf_login_since_s = v[1];
	lf->lf_address = v[2];
	lf->lf_address_since_s = v[3];
	return 0;
}

int
db_login_failure_add(PGconn *conn, const char *login, const char *address, char *err,
    size_t errlen)
{
	const char *vals[2] = { login, address };

	return db_stmt_run(conn, &stmts[ST_LOGIN_FAILURE_ADD], vals, err, errlen);
}

int
db_login_ok(PGconn *conn, int64_t staff_id, const char *login, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[2] = { store_idtext(&a, staff_id), login };

	return db_stmt_run(conn, &stmts[ST_LOGIN_OK], vals, err, errlen);
}

/* ---- audit ----------------------------------------------------------------- */

int
db_audit_add(PGconn *conn, int64_t staff_id, const char *action, int64_t conv_id,
    const char *reason, const char *detail, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[5] = { store_idtext(&a, staff_id), action, store_idtext(&b, conv_id),
		reason, detail };

	return db_stmt_run(conn, &stmts[ST_AUDIT_ADD], vals, err, errlen);
}

int
db_audit_list(PGconn *conn, int64_t before_id, int limit, char **json, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[2] = { store_idtext(&a, before_id), store_idtext(&b, limit) };

	return console_json(conn, ST_AUDIT_LIST, vals, json, err, errlen);
}

/* ---- conversations --------------------------------------------------------- */

int
db_console_access(PGconn *conn, int64_t id, struct conv_access *ca, int *found, char *err,
    size_t errlen)
{
	struct idtext a;
	const char *vals[1] = { store_idtext(&a, id) };
	int64_t w = 0;
	PGresult *res;

	memset(ca, 0, sizeof(*ca));
	res = db_stmt_exec(conn, &stmts[ST_CONSOLE_ACCESS], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*found = PQntuples(res) == 1;
	if (*found) {
		if (store_get_i64(res, 0, 0, &ca->ca_id) == -1 ||
		    store_get_i64(res, 0, 1, &ca->ca_contact_id) == -1 ||
		    store_get_i64(res, 0, 4, &ca->ca_assigned_to) == -1 ||
		    store_get_i64(res, 0, 7, &w) == -1) {
			util_seterr(err, errlen, "console_access: bad row");
			PQclear(res);
			return -1;
		}
		util_copy_utf8(ca->ca_status, sizeof(ca->ca_status), PQgetvalue(res, 0, 2));
		util_copy_utf8(ca->ca_team, sizeof(ca->ca_team), PQgetvalue(res, 0, 3));
		util_copy_utf8(ca->ca_channel, sizeof(ca->ca_channel), PQgetvalue(res, 0, 5));
		util_copy_utf8(ca->ca_language, sizeof(ca->ca_language), PQgetvalue(res, 0, 6));
		ca->ca_window_left = w;
		util_copy_utf8(ca->ca_pseudonym, sizeof(ca->ca_pseudonym), PQgetvalue(res, 0, 8));
		util_copy_utf8(ca->ca_holder_alias, sizeof(ca->ca_holder_alias),
		    PQgetvalue(res, 0, 9));
	}
	PQclear(res);
	return 0;
}

int
db_console_conv_json(PGconn *conn, int64_t id, char **json, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[1] = { store_idtext(&a, id) };

	return console_json(conn, ST_CONSOLE_CONV, vals, json, err, errlen);
}

int
db_console_queue(PGconn *conn, const char *teams, char **json, char *err, size_t errlen)
{
	const char *vals[1] = { teams };

	return console_json(conn, ST_CONSOLE_QUEUE, vals, json, err, errlen);
}

int
db_console_convs(PGconn *conn, int64_t staff_id, int all, const char *status, char **json,
    char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[3] = { store_idtext(&a, staff_id), all ? "true" : "false", status };

	return console_json(conn, ST_CONSOLE_CONVS, vals, json, err, errlen);
}

int
db_console_messages(PGconn *conn, int64_t id, const char *before_us, const char *before_kind,
    const char *before_id, int limit, char **json, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[5] = { store_idtext(&a, id), before_us, before_kind, before_id,
		store_idtext(&b, limit) };

	return console_json(conn, ST_CONSOLE_MESSAGES, vals, json, err, errlen);
}

int
db_console_notes(PGconn *conn, int64_t id, char **json, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[1] = { store_idtext(&a, id) };

	return console_json(conn, ST_CONSOLE_NOTES, vals, json, err, errlen);
}

int
db_console_note_add(PGconn *conn, int64_t id, int64_t staff_id, const char *text,
    int64_t *note_id, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[3] = { store_idtext(&a, id), store_idtext(&b, staff_id), text };
	int found;

	if (console_found(conn, ST_CONSOLE_NOTE_ADD, vals, &found, note_id, err, errlen) == -1)
		return -1;
	if (!found) {
		util_seterr(err, errlen, "console_note_add: no row");
		return -1;
	}
	return 0;
}

/* ---- changing a conversation ----------------------------------------------- */

int
db_console_lock_contact(PGconn *conn, int64_t contact_id, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[1] = { store_idtext(&a, contact_id) };
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_CONSOLE_LOCK_CONTACT], vals, PGRES_TUPLES_OK, err,
	    errlen);
	if (res == NULL)
		return -1;
	PQclear(res);
	return 0;
}

int
db_console_lock_staff(PGconn *conn, int64_t staff_id, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[1] = { store_idtext(&a, staff_id) };
	int found;

	if (console_found(conn, ST_CONSOLE_LOCK_STAFF, vals, &found, NULL, err, errlen) == -1)
		return -1;
	if (!found) {
		util_seterr(err, errlen, "console_lock_staff: no such staff");
		return -1;
	}
	return 0;
}

int
db_console_next(PGconn *conn, const char *teams, const char *exclude, int64_t *id,
    int64_t *contact_id, int *locked, int *found, char *err, size_t errlen)
{
	const char *vals[2] = { teams, exclude };
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_CONSOLE_NEXT], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*found = PQntuples(res) == 1;
	*locked = 0;
	if (*found) {
		if (store_get_i64(res, 0, 0, id) == -1 || store_get_i64(res, 0, 1, contact_id) == -1) {
			util_seterr(err, errlen, "console_next: bad row");
			PQclear(res);
			return -1;
		}
		*locked = strcmp(PQgetvalue(res, 0, 2), "t") == 0;
	}
	PQclear(res);
	return 0;
}

int
db_console_claim(PGconn *conn, int64_t id, int64_t staff_id, long long max_chats, int *claimed,
    char *err, size_t errlen)
{
	struct idtext a, b, c;
	const char *vals[4] = { store_idtext(&a, id), store_idtext(&b, staff_id),
		store_idtext(&c, max_chats), "queued" };
	long long n;

	if (console_count(conn, ST_CONSOLE_CLAIM, vals, &n, err, errlen) == -1)
		return -1;
	*claimed = n == 1;
	return 0;
}

int
db_console_held(PGconn *conn, int64_t staff_id, long long *n, char *err, size_t errlen)
{
	struct idtext a;
	const char *vals[1] = { store_idtext(&a, staff_id) };

	return console_count(conn, ST_CONSOLE_HELD, vals, n, err, errlen);
}

int
db_console_outbox_add(PGconn *conn, int64_t id, int64_t staff_id, const char *body,
    int64_t *out_id, int *held, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[3] = { store_idtext(&a, id), store_idtext(&b, staff_id), body };
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_CONSOLE_OUTBOX], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || store_get_i64(res, 0, 0, out_id) == -1) {
		util_seterr(err, errlen, "console_outbox: no row");
		PQclear(res);
		return -1;
	}
	*held = strcmp(PQgetvalue(res, 0, 1), "held") == 0;
	PQclear(res);
	return 0;
}

int
db_console_transfer(PGconn *conn, int64_t id, int64_t staff_id, int any, const char *team,
    const char *note, int *done, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[6] = { store_idtext(&a, id), store_idtext(&b, staff_id),
		any ? "true" : "false", team, note, "assigned" };
	long long n;

	if (console_count(conn, ST_CONSOLE_TRANSFER, vals, &n, err, errlen) == -1)
		return -1;
	*done = n == 1;
	return 0;
}

int
db_console_release(PGconn *conn, int64_t id, int64_t staff_id, int any, int *done, char *err,
    size_t errlen)
{
	struct idtext a, b;
	const char *vals[4] = { store_idtext(&a, id), store_idtext(&b, staff_id),
		any ? "true" : "false", "assigned" };
	long long n;

	if (console_count(conn, ST_CONSOLE_RELEASE, vals, &n, err, errlen) == -1)
		return -1;
	*done = n == 1;
	return 0;
}

int
db_console_close(PGconn *conn, int64_t id, int64_t staff_id, int any, const char *outcome,
    int *done, char *err, size_t errlen)
{
	struct idtext a, b;
	const char *vals[5] = { store_idtext(&a, id), store_idtext(&b, staff_id),
		any ? "true" : "false", outcome, "assigned" };
	long long n;

	if (console_count(conn, ST_CONSOLE_CLOSE, vals, &n, err, errlen) == -1)
		return -1;
	*done = n == 1;
	return 0;
}

int
db_console_stats(PGconn *conn, char **json, char *err, size_t errlen)
{
	return console_json(conn, ST_CONSOLE_STATS, NULL, json, err, errlen);
}
