/*
 * kanon.h — k-anonymity for research exports (src/kanon.c): a pure module,
 * no I/O. The quasi-identifiers of a record are its municipality, age band,
 * role and time (a day "2026-03-05", an ISO week "2026-W10" or a month
 * "2026-03"; NULL for unknown). Every combination an export shows must
 * describe at least k records; rarer ones climb a ladder, one step at a
 * time, and are only suppressed when the last step is still too rare:
 *
 *   level 0  as they are
 *   level 1  time to its month (a week: the month of its Thursday)
 *   level 2  and municipality to "Haaglanden"
 *   level 3  and age band to "<18" or "18+"
 *   then     suppressed
 *
 * At each level only the records not yet settled are grouped; groups of k
 * or more settle there. The keys of different levels never coincide
 * except where generalising changed nothing, and then both groups hold k
 * or more, so every combination shown describes at least k records.
 *
 * Use: kanon_add each distinct combination with its number of records,
 * kanon_solve once, then kanon_lookup per exported row.
 */
#ifndef KANON_H
#define KANON_H

#include <stddef.h>

#include "util.h"

enum kanon_qi {
	KQ_MUNICIPALITY,
	KQ_AGE_BAND,
	KQ_ROLE,
	KQ_TIME,
	KQ_N
};

#define KANON_LEVELS		4	/* levels 0 .. 3; past the last: suppressed */
#define KANON_REGION		"Haaglanden"
#define KANON_VALUE_MAX		64	/* bytes of one generalised value */

struct kanon;

struct kanon_report {
	size_t	kr_rows;		/* records added (weights) */
	size_t	kr_generalised;		/* records shown above level 0 */
	size_t	kr_suppressed;		/* records left out */
};

struct kanon	*kanon_new(size_t k);
void		 kanon_free(struct kanon *);
size_t		 kanon_k(const struct kanon *);
/* One combination (values may be NULL) describing n records. */
void		 kanon_add(struct kanon *, const char *const qi[KQ_N], size_t n);
/* Settle every combination; the report filled. After this only lookups. */
void		 kanon_solve(struct kanon *, struct kanon_report *);
/*
 * The generalised values of an added combination into out (each
 * KANON_VALUE_MAX bytes; "" for NULL): its level, or -1 when suppressed
 * (or never added).
 */
int		 kanon_lookup(const struct kanon *, const char *const qi[KQ_N],
		    char out[KQ_N][KANON_VALUE_MAX]);

/* One step of the ladder for one value (level 1..3 as above), into out. */
void		 kanon_time_month(const char *t, char *out, size_t outlen);
const char	*kanon_age_wider(const char *band);

#endif
