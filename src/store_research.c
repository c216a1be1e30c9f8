/*
 * store_research.c — the research copy's statements: consent per purpose
 * ('chats', 'stories'), the periodic copy of closed conversations and
 * saved stories (scrubbed by the caller's function, coarse dates only),
 * and forgetting a contact's copy. migrations/0019_research.sql holds the
 * rules that do not depend on this code: a copy row for a contact without
 * consent is refused, and a withdrawal deletes the copy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "praatpaal.h"
#include "store.h"
#include "store_research.h"

enum {
	ST_R_FORGET,
	ST_R_CONSENT,
	ST_R_WITHDRAW,
	ST_R_WITHDRAW_CONTACT,
	ST_R_NAMES,
	ST_R_CONV_CLAIM,
	ST_R_CONV_ADD,
	ST_R_CONV_MSGS,
	ST_R_MSG_ADD,
	ST_R_CONV_DONE,
	ST_R_STORY_CLAIM,
	ST_R_STORY_ADD,
	ST_R_STORY_DONE,
	ST_X_T_GROUPS,
	ST_X_T_ROWS,
	ST_X_S_GROUPS,
	ST_X_S_ROWS,
	ST_D_STORIES,
	ST_COUNT
};

/* An age in years ($-free SQL text x) as the band the exports use. */
#define SQL_AGE_BAND(x) \
	"(CASE WHEN " x " ~ '^[0-9]{1,3}$' THEN CASE " \
	"WHEN (" x ")::int < 12 THEN '<12' WHEN (" x ")::int <= 15 THEN '12-15' " \
	"WHEN (" x ")::int <= 17 THEN '16-17' WHEN (" x ")::int <= 20 THEN '18-20' " \
	"WHEN (" x ")::int <= 23 THEN '21-23' ELSE '24+' END END)"

/*
 * The story flow's topics in the order of its numbered list: the words its
 * `topics` question stores (conf/flows/story.json, validate.many_of), so
 * that the copy keeps topic n for the word at place n.
 */
#define SQL_STORY_TOPICS \
	"ARRAY['diversiteit', 'wachtlijsten', 'inspraak', 'nazorg', 'overgang18', 'wonen', " \
	"'ervaringsdeskundigheid', 'methoden', 'stigma', 'privacy', 'school', 'geld', " \
	"'begeleiding', 'anders']::text[]"

/* A date column as the export's time unit ($n: 'day' or 'week'). */
#define SQL_TIME(col, n) \
	"(CASE WHEN " n " = 'week' THEN to_char(" col ", 'IYYY-\"W\"IW') " \
	"ELSE to_char(" col ", 'YYYY-MM-DD') END)"

/*
 * A value the dashboard may show ($-free SQL text x): a word of a closed
 * list (letters, digits, space, "<>+-", DASHBOARD_VALUE_MAX at most), else
 * 'anders' — free text never reaches the dashboard, not even as a label.
 */
#define SQL_DASH_VALUE(x) \
	"(CASE WHEN " x " IS NULL THEN NULL WHEN " x " ~ '^[A-Za-z0-9 <>+-]{1," \
	SQL_NUM(DASHBOARD_VALUE_MAX) "}$' THEN " x " ELSE 'anders' END)"

static const struct db_stmt stmts[ST_COUNT] = {
	[ST_R_FORGET] = { "research_forget", 1,
	    "WITH a AS (DELETE FROM research_conversation WHERE contact_id = $1 RETURNING 1), "
	    "b AS (DELETE FROM research_story WHERE contact_id = $1 RETURNING 1) "
	    "SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b)" },
	[ST_R_CONSENT] = { "research_consent", 4,
	    "INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
	    "VALUES ($1, 'research', $2, $3::boolean, $4)" },
	[ST_R_WITHDRAW] = { "research_withdraw", 2,
	    "INSERT INTO consent_event (contact_id, scope, purpose, granted, text_version) "
	    "SELECT $1, 'research', p, false, $2 FROM (VALUES ('chats'), ('stories')) v (p)" },
	[ST_R_WITHDRAW_CONTACT] = { "research_withdraw_contact", 2,
	    "UPDATE contact SET research_consent = false, research_consent_at = now(), "
	    "research_consent_version = $2, "
	    "research_consent_asked_at = COALESCE(research_consent_asked_at, now()) WHERE id = $1" },
	/* Staff names a copy never keeps. */
	[ST_R_NAMES] = { "research_names", 0,
	    "SELECT n FROM (SELECT login AS n FROM staff UNION SELECT alias FROM staff) s "
	    "LIMIT " SQL_NUM(RESEARCH_NAMES_MAX) },
	[ST_R_CONV_CLAIM] = { "research_conv_claim", 0,
	    "SELECT c.id, ct.profile_name, ct.username, EXISTS (SELECT 1 FROM research_consent r "
	    "WHERE r.contact_id = c.contact_id AND r.purpose = 'chats' AND r.granted) "
	    "FROM conversation c JOIN contact ct ON ct.id = c.contact_id "
	    "WHERE c.status = 'closed' AND c.research_done_at IS NULL ORDER BY c.id "
	    "LIMIT " SQL_NUM(RESEARCH_COPY_BATCH) " FOR UPDATE OF c SKIP LOCKED" },
	[ST_R_CONV_ADD] = { "research_conv_add", 1,
	    "INSERT INTO research_conversation (conversation_id, contact_id, day, route, team, "
	    "outcome, municipality, age_band) "
	    "SELECT id, contact_id, created_at::date, summary ->> 'flow', team, outcome, "
	    "NULLIF(summary -> 'vars' ->> 'municipality', ''), "
	    SQL_AGE_BAND("(summary -> 'vars' ->> 'age')") " "
	    "FROM conversation WHERE id = $1 "
	    "ON CONFLICT (conversation_id) DO NOTHING RETURNING id" },
	/*
	 * The conversation's texts in the order they were written (by the
	 * time of each: m.t, not the output column t, which is its date),
	 * the young person's, the bot's and the team's.
	 */
	[ST_R_CONV_MSGS] = { "research_conv_msgs", 1,
	    "SELECT sender, t::date, body FROM ("
	    "SELECT 'youth' AS sender, provider_ts AS t, 0 AS src, id, body FROM message_in "
	    "WHERE contact_id = (SELECT v.contact_id FROM conversation v WHERE v.id = $1) "
	    "AND conversation_id = $1 AND body IS NOT NULL AND body <> '' "
	    "UNION ALL SELECT CASE WHEN staff_id IS NULL THEN 'bot' ELSE 'counsellor' END, "
	    "created_at, 1, id, body ->> 'text' FROM message_out "
	    "WHERE contact_id = (SELECT v.contact_id FROM conversation v WHERE v.id = $1) "
	    "AND conversation_id = $1 AND body ->> 'text' IS NOT NULL) m "
	    "ORDER BY m.t, m.src, m.id" },
	[ST_R_MSG_ADD] = { "research_msg_add", 5,
	    "INSERT INTO research_message (research_conversation_id, seq, sender, day, body) "
	    "VALUES ($1, $2, $3, $4::date, $5)" },
	[ST_R_CONV_DONE] = { "research_conv_done", 1,
	    "UPDATE conversation SET research_done_at = now() WHERE id = $1" },
	[ST_R_STORY_CLAIM] = { "research_story_claim", 0,
	    "SELECT s.id, ct.profile_name, ct.username, s.consent AND EXISTS (SELECT 1 "
	    "FROM research_consent r WHERE r.contact_id = s.contact_id "
	    "AND r.purpose = 'stories' AND r.granted), "
	    "COALESCE(s.data ->> 'story', ''), NULLIF(s.data ->> 'lesson', ''), "
	    "NULLIF(s.data -> 'signifiers' ->> 'title', ''), "
	    "NULLIF(s.data -> 'signifiers' ->> 'change', '') "
	    "FROM story s JOIN contact ct ON ct.id = s.contact_id "
	    "WHERE s.research_done_at IS NULL ORDER BY s.id "
	    "LIMIT " SQL_NUM(RESEARCH_COPY_BATCH) " FOR UPDATE OF s SKIP LOCKED" },
	/*
	 * $2 the scrubbed story, $3 lesson, $4 the signifiers' title, $5 their
	 * change (the free-text ones, scrubbed; the others are choices); topics
	 * kept as their numbers only (the flow stores words: SQL_STORY_TOPICS).
	 */
	[ST_R_STORY_ADD] = { "research_story_add", 5,
	    "INSERT INTO research_story (story_id, contact_id, day, role, help_kind, signifiers, "
	    "topics, municipality, age_band, body) "
	    "SELECT id, contact_id, created_at::date, CASE data ->> 'role' "
	    "WHEN 'jongere' THEN 'youth' WHEN 'ouder' THEN 'parent' "
	    "WHEN 'professional' THEN 'professional' END, NULLIF(data ->> 'help_kind', ''), "
	    "jsonb_strip_nulls(COALESCE(data -> 'signifiers', '{}') || "
	    "jsonb_build_object('feeling', NULLIF(data ->> 'feeling', ''), "
	    "'years', NULLIF(data ->> 'years', ''), 'lesson', $3::text, 'title', $4::text, "
	    "'change', $5::text)), "
	    "COALESCE((SELECT jsonb_agg(DISTINCT t.n) FROM (SELECT CASE WHEN w ~ '^[0-9]{1,2}$' "
	    "THEN w::int ELSE array_position(" SQL_STORY_TOPICS ", w) END AS n "
	    "FROM regexp_split_to_table(lower(COALESCE(data ->> 'topics', '')), '[^a-z0-9]+') w) t "
	    "WHERE t.n IS NOT NULL), '[]'), "
	    "NULLIF(data ->> 'municipality', ''), NULLIF(data ->> 'age_band', ''), $2 "
	    "FROM story WHERE id = $1 ON CONFLICT (story_id) DO NOTHING" },
	[ST_R_STORY_DONE] = { "research_story_done", 1,
	    "UPDATE story SET research_done_at = now() WHERE id = $1" },
	/*
	 * Exports. Groups: the quasi-identifiers of every record from $1 to $2
	 * (dates, -infinity/infinity for open ends) in time unit $3, with how
	 * many records share them. Rows: the next EXPORT_FETCH_ROWS after the
	 * key ($3 day, $4 id[, $5 seq]), up to $2, in time unit $1 (keyset
	 * batches: constant memory however large the export).
	 */
	[ST_X_T_GROUPS] = { "export_transcript_groups", 3,
	    "SELECT municipality, age_band, " SQL_TIME("day", "$3") ", count(*) "
	    "FROM research_conversation WHERE day >= $1::date AND day <= $2::date "
	    "GROUP BY 1, 2, 3" },
	[ST_X_T_ROWS] = { "export_transcript_rows", 5,
	    "SELECT r.contact_id, r.id, r.day, m.seq, r.municipality, r.age_band, "
	    SQL_TIME("r.day", "$1") ", r.route, r.team, r.outcome, m.sender, m.body "
	    "FROM research_conversation r JOIN research_message m "
	    "ON m.research_conversation_id = r.id "
	    "WHERE r.day <= $2::date AND (r.day, r.id) >= ($3::date, $4::bigint) "
	    "AND (r.id <> $4::bigint OR m.seq > $5::int) "
	    "ORDER BY r.day, r.id, m.seq LIMIT " SQL_NUM(EXPORT_FETCH_ROWS) },
	[ST_X_S_GROUPS] = { "export_story_groups", 3,
	    "SELECT municipality, age_band, role, " SQL_TIME("day", "$3") ", count(*) "
	    "FROM research_story WHERE day >= $1::date AND day <= $2::date "
	    "GROUP BY 1, 2, 3, 4" },
	[ST_X_S_ROWS] = { "export_story_rows", 4,
	    "SELECT contact_id, id, day, 0, municipality, age_band, " SQL_TIME("day", "$1") ", "
	    "role, help_kind, signifiers::text, topics::text, body "
	    "FROM research_story WHERE day <= $2::date AND (day, id) > ($3::date, $4::bigint) "
	    "ORDER BY day, id LIMIT " SQL_NUM(EXPORT_FETCH_ROWS) },
	/*
	 * The story dashboard: the true counts of the stories from $1 to $2
	 * (dates), of role $3 and municipality $4 (NULL: any), per dimension
	 * and value, the signifiers named in $6 (text[]: choices and
	 * five-point answers only, never the free-text ones) and the number
	 * per time unit $5 ('week' or 'month'), every unit of the period
	 * present (0 when none). Rows (dimension, value, n) in a stable order;
	 * NULL value: not given. Suppression is the caller's (api_dashboard.c).
	 */
	[ST_D_STORIES] = { "dashboard_stories", 6,
	    "WITH s AS (SELECT day, role, help_kind, municipality, age_band, signifiers, topics "
	    "FROM research_story WHERE day >= $1::date AND day <= $2::date "
	    "AND ($3::text IS NULL OR role = $3::text) "
	    "AND ($4::text IS NULL OR municipality = $4::text)) "
	    "SELECT d, v, n FROM ("
	    "SELECT 0 AS o, 'total' AS d, NULL::text AS v, count(*) AS n, NULL::text AS k FROM s "
	    "UNION ALL SELECT 1, 'role', role, count(*), role FROM s GROUP BY role "
	    "UNION ALL SELECT 2, 'help_kind', x, count(*), x FROM (SELECT "
	    SQL_DASH_VALUE("help_kind") " AS x FROM s) a GROUP BY x "
	    "UNION ALL SELECT 3, 'municipality', x, count(*), x FROM (SELECT "
	    SQL_DASH_VALUE("municipality") " AS x FROM s) a GROUP BY x "
	    "UNION ALL SELECT 4, 'age_band', x, count(*), x FROM (SELECT "
	    SQL_DASH_VALUE("age_band") " AS x FROM s) a GROUP BY x "
	    "UNION ALL SELECT 5, 'topic', t.x, count(*), lpad(t.x, 3, '0') FROM s "
	    "LEFT JOIN LATERAL (SELECT e FROM jsonb_array_elements_text(CASE "
	    "jsonb_typeof(s.topics) WHEN 'array' THEN s.topics ELSE '[]' END) e "
	    "WHERE e ~ '^[0-9]{1,3}$') t (x) ON true GROUP BY t.x "
	    "UNION ALL SELECT 6, 'signifier:' || g.name, x, count(*), x FROM (SELECT g.name, "
	    SQL_DASH_VALUE("(s.signifiers ->> g.name)") " AS x "
	    "FROM s CROSS JOIN unnest($6::text[]) g (name)) g GROUP BY g.name, x "
	    "UNION ALL SELECT 7, 'period', CASE WHEN $5::text = 'week' "
	    "THEN to_char(p.t, 'IYYY-\"W\"IW') ELSE to_char(p.t, 'YYYY-MM') END, count(s.day), "
	    "to_char(p.t, 'YYYY-MM-DD') FROM generate_series(date_trunc($5::text, "
	    "$1::date::timestamp), $2::date::timestamp, ('1 ' || $5::text)::interval) p (t) "
	    "LEFT JOIN s ON date_trunc($5::text, s.day::timestamp) = p.t GROUP BY p.t"
	    ") r ORDER BY o, d, k NULLS LAST LIMIT " SQL_NUM(DASHBOARD_ROWS_MAX) },
};

const struct db_stmt_table store_research_table = { stmts, ST_COUNT };

int
db_research_forget_contact(PGconn *conn, int64_t contact_id, size_t *deleted, char *err,
    size_t errlen)
{
	struct idtext id;
	const char *v[1] = { store_idtext(&id, contact_id) };
	PGresult *res;
	int64_t n = 0;

	if ((res = db_stmt_exec(conn, &stmts[ST_R_FORGET], v, PGRES_TUPLES_OK, err,
	    errlen)) == NULL)
		return -1;
	if (PQntuples(res) != 1 || store_get_i64(res, 0, 0, &n) == -1) {
		PQclear(res);
		snprintf(err, errlen, "research forget: unexpected answer");
		return -1;
	}
	PQclear(res);
	if (deleted != NULL)
		*deleted = (size_t)n;
	return 0;
}

int
db_research_consent(PGconn *conn, int64_t contact_id, const char *purpose, int granted,
    const char *text_version, char *err, size_t errlen)
{
	struct idtext id;
	const char *v[4] = { store_idtext(&id, contact_id), purpose, granted ? "t" : "f",
	    text_version };

	return db_stmt_run(conn, &stmts[ST_R_CONSENT], v, err, errlen);
}

int
db_research_withdraw(PGconn *conn, int64_t contact_id, const char *text_version, char *err,
    size_t errlen)
{
	struct idtext id;
	const char *v[2] = { store_idtext(&id, contact_id), text_version };

	if (db_stmt_run(conn, &stmts[ST_R_WITHDRAW], v, err, errlen) == -1)
		return -1;
	return db_stmt_run(conn, &stmts[ST_R_WITHDRAW_CONTACT], v, err, errlen);
}

/* ---- the copy job -------------------------------------------------------- */

/* The names to scrub from one copy: the contact's, then every staff name. */
struct research_names {
	const char	**rn_v;
	size_t		  rn_n;
	size_t		  rn_staff;	/* staff names start at rn_v[2] */
};

static int
research_names_load(PGconn *conn, PGresult **res, struct research_names *rn, char *err,
    size_t errlen)
{
	int i, n;

	if ((*res = db_stmt_exec(conn, &stmts[ST_R_NAMES], NULL, PGRES_TUPLES_OK, err,
	    errlen)) == NULL)
		return -1;
	n = PQntuples(*res);
	if ((rn->rn_v = calloc((size_t)n + 2, sizeof(*rn->rn_v))) == NULL)
		abort();
	for (i = 0; i < n; i++)
		rn->rn_v[2 + i] = PQgetvalue(*res, i, 0);
	rn->rn_staff = (size_t)n;
	return 0;
}

/* Point rn at the contact's names (columns c1, c2 of row r) and the staff's. */
static void
research_names_for(struct research_names *rn, PGresult *res, int r, int c1, int c2)
{
	size_t k = 0;
	const char *v[2] = { NULL, NULL };

	if (!PQgetisnull(res, r, c1) && *PQgetvalue(res, r, c1) != '\0')
		v[k++] = PQgetvalue(res, r, c1);
	if (!PQgetisnull(res, r, c2) && *PQgetvalue(res, r, c2) != '\0')
		v[k++] = PQgetvalue(res, r, c2);
	/* The contact's names go just before the staff's, so the array stays whole. */
	rn->rn_v[0] = v[0];
	rn->rn_v[1] = v[1];
	if (k == 2)
		rn->rn_n = rn->rn_staff + 2;
	else if (k == 1) {
		rn->rn_v[1] = v[0];
		rn->rn_n = rn->rn_staff + 1;
	} else
		rn->rn_n = rn->rn_staff;
}

static const char *const *
research_names_v(const struct research_names *rn)
{
	return rn->rn_v + 2 - (rn->rn_n - rn->rn_staff);
}

static int
research_copy_conversation(PGconn *conn, const char *conv, research_scrub_fn scrub, void *ctx,
    const struct research_names *rn, char *err, size_t errlen)
{
	PGresult *res = NULL, *msgs = NULL;
	const char *v[5];
	char seq[24];
	char *body = NULL;
	int i;

	v[0] = conv;
	if ((res = db_stmt_exec(conn, &stmts[ST_R_CONV_ADD], v, PGRES_TUPLES_OK, err,
	    errlen)) == NULL)
		goto fail;
	if (PQntuples(res) == 1) {
		if ((msgs = db_stmt_exec(conn, &stmts[ST_R_CONV_MSGS], v, PGRES_TUPLES_OK, err,
		    errlen)) == NULL)
			goto fail;
		for (i = 0; i < PQntuples(msgs); i++) {
			if ((body = scrub(ctx, PQgetvalue(msgs, i, 2), research_names_v(rn),
			    rn->rn_n)) == NULL) {
				snprintf(err, errlen, "research copy: scrub failed");
				goto fail;
			}
			snprintf(seq, sizeof(seq), "%d", i + 1);
			v[0] = PQgetvalue(res, 0, 0);
			v[1] = seq;
			v[2] = PQgetvalue(msgs, i, 0);
			v[3] = PQgetvalue(msgs, i, 1);
			v[4] = body;
			if (db_stmt_run(conn, &stmts[ST_R_MSG_ADD], v, err, errlen) == -1)
				goto fail;
			free(body);
			body = NULL;
		}
	}
	PQclear(msgs);
	PQclear(res);
	return 0;
fail:
	free(body);
	PQclear(msgs);
	PQclear(res);
	return -1;
}

static int
research_copy_story(PGconn *conn, PGresult *rows, int r, research_scrub_fn scrub, void *ctx,
    const struct research_names *rn, char *err, size_t errlen)
{
	char *t[4] = { NULL, NULL, NULL, NULL };	/* story, lesson, title, change */
	const char *v[5];
	int i, rc = -1;

	for (i = 0; i < 4; i++)
		if (!PQgetisnull(rows, r, 4 + i) && (t[i] = scrub(ctx, PQgetvalue(rows, r, 4 + i),
		    research_names_v(rn), rn->rn_n)) == NULL) {
			snprintf(err, errlen, "research copy: scrub failed");
			goto done;
		}
	v[0] = PQgetvalue(rows, r, 0);
	for (i = 0; i < 4; i++)
		v[1 + i] = t[i];
	rc = db_stmt_run(conn, &stmts[ST_R_STORY_ADD], v, err, errlen);
done:
	for (i = 0; i < 4; i++)
		free(t[i]);
	return rc;
}

int
db_research_copy_run(PGconn *conn, research_scrub_fn scrub, void *ctx, size_t *copied,
    size_t *skipped, char *err, size_t errlen)
{
	PGresult *names = NULL, *rows = NULL;
	struct research_names rn;
	const char *v[1];
	int i, step;

	*copied = *skipped = 0;
	memset(&rn, 0, sizeof(rn));
	if (db_begin(conn, err, errlen) == -1)
		return -1;
	if (research_names_load(conn, &names, &rn, err, errlen) == -1)
		goto fail;
	for (step = 0; step < 2; step++) {
		if ((rows = db_stmt_exec(conn, &stmts[step == 0 ? ST_R_CONV_CLAIM :
		    ST_R_STORY_CLAIM], NULL, PGRES_TUPLES_OK, err, errlen)) == NULL)
			goto fail;
		for (i = 0; i < PQntuples(rows); i++) {
			v[0] = PQgetvalue(rows, i, 0);
			if (strcmp(PQgetvalue(rows, i, 3), "t") == 0) {
				research_names_for(&rn, rows, i, 1, 2);
				if ((step == 0 ? research_copy_conversation(conn, v[0], scrub, ctx,
				    &rn, err, errlen) : research_copy_story(conn, rows, i, scrub,
				    ctx, &rn, err, errlen)) == -1)
					goto fail;
				(*copied)++;
			} else
				(*skipped)++;
			if (db_stmt_run(conn, &stmts[step == 0 ? ST_R_CONV_DONE :
			    ST_R_STORY_DONE], v, err, errlen) == -1)
				goto fail;
		}
		PQclear(rows);
		rows = NULL;
	}
	PQclear(names);
	free(rn.rn_v);
	return db_commit(conn, err, errlen);
fail:
	PQclear(rows);
	PQclear(names);
	free(rn.rn_v);
	db_rollback(conn);
	return -1;
}

/* ---- exports ------------------------------------------------------------- */

int
db_export_groups(PGconn *conn, int stories, const char *from, const char *to,
    const char *unit, PGresult **res, char *err, size_t errlen)
{
	const char *v[3] = { from, to, unit };

	*res = db_stmt_exec(conn, &stmts[stories ? ST_X_S_GROUPS : ST_X_T_GROUPS], v,
	    PGRES_TUPLES_OK, err, errlen);
	return *res != NULL ? 0 : -1;
}

int
db_export_rows(PGconn *conn, int stories, const char *unit, const char *to,
    const char *after_day, int64_t after_id, int after_seq, PGresult **res, char *err,
    size_t errlen)
{
	struct idtext id;
	char seq[24];
	const char *v[5] = { unit, to, after_day, store_idtext(&id, after_id), seq };

	snprintf(seq, sizeof(seq), "%d", after_seq);
	*res = db_stmt_exec(conn, &stmts[stories ? ST_X_S_ROWS : ST_X_T_ROWS], v,
	    PGRES_TUPLES_OK, err, errlen);
	return *res != NULL ? 0 : -1;
}

/* ---- the story dashboard --------------------------------------------------- */

int
db_dashboard_stories(PGconn *conn, const char *from, const char *to, const char *unit,
    const char *role, const char *municipality, const char *signifiers, PGresult **res,
    char *err, size_t errlen)
{
	const char *v[6] = { from, to, role, municipality, unit, signifiers };

	*res = db_stmt_exec(conn, &stmts[ST_D_STORIES], v, PGRES_TUPLES_OK, err, errlen);
	return *res != NULL ? 0 : -1;
}
