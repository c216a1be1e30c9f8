/*
 * db.c — the store: a pool of libpq connections and every SQL statement
 * the daemon runs.
 *
 * Statements are prepared per connection on first use (a connection made
 * before `praatpaal migrate` must not fail to prepare statements on tables
 * that do not exist yet); a small registry behind one mutex remembers which
 * statements each live connection has prepared. Parameters are always $n.
 *
 * Locking: the pool's mutex guards its idle list and counters; the
 * registry's mutex guards the prepared-statement registry. Neither is held
 * across network I/O.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "db.h"
#include "crypto.h"
#include "log.h"

/* ---- statements ------------------------------------------------------ */

enum stmt {
	ST_INGEST_BATCH,
	ST_STATUS_EVENT,
	ST_STATUS_APPLY,
	ST_CLAIM_CONTACTS,
	ST_CLAIM_URGENT,
	ST_CLAIM_GIVEN,
	ST_WORK_PENDING,
	ST_WORK_CONVS,
	ST_CONV_FIND,
	ST_CONV_ADD,
	ST_CONV_SAVE,
	ST_WORK_PROCESSED,
	ST_WORK_OUTBOX,
	ST_WORK_CONV_SAVE,
	ST_OUTBOX_CLAIM,
	ST_OUTBOX_CLAIM_GIVEN,
	ST_OUTBOX_REQUEUE,
	ST_OUTBOX_SENT,
	ST_OUTBOX_EARLY,
	ST_OUTBOX_PROMOTE,
	ST_OUTBOX_UNSTRAND,
	ST_OUTBOX_RETRY,
	ST_OUTBOX_FAILED,
	ST_OUTBOX_NEXT_DUE,
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

/* Rank of a delivery status: a report never moves a message backwards. */
#define SQL_RANK(x) \
	"(CASE " x " WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 " \
	"WHEN 'read' THEN 3 WHEN 'failed' THEN 4 ELSE 0 END)"

/*
 * The second half of the two outbox claims: lease the rows of CTE "due"
 * ($2 seconds) and return what the sender needs to send them.
 */
#define SQL_CLAIM_LEASE \
	"UPDATE message_out m SET status = 'sending', " \
	"lease_until = now() + make_interval(secs => $2::int), updated_at = now() " \
	"FROM due, contact c WHERE m.id = due.id AND c.id = m.contact_id " \
	"RETURNING m.id, m.channel, c.address, m.body::text, m.attempts, c.pseudonym, " \
	"COALESCE((SELECT (extract(epoch FROM max(i.provider_ts)) * 1000)::bigint " \
	"FROM message_in i WHERE i.contact_id = m.contact_id), 0), m.contact_id"

static const struct {
	const char	*name;
	int		 nparams;
	const char	*sql;
} stmts[ST_COUNT] = {
	/*
	 * Store a batch of inbound messages ($1: a JSON array, see
	 * ingest_batch_json) in one statement: contacts found or created (in
	 * address order, so concurrent batches lock alike), a new profile name
	 * kept, messages inserted in batch order unless their provider id is
	 * known. Returns (stored, messages whose contact is not visible yet,
	 * the contacts of the stored messages, those of them whose new message
	 * had crisis words: "u"):
	 * a contact another transaction created meanwhile is not in our
	 * snapshot, and the caller runs the statement again.
	 */
	[ST_INGEST_BATCH] = { "ingest_batch", 1,
	    "WITH b AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(n int, ch text, "
	    "addr text, ps text, nm text, pid text, ts bigint, kind text, body text, "
	    "choice text, meta text, u boolean)), "
	    "k AS (SELECT DISTINCT ON (ch, addr) ch, addr, ps, nm FROM b "
	    "ORDER BY ch, addr, nm IS NULL, n DESC), "
	    "f AS (SELECT ct.id, ct.channel, ct.address, ct.profile_name, k.nm FROM k "
	    "JOIN contact ct ON ct.channel = k.ch AND ct.address = k.addr), "
	    "ins AS (INSERT INTO contact (channel, address, pseudonym, profile_name) "
	    "SELECT ch, addr, ps, nm FROM k WHERE NOT EXISTS (SELECT 1 FROM f "
	    "WHERE f.channel = k.ch AND f.address = k.addr) ORDER BY ch, addr "
	    "ON CONFLICT (channel, address) DO NOTHING RETURNING id, channel, address), "
	    "c AS (SELECT id, channel, address FROM ins UNION ALL "
	    "SELECT id, channel, address FROM f), "
	    "nmu AS (UPDATE contact SET profile_name = f.nm FROM f "
	    "WHERE contact.id = f.id AND f.nm IS NOT NULL "
	    "AND f.profile_name IS DISTINCT FROM f.nm), "
	    "m AS (INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, "
	    "body, choice_id, meta, urgent) SELECT b.ch, b.pid, c.id, to_timestamp(b.ts / 1000.0), "
	    "b.kind, b.body, b.choice, b.meta::jsonb, b.u IS TRUE FROM b "
	    "JOIN c ON c.channel = b.ch AND c.address = b.addr ORDER BY b.n "
	    "ON CONFLICT (channel, provider_id) DO NOTHING RETURNING contact_id, urgent) "
	    "SELECT (SELECT count(*) FROM m), (SELECT count(*) FROM b WHERE NOT EXISTS "
	    "(SELECT 1 FROM c WHERE c.channel = b.ch AND c.address = b.addr)), "
	    "(SELECT array_agg(DISTINCT contact_id) FROM m), "
	    "(SELECT array_agg(DISTINCT contact_id) FROM m WHERE urgent)" },
	[ST_STATUS_EVENT] = { "status_event", 6,
	    "INSERT INTO delivery_event (channel, provider_id, status, error_code, error_text, "
	    "provider_ts) VALUES ($1, $2, $3, $4, $5, to_timestamp($6::bigint / 1000.0)) "
	    "ON CONFLICT DO NOTHING" },
	[ST_STATUS_APPLY] = { "status_apply", 5,
	    "UPDATE message_out SET status = $3::text, "
	    "error_code = COALESCE($4, error_code), error_text = COALESCE($5, error_text), "
	    "updated_at = now() "
	    "WHERE channel = $1 AND provider_id = $2 AND "
	    SQL_RANK("status") " < " SQL_RANK("$3::text") },
	/*
	 * Up to $1 contacts with unprocessed messages whose id lies in ($2,
	 * $3], in id order, each locked with a transaction-scoped advisory
	 * lock that other workers (in this or any daemon) skip. A skip scan of
	 * message_in_pending: one index descent per contact visited, at most
	 * $1 * 4 of them (contacts locked elsewhere leave room), however large
	 * the backlog. The caller goes round the contacts (db_claim_contacts).
	 */
	[ST_CLAIM_CONTACTS] = { "claim_contacts", 3,
	    "WITH RECURSIVE s (id, k) AS ((SELECT contact_id, 1 FROM message_in "
	    "WHERE processed_at IS NULL AND contact_id > $2::bigint AND contact_id <= $3::bigint "
	    "ORDER BY contact_id LIMIT 1) UNION ALL "
	    "SELECT (SELECT m.contact_id FROM message_in m WHERE m.processed_at IS NULL "
	    "AND m.contact_id > s.id AND m.contact_id <= $3::bigint "
	    "ORDER BY m.contact_id LIMIT 1), s.k + 1 FROM s "
	    "WHERE s.id IS NOT NULL AND s.k < $1::int * 4) "
	    "SELECT id FROM s WHERE id IS NOT NULL AND pg_try_advisory_xact_lock(id) "
	    "LIMIT $1::int" },
	/*
	 * Up to $1 contacts with unprocessed messages that had crisis words
	 * (marked at ingest), in the order of their oldest such message,
	 * locked like ST_CLAIM_CONTACTS. message_in_urgent holds only those
	 * messages: almost always empty, read up to the inner LIMIT.
	 */
	[ST_CLAIM_URGENT] = { "claim_urgent", 1,
	    "SELECT contact_id FROM (SELECT contact_id, min(id) AS first FROM "
	    "(SELECT contact_id, id FROM message_in WHERE processed_at IS NULL AND urgent "
	    "ORDER BY id LIMIT $1::int * 4) o GROUP BY contact_id ORDER BY first) s "
	    "WHERE pg_try_advisory_xact_lock(contact_id) LIMIT $1::int" },
	/*
	 * The contacts $1 (named by this daemon's ingest) that no other
	 * transaction holds, locked like ST_CLAIM_CONTACTS, each once (a
	 * session's advisory lock succeeds again for it), in their order.
	 */
	[ST_CLAIM_GIVEN] = { "claim_given", 1,
	    "SELECT c.id FROM (SELECT id, min(k) AS k FROM unnest($1::bigint[]) "
	    "WITH ORDINALITY AS u (id, k) GROUP BY id) c "
	    "WHERE pg_try_advisory_xact_lock(c.id) ORDER BY c.k" },
	/*
	 * The claimed contacts' ($1, in claim order) unprocessed messages, in
	 * (provider timestamp, id) order, at most WORK_PENDING_MAX each.
	 */
	[ST_WORK_PENDING] = { "work_pending", 1,
	    "SELECT m.contact_id, m.id, m.channel, m.provider_id, "
	    "(extract(epoch FROM m.provider_ts) * 1000)::bigint, m.kind, m.body, m.choice_id, "
	    "m.meta::text FROM unnest($1::bigint[]) WITH ORDINALITY AS c (id, k) "
	    "CROSS JOIN LATERAL (SELECT * FROM message_in i WHERE i.contact_id = c.id "
	    "AND i.processed_at IS NULL ORDER BY i.provider_ts, i.id LIMIT 256) m "
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
	/* Processed messages ($1) and the conversation each was part of ($2). */
	[ST_WORK_PROCESSED] = { "work_processed", 2,
	    "UPDATE message_in m SET processed_at = now(), conversation_id = u.cv "
	    "FROM unnest($1::bigint[], $2::bigint[]) AS u (id, cv) WHERE m.id = u.id" },
	/*
	 * The replies of a batch, in their order: $1 channels, $2 contacts, $3
	 * conversations, $4 bodies (JSON). A contact's first reply is its head
	 * ('queued', claimable) when the contact has no open reply; every other
	 * one waits behind ('held') until the one before it is sent
	 * (ST_OUTBOX_PROMOTE). Returns the contacts whose new replies all wait
	 * behind an older one (the caller promotes them after its commit), with
	 * 0s for ST_OUTBOX_PROMOTE's $2, and the ids of the new heads.
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
	/*
	 * Due heads (one per contact at most, so reply 2 never overtakes reply
	 * 1), skipping rows another sender holds, leased: a sender that dies
	 * leaves rows that ST_OUTBOX_REQUEUE puts back after the lease. Reads
	 * message_out_ready in order up to the LIMIT: every row it reads is
	 * claimable, whatever waits behind the heads.
	 */
	[ST_OUTBOX_CLAIM] = { "outbox_claim", 2,
	    "WITH due AS (SELECT o.id FROM message_out o "
	    "WHERE o.status = 'queued' AND o.next_attempt_at <= now() "
	    "ORDER BY o.next_attempt_at, o.id LIMIT $1::int FOR UPDATE OF o SKIP LOCKED) "
	    SQL_CLAIM_LEASE },
	/*
	 * The same for the rows $3 (heads this daemon's workers queued or its
	 * sender promoted): found by primary key, no queue index read. "IS NOT
	 * DISTINCT FROM" keeps the planner off the partial indexes on status
	 * (see ST_OUTBOX_PROMOTE).
	 */
	[ST_OUTBOX_CLAIM_GIVEN] = { "outbox_claim_given", 3,
	    "WITH due AS (SELECT o.id FROM message_out o "
	    "WHERE o.id = ANY ($3::bigint[]) AND o.status IS NOT DISTINCT FROM 'queued' "
	    "AND o.next_attempt_at <= now() "
	    "ORDER BY o.id LIMIT $1::int FOR UPDATE OF o SKIP LOCKED) "
	    SQL_CLAIM_LEASE },
	/* Rows whose sender died: back in the queue, in their old place. */
	[ST_OUTBOX_REQUEUE] = { "outbox_requeue", 0,
	    "UPDATE message_out SET status = 'queued', lease_until = NULL, updated_at = now() "
	    "WHERE status = 'sending' AND lease_until < now()" },
	/* Accepted sends ($1 ids, $2 the provider's ids, in id order). */
	[ST_OUTBOX_SENT] = { "outbox_sent", 2,
	    "UPDATE message_out m SET provider_id = u.pid, attempts = attempts + 1, "
	    "sent_at = now(), lease_until = NULL, error_code = NULL, error_text = NULL, "
	    "updated_at = now(), status = 'sent' "
	    "FROM unnest($1::bigint[], $2::text[]) AS u (id, pid) WHERE m.id = u.id "
	    "AND m.status IS NOT DISTINCT FROM 'sending'" },
	/*
	 * A status report that came before we recorded the provider's id (kept
	 * in delivery_event) is applied now, to the sends of $1.
	 */
	[ST_OUTBOX_EARLY] = { "outbox_early", 1,
	    "UPDATE message_out m SET status = x.status, updated_at = now() FROM "
	    "(SELECT DISTINCT ON (o.id) o.id, e.status FROM message_out o JOIN delivery_event e "
	    "ON e.channel = o.channel AND e.provider_id = o.provider_id "
	    "WHERE o.id = ANY($1::bigint[]) ORDER BY o.id, " SQL_RANK("e.status") " DESC) x "
	    "WHERE m.id = x.id AND " SQL_RANK("m.status") " < " SQL_RANK("x.status") },
	/*
	 * Contacts $1 (whose head $2 finished, or who got replies behind a
	 * head: $2 0): each one's oldest open row after $2 becomes the head if
	 * it is held. Starting after the finished head skips the index entries
	 * of the contact's earlier replies. Run after the commit that finished
	 * the head or added the rows, so that of a worker adding rows and a
	 * sender finishing the head, at least one sees what the other did.
	 * The rows are found by their primary key. "status IS NOT DISTINCT FROM"
	 * rather than "=": the planner then cannot use message_out_contact_open
	 * (its predicate is on status; its second column is id) for the
	 * "id = ANY", which would walk that whole index.
	 */
	[ST_OUTBOX_PROMOTE] = { "outbox_promote", 2,
	    "UPDATE message_out m SET status = 'queued', updated_at = now() "
	    "WHERE m.id = ANY (ARRAY(SELECT (SELECT h.id FROM message_out h "
	    "WHERE h.contact_id = d.id AND h.id > d.after "
	    "AND h.status IN ('held', 'queued', 'sending') ORDER BY h.id LIMIT 1) "
	    "FROM unnest($1::bigint[], $2::bigint[]) AS d (id, after))) "
	    "AND m.status IS NOT DISTINCT FROM 'held' RETURNING m.id" },
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
	[ST_OUTBOX_NEXT_DUE] = { "outbox_next_due", 0,
	    "SELECT (extract(epoch FROM LEAST("
	    "(SELECT next_attempt_at FROM message_out WHERE status = 'queued' "
	    "ORDER BY next_attempt_at LIMIT 1), "
	    "(SELECT lease_until FROM message_out WHERE status = 'sending' "
	    "ORDER BY lease_until LIMIT 1)) - now()) * 1000)::bigint" },
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

_Static_assert(ST_COUNT <= 32, "the registry keeps prepared statements as bits of an unsigned int");

const char *
db_statement(size_t i, const char **name, int *nparams)
{
	if (i >= ST_COUNT)
		return NULL;
	*name = stmts[i].name;
	*nparams = stmts[i].nparams;
	return stmts[i].sql;
}

/* Decimal text of a 64-bit id, for a $n parameter. */
struct idtext {
	char	it_s[24];
};

static const char *
idtext(struct idtext *t, int64_t v)
{
	snprintf(t->it_s, sizeof(t->it_s), "%lld", (long long)v);
	return t->it_s;
}

/* ---- prepared-statement registry ---------------------------------------- */

#define DB_REGISTRY_MAX	1024	/* live connections tracked at once */

static struct {
	PGconn		*conn;
	unsigned int	 prepared;	/* bit i: stmts[i] prepared */
} registry[DB_REGISTRY_MAX];
static pthread_mutex_t registry_mu = PTHREAD_MUTEX_INITIALIZER;

static unsigned int
registry_get(PGconn *conn)
{
	unsigned int	 bits = 0;

	pthread_mutex_lock(&registry_mu);
	for (size_t i = 0; i < DB_REGISTRY_MAX; i++)
		if (registry[i].conn == conn) {
			bits = registry[i].prepared;
			break;
		}
	pthread_mutex_unlock(&registry_mu);
	return bits;
}

static void
registry_set(PGconn *conn, unsigned int bits)
{
	size_t	 empty = DB_REGISTRY_MAX;

	pthread_mutex_lock(&registry_mu);
	for (size_t i = 0; i < DB_REGISTRY_MAX; i++) {
		if (registry[i].conn == conn) {
			registry[i].prepared = bits;
			pthread_mutex_unlock(&registry_mu);
			return;
		}
		if (registry[i].conn == NULL && empty == DB_REGISTRY_MAX)
			empty = i;
	}
	if (empty < DB_REGISTRY_MAX) {
		registry[empty].conn = conn;
		registry[empty].prepared = bits;
	}
	/* Cannot be full: the pool (at most 256) and the daemon's own threads
	 * hold far fewer connections than DB_REGISTRY_MAX. */
	pthread_mutex_unlock(&registry_mu);
}

static void
registry_drop(PGconn *conn)
{
	pthread_mutex_lock(&registry_mu);
	for (size_t i = 0; i < DB_REGISTRY_MAX; i++)
		if (registry[i].conn == conn) {
			registry[i].conn = NULL;
			registry[i].prepared = 0;
		}
	pthread_mutex_unlock(&registry_mu);
}

/* Copy libpq's message (without the trailing newline) into err. */
static void
copy_error(const char *what, const char *msg, char *err, size_t errlen)
{
	size_t	 n;

	if (msg == NULL || *msg == '\0')
		msg = "unknown error";
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		n--;
	snprintf(err, errlen, "%s: %.*s", what, (int)n, msg);
}

/*
 * A failed result's error for err: SQLSTATE and the primary message only.
 * DETAIL and CONTEXT may quote parameter values (message text, phone
 * numbers) and so never leave this function.
 */
static void
result_error(const char *what, const PGresult *res, PGconn *conn, char *err, size_t errlen)
{
	const char	*state, *primary;

	if (res == NULL) {
		copy_error(what, PQerrorMessage(conn), err, errlen);
		return;
	}
	state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	if (primary == NULL) {
		copy_error(what, PQresStatus(PQresultStatus(res)), err, errlen);
		return;
	}
	snprintf(err, errlen, "%s: %s %s", what, state != NULL ? state : "", primary);
}

static int
stmt_prepare(PGconn *conn, enum stmt s, char *err, size_t errlen)
{
	PGresult	*res;
	unsigned int	 bits = registry_get(conn);

	if (bits & (1u << s))
		return 0;
	res = PQprepare(conn, stmts[s].name, stmts[s].sql, stmts[s].nparams, NULL);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		result_error(stmts[s].name, res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	registry_set(conn, bits | (1u << s));
	return 0;
}

/*
 * Run a prepared statement; NULL values are SQL NULL. Returns the result
 * (caller PQclear()s) when its status is the expected one, else NULL with
 * err filled.
 */
static PGresult *
stmt_exec(PGconn *conn, enum stmt s, const char *const *values, ExecStatusType want,
    char *err, size_t errlen)
{
	PGresult	*res;

	if (stmt_prepare(conn, s, err, errlen) == -1)
		return NULL;
	res = PQexecPrepared(conn, stmts[s].name, stmts[s].nparams, values, NULL, NULL, 0);
	if (PQresultStatus(res) != want) {
		result_error(stmts[s].name, res, conn, err, errlen);
		PQclear(res);
		return NULL;
	}
	return res;
}

static int
stmt_run(PGconn *conn, enum stmt s, const char *const *values, char *err, size_t errlen)
{
	PGresult	*res = stmt_exec(conn, s, values, PGRES_COMMAND_OK, err, errlen);

	if (res == NULL)
		return -1;
	PQclear(res);
	return 0;
}

static int
simple_exec(PGconn *conn, const char *sql, char *err, size_t errlen)
{
	PGresult	*res = PQexec(conn, sql);

	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		result_error(sql, res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	return 0;
}

/* ---- connections and the pool -------------------------------------------- */

#define DB_CONNECT_TIMEOUT	"5"	/* seconds, unless the URL says otherwise */
#define DB_STATEMENT_TIMEOUT_MS	"15000"	/* statement_timeout, unless the URL says otherwise */
/* The session's settings (see db_connect); the URL's "options" come after them. */
#define DB_SESSION_OPTIONS	"-c statement_timeout=" DB_STATEMENT_TIMEOUT_MS \
	" -c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off" \
	" -c plan_cache_mode=force_generic_plan"
#define DB_ACQUIRE_WAIT_MS	5000	/* waiting for a free pooled connection */

static void
notice_quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;	/* NOTICEs (e.g. "relation exists, skipping") are not events */
}

PGconn *
db_connect(const char *conninfo, char *err, size_t errlen)
{
	return db_connect_as(conninfo, "praatpaal", err, errlen);
}

/*
 * The same, with name as application_name (pg_stat_activity shows which
 * part of the daemon a connection serves: "praatpaal ingest", ...).
 */
PGconn *
db_connect_as(const char *conninfo, const char *name, char *err, size_t errlen)
{
	/*
	 * Defaults first: a value in conninfo (expanded from dbname) wins, but
	 * its options are added to ours. Every statement is bounded, so a bad plan or a lock held elsewhere
	 * costs seconds, and a thread that also drives HTTP (the sender) is
	 * never frozen for minutes.
	 *
	 * Plans: every statement of the daemon touches a few rows through an
	 * index, but the queue tables go from empty to tens of thousands of
	 * rows in seconds. A plan cached while a table was small (a sequential
	 * scan, or a hash join over the whole "4-row" table) stayed until the
	 * next autoanalyze and made statements take seconds
	 * (docs/performance.md). Without sequential scans, hash and merge
	 * joins, every plan is index lookups in nested loops: its cost grows
	 * with the rows a statement touches, not with the table, so the cached
	 * plans stay good and no statement is planned twice.
	 */
	const char	*keys[] = { "connect_timeout", "application_name", "dbname", "options",
			    NULL };
	const char	*vals[] = { DB_CONNECT_TIMEOUT, name, conninfo, NULL, NULL };
	PQconninfoOption *opts, *o;
	struct buf	 options;
	char		*perr = NULL;
	PGconn		*conn;

	/*
	 * Options the URL gives are added after ours (a later -c wins), not
	 * put in their place: "options" is listed after "dbname", whose
	 * expansion it would otherwise replace.
	 */
	buf_init(&options, 0);
	if (buf_puts(&options, DB_SESSION_OPTIONS) == -1)
		abort();
	/* A plain database name does not parse, and has no options. */
	if ((opts = PQconninfoParse(conninfo, &perr)) != NULL) {
		for (o = opts; o->keyword != NULL; o++)
			if (strcmp(o->keyword, "options") == 0 && o->val != NULL &&
			    o->val[0] != '\0' && (buf_puts(&options, " ") == -1 ||
			    buf_puts(&options, o->val) == -1))
				abort();
		PQconninfoFree(opts);
	}
	PQfreemem(perr);
	vals[3] = options.data;
	conn = PQconnectdbParams(keys, vals, 1);
	buf_free(&options);
	if (conn == NULL) {
		snprintf(err, errlen, "connect: out of memory");
		return NULL;
	}
	if (PQstatus(conn) != CONNECTION_OK) {
		copy_error("connect", PQerrorMessage(conn), err, errlen);
		PQfinish(conn);
		return NULL;
	}
	PQsetNoticeProcessor(conn, notice_quiet, NULL);
	return conn;
}

void
db_close(PGconn *conn)
{
	if (conn == NULL)
		return;
	registry_drop(conn);
	PQfinish(conn);
}

int
db_alive(PGconn *conn)
{
	if (conn == NULL || PQstatus(conn) != CONNECTION_OK)
		return 0;
	/*
	 * A server that went away leaves its goodbye (a FATAL message) and then
	 * EOF on the socket: the first read takes the message, the second sees
	 * EOF and marks the connection bad — no round trip needed.
	 */
	if (PQconsumeInput(conn) == 0 || PQconsumeInput(conn) == 0)
		return 0;
	return PQstatus(conn) == CONNECTION_OK &&
	    PQtransactionStatus(conn) == PQTRANS_IDLE;
}

struct db_pool {
	char		*dp_conninfo;
	int		 dp_size;
	int		 dp_open;	/* connections in use or idle */
	PGconn		**dp_idle;
	int		 dp_nidle;
	pthread_mutex_t	 dp_mu;
	pthread_cond_t	 dp_cv;
};

struct db_pool *
db_pool_new(const char *conninfo, int size)
{
	struct db_pool	*p = xcalloc(1, sizeof(*p));

	p->dp_conninfo = xstrdup(conninfo);
	p->dp_size = size > 0 ? size : 1;
	p->dp_idle = xcalloc((size_t)p->dp_size, sizeof(PGconn *));
	pthread_mutex_init(&p->dp_mu, NULL);
	pthread_cond_init(&p->dp_cv, NULL);
	return p;
}

void
db_pool_free(struct db_pool *p)
{
	if (p == NULL)
		return;
	for (int i = 0; i < p->dp_nidle; i++)
		db_close(p->dp_idle[i]);
	pthread_mutex_destroy(&p->dp_mu);
	pthread_cond_destroy(&p->dp_cv);
	free(p->dp_idle);
	free(p->dp_conninfo);
	free(p);
}

PGconn *
db_acquire(struct db_pool *p, char *err, size_t errlen)
{
	PGconn		*conn = NULL;
	struct timespec	 until;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += DB_ACQUIRE_WAIT_MS / 1000;

	pthread_mutex_lock(&p->dp_mu);
	for (;;) {
		if (p->dp_nidle > 0) {
			conn = p->dp_idle[--p->dp_nidle];
			break;
		}
		if (p->dp_open < p->dp_size) {
			p->dp_open++;
			break;
		}
		if (pthread_cond_timedwait(&p->dp_cv, &p->dp_mu, &until) == ETIMEDOUT) {
			pthread_mutex_unlock(&p->dp_mu);
			snprintf(err, errlen, "connection pool: all %d connections busy", p->dp_size);
			return NULL;
		}
	}
	pthread_mutex_unlock(&p->dp_mu);

	if (conn != NULL && db_alive(conn))
		return conn;
	if (conn != NULL) {
		log_info("database connection lost, reconnecting");
		db_close(conn);
	}
	conn = db_connect(p->dp_conninfo, err, errlen);
	if (conn == NULL) {
		pthread_mutex_lock(&p->dp_mu);
		p->dp_open--;
		pthread_cond_signal(&p->dp_cv);
		pthread_mutex_unlock(&p->dp_mu);
	}
	return conn;
}

void
db_release(struct db_pool *p, PGconn *conn)
{
	if (conn == NULL)
		return;
	if (PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) != PQTRANS_IDLE) {
		db_close(conn);
		conn = NULL;
	}
	pthread_mutex_lock(&p->dp_mu);
	if (conn != NULL)
		p->dp_idle[p->dp_nidle++] = conn;
	else
		p->dp_open--;
	pthread_cond_signal(&p->dp_cv);
	pthread_mutex_unlock(&p->dp_mu);
}

int
db_begin(PGconn *conn, char *err, size_t errlen)
{
	return simple_exec(conn, "BEGIN", err, errlen);
}

int
db_commit(PGconn *conn, char *err, size_t errlen)
{
	return simple_exec(conn, "COMMIT", err, errlen);
}

void
db_rollback(PGconn *conn)
{
	PGresult	*res;

	if (PQstatus(conn) != CONNECTION_OK)
		return;
	res = PQexec(conn, "ROLLBACK");
	PQclear(res);
}

int
db_schema_version(PGconn *conn, int *version, char *err, size_t errlen)
{
	PGresult	*res;
	long long	 v;

	/* Not prepared: the table may not exist, and that is an answer. */
	res = PQexec(conn, "SELECT to_regclass('schema_migrations') IS NOT NULL");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		result_error("schema version", res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	if (strcmp(PQgetvalue(res, 0, 0), "t") != 0) {
		PQclear(res);
		*version = 0;
		return 0;
	}
	PQclear(res);
	res = PQexec(conn, "SELECT COALESCE(max(version), 0) FROM schema_migrations");
	if (PQresultStatus(res) != PGRES_TUPLES_OK ||
	    util_parse_ll(PQgetvalue(res, 0, 0), 0, 1000000, &v) == -1) {
		result_error("schema version", res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	*version = (int)v;
	return 0;
}

/* ---- ingest ---------------------------------------------------------------- */

/*
 * A webhook batch is one transaction of few statements: all its messages in
 * one statement (ST_INGEST_BATCH, with the batch as a JSON parameter), and
 * two per delivery status, sent as a pipeline (one round trip per
 * DB_PIPELINE_CHUNK statements). Chunks keep the results the server has to
 * buffer small, so a blocking write can never wait on a server that waits
 * on us.
 */
#define DB_PIPELINE_CHUNK	256	/* statements per pipeline sync */
#define CONTACT_RETRIES		3	/* a new contact created by another transaction */

/*
 * Pipelining: statements are sent without waiting for each answer, in
 * chunks of at most DB_PIPELINE_CHUNK ended by a sync point, and their
 * results read after each sync. One round trip per chunk instead of one
 * per statement. The caller's callbacks send statement i (0 or -1) and
 * read its result (0 or -1). With begin set, "BEGIN" goes first and the
 * caller commits; without it every chunk is its own implicit transaction.
 * After an error the server skips the rest of the chunk; the function
 * reads up to the sync point so the connection leaves pipeline mode in a
 * state the caller can roll back.
 */
struct pipe_calls {
	int	(*pc_want)(void *ctx, size_t i);	/* NULL: every statement */
	int	(*pc_send)(PGconn *, void *ctx, size_t i, char *err, size_t errlen);
	int	(*pc_read)(PGconn *, void *ctx, size_t i, char *err, size_t errlen);
};

/* Read up to and including the pipeline's sync point. */
static int
pipe_sync(PGconn *conn, char *err, size_t errlen)
{
	PGresult	*res;

	for (int i = 0; i < 4; i++) {
		res = PQgetResult(conn);
		if (res == NULL)
			continue;
		if (PQresultStatus(res) == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			return 0;
		}
		PQclear(res);
	}
	snprintf(err, errlen, "pipeline: sync point not received");
	return -1;
}

/* The result of a statement that returns none, and the NULL that ends it. */
static int
pipe_read_command(PGconn *conn, const char *what, ExecStatusType want, PGresult **keep,
    char *err, size_t errlen)
{
	PGresult	*res = PQgetResult(conn), *end;
	int		 rc = 0;

	if (res == NULL || PQresultStatus(res) != want) {
		result_error(what, res, conn, err, errlen);
		rc = -1;
	}
	if (keep != NULL && rc == 0)
		*keep = res;
	else
		PQclear(res);
	if (res != NULL && (end = PQgetResult(conn)) != NULL) {
		PQclear(end);
		if (rc == 0)
			snprintf(err, errlen, "%s: unexpected extra result", what);
		rc = -1;
	}
	return rc;
}

static int
pipe_run(PGconn *conn, const struct pipe_calls *pc, void *ctx, size_t n, int begin,
    char *err, size_t errlen)
{
	size_t		 i = 0, sent, first;
	int		 rc = 0, pending_sync = 0;

	if (PQenterPipelineMode(conn) == 0) {
		copy_error("pipeline", PQerrorMessage(conn), err, errlen);
		return -1;
	}
	while (i < n && rc == 0) {
		first = i;
		sent = 0;
		if (begin && first == 0 && PQsendQueryParams(conn, "BEGIN", 0, NULL, NULL, NULL,
		    NULL, 0) == 0) {
			copy_error("begin", PQerrorMessage(conn), err, errlen);
			rc = -1;
			break;
		}
		for (; i < n && sent < DB_PIPELINE_CHUNK; i++) {
			if (pc->pc_want != NULL && !pc->pc_want(ctx, i))
				continue;
			if (pc->pc_send(conn, ctx, i, err, errlen) == -1) {
				rc = -1;
				break;
			}
			sent++;
		}
		if (rc == -1)
			break;
		if (PQpipelineSync(conn) == 0) {
			copy_error("pipeline sync", PQerrorMessage(conn), err, errlen);
			rc = -1;
			break;
		}
		pending_sync = 1;
		if (begin && first == 0)
			rc = pipe_read_command(conn, "begin", PGRES_COMMAND_OK, NULL, err, errlen);
		for (size_t j = first; j < i && rc == 0; j++) {
			if (pc->pc_want != NULL && !pc->pc_want(ctx, j))
				continue;
			rc = pc->pc_read(conn, ctx, j, err, errlen);
		}
		if (rc == 0) {
			rc = pipe_sync(conn, err, errlen);
			pending_sync = rc == -1;
		}
	}
	/* Each skipped statement gives at most a result and a NULL. */
	for (size_t k = 0; pending_sync && k < 2 * DB_PIPELINE_CHUNK + 8; k++) {
		PGresult *res = PQgetResult(conn);

		if (res == NULL) {
			if (PQstatus(conn) != CONNECTION_OK)
				break;
			continue;
		}
		if (PQresultStatus(res) == PGRES_PIPELINE_SYNC)
			pending_sync = 0;
		PQclear(res);
	}
	if (PQexitPipelineMode(conn) == 0 && rc == 0) {
		copy_error("pipeline exit", PQerrorMessage(conn), err, errlen);
		rc = -1;
	}
	return rc;
}

/*
 * The batch's messages as the JSON array ST_INGEST_BATCH reads: one object
 * per message with its position n. The caller frees the string.
 */
static char *
ingest_batch_json(struct payload *const *pls, size_t n, const char *key, size_t *count)
{
	json_t		*arr = json_array(), *o;
	char		 pseudo[PSEUDONYM_LEN + 1], *out;
	size_t		 pos = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pls[i]->pl_nmsgs; j++) {
			const struct inbound *in = &pls[i]->pl_msgs[j];

			crypto_pseudonym(key, channel_name(in->in_channel), in->in_from, pseudo);
			o = json_pack("{s:I, s:s, s:s, s:s, s:s?, s:s, s:I, s:s, s:s?, s:s?, s:s?}",
			    "n", (json_int_t)pos++, "ch", channel_name(in->in_channel),
			    "addr", in->in_from, "ps", pseudo, "nm", in->in_profile_name,
			    "pid", in->in_provider_id, "ts", (json_int_t)in->in_ts_ms,
			    "kind", msg_kind_name(in->in_kind), "body", in->in_text,
			    "choice", in->in_choice_id, "meta", in->in_meta);
			if (o != NULL && in->in_urgent &&
			    json_object_set_new(o, "u", json_true()) == -1) {
				json_decref(o);
				o = NULL;
			}
			if (o == NULL || json_array_append_new(arr, o) == -1) {
				json_decref(arr);
				return NULL;
			}
		}
	*count = pos;
	out = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return out;
}

/* Append the ids of a PostgreSQL bigint array's text ("{1,2}") to l. */
static int
id_array_parse(const char *s, struct idlist *l)
{
	long long	 v;
	char		*end;

	if (*s++ != '{')
		return -1;
	while (*s != '}') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (end == s || errno != 0 || (*end != ',' && *end != '}'))
			return -1;
		idlist_add(l, (int64_t)v);
		s = *end == ',' ? end + 1 : end;
	}
	return 0;
}

/* Run ST_INGEST_BATCH: new messages and their contacts into ing, *missing not stored for want of a contact. */
static int
ingest_batch_run(PGconn *conn, const char *json, struct ingested *ing, size_t *missing,
    char *err, size_t errlen)
{
	const char	*vals[1] = { json };
	PGresult	*res;
	long long	 a, b;

	res = stmt_exec(conn, ST_INGEST_BATCH, vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || util_parse_ll(PQgetvalue(res, 0, 0), 0, LLONG_MAX, &a) == -1 ||
	    util_parse_ll(PQgetvalue(res, 0, 1), 0, LLONG_MAX, &b) == -1 ||
	    (!PQgetisnull(res, 0, 2) && id_array_parse(PQgetvalue(res, 0, 2), &ing->ing_contacts) == -1) ||
	    (!PQgetisnull(res, 0, 3) && id_array_parse(PQgetvalue(res, 0, 3), &ing->ing_urgent) == -1)) {
		PQclear(res);
		snprintf(err, errlen, "ingest_batch: unexpected result");
		return -1;
	}
	PQclear(res);
	ing->ing_stored += (size_t)a;
	*missing = (size_t)b;
	return 0;
}

/* The statuses' statements through pipe_run. */
static int
status_send(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	const struct status_update *st = ((const struct status_update **)ctx)[i / 2];
	enum stmt	 s = i % 2 == 0 ? ST_STATUS_EVENT : ST_STATUS_APPLY;
	char		 ts[24];
	const char	*vals[6];

	snprintf(ts, sizeof(ts), "%lld", (long long)st->st_ts_ms);
	vals[0] = channel_name(st->st_channel);
	vals[1] = st->st_provider_id;
	vals[2] = out_status_name(st->st_status);
	vals[3] = st->st_error_code;
	vals[4] = st->st_error_text;
	vals[5] = ts;
	if (PQsendQueryPrepared(conn, stmts[s].name, stmts[s].nparams, vals, NULL, NULL, 0) == 0) {
		copy_error(stmts[s].name, PQerrorMessage(conn), err, errlen);
		return -1;
	}
	return 0;
}

static int
status_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	(void)ctx;
	return pipe_read_command(conn, i % 2 == 0 ? "status_event" : "status_apply",
	    PGRES_COMMAND_OK, NULL, err, errlen);
}

static const struct pipe_calls status_calls = { NULL, status_send, status_read };

void
db_ingested_free(struct ingested *ing)
{
	idlist_free(&ing->ing_contacts);
	idlist_free(&ing->ing_urgent);
	ing->ing_stored = 0;
}

int
db_ingest(PGconn *conn, struct payload *const *pls, size_t n, const char *key,
    struct ingested *ing, char *err, size_t errlen)
{
	const struct status_update **sts = NULL;
	char			*json = NULL;
	size_t			 nmsgs = 0, nsts = 0, missing = 0, i, j;

	memset(ing, 0, sizeof(*ing));
	for (i = 0; i < n; i++) {
		nmsgs += pls[i]->pl_nmsgs;
		nsts += pls[i]->pl_nstats;
	}
	if (nmsgs == 0 && nsts == 0)
		return 0;
	if (stmt_prepare(conn, ST_INGEST_BATCH, err, errlen) == -1 ||
	    stmt_prepare(conn, ST_STATUS_EVENT, err, errlen) == -1 ||
	    stmt_prepare(conn, ST_STATUS_APPLY, err, errlen) == -1)
		return -1;
	/*
	 * Messages only (the usual case): the one statement is its own
	 * transaction, one round trip. A retry for a contact that was not
	 * visible yet stores only what the first run did not (ON CONFLICT).
	 */
	if (nsts > 0 && db_begin(conn, err, errlen) == -1)
		return -1;
	if (nmsgs > 0) {
		if ((json = ingest_batch_json(pls, n, key, &nmsgs)) == NULL) {
			snprintf(err, errlen, "ingest: cannot encode the batch");
			goto fail;
		}
		for (int attempt = 1;; attempt++) {
			if (ingest_batch_run(conn, json, ing, &missing, err, errlen) == -1)
				goto fail;
			if (missing == 0)
				break;
			if (attempt == CONTACT_RETRIES) {
				snprintf(err, errlen, "ingest: contact not found after %d attempts",
				    CONTACT_RETRIES);
				goto fail;
			}
		}
	}
	if (nsts > 0) {
		sts = xcalloc(nsts, sizeof(*sts));
		for (i = 0, nsts = 0; i < n; i++)
			for (j = 0; j < pls[i]->pl_nstats; j++)
				sts[nsts++] = &pls[i]->pl_stats[j];
		if (pipe_run(conn, &status_calls, (void *)sts, 2 * nsts, 0, err, errlen) == -1)
			goto fail;
	}
	if (nsts > 0 && db_commit(conn, err, errlen) == -1)
		goto fail;
	free(json);
	free(sts);
	return 0;
fail:
	free(json);
	free(sts);
	if (nsts > 0)
		db_rollback(conn);
	db_ingested_free(ing);
	return -1;
}

/* ---- worker ------------------------------------------------------------------ */

static void	id_array(struct buf *, const int64_t *, size_t);

static int
get_i64(PGresult *res, int row, int col, int64_t *out)
{
	long long	 v;

	if (PQgetisnull(res, row, col)) {
		*out = 0;
		return 0;
	}
	if (util_parse_ll(PQgetvalue(res, row, col), INT64_MIN, INT64_MAX, &v) == -1)
		return -1;
	*out = v;
	return 0;
}

static char *
get_str(PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return NULL;
	return xstrdup(PQgetvalue(res, row, col));
}

/*
 * One claim (ST_CLAIM_URGENT, or ST_CLAIM_CONTACTS over the ids (after,
 * upto]), appended to ids: each contact once (a transaction's advisory
 * lock succeeds again for a contact it holds).
 */
static int
claim_pass(PGconn *conn, enum stmt st, size_t max, int64_t after, int64_t upto, int64_t *ids,
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
	res = stmt_exec(conn, st, vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	for (int i = 0; i < PQntuples(res) && *n < max; i++) {
		if (get_i64(res, i, 0, &id) == -1)
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

int
db_claim_given(PGconn *conn, const int64_t *given, size_t ngiven, int64_t *ids, size_t *n,
    char *err, size_t errlen)
{
	struct buf	 arr;
	const char	*vals[1];
	PGresult	*res;
	int		 rows;

	*n = 0;
	if (ngiven == 0)
		return 0;
	buf_init(&arr, 0);
	id_array(&arr, given, ngiven);
	vals[0] = arr.data;
	res = stmt_exec(conn, ST_CLAIM_GIVEN, vals, PGRES_TUPLES_OK, err, errlen);
	buf_free(&arr);
	if (res == NULL)
		return -1;
	rows = PQntuples(res);
	for (int i = 0; i < rows && *n < ngiven; i++)
		if (get_i64(res, i, 0, &ids[*n]) == 0)
			(*n)++;
	PQclear(res);
	return 0;
}

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
	if (get_i64(res, r, 0, &cv->cv_id) == -1 ||
	    conv_status_parse(PQgetvalue(res, r, 1), &cv->cv_status) == -1 ||
	    get_i64(res, r, 3, &prio) == -1 ||
	    channel_parse(PQgetvalue(res, r, 6), &cv->cv_channel) == -1 ||
	    util_strlcpy(cv->cv_pseudonym, PQgetvalue(res, r, 7), sizeof(cv->cv_pseudonym)) == -1) {
		snprintf(err, errlen, "conversation: bad row");
		return -1;
	}
	cv->cv_priority = (int)prio;
	cv->cv_team = get_str(res, r, 2);
	cv->cv_lang = get_str(res, r, 4);
	cv->cv_state = get_str(res, r, 5);
	if (cv->cv_state == NULL)
		cv->cv_state = xstrdup("{}");
	return 0;
}

int
db_conversation_open(PGconn *conn, int64_t contact_id, struct conversation *cv,
    char *err, size_t errlen)
{
	char		 idbuf[24];
	const char	*vals[1] = { idbuf };
	PGresult	*res;
	int		 isnew = 0;

	snprintf(idbuf, sizeof(idbuf), "%lld", (long long)contact_id);
	res = stmt_exec(conn, ST_CONV_FIND, vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) == 0) {
		PQclear(res);
		res = stmt_exec(conn, ST_CONV_ADD, vals, PGRES_TUPLES_OK, err, errlen);
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

	vals[0] = idtext(&id, cv->cv_id);
	vals[1] = conv_status_name(cv->cv_status);
	vals[2] = cv->cv_team;
	vals[3] = idtext(&prio, cv->cv_priority);
	vals[4] = cv->cv_lang != NULL ? cv->cv_lang : "nl";
	vals[5] = cv->cv_state != NULL ? cv->cv_state : "{}";
	return stmt_run(conn, ST_CONV_SAVE, vals, err, errlen);
}

/* ---- the worker's batch -------------------------------------------------------- */

/* v (NULL: SQL NULL) as the next element of a PostgreSQL array literal. */
static void
array_add_text(struct buf *b, const char *v)
{
	if (b->len == 0 && buf_puts(b, "{") == -1)
		abort();
	if (b->len > 1 && buf_puts(b, ",") == -1)
		abort();
	if (v == NULL) {
		if (buf_puts(b, "NULL") == -1)
			abort();
		return;
	}
	if (buf_puts(b, "\"") == -1)
		abort();
	for (; *v != '\0'; v++)
		if (((*v == '"' || *v == '\\') && buf_puts(b, "\\") == -1) ||
		    buf_append(b, v, 1) == -1)
			abort();
	if (buf_puts(b, "\"") == -1)
		abort();
}

static void
array_add_id(struct buf *b, int64_t v)
{
	if (buf_printf(b, "%s%lld", b->len == 0 ? "{" : ",", (long long)v) == -1)
		abort();
}

/* Close an array literal built by array_add_*: "{}" when nothing was added. */
static const char *
array_end(struct buf *b)
{
	if (buf_puts(b, b->len == 0 ? "{}" : "}") == -1)
		abort();
	return b->data;
}

/* ids as a PostgreSQL array literal ("{1,2,3}") in b. */
static void
id_array(struct buf *b, const int64_t *ids, size_t n)
{
	buf_reset(b);
	for (size_t i = 0; i < n; i++)
		array_add_id(b, ids[i]);
	(void)array_end(b);
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

		if (get_i64(res, r, 0, &cid) == -1)
			goto bad;
		while (k < n && items[k].wi_contact_id != cid)
			k++;
		if (k == n)
			goto bad;
		wi = &items[k];
		wi->wi_pending = xrealloc(wi->wi_pending, (wi->wi_npending + 1) * sizeof(*p));
		p = &wi->wi_pending[wi->wi_npending];
		memset(p, 0, sizeof(*p));
		in = &p->pd_in;
		if (get_i64(res, r, 1, &p->pd_id) == -1 ||
		    channel_parse(PQgetvalue(res, r, 2), &in->in_channel) == -1 ||
		    get_i64(res, r, 4, &in->in_ts_ms) == -1 ||
		    msg_kind_parse(PQgetvalue(res, r, 5), &in->in_kind) == -1)
			goto bad;
		wi->wi_npending++;
		in->in_provider_id = get_str(res, r, 3);
		in->in_text = get_str(res, r, 6);
		in->in_choice_id = get_str(res, r, 7);
		in->in_meta = get_str(res, r, 8);
	}
	return 0;
bad:
	snprintf(err, errlen, "work_pending: bad row");
	return -1;
}

int
db_work_load(PGconn *conn, const int64_t *contacts, size_t n, struct work_item **out,
    char *err, size_t errlen)
{
	struct work_item	*items;
	struct buf		 arr;
	const char		*vals[1];
	PGresult		*res = NULL;
	size_t			 i;
	int			 rows;

	*out = NULL;
	if (n == 0)
		return 0;
	items = xcalloc(n, sizeof(*items));
	for (i = 0; i < n; i++)
		items[i].wi_contact_id = contacts[i];
	buf_init(&arr, 0);
	id_array(&arr, contacts, n);
	vals[0] = arr.data;
	res = stmt_exec(conn, ST_WORK_PENDING, vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL || work_pending_rows(res, items, n, err, errlen) == -1)
		goto fail;
	PQclear(res);
	res = NULL;
	/* Conversations only where there is something to step. */
	buf_reset(&arr);
	for (i = 0; i < n; i++)
		if (items[i].wi_npending > 0)
			array_add_id(&arr, contacts[i]);
	vals[0] = array_end(&arr);
	if (strcmp(vals[0], "{}") != 0) {
		res = stmt_exec(conn, ST_WORK_CONVS, vals, PGRES_TUPLES_OK, err, errlen);
		if (res == NULL)
			goto fail;
		rows = PQntuples(res);
		for (int r = 0; r < rows; r++) {
			int64_t cid;

			if (get_i64(res, r, 8, &cid) == -1) {
				snprintf(err, errlen, "work_convs: bad row");
				goto fail;
			}
			for (i = 0; i < n && items[i].wi_contact_id != cid; i++)
				;
			if (i == n || items[i].wi_cv.cv_id != 0) {
				snprintf(err, errlen, "work_convs: unexpected contact");
				goto fail;
			}
			if (conv_from_row(res, r, cid, &items[i].wi_cv, err, errlen) == -1)
				goto fail;
			items[i].wi_cv.cv_new = strcmp(PQgetvalue(res, r, 9), "t") == 0;
		}
		for (i = 0; i < n; i++)
			if (items[i].wi_npending > 0 && items[i].wi_cv.cv_id == 0) {
				snprintf(err, errlen, "work_convs: contact %lld has no conversation",
				    (long long)items[i].wi_contact_id);
				goto fail;
			}
	}
	PQclear(res);
	buf_free(&arr);
	*out = items;
	return 0;
fail:
	PQclear(res);
	buf_free(&arr);
	db_work_free(items, n);
	return -1;
}

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

	for (size_t i = 0; i < sizeof(bufs) / sizeof(bufs[0]); i++)
		buf_init(bufs[i], 0);
	return w;
}

void
db_writes_free(struct work_writes *w)
{
	if (w == NULL)
		return;
	struct buf *bufs[] = WW_BUFS(w);

	for (size_t i = 0; i < sizeof(bufs) / sizeof(bufs[0]); i++)
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
		array_add_text(&w->ww_out_ch, channel_name(cv->cv_channel));
		array_add_id(&w->ww_out_ct, cv->cv_contact_id);
		array_add_id(&w->ww_out_cv, cv->cv_id);
		array_add_text(&w->ww_out_body, jsons[i]);
		w->ww_nout++;
	}
}

void
db_writes_processed(struct work_writes *w, int64_t msg_id, int64_t conv_id)
{
	array_add_id(&w->ww_done_id, msg_id);
	array_add_id(&w->ww_done_cv, conv_id);
	w->ww_ndone++;
}

void
db_writes_conversation(struct work_writes *w, const struct conversation *cv)
{
	array_add_id(&w->ww_cv_id, cv->cv_id);
	array_add_text(&w->ww_cv_status, conv_status_name(cv->cv_status));
	array_add_text(&w->ww_cv_team, cv->cv_team);
	array_add_id(&w->ww_cv_prio, cv->cv_priority);
	array_add_text(&w->ww_cv_lang, cv->cv_lang != NULL ? cv->cv_lang : "nl");
	array_add_text(&w->ww_cv_state, cv->cv_state != NULL ? cv->cv_state : "{}");
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
	enum stmt		 st;

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
		if (PQsendQueryParams(conn, "COMMIT", 0, NULL, NULL, NULL, NULL, 0) == 0) {
			copy_error("commit", PQerrorMessage(conn), err, errlen);
			return -1;
		}
		return 0;
	}
	if (PQsendQueryPrepared(conn, stmts[st].name, stmts[st].nparams, vals, NULL, NULL,
	    0) == 0) {
		copy_error(stmts[st].name, PQerrorMessage(conn), err, errlen);
		return -1;
	}
	return 0;
}

static int
writes_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct work_writes *w = ctx;
	static const char *const what[WW_COUNT] = {
		"work_outbox", "work_processed", "work_conv_save", "commit"
	};

	if (i == WW_OUTBOX)
		return pipe_read_command(conn, what[i], PGRES_TUPLES_OK, &w->ww_behind, err, errlen);
	return pipe_read_command(conn, what[i], PGRES_COMMAND_OK, NULL, err, errlen);
}

static const struct pipe_calls writes_calls = { writes_want, writes_send, writes_read };

int
db_writes_commit(PGconn *conn, struct work_writes *w, int *promoted, struct idlist *heads,
    char *err, size_t errlen)
{
	struct buf *arrays[] = WW_BUFS(w);

	const char *vals[2];
	char promote_err[256];

	*promoted = 1;
	for (size_t i = 0; i < sizeof(arrays) / sizeof(arrays[0]); i++)
		(void)array_end(arrays[i]);
	if (stmt_prepare(conn, ST_WORK_OUTBOX, err, errlen) == -1 ||
	    stmt_prepare(conn, ST_WORK_PROCESSED, err, errlen) == -1 ||
	    stmt_prepare(conn, ST_WORK_CONV_SAVE, err, errlen) == -1)
		return -1;
	if (pipe_run(conn, &writes_calls, w, WW_COUNT, 0, err, errlen) == -1)
		return -1;
	/*
	 * Replies that wait behind an older one: promote now that they are
	 * committed, in case that one finished meanwhile and its sender could
	 * not see them (its own transaction; its failure is not the batch's).
	 */
	if (w->ww_behind == NULL || PQntuples(w->ww_behind) != 1)
		return 0;
	if (!PQgetisnull(w->ww_behind, 0, 2))
		(void)id_array_parse(PQgetvalue(w->ww_behind, 0, 2), heads);
	if (!PQgetisnull(w->ww_behind, 0, 0)) {
		PGresult *res;

		/* The contacts, and 0 as "after": from their oldest row on. */
		vals[0] = PQgetvalue(w->ww_behind, 0, 0);
		vals[1] = PQgetvalue(w->ww_behind, 0, 1);
		res = stmt_exec(conn, ST_OUTBOX_PROMOTE, vals, PGRES_TUPLES_OK, promote_err,
		    sizeof(promote_err));
		if (res == NULL) {
			*promoted = 0;
			return 0;
		}
		for (int r = 0; r < PQntuples(res); r++) {
			int64_t id;

			if (get_i64(res, r, 0, &id) == 0)
				idlist_add(heads, id);
		}
		PQclear(res);
	}
	return 0;
}

/* ---- sender ---------------------------------------------------------------------- */

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

int
db_outbox_claim(PGconn *conn, size_t max, int lease_s, const struct idlist *given,
    struct out_row **out, size_t *n, char *err, size_t errlen)
{
	char		 maxbuf[24], leasebuf[16];
	const char	*vals[3] = { maxbuf, leasebuf, NULL };
	struct buf	 arr;
	PGresult	*res;
	struct out_row	*rows;
	int		 nrows;
	int64_t		 attempts;

	*out = NULL;
	*n = 0;
	snprintf(maxbuf, sizeof(maxbuf), "%zu", max);
	snprintf(leasebuf, sizeof(leasebuf), "%d", lease_s);
	buf_init(&arr, 0);
	if (given != NULL) {
		id_array(&arr, given->il_ids, given->il_n);
		vals[2] = arr.data;
	}
	res = stmt_exec(conn, given != NULL ? ST_OUTBOX_CLAIM_GIVEN : ST_OUTBOX_CLAIM, vals,
	    PGRES_TUPLES_OK, err, errlen);
	buf_free(&arr);
	if (res == NULL)
		return -1;
	nrows = PQntuples(res);
	rows = xcalloc(nrows > 0 ? (size_t)nrows : 1, sizeof(*rows));
	for (int i = 0; i < nrows; i++) {
		struct out_row *r = &rows[i];

		if (get_i64(res, i, 0, &r->or_id) == -1 ||
		    channel_parse(PQgetvalue(res, i, 1), &r->or_channel) == -1 ||
		    get_i64(res, i, 4, &attempts) == -1 ||
		    get_i64(res, i, 6, &r->or_last_inbound_ms) == -1 ||
		    get_i64(res, i, 7, &r->or_contact_id) == -1 ||
		    util_strlcpy(r->or_pseudonym, PQgetvalue(res, i, 5), sizeof(r->or_pseudonym)) == -1) {
			snprintf(err, errlen, "outbox claim: bad row %s", PQgetvalue(res, i, 0));
			db_out_rows_free(rows, (size_t)i);
			PQclear(res);
			return -1;
		}
		r->or_attempts = (int)attempts;
		r->or_to = get_str(res, i, 2);
		r->or_body = get_str(res, i, 3);
	}
	PQclear(res);
	*out = rows;
	*n = (size_t)nrows;
	return 0;
}

int
db_outbox_next_due(PGconn *conn, int64_t *ms, char *err, size_t errlen)
{
	PGresult	*res;

	res = stmt_exec(conn, ST_OUTBOX_NEXT_DUE, NULL, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || PQgetisnull(res, 0, 0))
		*ms = -1;
	else if (get_i64(res, 0, 0, ms) == -1 || *ms < 0)
		*ms = 0;
	PQclear(res);
	return 0;
}

/* ---- dialogue actions ------------------------------------------------------------ */


int
db_handover(PGconn *conn, const struct conversation *cv, const char *summary_json,
    char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { idtext(&a, cv->cv_id), summary_json };

	return stmt_run(conn, ST_HANDOVER, vals, err, errlen);
}

int
db_story_add(PGconn *conn, const struct conversation *cv, const char *kind, const char *vars_json,
    char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*vals[4] = { idtext(&a, cv->cv_contact_id), idtext(&b, cv->cv_id), kind,
			    vars_json };

	return stmt_run(conn, ST_STORY_ADD, vals, err, errlen);
}

int
db_consent_record(PGconn *conn, const struct conversation *cv, int granted, const char *version,
    char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*g = granted ? "true" : "false";
	const char	*ev[4] = { idtext(&a, cv->cv_contact_id), idtext(&b, cv->cv_id), g, version };
	const char	*ct[3] = { a.it_s, g, version };

	if (stmt_run(conn, ST_CONSENT_EVENT, ev, err, errlen) == -1)
		return -1;
	return stmt_run(conn, ST_CONSENT_CONTACT, ct, err, errlen);
}

int
db_erasure_request(PGconn *conn, const struct conversation *cv, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[1] = { idtext(&a, cv->cv_contact_id) };

	return stmt_run(conn, ST_ERASURE, vals, err, errlen);
}

int
db_contact_optout(PGconn *conn, int64_t contact_id, int out, char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { idtext(&a, contact_id), out ? "true" : "false" };

	return stmt_run(conn, ST_OPTOUT, vals, err, errlen);
}

int
db_alert_add(PGconn *conn, const struct conversation *cv, const char *category,
    char *err, size_t errlen)
{
	struct idtext	 a;
	const char	*vals[2] = { idtext(&a, cv->cv_id), category };

	return stmt_run(conn, ST_ALERT, vals, err, errlen);
}

int
db_consent_claim(PGconn *conn, const struct conversation *cv, int *claim,
    char *err, size_t errlen)
{
	struct idtext	 a, b;
	const char	*vals[2] = { idtext(&a, cv->cv_contact_id), idtext(&b, cv->cv_id) };
	PGresult	*res;

	res = stmt_exec(conn, ST_CONSENT_CLAIM, vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	*claim = PQntuples(res) == 1;
	PQclear(res);
	return 0;
}

/*
 * db_outbox_record's statements through pipe_run, after its BEGIN: a
 * retried or failed send is one UPDATE each; the accepted sends are one
 * UPDATE for all (RS_SENT) and one that applies statuses that came early
 * (RS_EARLY); then COMMIT, then the promotion of the next held row of each
 * contact whose head finished (RS_PROMOTE, its own transaction so that it
 * sees rows a worker committed meanwhile). A failed promotion is not a
 * failed record: the sweep in db_outbox_requeue makes up for it.
 */
enum { RS_SENT, RS_EARLY, RS_COMMIT, RS_PROMOTE, RS_COUNT };

struct record_ctx {
	const struct out_result	*rc_res;
	size_t			 rc_n;
	size_t			 rc_nsent;
	size_t			 rc_ndone;	/* sent or failed: a head finished */
	struct buf		 rc_sent_ids;
	struct buf		 rc_sent_pids;
	struct buf		 rc_done_ids;	/* their contacts */
	struct buf		 rc_done_after;	/* and the finished rows */
	int			 rc_promote_failed;
	int			 rc_committed;	/* the COMMIT was answered: recorded */
	struct idlist		*rc_heads;	/* promoted rows */
};

static int
record_want(void *ctx, size_t i)
{
	struct record_ctx *rc = ctx;

	if (i < rc->rc_n)
		return rc->rc_res[i].ors_kind != OUTR_SENT;
	switch (i - rc->rc_n) {
	case RS_SENT:
	case RS_EARLY:
		return rc->rc_nsent > 0;
	case RS_PROMOTE:
		return rc->rc_ndone > 0;
	default:
		return 1;
	}
}

static int
record_send(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct record_ctx	*rc = ctx;
	struct idtext		 id, delay;
	const char		*vals[4];
	enum stmt		 st;
	int			 n;

	if (i >= rc->rc_n) {
		switch (i - rc->rc_n) {
		case RS_SENT:
			st = ST_OUTBOX_SENT;
			vals[0] = rc->rc_sent_ids.data;
			vals[1] = rc->rc_sent_pids.data;
			n = 2;
			break;
		case RS_EARLY:
			st = ST_OUTBOX_EARLY;
			vals[0] = rc->rc_sent_ids.data;
			n = 1;
			break;
		case RS_PROMOTE:
			st = ST_OUTBOX_PROMOTE;
			vals[0] = rc->rc_done_ids.data;
			vals[1] = rc->rc_done_after.data;
			n = 2;
			break;
		default:
			if (PQsendQueryParams(conn, "COMMIT", 0, NULL, NULL, NULL, NULL, 0) == 0) {
				copy_error("commit", PQerrorMessage(conn), err, errlen);
				return -1;
			}
			return 0;
		}
	} else {
		const struct out_result *r = &rc->rc_res[i];

		vals[0] = idtext(&id, r->ors_id);
		if (r->ors_kind == OUTR_RETRY) {
			st = ST_OUTBOX_RETRY;
			vals[1] = idtext(&delay, r->ors_delay_ms > 0 ? r->ors_delay_ms : 0);
			vals[2] = r->ors_code;
			vals[3] = r->ors_text;
			n = 4;
		} else {
			st = ST_OUTBOX_FAILED;
			vals[1] = r->ors_code;
			vals[2] = r->ors_text;
			n = 3;
		}
	}
	if (PQsendQueryPrepared(conn, stmts[st].name, n, vals, NULL, NULL, 0) == 0) {
		copy_error(stmts[st].name, PQerrorMessage(conn), err, errlen);
		return -1;
	}
	return 0;
}

static int
record_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	struct record_ctx *rc = ctx;
	char promote_err[256];
	PGresult *res = NULL;

	if (i == rc->rc_n + RS_PROMOTE) {
		if (pipe_read_command(conn, "outbox_promote", PGRES_TUPLES_OK, &res, promote_err,
		    sizeof(promote_err)) == -1) {
			rc->rc_promote_failed = 1;
			return 0;
		}
		for (int r = 0; r < PQntuples(res); r++) {
			int64_t id;

			if (get_i64(res, r, 0, &id) == 0)
				idlist_add(rc->rc_heads, id);
		}
		PQclear(res);
		return 0;
	}
	if (i == rc->rc_n + RS_COMMIT) {
		if (pipe_read_command(conn, "commit", PGRES_COMMAND_OK, NULL, err, errlen) == -1)
			return -1;
		rc->rc_committed = 1;
		return 0;
	}
	return pipe_read_command(conn, "outbox_record", PGRES_COMMAND_OK, NULL, err, errlen);
}

static const struct pipe_calls record_calls = { record_want, record_send, record_read };

static int
out_result_cmp(const void *a, const void *b)
{
	const struct out_result *x = a, *y = b;

	return x->ors_id < y->ors_id ? -1 : x->ors_id > y->ors_id;
}

int
db_outbox_record(PGconn *conn, const struct out_result *res, size_t n, int *promoted,
    struct idlist *heads, char *err, size_t errlen)
{
	struct record_ctx	 rc;
	struct out_result	*sorted;
	int			 rv = 0;

	*promoted = 0;
	if (n == 0)
		return 0;
	for (enum stmt st = ST_OUTBOX_SENT; st <= ST_OUTBOX_PROMOTE; st++)
		if (stmt_prepare(conn, st, err, errlen) == -1)
			return -1;
	if (stmt_prepare(conn, ST_OUTBOX_RETRY, err, errlen) == -1 ||
	    stmt_prepare(conn, ST_OUTBOX_FAILED, err, errlen) == -1)
		return -1;
	/* In id order: rows are locked alike by every sender. */
	sorted = xcalloc(n, sizeof(*sorted));
	memcpy(sorted, res, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), out_result_cmp);
	memset(&rc, 0, sizeof(rc));
	rc.rc_res = sorted;
	rc.rc_n = n;
	rc.rc_heads = heads;
	buf_init(&rc.rc_sent_ids, 0);
	buf_init(&rc.rc_sent_pids, 0);
	buf_init(&rc.rc_done_ids, 0);
	buf_init(&rc.rc_done_after, 0);
	for (size_t i = 0; i < n; i++) {
		if (sorted[i].ors_kind == OUTR_RETRY)
			continue;
		array_add_id(&rc.rc_done_ids, sorted[i].ors_contact_id);
		array_add_id(&rc.rc_done_after, sorted[i].ors_id);
		rc.rc_ndone++;
		if (sorted[i].ors_kind != OUTR_SENT)
			continue;
		array_add_id(&rc.rc_sent_ids, sorted[i].ors_id);
		array_add_text(&rc.rc_sent_pids, sorted[i].ors_provider_id != NULL ?
		    sorted[i].ors_provider_id : "");
		rc.rc_nsent++;
	}
	(void)array_end(&rc.rc_sent_ids);
	(void)array_end(&rc.rc_sent_pids);
	(void)array_end(&rc.rc_done_ids);
	(void)array_end(&rc.rc_done_after);
	if (pipe_run(conn, &record_calls, &rc, n + RS_COUNT, 1, err, errlen) == -1 &&
	    !rc.rc_committed) {
		db_rollback(conn);
		rv = -1;
	} else {
		/*
		 * Committed: the results are in, whatever failed after (the
		 * promotion, the connection). Recording them again would count
		 * the attempts twice.
		 */
		*promoted = !rc.rc_promote_failed && PQstatus(conn) == CONNECTION_OK;
	}
	buf_free(&rc.rc_sent_ids);
	buf_free(&rc.rc_sent_pids);
	buf_free(&rc.rc_done_ids);
	buf_free(&rc.rc_done_after);
	free(sorted);
	return rv;
}

/* The number of rows a statement changed. */
static size_t
cmd_rows(PGresult *res)
{
	long long v = 0;

	return util_parse_ll(PQcmdTuples(res), 0, LLONG_MAX, &v) == 0 ? (size_t)v : 0;
}

int
db_outbox_requeue(PGconn *conn, size_t *n, size_t *stranded, char *err, size_t errlen)
{
	PGresult	*res;

	*n = *stranded = 0;
	res = stmt_exec(conn, ST_OUTBOX_REQUEUE, NULL, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*n = cmd_rows(res);
	PQclear(res);
	res = stmt_exec(conn, ST_OUTBOX_UNSTRAND, NULL, PGRES_COMMAND_OK, err, errlen);
	if (res == NULL)
		return -1;
	*stranded = cmd_rows(res);
	PQclear(res);
	return 0;
}
