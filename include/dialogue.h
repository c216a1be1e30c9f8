/*
 * dialogue.h — one dialogue step: (conversation, inbound message) ->
 * (changed conversation, replies). Pure: no database, no clock of its own.
 *
 * PLACEHOLDER: a welcome and an acknowledgement. A later issue replaces
 * dialogue.c with the flow engine (the JSON files in conf/flows/); this signature stays.
 */
#ifndef DIALOGUE_H
#define DIALOGUE_H

#include <stddef.h>
#include <stdint.h>
#include "conversation.h"
#include "message.h"
#include "util.h"

/*
 * Step conv with in at now_ms. res is filled (replies as outbound JSON,
 * caller frees with dlg_result_free) and conv may change (res->dr_changed).
 * 0, or -1 with err filled (res then empty, conv unchanged).
 */
int	dialogue_step(struct conversation *conv, const struct inbound *in, int64_t now_ms,
	    struct dlg_result *res, char *err, size_t errlen) WUR;

#endif
