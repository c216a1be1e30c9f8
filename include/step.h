/*
 * step.h — the step of one claimed contact inside a worker's transaction:
 * each pending message through the dialogue, in provider order; the
 * replies, processed marks and conversation kept for the batch's one
 * write (db_writes_commit), the rare actions (handover, story, consent,
 * erasure, opt-out, alert) done at once. A log of what was processed is
 * written after the commit.
 */
#ifndef STEP_H
#define STEP_H

#include <stddef.h>

#include <libpq-fe.h>

#include "db.h"
#include "store_work.h"
#include "dialogue.h"
#include "util.h"

/* One processed message, logged after its transaction commits. */
struct step_done {
	char		sd_pseudonym[PSEUDONYM_LEN + 1];
	enum msg_kind	sd_kind;
	size_t		sd_replies;
	char		sd_events[160];	/* " handover=CIT priority=10 ..." */
};

/* The messages a batch processed. Zero it to start; free with step_log_free. */
struct step_log {
	struct step_done	*sl_items;
	size_t			 sl_n;
	size_t			 sl_cap;
};

/*
 * Step one claimed contact's pending messages inside the caller's
 * transaction; the writes go to ww, one entry a message to log. A
 * conversation that closes is saved at once (the contact's next one may
 * open in this batch). 0, or -1 with err filled (the caller rolls back).
 */
int	step_contact(PGconn *, struct dialogue *, struct work_item *, struct work_writes *ww,
	    struct step_log *log, char *err, size_t errlen) WUR;
/* After the commit: a log line and the metric for each message processed. */
void	step_log_report(const struct step_log *);
void	step_log_free(struct step_log *);

#endif
