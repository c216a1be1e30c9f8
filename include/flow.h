/*
 * flow.h — dialogue flows as data: conf/flows/<name>.json loaded, checked and
 * resolved into an immutable flowset that the engine (engine.h) walks.
 *
 * The format is documented in docs/flows.md. A flowset is built once
 * (start-up, SIGHUP, `praatpaal flows check`) and never changed after
 * flow_load_dir returns, so any number of threads may read it at once.
 */
#ifndef FLOW_H
#define FLOW_H

#include <stddef.h>
#include "praatpaal.h"
#include "util.h"

enum flow_node_type {
	NODE_MESSAGE,	/* send text, go on */
	NODE_MENU,	/* send text with choices, wait for one */
	NODE_ASK,	/* send text, wait for a valid answer into a variable */
	NODE_STORY,	/* collect free-text parts until a done word */
	NODE_SET,	/* set a variable */
	NODE_BRANCH,	/* go on by the first case that holds */
	NODE_HANDOVER,	/* queue for a team; the bot falls silent */
	NODE_SAVE,	/* action: store a record of variables */
	NODE_CONSENT,	/* action: record research consent */
	NODE_END	/* close the conversation */
};

/* One text in every configured language, indexed like fs_langs. */
struct flow_text {
	char	*ft_s[FLOW_MAX_LANGS];
};

/* Words to recognise, normalised (crisis_normalise), any language. */
struct flow_words {
	char	**fw_words;
	size_t	  fw_n;
};

/* Where to go next: a node of a flow (a "flow:x" jump is x's start). */
struct flow_ref {
	char	*fr_name;	/* as written: "node_id" or "flow:x" */
	int	fr_flow;	/* index in fs_flows; -1 = none */
	int	fr_node;	/* index in that flow's fl_nodes */
	int	fr_jump;	/* 1: written as "flow:x" */
};

struct flow_choice {
	char			*fc_id;
	struct flow_text	 fc_title;
	char			*fc_title_norm[FLOW_MAX_LANGS];	/* normalised titles */
	struct flow_words	 fc_keywords;
	struct flow_ref		 fc_next;
};

enum flow_validate {
	VALIDATE_NONE,		/* any text up to ENGINE_VAR_MAX bytes */
	VALIDATE_INT,		/* whole number in [fv_min, fv_max] */
	VALIDATE_ONE_OF,	/* one of fv_options (normalised match, canonical value) */
	VALIDATE_MANY_OF,	/* several of fv_options, by word or number */
	VALIDATE_MAX_LENGTH	/* any text up to fv_max characters */
};

enum flow_op { OP_LT, OP_LE, OP_EQ, OP_NE, OP_GE, OP_GT, OP_IN, OP_SET, OP_UNSET };

struct flow_case {
	char		*fk_var;
	enum flow_op	 fk_op;
	char		**fk_values;	/* eq/ne: 1, in: n, set/unset: 0 */
	size_t		  fk_nvalues;
	int		  fk_numeric;	/* the value was a JSON number */
	long long	  fk_num;
	struct flow_ref	  fk_next;
};

struct flow_node {
	char			*fn_id;
	enum flow_node_type	 fn_type;
	struct flow_text	 fn_text;	/* message, menu, ask, story, handover, end (optional) */
	int			 fn_has_text;
	struct flow_ref		 fn_next;	/* all but branch, handover, end */

	/* menu */
	struct flow_text	 fn_button;
	int			 fn_has_button;
	struct flow_choice	*fn_choices;
	size_t			 fn_nchoices;

	/* ask, story, set, consent */
	char			*fn_var;

	/* ask */
	enum flow_validate	 fn_validate;
	long long		 fn_min, fn_max;	/* int bounds; max_length in fn_max */
	char			**fn_options;		/* canonical option values */
	char			**fn_options_norm;	/* the same, normalised */
	size_t			  fn_noptions;
	struct flow_text	 fn_invalid;
	int			 fn_has_invalid;

	/* story */
	struct flow_words	 fn_done;
	size_t			 fn_max_length;	/* bytes */
	struct flow_text	 fn_ack;
	int			 fn_has_ack;

	/* set */
	char			*fn_value;

	/* branch */
	struct flow_case	*fn_cases;
	size_t			 fn_ncases;
	struct flow_ref		 fn_else;

	/* handover */
	char			*fn_team;
	int			 fn_priority;
	char			**fn_summary;
	size_t			  fn_nsummary;

	/* save (fn_kind, fn_vars), consent (fn_var, fn_version) */
	char			*fn_kind;
	char			**fn_vars;
	size_t			  fn_nvars;
	char			*fn_version;
};

struct flow {
	char		*fl_id;
	char		*fl_file;	/* path it was loaded from */
	int		 fl_expire_minutes;
	int		 fl_entry;	/* "entry": true — the daemon may start it (engine_start_flow) */
	int		 fl_start;	/* node index */
	struct flow_node *fl_nodes;
	size_t		 fl_nnodes;
};

/* The global texts of system.json the engine needs (all required). */
enum sys_text {
	SYS_WELCOME_BACK, SYS_NOT_UNDERSTOOD, SYS_THREE_STRIKES, SYS_TEXT_ONLY,
	SYS_STOP_CONFIRM, SYS_STOPPED, SYS_RESTART, SYS_HELP, SYS_LANGUAGE_MENU,
	SYS_LANGUAGE_SET, SYS_DELETE_CONFIRM, SYS_DELETE_DONE, SYS_DELETE_CANCEL,
	SYS_TEAM_CLOSED, SYS_CRISIS_SUICIDE, SYS_CRISIS_DANGER, SYS_CRISIS_ABUSE,
	SYS_CRISIS_HOMELESS, SYS_CRISIS_SELFHARM, SYS_CRISIS_COUNSELLOR_ALERT,
	SYS_QUEUED_WAIT, SYS_QUEUED_CLOSED, SYS_WAIT_AHEAD_NONE, SYS_WAIT_AHEAD_ONE,
	SYS_WAIT_AHEAD_MANY, SYS_WAIT_TIME, SYS_WAIT_TIME_UNKNOWN, SYS_QUEUE_STOP_CONFIRM,
	SYS_QUEUE_MENU_CONFIRM, SYS_QUEUE_LEFT, SYS_QUEUE_STAY, SYS_BACK_TO_BOT,
	SYS_QUEUE_CRISIS_LATE,
	SYS_NTEXTS
};

/* Optional global texts: sent when present, skipped when not. */
enum sys_opt_text {
	SYS_OPT_STORY_FULL,	/* story reached its max_length */
	SYS_OPT_CRISIS_INGESTED,	/* took pills or poison: 112 first, before the crisis text */
	SYS_OPT_CRISIS_OTHER,	/* worry about someone else: instead of the crisis text */
	SYS_OPT_CRISIS_SEXUAL,	/* sexual violence: Centrum Seksueel Geweld */
	SYS_OPT_CRISIS_SEXTORTION,	/* online sexual extortion: don't pay, save, where to go */
	SYS_OPT_CRISIS_ALSO_DANGER,	/* the numbers of a category matched beside the main one */
	SYS_OPT_CRISIS_ALSO_SUICIDE,
	SYS_OPT_CRISIS_ALSO_SELFHARM,
	SYS_OPT_CRISIS_ALSO_ABUSE,
	SYS_OPT_CRISIS_ALSO_HOMELESS,
	SYS_OPT_SCREEN_QUESTION,	/* worry: "Denk je eraan om jezelf iets aan te doen ...?" */
	SYS_OPT_SCREEN_YES,		/* its three choice titles */
	SYS_OPT_SCREEN_NO,
	SYS_OPT_SCREEN_UNSURE,
	SYS_OPT_SCREEN_NO_ANSWER,	/* "no": warm words, 113, back to where they were */
	SYS_OPT_CRISIS_PAST,		/* past or negated crisis words: the numbers, "is this now?" */
	SYS_OPT_CRISIS_PAST_GO_ON,	/* "not now": thanks, carry on where they were */
	SYS_OPT_STORY_LEAVE_CONFIRM,	/* menu or stop in a story: "stop your story?" */
	SYS_OPT_STORY_LEAVE_STAY,	/* "no": the story goes on */
	SYS_OPT_STRIKES_CHOICE,		/* three misunderstandings: a choice */
	SYS_OPT_STRIKES_PERSON,		/* its three choice titles */
	SYS_OPT_STRIKES_MENU,
	SYS_OPT_STRIKES_HELP,
	SYS_OPT_STRIKES_HELP_NOW,	/* "I need help now": before the handover to CIT */
	SYS_OPT_RESEARCH_WITHDRAWN,	/* after the withdraw command */
	SYS_OPT_CRISIS_PAST_WELCOME,	/* "not now" to a first message: thanks, then the welcome */
	SYS_OPT_NTEXTS
};

/* Global commands (system.json "commands"); yes/no answer confirmations. */
enum sys_command {
	CMD_MENU, CMD_STOP, CMD_START, CMD_HELP, CMD_LANGUAGE, CMD_DELETE,
	CMD_YES, CMD_NO,
	CMD_WITHDRAW,		/* optional: leave the research (consent withdrawn) */
	CMD_NCOMMANDS
};

struct flow_team {
	char			*ft_id;		/* "JIP", "JIT", "CIT" */
	struct flow_text	 ft_name;
};

struct flowset {
	char			*fs_langs[FLOW_MAX_LANGS];	/* "nl", "en", ... */
	char			*fs_lang_names[FLOW_MAX_LANGS];	/* "Nederlands", ... */
	size_t			 fs_nlangs;
	int			 fs_default_lang;
	int			 fs_review[FLOW_MAX_LANGS];	/* 1: awaiting review by native
								 * speakers; texts it lacks are
								 * the fs_fallback_lang's */
	int			 fs_fallback_lang;	/* for review languages ("en"; else the default) */
	struct flow		*fs_flows;
	size_t			 fs_nflows;
	int			 fs_entry_flow;
	struct flow_text	 fs_texts[SYS_NTEXTS];
	struct flow_text	 fs_opt_texts[SYS_OPT_NTEXTS];
	int			 fs_has_opt[SYS_OPT_NTEXTS];
	struct flow_words	 fs_commands[CMD_NCOMMANDS];	/* every language */
	char			*fs_yes_title[FLOW_MAX_LANGS];	/* first yes word, as written */
	char			*fs_no_title[FLOW_MAX_LANGS];
	struct flow_team	*fs_teams;
	size_t			 fs_nteams;
	size_t			 fs_nnodes;	/* over all flows */
};

/*
 * Load languages.json, system.json and every other *.json in dir (one flow
 * each), check everything docs/flows.md promises and resolve node
 * references. 0 with *out set (free with flowset_free), or -1 with *out
 * NULL and one line per problem appended to errs, each naming the file
 * and, where it applies, the node ("path: node \"id\": reason") or the
 * JSON position ("path:line:column: reason"). errs must be initialised by
 * the caller (buf_init); the caller frees it.
 */
int	flow_load_dir(const char *dir, struct flowset **out, struct buf *errs) WUR;
void	flowset_free(struct flowset *);

/* Index of the flow / node / language with that id, or -1. */
int	flow_find(const struct flowset *, const char *id);
int	flow_node_find(const struct flow *, const char *id);
int	flow_lang_find(const struct flowset *, const char *lang);
const struct flow_team *flow_team_find(const struct flowset *, const char *id);

/*
 * Normalise user text or a keyword for matching (crisis_normalise: lower
 * case, accents folded, punctuation to spaces, repeated letters
 * collapsed). Returns a string the caller frees; never NULL.
 */
char	*flow_normalise(const char *);

/* 1 if the normalised text equals one of the words. */
int	flow_words_has(const struct flow_words *, const char *norm);

#endif
