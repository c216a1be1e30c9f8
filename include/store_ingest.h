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

#endif
