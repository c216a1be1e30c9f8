/*
 * db.h — the store: a pool of libpq connections and every SQL statement
 * the daemon runs (prepared, $n parameters only; no SQL anywhere else).
 *
 * Functions that take a PGconn * run inside the caller's transaction
 * where the comment says so; others manage their own transaction.
 * All return 0 on success and -1 with err filled on failure; after a
 * failure the caller must db_release() the connection (the pool checks it).
 */
#ifndef DB_H
#define DB_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"
#include "message.h"
#include "conversation.h"

struct db_pool;

/* Create a pool of up to size connections to conninfo; connects lazily. */
struct db_pool	*db_pool_new(const char *conninfo, int size);
void		 db_pool_free(struct db_pool *);
/*
 * A connection with every statement prepared, waiting (bounded) for a free
 * one; reconnects a connection the server dropped. NULL with err filled when
 * the database is unreachable.
 */
PGconn		*db_acquire(struct db_pool *, char *err, size_t errlen);
/* Give a connection back; a broken one (or one left inside a transaction) is closed. */
void		 db_release(struct db_pool *, PGconn *);
/*
 * A fresh connection outside the pool (for long-lived threads); statements
 * are prepared on first use. Close it with db_close(), not PQfinish().
 */
PGconn		*db_connect(const char *conninfo, char *err, size_t errlen);
PGconn		*db_connect_as(const char *conninfo, const char *name, char *err, size_t errlen);
void		 db_close(PGconn *);
/*
 * The daemon's prepared statement i (name, number of parameters, SQL), or
 * NULL past the last: for tests/plans/plans.c, which checks their plans.
 */
const char	*db_statement(size_t i, const char **name, int *nparams);
/* 1 if the connection looks usable (status OK, no EOF pending). */
int		 db_alive(PGconn *);

int	db_begin(PGconn *, char *err, size_t errlen) WUR;
int	db_commit(PGconn *, char *err, size_t errlen) WUR;
void	db_rollback(PGconn *);

/* Schema version of the database; 0 when not migrated yet. */
int	db_schema_version(PGconn *, int *version, char *err, size_t errlen) WUR;

/* ---- ingest -------------------------------------------------------- */

/*
 * Store n webhook payloads in one transaction: contacts created or found
 * (pseudonym computed with key), profile names kept, inbound messages
 * inserted under UNIQUE (channel, provider_id) (duplicates ignored),
 * status updates applied. Commits. Fills the ingested (free it with
 * db_ingested_free): the number of new messages and their contacts.
 */
struct ingested {
	size_t		 ing_stored;	/* new messages */
	struct idlist	 ing_contacts;	/* their contacts, each once */
	struct idlist	 ing_urgent;	/* those whose new message had crisis words */
};

int	db_ingest(PGconn *, struct payload *const *pls, size_t n, const char *pseudonym_key,
	    struct ingested *, char *err, size_t errlen) WUR;
void	db_ingested_free(struct ingested *);

/* ---- worker (inside the caller's transaction) ------------------------ */

/*
 * Lock (transaction-scoped advisory lock, other daemons skip it) up to max
 * contacts that have unprocessed inbound messages: those whose messages
 * had crisis words (message_in.urgent) first, then going round the others
 * in id order: the ones after *after first, then from the start up to *after.
 * *after is set to the last contact taken, where the next scan goes on
 * (unchanged when none was). ids[] must hold max. 0, or -1 with err
 * filled (*after unchanged).
 */
int	db_claim_contacts(PGconn *, size_t max, int64_t *after, int64_t *ids, size_t *n,
	    char *err, size_t errlen) WUR;
/*
 * Lock those of the ngiven contacts (named by ingest) that no other
 * transaction holds, in their order; ids[] must hold ngiven.
 */
int	db_claim_given(PGconn *, const int64_t *given, size_t ngiven, int64_t *ids, size_t *n,
	    char *err, size_t errlen) WUR;

struct pending {
	int64_t		pd_id;
	struct inbound	pd_in;	/* in_from and in_profile_name are NULL */
};

void	db_pending_free(struct pending *, size_t n);

/* One claimed contact's work. */
struct work_item {
	int64_t			 wi_contact_id;
	struct pending		*wi_pending;	/* unprocessed, in (provider ts, id) order */
	size_t			 wi_npending;
	struct conversation	 wi_cv;		/* its open conversation when wi_npending > 0 */
};

/*
 * For the n claimed contacts (in claim order): their unprocessed messages
 * (at most 256 each) and, for those that have any, their open
 * conversation, created (cv_new = 1, state "{}") where there is none. Two
 * statements for the whole batch. Caller frees with db_work_free.
 */
int	db_work_load(PGconn *, const int64_t *contacts, size_t n, struct work_item **items,
	    char *err, size_t errlen) WUR;
void	db_work_free(struct work_item *, size_t n);

/* The contact's open conversation, created (cv_new = 1, state "{}") when none. */
int	db_conversation_open(PGconn *, int64_t contact_id, struct conversation *,
	    char *err, size_t errlen) WUR;
/* Save status, team, priority, lang and state now (a conversation that closed). */
int	db_conversation_save(PGconn *, const struct conversation *, char *err, size_t errlen) WUR;

/*
 * A batch's writes, kept in order and written at its end in one round
 * trip (db_writes_commit): replies into the outbox (each contact's first
 * is its head when it has no open reply, the rest wait 'held'), processed
 * messages, conversations saved.
 */
struct work_writes;

struct work_writes *db_writes_new(void);
void	db_writes_free(struct work_writes *);
/* Queue the replies of one step (outbound JSON, message.h; NULL entries skipped). */
void	db_writes_replies(struct work_writes *, const struct conversation *,
	    char *const *jsons, size_t n);
void	db_writes_processed(struct work_writes *, int64_t msg_id, int64_t conv_id);
/* Save the conversation's status, team, priority, lang and state. */
void	db_writes_conversation(struct work_writes *, const struct conversation *);
/*
 * Write them and COMMIT the caller's transaction; then, for the contacts
 * whose new replies all wait behind an older one, promote in case a
 * sender finished that one meanwhile (*promoted 0: that failed;
 * db_outbox_requeue's sweep makes up for it). The rows that are heads now
 * (new or promoted) are added to heads, for the sender. 0, or -1 with err
 * filled: the caller rolls back.
 */
int	db_writes_commit(PGconn *, struct work_writes *, int *promoted, struct idlist *heads,
	    char *err, size_t errlen) WUR;

/* ---- dialogue actions (inside the worker's transaction) ---------------- */

/* The conversation was handed to a team: keep the intake summary (JSON) and the queue time. */
int	db_handover(PGconn *, const struct conversation *, const char *summary_json,
	    char *err, size_t errlen) WUR;
/* Store an experience story (vars JSON); consent is vars.consent == "yes". */
int	db_story_add(PGconn *, const struct conversation *, const char *kind, const char *vars_json,
	    char *err, size_t errlen) WUR;
/* Research consent answered (granted 1/0) for text version; kept on the contact and as an event. */
int	db_consent_record(PGconn *, const struct conversation *, int granted, const char *version,
	    char *err, size_t errlen) WUR;
/* The contact confirmed `verwijder`/`delete`: record the request for `praatpaal purge`. */
int	db_erasure_request(PGconn *, const struct conversation *, char *err, size_t errlen) WUR;
/* `stop` (out = 1) or coming back (out = 0). */
int	db_contact_optout(PGconn *, int64_t contact_id, int out, char *err, size_t errlen) WUR;
/* A crisis signal for the counsellor who has the chat. */
int	db_alert_add(PGconn *, const struct conversation *, const char *category,
	    char *err, size_t errlen) WUR;
/*
 * Claim the one-time research-consent question: 1 if this contact was never
 * asked, has not stopped (opted out) nor asked to be erased, and the closed
 * conversation cv was a help chat (no story told in it); the contact is then
 * marked as asked. 0 otherwise.
 */
int	db_consent_claim(PGconn *, const struct conversation *, int *claim,
	    char *err, size_t errlen) WUR;

/* ---- sender (own transactions) ---------------------------------------- */

struct out_row {
	int64_t		or_id;
	int64_t		or_contact_id;
	enum channel	or_channel;
	char		*or_to;			/* the contact's address */
	char		*or_body;		/* outbound JSON */
	int		 or_attempts;		/* attempts before this one */
	int64_t		 or_last_inbound_ms;	/* the contact's newest inbound message; 0 none */
	char		 or_pseudonym[PSEUDONYM_LEN + 1];
};

/*
 * Claim up to max due heads (FOR UPDATE SKIP LOCKED; a contact has at
 * most one, so its replies keep their order), and lease them for lease_s
 * seconds (status 'sending'): those of given (rows this daemon made
 * heads, found by id) or, given NULL, the first due in the queue's index.
 */
int	db_outbox_claim(PGconn *, size_t max, int lease_s, const struct idlist *given,
	    struct out_row **rows, size_t *n, char *err, size_t errlen) WUR;
void	db_out_rows_free(struct out_row *, size_t n);
/*
 * Put rows whose lease ran out (their sender died, or its database was
 * gone too long to record a result) back in the queue; *n gets how many.
 * Senders never hold a row past its lease otherwise: [sender] timeout_ms
 * is bounded below OUTBOX_LEASE_S. Then give a head to every contact with
 * held rows and none (a promotion that did not run); *stranded gets how
 * many.
 */
int	db_outbox_requeue(PGconn *, size_t *n, size_t *stranded, char *err, size_t errlen) WUR;
/* One send's outcome, for db_outbox_record. */
enum out_result_kind { OUTR_SENT, OUTR_RETRY, OUTR_FAILED };

struct out_result {
	int64_t			 ors_id;
	int64_t			 ors_contact_id;
	enum out_result_kind	 ors_kind;
	const char		*ors_provider_id;	/* OUTR_SENT */
	const char		*ors_code;		/* OUTR_RETRY, OUTR_FAILED */
	const char		*ors_text;
	int64_t			 ors_delay_ms;		/* OUTR_RETRY */
};

/*
 * Record n outcomes in one round trip (pipelined, one transaction): sent
 * (provider id kept, an early delivery status applied), queued again after
 * a delay, or failed with code and text. All or none. After the commit,
 * the next held row of each contact whose head was sent or failed is
 * promoted (their ids added to heads); *promoted is 0 when that failed
 * (db_outbox_requeue's sweep makes up for it).
 */
int	db_outbox_record(PGconn *, const struct out_result *, size_t n, int *promoted,
	    struct idlist *heads, char *err, size_t errlen) WUR;
/* Milliseconds until the next queued row is due (0 if one is due now, -1 if none). */
int	db_outbox_next_due(PGconn *, int64_t *ms, char *err, size_t errlen) WUR;

#endif
