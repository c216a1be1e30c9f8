/*
 * api.h — the counsellor and researcher API under /api/v1 (one
 * HTTP_PREFIX route of http.c): the route table with the roles each
 * route allows, sessions, JSON bodies with their limits, JSON errors
 * (api.c), and the chat endpoints (api_chat.c). docs/openapi.yaml is the
 * contract. GET /api/v1/events is not routed here: http.c sends it to
 * the events module first.
 *
 * The console's data (canned responses, the texts the youth hears on a
 * claim, release or close, the close outcomes) is loaded at start-up and
 * again on SIGHUP (api_reload), never per request.
 */
#ifndef API_H
#define API_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include <libpq-fe.h>
#include <microhttpd.h>
#include "auth.h"
#include "request.h"

struct app;
struct config;
struct api;

extern const struct handler api_handler;

/* Load the console's data: NULL with errs (one line each) filled when it is broken. */
struct api	*api_load(const struct config *, struct buf *errs);
/* Load it again; on failure keep the old (0, or -1 with errs filled). */
int		 api_reload(struct api *, const struct config *, struct buf *errs) WUR;
void		 api_free(struct api *);

/* ---- for the endpoints (api.c, api_chat.c) -------------------------------- */

/* One API request as its endpoint sees it. */
struct api_call {
	struct request		*ac_rq;
	struct app		*ac_app;
	PGconn			*ac_conn;	/* a pool connection for the whole call */
	int64_t			 ac_id;		/* the {id} of the path; 0 none */
	struct staff_ident	 ac_staff;	/* who asks (si_id 0: no session needed) */
	json_t			*ac_body;	/* the JSON body; NULL when there was none */
};

/* Reply with a JSON value (stolen: decref'd here) or JSON text. */
enum MHD_Result	api_reply_json(struct api_call *, unsigned int status, json_t *);
enum MHD_Result	api_reply_text(struct api_call *, unsigned int status, const char *json);
/* {"error": msg} */
enum MHD_Result	api_reply_error(struct api_call *, unsigned int status, const char *msg);
/* 503 after a database failure (err logged with what, never sent). */
enum MHD_Result	api_reply_db(struct api_call *, const char *what, const char *err);
/*
 * A string member of the body: 0 with *out set (NULL when absent and not
 * required); -1 after answering 400 naming the member (absent, not a
 * string, not valid text, or longer than max_chars characters).
 */
int		api_body_string(struct api_call *, const char *name, int required,
		    size_t max_chars, const char **out) WUR;

/* The text the youth hears for what ("claimed", "released", "closed") in lang, with
 * {alias} and {team} filled in; a new string, or NULL when there is none. */
char		*api_youth_text(struct api *, const char *what, const char *lang,
		    const char *alias, const char *team);
/* 1 if outcome is one of [console] close_outcomes. */
int		 api_outcome_ok(struct api *, const char *outcome);
/* The close outcomes as a new JSON array. */
json_t		*api_outcomes(struct api *);
/* The canned responses of teams (mask) as a new JSON array. */
json_t		*api_canned(struct api *, unsigned teams);

/* The chat endpoints (api_chat.c). */
enum MHD_Result	api_get_queue(struct api_call *);
enum MHD_Result	api_post_queue_next(struct api_call *);
enum MHD_Result	api_get_conversations(struct api_call *);
enum MHD_Result	api_get_conversation(struct api_call *);
enum MHD_Result	api_get_messages(struct api_call *);
enum MHD_Result	api_post_message(struct api_call *);
enum MHD_Result	api_get_notes(struct api_call *);
enum MHD_Result	api_post_note(struct api_call *);
enum MHD_Result	api_post_claim(struct api_call *);
enum MHD_Result	api_post_transfer(struct api_call *);
enum MHD_Result	api_post_release(struct api_call *);
enum MHD_Result	api_post_close(struct api_call *);
enum MHD_Result	api_get_canned(struct api_call *);
enum MHD_Result	api_get_stats(struct api_call *);
enum MHD_Result	api_get_audit(struct api_call *);
/* api_export.c: a research export, streamed (researcher and admin). */
enum MHD_Result	api_get_export(struct api_call *);

#endif
