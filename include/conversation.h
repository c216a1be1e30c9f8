/*
 * conversation.h — a contact's conversation as the worker and the
 * dialogue see it. The store (src/store_work.c) loads and saves it; the dialogue
 * (dialogue.c) changes it.
 */
#ifndef CONVERSATION_H
#define CONVERSATION_H

#include <stdint.h>
#include "praatpaal.h"
#include "message.h"

enum conv_status { CONV_BOT, CONV_QUEUED, CONV_ASSIGNED, CONV_CLOSED };

const char	*conv_status_name(enum conv_status);	/* "bot", "queued", ... */
int		 conv_status_parse(const char *, enum conv_status *);

struct conversation {
	int64_t		 cv_id;
	int64_t		 cv_contact_id;
	enum channel	 cv_channel;
	char		 cv_pseudonym[PSEUDONYM_LEN + 1];
	enum conv_status cv_status;
	char		*cv_team;	/* "JIP", "JIT", "CIT" or NULL */
	int		 cv_priority;	/* higher is more urgent; 0 = none */
	char		*cv_lang;	/* "nl", "en", ... */
	char		*cv_state;	/* JSON object owned by the dialogue; "{}" when new */
	int		 cv_new;	/* 1: created for this message */
	/*
	 * A queued conversation's place and its team's typical wait, read
	 * only when a step says the wait line: the engine calls cv_wait_read
	 * (when set) once, before it first expands a queue placeholder, and
	 * clears it. The reader fills the two figures (store_wait.c) or
	 * leaves them unknown; it keeps its own error for its caller. It runs
	 * inside dialogue_step, under the flows' read lock: a reload waits
	 * for its one statement.
	 */
	int		 cv_queue_ahead;	/* chats of its team before it; -1: unknown */
	int64_t		 cv_queue_wait_s;	/* the team's typical recent wait; -1: no data */
	void		(*cv_wait_read)(struct conversation *, void *);
	void		*cv_wait_arg;
};

void	conversation_free(struct conversation *);

#endif
