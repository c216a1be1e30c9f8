/*
 * dialogue.h — the dialogue as the daemon runs it: the flow engine
 * (engine.h) with its flows, crisis lexicon and team hours loaded from the
 * configuration, swappable at run time (SIGHUP) without stopping workers.
 *
 * Thread-safe: any number of workers step conversations at once; a
 * reload builds the new set aside and swaps it in under a write lock.
 */
#ifndef DIALOGUE_H
#define DIALOGUE_H

#include <stddef.h>
#include <stdint.h>
#include "config.h"
#include "conversation.h"
#include "engine.h"
#include "message.h"
#include "util.h"

struct dialogue;

/*
 * Load [flows] dir, [flows] lexicon and [teams] hours. NULL with errs
 * holding one line per problem (file and node, file:line for the lexicon).
 */
struct dialogue	*dialogue_load(const struct config *, struct buf *errs);
/*
 * Load everything again and swap it in. On failure the running set stays
 * and errs says why: -1. The caller logs either outcome.
 */
int		 dialogue_reload(struct dialogue *, const struct config *, struct buf *errs) WUR;
void		 dialogue_free(struct dialogue *);

/* engine_step / engine_start_flow with the current set (engine.h). */
int	dialogue_step(struct dialogue *, struct conversation *, const struct inbound *,
	    int64_t now_ms, struct engine_out *) WUR;
int	dialogue_start_flow(struct dialogue *, struct conversation *, const char *flow,
	    int64_t now_ms, struct engine_out *) WUR;
/* engine_crisis_assess with the current lexicon and model: 1 the crisis band, 0 not. */
int	dialogue_crisis_words(struct dialogue *, const struct inbound *);

/* engine_system_reply with the current set (caller frees; NULL: no flows). */
char	*dialogue_system_reply(struct dialogue *, enum sys_text, const char *lang, const char *team);
/*
 * 1 when team is closed at now_ms, *since the minute it closed (at most
 * CALENDAR_LOOKBACK_MIN back: a team closed longer counts from then);
 * 0 when it is open.
 */
int	dialogue_team_closed_since(struct dialogue *, const char *team, int64_t now_ms,
	    int64_t *since);

/* Every flow's expire_minutes as a JSON object (caller frees; NULL: no memory). */
char	*dialogue_flow_expiries(struct dialogue *);

#endif
