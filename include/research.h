/*
 * research.h — the research copy job (src/research.c): every
 * RESEARCH_COPY_MS, closed conversations and saved stories of contacts who
 * consented are copied scrubbed (pii_scrub with the contact's names and
 * every staff login and alias) into the research tables
 * (migrations/0019_research.sql). Safe with several daemons: rows are
 * claimed FOR UPDATE SKIP LOCKED in bounded batches. Without the
 * [privacy] pii_lists no copy is made (an error is logged): raw text
 * never enters the copy unscrubbed.
 */
#ifndef RESEARCH_H
#define RESEARCH_H

#include <stddef.h>

struct app;
struct research;

/* Start the thread. NULL with err filled. */
struct research	*research_start(struct app *, char *err, size_t errlen);
/* Stop and free (NULL: nothing). */
void		 research_stop(struct research *);

#endif
