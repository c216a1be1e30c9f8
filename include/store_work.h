/*
 * store_work.h — the worker's store (src/store_work.c): claiming contacts
 * with unprocessed messages, loading their work, writing a batch's
 * results, and the dialogue's actions on a conversation.
 *
 * Every function here runs inside the caller's transaction; only
 * db_writes_commit commits it.
 */
#ifndef STORE_WORK_H
#define STORE_WORK_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"
#include "message.h"
#include "conversation.h"

/* ---- claiming and loading ----------------------------------------------- */

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
 * (at most WORK_PENDING_MAX each) and, for those that have any, their open
 * conversation, created (cv_new = 1, state "{}") where there is none. Two
 * statements for the whole batch. Caller frees with db_work_free.
 */
int	db_work_load(PGconn *, const int64_t *contacts, size_t n, struct work_item **items,
	    char *err, size_t errlen) WUR;
void	db_work_free(struct work_item *, size_t n);
/*
 * Begin the transaction and, in the same round trip, lock those of the
 * ngiven contacts (named by ingest) that no other transaction holds, in
 * their order, into ids (must hold ngiven), with their unprocessed
 * messages into *items (db_work_load's first half; their conversations
 * come from db_work_convs). On failure the transaction may be open: the
 * caller rolls back.
 */
int	db_claim_load(PGconn *, const int64_t *given, size_t ngiven, int64_t *ids, size_t *n,
	    struct work_item **items, char *err, size_t errlen) WUR;
/* The open conversations of the items that have messages (db_work_load's second half). */
int	db_work_convs(PGconn *, struct work_item *, size_t n, char *err, size_t errlen) WUR;

/* The contact's open conversation, created (cv_new = 1, state "{}") when none. */
int	db_conversation_open(PGconn *, int64_t contact_id, struct conversation *,
	    char *err, size_t errlen) WUR;
/* Save status, team, priority, lang and state now (a conversation that closed). */
int	db_conversation_save(PGconn *, const struct conversation *, char *err, size_t errlen) WUR;

/* ---- a batch's writes --------------------------------------------------- */

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

/* ---- dialogue actions --------------------------------------------------- */

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

#endif
