/*
 * db.c — connections to PostgreSQL: the pool, reconnecting, transactions,
 * errors copied out of libpq, prepared statements and pipelines. The SQL
 * lives in the stores (src/store_*.c); db.c knows their statement tables
 * only to list them (db_statement) and prepares a statement on a
 * connection the first time it runs there.
 *
 * Each connection carries its own set of prepared statements, attached
 * with libpq's instance data and freed when the connection is: the set
 * grows with the statements used, and needs no lock, as a connection is
 * used by one thread at a time (the pool hands it over under its mutex).
 *
 * Locking: the pool's mutex guards its idle list and counters; it is not
 * held across network I/O.
 *
 * Transaction pooling ([database] pool_mode = transaction, for PgBouncer
 * in pool_mode=transaction): a server connection is ours only for one
 * transaction, so nothing may outlive one. Statements are then sent as
 * unnamed ones (Parse/Bind/Execute in one go, PQexecParams) instead of
 * named prepared statements, and the session options are not sent at
 * connect (PgBouncer refuses the "options" startup parameter): set them
 * on the role instead (docs/scaling.md). The flag is set once at start-up.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-events.h>

#include "db.h"
#include "store.h"
#include "log.h"
#include "praatpaal.h"

#define DB_PIPELINE_CHUNK	256	/* statements per pipeline sync */

/* 1: through a transaction pooler; see the top of this file. */
static atomic_int db_txn_pooling;

void
db_set_transaction_pooling(int on)
{
	atomic_store(&db_txn_pooling, on != 0);
}

/* ---- statement tables --------------------------------------------------- */

/* Every store's statements, in the order db_statement() lists them. */
static const struct db_stmt_table *const db_tables[] = {
	&store_ingest_table,
	&store_work_table,
	&store_outbox_table,
	&store_stats_table,
	&store_events_table,
	&store_console_table,
	&store_wait_table,
	&store_privacy_table,
	&store_research_table,
};

const char *
db_statement(size_t i, const char **name, int *nparams)
{
	for (size_t t = 0; t < NELEM(db_tables); t++) {
		if (i < db_tables[t]->dt_n) {
			*name = db_tables[t]->dt_stmts[i].ds_name;
			*nparams = db_tables[t]->dt_stmts[i].ds_nparams;
			return db_tables[t]->dt_stmts[i].ds_sql;
		}
		i -= db_tables[t]->dt_n;
	}
	return NULL;
}

/* ---- the prepared statements of a connection ---------------------------- */

/*
 * An open-addressing hash set of statement descriptors (their addresses
 * are the keys), at most half full; slots NULL when free.
 */
struct db_prepared {
	const struct db_stmt	**pr_slots;
	size_t			  pr_cap;	/* a power of two */
	size_t			  pr_n;
};

#define DB_PREPARED_MIN	16	/* slots of a new set; it doubles when half full */

static size_t
prepared_slot(const struct db_prepared *pr, const struct db_stmt *s)
{
	uint64_t	 h = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull;
	size_t		 i = (size_t)(h >> 32) & (pr->pr_cap - 1);

	while (pr->pr_slots[i] != NULL && pr->pr_slots[i] != s)
		i = (i + 1) & (pr->pr_cap - 1);
	return i;
}

static void
prepared_grow(struct db_prepared *pr)
{
	const struct db_stmt	**old = pr->pr_slots;
	size_t			  oldcap = pr->pr_cap;

	pr->pr_cap = oldcap > 0 ? oldcap * 2 : DB_PREPARED_MIN;
	pr->pr_slots = xcalloc(pr->pr_cap, sizeof(*pr->pr_slots));
	for (size_t i = 0; i < oldcap; i++)
		if (old[i] != NULL)
			pr->pr_slots[prepared_slot(pr, old[i])] = old[i];
	free(old);
}

/*
 * libpq calls this for each connection it was registered on: the set is
 * made with the registration, emptied when the connection is reset (the
 * server forgot its statements) and freed with the connection.
 */
static int
prepared_event(PGEventId id, void *info, void *arg)
{
	struct db_prepared	*pr;

	(void)arg;
	switch (id) {
	case PGEVT_REGISTER:
		pr = xcalloc(1, sizeof(*pr));
		if (PQsetInstanceData(((PGEventRegister *)info)->conn, prepared_event, pr) == 0) {
			free(pr);
			return 0;
		}
		return 1;
	case PGEVT_CONNRESET:
		pr = PQinstanceData(((PGEventConnReset *)info)->conn, prepared_event);
		if (pr != NULL && pr->pr_slots != NULL) {
			memset(pr->pr_slots, 0, pr->pr_cap * sizeof(*pr->pr_slots));
			pr->pr_n = 0;
		}
		return 1;
	case PGEVT_CONNDESTROY:
		pr = PQinstanceData(((PGEventConnDestroy *)info)->conn, prepared_event);
		if (pr != NULL) {
			free(pr->pr_slots);
			free(pr);
		}
		return 1;
	default:
		return 1;
	}
}

/* The connection's set, attached on first use (a connection db_connect did not make). */
static struct db_prepared *
prepared_set(PGconn *conn)
{
	struct db_prepared	*pr = PQinstanceData(conn, prepared_event);

	if (pr == NULL && PQregisterEventProc(conn, prepared_event, "praatpaal prepared", NULL))
		pr = PQinstanceData(conn, prepared_event);
	return pr;
}

int
db_prepared_has(PGconn *conn, const struct db_stmt *s)
{
	struct db_prepared	*pr = prepared_set(conn);

	return pr != NULL && pr->pr_cap > 0 && pr->pr_slots[prepared_slot(pr, s)] == s;
}

void
db_prepared_add(PGconn *conn, const struct db_stmt *s)
{
	struct db_prepared	*pr = prepared_set(conn);
	size_t			 i;

	/* Not attached (out of memory in libpq): the statement is prepared again and fails. */
	if (pr == NULL)
		return;
	if (2 * (pr->pr_n + 1) > pr->pr_cap)
		prepared_grow(pr);
	i = prepared_slot(pr, s);
	if (pr->pr_slots[i] == NULL) {
		pr->pr_slots[i] = s;
		pr->pr_n++;
	}
}

/* ---- errors ------------------------------------------------------------- */

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

void
db_result_error(const char *what, const PGresult *res, PGconn *conn, char *err, size_t errlen)
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

/* ---- prepared statements ------------------------------------------------ */

int
db_stmt_prepare(PGconn *conn, const struct db_stmt *s, char *err, size_t errlen)
{
	PGresult	*res;

	if (atomic_load(&db_txn_pooling) || db_prepared_has(conn, s))
		return 0;
	res = PQprepare(conn, s->ds_name, s->ds_sql, s->ds_nparams, NULL);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		db_result_error(s->ds_name, res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	db_prepared_add(conn, s);
	return 0;
}

PGresult *
db_stmt_exec(PGconn *conn, const struct db_stmt *s, const char *const *values,
    ExecStatusType want, char *err, size_t errlen)
{
	PGresult	*res;

	if (atomic_load(&db_txn_pooling))
		res = PQexecParams(conn, s->ds_sql, s->ds_nparams, NULL, values, NULL, NULL, 0);
	else if (db_stmt_prepare(conn, s, err, errlen) == -1)
		return NULL;
	else
		res = PQexecPrepared(conn, s->ds_name, s->ds_nparams, values, NULL, NULL, 0);
	if (PQresultStatus(res) != want) {
		db_result_error(s->ds_name, res, conn, err, errlen);
		PQclear(res);
		return NULL;
	}
	return res;
}

int
db_stmt_run(PGconn *conn, const struct db_stmt *s, const char *const *values, char *err,
    size_t errlen)
{
	PGresult	*res = db_stmt_exec(conn, s, values, PGRES_COMMAND_OK, err, errlen);

	if (res == NULL)
		return -1;
	PQclear(res);
	return 0;
}

int
db_stmt_send(PGconn *conn, const struct db_stmt *s, const char *const *values, char *err,
    size_t errlen)
{
	int	ok;

	if (atomic_load(&db_txn_pooling))
		ok = PQsendQueryParams(conn, s->ds_sql, s->ds_nparams, NULL, values, NULL, NULL, 0);
	else
		ok = PQsendQueryPrepared(conn, s->ds_name, s->ds_nparams, values, NULL, NULL, 0);
	if (ok == 0) {
		copy_error(s->ds_name, PQerrorMessage(conn), err, errlen);
		return -1;
	}
	return 0;
}

static int
simple_exec(PGconn *conn, const char *sql, char *err, size_t errlen)
{
	PGresult	*res = PQexec(conn, sql);

	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		db_result_error(sql, res, conn, err, errlen);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	return 0;
}

/* ---- connections and the pool ------------------------------------------- */

#define DB_CONNECT_TIMEOUT	"5"	/* seconds, unless the URL says otherwise */
/* The session's settings (see db_connect); the URL's "options" come after them. */
#define DB_SESSION_OPTIONS	"-c statement_timeout=" SQL_NUM(DB_STATEMENT_TIMEOUT_MS) \
	" -c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off" \
	" -c plan_cache_mode=force_generic_plan -c jit=off"
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
	 * plans stay good and no statement is planned twice. No JIT: a plan
	 * that keeps a disabled scan costs more than jit_above_cost, and was
	 * compiled at every execution (tens of milliseconds for a few rows).
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
	/* A transaction pooler refuses "options": the role carries them (docs/scaling.md). */
	vals[3] = atomic_load(&db_txn_pooling) ? NULL : options.data;
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
	(void)prepared_set(conn);
	return conn;
}

void
db_close(PGconn *conn)
{
	if (conn == NULL)
		return;
	PQfinish(conn);	/* frees its prepared set too (prepared_event) */
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

/* ---- pipelines ---------------------------------------------------------- */

/*
 * Read up to and including the pipeline's sync point (*synced then set).
 * An error there (the commit of statements run outside an explicit
 * transaction, at the sync point) is a failure: what they wrote is not in
 * the database.
 */
static int
pipe_sync(PGconn *conn, int *synced, char *err, size_t errlen)
{
	PGresult	*res;
	int		 rc = 0;

	*synced = 0;
	for (int i = 0; i < 4; i++) {
		res = PQgetResult(conn);
		if (res == NULL)
			continue;
		if (PQresultStatus(res) == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			*synced = 1;
			return rc;
		}
		if (PQresultStatus(res) == PGRES_FATAL_ERROR && rc == 0) {
			db_result_error("pipeline sync", res, conn, err, errlen);
			rc = -1;
		}
		PQclear(res);
	}
	snprintf(err, errlen, "pipeline: sync point not received");
	return -1;
}

int
db_pipe_read(PGconn *conn, const char *what, ExecStatusType want, PGresult **keep,
    char *err, size_t errlen)
{
	PGresult	*res = PQgetResult(conn), *end;
	int		 rc = 0;

	if (res == NULL || PQresultStatus(res) != want) {
		db_result_error(what, res, conn, err, errlen);
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

/*
 * After a failure: read and drop the results up to the pending sync point.
 * Each skipped statement gives at most a result and a NULL.
 */
static void
pipe_drain(PGconn *conn)
{
	for (size_t k = 0; k < 2 * DB_PIPELINE_CHUNK + 8; k++) {
		PGresult *res = PQgetResult(conn);

		if (res == NULL) {
			if (PQstatus(conn) != CONNECTION_OK)
				return;
			continue;
		}
		if (PQresultStatus(res) == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			return;
		}
		PQclear(res);
	}
}

int
db_pipe_run(PGconn *conn, const struct pipe_calls *pc, void *ctx, size_t n, int begin,
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
			rc = db_pipe_read(conn, "begin", PGRES_COMMAND_OK, NULL, err, errlen);
		for (size_t j = first; j < i && rc == 0; j++) {
			if (pc->pc_want != NULL && !pc->pc_want(ctx, j))
				continue;
			rc = pc->pc_read(conn, ctx, j, err, errlen);
		}
		if (rc == 0) {
			int synced;

			rc = pipe_sync(conn, &synced, err, errlen);
			pending_sync = !synced;
		}
	}
	if (pending_sync)
		pipe_drain(conn);
	if (PQexitPipelineMode(conn) == 0 && rc == 0) {
		copy_error("pipeline exit", PQerrorMessage(conn), err, errlen);
		rc = -1;
	}
	return rc;
}

int
db_pipe_commit(PGconn *conn, char *err, size_t errlen)
{
	if (PQsendQueryParams(conn, "COMMIT", 0, NULL, NULL, NULL, NULL, 0) == 0) {
		copy_error("commit", PQerrorMessage(conn), err, errlen);
		return -1;
	}
	return 0;
}
