/*
 * store_outbox.c — the sender's store: the outbox queue (message_out).
 * A contact has at most one head ('queued' or 'sending'); its other open
 * replies wait 'held' and are promoted one at a time, so a contact's
 * replies go out in order. Senders claim due heads under a lease, record
 * what became of them in one pipelined transaction, and sweep up rows
 * whose lease ran out or that lost their head. A row whose lease ran out
 * is in doubt (its sender may have reached the provider before dying): it
 * waits [sender] doubt_window for a status webhook naming it
 * (store_ingest.c records the send then) before it is sent again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_outbox.h"
#include "store.h"

enum {
	ST_OUTBOX_CLAIM,
	ST_OUTBOX_CLAIM_GIVEN,
	ST_OUTBOX_REQUEUE,
	ST_OUTBOX_RELEASE,
	ST_OUTBOX_SENT,
	ST_OUTBOX_PROMOTE,
	ST_OUTBOX_LOCK,
	ST_OUTBOX_UNSTRAND,
	ST_OUTBOX_RETRY,
	ST_OUTBOX_FAILED,
	ST_OUTBOX_OPTOUT,
	ST_OUTBOX_NEXT_DUE,
	ST_COUNT
};

/*
 * The second half of the two outbox claims: lease the rows of CTE "due"
 * (id, doubt) for $2 seconds under the claim's number (parameter tok),
 * note when this attempt started, and return what the sender needs to
 * send them; the last column says whether the row was in doubt (it is
 * sent again: 'resent').
 */
#define SQL_CLAIM_LEASE(tok) \
	"UPDATE message_out m SET status = 'sending', claim_token = " tok "::bigint, " \
	"lease_until = now() + make_interval(secs => $2::int), attempt_at = now(), " \
	"doubt = CASE WHEN due.doubt = 'waiting' THEN 'resent' ELSE m.doubt END, " \
	"updated_at = now() " \
	"FROM due, contact c WHERE m.id = due.id AND c.id = m.contact_id " \
	"RETURNING " SQL_LEASED_COLS("due.doubt")

/*
 * What the sender needs to send a leased row m of contact c (out_row_fill
 * reads them): the last says whether it was in doubt before (its doubt
 * column before the lease, old).
 */
#define SQL_LEASED_COLS(old) \
	"m.id, m.channel, COALESCE(c.address, c.bsuid), m.body::text, m.attempts, c.pseudonym, " \
	"COALESCE((SELECT (extract(epoch FROM max(i.provider_ts)) * 1000)::bigint " \
	"FROM message_in i WHERE i.contact_id = m.contact_id), 0), m.contact_id, " \
	old " IS NOT DISTINCT FROM 'waiting'"

/* ST_OUTBOX_PROMOTE: whether promoted row m (rank n.rn) is leased too. */
#define SQL_PROMOTE_LEASE "(n.rn <= $3::int AND m.next_attempt_at <= now())"

static const struct db_stmt stmts[ST_COUNT] = {
	/*
	 * Due heads (one per contact at most, so reply 2 never overtakes reply
	 * 1), skipping rows another sender holds, leased: a sender that dies
	 * leaves rows that ST_OUTBOX_REQUEUE puts back after the lease. Reads
	 * message_out_ready in order up to the LIMIT: every row it reads is
	 * claimable, whatever waits behind the heads.
	 */
	[ST_OUTBOX_CLAIM] = { "outbox_claim", 3,
	    "WITH due AS (SELECT o.id, o.doubt FROM message_out o "
	    "WHERE o.status = 'queued' AND o.next_attempt_at <= now() "
	    "ORDER BY o.next_attempt_at, o.id LIMIT $1::int FOR UPDATE OF o SKIP LOCKED) "
	    SQL_CLAIM_LEASE("$3") },
	/*
	 * The same for the rows $3 (heads this daemon's workers queued or its
	 * sender promoted): found by primary key, no queue index read. "IS NOT
	 * DISTINCT FROM" keeps the planner off the partial indexes on status
	 * (see ST_OUTBOX_PROMOTE).
	 */
	[ST_OUTBOX_CLAIM_GIVEN] = { "outbox_claim_given", 4,
	    "WITH due AS (SELECT o.id, o.doubt FROM message_out o "
	    "WHERE o.id = ANY ($4::bigint[]) AND o.status IS NOT DISTINCT FROM 'queued' "
	    "AND o.next_attempt_at <= now() "
	    "ORDER BY o.id LIMIT $1::int FOR UPDATE OF o SKIP LOCKED) "
	    SQL_CLAIM_LEASE("$3") },
	/*
	 * Rows whose sender died without recording an answer: in doubt. Back in
	 * the queue, in their old place, but due no earlier than $1 seconds
	 * after their attempt started: a status webhook naming the row
	 * (ST_STATUS_RESOLVE, store_ingest.c) records it as sent meanwhile.
	 */
	[ST_OUTBOX_REQUEUE] = { "outbox_requeue", 1,
	    "UPDATE message_out SET status = 'queued', lease_until = NULL, doubt = 'waiting', "
	    "next_attempt_at = GREATEST(next_attempt_at, "
	    "COALESCE(attempt_at, now()) + make_interval(secs => $1::int)), updated_at = now() "
	    "WHERE status = 'sending' AND lease_until < now()" },
	/*
	 * The rows of claim $1, whose answer the sender never got (the
	 * database went away during it): no request was made for them, so
	 * they go back in the queue as they were, not in doubt. A row that
	 * was in doubt before the claim ('waiting', made 'resent' by it)
	 * still is. Found through message_out_lease (the rows being sent).
	 */
	[ST_OUTBOX_RELEASE] = { "outbox_release", 1,
	    "UPDATE message_out SET status = 'queued', lease_until = NULL, claim_token = NULL, "
	    "doubt = CASE WHEN doubt = 'resent' THEN 'waiting' ELSE doubt END, updated_at = now() "
	    "WHERE status = 'sending' AND claim_token = $1::bigint" },
	/*
	 * Accepted sends ($1 ids, $2 the provider's ids, in id order). A
	 * status report that came before we recorded the provider's id (kept
	 * in delivery_event) is applied at once: the row takes the furthest
	 * status reported, 'sent' when none went further, with that report's
	 * error ('failed': why). One read of delivery_event a row; the outer
	 * join gives one row, of NULLs when nothing came early.
	 */
	[ST_OUTBOX_SENT] = { "outbox_sent", 2,
	    "UPDATE message_out m SET provider_id = u.pid, attempts = attempts + 1, "
	    "sent_at = now(), lease_until = NULL, updated_at = now(), "
	    "(status, error_code, error_text) = (SELECT COALESCE(e.status, 'sent'), e.error_code, "
	    "e.error_text FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT e.status, e.error_code, "
	    "e.error_text FROM delivery_event e WHERE e.channel = m.channel AND e.provider_id = u.pid "
	    "AND e.status <> 'sent' ORDER BY " SQL_RANK("e.status") " DESC LIMIT 1) e ON true) "
	    "FROM unnest($1::bigint[], $2::text[]) AS u (id, pid) WHERE m.id = u.id "
	    "AND m.status IS NOT DISTINCT FROM 'sending'" },
	/*
	 * Contacts $1 (whose head $2 finished, or who got replies behind a
	 * head: $2 0): each one's oldest open row after $2 becomes the head if
	 * it is held. Starting after the finished head skips the index entries
	 * of the contact's earlier replies. Run after the commit that finished
	 * the head or added the rows, so that of a worker adding rows and a
	 * sender finishing the head, at least one sees what the other did; or,
	 * for a contact whose advisory lock the transaction holds
	 * (ST_OUTBOX_LOCK), inside it.
	 * The first $3 new heads that are due are leased at once for $4
	 * seconds under claim $5, as ST_OUTBOX_CLAIM would (the sender that
	 * finished their heads sends them next: one row version, one
	 * statement and one round trip fewer than promoting and claiming);
	 * the others become 'queued'. The last column says which. The
	 * candidates are found through message_out_contact_open and the rows
	 * updated by their primary key; "status IS NOT DISTINCT FROM" rather
	 * than "=" keeps the planner off the partial indexes on status.
	 */
	[ST_OUTBOX_PROMOTE] = { "outbox_promote", 5,
	    "UPDATE message_out m SET status = CASE WHEN " SQL_PROMOTE_LEASE " THEN 'sending' "
	    "ELSE 'queued' END, "
	    "claim_token = CASE WHEN " SQL_PROMOTE_LEASE " THEN $5::bigint ELSE m.claim_token END, "
	    "lease_until = CASE WHEN " SQL_PROMOTE_LEASE " THEN now() + make_interval(secs => $4::int) "
	    "ELSE m.lease_until END, "
	    "attempt_at = CASE WHEN " SQL_PROMOTE_LEASE " THEN now() ELSE m.attempt_at END, "
	    "doubt = CASE WHEN " SQL_PROMOTE_LEASE " AND m.doubt = 'waiting' THEN 'resent' "
	    "ELSE m.doubt END, updated_at = now() "
	    "FROM (SELECT h.id, h.doubt, row_number() OVER (ORDER BY h.id) AS rn "
	    "FROM unnest($1::bigint[], $2::bigint[]) AS d (id, after) "
	    "CROSS JOIN LATERAL (SELECT x.id, x.doubt FROM message_out x "
	    "WHERE x.contact_id = d.id AND x.id > d.after "
	    "AND x.status IN ('held', 'queued', 'sending') ORDER BY x.id LIMIT 1) h) n, contact c "
	    "WHERE m.id = n.id AND m.status IS NOT DISTINCT FROM 'held' AND c.id = m.contact_id "
	    "RETURNING " SQL_LEASED_COLS("n.doubt") ", m.status = 'sending'" },
	/*
	 * Contacts $1 whose heads $2 finished, under their transaction-scoped
	 * advisory lock when it is free: every transaction that adds replies
	 * holds its contact's lock (the worker's claim, the console, the
	 * waiting texts), so a statement after this one sees all the rows
	 * added before and none can be added until the commit: the promotion
	 * may run in this transaction. Never waits. Returns the contacts whose
	 * lock was busy, and their heads, as arrays (NULL: none); they are
	 * promoted after the commit.
	 */
	[ST_OUTBOX_LOCK] = { "outbox_lock", 2,
	    "SELECT array_agg(d.id ORDER BY d.id), array_agg(d.after ORDER BY d.id) "
	    "FROM unnest($1::bigint[], $2::bigint[]) AS d (id, after) "
	    "WHERE NOT pg_try_advisory_xact_lock(d.id)" },
	/*
	 * Held rows whose contact has no head (the promotion after a commit did
	 * not run: a crash, the database gone): the oldest becomes the head.
	 */
	[ST_OUTBOX_UNSTRAND] = { "outbox_unstrand", 0,
	    "UPDATE message_out m SET status = 'queued', updated_at = now() "
	    "WHERE m.id = ANY (ARRAY(SELECT min(id) FROM message_out "
	    "WHERE status IN ('held', 'queued', 'sending') GROUP BY contact_id)) "
	    "AND m.status IS NOT DISTINCT FROM 'held'" },
	[ST_OUTBOX_RETRY] = { "outbox_retry", 4,
	    "UPDATE message_out SET status = 'queued', attempts = attempts + 1, "
	    "next_attempt_at = now() + make_interval(secs => $2::bigint / 1000.0), "
	    "lease_until = NULL, error_code = $3, error_text = $4, updated_at = now() "
	    "WHERE id = $1 AND status IS NOT DISTINCT FROM 'sending'" },
	[ST_OUTBOX_FAILED] = { "outbox_failed", 3,
	    "UPDATE message_out SET status = 'failed', attempts = attempts + 1, lease_until = NULL, "
	    "error_code = $2, error_text = $3, updated_at = now() "
	    "WHERE id = $1 AND status IS NOT DISTINCT FROM 'sending'" },
	/*
	 * Contacts $1 opted out at the provider (Twilio 21610 after an SMS
	 * STOP): recorded, and their replies not sent yet fail at once with
	 * the same code ($2, text $3) instead of each being refused in turn.
	 */
	[ST_OUTBOX_OPTOUT] = { "outbox_optout", 3,
	    "WITH c AS (UPDATE contact SET opted_out_at = COALESCE(opted_out_at, now()) "
	    "WHERE id = ANY ($1::bigint[])) "
	    "UPDATE message_out SET status = 'failed', error_code = $2, error_text = $3, "
	    "updated_at = now() WHERE contact_id = ANY ($1::bigint[]) "
	    "AND status IN ('held', 'queued')" },
	[ST_OUTBOX_NEXT_DUE] = { "outbox_next_due", 0,
	    "SELECT (extract(epoch FROM LEAST("
	    "(SELECT next_attempt_at FROM message_out WHERE status = 'queued' "
	    "ORDER BY next_attempt_at LIMIT 1), "
	    "(SELECT lease_until FROM message_out WHERE status = 'sending' "
	    "ORDER BY lease_until LIMIT 1)) - now()) * 1000)::bigint" },
};

const struct db_stmt_table store_outbox_table = { stmts, ST_COUNT };

/* ---- claiming, the next due row, promoting -------------------------- */

void
db_out_rows_free(struct out_row *rows, size_t n)
{
	if (rows == NULL)
		return;
	for (size_t i = 0; i < n; i++) {
		free(rows[i].or_to);
		free(rows[i].or_body);
	}
	free(rows);
}

/* Row i of an outbox claim (SQL_CLAIM_LEASE's columns) into r: 0, or -1. */
static int
out_row_fill(PGresult *res, int i, struct out_row *r)
{
	int64_t		 attempts;

	r->or_in_doubt = PQgetvalue(res, i, 8)[0] == 't';
	if (store_get_i64(res, i, 0, &r->or_id) == -1 ||
	    channel_parse(PQgetvalue(res, i, 1), &r->or_channel) == -1 ||
	    store_get_i64(res, i, 4, &attempts) == -1 ||
	    store_get_i64(res, i, 6, &r->or_last_inbound_ms) == -1 ||
	    store_get_i64(res, i, 7, &r->or_contact_id) == -1 ||
	    util_strlcpy(r->or_pseudonym, PQgetvalue(res, i, 5), sizeof(r->or_pseudonym)) == -1)
		return -1;
	r->or_attempts = (int)attempts;
	r->or_to = store_get_str(res, i, 2);
	r->or_body = store_get_str(res, i, 3);
	return 0;
}

int
db_outbox_claim(PGconn *conn, size_t max, int lease_s, int64_t token,
    const struct idlist *given, struct out_row **out, size_t *n, char *err, size_t errlen)
{
	char		 maxbuf[24], leasebuf[16], tokbuf[24];
	const char	*vals[4] = { maxbuf, leasebuf, tokbuf, NULL };
	struct buf	 arr;
	PGresult	*res;
	struct out_row	*rows;
	int		 nrows;

	*out = NULL;
	*n = 0;
	snprintf(maxbuf, sizeof(maxbuf), "%zu", max);
	snprintf(leasebuf, sizeof(leasebuf), "%d", lease_s);
	snprintf(tokbuf, sizeof(tokbuf), "%lld", (long long)token);
	buf_init(&arr, 0);
	if (given != NULL) {
		store_id_array(&arr, given->il_ids, given->il_n);
		vals[3] = arr.data;
	}
	res = db_stmt_exec(conn, &stmts[given != NULL ? ST_OUTBOX_CLAIM_GIVEN : ST_OUTBOX_CLAIM],
	    vals, PGRES_TUPLES_OK, err, errlen);
	buf_free(&arr);
	if (res == NULL)
		return -1;
	nrows = PQntuples(res);
	rows = xcalloc(nrows > 0 ? (size_t)nrows : 1, sizeof(*rows));
	for (int i = 0; i < nrows; i++)
		if (out_row_fill(res, i, &rows[i]) == -1) {
			snprintf(err, errlen, "outbox claim: bad row %s", PQgetvalue(res, i, 0));
			db_out_rows_free(rows, (size_t)i);
			PQclear(res);
			return -1;
		}
	PQclear(res);
	*out = rows;
	*n = (size_t)nrows;
	return 0;
}

int
db_outbox_release(PGconn *conn, int64_t token, size_t *n, char *err, size_t errlen)
{
	char		 tokbuf[24];
	const char	*vals[1] = { tokbuf };
	PGresult	*res;

	snprintf(tokbuf, sizeof(tokbuf), "%lld", (long long)token);
	res = db_stmt_exec(conn, &stmts[ST_OUTBOX_RELEASE], vals, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*n = (size_t)strtoull(PQcmdTuples(res), NULL, 10);
	PQclear(res);
	return 0;
}

int
db_outbox_next_due(PGconn *conn, int64_t *ms, char *err, size_t errlen)
{
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_OUTBOX_NEXT_DUE], NULL, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || PQgetisnull(res, 0, 0))
		*ms = -1;
	else if (store_get_i64(res, 0, 0, ms) == -1 || *ms < 0)
		*ms = 0;
	PQclear(res);
	return 0;
}

/*
 * The new heads of a promotion (ST_OUTBOX_PROMOTE's rows): those leased
 * added to *leased (*nleased of them, grown; leased NULL: none can be),
 * the others' ids into heads. -1 when a leased row could not be read.
 */
static int
promote_rows(PGresult *res, struct idlist *heads, struct out_row **leased, size_t *nleased)
{
	int nrows = PQntuples(res), rv = 0, grown = 0;

	for (int r = 0; r < nrows; r++) {
		int64_t id;

		if (PQgetvalue(res, r, 9)[0] == 't' && leased != NULL) {
			if (!grown) {	/* room for all of this answer after those before */
				*leased = xrealloc(*leased, (*nleased + (size_t)nrows) *
				    sizeof(**leased));
				memset(*leased + *nleased, 0, (size_t)nrows * sizeof(**leased));
				grown = 1;
			}
			if (out_row_fill(res, r, &(*leased)[*nleased]) == 0)
				(*nleased)++;
			else
				rv = -1;
		} else if (store_get_i64(res, r, 0, &id) == 0)
			idlist_add(heads, id);
	}
	return rv;
}

/*
 * ST_OUTBOX_PROMOTE on its own: vals as that statement's parameters, the
 * leased rows added to *leased (leased NULL: none can be). -1 when the
 * statement failed (err) or a leased row could not be read.
 */
static int
promote_exec(PGconn *conn, const char *const vals[5], struct idlist *heads,
    struct out_row **leased, size_t *nleased, char *err, size_t errlen)
{
	PGresult	*res;
	int		 rv;

	res = db_stmt_exec(conn, &stmts[ST_OUTBOX_PROMOTE], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	rv = promote_rows(res, heads, leased, nleased);
	PQclear(res);
	return rv;
}

int
db_outbox_promote(PGconn *conn, const char *contacts, const char *after, struct idlist *heads,
    char *err, size_t errlen)
{
	const char *vals[5] = { contacts, after, "0", "0", "0" };	/* none leased */

	return promote_exec(conn, vals, heads, NULL, NULL, err, errlen);
}

/* ---- recording results -------------------------------------------------- */

/*
 * db_outbox_record's statements through db_pipe_run, after its BEGIN: a
 * retried or failed send is one UPDATE each; the accepted sends are one
 * UPDATE for all (RS_SENT, which also applies statuses that came early);
 * the contacts the provider reports opted out, with their replies not
 * sent yet (RS_OPTOUT); the advisory locks of the contacts whose head
 * finished (RS_LOCK); the promotion of the next held row of each of them
 * (RS_PROMOTE), which leases up to rc_lease->ol_max of them for the
 * sender at once; then COMMIT. The promotion counts for the contacts whose
 * lock it got; those whose lock a worker held are promoted again after
 * the commit, in a transaction of their own (record_promote_busy), so that
 * it sees the rows that worker committed. A failed promotion after the
 * commit is not a failed record: the sweep in db_outbox_requeue makes up
 * for it.
 */
enum { RS_SENT, RS_OPTOUT, RS_LOCK, RS_PROMOTE, RS_COMMIT, RS_COUNT };

struct record_ctx {
	const struct out_result	*rc_res;
	size_t			 rc_n;
	size_t			 rc_nsent;
	size_t			 rc_ndone;	/* sent or failed: a head finished */
	size_t			 rc_noptout;	/* failed: the contact opted out */
	const struct out_result	*rc_optout;	/* the first of them (its code and text) */
	struct buf		 rc_sent_ids;
	struct buf		 rc_sent_pids;
	struct buf		 rc_done_ids;	/* their contacts */
	struct buf		 rc_done_after;	/* and the finished rows */
	struct buf		 rc_optout_ids;	/* contacts opted out at the provider */
	int			 rc_promote_failed;
	int			 rc_committed;	/* the COMMIT was answered: recorded */
	PGresult		*rc_busy;	/* RS_LOCK's answer: contacts locked elsewhere */
	struct idlist		*rc_heads;	/* promoted rows, not leased */
	struct out_lease	*rc_lease;	/* promoted rows leased, and how */
	char			 rc_lease_max[24], rc_lease_s[16], rc_lease_token[24];
};

static int
record_want(void *ctx, size_t i)
{
	struct record_ctx *rc = ctx;

	if (i < rc->rc_n)
		return rc->rc_res[i].ors_kind != OUTR_SENT;
	switch (i - rc->rc_n) {
	case RS_SENT:
		return rc->rc_nsent > 0;
	case RS_LOCK:
	case RS_PROMOTE:
		return rc->rc_ndone > 0;
	case RS_OPTOUT:
		return rc->rc_noptout > 0;
	default:
		return 1;
	}
}

/* A retried or failed send: the statements before rc_n, one each. */
static int
record_send_one(PGconn *conn, const struct out_result *r, char *err, size_t errlen)
{
	struct idtext	 id, delay;
	const char	*vals[4];

	vals[0] = store_idtext(&id, r->ors_id);
	if (r->ors_kind == OUTR_RETRY) {
		vals[1] = store_idtext(&delay, r->ors_delay_ms > 0 ? r->ors_delay_ms : 0);
		vals[2] = r->ors_code;
		vals[3] = r->ors_text;
		return db_stmt_send(conn, &stmts[ST_OUTBOX_RETRY], vals, err, errlen);
	}
	vals[1] = r->ors_code;
	vals[2] = r->ors_text;
	return db_stmt_send(conn, &stmts[ST_OUTBOX_FAILED], vals, err, errlen);
}

/* The contacts opted out at the provider, and their replies not sent yet. */
static int
record_send_optout(PGconn *conn, const struct record_ctx *rc, char *err, size_t errlen)
{
	const char	*vals[3];

	vals[0] = rc->rc_optout_ids.data;
	vals[1] = rc->rc_optout->ors_code;
	vals[2] = "not sent: the recipient opted out at the provider";
	return db_stmt_send(conn, &stmts[ST_OUTBOX_OPTOUT], vals, err, errlen);
}

static int
record_send(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct record_ctx	*rc = ctx;
	const char		*vals[5];

	if (i < rc->rc_n)
		return record_send_one(conn, &rc->rc_res[i], err, errlen);
	switch (i - rc->rc_n) {
	case RS_SENT:
		vals[0] = rc->rc_sent_ids.data;
		vals[1] = rc->rc_sent_pids.data;
		return db_stmt_send(conn, &stmts[ST_OUTBOX_SENT], vals, err, errlen);
	case RS_LOCK:
		vals[0] = rc->rc_done_ids.data;
		vals[1] = rc->rc_done_after.data;
		return db_stmt_send(conn, &stmts[ST_OUTBOX_LOCK], vals, err, errlen);
	case RS_PROMOTE:
		vals[0] = rc->rc_done_ids.data;
		vals[1] = rc->rc_done_after.data;
		vals[2] = rc->rc_lease_max;
		vals[3] = rc->rc_lease_s;
		vals[4] = rc->rc_lease_token;
		return db_stmt_send(conn, &stmts[ST_OUTBOX_PROMOTE], vals, err, errlen);
	case RS_OPTOUT:
		return record_send_optout(conn, rc, err, errlen);
	default:
		return db_pipe_commit(conn, err, errlen);
	}
}

static int
record_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct record_ctx *rc = ctx;
	PGresult *res = NULL;

	if (i == rc->rc_n + RS_LOCK)
		return db_pipe_read(conn, "outbox_lock", PGRES_TUPLES_OK, &rc->rc_busy, err,
		    errlen);
	if (i == rc->rc_n + RS_PROMOTE) {
		if (db_pipe_read(conn, "outbox_promote", PGRES_TUPLES_OK, &res, err, errlen) == -1)
			return -1;
		/* A leased row not read: all go back with the claim number. */
		if (promote_rows(res, rc->rc_heads, &rc->rc_lease->ol_rows,
		    &rc->rc_lease->ol_n) == -1)
			rc->rc_promote_failed = 1;
		PQclear(res);
		return 0;
	}
	if (i == rc->rc_n + RS_COMMIT) {
		if (db_pipe_read(conn, "commit", PGRES_COMMAND_OK, NULL, err, errlen) == -1)
			return -1;
		rc->rc_committed = 1;
		return 0;
	}
	return db_pipe_read(conn, "outbox_record", PGRES_COMMAND_OK, NULL, err, errlen);
}

static const struct pipe_calls record_calls = { record_want, record_send, record_read };

static int
out_result_cmp(const void *a, const void *b)
{
	const struct out_result *x = a, *y = b;

	return x->ors_id < y->ors_id ? -1 : x->ors_id > y->ors_id;
}

/* The arrays of rc from its sorted results: the finished heads, and the sends among them. */
static void
record_ctx_fill(struct record_ctx *rc)
{
	buf_init(&rc->rc_sent_ids, 0);
	buf_init(&rc->rc_sent_pids, 0);
	buf_init(&rc->rc_done_ids, 0);
	buf_init(&rc->rc_done_after, 0);
	buf_init(&rc->rc_optout_ids, 0);
	for (size_t i = 0; i < rc->rc_n; i++) {
		const struct out_result *r = &rc->rc_res[i];

		if (r->ors_kind == OUTR_RETRY)
			continue;
		if (r->ors_kind == OUTR_FAILED && r->ors_optout) {
			store_array_id(&rc->rc_optout_ids, r->ors_contact_id);
			if (rc->rc_noptout++ == 0)
				rc->rc_optout = r;
		}
		store_array_id(&rc->rc_done_ids, r->ors_contact_id);
		store_array_id(&rc->rc_done_after, r->ors_id);
		rc->rc_ndone++;
		if (r->ors_kind != OUTR_SENT)
			continue;
		store_array_id(&rc->rc_sent_ids, r->ors_id);
		store_array_text(&rc->rc_sent_pids, r->ors_provider_id != NULL ?
		    r->ors_provider_id : "");
		rc->rc_nsent++;
	}
	(void)store_array_end(&rc->rc_sent_ids);
	(void)store_array_end(&rc->rc_sent_pids);
	(void)store_array_end(&rc->rc_done_ids);
	(void)store_array_end(&rc->rc_done_after);
	(void)store_array_end(&rc->rc_optout_ids);
}

/*
 * After the commit: the contacts whose advisory lock was busy (RS_LOCK),
 * promoted in a transaction of their own, leasing what room is left.
 */
static void
record_promote_busy(PGconn *conn, struct record_ctx *rc)
{
	struct out_lease	*l = rc->rc_lease;
	char			 maxbuf[24], err[256];
	const char		*vals[5];

	if (rc->rc_busy == NULL || PQntuples(rc->rc_busy) != 1 ||
	    PQgetisnull(rc->rc_busy, 0, 0))
		return;
	snprintf(maxbuf, sizeof(maxbuf), "%zu", l->ol_max > l->ol_n ? l->ol_max - l->ol_n : 0);
	vals[0] = PQgetvalue(rc->rc_busy, 0, 0);
	vals[1] = PQgetvalue(rc->rc_busy, 0, 1);
	vals[2] = maxbuf;
	vals[3] = rc->rc_lease_s;
	vals[4] = rc->rc_lease_token;
	if (promote_exec(conn, vals, rc->rc_heads, &l->ol_rows, &l->ol_n, err, sizeof(err)) == -1)
		rc->rc_promote_failed = 1;
}

static void
record_ctx_free(struct record_ctx *rc)
{
	PQclear(rc->rc_busy);
	buf_free(&rc->rc_sent_ids);
	buf_free(&rc->rc_sent_pids);
	buf_free(&rc->rc_done_ids);
	buf_free(&rc->rc_done_after);
	buf_free(&rc->rc_optout_ids);
}

int
db_outbox_record(PGconn *conn, const struct out_result *res, size_t n, int *promoted,
    struct idlist *heads, struct out_lease *lease, char *err, size_t errlen)
{
	static const int	 used[] = { ST_OUTBOX_SENT, ST_OUTBOX_LOCK, ST_OUTBOX_PROMOTE,
				    ST_OUTBOX_RETRY, ST_OUTBOX_FAILED, ST_OUTBOX_OPTOUT };
	struct record_ctx	 rc;
	struct out_result	*sorted;
	int			 rv = 0, prc;

	*promoted = 0;
	if (n == 0)
		return 0;
	for (size_t i = 0; i < NELEM(used); i++)
		if (db_stmt_prepare(conn, &stmts[used[i]], err, errlen) == -1)
			return -1;
	/* In id order: rows are locked alike by every sender. */
	sorted = xcalloc(n, sizeof(*sorted));
	memcpy(sorted, res, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), out_result_cmp);
	memset(&rc, 0, sizeof(rc));
	rc.rc_res = sorted;
	rc.rc_n = n;
	rc.rc_heads = heads;
	rc.rc_lease = lease;
	lease->ol_rows = NULL;
	lease->ol_n = 0;
	snprintf(rc.rc_lease_max, sizeof(rc.rc_lease_max), "%zu", lease->ol_max);
	snprintf(rc.rc_lease_s, sizeof(rc.rc_lease_s), "%d", lease->ol_lease_s);
	snprintf(rc.rc_lease_token, sizeof(rc.rc_lease_token), "%lld",
	    (long long)lease->ol_token);
	record_ctx_fill(&rc);
	prc = db_pipe_run(conn, &record_calls, &rc, n + RS_COUNT, 1, err, errlen);
	if (prc == -1 && !rc.rc_committed) {
		db_rollback(conn);
		/* rolled back: the rows its promotion leased are no one's */
		db_out_rows_free(lease->ol_rows, lease->ol_n);
		lease->ol_rows = NULL;
		lease->ol_n = 0;
		rv = -1;
	} else {
		/*
		 * Committed: the results are in, whatever failed after (the
		 * sync point, the connection, the promotion of the contacts
		 * locked elsewhere). Recording them again would count the
		 * attempts twice. The promotion counts only when all of it was
		 * answered.
		 */
		if (prc == 0)
			record_promote_busy(conn, &rc);
		*promoted = prc == 0 && !rc.rc_promote_failed;
	}
	record_ctx_free(&rc);
	free(sorted);
	return rv;
}

/* ---- keeping the queue moving ------------------------------------------- */

int
db_outbox_requeue(PGconn *conn, int doubt_s, size_t *n, size_t *stranded, char *err,
    size_t errlen)
{
	char		 doubtbuf[16];
	const char	*vals[1] = { doubtbuf };
	PGresult	*res;

	*n = *stranded = 0;
	snprintf(doubtbuf, sizeof(doubtbuf), "%d", doubt_s);
	res = db_stmt_exec(conn, &stmts[ST_OUTBOX_REQUEUE], vals, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*n = store_cmd_rows(res);
	PQclear(res);
	res = db_stmt_exec(conn, &stmts[ST_OUTBOX_UNSTRAND], NULL, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*stranded = store_cmd_rows(res);
	PQclear(res);
	return 0;
}
