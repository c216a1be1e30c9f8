/*
 * store_work.c — the worker's store: claiming contacts with unprocessed
 * messages (advisory locks, so two workers or two daemons never step one
 * contact at once), loading their messages and open conversations,
 * writing a batch's replies, processed messages and conversations in one
 * round trip with its COMMIT, and the dialogue's actions (handover,
 * story, consent, erasure, opt-out, alert, the consent question).
 *
 * Everything here runs inside the caller's transaction, which
 * db_writes_commit commits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_work.h"
#include "store_outbox.h"
#include "store.h"
#include "praatpaal.h"

enum {
	ST_CLAIM_CONTACTS,
	ST_CLAIM_URGENT,
	ST_CLAIM_LOAD,
	ST_WORK_PENDING,
	ST_WORK_CONVS,
	ST_CONV_FIND,
	ST_CONV_ADD,
	ST_CONV_SAVE,
	ST_WORK_PROCESSED,
	ST_WORK_OUTBOX,
	ST_WORK_CONV_SAVE,
	ST_HANDOVER,
	ST_STORY_ADD,
	ST_CONSENT_EVENT,
	ST_CONSENT_CONTACT,
	ST_ERASURE,
	ST_OPTOUT,
	ST_ALERT,
	ST_CONSENT_CLAIM,
	ST_COUNT
};

static const struct db_stmt stmts[ST_COUNT] = {
	/*
	 * Up to $1 contacts with unprocessed messages whose id lies in ($2,
	 * $3], in id order, each locked with a transaction-scoped advisory
	 * lock that other workers (in this or any daemon) skip. A skip scan of
	 * message_in_queue's primary key: one index descent per contact
	 * visited, at most $1 * WORK_CLAIM_SCAN_FACTOR of them (contacts locked
	 * elsewhere leave room), however large the backlog. The caller goes
	 * round the contacts (db_claim_contacts).
	 */
	[ST_CLAIM_CONTACTS] = { "claim_contacts", 3,
	    "WITH RECURSIVE s (id, k) AS ((SELECT contact_id, 1 FROM message_in_queue "
	    "WHERE contact_id > $2::bigint AND contact_id <= $3::bigint "
	    "ORDER BY contact_id LIMIT 1) UNION ALL "
	    "SELECT (SELECT q.contact_id FROM message_in_queue q "
	    "WHERE q.contact_id > s.id AND q.contact_id <= $3::bigint "
	    "ORDER BY q.contact_id LIMIT 1), s.k + 1 FROM s "
	    "WHERE s.id IS NOT NULL AND s.k < $1::int * " SQL_NUM(WORK_CLAIM_SCAN_FACTOR) ") "
	    "SELECT id FROM s WHERE id IS NOT NULL AND pg_try_advisory_xact_lock(id) "
	    "LIMIT $1::int" },
	/*
	 * Up to $1 contacts with unprocessed messages that had crisis words
	 * (marked at ingest), in the order of their oldest such message,
	 * locked like ST_CLAIM_CONTACTS. message_in_queue_urgent holds only
	 * those messages: almost always empty, read up to the inner LIMIT.
	 */
	[ST_CLAIM_URGENT] = { "claim_urgent", 1,
	    "SELECT contact_id FROM (SELECT contact_id, min(id) AS first FROM "
	    "(SELECT contact_id, id FROM message_in_queue WHERE urgent "
	    "ORDER BY id LIMIT $1::int * " SQL_NUM(WORK_CLAIM_SCAN_FACTOR) ") o "
	    "GROUP BY contact_id ORDER BY first) s "
	    "WHERE pg_try_advisory_xact_lock(contact_id) LIMIT $1::int" },
	/*
	 * The contacts $1 (named by this daemon's ingest) that no other
	 * transaction holds, locked like ST_CLAIM_CONTACTS, each once (a
	 * session's advisory lock succeeds again for it), in their order,
	 * each with its unprocessed messages (the columns of ST_WORK_PENDING; one
	 * row of NULLs after the contact id for a contact with none).
	 *
	 * The statement's snapshot is older than its locks: a transaction
	 * that stepped a contact and committed after this statement began
	 * has released the lock this one then takes, but the snapshot still
	 * shows that contact's processed messages as queued. Their queue rows
	 * are read FOR KEY SHARE, which skips a row a committed transaction
	 * deleted, so such a message is not stepped (and answered) twice. The
	 * scan's claims (ST_CLAIM_CONTACTS, ST_CLAIM_URGENT) load in a later
	 * statement, whose snapshot is taken after the locks, and need no row
	 * locks.
	 */
	[ST_CLAIM_LOAD] = { "claim_load", 1,
	    "WITH c AS MATERIALIZED (SELECT c.id, c.k FROM (SELECT id, min(k) AS k "
	    "FROM unnest($1::bigint[]) WITH ORDINALITY AS u (id, k) GROUP BY id) c "
	    "WHERE pg_try_advisory_xact_lock(c.id)) "
	    "SELECT c.id, m.id, m.channel, m.provider_id, "
	    "(extract(epoch FROM m.provider_ts) * 1000)::bigint, m.kind, m.body, m.choice_id, "
	    "m.meta::text FROM c LEFT JOIN LATERAL (SELECT i.* FROM "
	    "(SELECT q.id FROM message_in_queue q WHERE q.contact_id = c.id "
	    "ORDER BY q.provider_ts, q.id LIMIT " SQL_NUM(WORK_PENDING_MAX) " "
	    "FOR KEY SHARE) q "
	    "JOIN message_in i ON i.id = q.id) m ON true "
	    "ORDER BY c.k, m.provider_ts, m.id" },
	/*
	 * The claimed contacts' ($1, in claim order) unprocessed messages, in
	 * (provider timestamp, id) order, at most WORK_PENDING_MAX each.
	 */
	[ST_WORK_PENDING] = { "work_pending", 1,
	    "SELECT m.contact_id, m.id, m.channel, m.provider_id, "
	    "(extract(epoch FROM m.provider_ts) * 1000)::bigint, m.kind, m.body, m.choice_id, "
	    "m.meta::text FROM unnest($1::bigint[]) WITH ORDINALITY AS c (id, k) "
	    "CROSS JOIN LATERAL (SELECT q.id FROM message_in_queue q WHERE q.contact_id = c.id "
	    "ORDER BY q.provider_ts, q.id LIMIT " SQL_NUM(WORK_PENDING_MAX) ") q "
	    "JOIN message_in m ON m.id = q.id "
	    "ORDER BY c.k, m.provider_ts, m.id" },
	/*
	 * The open conversation of each contact $1, created where there is
	 * none (the columns of ST_CONV_FIND, then contact id and "new").
	 */
	[ST_WORK_CONVS] = { "work_convs", 1,
	    "WITH c AS (SELECT DISTINCT id FROM unnest($1::bigint[]) AS c (id)), "
	    "f AS (SELECT v.* FROM conversation v JOIN c ON v.contact_id = c.id "
	    "WHERE v.status <> 'closed'), "
	    "a AS (INSERT INTO conversation (contact_id, language) SELECT ct.id, ct.language "
	    "FROM contact ct JOIN c ON ct.id = c.id "
	    "WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.contact_id = ct.id) ORDER BY ct.id "
	    "RETURNING *), "
	    "v AS (SELECT f.id, f.contact_id, f.status, f.team, f.priority, f.language, f.state, "
	    "false AS new FROM f UNION ALL SELECT a.id, a.contact_id, a.status, a.team, "
	    "a.priority, a.language, a.state, true FROM a) "
	    "SELECT v.id, v.status, v.team, v.priority, v.language, v.state::text, ct.channel, "
	    "ct.pseudonym, v.contact_id, v.new FROM v JOIN contact ct ON ct.id = v.contact_id" },
	[ST_CONV_FIND] = { "conv_find", 1,
	    "SELECT v.id, v.status, v.team, v.priority, v.language, v.state::text, "
	    "c.channel, c.pseudonym FROM conversation v JOIN contact c ON c.id = v.contact_id "
	    "WHERE v.contact_id = $1 AND v.status <> 'closed'" },
	[ST_CONV_ADD] = { "conv_add", 1,
	    "INSERT INTO conversation (contact_id, language) SELECT id, language FROM contact "
	    "WHERE id = $1 RETURNING id, status, team, priority, language, state::text, "
	    "(SELECT channel FROM contact WHERE id = $1), "
	    "(SELECT pseudonym FROM contact WHERE id = $1)" },
	/* The contact keeps the language for their next conversation. */
	[ST_CONV_SAVE] = { "conv_save", 6,
	    "WITH v AS (UPDATE conversation SET status = $2::text, team = $3, priority = $4, "
	    "language = $5, state = $6::jsonb, updated_at = now(), "
	    "closed_at = CASE WHEN $2::text = 'closed' THEN now() ELSE NULL END WHERE id = $1 "
	    "RETURNING contact_id) "
	    "UPDATE contact SET language = $5 FROM v WHERE contact.id = v.contact_id "
	    "AND contact.language IS DISTINCT FROM $5" },
	/*
	 * Processed messages ($1) and the conversation each was part of ($2):
	 * out of the queue, and marked (a HOT update: no index of message_in
	 * covers the columns it sets, migration 0022). The queue rows are
	 * found by their contacts, an index condition whatever the planner
	 * believes of the queue's size: a join with m was planned as a walk of
	 * the whole queue when the statistics said it was empty, which with a
	 * backlog of tens of thousands took seconds a batch. A message id
	 * belongs to one contact, so the id condition picks exactly the rows.
	 */
	[ST_WORK_PROCESSED] = { "work_processed", 2,
	    "WITH m AS (UPDATE message_in m SET processed_at = now(), conversation_id = u.cv "
	    "FROM unnest($1::bigint[], $2::bigint[]) AS u (id, cv) WHERE m.id = u.id "
	    "RETURNING m.contact_id, m.id) "
	    "DELETE FROM message_in_queue q "
	    "WHERE q.contact_id = ANY (ARRAY(SELECT DISTINCT contact_id FROM m)) "
	    "AND q.id = ANY (ARRAY(SELECT id FROM m))" },
	/*
	 * The replies of a batch, in their order: $1 channels, $2 contacts, $3
	 * conversations, $4 bodies (JSON). A contact's first reply is its head
	 * ('queued', claimable) when the contact has no open reply; every other
	 * one waits behind ('held') until the one before it is sent
	 * (db_outbox_promote). Returns the contacts whose new replies all wait
	 * behind an older one (the caller promotes them after its commit), with
	 * 0s for db_outbox_promote's "after", and the ids of the new heads.
	 */
	[ST_WORK_OUTBOX] = { "work_outbox", 4,
	    "WITH r AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[]) "
	    "WITH ORDINALITY AS x (ch, ct, cv, body, n)), "
	    "q AS (SELECT h.n FROM (SELECT DISTINCT ON (ct) ct, n FROM r ORDER BY ct, n) h "
	    "WHERE (SELECT o.id FROM message_out o WHERE o.contact_id = h.ct "
	    "AND o.status IN ('held', 'queued', 'sending') LIMIT 1) IS NULL), "
	    "i AS (INSERT INTO message_out (channel, contact_id, conversation_id, body, status) "
	    "SELECT r.ch, r.ct, r.cv, r.body::jsonb, "
	    "CASE WHEN r.n IN (SELECT n FROM q) THEN 'queued' ELSE 'held' END FROM r ORDER BY r.n "
	    "RETURNING id, contact_id, status) "
	    "SELECT array_agg(contact_id), array_agg(0), "
	    "(SELECT array_agg(id) FROM i WHERE status = 'queued') "
	    "FROM (SELECT DISTINCT contact_id FROM i WHERE status = 'held' "
	    "AND contact_id NOT IN (SELECT contact_id FROM i WHERE status = 'queued')) b" },
	/*
	 * Conversations of a batch: $1 ids, $2 status, $3 team, $4 priority,
	 * $5 language, $6 state. The contact keeps the language for their next
	 * conversation.
	 */
	[ST_WORK_CONV_SAVE] = { "work_conv_save", 6,
	    "WITH u AS (SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], "
	    "$5::text[], $6::text[]) AS x (id, status, team, priority, lang, state)), "
	    "v AS (UPDATE conversation c SET status = u.status, team = u.team, "
	    "priority = u.priority, language = u.lang, state = u.state::jsonb, updated_at = now(), "
	    "closed_at = CASE WHEN u.status = 'closed' THEN now() ELSE NULL END FROM u "
	    "WHERE c.id = u.id RETURNING c.contact_id, u.lang) "
	    "UPDATE contact SET language = v.lang FROM v WHERE contact.id = v.contact_id "
	    "AND contact.language IS DISTINCT FROM v.lang" },
	[ST_HANDOVER] = { "handover", 2,
	    "UPDATE conversation SET summary = $2::jsonb, queued_at = now() WHERE id = $1" },
	[ST_STORY_ADD] = { "story_add", 4,
	    "INSERT INTO story (contact_id, conversation_id, kind, data, consent) "
	    "VALUES ($1, $2, $3, $4::jsonb, COALESCE($4::jsonb ->> 'consent', 'no') = 'yes')" },
	[ST_CONSENT_EVENT] = { "consent_event", 4,
	    "INSERT INTO consent_event (contact_id, conversation_id, scope, granted, text_version) "
	    "VALUES ($1, $2, 'research', $3::boolean, $4)" },
	[ST_CONSENT_CONTACT] = { "consent_contact", 3,
	    "UPDATE contact SET research_consent = $2::boolean, research_consent_at = now(), "
	    "research_consent_version = $3, "
	    "research_consent_asked_at = COALESCE(research_consent_asked_at, now()) WHERE id = $1" },
	[ST_ERASURE] = { "erasure", 1,
	    "INSERT INTO erasure_request (contact_id, pseudonym) "
	    "SELECT id, pseudonym FROM contact WHERE id = $1" },
	[ST_OPTOUT] = { "optout", 2,
	    "UPDATE contact SET opted_out_at = CASE WHEN $2::boolean THEN now() ELSE NULL END "
	    "WHERE id = $1" },
	[ST_ALERT] = { "alert", 2,
	    "INSERT INTO alert (conversation_id, category) VALUES ($1, $2)" },
	/*
	 * Ask the one-time research question ($1 the contact, $2 the
	 * conversation that closed)? Never of someone who stopped or asked to
	 * be erased, nor after a conversation in which a story was told.
	 */
	[ST_CONSENT_CLAIM] = { "consent_claim", 2,
	    "UPDATE contact SET research_consent_asked_at = now() "
	    "WHERE id = $1 AND research_consent_asked_at IS NULL AND research_consent IS NULL "
	    "AND opted_out_at IS NULL "
	    "AND NOT EXISTS (SELECT 1 FROM story WHERE contact_id = $1 AND conversation_id = $2) "
	    "AND NOT EXISTS (SELECT 1 FROM erasure_request WHERE contact_id = $1) "
	    "RETURNING id" },
};

const struct db_stmt_table store_work_table = { stmts, ST_COUNT };

/* ---- claiming ----------------------------------------------------------- */

/*
 * One claim (ST_CLAIM_URGENT, or ST_CLAIM_CONTACTS over the ids (after,
 * upto]), appended to ids: each contact once (a transaction's advisory
 * lock succeeds again for a contact it holds).
 */
static int
claim_pass(PGconn *conn, int st, size_t max, int64_t after, int64_t upto, int64_t *ids,
    size_t *n, char *err, size_t errlen)
{
	char		 maxbuf[24], afterbuf[24], uptobuf[24];
	const char	*vals[3] = { maxbuf, afterbuf, uptobuf };
	PGresult	*res;
	int64_t		 id;
	size_t		 j;

	snprintf(maxbuf, sizeof(maxbuf), "%zu", max - *n);
	snprintf(afterbuf, sizeof(afterbuf), "%lld", (long long)after);
	snprintf(uptobuf, sizeof(uptobuf), "%lld", (long long)upto);
	res = db_stmt_exec(conn, &stmts[st], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	for (int i = 0; i < PQntuples(res) && *n < max; i++) {
		if (store_get_i64(res, i, 0, &id) == -1)
			continue;
		for (j = 0; j < *n && ids[j] != id; j++)
			;
		if (j == *n)
			ids[(*n)++] = id;
	}
	PQclear(res);
	return 0;
}

int
db_claim_contacts(PGconn *conn, size_t max, int64_t *after, int64_t *ids, size_t *n,
    char *err, size_t errlen)
{
	int64_t from = *after > 0 ? *after : 0;
	size_t urgent;

	*n = 0;
	/* Crisis words first, however the message came in. */
	if (claim_pass(conn, ST_CLAIM_URGENT, max, 0, 0, ids, n, err, errlen) == -1)
		return -1;
	urgent = *n;
	if (*n < max &&
	    claim_pass(conn, ST_CLAIM_CONTACTS, max, from, INT64_MAX, ids, n, err, errlen) == -1)
		return -1;
	/*
	 * Fewer than max after from (the end of the ids, or contacts other
	 * transactions hold): on from the start, up to where we began.
	 */
	if (*n < max && from > 0 &&
	    claim_pass(conn, ST_CLAIM_CONTACTS, max, 0, from, ids, n, err, errlen) == -1)
		return -1;
	/* The next scan goes on after the last contact taken (ids ascend per pass). */
	if (*n > urgent)
		*after = ids[*n - 1];
	return 0;
}

/* ---- loading the work --------------------------------------------------- */

void
db_pending_free(struct pending *p, size_t n)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		inbound_free(&p[i].pd_in);
	free(p);
}

/* Fill cv from row r of conv_find / conv_add / work_convs (same column order). */
static int
conv_from_row(PGresult *res, int r, int64_t contact_id, struct conversation *cv, char *err,
    size_t errlen)
{
	int64_t		 prio;

	memset(cv, 0, sizeof(*cv));
	cv->cv_contact_id = contact_id;
	if (store_get_i64(res, r, 0, &cv->cv_id) == -1 ||
	    conv_status_parse(PQgetvalue(res, r, 1), &cv->cv_status) == -1 ||
	    store_get_i64(res, r, 3, &prio) == -1 ||
	    channel_parse(PQgetvalue(res, r, 6), &cv->cv_channel) == -1 ||
	    util_strlcpy(cv->cv_pseudonym, PQgetvalue(res, r, 7), sizeof(cv->cv_pseudonym)) == -1) {
		snprintf(err, errlen, "conversation: bad row");
		return -1;
	}
	cv->cv_priority = (int)prio;
	cv->cv_team = store_get_str(res, r, 2);
	cv->cv_lang = store_get_str(res, r, 4);
	cv->cv_state = store_get_str(res, r, 5);
	if (cv->cv_state == NULL)
		cv->cv_state = xstrdup("{}");
	return 0;
}

int
db_conversation_open(PGconn *conn, int64_t contact_id, struct conversation *cv,
    char *err, size_t errlen)
{
	struct idtext	 id;
	const char	*vals[1] = { store_idtext(&id, contact_id) };
	PGresult	*res;
	int		 isnew = 0;

	res = db_stmt_exec(conn, &stmts[ST_CONV_FIND], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) == 0) {
		PQclear(res);
		res = db_stmt_exec(conn, &stmts[ST_CONV_ADD], vals, PGRES_TUPLES_OK, err, errlen);
		if (res == NULL)
			return -1;
		if (PQntuples(res) != 1) {
			PQclear(res);
			snprintf(err, errlen, "conversation: contact %lld not found", (long long)contact_id);
			return -1;
		}
		isnew = 1;
	}
	if (conv_from_row(res, 0, contact_id, cv, err, errlen) == -1) {
		PQclear(res);
		conversation_free(cv);
		return -1;
	}
	PQclear(res);
	cv->cv_new = isnew;
	return 0;
}

int
db_conversation_save(PGconn *conn, const struct conversation *cv, char *err, size_t errlen)
{
	struct idtext	 id, prio;
	const char	*vals[6];

	vals[0] = store_idtext(&id, cv->cv_id);
	vals[1] = conv_status_name(cv->cv_status);
	vals[2] = cv->cv_team;
	vals[3] = store_idtext(&prio, cv->cv_priority);
	vals[4] = cv->cv_lang != NULL ? cv->cv_lang : "nl";
	vals[5] = cv->cv_state != NULL ? cv->cv_state : "{}";
	return db_stmt_run(conn, &stmts[ST_CONV_SAVE], vals, err, errlen);
}

void
db_work_free(struct work_item *items, size_t n)
{
	if (items == NULL)
		return;
	for (size_t i = 0; i < n; i++) {
		db_pending_free(items[i].wi_pending, items[i].wi_npending);
		conversation_free(&items[i].wi_cv);
	}
	free(items);
}

/* Rows of work_pending into the items (in claim order, like the rows). */
static int
work_pending_rows(PGresult *res, struct work_item *items, size_t n, char *err, size_t errlen)
{
	int		 rows = PQntuples(res);
	size_t		 k = 0;
	int64_t		 cid;

	for (int r = 0; r < rows; r++) {
		struct work_item	*wi;
		struct pending		*p;
		struct inbound		*in;

		if (store_get_i64(res, r, 0, &cid) == -1)
			goto bad;
		while (k < n && items[k].wi_contact_id != cid)
			k++;
		if (k == n)
			goto bad;
		if (PQgetisnull(res, r, 1))
			continue;	/* claim_load: a contact with nothing to step */
		wi = &items[k];
		wi->wi_pending = xrealloc(wi->wi_pending, (wi->wi_npending + 1) * sizeof(*p));
		p = &wi->wi_pending[wi->wi_npending];
		memset(p, 0, sizeof(*p));
		in = &p->pd_in;
		if (store_get_i64(res, r, 1, &p->pd_id) == -1 ||
		    channel_parse(PQgetvalue(res, r, 2), &in->in_channel) == -1 ||
		    store_get_i64(res, r, 4, &in->in_ts_ms) == -1 ||
		    msg_kind_parse(PQgetvalue(res, r, 5), &in->in_kind) == -1)
			goto bad;
		wi->wi_npending++;
		in->in_provider_id = store_get_str(res, r, 3);
		in->in_text = store_get_str(res, r, 6);
		in->in_choice_id = store_get_str(res, r, 7);
		in->in_meta = store_get_str(res, r, 8);
	}
	return 0;
bad:
	snprintf(err, errlen, "work_pending: bad row");
	return -1;
}

/* ST_WORK_PENDING for the contacts (arr: their array literal) into the items. */
static int
work_load_pending(PGconn *conn, const char *arr, struct work_item *items, size_t n,
    char *err, size_t errlen)
{
	const char	*vals[1] = { arr };
	PGresult	*res;
	int		 rc;

	res = db_stmt_exec(conn, &stmts[ST_WORK_PENDING], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	rc = work_pending_rows(res, items, n, err, errlen);
	PQclear(res);
	return rc;
}

/* Rows of work_convs into the items: each contact's conversation, once. */
static int
work_convs_rows(PGresult *res, struct work_item *items, size_t n, char *err, size_t errlen)
{
	int	 rows = PQntuples(res);
	size_t	 i;

	for (int r = 0; r < rows; r++) {
		int64_t cid;

		if (store_get_i64(res, r, 8, &cid) == -1) {
			snprintf(err, errlen, "work_convs: bad row");
			return -1;
		}
		for (i = 0; i < n && items[i].wi_contact_id != cid; i++)
			;
		if (i == n || items[i].wi_cv.cv_id != 0) {
			snprintf(err, errlen, "work_convs: unexpected contact");
			return -1;
		}
		if (conv_from_row(res, r, cid, &items[i].wi_cv, err, errlen) == -1)
			return -1;
		items[i].wi_cv.cv_new = strcmp(PQgetvalue(res, r, 9), "t") == 0;
	}
	for (i = 0; i < n; i++)
		if (items[i].wi_npending > 0 && items[i].wi_cv.cv_id == 0) {
			snprintf(err, errlen, "work_convs: contact %lld has no conversation",
			    (long long)items[i].wi_contact_id);
			return -1;
		}
	return 0;
}

/* ST_WORK_CONVS for the items that have something to step (none: no statement). */
int
db_work_convs(PGconn *conn, struct work_item *items, size_t n, char *err, size_t errlen)
{
	struct buf	 arr;
	const char	*vals[1];
	PGresult	*res;
	int		 rc = 0;

	buf_init(&arr, 0);
	for (size_t i = 0; i < n; i++)
		if (items[i].wi_npending > 0)
			store_array_id(&arr, items[i].wi_contact_id);
	vals[0] = store_array_end(&arr);
	if (strcmp(vals[0], "{}") != 0) {
		res = db_stmt_exec(conn, &stmts[ST_WORK_CONVS], vals, PGRES_TUPLES_OK, err, errlen);
		rc = res == NULL ? -1 : work_convs_rows(res, items, n, err, errlen);
		PQclear(res);
	}
	buf_free(&arr);
	return rc;
}

int
db_work_load(PGconn *conn, const int64_t *contacts, size_t n, struct work_item **out,
    char *err, size_t errlen)
{
	struct work_item	*items;
	struct buf		 arr;
	int			 rc;

	*out = NULL;
	if (n == 0)
		return 0;
	items = xcalloc(n, sizeof(*items));
	for (size_t i = 0; i < n; i++)
		items[i].wi_contact_id = contacts[i];
	buf_init(&arr, 0);
	store_id_array(&arr, contacts, n);
	rc = work_load_pending(conn, arr.data, items, n, err, errlen);
	buf_free(&arr);
	/* Conversations only where there is something to step. */
	if (rc == -1 || db_work_convs(conn, items, n, err, errlen) == -1) {
		db_work_free(items, n);
		return -1;
	}
	*out = items;
	return 0;
}

/* db_claim_load's pipeline: BEGIN (db_pipe_run's), then ST_CLAIM_LOAD. */
struct claim_load {
	const char	*cl_arr;	/* the given contacts, an array literal */
	PGresult	*cl_res;
};

static int
claim_load_send(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct claim_load *cl = ctx;
	const char *vals[1] = { cl->cl_arr };

	(void)i;
	return db_stmt_send(conn, &stmts[ST_CLAIM_LOAD], vals, err, errlen);
}

static int
claim_load_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct claim_load *cl = ctx;

	(void)i;
	return db_pipe_read(conn, "claim_load", PGRES_TUPLES_OK, &cl->cl_res, err, errlen);
}

static const struct pipe_calls claim_load_calls = { NULL, claim_load_send, claim_load_read };

/* The claimed contacts of ST_CLAIM_LOAD's rows (each once, in order) into ids. */
static int
claim_load_ids(PGresult *res, int64_t *ids, size_t max, size_t *n)
{
	int64_t id;

	for (int r = 0; r < PQntuples(res); r++) {
		if (store_get_i64(res, r, 0, &id) == -1)
			return -1;
		if (*n > 0 && ids[*n - 1] == id)
			continue;
		if (*n == max)
			return -1;
		ids[(*n)++] = id;
	}
	return 0;
}

int
db_claim_load(PGconn *conn, const int64_t *given, size_t ngiven, int64_t *ids, size_t *n,
    struct work_item **out, char *err, size_t errlen)
{
	struct claim_load	 cl = { NULL, NULL };
	struct work_item	*items = NULL;
	struct buf		 arr;
	int			 rc = -1;

	*n = 0;
	*out = NULL;
	if (db_stmt_prepare(conn, &stmts[ST_CLAIM_LOAD], err, errlen) == -1)
		return -1;
	buf_init(&arr, 0);
	store_id_array(&arr, given, ngiven);
	cl.cl_arr = arr.data;
	if (db_pipe_run(conn, &claim_load_calls, &cl, 1, 1, err, errlen) == -1)
		goto fail;
	if (claim_load_ids(cl.cl_res, ids, ngiven, n) == -1) {
		snprintf(err, errlen, "claim_load: unexpected result");
		*n = 0;
		goto fail;
	}
	items = xcalloc(*n > 0 ? *n : 1, sizeof(*items));
	for (size_t i = 0; i < *n; i++)
		items[i].wi_contact_id = ids[i];
	if (work_pending_rows(cl.cl_res, items, *n, err, errlen) == -1) {
		db_work_free(items, *n);
		*n = 0;
		goto fail;
	}
	*out = items;
	rc = 0;
fail:
	PQclear(cl.cl_res);
	buf_free(&arr);
	return rc;
}

/* ---- a batch's writes --------------------------------------------------- */

struct work_writes {
	struct buf	ww_out_ch, ww_out_ct, ww_out_cv, ww_out_body;	/* ST_WORK_OUTBOX */
	size_t		ww_nout;
	struct buf	ww_done_id, ww_done_cv;				/* ST_WORK_PROCESSED */
	size_t		ww_ndone;
	struct buf	ww_cv_id, ww_cv_status, ww_cv_team, ww_cv_prio, ww_cv_lang,
			ww_cv_state;					/* ST_WORK_CONV_SAVE */
	size_t		ww_ncv;
	PGresult	*ww_behind;		/* ST_WORK_OUTBOX's answer */
};

#define WW_BUFS(w) { &(w)->ww_out_ch, &(w)->ww_out_ct, &(w)->ww_out_cv, &(w)->ww_out_body, \
	&(w)->ww_done_id, &(w)->ww_done_cv, &(w)->ww_cv_id, &(w)->ww_cv_status, \
	&(w)->ww_cv_team, &(w)->ww_cv_prio, &(w)->ww_cv_lang, &(w)->ww_cv_state }

struct work_writes *
db_writes_new(void)
{
	struct work_writes *w = xcalloc(1, sizeof(*w));
	struct buf *bufs[] = WW_BUFS(w);

	for (size_t i = 0; i < NELEM(bufs); i++)
		buf_init(bufs[i], 0);
	return w;
}

void
db_writes_free(struct work_writes *w)
{
	if (w == NULL)
		return;
	struct buf *bufs[] = WW_BUFS(w);

	for (size_t i = 0; i < NELEM(bufs); i++)
		buf_free(bufs[i]);
	PQclear(w->ww_behind);
	free(w);
}

void
db_writes_replies(struct work_writes *w, const struct conversation *cv, char *const *jsons,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (jsons[i] == NULL)
			continue;
		store_array_text(&w->ww_out_ch, channel_name(cv->cv_channel));
		store_array_id(&w->ww_out_ct, cv->cv_contact_id);
		store_array_id(&w->ww_out_cv, cv->cv_id);
		store_array_text(&w->ww_out_body, jsons[i]);
		w->ww_nout++;
	}
}

void
db_writes_processed(struct work_writes *w, int64_t msg_id, int64_t conv_id)
{
	store_array_id(&w->ww_done_id, msg_id);
	store_array_id(&w->ww_done_cv, conv_id);
	w->ww_ndone++;
}

void
db_writes_conversation(struct work_writes *w, const struct conversation *cv)
{
	store_array_id(&w->ww_cv_id, cv->cv_id);
	store_array_text(&w->ww_cv_status, conv_status_name(cv->cv_status));
	store_array_text(&w->ww_cv_team, cv->cv_team);
	store_array_id(&w->ww_cv_prio, cv->cv_priority);
	store_array_text(&w->ww_cv_lang, cv->cv_lang != NULL ? cv->cv_lang : "nl");
	store_array_text(&w->ww_cv_state, cv->cv_state != NULL ? cv->cv_state : "{}");
	w->ww_ncv++;
}

/* db_writes_commit's pipeline: the batch's statements, then COMMIT. */
enum { WW_OUTBOX, WW_PROCESSED, WW_CONVS, WW_COMMIT, WW_COUNT };

static int
writes_want(void *ctx, size_t i)
{
	struct work_writes *w = ctx;

	switch (i) {
	case WW_OUTBOX:
		return w->ww_nout > 0;
	case WW_PROCESSED:
		return w->ww_ndone > 0;
	case WW_CONVS:
		return w->ww_ncv > 0;
	default:
		return 1;
	}
}

static int
writes_send(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct work_writes	*w = ctx;
	const char		*vals[6];
	int			 st;

	switch (i) {
	case WW_OUTBOX:
		st = ST_WORK_OUTBOX;
		vals[0] = w->ww_out_ch.data;
		vals[1] = w->ww_out_ct.data;
		vals[2] = w->ww_out_cv.data;
		vals[3] = w->ww_out_body.data;
		break;
	case WW_PROCESSED:
		st = ST_WORK_PROCESSED;
		vals[0] = w->ww_done_id.data;
		vals[1] = w->ww_done_cv.data;
		break;
	case WW_CONVS:
		st = ST_WORK_CONV_SAVE;
		vals[0] = w->ww_cv_id.data;
		vals[1] = w->ww_cv_status.data;
		vals[2] = w->ww_cv_team.data;
		vals[3] = w->ww_cv_prio.data;
		vals[4] = w->ww_cv_lang.data;
		vals[5] = w->ww_cv_state.data;
		break;
	default:
		return db_pipe_commit(conn, err, errlen);
	}
	return db_stmt_send(conn, &stmts[st], vals, err, errlen);
}

static int
writes_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct work_writes *w = ctx;
	static const char *const what[WW_COUNT] = {
		"work_outbox", "work_processed", "work_conv_save", "commit"
	};

	if (i == WW_OUTBOX)
		return db_pipe_read(conn, what[i], PGRES_TUPLES_OK, &w->ww_behind, err, errlen);
	return db_pipe_read(conn, what[i], PGRES_COMMAND_OK, NULL, err, errlen);
}

static const struct pipe_calls writes_calls = { writes_want, writes_send, writes_read };

int
db_writes_commit(PGconn *conn, struct work_writes *w, int *promoted, struct idlist *heads,
    char *err, size_t errlen)
{
	struct buf	*arrays[] = WW_BUFS(w);
	char		 promote_err[256];

	*promoted = 1;
	for (size_t i = 0; i < NELEM(arrays); i++)
		(void)store_array_end(arrays[i]);
	if (db_stmt_prepare(conn, &stmts[ST_WORK_OUTBOX], err, errlen) == -1 ||
	    db_stmt_prepare(conn, &stmts[ST_WORK_PROCESSED], err, errlen) == -1 ||
	    db_stmt_prepare(conn, &stmts[ST_WORK_CONV_SAVE], err, errlen) == -1)
		return -1;
	if (db_pipe_run(conn, &writes_calls, w, WW_COUNT, 0, err, errlen) == -1)
		return -1;
	/*
	 * Replies that wait behind an older one: promote now that they are
	 * committed, in case that one finished meanwhile and its sender could
	 * not see them (its own transaction; its failure is not the batch's).
	 */
	if (w->ww_behind == NULL || PQntuples(w->ww_behind) != 1)
		return 0;
	if (!PQgetisnull(w->ww_behind, 0, 2))
		(void)store_id_array_parse(PQgetvalue(w->ww_behind, 0, 2), heads);
	/* The contacts, and 0 as "after": from their oldest row on. */
	if (!PQgetisnull(w->ww_behind, 0, 0) &&
	    db_outbox_promote(conn, PQgetvalue(w->ww_behind, 0, 0), PQgetvalue(w->ww_behind, 0, 1),
	    heads, promote_err, sizeof(promote_err)) == -1)
		*promoted = 0;
	return 0;
}

/* ---- dialogue actions --------------------------------------------------- */

int
db_handover(PGconn *conn, const struct conversation *cv, const char *summary_json,
    char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { store_idtext(&a, cv->cv_id), summary_json };

	return db_stmt_run(conn, &stmts[ST_HANDOVER], vals, err, errlen);
}

int
db_story_add(PGconn *conn, const struct conversation *cv, const char *kind, const char *vars_json,
    char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*vals[4] = { store_idtext(&a, cv->cv_contact_id), store_idtext(&b, cv->cv_id),
			    kind, vars_json };

	return db_stmt_run(conn, &stmts[ST_STORY_ADD], vals, err, errlen);
}

int
db_consent_record(PGconn *conn, const struct conversation *cv, int granted, const char *version,
    char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*g = granted ? "true" : "false";
	const char	*ev[4] = { store_idtext(&a, cv->cv_contact_id), store_idtext(&b, cv->cv_id),
			    g, version };
	const char	*ct[3] = { a.it_s, g, version };

	if (db_stmt_run(conn, &stmts[ST_CONSENT_EVENT], ev, err, errlen) == -1)
		return -1;
	return db_stmt_run(conn, &stmts[ST_CONSENT_CONTACT], ct, err, errlen);
}

int
db_erasure_request(PGconn *conn, const struct conversation *cv, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[1] = { store_idtext(&a, cv->cv_contact_id) };

	return db_stmt_run(conn, &stmts[ST_ERASURE], vals, err, errlen);
}

int
db_contact_optout(PGconn *conn, int64_t contact_id, int out, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { store_idtext(&a, contact_id), out ? "true" : "false" };

	return db_stmt_run(conn, &stmts[ST_OPTOUT], vals, err, errlen);
}

int
db_alert_add(PGconn *conn, const struct conversation *cv, const char *category,
    char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { store_idtext(&a, cv->cv_id), category };

	return db_stmt_run(conn, &stmts[ST_ALERT], vals, err, errlen);
}

int
db_consent_claim(PGconn *conn, const struct conversation *cv, int *claim,
    char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*vals[2] = { store_idtext(&a, cv->cv_contact_id), store_idtext(&b, cv->cv_id) };
	PGresult	*res;

	res = db_stmt_exec(conn, &stmts[ST_CONSENT_CLAIM], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*claim = PQntuples(res) == 1;
	PQclear(res);
	return 0;
}
