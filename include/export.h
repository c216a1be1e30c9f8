/*
 * export.h — research exports (src/export.c): the research copy
 * (migrations/0019_research.sql) as JSON Lines or CSV (RFC 4180, UTF-8,
 * a header row), k-anonymous (kanon.h) and with export pseudonyms: an
 * HMAC of the contact under a key made at random for each export, or the
 * project key given, so two exports can be linked only when wanted.
 * Shared by `praatpaal export` and GET /api/v1/export. Rows are read in
 * keyset batches of EXPORT_FETCH_ROWS and handed out batch by batch:
 * memory stays constant however large the export. docs/research-export.md
 * is the data dictionary.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stddef.h>
#include <libpq-fe.h>

#include "kanon.h"
#include "util.h"

#define EXPORT_KEY_MAX		256	/* bytes of a --project-key */
#define EXPORT_PSEUDONYM_HEX	16	/* hex characters of an export pseudonym */

struct export_opts {
	const char	*eo_what;		/* "transcripts" or "stories" */
	const char	*eo_format;		/* "jsonl" or "csv" */
	const char	*eo_from;		/* "YYYY-MM-DD" or NULL */
	const char	*eo_to;			/* "YYYY-MM-DD" or NULL */
	const char	*eo_project_key;	/* NULL: a random key */
	long long	 eo_k;			/* [privacy] k_anonymity */
	const char	*eo_unit;		/* [privacy] research_time_unit */
};

struct export;

/* 0, or -1 with err naming the bad option (what, format, from, to, project key). */
int		 export_check(const struct export_opts *, char *err, size_t errlen) WUR;
/* Count the groups, settle k-anonymity, and write the header into nothing yet. */
struct export	*export_open(PGconn *, const struct export_opts *, char *err, size_t errlen);
/*
 * Append the next part (the CSV header first, then a batch of rows, then
 * for JSONL the {"_report": ...} line) to out; *done set after the last.
 * 0, or -1 with err filled.
 */
int		 export_next(struct export *, struct buf *out, int *done, char *err,
		    size_t errlen) WUR;
/* The report as JSON text (the caller frees): records, rows, generalised, suppressed. */
char		*export_report_json(const struct export *);
void		 export_close(struct export *);

/* The audit row's detail (JSON text, caller frees): options, never the key; the report. */
char		*export_audit_detail(const struct export_opts *, const struct export *,
		    const char *via);
/* `praatpaal export ...` (argv[0] "export"): the exit status. */
struct config;
int		 export_cmd(const struct config *, int argc, char **argv);

/* One CSV field per RFC 4180 (quoted when it holds , " CR or LF) appended to out. */
int		 export_csv_field(struct buf *out, const char *s) WUR;

#endif
