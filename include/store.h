/*
 * store.h — what the stores (src/store_*.c) share: their statement
 * tables, which db.c registers, and the conversions between C values and
 * the text libpq sends and returns (src/store.c).
 *
 * A new store defines its statements as a static array of struct db_stmt,
 * exports a struct db_stmt_table for them, declares it here and adds it
 * to db.c's list of tables.
 */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "db.h"
#include "util.h"

/* Rank of a delivery status in SQL: a report never moves a message backwards. */
#define SQL_RANK(x) \
	"(CASE " x " WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 " \
	"WHEN 'read' THEN 3 WHEN 'failed' THEN 4 ELSE 0 END)"

extern const struct db_stmt_table store_ingest_table;
extern const struct db_stmt_table store_work_table;
extern const struct db_stmt_table store_outbox_table;
extern const struct db_stmt_table store_stats_table;
extern const struct db_stmt_table store_events_table;
extern const struct db_stmt_table store_console_table;
extern const struct db_stmt_table store_wait_table;
extern const struct db_stmt_table store_privacy_table;
extern const struct db_stmt_table store_research_table;

/* Decimal text of a 64-bit id, for a $n parameter. */
struct idtext {
	char	it_s[24];
};

const char	*store_idtext(struct idtext *, int64_t);

/* Cell (row, col) as an int64 (SQL NULL: 0); -1 when it is not one. */
int		 store_get_i64(PGresult *, int row, int col, int64_t *out) WUR;
/* Cell (row, col) as a new string, or NULL for SQL NULL. */
char		*store_get_str(PGresult *, int row, int col);
/* The number of rows a statement changed. */
size_t		 store_cmd_rows(PGresult *);

/*
 * PostgreSQL array literals built in a struct buf: add elements (text
 * NULL: SQL NULL), then close the literal with store_array_end ("{}" when
 * nothing was added), which returns its text.
 */
void		 store_array_text(struct buf *, const char *v);
void		 store_array_id(struct buf *, int64_t v);
const char	*store_array_end(struct buf *);
/* ids as an array literal ("{1,2,3}") in b, which is reset first. */
void		 store_id_array(struct buf *b, const int64_t *ids, size_t n);
/* Append the ids of a bigint array's text ("{1,2}") to l: 0, or -1 when malformed. */
int		 store_id_array_parse(const char *s, struct idlist *l);

#endif
