/*
 * store_ingest.h — storing webhook payloads: inbound messages (with their
 * contacts) and delivery status reports (src/store_ingest.c).
 */
#ifndef STORE_INGEST_H
#define STORE_INGEST_H

#include <stddef.h>
#include <libpq-fe.h>
#include "util.h"
#include "message.h"
#include "praatpaal.h"

/* Two contacts a payload showed to be one person, merged into one. */
struct contact_merged {
	int64_t		 cm_survivor;			/* the contact kept */
	char		 cm_survivor_ps[PSEUDONYM_LEN + 1];	/* its pseudonym */
	char		 cm_merged_ps[PSEUDONYM_LEN + 1];	/* the one deleted */
};

/*
 * Store n webhook payloads in one transaction: contacts created or found
 * (pseudonym computed with key), profile names kept, inbound messages
 * inserted under UNIQUE (channel, provider_id) (duplicates ignored),
 * status updates applied; a status whose echo names an outbox row
 * (st_out_id) records that send if its answer never was. A contact known
 * by number only and one known by BSUID only that a message names
 * together are merged first, in the transaction that stores that message.
 * Commits, then promotes the next reply of each contact whose head a
 * status recorded. Fills the ingested (free it with db_ingested_free): the
 * number of new messages, their contacts (and the survivors of merges),
 * and the merges.
 */
struct ingested {
	size_t			 ing_stored;	/* new messages */
	struct idlist		 ing_contacts;	/* their contacts, each once */
	struct idlist		 ing_urgent;	/* those whose new message had crisis words */
	size_t			 ing_resolved;	/* sends recorded from a status naming their row */
	struct idlist		 ing_heads;	/* replies made heads after those (for the sender) */
	int			 ing_promote_failed; /* that promotion failed: the sweep makes up for it */
	struct contact_merged	*ing_merged;	/* the merges committed */
	size_t			 ing_nmerged;
};

int	db_ingest(PGconn *, struct payload *const *pls, size_t n, const char *pseudonym_key,
	    struct ingested *, char *err, size_t errlen) WUR;
void	db_ingested_free(struct ingested *);

#endif
