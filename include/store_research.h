/*
 * store_research.h — the research copy (src/store_research.c): consent per
 * purpose, the scrubbed copy of closed conversations and saved stories,
 * and forgetting a contact's copy. migrations/0019_research.sql refuses a
 * copy for a contact without consent for its purpose, whoever writes it.
 * All return 0, or -1 with err filled.
 */
#ifndef STORE_RESEARCH_H
#define STORE_RESEARCH_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"

/*
 * Delete every research copy (conversations with their messages, and
 * stories) of the contact, in the caller's transaction (or its own
 * implicit one); *deleted (may be NULL) the number of copies removed.
 * Erasure calls it before the contact goes; withdrawal of consent does
 * the same in SQL (consent_event's trigger).
 */
int	db_research_forget_contact(PGconn *, int64_t contact_id, size_t *deleted,
	    char *err, size_t errlen) WUR;

/* Record a consent answer for purpose "chats" or "stories". */
int	db_research_consent(PGconn *, int64_t contact_id, const char *purpose, int granted,
	    const char *text_version, char *err, size_t errlen) WUR;

/*
 * Withdraw research consent for every purpose: the contact leaves every
 * future export and their copy is deleted (in SQL).
 */
int	db_research_withdraw(PGconn *, int64_t contact_id, const char *text_version,
	    char *err, size_t errlen) WUR;

/* ---- the copy job -------------------------------------------------------- */

/* Scrubs a text for the copy; names: the people to take out. Returns a new string. */
typedef char	*(*research_scrub_fn)(void *ctx, const char *text,
		    const char *const *names, size_t nnames);

/*
 * One run: up to RESEARCH_COPY_BATCH closed conversations and saved
 * stories not yet handled, locked with FOR UPDATE SKIP LOCKED (several
 * daemons share the work), copied scrubbed when their contact consented
 * and marked handled either way, in one transaction. *copied the number
 * of copies written, *skipped those without consent.
 */
int	db_research_copy_run(PGconn *, research_scrub_fn, void *ctx, size_t *copied,
	    size_t *skipped, char *err, size_t errlen) WUR;

/* ---- exports ------------------------------------------------------------- */

/*
 * The quasi-identifiers of every transcript (stories 0) or story from
 * `from` to `to` (dates; "-infinity"/"infinity" for open ends) in time
 * unit ("day"/"week"), with their counts: transcripts municipality,
 * age_band, time, n; stories municipality, age_band, role, time, n. The
 * caller PQclear()s *res.
 */
int	db_export_groups(PGconn *, int stories, const char *from, const char *to,
	    const char *unit, PGresult **res, char *err, size_t errlen) WUR;
/*
 * The next EXPORT_FETCH_ROWS rows after (after_day, after_id, after_seq),
 * columns: contact_id, id, day, seq, municipality, age_band, time, then
 * transcripts route, team, outcome, sender, body; stories role, help_kind,
 * signifiers, topics, body.
 */
int	db_export_rows(PGconn *, int stories, const char *unit, const char *to,
	    const char *after_day, int64_t after_id, int after_seq, PGresult **res,
	    char *err, size_t errlen) WUR;

/* ---- the story dashboard --------------------------------------------------- */

/*
 * The true (unsuppressed) counts of the stories told from `from` to `to`
 * (dates, both inclusive), of role and municipality (NULL: any): rows
 * (dimension, value, n) — "total"; "role", "help_kind", "municipality",
 * "age_band", "topic" (a value NULL: not given); "signifier:<name>" for
 * each name of signifiers (a PostgreSQL array literal, "{triad,heard}");
 * "period" per unit ("week": "2026-W10", "month": "2026-03"), each of the
 * period with 0 when none. Values outside a closed list read "anders"; at
 * most DASHBOARD_ROWS_MAX rows. Suppressing small counts is the caller's.
 * The caller PQclear()s *res.
 */
int	db_dashboard_stories(PGconn *, const char *from, const char *to, const char *unit,
	    const char *role, const char *municipality, const char *signifiers,
	    PGresult **res, char *err, size_t errlen) WUR;

#endif
