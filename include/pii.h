/*
 * pii.h — scrub personal data from Dutch and English chat text before it
 * enters a research copy or an export (docs/privacy.md, "Scrubbing").
 *
 * Each kind of personal data is replaced by its placeholder: [TELEFOON]
 * [EMAIL] [URL] [HANDLE] [BSN] [IBAN] [POSTCODE] [ADRES] [NAAM] [DATUM]
 * [KENTEKEN] [NUMMER]. The name, street and institution lists are data
 * (the .txt files in conf/pii, conf/pii/README), loaded once with pii_load; after that
 * the lists are read-only and pii_scrub may be called from any thread.
 */
#ifndef PII_H
#define PII_H

#include <stddef.h>

#include "util.h"

enum pii_type {
	PII_TELEFOON,
	PII_EMAIL,
	PII_URL,
	PII_HANDLE,
	PII_BSN,
	PII_IBAN,
	PII_POSTCODE,
	PII_ADRES,
	PII_NAAM,
	PII_DATUM,
	PII_KENTEKEN,
	PII_NUMMER,
	PII_NTYPES
};

/* How many of each kind one pii_scrub call replaced. */
struct pii_counts {
	size_t	pc_n[PII_NTYPES];
};

struct pii_lists;

/*
 * Load the lists in dir (conf/pii). NULL on failure, with "file:line:
 * problem" (or the file and errno text) in err. Free with pii_free.
 */
struct pii_lists	*pii_load(const char *dir, char *err, size_t errlen) WUR;
void			 pii_free(struct pii_lists *);

/*
 * Scrub text (UTF-8; invalid bytes are copied as they are). names: the
 * names known to belong to people in this conversation (the contact's
 * profile name, names they gave, staff names and aliases), nnames of them,
 * each scrubbed wherever its words occur, in any case; names may be NULL
 * when nnames is 0. counts, when not NULL, is set to what was replaced.
 * Returns a new string the caller frees, or NULL when text is longer than
 * PII_TEXT_MAX_BYTES. Deterministic; thread-safe.
 */
char	*pii_scrub(const struct pii_lists *, const char *text,
	    const char *const *names, size_t nnames, struct pii_counts *counts) WUR;

/* The placeholder of a type, "[NAAM]"; its name in lower case, "naam". */
const char	*pii_placeholder(enum pii_type);
const char	*pii_type_name(enum pii_type);

#endif
