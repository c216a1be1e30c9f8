/*
 * store_wait.c — the store of the young person's wait: the figures a
 * queued chat is told (its place in the queue, its team's typical wait
 * from queue_wait), and the statements of the console's periodic jobs
 * (src/console_jobs.c): crisis_unclaimed and idle alerts, the on-call
 * page's contact and message, the closed-team notice.
 *
 * Each alert is raised once: a statement inserts it only when the chat
 * has none of its kind since the moment it is about (queued, idle since).
 * The jobs hold one transaction-scoped lock, so one daemon runs them at a
 * time; rows of a contact a worker is stepping are skipped (the worker's
 * advisory lock) and taken on the next run. A statement's snapshot is
 * older than the contact locks it takes: the chats it acts on are read
 * FOR UPDATE (SKIP LOCKED), so that a chat a worker changed and committed
 * in between is judged as it is now (no notice to a chat that has just
 * left the queue), not as the snapshot shows it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "praatpaal.h"
#include "store.h"
#include "store_wait.h"

enum {
	ST_WAIT_ESTIMATE,
	ST_JOBS_LOCK,
	ST_JOBS_CRISIS,
	ST_JOBS_CIT_ONLINE,
	ST_JOBS_IDLE,
	ST_JOBS_CLOSED,
	ST_JOBS_CONTACT,
	ST_JOBS_SEND,
	ST_COUNT
};

/* The columns of a struct wait_chat, from n (the chats) joined to v and ct. */
#define SQL_WAIT_CHAT \
	"SELECT n.id, n.contact_id, ct.channel, v.language, ct.pseudonym, " \
	"COALESCE(extract(epoch FROM now() - v.queued_at), 0)::bigint " \
	"FROM n JOIN conversation v ON v.id = n.id JOIN contact ct ON ct.id = n.contact_id"

static const struct db_stmt stmts[ST_COUNT] = {
	/*
	 * Conversation $1 queued for team $2 at priority $3: how many of the
	 * team's queue come before it (higher priority, or the same and
	 * queued earlier), and the median wait of the team's recent claims.
	 */
	[ST_WAIT_ESTIMATE] = { "wait_estimate", 3,
	    "SELECT (SELECT count(*) FROM (SELECT 1 FROM conversation q "
	    "WHERE q.status = 'queued' AND q.team = $2 AND q.id <> $1 "
	    "AND (q.priority > $3::int OR (q.priority = $3::int AND q.queued_at < "
	    "(SELECT c.queued_at FROM conversation c WHERE c.id = $1))) "
	    "ORDER BY q.team, q.priority DESC, q.queued_at "	/* conversation_queue's order */
	    "LIMIT " SQL_NUM(QUEUE_AHEAD_MAX) ") a), "
	    "(SELECT extract(epoch FROM percentile_cont(0.5) WITHIN GROUP "
	    "(ORDER BY w.claimed_at - w.queued_at))::bigint FROM "
	    "(SELECT claimed_at, queued_at FROM queue_wait WHERE team = $2 "
	    "AND claimed_at > now() - make_interval(hours => " SQL_NUM(QUEUE_WAIT_RECENT_H) ") "
	    "ORDER BY claimed_at DESC LIMIT " SQL_NUM(QUEUE_WAIT_SAMPLE) ") w)" },
	/* Two int4 keys: a space apart from the workers' one-key contact locks. */
	[ST_JOBS_LOCK] = { "jobs_lock", 0,
	    "SELECT pg_try_advisory_xact_lock(1886416993, 1)" },
	[ST_JOBS_CRISIS] = { "jobs_crisis", 1,
	    "WITH c AS (SELECT v.id, v.contact_id, v.queued_at FROM conversation v "
	    "WHERE v.status = 'queued' AND v.team = 'CIT' "
	    "AND v.priority >= " SQL_NUM(QUEUE_CRISIS_PRIORITY) " "
	    "AND v.queued_at <= now() - make_interval(secs => $1::bigint) "
	    "AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.conversation_id = v.id "
	    "AND a.category = 'crisis_unclaimed' AND a.created_at >= v.queued_at) "
	    "ORDER BY v.team, v.priority DESC, v.queued_at "	/* conversation_queue: the longest wait first */
	    "LIMIT " SQL_NUM(CONSOLE_JOBS_BATCH) " FOR UPDATE OF v SKIP LOCKED), "
	    "n AS MATERIALIZED (SELECT * FROM c WHERE pg_try_advisory_xact_lock(c.contact_id)), "
	    "i AS (INSERT INTO alert (conversation_id, category) "
	    "SELECT id, 'crisis_unclaimed' FROM n) "
	    SQL_WAIT_CHAT },
	/*
	 * The recent sessions first (staff_session_seen), each one's staff by
	 * key (a subplan: the planner does not turn it into a join reading staff whole).
	 */
	[ST_JOBS_CIT_ONLINE] = { "jobs_cit_online", 1,
	    "SELECT EXISTS (SELECT 1 FROM (SELECT staff_id FROM staff_session "
	    "WHERE last_seen_at > now() - make_interval(secs => $1::bigint) "
	    "ORDER BY last_seen_at DESC LIMIT " SQL_NUM(CONSOLE_SESSIONS_SCAN) ") s "
	    "WHERE (SELECT st.role = 'counsellor' AND 'CIT' = ANY (st.teams) "
	    "AND st.disabled_at IS NULL FROM staff st WHERE st.id = s.staff_id))" },
	/*
	 * Idle since: the young person's first message after the counsellor's
	 * last reply, or the claim when that came later. Assigned chats are
	 * few (counsellors times max_chats): the batch is all of them.
	 */
	[ST_JOBS_IDLE] = { "jobs_idle", 1,
	    "WITH c AS (SELECT v.id, v.contact_id, v.assigned_at FROM conversation v "
	    "WHERE v.status = 'assigned' "
	    "AND v.assigned_at <= now() - make_interval(secs => $1::bigint) "
	    "ORDER BY v.assigned_at LIMIT " SQL_NUM(CONSOLE_JOBS_BATCH) "), "
	    "s AS (SELECT c.id, GREATEST(c.assigned_at, u.first) AS since FROM c "
	    "CROSS JOIN LATERAL (SELECT min(i.received_at) AS first FROM message_in i "
	    "WHERE i.contact_id = c.contact_id AND i.conversation_id = c.id "
	    "AND i.received_at > COALESCE("
	    "(SELECT max(o.created_at) FROM message_out o WHERE o.contact_id = c.contact_id "
	    "AND o.conversation_id = c.id "
	    "AND o.staff_id IS NOT NULL), '-infinity')) u WHERE u.first IS NOT NULL) "
	    "INSERT INTO alert (conversation_id, category) SELECT s.id, 'idle' FROM s "
	    "WHERE s.since <= now() - make_interval(secs => $1::bigint) "
	    "AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.conversation_id = s.id "
	    "AND a.category = 'idle' AND a.created_at >= s.since)" },
	[ST_JOBS_CLOSED] = { "jobs_closed", 2,
	    "WITH c AS (SELECT v.id, v.contact_id FROM conversation v "
	    "WHERE v.status = 'queued' AND v.team = $1 "
	    "AND v.queued_at < to_timestamp($2::bigint / 1000.0) "
	    "AND (v.closed_notice_at IS NULL OR v.closed_notice_at < to_timestamp($2::bigint / 1000.0)) "
	    "ORDER BY v.team, v.priority DESC, v.queued_at "	/* conversation_queue's order */
	    "LIMIT " SQL_NUM(CONSOLE_JOBS_BATCH) " FOR UPDATE OF v SKIP LOCKED), "
	    "n AS MATERIALIZED (SELECT * FROM c WHERE pg_try_advisory_xact_lock(c.contact_id)), "
	    "u AS (UPDATE conversation v SET closed_notice_at = now(), "
	    "priority = GREATEST(v.priority, " SQL_NUM(QUEUE_CARRYOVER_PRIORITY) "), "
	    "updated_at = now() FROM n WHERE v.id = n.id) "
	    SQL_WAIT_CHAT },
	[ST_JOBS_CONTACT] = { "jobs_contact", 2,
	    "WITH f AS (SELECT id FROM contact WHERE channel = 'sms' AND address = $1), "
	    "i AS (INSERT INTO contact (channel, address, pseudonym) "
	    "SELECT 'sms', $1, $2 WHERE NOT EXISTS (SELECT 1 FROM f) "
	    "ON CONFLICT DO NOTHING RETURNING id) "
	    "SELECT id FROM f UNION ALL SELECT id FROM i" },
	[ST_JOBS_SEND] = { "jobs_send", 4,
	    "INSERT INTO message_out (channel, contact_id, conversation_id, body, status) "
	    "VALUES ($1, $2, $3, $4::jsonb, CASE WHEN EXISTS (SELECT 1 FROM message_out o "
	    "WHERE o.contact_id = $2 AND o.status IN ('held', 'queued', 'sending')) "
	    "THEN 'held' ELSE 'queued' END) RETURNING id, status" },
};

const struct db_stmt_table store_wait_table = { stmts, ST_COUNT };

int
db_wait_estimate(PGconn *conn, struct conversation *cv, char *err, size_t errlen)
{
	struct idtext	 id, prio;
	const char	*vals[3];
	PGresult	*res;
	int64_t		 ahead, wait;

	cv->cv_queue_ahead = -1;
	cv->cv_queue_wait_s = -1;
	if (cv->cv_team == NULL)
		return 0;
	vals[0] = store_idtext(&id, cv->cv_id);
	vals[1] = cv->cv_team;
	vals[2] = store_idtext(&prio, cv->cv_priority);
	res = db_stmt_exec(conn, &stmts[ST_WAIT_ESTIMATE], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || store_get_i64(res, 0, 0, &ahead) == -1 ||
	    store_get_i64(res, 0, 1, &wait) == -1) {
		PQclear(res);
		snprintf(err, errlen, "wait_estimate: bad row");
		return -1;
	}
	cv->cv_queue_ahead = (int)ahead;
	cv->cv_queue_wait_s = PQgetisnull(res, 0, 1) ? -1 : wait;
	PQclear(res);
	return 0;
}

int
db_jobs_lock(PGconn *conn, int *got, char *err, size_t errlen)
{
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_LOCK], NULL, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*got = PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return 0;
}

/* Rows of SQL_WAIT_CHAT into a new array. */
static int
wait_chats(PGresult *res, struct wait_chat **chats, size_t *n, char *err, size_t errlen)
{
	int rows = PQntuples(res);
	struct wait_chat *c;

	*chats = NULL;
	*n = 0;
	if (rows == 0)
		return 0;
	c = xcalloc((size_t)rows, sizeof(*c));
	for (int r = 0; r < rows; r++) {
		if (store_get_i64(res, r, 0, &c[r].wc_conv_id) == -1 ||
		    store_get_i64(res, r, 1, &c[r].wc_contact_id) == -1 ||
		    util_strlcpy(c[r].wc_channel, PQgetvalue(res, r, 2), sizeof(c[r].wc_channel)) == -1 ||
		    util_strlcpy(c[r].wc_lang, PQgetvalue(res, r, 3), sizeof(c[r].wc_lang)) == -1 ||
		    util_strlcpy(c[r].wc_pseudonym, PQgetvalue(res, r, 4),
		    sizeof(c[r].wc_pseudonym)) == -1 ||
		    store_get_i64(res, r, 5, &c[r].wc_waited_s) == -1) {
			free(c);
			snprintf(err, errlen, "wait chats: bad row");
			return -1;
		}
	}
	*chats = c;
	*n = (size_t)rows;
	return 0;
}

int
db_jobs_crisis_unclaimed(PGconn *conn, long long after_s, struct wait_chat **chats, size_t *n,
    char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[1] = { store_idtext(&a, after_s) };
	PGresult	*res;
	int		 rc;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_CRISIS], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	rc = wait_chats(res, chats, n, err, errlen);
	PQclear(res);
	return rc;
}

int
db_jobs_cit_online(PGconn *conn, long long idle_s, int *online, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[1] = { store_idtext(&a, idle_s) };
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_CIT_ONLINE], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*online = PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return 0;
}

int
db_jobs_idle(PGconn *conn, long long idle_s, size_t *n, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[1] = { store_idtext(&a, idle_s) };
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_IDLE], vals, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*n = (size_t)strtoul(PQcmdTuples(res), NULL, 10);
	PQclear(res);
	return 0;
}

int
db_jobs_team_closed(PGconn *conn, const char *team, int64_t since_ms, struct wait_chat **chats,
    size_t *n, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { team, store_idtext(&a, since_ms) };
	PGresult	*res;
	int		 rc;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_CLOSED], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	rc = wait_chats(res, chats, n, err, errlen);
	PQclear(res);
	return rc;
}

int
db_jobs_staff_contact(PGconn *conn, const char *address, const char *pseudonym,
    int64_t *contact_id, char *err, size_t errlen)
{
	const char	*vals[2] = { address, pseudonym };
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_CONTACT], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) < 1 || store_get_i64(res, 0, 0, contact_id) == -1) {
		PQclear(res);
		snprintf(err, errlen, "jobs_contact: no row");
		return -1;
	}
	PQclear(res);
	return 0;
}

int
db_jobs_send(PGconn *conn, const char *channel, int64_t contact_id, int64_t conv_id,
    const char *body, int64_t *id, int *held, char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*vals[4] = { channel, store_idtext(&a, contact_id),
			    conv_id > 0 ? store_idtext(&b, conv_id) : NULL, body };
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_JOBS_SEND], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || store_get_i64(res, 0, 0, id) == -1) {
		PQclear(res);
		snprintf(err, errlen, "jobs_send: no row");
		return -1;
	}
	*held = strcmp(PQgetvalue(res, 0, 1), "held") == 0;
	PQclear(res);
	return 0;
}
