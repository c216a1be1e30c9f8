/*
 * store_events.h — the statements of the console's live events
 * (src/store_events.c): listening for new events, reading them as the
 * streams send them, pruning old ones, and which sessions of open streams
 * still hold.
 */
#ifndef STORE_EVENTS_H
#define STORE_EVENTS_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "util.h"

/* The NOTIFY channel the triggers of migration 0017 announce events on. */
#define EVENTS_CHANNEL	"praatpaal_events"

/*
 * One event as read: its id, kind, team ("" when none), for whom (0: by
 * team) and the JSON of its data line. A message or status event whose
 * message is gone (erased) has ev_gone set and is not sent.
 */
struct store_event {
	int64_t	 se_id;
	char	*se_kind;
	char	*se_team;
	int64_t	 se_staff;
	char	*se_data;
	int	 se_gone;
};

/* Called for each event read, in order; ctx is the caller's. */
typedef void (*store_event_fn)(void *ctx, const struct store_event *);

/* LISTEN on EVENTS_CHANNEL on conn. 0, or -1 with err filled. */
int	db_events_listen(PGconn *, char *err, size_t errlen) WUR;
/* The events of ids (in that order, those still there). */
int	db_events_fetch(PGconn *, const int64_t *ids, size_t n, store_event_fn, void *ctx,
	    char *err, size_t errlen) WUR;
/* The newest EVENTS_RING_MAX events younger than EVENTS_KEEP_S, oldest first. */
int	db_events_recent(PGconn *, store_event_fn, void *ctx, char *err, size_t errlen) WUR;
/* Up to EVENTS_FETCH_MAX events with an id above after, in id order; *n: how many. */
int	db_events_after(PGconn *, int64_t after, store_event_fn, void *ctx, size_t *n,
	    char *err, size_t errlen) WUR;
/*
 * Delete up to EVENTS_PRUNE_BATCH events older than EVENTS_KEEP_S, skipping
 * rows another daemon's prune holds; *n: how many.
 */
int	db_events_prune(PGconn *, size_t *n, char *err, size_t errlen) WUR;
/*
 * Which of the sessions keys[0..n) (SHA-256 hex keys) still hold: the account enabled, seen within idle_s, made within max_s. Their
 * keys go into valid, each followed by a comma. 0, or -1 with err filled.
 */
int	db_events_sessions(PGconn *, const char *const *keys, size_t n, long long idle_s,
	    long long max_s, struct buf *valid, char *err, size_t errlen) WUR;

#endif
