/*
 * store_privacy.c — the statements of the privacy jobs (privacy.c): the
 * sweeper that closes idle conversations, retention and erasure.
 *
 * The sweeper locks what it closes with FOR UPDATE SKIP LOCKED and the
 * contact's transaction-scoped advisory lock (pg_try_: a contact a worker
 * is stepping is left for the next run), so several daemons can sweep at
 * once. Retention removes PURGE_CONV_BATCH conversations (with their
 * messages) or contacts per statement, each in its own short transaction, and never touches a conversation that is not closed.
 * Erasure deletes the contact (its rows follow by cascade and by the
 * triggers of migration 0007, which wait for a worker stepping it) and
 * leaves an audit row without personal data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "praatpaal.h"
#include "store.h"
#include "store_privacy.h"
#include "store_research.h"

/* A closed conversation past retention ($1: days). */
#define OLD_CONV \
	"c.status = 'closed' AND c.closed_at < now() - make_interval(days => $1::int)"
/* A contact past retention: old, and every conversation of it too. */
#define OLD_CONTACT \
	"k.created_at < now() - make_interval(days => $1::int) AND NOT EXISTS " \
	"(SELECT 1 FROM conversation c WHERE c.contact_id = k.id AND NOT (" OLD_CONV ")) " \
	"AND NOT EXISTS (SELECT 1 FROM message_in m WHERE m.contact_id = k.id " \
	"AND m.received_at >= now() - make_interval(days => $1::int))"

enum {
	ST_PRIV_SWEEP,
	ST_PRIV_COUNT,
	ST_PRIV_DEL_CONV,
	ST_PRIV_DEL_CONTACT,
	ST_PRIV_ERASE_NEXT,
	ST_PRIV_ERASE_REQUEST,
	ST_PRIV_ERASE_STATUS,
	ST_PRIV_ERASE_DONE,
	ST_PRIV_ERASE_CONTACT,
	ST_PRIV_CONTACTS_OF,
	ST_COUNT
};

static const struct db_stmt stmts[ST_COUNT] = {
	/*
	 * $1 flow id -> expiry minutes (jsonb), $2 minutes for a chat in no
	 * flow, $3 / $4 seconds a queued / assigned chat may stay unchanged.
	 */
	[ST_PRIV_SWEEP] = { "privacy_sweep", 4,
	    "WITH f AS (SELECT key AS flow, value::int AS mins FROM jsonb_each_text($1::jsonb)), "
	    "s AS (SELECT v.id FROM conversation v LEFT JOIN f ON f.flow = v.state ->> 'flow' "
	    "WHERE ((v.status = 'bot' AND v.updated_at < now() - "
	    "make_interval(mins => COALESCE(f.mins, $2::int))) "
	    "OR (v.status = 'queued' AND v.updated_at < now() - make_interval(secs => $3::bigint)) "
	    "OR (v.status = 'assigned' AND v.updated_at < now() - make_interval(secs => $4::bigint))) "
	    "AND NOT EXISTS (SELECT 1 FROM message_in_queue q WHERE q.contact_id = v.contact_id) "
	    "ORDER BY v.updated_at LIMIT " SQL_NUM(PRIVACY_SWEEP_BATCH) " "
	    "FOR UPDATE OF v SKIP LOCKED), "
	    "u AS (UPDATE conversation x SET status = 'closed', outcome = 'expired', "
	    "closed_at = now(), updated_at = now() FROM s "
	    "WHERE x.id = s.id AND pg_try_advisory_xact_lock(x.contact_id) RETURNING x.id), "
	    "a AS (INSERT INTO audit (action, conversation_id, detail) "
	    "SELECT 'close', id, jsonb_build_object('outcome', 'expired') FROM u) "
	    "SELECT count(*) FROM u" },
	/* What retention would remove, per table. */
	[ST_PRIV_COUNT] = { "privacy_count", 1,
	    "SELECT (SELECT count(*) FROM message_in m JOIN conversation c "
	    "ON c.contact_id = m.contact_id AND c.id = m.conversation_id WHERE " OLD_CONV "), "
	    "(SELECT count(*) FROM message_out m JOIN conversation c "
	    "ON c.contact_id = m.contact_id AND c.id = m.conversation_id WHERE " OLD_CONV "), "
	    "(SELECT count(*) FROM conversation c WHERE " OLD_CONV "), "
	    "(SELECT count(*) FROM contact k WHERE " OLD_CONTACT ")" },
	/*
	 * PURGE_CONV_BATCH old conversations, oldest first: their statuses,
	 * then the conversations (0007's trigger removes their messages and
	 * replies). One snapshot: the counts are of what goes.
	 */
	[ST_PRIV_DEL_CONV] = { "privacy_del_conv", 1,
	    "WITH c AS (SELECT c.id, c.contact_id FROM conversation c WHERE " OLD_CONV " "
	    "ORDER BY c.closed_at LIMIT " SQL_NUM(PURGE_CONV_BATCH) " FOR UPDATE SKIP LOCKED), "
	    "d AS (DELETE FROM delivery_event d USING message_out m, c "
	    "WHERE m.contact_id = c.contact_id AND m.conversation_id = c.id "
	    "AND d.channel = m.channel "
	    "AND d.provider_id = m.provider_id), "
	    "x AS (DELETE FROM conversation v USING c WHERE v.id = c.id RETURNING v.id) "
	    "SELECT (SELECT count(*) FROM message_in m JOIN c ON m.contact_id = c.contact_id "
	    "AND m.conversation_id = c.id), "
	    "(SELECT count(*) FROM message_out m JOIN c ON m.contact_id = c.contact_id "
	    "AND m.conversation_id = c.id), "
	    "(SELECT count(*) FROM x)" },
	[ST_PRIV_DEL_CONTACT] = { "privacy_del_contact", 1,
	    "DELETE FROM contact WHERE id IN (SELECT k.id FROM contact k "
	    "WHERE " OLD_CONTACT " LIMIT " SQL_NUM(PURGE_CONV_BATCH) " FOR UPDATE SKIP LOCKED)" },
	/*
	 * The confirmation in chat is sent first (or given up on after a while).
	 */
	[ST_PRIV_ERASE_NEXT] = { "privacy_erase_next", 0,
	    "SELECT e.contact_id FROM erasure_request e LEFT JOIN LATERAL "
	    "(SELECT 1 AS busy FROM message_out m WHERE m.contact_id = e.contact_id "
	    "AND m.status IN ('held', 'queued', 'sending') LIMIT 1) o ON true "
	    "WHERE e.done_at IS NULL AND e.contact_id IS NOT NULL AND (o.busy IS NULL OR "
	    "e.requested_at < now() - interval '" SQL_NUM(ERASE_CONFIRM_WAIT_S) " s') "
	    "ORDER BY e.requested_at LIMIT 1" },
	[ST_PRIV_ERASE_REQUEST] = { "privacy_erase_request", 1,
	    "WITH i AS (INSERT INTO erasure_request (contact_id, pseudonym) "
	    "SELECT id, pseudonym FROM contact WHERE pseudonym = $1 RETURNING 1) "
	    "SELECT count(*) FROM i" },
	[ST_PRIV_ERASE_STATUS] = { "privacy_erase_status", 1,
	    "DELETE FROM delivery_event d USING message_out m WHERE m.contact_id = $1 "
	    "AND d.channel = m.channel AND d.provider_id = m.provider_id" },
	[ST_PRIV_ERASE_DONE] = { "privacy_erase_done", 3,
	    "WITH u AS (UPDATE erasure_request SET done_at = now() "
	    "WHERE contact_id = $1 AND done_at IS NULL RETURNING id) "
	    "INSERT INTO audit (staff_id, action, detail) "
	    "SELECT $3::bigint, 'erasure', jsonb_build_object('via', $2::text, "
	    "'requests', (SELECT count(*) FROM u))" },
	/* Cascades and triggers (0007) take the rest; waits for a worker. */
	[ST_PRIV_ERASE_CONTACT] = { "privacy_erase_contact", 1,
	    "DELETE FROM contact WHERE id = $1" },
	[ST_PRIV_CONTACTS_OF] = { "privacy_contacts_of", 1,
	    "SELECT id FROM contact WHERE pseudonym = $1 ORDER BY id "
	    "LIMIT " SQL_NUM(ERASE_CONTACTS_MAX) },
};

const struct db_stmt_table store_privacy_table = { stmts, ST_COUNT };

static int
privacy_one_row(PGconn *conn, int st, const char *const *vals, PGresult **out,
    char *err, size_t errlen)
{
	PGresult *res = db_stmt_exec(conn, &stmts[st], vals, PGRES_TUPLES_OK, err, errlen);

	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1) {
		snprintf(err, errlen, "%s: %d rows", stmts[st].ds_name, PQntuples(res));
		PQclear(res);
		return -1;
	}
	*out = res;
	return 0;
}

int
db_privacy_sweep(PGconn *conn, const char *expiries, int def_min, long long queued_s,
    long long assigned_s, size_t *closed, char *err, size_t errlen)
{
	char		 d[24], q[24], a[24];
	const char	*vals[4] = { expiries, d, q, a };
	PGresult	*res;

	snprintf(d, sizeof(d), "%d", def_min);
	snprintf(q, sizeof(q), "%lld", queued_s);
	snprintf(a, sizeof(a), "%lld", assigned_s);
	if (privacy_one_row(conn, ST_PRIV_SWEEP, vals, &res, err, errlen) == -1)
		return -1;
	*closed = (size_t)strtoull(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	return 0;
}

int
db_privacy_purge_count(PGconn *conn, long long days, struct purge_counts *pc,
    char *err, size_t errlen)
{
	char		 d[24];
	const char	*vals[1] = { d };
	PGresult	*res;

	snprintf(d, sizeof(d), "%lld", days);
	if (privacy_one_row(conn, ST_PRIV_COUNT, vals, &res, err, errlen) == -1)
		return -1;
	pc->pc_message_in = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	pc->pc_message_out = strtoll(PQgetvalue(res, 0, 1), NULL, 10);
	pc->pc_conversation = strtoll(PQgetvalue(res, 0, 2), NULL, 10);
	pc->pc_contact = strtoll(PQgetvalue(res, 0, 3), NULL, 10);
	PQclear(res);
	return 0;
}

int
db_privacy_purge_batch(PGconn *conn, long long days, struct purge_counts *pc, size_t *n,
    char *err, size_t errlen)
{
	char		 d[24];
	const char	*vals[1] = { d };
	long long	 in, out, conv;
	PGresult	*res;

	snprintf(d, sizeof(d), "%lld", days);
	*n = 0;
	if (privacy_one_row(conn, ST_PRIV_DEL_CONV, vals, &res, err, errlen) == -1)
		return -1;
	in = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	out = strtoll(PQgetvalue(res, 0, 1), NULL, 10);
	conv = strtoll(PQgetvalue(res, 0, 2), NULL, 10);
	PQclear(res);
	if (conv > 0) {
		pc->pc_message_in += in;
		pc->pc_message_out += out;
		pc->pc_conversation += conv;
		*n = (size_t)conv;
		return 0;
	}
	res = db_stmt_exec(conn, &stmts[ST_PRIV_DEL_CONTACT], vals, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*n = (size_t)strtoull(PQcmdTuples(res), NULL, 10);
	pc->pc_contact += (long long)*n;
	PQclear(res);
	return 0;
}

int
db_privacy_erasure_next(PGconn *conn, int64_t *contact_id, char *err, size_t errlen)
{
	PGresult *res;

	res = db_stmt_exec(conn, &stmts[ST_PRIV_ERASE_NEXT], NULL, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*contact_id = PQntuples(res) == 1 ? strtoll(PQgetvalue(res, 0, 0), NULL, 10) : 0;
	PQclear(res);
	return 0;
}

int
db_privacy_erasure_request(PGconn *conn, const char *pseudonym, size_t *n,
    char *err, size_t errlen)
{
	const char	*vals[1] = { pseudonym };
	PGresult	*res;

	if (privacy_one_row(conn, ST_PRIV_ERASE_REQUEST, vals, &res, err, errlen) == -1)
		return -1;
	*n = (size_t)strtoull(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	return 0;
}

int
db_privacy_erase_contact(PGconn *conn, int64_t contact_id, const char *via, int64_t staff_id,
    char *err, size_t errlen)
{
	struct idtext	 a, s;
	const char	*one[1] = { store_idtext(&a, contact_id) };
	const char	*done[3] = { a.it_s, via, staff_id > 0 ? store_idtext(&s, staff_id) : NULL };
	size_t		 copies;

	if (db_begin(conn, err, errlen) == -1)
		return -1;
	if (db_research_forget_contact(conn, contact_id, &copies, err, errlen) == -1 ||
	    db_stmt_run(conn, &stmts[ST_PRIV_ERASE_STATUS], one, err, errlen) == -1 ||
	    db_stmt_run(conn, &stmts[ST_PRIV_ERASE_DONE], done, err, errlen) == -1 ||
	    db_stmt_run(conn, &stmts[ST_PRIV_ERASE_CONTACT], one, err, errlen) == -1)
		goto fail;
	return db_commit(conn, err, errlen);
fail:
	db_rollback(conn);
	return -1;
}

int
db_privacy_contacts_of(PGconn *conn, const char *pseudonym, int64_t *ids, size_t *n,
    char *err, size_t errlen)
{
	const char	*vals[1] = { pseudonym };
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_PRIV_CONTACTS_OF], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*n = 0;
	for (int i = 0; i < PQntuples(res) && *n < ERASE_CONTACTS_MAX; i++)
		ids[(*n)++] = strtoll(PQgetvalue(res, i, 0), NULL, 10);
	PQclear(res);
	return 0;
}
