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

/*
 * Store n webhook payloads in one transaction: contacts created or found
 * (pseudonym computed with key), profile names kept, inbound messages
 * inserted under UNIQUE (channel, provider_id) (duplicates ignored),
 * status updates applied; a status whose echo names an outbox row
 * (st_out_id) records that send if its answer never was. Commits, then
 * promotes the next reply of each contact whose head that recorded. Fills the ingested (free it with
 * db_ingested_free): the number of new messages and their contacts.
 */
struct ingested {
	size_t		 ing_stored;	/* new messages */
	struct idlist	 ing_contacts;	/* their contacts, each once */
	struct idlist	 ing_urgent;	/* those whose new message had crisis words */
	size_t		 ing_resolved;	/* sends recorded from a status naming their row */
	struct idlist	 ing_heads;	/* replies made heads after those (for the sender) */
	int		 ing_promote_failed; /* that promotion failed: the sweep makes up for it */
};

int	db_ingest(PGconn *, struct payload *const *pls, size_t n, const char *pseudonym_key,
	    struct ingested *, char *err, size_t errlen) WUR;
void	db_ingested_free(struct ingested *);

#endif
