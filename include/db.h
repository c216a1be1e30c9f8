/*
 * db.h — connections to PostgreSQL: a pool of libpq connections,
 * transactions, prepared statements and pipelines. The SQL itself lives
 * in the stores (src/store_*.c, include/store_*.h), each with its own
 * table of statements.
 *
 * All functions return 0 on success and -1 with err filled on failure;
 * after a failure the caller must db_release() the connection (the pool
 * checks it).
 */
#ifndef DB_H
#define DB_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"

/* A named limit (include/praatpaal.h) as SQL text: "LIMIT " SQL_NUM(X). */
#define SQL_NUM(x)	SQL_NUM_(x)
#define SQL_NUM_(x)	#x

struct db_pool;

/*
 * On: statements go unnamed (no PREPARE that would outlive a transaction)
 * and no session options are sent at connect — for a transaction pooler
 * between us and PostgreSQL ([database] pool_mode = transaction). Set once
 * at start-up, before the first connection.
 */
void		 db_set_transaction_pooling(int on);
/* Create a pool of up to size connections to conninfo; connects lazily. */
struct db_pool	*db_pool_new(const char *conninfo, int size);
void		 db_pool_free(struct db_pool *);
/*
 * A connection, waiting (bounded) for a free one; reconnects a connection
 * the server dropped. NULL with err filled when the database is unreachable.
 */
PGconn		*db_acquire(struct db_pool *, char *err, size_t errlen);
/* Give a connection back; a broken one (or one left inside a transaction) is closed. */
void		 db_release(struct db_pool *, PGconn *);
/*
 * A fresh connection outside the pool (for long-lived threads). Close it
 * with db_close() or PQfinish(); either frees its prepared-statement set.
 */
PGconn		*db_connect(const char *conninfo, char *err, size_t errlen);
PGconn		*db_connect_as(const char *conninfo, const char *name, char *err, size_t errlen);
void		 db_close(PGconn *);
/* 1 if the connection looks usable (status OK, no EOF pending). */
int		 db_alive(PGconn *);

int	db_begin(PGconn *, char *err, size_t errlen) WUR;
int	db_commit(PGconn *, char *err, size_t errlen) WUR;
void	db_rollback(PGconn *);

/*
 * A failed result's error for err: "what: SQLSTATE primary message" only.
 * DETAIL and CONTEXT may quote parameter values (message text, phone
 * numbers) and so never leave db.c. res NULL: the connection's error.
 */
void	db_result_error(const char *what, const PGresult *res, PGconn *conn, char *err,
	    size_t errlen);

/* ---- prepared statements ------------------------------------------------ */

/*
 * One statement of a store: a name unique across every store, its number
 * of $n parameters, and its SQL. Stores keep them in static arrays and
 * pass their addresses; a statement is prepared on a connection the first
 * time it runs there (a connection made before `praatpaal migrate` must
 * not fail on tables that do not exist yet).
 */
struct db_stmt {
	const char	*ds_name;
	int		 ds_nparams;
	const char	*ds_sql;
};

/* A store's statements, registered in db.c so that db_statement() sees them. */
struct db_stmt_table {
	const struct db_stmt	*dt_stmts;
	size_t			 dt_n;
};

/*
 * The daemon's statement i, over every store's table (name, number of
 * parameters, SQL), or NULL past the last: for tests/plans/plans.c, which
 * checks their plans.
 */
const char	*db_statement(size_t i, const char **name, int *nparams);

/* Prepare s on conn unless it already is. */
int	db_stmt_prepare(PGconn *, const struct db_stmt *s, char *err, size_t errlen) WUR;
/*
 * Run s (prepared first if need be); NULL values are SQL NULL. Returns the
 * result (the caller PQclear()s it) when its status is want, else NULL
 * with err filled.
 */
PGresult *db_stmt_exec(PGconn *, const struct db_stmt *s, const char *const *values,
	    ExecStatusType want, char *err, size_t errlen) WUR;
/* The same for a statement that returns no rows. */
int	db_stmt_run(PGconn *, const struct db_stmt *s, const char *const *values,
	    char *err, size_t errlen) WUR;
/* Send s inside a pipeline (db_pipe_run); it must have been prepared before. */
int	db_stmt_send(PGconn *, const struct db_stmt *s, const char *const *values,
	    char *err, size_t errlen) WUR;

/*
 * The connection's prepared-statement set: 1 if s was prepared on conn;
 * mark s as prepared. db_stmt_prepare uses them; exposed for the unit
 * tests. The set lives with the connection (libpq instance data) and is
 * freed by PQfinish: no lock, as one thread at a time uses a connection.
 */
int	db_prepared_has(PGconn *, const struct db_stmt *s);
void	db_prepared_add(PGconn *, const struct db_stmt *s);

/* ---- pipelines ---------------------------------------------------------- */

/*
 * Pipelining: statements are sent without waiting for each answer, in
 * chunks of at most DB_PIPELINE_CHUNK ended by a sync point, and their
 * results read after each sync. One round trip per chunk instead of one
 * per statement. The caller's callbacks send statement i (0 or -1) and
 * read its result (0 or -1). With begin set, "BEGIN" goes first and the
 * caller commits; without it every chunk is its own implicit transaction.
 * After an error the server skips the rest of the chunk; db_pipe_run
 * reads up to the sync point so the connection leaves pipeline mode in a
 * state the caller can roll back.
 */
struct pipe_calls {
	int	(*pc_want)(void *ctx, size_t i);	/* NULL: every statement */
	int	(*pc_send)(PGconn *, void *ctx, size_t i, char *err, size_t errlen);
	int	(*pc_read)(PGconn *, void *ctx, size_t i, char *err, size_t errlen);
};

int	db_pipe_run(PGconn *, const struct pipe_calls *, void *ctx, size_t n, int begin,
	    char *err, size_t errlen) WUR;
/*
 * Read one statement's result (status want) and the NULL that ends it;
 * with keep set, a good result is handed to the caller (who PQclear()s it).
 */
int	db_pipe_read(PGconn *, const char *what, ExecStatusType want, PGresult **keep,
	    char *err, size_t errlen) WUR;
/* Send COMMIT inside a pipeline. */
int	db_pipe_commit(PGconn *, char *err, size_t errlen) WUR;


#endif
