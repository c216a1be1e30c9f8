/*
 * store_privacy.h — the statements of the privacy jobs: the sweeper that
 * closes idle conversations, retention (purge) and erasure.
 */
#ifndef STORE_PRIVACY_H
#define STORE_PRIVACY_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"

/* What retention would remove (or removed), per table. */
struct purge_counts {
	long long	pc_message_in;
	long long	pc_message_out;
	long long	pc_conversation;
	long long	pc_contact;
};

/*
 * Close idle conversations: bot ones idle past their flow's expiry
 * (expiries: a JSON object flow id -> minutes; def_min for a chat in no
 * flow), queued ones idle queued_s, assigned ones idle assigned_s; never
 * one a worker is stepping. Outcome 'expired'. *closed: how many.
 */
int	db_privacy_sweep(PGconn *, const char *expiries, int def_min, long long queued_s,
	    long long assigned_s, size_t *closed, char *err, size_t errlen) WUR;
/* Count what retention_days would remove. */
int	db_privacy_purge_count(PGconn *, long long days, struct purge_counts *,
	    char *err, size_t errlen) WUR;
/* One retention batch (its own transaction); *n: rows removed, 0 at the end. */
int	db_privacy_purge_batch(PGconn *, long long days, struct purge_counts *,
	    size_t *n, char *err, size_t errlen) WUR;
/* A pending erasure's contact id (0: none), oldest first. */
int	db_privacy_erasure_next(PGconn *, int64_t *contact_id, char *err, size_t errlen) WUR;
/*
 * Record an erasure request for the contacts with this pseudonym (for the
 * CLI and the API); *n: how many contacts.
 */
int	db_privacy_erasure_request(PGconn *, const char *pseudonym, size_t *n,
	    char *err, size_t errlen) WUR;
/* Erase one contact in one transaction (research copy too); audit 'erasure'. */
int	db_privacy_erase_contact(PGconn *, int64_t contact_id, const char *via,
	    int64_t staff_id, char *err, size_t errlen) WUR;
/* The contacts with this pseudonym (at most ERASE_CONTACTS_MAX). */
int	db_privacy_contacts_of(PGconn *, const char *pseudonym, int64_t *ids, size_t *n,
	    char *err, size_t errlen) WUR;

#endif
