/*
 * engine.h — the dialogue engine: one pure step from (conversation state,
 * inbound message, time) to (new state, replies, actions).
 *
 * Pure: no I/O (except debug log lines), no clock reads, nothing global
 * changed; the flowset and the crisis lexicon are read-only and shared
 * between threads. The conversation's cv_state is a JSON object this module
 * owns (docs/flows.md, "Conversation state"):
 *   {"v":1, "phase":"at_menu", "flow":"main", "node":"topic",
 *    "vars":{"age":"16"}, "strikes":0, "last":<ms>, "qw":<ms>}
 *
 * Order of handling for each input: crisis check (any state) -> reactions,
 * system events, orders and other interactive answers ignored, a
 * request_welcome ignored once the conversation has begun -> queued (a
 * rate-limited wait line, the commands) / assigned (silent) -> expiry / stopped -> global commands -> non-text
 * input -> the current node. docs/flows.md has the details.
 */
#ifndef ENGINE_H
#define ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include "calendar.h"
#include "conversation.h"
#include "crisis.h"
#include "flow.h"
#include "message.h"

/* Where the conversation is, as far as the engine is concerned. */
enum engine_phase {
	ENG_IDLE,		/* new, or after an end: the next message starts the entry flow */
	ENG_AT_MENU,		/* waiting for a menu choice */
	ENG_ASKING,		/* waiting for an ask answer */
	ENG_IN_STORY,		/* collecting story parts */
	ENG_CONFIRM_STOP,	/* "stop" said, waiting for yes/no */
	ENG_CONFIRM_DELETE,	/* "delete" said, waiting for yes/no */
	ENG_PICK_LANGUAGE,	/* language menu shown */
	ENG_STOPPED,		/* opted out: silent until the contact writes again */
	ENG_QUEUED,		/* handed over: queued (the wait line, commands) or assigned
				 * (silent but for a crisis alert) */
	ENG_CONFIRM_LEAVE,	/* queued, "stop" said: waiting for yes/no to leave the queue */
	ENG_CONFIRM_LEAVE_MENU,	/* queued, "menu" said: yes/no to leave the queue for the menu */
	ENG_SCREENING,		/* worry: the screening question asked (Ja / Nee / Weet ik niet) */
	ENG_CONFIRM_NOW,	/* past or negated crisis words: "is this happening now?" */
	ENG_CONFIRM_STORY_LEAVE,	/* menu or stop in a story: yes/no to leave it */
	ENG_STRIKE_CHOICE,	/* three misunderstandings: person / menu / help now */
	ENG_NPHASES
};

/* "idle", "at_menu", ...; "?" when out of range. */
const char	*engine_strstate(enum engine_phase);
int		 engine_phase_parse(const char *, enum engine_phase *);

struct engine_env {
	const struct flowset		*ee_flows;
	const struct crisis_lexicon	*ee_lexicon;	/* NULL: no crisis check (tests) */
	const struct team_hours		*ee_hours;	/* calendar.h; a team without hours: 24/7 */
	size_t				 ee_nhours;
};

enum engine_action_kind {
	ACT_HANDOVER,	/* queue for ea_team at ea_priority; ea_json: summary */
	ACT_SAVE,	/* store a record of kind ea_name; ea_json: {"var": "value", ...} */
	ACT_CONSENT,	/* research consent ea_name ("yes"/"no"), text version ea_version */
	ACT_ERASE,	/* the contact asked to erase their data */
	ACT_OPTOUT,	/* the contact said stop */
	ACT_OPTIN,	/* the contact came back after a stop */
	ACT_ALERT,	/* crisis while assigned: alert the counsellor; ea_name: category,
			 * ea_version: the crisis_counsellor_alert text, ea_json: summary */
	ACT_CLOSE	/* the conversation closed (end node or erasure) */
};

/* "handover", "save", "consent", "erase", "optout", "optin", "alert", "close". */
const char	*engine_action_name(enum engine_action_kind);

/*
 * One action. The handover summary (ea_json) is
 *   {"reason":"flow|crisis|three_strikes", "flow":"main", "node":"x",
 *    "category":"suicide" (crisis only), "vars":{"age":"16", ...}}
 * with the node's "summary" variables (crisis: every variable).
 */
struct engine_action {
	enum engine_action_kind	 ea_kind;
	char			*ea_team;
	int			 ea_priority;
	char			*ea_json;
	char			*ea_name;
	char			*ea_version;	/* consent: text version; alert: the alert text */
	enum crisis_category	 ea_category;	/* alert, and a crisis handover */
};

struct engine_out {
	char			*eo_replies[ENGINE_MAX_REPLIES];	/* outbound JSON (message.h) */
	size_t			 eo_nreplies;
	struct engine_action	 eo_actions[ENGINE_MAX_ACTIONS];
	size_t			 eo_nactions;
	int			 eo_changed;	/* cv_state/status/team/priority/lang changed: save */
	enum engine_phase	 eo_phase;	/* the phase after the step */
};

void	engine_out_free(struct engine_out *);

/*
 * Step cv with in at now_ms (epoch milliseconds, from the caller's clock).
 * out is overwritten (free with engine_out_free, also after a failure). cv's
 * cv_state, cv_status, cv_team, cv_priority and cv_lang may be replaced
 * (old strings freed, new ones from xstrdup: conversation_free frees them).
 * A missing, corrupt or stale state (a node no longer in the flows) is not
 * an error: the conversation restarts at the entry flow.
 * Returns 0, or -1 only when env has no flowset (cv unchanged).
 */
int	engine_step(const struct engine_env *env, struct conversation *cv, const struct inbound *in,
	    int64_t now_ms, struct engine_out *out) WUR;

/*
 * Start flow (its "start" node) on the daemon's initiative, e.g. the
 * research-consent question after a first conversation. Like engine_step
 * without an input. 0 started (out has the replies); 1 not started: the
 * conversation is not with the bot, or the contact opted out or is
 * answering stop/delete (out empty, cv unchanged); -1 no flowset or no
 * such flow.
 */
int	engine_start_flow(const struct engine_env *env, struct conversation *cv, const char *flow,
	    int64_t now_ms, struct engine_out *out) WUR;

/*
 * System text t in lang (the flowset's default when unknown) for team
 * ({team_name}, {team_hours}; queue figures empty), as outbound JSON
 * (message.h), for a message the daemon sends on its own (the console's
 * jobs). Caller frees; NULL when env has no flowset.
 */
char	*engine_system_reply(const struct engine_env *env, enum sys_text t, const char *lang,
	    const char *team);

/*
 * 1 when in carries the young person's own words (text or a caption, not a
 * tapped choice or a reaction) and they match the crisis lexicon (hit
 * filled), else 0. The first check of every step; ingest uses it too, to
 * put the contact first in a backlog. lex may be NULL (then 0).
 */
int	engine_crisis_words(const struct crisis_lexicon *, const struct inbound *,
	    struct crisis_hit *);

#endif
