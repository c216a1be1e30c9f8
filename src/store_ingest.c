/*
 * store_ingest.c — the ingest store: a batch of webhook payloads written
 * in one transaction of few statements. All its inbound messages go in
 * one statement (ST_INGEST_BATCH, the batch as a JSON parameter: contacts
 * found or created, messages inserted unless their provider id is known);
 * each delivery status is two statements (three when it names our outbox
 * row through the send's echo), sent as a pipeline (db_pipe_run).
 * Two contacts that a message shows to be one person (a number and a BSUID)
 * are merged first, in the transaction that then stores the message
 * (ST_CONTACT_MERGE).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "store_ingest.h"
#include "store_outbox.h"
#include "store.h"
#include "crypto.h"

#define CONTACT_RETRIES		3	/* a new contact created by another transaction */
#define MERGE_PASSES		3	/* batch runs that find contacts to merge */

/* Pairs of contacts to merge: mp_x[i] known by number only, mp_y[i] by BSUID only. */
struct merge_pairs {
	struct idlist	 mp_x;
	struct idlist	 mp_y;
};

enum {
	ST_INGEST_BATCH,
	ST_IDENTITY_MOVE,
	ST_CONTACT_MERGE,
	ST_STATUS_EVENT,
	ST_STATUS_RESOLVE,
	ST_STATUS_APPLY,
	ST_COUNT
};

static const struct db_stmt stmts[ST_COUNT] = {
	/*
	 * Store a batch of inbound messages ($1: a JSON array, see
	 * ingest_batch_json) in one statement. Each message names its
	 * contact by address, by BSUID, or both ("key" joins them): the
	 * contact is the one with that address, else the one with that
	 * BSUID, else a new one (created in key order, so concurrent batches
	 * lock alike). A contact found gains the address or BSUID it lacked
	 * (unless another contact has it), and a new profile name or
	 * username. Messages are inserted in batch order unless their
	 * provider id is known, each queued for the workers in
	 * message_in_queue (migration 0022). A key whose address names a contact without
	 * a BSUID while its BSUID names another contact without an address
	 * ("j": one person known twice) stores nothing: it is returned as a
	 * pair to merge (ST_CONTACT_MERGE), and the caller runs the statement
	 * again after the merge. Returns (stored, messages whose contact is
	 * not visible yet, the contacts of the stored messages, those of
	 * them whose new message had crisis words: "u", the pairs to merge
	 * as two arrays: number contacts, BSUID contacts): a contact another
	 * transaction created meanwhile is not in our snapshot, and the
	 * caller runs the statement again.
	 */
	[ST_INGEST_BATCH] = { "ingest_batch", 1,
	    "WITH b AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(n int, ch text, "
	    "key text, addr text, bsuid text, ps text, nm text, un text, pid text, ts bigint, "
	    "kind text, body text, choice text, meta text, u boolean)), "
	    "k AS (SELECT DISTINCT ON (ch, key) ch, key, addr, bsuid, ps, nm, un FROM b "
	    "ORDER BY ch, key, nm IS NULL, n DESC), "
	    "f AS (SELECT k.*, x.id, x.address AS caddr, x.bsuid AS cbsuid, "
	    "x.profile_name AS cnm, x.username AS cun FROM k CROSS JOIN LATERAL "
	    "(SELECT * FROM (SELECT ct.id, ct.address, ct.bsuid, ct.profile_name, ct.username, "
	    "0 AS o FROM contact ct WHERE ct.channel = k.ch AND ct.address = k.addr "
	    "UNION ALL SELECT ct.id, ct.address, ct.bsuid, ct.profile_name, ct.username, 1 "
	    "FROM contact ct WHERE ct.channel = k.ch AND ct.bsuid = k.bsuid) y "
	    "ORDER BY o LIMIT 1) x), "
	    "j AS (SELECT * FROM (SELECT f.ch, f.key, f.id AS x, (SELECT o.id FROM contact o "
	    "WHERE o.channel = f.ch AND o.bsuid = f.bsuid AND o.address IS NULL) AS y FROM f "
	    "WHERE f.cbsuid IS NULL AND f.bsuid IS NOT NULL AND f.caddr = f.addr) p "
	    "WHERE y IS NOT NULL), "
	    "ins AS (INSERT INTO contact (channel, address, bsuid, pseudonym, profile_name, "
	    "username) SELECT ch, addr, bsuid, ps, nm, un FROM k WHERE NOT EXISTS "
	    "(SELECT 1 FROM f WHERE f.ch = k.ch AND f.key = k.key) ORDER BY ch, key "
	    "ON CONFLICT DO NOTHING RETURNING id, channel, address, bsuid), "
	    "c AS (SELECT ins.id, k.ch, k.key FROM ins JOIN k ON k.ch = ins.channel "
	    "AND k.addr IS NOT DISTINCT FROM ins.address AND k.bsuid IS NOT DISTINCT FROM ins.bsuid "
	    "UNION ALL SELECT id, ch, key FROM f WHERE NOT EXISTS "
	    "(SELECT 1 FROM j WHERE j.ch = f.ch AND j.key = f.key)), "
	    "g AS (SELECT DISTINCT ON (id) * FROM f "
	    "ORDER BY id, addr IS NULL, bsuid IS NULL, nm IS NULL, un IS NULL), "
	    "upd AS (UPDATE contact SET profile_name = COALESCE(g.nm, g.cnm), "
	    "username = COALESCE(g.un, g.cun), "
	    "address = CASE WHEN g.caddr IS NULL AND g.addr IS NOT NULL AND "
	    "(SELECT o.id FROM contact o WHERE o.channel = g.ch AND o.address = g.addr) IS NULL "
	    "THEN g.addr ELSE g.caddr END, "
	    "bsuid = CASE WHEN g.cbsuid IS NULL AND g.bsuid IS NOT NULL AND "
	    "(SELECT o.id FROM contact o WHERE o.channel = g.ch AND o.bsuid = g.bsuid) IS NULL "
	    "THEN g.bsuid ELSE g.cbsuid END FROM g WHERE contact.id = g.id AND "
	    "((g.nm IS NOT NULL AND g.cnm IS DISTINCT FROM g.nm) OR "
	    "(g.un IS NOT NULL AND g.cun IS DISTINCT FROM g.un) OR "
	    "(g.caddr IS NULL AND g.addr IS NOT NULL) OR (g.cbsuid IS NULL AND g.bsuid IS NOT NULL))), "
	    "m AS (INSERT INTO message_in (channel, provider_id, contact_id, provider_ts, kind, "
	    "body, choice_id, meta, urgent) SELECT b.ch, b.pid, c.id, to_timestamp(b.ts / 1000.0), "
	    "b.kind, b.body, b.choice, b.meta::jsonb, b.u IS TRUE FROM b "
	    "JOIN c ON c.ch = b.ch AND c.key = b.key ORDER BY b.n "
	    "ON CONFLICT (channel, provider_id) DO NOTHING "
	    "RETURNING contact_id, provider_ts, id, urgent), "
	    "q AS (INSERT INTO message_in_queue (contact_id, provider_ts, id, urgent) "
	    "SELECT contact_id, provider_ts, id, urgent FROM m) "
	    "SELECT (SELECT count(*) FROM m), (SELECT count(*) FROM b WHERE NOT EXISTS "
	    "(SELECT 1 FROM c WHERE c.ch = b.ch AND c.key = b.key) AND NOT EXISTS "
	    "(SELECT 1 FROM j WHERE j.ch = b.ch AND j.key = b.key)), "
	    "(SELECT array_agg(DISTINCT contact_id) FROM m), "
	    "(SELECT array_agg(DISTINCT contact_id) FROM m WHERE urgent), "
	    "(SELECT array_agg(x ORDER BY x, y) FROM j), (SELECT array_agg(y ORDER BY x, y) FROM j)" },
	/*
	 * A WhatsApp system event moved a contact ($1 channel): the contact
	 * with the old address $2 (else with the old BSUID $4) takes the new
	 * address $3 and the new BSUID $5 (each when given), unless another
	 * contact already has one of them (then nothing moves, and the new
	 * identity is a contact of its own).
	 */
	[ST_IDENTITY_MOVE] = { "identity_move", 5,
	    "UPDATE contact SET address = COALESCE($3::text, address), "
	    "bsuid = COALESCE($5::text, bsuid) "
	    "WHERE id = (SELECT id FROM contact WHERE channel = $1 AND "
	    "(address = $2::text OR bsuid = $4::text) "
	    "ORDER BY address = $2::text IS TRUE DESC LIMIT 1) "
	    "AND NOT EXISTS (SELECT 1 FROM contact o WHERE o.channel = $1 AND o.id <> contact.id "
	    "AND (o.address = $3::text OR o.bsuid = $5::text))" },
	/*
	 * Merge the contacts $1[i] (known by number only) and $2[i] (by BSUID
	 * only), each pair that still is that, under both contacts' advisory
	 * locks (migration 0014): the survivors and the merged contacts, with
	 * their pseudonyms.
	 */
	[ST_CONTACT_MERGE] = { "contact_merge", 2,
	    "SELECT survivor, merged, survivor_pseudonym, merged_pseudonym "
	    "FROM contact_merge($1::bigint[], $2::bigint[])" },
	[ST_STATUS_EVENT] = { "status_event", 6,
	    "INSERT INTO delivery_event (channel, provider_id, status, error_code, error_text, "
	    "provider_ts) VALUES ($1, $2, $3, $4, $5, to_timestamp($6::bigint / 1000.0)) "
	    "ON CONFLICT DO NOTHING" },
	/*
	 * A status whose echo names outbox row $3 records the send there when
	 * its own answer was never recorded (its sender died, or has not
	 * recorded it yet): the provider's id $2, status 'sent' (ST_STATUS_APPLY
	 * then moves it on), counted as an attempt if none was. A row that has
	 * an id, or is not open, is left alone; so is a provider id another row
	 * holds. Returns the row and its contact, whose next reply the caller
	 * promotes after the commit. The row is found by its primary key:
	 * "IS NOT DISTINCT FROM" keeps the planner off the partial indexes on
	 * status (see ST_OUTBOX_PROMOTE in store_outbox.c).
	 */
	[ST_STATUS_RESOLVE] = { "status_resolve", 3,
	    "UPDATE message_out SET provider_id = $2, status = 'sent', "
	    "attempts = attempts + CASE WHEN status = 'sending' OR doubt = 'waiting' "
	    "THEN 1 ELSE 0 END, sent_at = now(), lease_until = NULL, error_code = NULL, "
	    "error_text = NULL, doubt = 'resolved', updated_at = now() "
	    "WHERE id = $3::bigint AND channel = $1 AND provider_id IS NULL "
	    "AND (status IS NOT DISTINCT FROM 'queued' OR status IS NOT DISTINCT FROM 'sending') "
	    "AND NOT EXISTS (SELECT 1 FROM message_out x "
	    "WHERE x.channel = $1 AND x.provider_id = $2) RETURNING contact_id, id" },
	[ST_STATUS_APPLY] = { "status_apply", 5,
	    "UPDATE message_out SET status = $3::text, "
	    "error_code = COALESCE($4, error_code), error_text = COALESCE($5, error_text), "
	    "updated_at = now() "
	    "WHERE channel = $1 AND provider_id = $2 AND "
	    SQL_RANK("status") " < " SQL_RANK("$3::text") },
};

const struct db_stmt_table store_ingest_table = { stmts, ST_COUNT };

/*
 * One message as the object ST_INGEST_BATCH reads, at position n: its
 * contact's key is "address|bsuid" (either may be empty), its pseudonym
 * made from the address, or the BSUID when there is none. NULL if a
 * string is not valid UTF-8.
 */
static json_t *
ingest_msg_json(const struct inbound *in, size_t n, const char *key)
{
	char	 pseudo[PSEUDONYM_LEN + 1], *ckey;
	json_t	*o;

	crypto_pseudonym(key, channel_name(in->in_channel),
	    in->in_from != NULL ? in->in_from : in->in_bsuid, pseudo);
	ckey = xasprintf("%s|%s", in->in_from != NULL ? in->in_from : "",
	    in->in_bsuid != NULL ? in->in_bsuid : "");
	o = json_pack("{s:I, s:s, s:s, s:s?, s:s?, s:s, s:s?, s:s?, s:s, s:I, s:s, s:s?, s:s?, "
	    "s:s?}", "n", (json_int_t)n, "ch", channel_name(in->in_channel), "key", ckey,
	    "addr", in->in_from, "bsuid", in->in_bsuid, "ps", pseudo,
	    "nm", in->in_profile_name, "un", in->in_username,
	    "pid", in->in_provider_id, "ts", (json_int_t)in->in_ts_ms,
	    "kind", msg_kind_name(in->in_kind), "body", in->in_text,
	    "choice", in->in_choice_id, "meta", in->in_meta);
	free(ckey);
	if (o != NULL && in->in_urgent && json_object_set_new(o, "u", json_true()) == -1) {
		json_decref(o);
		o = NULL;
	}
	return o;
}

/*
 * The batch's messages as the JSON array ST_INGEST_BATCH reads, with
 * their positions. The caller frees the string.
 */
static char *
ingest_batch_json(struct payload *const *pls, size_t n, const char *key, size_t *count)
{
	json_t		*arr = json_array(), *o;
	char		*out;
	size_t		 pos = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pls[i]->pl_nmsgs; j++) {
			o = ingest_msg_json(&pls[i]->pl_msgs[j], pos++, key);
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

/* 1 if the message is a system event that moves its contact to a new identity. */
static int
ingest_moves(const struct inbound *in)
{
	return in->in_prev_from != NULL || in->in_prev_bsuid != NULL;
}

/*
 * The batch's system events that move a contact (a changed number or
 * BSUID), in payload order, before its messages are stored: the messages
 * that follow find the contact by its new identity.
 */
static int
ingest_identity_moves(PGconn *conn, struct payload *const *pls, size_t n, char *err,
    size_t errlen)
{
	const char	*vals[5];
	PGresult	*res;

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pls[i]->pl_nmsgs; j++) {
			const struct inbound *in = &pls[i]->pl_msgs[j];

			if (!ingest_moves(in))
				continue;
			vals[0] = channel_name(in->in_channel);
			vals[1] = in->in_prev_from;
			vals[2] = in->in_prev_from != NULL ? in->in_from : NULL;
			vals[3] = in->in_prev_bsuid;
			vals[4] = in->in_bsuid;
			res = db_stmt_exec(conn, &stmts[ST_IDENTITY_MOVE], vals, PGRES_COMMAND_OK,
			    err, errlen);
			if (res == NULL)
				return -1;
			PQclear(res);
		}
	return 0;
}

static void
merge_pairs_free(struct merge_pairs *mp)
{
	idlist_free(&mp->mp_x);
	idlist_free(&mp->mp_y);
}

/* ST_INGEST_BATCH's last two columns (the pairs to merge) appended to found: 0, or -1. */
static int
ingest_pairs_parse(PGresult *res, struct merge_pairs *found)
{
	if (PQgetisnull(res, 0, 4) || PQgetisnull(res, 0, 5))
		return 0;
	if (store_id_array_parse(PQgetvalue(res, 0, 4), &found->mp_x) == -1 ||
	    store_id_array_parse(PQgetvalue(res, 0, 5), &found->mp_y) == -1 ||
	    found->mp_x.il_n != found->mp_y.il_n)
		return -1;
	return 0;
}

/* Row r of ST_CONTACT_MERGE appended to ing's merges, its survivor to ing's contacts. */
static int
ingest_merged_row(PGresult *res, int r, struct ingested *ing)
{
	struct contact_merged	*cm;
	int64_t			 merged;

	ing->ing_merged = xrealloc(ing->ing_merged, (ing->ing_nmerged + 1) * sizeof(*cm));
	cm = &ing->ing_merged[ing->ing_nmerged];
	if (store_get_i64(res, r, 0, &cm->cm_survivor) == -1 ||
	    store_get_i64(res, r, 1, &merged) == -1 ||
	    util_strlcpy(cm->cm_survivor_ps, PQgetvalue(res, r, 2),
	    sizeof(cm->cm_survivor_ps)) == -1 ||
	    util_strlcpy(cm->cm_merged_ps, PQgetvalue(res, r, 3), sizeof(cm->cm_merged_ps)) == -1)
		return -1;
	ing->ing_nmerged++;
	/* Its moved unprocessed messages are stepped as the survivor's. */
	idlist_add(&ing->ing_contacts, cm->cm_survivor);
	return 0;
}

/* Merge the pairs of mp (ST_CONTACT_MERGE): each merge done into ing. */
static int
ingest_merge(PGconn *conn, const struct merge_pairs *mp, struct ingested *ing, char *err,
    size_t errlen)
{
	struct buf	 xs, ys;
	const char	*vals[2];
	PGresult	*res;
	int		 rc = 0;

	buf_init(&xs, 0);
	buf_init(&ys, 0);
	store_id_array(&xs, mp->mp_x.il_ids, mp->mp_x.il_n);
	store_id_array(&ys, mp->mp_y.il_ids, mp->mp_y.il_n);
	vals[0] = xs.data;
	vals[1] = ys.data;
	res = db_stmt_exec(conn, &stmts[ST_CONTACT_MERGE], vals, PGRES_TUPLES_OK, err, errlen);
	buf_free(&xs);
	buf_free(&ys);
	if (res == NULL)
		return -1;
	for (int r = 0; r < PQntuples(res) && rc == 0; r++)
		if (ingest_merged_row(res, r, ing) == -1) {
			snprintf(err, errlen, "contact_merge: unexpected result");
			rc = -1;
		}
	PQclear(res);
	return rc;
}

/*
 * Run ST_INGEST_BATCH: new messages and their contacts into ing, *missing
 * not stored for want of a contact, the pairs of contacts to merge into
 * found.
 */
static int
ingest_batch_run(PGconn *conn, const char *json, struct ingested *ing, size_t *missing,
    struct merge_pairs *found, char *err, size_t errlen)
{
	const char	*vals[1] = { json };
	PGresult	*res;
	long long	 a, b;

	res = db_stmt_exec(conn, &stmts[ST_INGEST_BATCH], vals, PGRES_TUPLES_OK, err, errlen);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1 || util_parse_ll(PQgetvalue(res, 0, 0), 0, LLONG_MAX, &a) == -1 ||
	    util_parse_ll(PQgetvalue(res, 0, 1), 0, LLONG_MAX, &b) == -1 ||
	    (!PQgetisnull(res, 0, 2) &&
	    store_id_array_parse(PQgetvalue(res, 0, 2), &ing->ing_contacts) == -1) ||
	    (!PQgetisnull(res, 0, 3) &&
	    store_id_array_parse(PQgetvalue(res, 0, 3), &ing->ing_urgent) == -1) ||
	    ingest_pairs_parse(res, found) == -1) {
		PQclear(res);
		snprintf(err, errlen, "ingest_batch: unexpected result");
		return -1;
	}
	PQclear(res);
	ing->ing_stored += (size_t)a;
	*missing = (size_t)b;
	return 0;
}

/*
 * The batch's messages: ST_INGEST_BATCH, run again (up to CONTACT_RETRIES
 * times) while a contact another transaction created is not visible yet.
 * A second run stores only what the first did not (ON CONFLICT). 1 when
 * the statement found contacts to merge (in found): what it could store
 * is stored, the rest waits for the merge.
 */
static int
ingest_messages(PGconn *conn, struct payload *const *pls, size_t n, const char *key,
    struct ingested *ing, struct merge_pairs *found, char *err, size_t errlen)
{
	char	*json;
	size_t	 nmsgs, missing = 0;
	int	 rc = -1;

	if ((json = ingest_batch_json(pls, n, key, &nmsgs)) == NULL) {
		snprintf(err, errlen, "ingest: cannot encode the batch");
		return -1;
	}
	for (int attempt = 1;; attempt++) {
		if (ingest_batch_run(conn, json, ing, &missing, found, err, errlen) == -1)
			break;
		if (found->mp_x.il_n > 0) {
			rc = 1;
			break;
		}
		if (missing == 0) {
			rc = 0;
			break;
		}
		if (attempt == CONTACT_RETRIES) {
			snprintf(err, errlen, "ingest: contact not found after %d attempts",
			    CONTACT_RETRIES);
			break;
		}
	}
	free(json);
	return rc;
}

/*
 * The statuses of a batch through db_pipe_run: ST_STATUS_EVENT,
 * ST_STATUS_RESOLVE (only for a status that names a row) and
 * ST_STATUS_APPLY for each; the rows resolved and their contacts
 * collected for the promotion after the commit.
 */
struct status_ctx {
	const struct status_update	**sc_sts;
	struct buf			  sc_contacts;	/* array literal: contacts ... */
	struct buf			  sc_rows;	/* ... and their resolved rows */
	size_t				  sc_resolved;
};

#define STATUS_STMTS	3	/* statements per status */

static int
status_want(void *ctx, size_t i)
{
	const struct status_ctx *sc = ctx;

	return i % STATUS_STMTS != 1 || sc->sc_sts[i / STATUS_STMTS]->st_out_id > 0;
}

static int
status_send(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	const struct status_ctx		*sc = ctx;
	const struct status_update	*st = sc->sc_sts[i / STATUS_STMTS];
	char		 ts[24];
	struct idtext	 id;
	const char	*vals[6];

	snprintf(ts, sizeof(ts), "%lld", (long long)st->st_ts_ms);
	vals[0] = channel_name(st->st_channel);
	vals[1] = st->st_provider_id;
	if (i % STATUS_STMTS == 1) {
		vals[2] = store_idtext(&id, st->st_out_id);
		return db_stmt_send(conn, &stmts[ST_STATUS_RESOLVE], vals, err, errlen);
	}
	vals[2] = out_status_name(st->st_status);
	vals[3] = st->st_error_code;
	vals[4] = st->st_error_text;
	vals[5] = ts;
	return db_stmt_send(conn, &stmts[i % STATUS_STMTS == 0 ? ST_STATUS_EVENT : ST_STATUS_APPLY],
	    vals, err, errlen);
}

/* ST_STATUS_RESOLVE's row, if any, into the context. */
static int
status_read_resolve(PGconn *conn, struct status_ctx *sc, char *err, size_t errlen)
{
	PGresult	*res;
	int64_t		 contact, row;

	if (db_pipe_read(conn, "status_resolve", PGRES_TUPLES_OK, &res, err, errlen) == -1)
		return -1;
	for (int r = 0; r < PQntuples(res); r++)
		if (store_get_i64(res, r, 0, &contact) == 0 && store_get_i64(res, r, 1, &row) == 0) {
			store_array_id(&sc->sc_contacts, contact);
			store_array_id(&sc->sc_rows, row);
			sc->sc_resolved++;
		}
	PQclear(res);
	return 0;
}

static int
status_read(PGconn *conn, void *ctx, size_t i, char *err, size_t errlen)
{
	if (i % STATUS_STMTS == 1)
		return status_read_resolve(conn, ctx, err, errlen);
	return db_pipe_read(conn, i % STATUS_STMTS == 0 ? "status_event" : "status_apply",
	    PGRES_COMMAND_OK, NULL, err, errlen);
}

static const struct pipe_calls status_calls = { status_want, status_send, status_read };

/*
 * The batch's nsts delivery statuses, in payload order, in one pipeline.
 * Rows resolved go into sc (freed by the caller).
 */
static int
ingest_statuses(PGconn *conn, struct payload *const *pls, size_t n, size_t nsts,
    struct status_ctx *sc, char *err, size_t errlen)
{
	size_t	 k = 0;
	int	 rc;

	sc->sc_sts = xcalloc(nsts, sizeof(*sc->sc_sts));
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < pls[i]->pl_nstats; j++)
			sc->sc_sts[k++] = &pls[i]->pl_stats[j];
	rc = db_pipe_run(conn, &status_calls, sc, STATUS_STMTS * nsts, 0, err, errlen);
	free(sc->sc_sts);
	sc->sc_sts = NULL;
	return rc;
}

/*
 * After the commit: the next reply of each contact whose head a status
 * resolved becomes its head (as after a recorded send). A failure is
 * logged by no one here: the sender's sweep gives such contacts a head.
 */
static void
ingest_promote(PGconn *conn, struct status_ctx *sc, struct ingested *ing)
{
	char	 err[256];

	ing->ing_resolved = sc->sc_resolved;
	if (sc->sc_resolved == 0)
		return;
	(void)store_array_end(&sc->sc_contacts);
	(void)store_array_end(&sc->sc_rows);
	if (db_outbox_promote(conn, sc->sc_contacts.data, sc->sc_rows.data, &ing->ing_heads,
	    err, sizeof(err)) == -1)
		ing->ing_promote_failed = 1;
}

void
db_ingested_free(struct ingested *ing)
{
	idlist_free(&ing->ing_contacts);
	idlist_free(&ing->ing_urgent);
	idlist_free(&ing->ing_heads);
	free(ing->ing_merged);
	ing->ing_merged = NULL;
	ing->ing_nmerged = 0;
	ing->ing_stored = 0;
	ing->ing_resolved = 0;
}

/* What src holds appended to dst; src freed. */
static void
ingested_take(struct ingested *dst, struct ingested *src)
{
	dst->ing_stored += src->ing_stored;
	for (size_t i = 0; i < src->ing_contacts.il_n; i++)
		idlist_add(&dst->ing_contacts, src->ing_contacts.il_ids[i]);
	for (size_t i = 0; i < src->ing_urgent.il_n; i++)
		idlist_add(&dst->ing_urgent, src->ing_urgent.il_ids[i]);
	dst->ing_resolved += src->ing_resolved;
	for (size_t i = 0; i < src->ing_heads.il_n; i++)
		idlist_add(&dst->ing_heads, src->ing_heads.il_ids[i]);
	dst->ing_promote_failed |= src->ing_promote_failed;
	if (src->ing_nmerged > 0) {
		dst->ing_merged = xrealloc(dst->ing_merged,
		    (dst->ing_nmerged + src->ing_nmerged) * sizeof(*dst->ing_merged));
		memcpy(dst->ing_merged + dst->ing_nmerged, src->ing_merged,
		    src->ing_nmerged * sizeof(*src->ing_merged));
		dst->ing_nmerged += src->ing_nmerged;
	}
	db_ingested_free(src);
}

/*
 * One pass over the batch, into ing: the merges of merge first, then the
 * contact moves, the messages and the statuses, in one transaction (or,
 * messages only, the one statement). 0: committed. 1: the messages'
 * statement found contacts to merge (appended to found); the transaction
 * was rolled back (ing empty), or the lone statement committed what it
 * could store (in ing). -1: nothing of the pass stored, ing empty.
 */
static int
ingest_pass(PGconn *conn, struct payload *const *pls, size_t n, const char *key,
    const struct merge_pairs *merge, struct merge_pairs *found, struct ingested *ing,
    char *err, size_t errlen)
{
	struct status_ctx sc;
	size_t	 nmsgs = 0, nsts = 0, nmoves = 0;
	int	 tx, rc = 0;

	memset(ing, 0, sizeof(*ing));
	memset(&sc, 0, sizeof(sc));
	buf_init(&sc.sc_contacts, 0);
	buf_init(&sc.sc_rows, 0);
	for (size_t i = 0; i < n; i++) {
		nmsgs += pls[i]->pl_nmsgs;
		nsts += pls[i]->pl_nstats;
		for (size_t j = 0; j < pls[i]->pl_nmsgs; j++)
			nmoves += ingest_moves(&pls[i]->pl_msgs[j]);
	}
	if (nmsgs == 0 && nsts == 0)
		return 0;
	for (size_t s = 0; s < ST_COUNT; s++)
		if (db_stmt_prepare(conn, &stmts[s], err, errlen) == -1)
			return -1;
	/*
	 * Messages only (the usual case): the one statement is its own
	 * transaction, one round trip. Merges open their transaction: they
	 * wait for the contacts' advisory locks before any contact row is
	 * locked, as a worker takes them.
	 */
	tx = nsts > 0 || nmoves > 0 || merge->mp_x.il_n > 0;
	if (tx && db_begin(conn, err, errlen) == -1)
		return -1;
	if (merge->mp_x.il_n > 0 && ingest_merge(conn, merge, ing, err, errlen) == -1)
		goto fail;
	if (nmoves > 0 && ingest_identity_moves(conn, pls, n, err, errlen) == -1)
		goto fail;
	if (nmsgs > 0 && (rc = ingest_messages(conn, pls, n, key, ing, found, err, errlen)) == -1)
		goto fail;
	if (rc == 1) {
		if (tx) {
			db_rollback(conn);
			db_ingested_free(ing);
		}
		buf_free(&sc.sc_contacts);
		buf_free(&sc.sc_rows);
		return 1;
	}
	if (nsts > 0 && ingest_statuses(conn, pls, n, nsts, &sc, err, errlen) == -1)
		goto fail;
	if (tx && db_commit(conn, err, errlen) == -1)
		goto fail;
	ingest_promote(conn, &sc, ing);
	buf_free(&sc.sc_contacts);
	buf_free(&sc.sc_rows);
	return 0;
fail:
	if (tx)
		db_rollback(conn);
	buf_free(&sc.sc_contacts);
	buf_free(&sc.sc_rows);
	db_ingested_free(ing);
	return -1;
}

int
db_ingest(PGconn *conn, struct payload *const *pls, size_t n, const char *key,
    struct ingested *ing, char *err, size_t errlen)
{
	struct merge_pairs	 merge, found;
	struct ingested		 pass;
	int			 rc;

	memset(ing, 0, sizeof(*ing));
	memset(&merge, 0, sizeof(merge));
	memset(&found, 0, sizeof(found));
	for (int i = 1;; i++) {
		rc = ingest_pass(conn, pls, n, key, &merge, &found, &pass, err, errlen);
		if (rc != -1)
			ingested_take(ing, &pass);
		if (rc != 1)
			break;
		if (i == MERGE_PASSES) {
			snprintf(err, errlen, "ingest: contacts still to merge after %d passes",
			    MERGE_PASSES);
			rc = -1;
			break;
		}
		/* Again, merging first what was found (and what a rolled-back pass merged). */
		for (size_t k = 0; k < found.mp_x.il_n; k++) {
			idlist_add(&merge.mp_x, found.mp_x.il_ids[k]);
			idlist_add(&merge.mp_y, found.mp_y.il_ids[k]);
		}
		merge_pairs_free(&found);
	}
	merge_pairs_free(&merge);
	merge_pairs_free(&found);
	if (rc == -1)
		db_ingested_free(ing);
	return rc;
}
