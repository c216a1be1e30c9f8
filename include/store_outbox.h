/*
 * store_outbox.h — the sender's store (src/store_outbox.c): claiming due
 * replies, recording what became of them, and keeping the queue moving
 * (leases that ran out, held replies without a head). Each function runs
 * its own transactions.
 */
#ifndef STORE_OUTBOX_H
#define STORE_OUTBOX_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "praatpaal.h"
#include "util.h"
#include "message.h"

struct out_row {
	int64_t		or_id;
	int64_t		or_contact_id;
	enum channel	or_channel;
	char		*or_to;			/* the contact's address */
	char		*or_body;		/* outbound JSON */
	int		 or_attempts;		/* attempts before this one */
	int64_t		 or_last_inbound_ms;	/* the contact's newest inbound message; 0 none */
	int		 or_in_doubt;		/* its last send is in doubt: no status named it
						 * within [sender] doubt_window, sent again */
	char		 or_pseudonym[PSEUDONYM_LEN + 1];
};

/*
 * Claim up to max due heads (FOR UPDATE SKIP LOCKED; a contact has at
 * most one, so its replies keep their order), and lease them for lease_s
 * seconds (status 'sending') under token, a number no other claim uses:
 * those of given (rows this daemon made heads, found by id) or, given
 * NULL, the first due in the queue's index.
 */
int	db_outbox_claim(PGconn *, size_t max, int lease_s, int64_t token,
	    const struct idlist *given, struct out_row **rows, size_t *n, char *err,
	    size_t errlen) WUR;
/*
 * Put the rows of claim token back in the queue (the claim's answer was
 * lost, so none of them was sent); *n gets how many.
 */
int	db_outbox_release(PGconn *, int64_t token, size_t *n, char *err, size_t errlen) WUR;
void	db_out_rows_free(struct out_row *, size_t n);
/*
 * Put rows whose lease ran out (their sender died, or its database was
 * gone too long to record a result) back in the queue, in doubt: due no
 * earlier than doubt_s seconds after their attempt started, so that a
 * status webhook naming the row can record it as sent first; *n gets how
 * many. Senders never hold a row past its lease otherwise: [sender]
 * timeout_ms is bounded below OUTBOX_LEASE_S. Then give a head to every
 * contact with held rows and none (a promotion that did not run);
 * *stranded gets how many.
 */
int	db_outbox_requeue(PGconn *, int doubt_s, size_t *n, size_t *stranded, char *err,
	    size_t errlen) WUR;
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
	int			 ors_optout;		/* OUTR_FAILED: the recipient opted out at
							 * the provider (Twilio 21610) */
};

/* The rows db_outbox_record may lease as it promotes them, and those it did. */
struct out_lease {
	size_t		 ol_max;	/* at most this many (0: none) */
	int		 ol_lease_s;	/* for this long */
	int64_t		 ol_token;	/* under this claim number (as db_outbox_claim's) */
	struct out_row	*ol_rows;	/* out: the rows leased, for db_out_rows_free */
	size_t		 ol_n;
};

/*
 * Record n outcomes in one round trip (pipelined, one transaction): sent
 * (provider id kept, an early delivery status applied), queued again after
 * a delay, or failed with code and text; a failure with ors_optout opts
 * the contact out and fails its replies not sent yet. All or none. After
 * the commit, the next held row of each contact whose head was sent or
 * failed is promoted: the first lease->ol_max of them that are due are
 * leased as db_outbox_claim leases (into lease->ol_rows), the others' ids
 * added to heads. *promoted is 0 when that failed or its answer was not
 * all there: the rows in lease->ol_rows must then not be sent (they may
 * not be leased; those that are, are claim ol_token's), and
 * db_outbox_requeue's sweep makes up for heads not promoted.
 */
int	db_outbox_record(PGconn *, const struct out_result *, size_t n, int *promoted,
	    struct idlist *heads, struct out_lease *lease, char *err, size_t errlen) WUR;
/* Milliseconds until the next queued row is due (0 if one is due now, -1 if none). */
int	db_outbox_next_due(PGconn *, int64_t *ms, char *err, size_t errlen) WUR;
/*
 * For the contacts of the array literal contacts ("{1,2}"), each with the
 * row its head was (after, the same length; 0: none finished): make each
 * one's oldest open row after that the head if it is held (one statement,
 * outside any transaction). The new heads' ids are added to heads. The
 * worker's store runs it after a commit that added replies behind an
 * older one.
 */
int	db_outbox_promote(PGconn *, const char *contacts, const char *after, struct idlist *heads,
	    char *err, size_t errlen) WUR;

#endif
