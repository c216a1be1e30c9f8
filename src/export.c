/*
 * export.c — research exports (include/export.h). export_open reads the
 * quasi-identifiers of every record in range (one GROUP BY: a row per
 * distinct combination) and settles k-anonymity (kanon.c); export_next
 * then reads the rows in keyset batches and writes each with its
 * generalised values, leaving out the suppressed. A row whose record came
 * in after the groups were counted is left out as well (it was never
 * counted, so it cannot be shown).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "export.h"
#include "praatpaal.h"
#include "store.h"
#include "store_console.h"
#include "store_research.h"

#define EXPORT_RANDOM_KEY	32	/* bytes of a per-export key */
#define EXPORT_DAY_MAX		16	/* "YYYY-MM-DD" and "-infinity" */

static const char *const transcript_cols[] = {
	"export_pseudonym", "conversation", "seq", "sender", "time", "route", "team", "outcome",
	"municipality", "age_band", "role", "text",
};
static const char *const story_cols[] = {
	"export_pseudonym", "story", "time", "role", "help_kind", "signifiers", "topics",
	"municipality", "age_band", "text",
};

struct export {
	PGconn			*ex_conn;
	int			 ex_stories;
	int			 ex_csv;
	char			 ex_unit[8];
	char			 ex_to[EXPORT_DAY_MAX];
	unsigned char		 ex_key[EXPORT_KEY_MAX];
	size_t			 ex_keylen;
	struct kanon		*ex_kanon;
	struct kanon_report	 ex_report;
	size_t			 ex_rows;		/* rows written */
	int			 ex_state;		/* 0 header, 1 rows, 2 done */
	char			 ex_after_day[EXPORT_DAY_MAX];
	int64_t			 ex_after_id;
	int			 ex_after_seq;
};

/* "YYYY-MM-DD" with a plausible month and day. */
static int
export_date_ok(const char *s)
{
	int y, m, d;
	char c;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &c) != 3)
		return 0;
	return y >= 2000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int
export_check(const struct export_opts *o, char *err, size_t errlen)
{
	if (o->eo_what == NULL || (strcmp(o->eo_what, "transcripts") != 0 &&
	    strcmp(o->eo_what, "stories") != 0)) {
		snprintf(err, errlen, "what: transcripts or stories");
		return -1;
	}
	if (o->eo_format == NULL || (strcmp(o->eo_format, "jsonl") != 0 &&
	    strcmp(o->eo_format, "csv") != 0)) {
		snprintf(err, errlen, "format: jsonl or csv");
		return -1;
	}
	if (o->eo_from != NULL && !export_date_ok(o->eo_from)) {
		snprintf(err, errlen, "from: a date, YYYY-MM-DD");
		return -1;
	}
	if (o->eo_to != NULL && !export_date_ok(o->eo_to)) {
		snprintf(err, errlen, "to: a date, YYYY-MM-DD");
		return -1;
	}
	if (o->eo_from != NULL && o->eo_to != NULL && strcmp(o->eo_from, o->eo_to) > 0) {
		snprintf(err, errlen, "from: after to");
		return -1;
	}
	if (o->eo_project_key != NULL && (strlen(o->eo_project_key) < PSEUDONYM_KEY_MIN ||
	    strlen(o->eo_project_key) > EXPORT_KEY_MAX)) {
		snprintf(err, errlen, "project key: %d to %d bytes", PSEUDONYM_KEY_MIN,
		    EXPORT_KEY_MAX);
		return -1;
	}
	return 0;
}

static const char *
cell(PGresult *res, int r, int c)
{
	return PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
}

struct export *
export_open(PGconn *conn, const struct export_opts *o, char *err, size_t errlen)
{
	struct export *ex;
	PGresult *res = NULL;
	const char *from = o->eo_from != NULL ? o->eo_from : "-infinity";
	int i, nq;

	if (export_check(o, err, errlen) == -1)
		return NULL;
	ex = xcalloc(1, sizeof(*ex));
	ex->ex_conn = conn;
	ex->ex_stories = strcmp(o->eo_what, "stories") == 0;
	ex->ex_csv = strcmp(o->eo_format, "csv") == 0;
	util_strlcpy(ex->ex_unit, o->eo_unit != NULL && strcmp(o->eo_unit, "week") == 0 ?
	    "week" : "day", sizeof(ex->ex_unit));
	util_strlcpy(ex->ex_to, o->eo_to != NULL ? o->eo_to : "infinity", sizeof(ex->ex_to));
	util_strlcpy(ex->ex_after_day, from, sizeof(ex->ex_after_day));
	if (o->eo_project_key != NULL) {
		ex->ex_keylen = strlen(o->eo_project_key);
		memcpy(ex->ex_key, o->eo_project_key, ex->ex_keylen);
	} else {
		ex->ex_keylen = EXPORT_RANDOM_KEY;
		randombytes_buf(ex->ex_key, ex->ex_keylen);
	}
	ex->ex_kanon = kanon_new((size_t)(o->eo_k > 0 ? o->eo_k : 1));
	if (db_export_groups(conn, ex->ex_stories, from, ex->ex_to, ex->ex_unit, &res, err,
	    errlen) == -1)
		goto fail;
	nq = PQnfields(res) - 1;
	for (i = 0; i < PQntuples(res); i++) {
		const char *qi[KQ_N] = { cell(res, i, 0), cell(res, i, 1), "youth", cell(res, i, 2) };
		int64_t n;

		if (nq == 4) {
			qi[KQ_ROLE] = cell(res, i, 2);
			qi[KQ_TIME] = cell(res, i, 3);
		}
		if (store_get_i64(res, i, nq, &n) == -1) {
			snprintf(err, errlen, "export: unexpected count");
			goto fail;
		}
		kanon_add(ex->ex_kanon, qi, (size_t)n);
	}
	PQclear(res);
	kanon_solve(ex->ex_kanon, &ex->ex_report);
	return ex;
fail:
	PQclear(res);
	export_close(ex);
	return NULL;
}

/* The export pseudonym of an id: EXPORT_PSEUDONYM_HEX hex of HMAC(key, kind ":" id). */
static void
export_pseudonym(const struct export *ex, const char *kind, const char *id, char *out)
{
	unsigned char mac[32];
	char data[64], hex[65];
	int n;

	n = snprintf(data, sizeof(data), "%s:%s", kind, id);
	crypto_hmac_sha256(ex->ex_key, ex->ex_keylen, data, (size_t)n, mac);
	crypto_hex(mac, sizeof(mac), hex);
	memcpy(out, hex, EXPORT_PSEUDONYM_HEX);
	out[EXPORT_PSEUDONYM_HEX] = '\0';
}

int
export_csv_field(struct buf *out, const char *s)
{
	if (s == NULL)
		return 0;
	if (strpbrk(s, ",\"\r\n") == NULL)
		return buf_puts(out, s);
	if (buf_puts(out, "\"") == -1)
		return -1;
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '"' && buf_puts(out, "\"") == -1)
			return -1;
		if (buf_append(out, p, 1) == -1)
			return -1;
	}
	return buf_puts(out, "\"");
}

static int
export_csv_header(const struct export *ex, struct buf *out)
{
	const char *const *cols = ex->ex_stories ? story_cols : transcript_cols;
	size_t n = ex->ex_stories ? NELEM(story_cols) : NELEM(transcript_cols);

	for (size_t i = 0; i < n; i++)
		if (buf_puts(out, i ? "," : "") == -1 || buf_puts(out, cols[i]) == -1)
			return -1;
	return buf_puts(out, "\r\n");
}

/* A JSON value for column c: numbers and JSON columns as they are, the rest strings. */
static json_t *
export_json_value(const char *col, const char *v)
{
	if (v == NULL)
		return json_null();
	if (strcmp(col, "seq") == 0)
		return json_integer(strtoll(v, NULL, 10));
	if (strcmp(col, "signifiers") == 0 || strcmp(col, "topics") == 0) {
		json_t *j = json_loads(v, 0, NULL);

		return j != NULL ? j : json_string(v);
	}
	return json_string(v);
}

/* One row: vals in the order of the columns. */
static int
export_row(const struct export *ex, struct buf *out, const char *const *vals)
{
	const char *const *cols = ex->ex_stories ? story_cols : transcript_cols;
	size_t n = ex->ex_stories ? NELEM(story_cols) : NELEM(transcript_cols);
	json_t *o;
	char *s;
	int rc;

	if (ex->ex_csv) {
		for (size_t i = 0; i < n; i++)
			if ((i > 0 && buf_puts(out, ",") == -1) ||
			    export_csv_field(out, vals[i]) == -1)
				return -1;
		return buf_puts(out, "\r\n");
	}
	o = json_object();
	for (size_t i = 0; i < n; i++)
		json_object_set_new(o, cols[i], export_json_value(cols[i], vals[i]));
	s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
	json_decref(o);
	if (s == NULL)
		return -1;
	rc = buf_puts(out, s) == -1 || buf_puts(out, "\n") == -1 ? -1 : 0;
	free(s);
	return rc;
}

/* The rows of one batch. */
static int
export_batch(struct export *ex, PGresult *res, struct buf *out, char *err, size_t errlen)
{
	char gen[KQ_N][KANON_VALUE_MAX], who[EXPORT_PSEUDONYM_HEX + 1];
	char rec[EXPORT_PSEUDONYM_HEX + 1];
	int i;

	for (i = 0; i < PQntuples(res); i++) {
		const char *qi[KQ_N] = { cell(res, i, 4), cell(res, i, 5), "youth", cell(res, i, 6) };
		const char *vals[NELEM(transcript_cols)];

		if (ex->ex_stories)
			qi[KQ_ROLE] = cell(res, i, 7);
		if (kanon_lookup(ex->ex_kanon, qi, gen) < 0)
			continue;
		export_pseudonym(ex, "contact", PQgetvalue(res, i, 0), who);
		export_pseudonym(ex, ex->ex_stories ? "story" : "conversation",
		    PQgetvalue(res, i, 1), rec);
#define GV(q)	(gen[q][0] != '\0' ? gen[q] : NULL)
		if (ex->ex_stories) {
			const char *v[] = { who, rec, GV(KQ_TIME), GV(KQ_ROLE), cell(res, i, 8),
			    cell(res, i, 9), cell(res, i, 10), GV(KQ_MUNICIPALITY), GV(KQ_AGE_BAND),
			    cell(res, i, 11) };

			memcpy(vals, v, sizeof(v));
		} else {
			const char *v[] = { who, rec, PQgetvalue(res, i, 3), cell(res, i, 10),
			    GV(KQ_TIME), cell(res, i, 7), cell(res, i, 8), cell(res, i, 9),
			    GV(KQ_MUNICIPALITY), GV(KQ_AGE_BAND), "youth", cell(res, i, 11) };

			memcpy(vals, v, sizeof(v));
		}
#undef GV
		if (export_row(ex, out, vals) == -1) {
			snprintf(err, errlen, "export: row too large");
			return -1;
		}
		ex->ex_rows++;
	}
	return 0;
}

int
export_next(struct export *ex, struct buf *out, int *done, char *err, size_t errlen)
{
	PGresult *res = NULL;
	int n, last;
	char *rep;

	*done = 0;
	if (ex->ex_state == 0) {
		ex->ex_state = 1;
		if (ex->ex_csv && export_csv_header(ex, out) == -1)
			goto toolarge;
		return 0;
	}
	if (ex->ex_state == 2) {
		*done = 1;
		return 0;
	}
	if (db_export_rows(ex->ex_conn, ex->ex_stories, ex->ex_unit, ex->ex_to,
	    ex->ex_after_day, ex->ex_after_id, ex->ex_after_seq, &res, err, errlen) == -1)
		return -1;
	if (export_batch(ex, res, out, err, errlen) == -1) {
		PQclear(res);
		return -1;
	}
	n = PQntuples(res);
	if (n > 0) {
		last = n - 1;
		util_strlcpy(ex->ex_after_day, PQgetvalue(res, last, 2), sizeof(ex->ex_after_day));
		if (store_get_i64(res, last, 1, &ex->ex_after_id) == -1) {
			PQclear(res);
			snprintf(err, errlen, "export: unexpected id");
			return -1;
		}
		ex->ex_after_seq = (int)strtol(PQgetvalue(res, last, 3), NULL, 10);
	}
	PQclear(res);
	if (n < EXPORT_FETCH_ROWS) {
		ex->ex_state = 2;
		*done = 1;
		if (!ex->ex_csv) {
			rep = export_report_json(ex);
			if (buf_puts(out, "{\"_report\":") == -1 || buf_puts(out, rep) == -1 ||
			    buf_puts(out, "}\n") == -1) {
				free(rep);
				goto toolarge;
			}
			free(rep);
		}
	}
	return 0;
toolarge:
	snprintf(err, errlen, "export: output buffer full");
	return -1;
}

char *
export_report_json(const struct export *ex)
{
	json_t *o = json_pack("{s:s, s:I, s:s, s:I, s:I, s:I, s:I}",
	    "what", ex->ex_stories ? "stories" : "transcripts",
	    "k", (json_int_t)kanon_k(ex->ex_kanon),
	    "time_unit", ex->ex_unit,
	    "records", (json_int_t)ex->ex_report.kr_rows,
	    "records_generalised", (json_int_t)ex->ex_report.kr_generalised,
	    "records_suppressed", (json_int_t)ex->ex_report.kr_suppressed,
	    "rows", (json_int_t)ex->ex_rows);
	char *s;

	if (o == NULL || (s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
		abort();
	json_decref(o);
	return s;
}

void
export_close(struct export *ex)
{
	if (ex == NULL)
		return;
	kanon_free(ex->ex_kanon);
	sodium_memzero(ex->ex_key, sizeof(ex->ex_key));
	free(ex);
}

/* ---- praatpaal export ---------------------------------------------------- */

/* The audit's detail: the options (never the key) and the report. */
char *
export_audit_detail(const struct export_opts *o, const struct export *ex, const char *via)
{
	json_t *d = json_pack("{s:s, s:s, s:s, s:b}", "via", via, "what", o->eo_what,
	    "format", o->eo_format, "project_key", o->eo_project_key != NULL);
	char *rep, *s;

	if (d == NULL)
		abort();
	if (o->eo_from != NULL)
		json_object_set_new(d, "from", json_string(o->eo_from));
	if (o->eo_to != NULL)
		json_object_set_new(d, "to", json_string(o->eo_to));
	if (ex != NULL) {
		rep = export_report_json(ex);
		json_object_set_new(d, "report", json_loads(rep, 0, NULL));
		free(rep);
	}
	if ((s = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
		abort();
	json_decref(d);
	return s;
}

static int
export_usage(void)
{
	fprintf(stderr, "usage: praatpaal export --what transcripts|stories --format jsonl|csv "
	    "[--from DATE] [--to DATE] [--out FILE] [--project-key KEY]\n");
	return 2;
}

/* Write the whole export to f; the report (CSV) to rep when not NULL. */
static int
export_write(struct export *ex, FILE *f, char *err, size_t errlen)
{
	struct buf b;
	int done = 0;

	buf_init(&b, 0);
	while (!done) {
		buf_reset(&b);
		if (export_next(ex, &b, &done, err, errlen) == -1)
			goto fail;
		if (b.len > 0 && fwrite(b.data, 1, b.len, f) != b.len) {
			snprintf(err, errlen, "write: failed");
			goto fail;
		}
	}
	buf_free(&b);
	return 0;
fail:
	buf_free(&b);
	return -1;
}

int
export_cmd(const struct config *cfg, int argc, char **argv)
{
	struct export_opts o;
	struct export *ex = NULL;
	const char *outpath = NULL;
	char err[512], *detail = NULL, *rep = NULL, *side = NULL;
	PGconn *conn = NULL;
	FILE *f = stdout, *sf;
	int i, rc = 1;

	memset(&o, 0, sizeof(o));
	for (i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			return export_usage();
		if (strcmp(argv[i], "--what") == 0)
			o.eo_what = argv[++i];
		else if (strcmp(argv[i], "--format") == 0)
			o.eo_format = argv[++i];
		else if (strcmp(argv[i], "--from") == 0)
			o.eo_from = argv[++i];
		else if (strcmp(argv[i], "--to") == 0)
			o.eo_to = argv[++i];
		else if (strcmp(argv[i], "--out") == 0)
			outpath = argv[++i];
		else if (strcmp(argv[i], "--project-key") == 0)
			o.eo_project_key = argv[++i];
		else
			return export_usage();
	}
	o.eo_k = cfg->k_anonymity;
	o.eo_unit = cfg->research_time_unit;
	if (export_check(&o, err, sizeof(err)) == -1) {
		fprintf(stderr, "praatpaal: export: %s\n", err);
		return 2;
	}
	if (sodium_init() < 0) {
		fprintf(stderr, "praatpaal: export: libsodium did not start\n");
		return 1;
	}
	if ((conn = db_connect(cfg->db_url, err, sizeof(err))) == NULL)
		goto fail;
	if (outpath != NULL && (f = fopen(outpath, "w")) == NULL) {
		snprintf(err, sizeof(err), "%s: cannot open for writing", outpath);
		goto fail;
	}
	if ((ex = export_open(conn, &o, err, sizeof(err))) == NULL ||
	    export_write(ex, f, err, sizeof(err)) == -1)
		goto fail;
	if (f != stdout && fclose(f) != 0) {
		f = stdout;
		snprintf(err, sizeof(err), "%s: write failed", outpath);
		goto fail;
	}
	f = stdout;
	fflush(stdout);
	/* CSV: the report beside the file (FILE.report.json), or on stderr. */
	if (strcmp(o.eo_format, "csv") == 0) {
		rep = export_report_json(ex);
		if (outpath != NULL) {
			size_t sl = strlen(outpath) + sizeof(".report.json");

			side = xmalloc(sl);
			snprintf(side, sl, "%s.report.json", outpath);
			if ((sf = fopen(side, "w")) == NULL || fprintf(sf, "%s\n", rep) < 0 ||
			    fclose(sf) != 0) {
				snprintf(err, sizeof(err), "%s: cannot write the report", side);
				goto fail;
			}
		} else
			fprintf(stderr, "%s\n", rep);
	}
	detail = export_audit_detail(&o, ex, "cli");
	if (db_audit_add(conn, 0, "export", 0, NULL, detail, err, sizeof(err)) == -1)
		goto fail;
	rc = 0;
	goto done;
fail:
	fprintf(stderr, "praatpaal: export: %s\n", err);
done:
	if (f != stdout)
		fclose(f);
	free(side);
	free(rep);
	free(detail);
	export_close(ex);
	if (conn != NULL)
		db_close(conn);
	return rc;
}
