/*
 * engine.c — the dialogue engine: walks the flows (flow.h) for one inbound
 * message and says what to reply and what to do.
 *
 * engine_step is a pure function of (conversation, input, time, flowset,
 * lexicon, opening hours): it reads no clock, does no I/O but debug log
 * lines, and changes nothing but the conversation and the output it is
 * given. Crisis detection sits above every flow; global commands (menu,
 * stop, help, language, delete) work from any node; every node change
 * goes through engine_enter(), which logs "from -> to". How an answer is
 * understood is match.c's; opening hours and local time are calendar.c's.
 *
 * Why one file of over a thousand lines: it is one state machine. Its
 * phases, global commands and node types are the cases of one step and
 * are read together; splitting them would spread each case over files.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "calendar.h"
#include "engine.h"
#include "langguess.h"
#include "log.h"
#include "match.h"

#define STATE_VERSION	1

static const char *const phase_names[ENG_NPHASES] = {
	"idle", "at_menu", "asking", "in_story", "confirm_stop", "confirm_delete",
	"pick_language", "stopped", "queued", "confirm_leave", "confirm_leave_menu",
	"screening", "confirm_now", "confirm_story_leave", "strike_choice",
};

static const char *const action_names[] = {
	"handover", "save", "consent", "erase", "optout", "optin", "alert", "close",
};

/* Everything one step works on. */
struct ectx {
	const struct engine_env	*env;
	const struct flowset	*fs;
	struct conversation	*cv;
	const struct inbound	*in;
	int64_t			 now;
	struct engine_out	*out;
	int			 lang;		/* index in fs_langs */

	/* the state (cv_state) being changed */
	enum engine_phase	 phase;
	int			 flow, node;	/* -1: none */
	json_t			*vars;
	int			 strikes;
	int64_t			 last;
	int64_t			 qw;		/* ms: the wait line was last sent (0: not since the handover) */
	int			 nested;	/* expanding a text inside a text */
	enum engine_phase	 ret;		/* screening, confirm_now, confirm_story_leave:
						 * the phase to go back to */
	int			 leave_stop;	/* confirm_story_leave: 1 stop, 0 menu */
	unsigned		 past_cats;	/* confirm_now: CRISIS_BIT()s of the hit */
	unsigned		 past_aspects;	/* confirm_now: its aspects */

	/* conversation fields being changed */
	enum conv_status	 status;
	char			 team[8];
	int			 priority;
	const char		*text_team;	/* team for {team_name} / {team_hours} */
	int			 hops;
};

const char *
engine_strstate(enum engine_phase p)
{
	return (size_t)p < ENG_NPHASES ? phase_names[p] : "?";
}

int
engine_phase_parse(const char *s, enum engine_phase *p)
{
	size_t i;

	for (i = 0; s != NULL && i < ENG_NPHASES; i++) {
		if (strcmp(s, phase_names[i]) == 0) {
			*p = (enum engine_phase)i;
			return 0;
		}
	}
	return -1;
}

const char *
engine_action_name(enum engine_action_kind k)
{
	return (size_t)k < NELEM(action_names) ? action_names[k] : "?";
}

void
engine_out_free(struct engine_out *out)
{
	size_t i;

	for (i = 0; i < out->eo_nreplies; i++)
		free(out->eo_replies[i]);
	for (i = 0; i < out->eo_nactions; i++) {
		free(out->eo_actions[i].ea_team);
		free(out->eo_actions[i].ea_json);
		free(out->eo_actions[i].ea_name);
		free(out->eo_actions[i].ea_version);
	}
	memset(out, 0, sizeof(*out));
}

/* ---- Output ---- */

static void
push_reply(struct ectx *x, json_t *obj)
{
	char *s;

	if (x->out->eo_nreplies >= ENGINE_MAX_REPLIES) {
		log_warn("engine_replies_dropped conv=%s max=%d", x->cv->cv_pseudonym, ENGINE_MAX_REPLIES);
		json_decref(obj);
		return;
	}
	s = json_dumps(obj, JSON_COMPACT);
	json_decref(obj);
	if (s == NULL)
		abort();	/* jansson fails here only without memory */
	x->out->eo_replies[x->out->eo_nreplies++] = s;
}

static struct engine_action *
add_action(struct ectx *x, enum engine_action_kind k)
{
	struct engine_action *a;

	if (x->out->eo_nactions >= ENGINE_MAX_ACTIONS) {
		/* Cannot happen with the flows' loop guard; keep the last slot. */
		log_error("engine_actions_overflow conv=%s max=%d", x->cv->cv_pseudonym, ENGINE_MAX_ACTIONS);
		a = &x->out->eo_actions[ENGINE_MAX_ACTIONS - 1];
		free(a->ea_team);
		free(a->ea_json);
		free(a->ea_name);
		free(a->ea_version);
	} else {
		a = &x->out->eo_actions[x->out->eo_nactions++];
	}
	memset(a, 0, sizeof(*a));
	a->ea_kind = k;
	return a;
}

static const char *
var_get(const struct ectx *x, const char *name)
{
	return json_string_value(json_object_get(x->vars, name));
}

static void
var_set(struct ectx *x, const char *name, const char *value)
{
	if (json_object_get(x->vars, name) == NULL && json_object_size(x->vars) >= ENGINE_MAX_VARS) {
		log_warn("engine_vars_full conv=%s var=%s max=%d", x->cv->cv_pseudonym, name, ENGINE_MAX_VARS);
		return;
	}
	if (json_object_set_new(x->vars, name, json_string(value)) == -1)
		log_warn("engine_var_invalid conv=%s var=%s", x->cv->cv_pseudonym, name);
}

/* {team_hours}: the team's opening hours in the current language. */
static void
team_hours_text(struct ectx *x, const char *team, struct buf *b)
{
	calendar_hours_format(calendar_hours_find(x->env->ee_hours, x->env->ee_nhours, team),
	    x->fs->fs_langs[x->lang], b);
}

static char *expand(struct ectx *, const char *);

/*
 * The typical wait in whole minutes as it is told: at least
 * QUEUE_WAIT_MIN_MINUTES, above 10 rounded up to a multiple of 5 ("about
 * 15 minutes", not "about 13").
 */
static long long
wait_minutes(int64_t s)
{
	long long m = (long long)((s + 59) / 60);

	if (m < QUEUE_WAIT_MIN_MINUTES)
		m = QUEUE_WAIT_MIN_MINUTES;
	if (m > 10)
		m = (m + 4) / 5 * 5;
	return m;
}

/* A system text expanded inside another one (one level deep). */
static void
expand_nested(struct ectx *x, enum sys_text t, struct buf *b)
{
	char *s;

	if (x->nested)
		return;
	x->nested = 1;
	s = expand(x, x->fs->fs_texts[t].ft_s[x->lang]);
	x->nested = 0;
	if (buf_puts(b, s) == -1)
		log_warn("engine_text_cut conv=%s", x->cv->cv_pseudonym);
	free(s);
}

/*
 * The queue's placeholders: {queue_ahead} (chats before this one),
 * {wait_minutes}, and {wait_ahead} / {wait_time}, which are the texts
 * wait_ahead_none/_one/_many and wait_time/_unknown. Empty when the
 * figure is unknown. The figures are read (cv_wait_read) when the first
 * of them is expanded. 1 if name was one of them.
 */
enum queue_ph { QP_AHEAD, QP_MINUTES, QP_WAIT_AHEAD, QP_WAIT_TIME, QP_COUNT };
static const char *const queue_ph_names[QP_COUNT] = {
	"queue_ahead", "wait_minutes", "wait_ahead", "wait_time"
};

static int
expand_queue(struct ectx *x, const char *name, struct buf *b)
{
	void (*rd)(struct conversation *, void *) = x->cv->cv_wait_read;
	int ahead, r = 0;
	int64_t wait;
	size_t ph;

	for (ph = 0; ph < QP_COUNT && strcmp(name, queue_ph_names[ph]) != 0; ph++)
		;
	if (ph == QP_COUNT)
		return 0;
	if (rd != NULL) {
		x->cv->cv_wait_read = NULL;	/* once a step */
		rd(x->cv, x->cv->cv_wait_arg);
	}
	ahead = x->cv->cv_queue_ahead;
	wait = x->cv->cv_queue_wait_s;
	switch (ph) {
	case QP_AHEAD:
		if (ahead >= 0)
			r = buf_printf(b, "%d", ahead);
		break;
	case QP_MINUTES:
		if (wait > 0)
			r = buf_printf(b, "%lld", wait_minutes(wait));
		break;
	case QP_WAIT_AHEAD:
		if (ahead >= 0)
			expand_nested(x, ahead == 0 ? SYS_WAIT_AHEAD_NONE :
			    ahead == 1 ? SYS_WAIT_AHEAD_ONE : SYS_WAIT_AHEAD_MANY, b);
		break;
	default:	/* QP_WAIT_TIME */
		expand_nested(x, wait > 0 ? SYS_WAIT_TIME : SYS_WAIT_TIME_UNKNOWN, b);
		break;
	}
	(void)r;	/* as in expand: buf_* fail only on overflow of size_t */
	return 1;
}

/* Fill {var} placeholders; unknown names become empty. Caller frees. */
static char *
expand(struct ectx *x, const char *tmpl)
{
	struct buf b;
	const char *p, *q, *v;
	const struct flow_team *tm;
	char name[FLOW_ID_MAX + 1];
	size_t n;
	int r = 0;

	buf_init(&b, 0);
	r |= buf_puts(&b, "");
	for (p = tmpl; *p != '\0'; p++) {
		if (*p != '{') {
			r |= buf_append(&b, p, 1);
			continue;
		}
		for (q = p + 1; (*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '_'; q++)
			;
		n = (size_t)(q - p - 1);
		if (*q != '}' || n == 0 || n > FLOW_ID_MAX) {
			r |= buf_append(&b, p, 1);
			continue;
		}
		memcpy(name, p + 1, n);
		name[n] = '\0';
		if (strcmp(name, "team_hours") == 0) {
			team_hours_text(x, x->text_team, &b);
		} else if (strcmp(name, "team_name") == 0) {
			tm = flow_team_find(x->fs, x->text_team);
			if (tm != NULL)
				r |= buf_puts(&b, tm->ft_name.ft_s[x->lang]);
		} else if (expand_queue(x, name, &b)) {
			;
		} else if ((v = var_get(x, name)) != NULL) {
			r |= buf_puts(&b, v);
		}
		p = q;
	}
	(void)r;	/* no ceiling: buf_* fail only on overflow of size_t */
	return buf_steal(&b);
}

static json_t *
reply_obj(struct ectx *x, const struct flow_text *t)
{
	json_t *o = json_object();
	char *s = expand(x, t->ft_s[x->lang]);

	json_object_set_new(o, "text", json_string(s));
	free(s);
	return o;
}

static void
say(struct ectx *x, const struct flow_text *t)
{
	push_reply(x, reply_obj(x, t));
}

static void
say_sys(struct ectx *x, enum sys_text t)
{
	say(x, &x->fs->fs_texts[t]);
}

static void
add_choice(json_t *arr, const char *id, const char *title)
{
	json_t *c = json_object();

	json_object_set_new(c, "id", json_string(id));
	json_object_set_new(c, "title", json_string(title));
	json_array_append_new(arr, c);
}

static void
say_menu(struct ectx *x, const struct flow_node *fn)
{
	json_t *o = reply_obj(x, &fn->fn_text), *arr = json_array();
	size_t i;

	for (i = 0; i < fn->fn_nchoices; i++)
		add_choice(arr, fn->fn_choices[i].fc_id, fn->fn_choices[i].fc_title.ft_s[x->lang]);
	json_object_set_new(o, "choices", arr);
	if (fn->fn_has_button)
		json_object_set_new(o, "button", json_string(fn->fn_button.ft_s[x->lang]));
	push_reply(x, o);
}

static void
say_yes_no_text(struct ectx *x, const struct flow_text *t)
{
	json_t *o = reply_obj(x, t), *arr = json_array();
	char yes[64], no[64];

	util_strlcpy(yes, x->fs->fs_yes_title[x->lang], sizeof(yes));
	util_strlcpy(no, x->fs->fs_no_title[x->lang], sizeof(no));
	if (yes[0] >= 'a' && yes[0] <= 'z')
		yes[0] = (char)(yes[0] - 'a' + 'A');
	if (no[0] >= 'a' && no[0] <= 'z')
		no[0] = (char)(no[0] - 'a' + 'A');
	add_choice(arr, "yes", yes);
	add_choice(arr, "no", no);
	json_object_set_new(o, "choices", arr);
	push_reply(x, o);
}

static void
say_yes_no(struct ectx *x, enum sys_text t)
{
	say_yes_no_text(x, &x->fs->fs_texts[t]);
}

/* Optional text q with three choices: (id, optional title text) each. */
static void
say_three(struct ectx *x, enum sys_opt_text q, const char *const ids[3], const enum sys_opt_text titles[3])
{
	json_t *o = reply_obj(x, &x->fs->fs_opt_texts[q]), *arr = json_array();
	size_t i;

	for (i = 0; i < 3; i++)
		add_choice(arr, ids[i], x->fs->fs_opt_texts[titles[i]].ft_s[x->lang]);
	json_object_set_new(o, "choices", arr);
	push_reply(x, o);
}

static void
say_languages(struct ectx *x)
{
	json_t *o = reply_obj(x, &x->fs->fs_texts[SYS_LANGUAGE_MENU]), *arr = json_array();
	size_t i;

	for (i = 0; i < x->fs->fs_nlangs; i++)
		add_choice(arr, x->fs->fs_langs[i], x->fs->fs_lang_names[i]);
	json_object_set_new(o, "choices", arr);
	push_reply(x, o);
}

/* ---- State ---- */

static const struct flow_node *
cur_node(const struct ectx *x)
{
	if (x->flow < 0 || x->node < 0)
		return NULL;
	return &x->fs->fs_flows[x->flow].fl_nodes[x->node];
}

static const char *
flow_name(const struct ectx *x, int f)
{
	return f >= 0 ? x->fs->fs_flows[f].fl_id : "-";
}

static const char *
node_name(const struct ectx *x, int f, int n)
{
	return f >= 0 && n >= 0 ? x->fs->fs_flows[f].fl_nodes[n].fn_id : "-";
}

/* The one place the current node changes. */
static void
engine_enter(struct ectx *x, int flow, int node)
{
	log_debug("engine_enter conv=%s %s.%s -> %s.%s", x->cv->cv_pseudonym,
	    flow_name(x, x->flow), node_name(x, x->flow, x->node),
	    flow_name(x, flow), node_name(x, flow, node));
	x->flow = flow;
	x->node = node;
}

static void
set_phase(struct ectx *x, enum engine_phase p)
{
	if (p != x->phase)
		log_debug("engine_phase conv=%s %s -> %s", x->cv->cv_pseudonym,
		    engine_strstate(x->phase), engine_strstate(p));
	x->phase = p;
}

/* Load cv_state; anything unusable leaves a fresh state (phase idle). */
static void
state_load(struct ectx *x, const char *s)
{
	json_t *root, *v;
	enum engine_phase p;
	int f, n;

	x->phase = ENG_IDLE;
	x->flow = x->node = -1;
	x->vars = json_object();
	if (s == NULL || *s == '\0' || strlen(s) > ENGINE_STATE_MAX)
		return;
	root = json_loads(s, 0, NULL);
	if (!json_is_object(root)) {
		json_decref(root);
		return;
	}
	if (json_object_size(root) == 0 || json_integer_value(json_object_get(root, "v")) != STATE_VERSION) {
		if (json_object_size(root) > 0)
			log_warn("engine_state_reset conv=%s reason=version", x->cv->cv_pseudonym);
		json_decref(root);
		return;
	}
	v = json_object_get(root, "vars");
	if (json_is_object(v)) {
		json_decref(x->vars);
		x->vars = json_deep_copy(v);
	}
	x->strikes = (int)json_integer_value(json_object_get(root, "strikes"));
	x->last = (int64_t)json_integer_value(json_object_get(root, "last"));
	x->qw = (int64_t)json_integer_value(json_object_get(root, "qw"));	/* an old true: 0 */
	if (engine_phase_parse(json_string_value(json_object_get(root, "phase")), &p) == -1)
		p = ENG_IDLE;
	f = flow_find(x->fs, json_string_value(json_object_get(root, "flow")));
	n = f >= 0 ? flow_node_find(&x->fs->fs_flows[f], json_string_value(json_object_get(root, "node"))) : -1;
	if (n >= 0) {
		x->flow = f;
		x->node = n;
	}
	x->phase = p;
	if (engine_phase_parse(json_string_value(json_object_get(root, "ret")), &p) == 0)
		x->ret = p;
	x->leave_stop = json_is_true(json_object_get(root, "leave_stop"));
	x->past_cats = (unsigned)json_integer_value(json_object_get(root, "past_cats"));
	x->past_aspects = (unsigned)json_integer_value(json_object_get(root, "past_aspects"));
	/* A node that waits must exist for the phases that wait on it. */
	if ((p == ENG_AT_MENU || p == ENG_ASKING || p == ENG_IN_STORY ||
	    ((p == ENG_SCREENING || p == ENG_CONFIRM_NOW || p == ENG_CONFIRM_STORY_LEAVE) &&
	    x->ret != ENG_IDLE)) && n < 0) {
		log_warn("engine_state_reset conv=%s reason=node_gone", x->cv->cv_pseudonym);
		x->phase = ENG_IDLE;
		x->flow = x->node = -1;
	}
	json_decref(root);
}

static char *
state_dump(struct ectx *x)
{
	json_t *root = json_object();
	char *s;

	json_object_set_new(root, "v", json_integer(STATE_VERSION));
	json_object_set_new(root, "phase", json_string(engine_strstate(x->phase)));
	if (x->flow >= 0 && x->node >= 0) {
		json_object_set_new(root, "flow", json_string(flow_name(x, x->flow)));
		json_object_set_new(root, "node", json_string(node_name(x, x->flow, x->node)));
	}
	json_object_set(root, "vars", x->vars);
	json_object_set_new(root, "strikes", json_integer(x->strikes));
	json_object_set_new(root, "last", json_integer(x->last));
	json_object_set_new(root, "qw", json_integer(x->qw));
	if (x->phase == ENG_SCREENING || x->phase == ENG_CONFIRM_NOW ||
	    x->phase == ENG_CONFIRM_STORY_LEAVE) {
		json_object_set_new(root, "ret", json_string(engine_strstate(x->ret)));
		if (x->phase == ENG_CONFIRM_STORY_LEAVE)
			json_object_set_new(root, "leave_stop", json_boolean(x->leave_stop));
		if (x->phase == ENG_CONFIRM_NOW) {
			json_object_set_new(root, "past_cats", json_integer(x->past_cats));
			json_object_set_new(root, "past_aspects", json_integer(x->past_aspects));
		}
	}
	s = json_dumps(root, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(root);
	if (s == NULL)
		abort();
	return s;
}

/* ---- Actions with state changes ---- */

static char *
summary_json(struct ectx *x, const char *reason, char *const *names, size_t n, int all,
    enum crisis_category cat)
{
	json_t *o = json_object(), *vars = json_object(), *v;
	const char *key;
	char *s;
	size_t i;

	json_object_set_new(o, "reason", json_string(reason));
	if (x->flow >= 0) {
		json_object_set_new(o, "flow", json_string(flow_name(x, x->flow)));
		json_object_set_new(o, "node", json_string(node_name(x, x->flow, x->node)));
	}
	if (cat != CRISIS_NONE)
		json_object_set_new(o, "category", json_string(crisis_category_name(cat)));
	if (all) {
		json_object_foreach(x->vars, key, v)
			json_object_set(vars, key, v);
	}
	for (i = 0; i < n; i++)
		if ((v = json_object_get(x->vars, names[i])) != NULL)
			json_object_set(vars, names[i], v);
	json_object_set_new(o, "vars", vars);
	s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	if (s == NULL)
		abort();
	return s;
}

/*
 * Queue the conversation for team: the text (or, out of office hours,
 * team_closed), status queued, a handover action. text may be NULL.
 */
static void
handover(struct ectx *x, const char *team, int priority, const struct flow_text *text,
    const char *reason, char *const *names, size_t n, enum crisis_category cat)
{
	struct engine_action *a;

	x->text_team = team;
	if (!calendar_team_open(x->env->ee_hours, x->env->ee_nhours, team, x->now))
		say_sys(x, SYS_TEAM_CLOSED);
	else if (text != NULL)
		say(x, text);
	a = add_action(x, ACT_HANDOVER);
	a->ea_team = xstrdup(team);
	a->ea_priority = priority;
	a->ea_category = cat;
	a->ea_json = summary_json(x, reason, names, n, cat != CRISIS_NONE, cat);
	/* Already queued more urgently (a crisis): keep that team and priority. */
	if (!(x->status == CONV_QUEUED && x->priority > priority)) {
		util_strlcpy(x->team, team, sizeof(x->team));
		x->priority = priority;
	}
	x->status = CONV_QUEUED;
	x->qw = 0;
	set_phase(x, ENG_QUEUED);
}

/* A phase of a handed-over conversation (queued or assigned). */
static int
phase_handed_over(enum engine_phase p)
{
	return p == ENG_QUEUED || p == ENG_CONFIRM_LEAVE || p == ENG_CONFIRM_LEAVE_MENU;
}

/*
 * The wait line for a queued conversation: where it stands, how long the
 * team usually takes and its hours (queued_wait), or, while the team is
 * closed, what happens next (queued_closed). At most once every
 * CONSOLE_WAIT_REPEAT_MS unless force is set.
 */
static void
wait_line(struct ectx *x, int force)
{
	if (!force && x->qw != 0 && x->now - x->qw < CONSOLE_WAIT_REPEAT_MS)
		return;
	x->text_team = x->team;
	if (!calendar_team_open(x->env->ee_hours, x->env->ee_nhours, x->team, x->now))
		say_sys(x, SYS_QUEUED_CLOSED);
	else
		say_sys(x, SYS_QUEUED_WAIT);
	x->qw = x->now;
}

/* Out of the queue, back with the bot (the caller says what comes next). */
static void
leave_queue(struct ectx *x)
{
	log_debug("engine_queue_left conv=%s team=%s", x->cv->cv_pseudonym, x->team);
	x->status = CONV_BOT;
	x->team[0] = '\0';
	x->priority = 0;
	x->qw = 0;
}

static enum engine_phase
waiting_phase(const struct flow_node *fn)
{
	if (fn == NULL)
		return ENG_IDLE;
	switch (fn->fn_type) {
	case NODE_MENU:
		return ENG_AT_MENU;
	case NODE_ASK:
		return ENG_ASKING;
	case NODE_STORY:
		return ENG_IN_STORY;
	default:
		return ENG_IDLE;
	}
}

/* ---- Walking the flow ---- */

static int
branch_case_holds(struct ectx *x, const struct flow_case *k)
{
	const char *v = var_get(x, k->fk_var);
	long long n;
	char *a, *b;
	size_t i;
	int eq = 0;

	switch (k->fk_op) {
	case OP_SET:
		return v != NULL && *v != '\0';
	case OP_UNSET:
		return v == NULL || *v == '\0';
	default:
		break;
	}
	if (v == NULL)
		return k->fk_op == OP_NE;
	if (k->fk_numeric || k->fk_op == OP_LT || k->fk_op == OP_LE || k->fk_op == OP_GE || k->fk_op == OP_GT) {
		if (util_parse_ll(v, -1000000000000LL, 1000000000000LL, &n) == -1)
			return k->fk_op == OP_NE;
		switch (k->fk_op) {
		case OP_LT: return n < k->fk_num;
		case OP_LE: return n <= k->fk_num;
		case OP_GE: return n >= k->fk_num;
		case OP_GT: return n > k->fk_num;
		case OP_EQ: return n == k->fk_num;
		case OP_NE: return n != k->fk_num;
		default: break;
		}
	}
	a = flow_normalise(v);
	for (i = 0; i < k->fk_nvalues && !eq; i++) {
		b = flow_normalise(k->fk_values[i]);
		eq = strcmp(a, b) == 0;
		free(b);
	}
	free(a);
	return k->fk_op == OP_NE ? !eq : eq;
}

static void
close_conversation(struct ectx *x)
{
	(void)add_action(x, ACT_CLOSE);
	x->status = CONV_CLOSED;
	x->team[0] = '\0';
	x->priority = 0;
	json_object_clear(x->vars);
	x->strikes = 0;
	set_phase(x, ENG_IDLE);
	engine_enter(x, -1, -1);
}

/*
 * A save node: an action with the node's variables that are set. The
 * teller's signifiers (variables "sig_<name>", docs/flows.md) go into one
 * object "signifiers": {"<name>": value}, five-point answers as numbers,
 * skipped ones left out.
 */
static void
run_save(struct ectx *x, const struct flow_node *fn)
{
	struct engine_action *a;
	json_t *o = json_object(), *sig = json_object();
	const char *v;
	long long n;
	size_t i;

	for (i = 0; i < fn->fn_nvars; i++) {
		if ((v = var_get(x, fn->fn_vars[i])) == NULL)
			continue;
		if (strncmp(fn->fn_vars[i], "sig_", 4) != 0)
			json_object_set_new(o, fn->fn_vars[i], json_string(v));
		else if (*v != '\0')
			json_object_set_new(sig, fn->fn_vars[i] + 4,
			    util_parse_ll(v, 1, 5, &n) == 0 ? json_integer(n) : json_string(v));
	}
	if (json_object_size(sig) > 0)
		json_object_set(o, "signifiers", sig);
	json_decref(sig);
	a = add_action(x, ACT_SAVE);
	a->ea_name = xstrdup(fn->fn_kind);
	a->ea_json = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	if (a->ea_json == NULL)
		abort();
}

/* A consent node: "yes" when the variable is "yes" or a yes word, else "no". */
static void
run_consent(struct ectx *x, const struct flow_node *fn)
{
	struct engine_action *a;
	char *yes = flow_normalise(var_get(x, fn->fn_var));

	a = add_action(x, ACT_CONSENT);
	a->ea_name = xstrdup(strcmp(yes, "yes") == 0 ||
	    flow_words_has(&x->fs->fs_commands[CMD_YES], yes) ? "yes" : "no");
	a->ea_version = xstrdup(fn->fn_version);
	free(yes);
}

/* A branch node: the next of the first case that holds, else its else. */
static const struct flow_ref *
run_branch(struct ectx *x, const struct flow_node *fn)
{
	size_t i;

	for (i = 0; i < fn->fn_ncases; i++)
		if (branch_case_holds(x, &fn->fn_cases[i]))
			return &fn->fn_cases[i].fk_next;
	return &fn->fn_else;
}

/*
 * Do what node fn does. Returns where to go next, or NULL when the walk
 * stops here: the node waits for an answer, or the conversation left the
 * bot (handover, end).
 */
static const struct flow_ref *
run_node(struct ectx *x, const struct flow_node *fn)
{
	char *s;

	switch (fn->fn_type) {
	case NODE_MESSAGE:
		say(x, &fn->fn_text);
		break;
	case NODE_MENU:
		say_menu(x, fn);
		set_phase(x, ENG_AT_MENU);
		return NULL;
	case NODE_ASK:
		say(x, &fn->fn_text);
		set_phase(x, ENG_ASKING);
		return NULL;
	case NODE_STORY:
		say(x, &fn->fn_text);
		json_object_del(x->vars, fn->fn_var);
		set_phase(x, ENG_IN_STORY);
		return NULL;
	case NODE_SET:
		s = expand(x, fn->fn_value);
		var_set(x, fn->fn_var, s);
		free(s);
		break;
	case NODE_BRANCH:
		return run_branch(x, fn);
	case NODE_HANDOVER:
		handover(x, fn->fn_team, fn->fn_priority, &fn->fn_text, "flow",
		    fn->fn_summary, fn->fn_nsummary, CRISIS_NONE);
		return NULL;
	case NODE_SAVE:
		run_save(x, fn);
		break;
	case NODE_CONSENT:
		run_consent(x, fn);
		break;
	case NODE_END:
		if (fn->fn_has_text)
			say(x, &fn->fn_text);
		close_conversation(x);
		return NULL;
	}
	return &fn->fn_next;
}

/* Enter (flow, node) and go on until a node waits or the conversation leaves the bot. */
static void
run(struct ectx *x, int flow, int node)
{
	const struct flow_node *fn;
	const struct flow_ref *next;

	for (;;) {
		if (++x->hops > ENGINE_MAX_HOPS) {
			log_error("engine_loop conv=%s flow=%s node=%s max=%d", x->cv->cv_pseudonym,
			    flow_name(x, flow), node_name(x, flow, node), ENGINE_MAX_HOPS);
			set_phase(x, ENG_IDLE);
			return;
		}
		engine_enter(x, flow, node);
		fn = cur_node(x);
		if (fn == NULL) {	/* a reference left unresolved: cannot happen after flow_load_dir */
			set_phase(x, ENG_IDLE);
			return;
		}
		if ((next = run_node(x, fn)) == NULL)
			return;
		flow = next->fr_flow;
		node = next->fr_node;
	}
}

static void
run_entry(struct ectx *x)
{
	const struct flow *fl = &x->fs->fs_flows[x->fs->fs_entry_flow];

	x->strikes = 0;
	run(x, x->fs->fs_entry_flow, fl->fl_start);
}

/* Say the current question again (or start the entry flow when there is none). */
static void
repeat_current(struct ectx *x)
{
	const struct flow_node *fn = cur_node(x);

	if (x->status == CONV_QUEUED) {
		/* A command answered while waiting: back to waiting, and where it stands. */
		set_phase(x, ENG_QUEUED);
		wait_line(x, 1);
		return;
	}
	if (waiting_phase(fn) == ENG_IDLE) {
		run_entry(x);
		return;
	}
	if (fn->fn_type == NODE_MENU)
		say_menu(x, fn);
	else
		say(x, &fn->fn_text);
	set_phase(x, waiting_phase(fn));
}

static const char *const strike_ids[3] = { "person", "menu", "help" };
static const enum sys_opt_text strike_titles[3] = {
	SYS_OPT_STRIKES_PERSON, SYS_OPT_STRIKES_MENU, SYS_OPT_STRIKES_HELP
};

/*
 * Which of three choices (ids, optional title texts) the answer is: the
 * tapped id, its number, or its title in any language; -1 none.
 */
static int
pick_three(struct ectx *x, const char *const ids[3], const enum sys_opt_text titles[3],
    const char *raw, const char *norm)
{
	const struct flow_text *t;
	char *tn;
	size_t i, l;
	int n, hit = -1;

	for (i = 0; x->in->in_choice_id != NULL && i < 3; i++)
		if (strcmp(x->in->in_choice_id, ids[i]) == 0)
			return (int)i;
	if ((n = match_number(raw, 3)) > 0)
		return n - 1;
	for (i = 0; i < 3 && hit < 0 && *norm != '\0'; i++) {
		t = &x->fs->fs_opt_texts[titles[i]];
		for (l = 0; l < x->fs->fs_nlangs && hit < 0; l++) {
			tn = flow_normalise(t->ft_s[l]);
			if (strcmp(tn, norm) == 0)
				hit = (int)i;
			free(tn);
		}
	}
	return hit;
}

/*
 * An answer not understood: a strike. The third in a row offers a choice
 * (talk to a person / back to the menu / I need help now) when the
 * flowset has its texts, else hands over to JIP.
 */
static void
strike(struct ectx *x, const struct flow_text *why)
{
	if (++x->strikes >= ENGINE_STRIKES) {
		x->strikes = 0;
		if (x->fs->fs_has_opt[SYS_OPT_STRIKES_CHOICE] && x->phase != ENG_STRIKE_CHOICE) {
			say_three(x, SYS_OPT_STRIKES_CHOICE, strike_ids, strike_titles);
			set_phase(x, ENG_STRIKE_CHOICE);
			return;
		}
		say_sys(x, SYS_THREE_STRIKES);
		handover(x, "JIP", 1, NULL, "three_strikes", NULL, 0, CRISIS_NONE);
		return;
	}
	say(x, why != NULL ? why : &x->fs->fs_texts[SYS_NOT_UNDERSTOOD]);
	repeat_current(x);
}

/* ---- Node handling ---- */

/* Cut a story after max code points (in place). */
static void
utf8_cut(char *s, size_t max)
{
	size_t n = 0;
	char *p;

	for (p = s; *p != '\0'; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && n++ == max) {
			*p = '\0';
			return;
		}
	}
}

static void
go(struct ectx *x, const struct flow_ref *r)
{
	run(x, r->fr_flow, r->fr_node);
}

/*
 * From ref, over message and set nodes (sets done when apply is set), to
 * the first menu node; NULL when there is none within ENGINE_ROUTE_HOPS.
 */
static const struct flow_node *
route_menu(struct ectx *x, const struct flow_ref *ref, int apply)
{
	const struct flow_node *n;
	int i, f = ref->fr_flow, k = ref->fr_node;
	char *s;

	for (i = 0; i < ENGINE_ROUTE_HOPS && f >= 0 && k >= 0; i++) {
		n = &x->fs->fs_flows[f].fl_nodes[k];
		if (n->fn_type == NODE_MENU) {
			if (apply)
				engine_enter(x, f, k);
			return n;
		}
		if (n->fn_type != NODE_MESSAGE && n->fn_type != NODE_SET)
			return NULL;
		if (apply && n->fn_type == NODE_SET) {
			s = expand(x, n->fn_value);
			var_set(x, n->fn_var, s);
			free(s);
		}
		f = n->fn_next.fr_flow;
		k = n->fn_next.fr_node;
	}
	return NULL;
}

/* 1 when norm is the choice's title in any language. */
static int
choice_title_is(const struct ectx *x, const struct flow_choice *c, const char *norm)
{
	size_t l;

	for (l = 0; l < x->fs->fs_nlangs; l++)
		if (strcmp(c->fc_title_norm[l], norm) == 0)
			return 1;
	return 0;
}

/* 1 when norm is the choice's title (any language) or one of its keywords, not just inside. */
static int
choice_exact(const struct ectx *x, const struct flow_choice *c, const char *norm)
{
	return choice_title_is(x, c, norm) || flow_words_has(&c->fc_keywords, norm);
}

/*
 * Free text at a menu that none of its choices takes ("ik heb schulden" at
 * the main menu): the one choice of a menu one level deeper whose keywords
 * it has (the topic menu's "geld", "schulden"); with only >= 0, text that
 * choice took already, refined under it ("een vraag over wonen": question,
 * then housing; not when the text is just that choice's title or keyword).
 * 1 if routed there.
 */
static int
route_deeper(struct ectx *x, const struct flow_node *fn, int only, const char *raw,
    const char *norm)
{
	const struct flow_node *sub;
	size_t i, hit = 0, nhits = 0;
	int c = -1, k;

	if (*norm == '\0' || x->in->in_choice_id != NULL || match_number(raw, FLOW_MAX_CHOICES) > 0 ||
	    (only >= 0 && choice_exact(x, &fn->fn_choices[only], norm)))
		return 0;
	for (i = 0; i < fn->fn_nchoices; i++) {
		if (only >= 0 && (size_t)only != i)
			continue;
		sub = route_menu(x, &fn->fn_choices[i].fc_next, 0);
		if (sub == NULL || sub == fn || (k = match_choice(x->fs, sub, NULL, raw, norm)) < 0)
			continue;
		nhits++;
		hit = i;
		c = k;
	}
	if (nhits != 1)
		return 0;
	sub = route_menu(x, &fn->fn_choices[hit].fc_next, 1);
	log_debug("engine_routed conv=%s choice=%s", x->cv->cv_pseudonym, sub->fn_choices[c].fc_id);
	x->strikes = 0;
	go(x, &sub->fn_choices[c].fc_next);
	return 1;
}

static void
handle_menu(struct ectx *x, const struct flow_node *fn, const char *raw, const char *norm)
{
	int c = match_choice(x->fs, fn, x->in->in_choice_id, raw, norm);

	if (route_deeper(x, fn, c, raw, norm))
		return;
	if (c < 0) {
		strike(x, NULL);
		return;
	}
	x->strikes = 0;
	go(x, &fn->fn_choices[c].fc_next);
}

static void
handle_ask(struct ectx *x, const struct flow_node *fn, const char *raw, const char *norm)
{
	char *v = match_answer(fn, x->in->in_choice_id, raw, norm);

	if (v == NULL) {
		strike(x, fn->fn_has_invalid ? &fn->fn_invalid : NULL);
		return;
	}
	x->strikes = 0;
	var_set(x, fn->fn_var, v);
	free(v);
	go(x, &fn->fn_next);
}

static int story_append(struct ectx *, const struct flow_node *, const char *);

static void
handle_story(struct ectx *x, const struct flow_node *fn, const char *raw, const char *norm)
{
	x->strikes = 0;
	if (flow_words_has(&fn->fn_done, norm)) {
		go(x, &fn->fn_next);
		return;
	}
	if (*raw == '\0') {
		repeat_current(x);
		return;
	}
	if (story_append(x, fn, raw)) {
		if (x->fs->fs_has_opt[SYS_OPT_STORY_FULL])
			say(x, &x->fs->fs_opt_texts[SYS_OPT_STORY_FULL]);
		go(x, &fn->fn_next);
		return;
	}
	if (fn->fn_has_ack)
		say(x, &fn->fn_ack);
}

/* Add raw as the next part of the story of fn: 1 when the story is now full. */
static int
story_append(struct ectx *x, const struct flow_node *fn, const char *raw)
{
	const char *old;
	char *s;
	int full;

	old = var_get(x, fn->fn_var);
	s = old != NULL && *old != '\0' ? xasprintf("%s\n%s", old, raw) : xstrdup(raw);
	full = utf8_length(s) >= fn->fn_max_length;
	if (full)
		utf8_cut(s, fn->fn_max_length);
	var_set(x, fn->fn_var, s);
	free(s);
	return full;
}

static void
handle_pick_language(struct ectx *x, const char *raw, const char *norm)
{
	int pick = match_language(x->fs, x->in->in_choice_id, raw, norm);

	if (pick < 0) {
		say_sys(x, SYS_NOT_UNDERSTOOD);
		say_languages(x);
		return;
	}
	x->lang = pick;
	say_sys(x, SYS_LANGUAGE_SET);
	repeat_current(x);
}

/*
 * Twilio's own opt-out keywords: an SMS that is one of them opts the
 * number out at Twilio before we see it, and Twilio refuses every send to
 * it from then on (error 21610) until the person sends START.
 */
static const char *const sms_optout_words[] = {
	"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"
};

/* 1 if norm (normalised text of an SMS) is one of Twilio's opt-out keywords. */
static int
sms_optout_word(const char *norm)
{
	int hit = 0;

	for (size_t i = 0; i < NELEM(sms_optout_words) && !hit; i++) {
		char *w = flow_normalise(sms_optout_words[i]);

		hit = strcmp(norm, w) == 0;
		free(w);
	}
	return hit;
}

/* The withdraw command: research consent withdrawn for every purpose (1 if it was that); quiet: no answer. */
static int
handle_withdraw(struct ectx *x, const char *norm, int quiet)
{
	struct engine_action *a;

	if (x->in->in_kind != MSG_TEXT ||
	    !flow_words_has(&x->fs->fs_commands[CMD_WITHDRAW], norm))
		return 0;
	a = add_action(x, ACT_CONSENT);
	a->ea_name = xstrdup("withdraw");
	a->ea_version = xstrdup("withdraw");
	if (!quiet && x->fs->fs_has_opt[SYS_OPT_RESEARCH_WITHDRAWN])
		say(x, &x->fs->fs_opt_texts[SYS_OPT_RESEARCH_WITHDRAWN]);
	return 1;
}

/*
 * "menu" or "stop" in the middle of a story: ask first ("Wil je stoppen
 * met je verhaal?") rather than throw it away. 1 if asked.
 */
static int
story_leave_ask(struct ectx *x, const char *norm)
{
	const struct flowset *fs = x->fs;
	int stop = flow_words_has(&fs->fs_commands[CMD_STOP], norm);

	if (!fs->fs_has_opt[SYS_OPT_STORY_LEAVE_CONFIRM] || (!stop &&
	    !flow_words_has(&fs->fs_commands[CMD_MENU], norm) &&
	    !flow_words_has(&fs->fs_commands[CMD_START], norm)))
		return 0;
	x->leave_stop = stop;
	x->ret = ENG_IN_STORY;
	say_yes_no_text(x, &fs->fs_opt_texts[SYS_OPT_STORY_LEAVE_CONFIRM]);
	set_phase(x, ENG_CONFIRM_STORY_LEAVE);
	return 1;
}

/* Global commands: 1 if the input was one (and was handled). */
static int
handle_command(struct ectx *x, const char *norm)
{
	const struct flowset *fs = x->fs;

	if (x->in->in_kind != MSG_TEXT || *norm == '\0')
		return 0;
	if (handle_withdraw(x, norm, 0)) {
		repeat_current(x);
		return 1;
	}
	if (x->in->in_channel == CHANNEL_SMS && sms_optout_word(norm)) {
		/* Twilio opted them out already: a confirmation question cannot arrive. */
		(void)add_action(x, ACT_OPTOUT);
		set_phase(x, ENG_STOPPED);
		return 1;
	}
	if (x->phase == ENG_IN_STORY && story_leave_ask(x, norm))
		return 1;
	if (flow_words_has(&fs->fs_commands[CMD_MENU], norm) ||
	    flow_words_has(&fs->fs_commands[CMD_START], norm)) {
		/* On SMS, START also lifts Twilio's block (after a 21610 opt-out). */
		if (x->in->in_channel == CHANNEL_SMS &&
		    flow_words_has(&fs->fs_commands[CMD_START], norm))
			(void)add_action(x, ACT_OPTIN);
		run_entry(x);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_STOP], norm)) {
		say_yes_no(x, SYS_STOP_CONFIRM);
		set_phase(x, ENG_CONFIRM_STOP);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_HELP], norm)) {
		say_sys(x, SYS_HELP);
		repeat_current(x);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_LANGUAGE], norm)) {
		say_languages(x);
		set_phase(x, ENG_PICK_LANGUAGE);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_DELETE], norm)) {
		say_yes_no(x, SYS_DELETE_CONFIRM);
		set_phase(x, ENG_CONFIRM_DELETE);
		return 1;
	}
	return 0;
}

/* An optional system text, when the flowset has it. */
static void
say_opt(struct ectx *x, enum sys_opt_text t)
{
	if (x->fs->fs_has_opt[t])
		say(x, &x->fs->fs_opt_texts[t]);
}

/* Answer in the language the message is written in, when the flows have it (langguess.h). */
static void
text_language(struct ectx *x)
{
	const char *g = x->in->in_text != NULL ? langguess_text(x->in->in_text) : NULL;
	int l;

	if (g != NULL && (l = flow_lang_find(x->fs, g)) >= 0)
		x->lang = l;
}

/*
 * The crisis answer, in the writer's language (an English message gets the
 * English text, also as the first message): taken pills or poison first
 * "call 112 now"; then the text of the most urgent category, or the text
 * for a helper when the message is about someone else; then the numbers of
 * every other category matched, sexual violence and sextortion.
 */
static void
crisis_say(struct ectx *x, const struct crisis_hit *hit, enum crisis_category cat,
    enum sys_text main)
{
	static const enum sys_opt_text also[CRISIS_NCATEGORIES] = {
		[CRISIS_NONE] = SYS_OPT_CRISIS_ALSO_DANGER,
		[CRISIS_DANGER] = SYS_OPT_CRISIS_ALSO_DANGER,
		[CRISIS_SUICIDE] = SYS_OPT_CRISIS_ALSO_SUICIDE,
		[CRISIS_SELFHARM] = SYS_OPT_CRISIS_ALSO_SELFHARM,
		[CRISIS_ABUSE] = SYS_OPT_CRISIS_ALSO_ABUSE,
		[CRISIS_HOMELESS] = SYS_OPT_CRISIS_ALSO_HOMELESS,
	};
	int c;

	text_language(x);
	if (hit->ch_aspects & CRISIS_ASPECT_INGESTED)
		say_opt(x, SYS_OPT_CRISIS_INGESTED);
	if ((hit->ch_aspects & CRISIS_ASPECT_OTHER) && x->fs->fs_has_opt[SYS_OPT_CRISIS_OTHER])
		say_opt(x, SYS_OPT_CRISIS_OTHER);
	else
		say_sys(x, main);
	for (c = CRISIS_NONE + 1; c < CRISIS_NCATEGORIES; c++)
		if (c != (int)cat && (hit->ch_categories & CRISIS_BIT(c)))
			say_opt(x, also[c]);
	if (hit->ch_aspects & CRISIS_ASPECT_SEXUAL)
		say_opt(x, SYS_OPT_CRISIS_SEXUAL);
	if (hit->ch_aspects & CRISIS_ASPECT_SEXTORTION)
		say_opt(x, SYS_OPT_CRISIS_SEXTORTION);
}

static void
handle_crisis(struct ectx *x, const struct crisis_hit *hit)
{
	static const enum sys_text texts[CRISIS_NCATEGORIES] = {
		[CRISIS_NONE] = SYS_CRISIS_DANGER,
		[CRISIS_DANGER] = SYS_CRISIS_DANGER,
		[CRISIS_SUICIDE] = SYS_CRISIS_SUICIDE,
		[CRISIS_SELFHARM] = SYS_CRISIS_SELFHARM,
		[CRISIS_ABUSE] = SYS_CRISIS_ABUSE,
		[CRISIS_HOMELESS] = SYS_CRISIS_HOMELESS,
	};
	struct engine_action *a;
	enum crisis_category cat = hit->ch_category;

	if ((size_t)cat >= CRISIS_NCATEGORIES)
		cat = CRISIS_DANGER;
	log_info("crisis_hit conv=%s category=%s line=%d status=%s", x->cv->cv_pseudonym,
	    crisis_category_name(cat), hit->ch_line, x->status == CONV_ASSIGNED ? "assigned" : "bot");
	if (x->status == CONV_ASSIGNED) {
		a = add_action(x, ACT_ALERT);
		a->ea_category = cat;
		a->ea_name = xstrdup(crisis_category_name(cat));
		a->ea_json = summary_json(x, "crisis", NULL, 0, 0, cat);
		a->ea_version = expand(x, x->fs->fs_texts[SYS_CRISIS_COUNSELLOR_ALERT].ft_s[x->lang]);
		return;
	}
	crisis_say(x, hit, cat, texts[cat]);
	handover(x, "CIT", 10, NULL, "crisis", NULL, 0, cat);
	x->qw = x->now;	/* the crisis text said it all: no wait line right after */
}

/* ---- Worry, the past, leaving a story, three strikes ---- */

/* In a story: keep this message as its next part (nothing is lost). */
static void
story_keep(struct ectx *x)
{
	const struct flow_node *fn = cur_node(x);
	char *raw;

	if (x->phase != ENG_IN_STORY || fn == NULL || fn->fn_type != NODE_STORY ||
	    x->in->in_text == NULL)
		return;
	raw = match_trim(x->in->in_text);
	if (*raw != '\0')
		(void)story_append(x, fn, raw);	/* full: the next part moves on */
	free(raw);
}

/* A phase the bot waits in inside a flow (where "back to where they were" is). */
static int
phase_in_flow(enum engine_phase p)
{
	return p == ENG_AT_MENU || p == ENG_ASKING || p == ENG_IN_STORY;
}

/* Back to where they were before the question (ret), saying the question again. */
static void
go_back(struct ectx *x)
{
	if (!phase_in_flow(x->ret)) {
		run_entry(x);
		return;
	}
	set_phase(x, x->ret);
	if (x->ret != ENG_IN_STORY)
		repeat_current(x);
}

static const char *const screen_ids[3] = { "yes", "no", "unsure" };
static const enum sys_opt_text screen_titles[3] = {
	SYS_OPT_SCREEN_YES, SYS_OPT_SCREEN_NO, SYS_OPT_SCREEN_UNSURE
};

/*
 * The screening question for worry, as crisis lines ask it: "Denk je eraan
 * om jezelf iets aan te doen of dood te willen?" Ja / Nee / Weet ik niet.
 * The entry point for every worry signal: the lexicon's worry lines today,
 * a learned model's middle band later (a crisis_hit with CRISIS_NONE and
 * CRISIS_ASPECT_WORRY). 1 if asked; 0 when the flowset has no screening
 * texts or the conversation is not with the bot.
 */
static int
screen_ask(struct ectx *x)
{
	if (!x->fs->fs_has_opt[SYS_OPT_SCREEN_QUESTION] || x->status != CONV_BOT ||
	    phase_handed_over(x->phase) || x->phase == ENG_STOPPED)
		return 0;
	if (x->phase != ENG_SCREENING) {
		story_keep(x);
		x->ret = phase_in_flow(x->phase) ? x->phase : ENG_IDLE;
	}
	text_language(x);
	log_info("crisis_screen conv=%s", x->cv->cv_pseudonym);
	say_three(x, SYS_OPT_SCREEN_QUESTION, screen_ids, screen_titles);
	set_phase(x, ENG_SCREENING);
	x->last = x->now;
	return 1;
}

/*
 * The answer to the screening question: yes or unsure, the crisis answer;
 * no, back. Any other answer counts as unsure, as crisis lines count it:
 * after "are you thinking about hurting yourself?", "al gedaan", "2
 * strips" or "vanavond" is no "no".
 */
static void
handle_screening(struct ectx *x, const char *raw, const char *norm)
{
	struct crisis_hit hit;
	int c = pick_three(x, screen_ids, screen_titles, raw, norm), yn, other = 0;

	if (c < 0) {
		yn = match_yes_no(x->fs, NULL, raw, norm);
		c = yn == 1 ? 0 : yn == 0 ? 1 : 2;
		other = c == 2;
	}
	log_info("crisis_screen_answer conv=%s answer=%s%s", x->cv->cv_pseudonym, screen_ids[c],
	    other ? " other" : "");
	if (c == 1) {
		say_opt(x, SYS_OPT_SCREEN_NO_ANSWER);
		go_back(x);
		return;
	}
	memset(&hit, 0, sizeof(hit));
	hit.ch_category = CRISIS_SUICIDE;
	hit.ch_categories = CRISIS_BIT(CRISIS_SUICIDE);
	hit.ch_name = crisis_category_name(CRISIS_SUICIDE);
	handle_crisis(x, &hit);
}

/*
 * Crisis words told as past or negated ("in die tijd deed hij een
 * zelfmoordpoging", "ze heeft me nooit geslagen") while the bot waits in a
 * flow, or as a first message that says it is over now (the lexicon's
 * resolved marker: "vroeger sneed ik, nu gaat het goed"): the numbers and
 * "is this happening now?" instead of an immediate handover; a story keeps
 * the message, and after "no" a first message goes on to the welcome. A
 * first message with past words alone ("vroeger wilde ik al dood, nu nog
 * steeds"), taken pills and acute danger keep the immediate answer (112
 * first). 1 if asked.
 */
static int
step_past(struct ectx *x, const struct crisis_hit *hit)
{
	int first = x->cv->cv_new && x->phase == ENG_IDLE;

	if (!(hit->ch_aspects & (first ? CRISIS_ASPECT_RESOLVED : CRISIS_ASPECT_PAST)) ||
	    (hit->ch_aspects & CRISIS_ASPECT_INGESTED) ||
	    !x->fs->fs_has_opt[SYS_OPT_CRISIS_PAST] || x->status != CONV_BOT ||
	    (first ? (hit->ch_categories & CRISIS_BIT(CRISIS_DANGER)) != 0 :
	    x->cv->cv_new || !phase_in_flow(x->phase)))
		return 0;
	story_keep(x);
	text_language(x);
	log_info("crisis_hit conv=%s category=%s line=%d status=bot past=1", x->cv->cv_pseudonym,
	    crisis_category_name(hit->ch_category), hit->ch_line);
	x->ret = x->phase;
	x->past_cats = hit->ch_categories;
	x->past_aspects = hit->ch_aspects;
	say_yes_no_text(x, &x->fs->fs_opt_texts[SYS_OPT_CRISIS_PAST]);
	set_phase(x, ENG_CONFIRM_NOW);
	x->last = x->now;
	return 1;
}

/* "Is this happening now?": yes, the crisis answer and CIT; no, thanks and on. */
static void
handle_confirm_now(struct ectx *x, const char *raw, const char *norm)
{
	struct crisis_hit hit;
	int yn = match_yes_no(x->fs, x->in->in_choice_id, raw, norm), c;

	if (yn == -1) {
		story_keep(x);
		say_yes_no_text(x, &x->fs->fs_opt_texts[SYS_OPT_CRISIS_PAST]);
		return;
	}
	if (yn == 0) {
		/* A first message has no "where they were": the welcome follows. */
		say_opt(x, !phase_in_flow(x->ret) && x->fs->fs_has_opt[SYS_OPT_CRISIS_PAST_WELCOME] ?
		    SYS_OPT_CRISIS_PAST_WELCOME : SYS_OPT_CRISIS_PAST_GO_ON);
		go_back(x);
		return;
	}
	memset(&hit, 0, sizeof(hit));
	hit.ch_categories = x->past_cats & CRISIS_ALL;
	hit.ch_aspects = x->past_aspects & ~CRISIS_ASPECT_MARKERS;
	hit.ch_category = CRISIS_DANGER;
	for (c = CRISIS_NCATEGORIES - 1; c > CRISIS_NONE; c--)
		if (hit.ch_categories & CRISIS_BIT(c))
			hit.ch_category = (enum crisis_category)c;
	hit.ch_name = crisis_category_name(hit.ch_category);
	handle_crisis(x, &hit);
}

/* "Stop your story?": yes does the command (menu or stop); no, the story goes on. */
static void
handle_confirm_story_leave(struct ectx *x, const char *raw, const char *norm)
{
	if (match_yes_no(x->fs, x->in->in_choice_id, raw, norm) != 1) {
		say_opt(x, SYS_OPT_STORY_LEAVE_STAY);
		set_phase(x, ENG_IN_STORY);
		return;
	}
	if (x->leave_stop) {
		(void)add_action(x, ACT_OPTOUT);
		say_sys(x, SYS_STOPPED);
		set_phase(x, ENG_STOPPED);
		return;
	}
	run_entry(x);
}

/* Three misunderstandings: a person (JIP), the menu, or help now (CIT). */
static void
handle_strike_choice(struct ectx *x, const char *raw, const char *norm)
{
	switch (pick_three(x, strike_ids, strike_titles, raw, norm)) {
	case 1:
		run_entry(x);
		break;
	case 2:
		say_opt(x, SYS_OPT_STRIKES_HELP_NOW);
		handover(x, "CIT", 10, NULL, "help_now", NULL, 0, CRISIS_NONE);
		break;
	default:	/* a person, or still not understood: never stuck */
		say_sys(x, SYS_THREE_STRIKES);
		handover(x, "JIP", 1, NULL, "three_strikes", NULL, 0, CRISIS_NONE);
		break;
	}
}

/* Kept without an answer: system events, orders, other interactive answers. */
static int
is_silent(enum msg_kind k)
{
	return k == MSG_SYSTEM || k == MSG_ORDER || k == MSG_INTERACTIVE;
}

static int
is_media(enum msg_kind k)
{
	return k != MSG_TEXT && k != MSG_BUTTON && k != MSG_LIST && k != MSG_REACTION &&
	    k != MSG_REQUEST_WELCOME && !is_silent(k);
}

/*
 * The person opened the chat for the first time: the welcome, as for a
 * first message, but only to a conversation that has not begun (else 1:
 * nothing to say).
 */
static int
step_request_welcome(struct ectx *x)
{
	return x->in->in_kind == MSG_REQUEST_WELCOME &&
	    (x->status != CONV_BOT || x->phase != ENG_IDLE);
}

int
engine_crisis_words(const struct crisis_lexicon *lex, const struct inbound *in,
    struct crisis_hit *hit)
{
	/*
	 * A tapped button or list row carries our own title as its text: that
	 * is a choice, not the young person's words; a reaction is an emoji.
	 */
	if (lex == NULL || in->in_text == NULL || in->in_kind == MSG_REACTION ||
	    in->in_kind == MSG_BUTTON || in->in_kind == MSG_LIST)
		return 0;
	return crisis_match(lex, in->in_text, hit) == 1;
}

enum crisis_band
engine_crisis_assess(const struct engine_env *env, const struct inbound *in,
    struct crisis_assessment *a)
{
	memset(a, 0, sizeof(*a));
	a->ca_hit.ch_name = crisis_category_name(CRISIS_NONE);
	/* As engine_crisis_words: the young person's own words only. */
	if ((env->ee_lexicon == NULL && env->ee_model == NULL) || in->in_text == NULL ||
	    in->in_kind == MSG_REACTION || in->in_kind == MSG_BUTTON || in->in_kind == MSG_LIST)
		return CRISIS_BAND_NONE;
	return crisis_assess(env->ee_lexicon, env->ee_model, in->in_text, a);
}

/*
 * Start afresh at the entry flow: no variables, no node. The caller says
 * what comes first (welcome back, restart) and sets the status.
 */
static void
restart_entry(struct ectx *x)
{
	json_object_clear(x->vars);
	set_phase(x, ENG_IDLE);
	engine_enter(x, -1, -1);
	x->last = x->now;
	run_entry(x);
}

/*
 * 1 when the text is exactly the title of a choice of the menu waiting for
 * an answer (in any language). Not its keywords: those are words a young
 * person types ("gevaar", "slecht").
 */
static int
menu_choice_typed(const struct ectx *x, const char *norm)
{
	const struct flow_node *fn = cur_node(x);
	size_t i;

	if (x->phase != ENG_AT_MENU || fn == NULL || fn->fn_type != NODE_MENU || *norm == '\0')
		return 0;
	for (i = 0; i < fn->fn_nchoices; i++)
		if (choice_title_is(x, &fn->fn_choices[i], norm))
			return 1;
	return 0;
}

/*
 * (1) Crisis words, from any state: 1 if handled. Worry without a crisis
 * (the lexicon's worry lines, or the model's middle band) asks the
 * screening question; past or negated words in a flow ask whether it is
 * happening now (also when the model scored the message: the lexicon's
 * past marker stays in the hit). The model's bands are logged by category
 * and band only (docs/crisis-lexicon.md "Score bands").
 */
static int
step_crisis(struct ectx *x, const char *norm)
{
	struct crisis_assessment a;
	enum crisis_band band = engine_crisis_assess(x->env, x->in, &a);

	/*
	 * A menu's own choice typed back (WhatsApp sends a tapped row's title
	 * as text) is a choice, not the young person's words: the model's
	 * score does not count there, the lexicon's still does.
	 */
	if (band != CRISIS_BAND_NONE && !a.ca_lexicon && menu_choice_typed(x, norm)) {
		log_debug("crisis_model conv=%s category=%s band=%s choice", x->cv->cv_pseudonym,
		    a.ca_hit.ch_name, crisis_band_name(band));
		band = CRISIS_BAND_NONE;
	}
	/* Asked already: crisis words in the answer are the crisis answer. */
	if (a.ca_demoted && x->phase == ENG_SCREENING) {
		a.ca_demoted = 0;
		band = CRISIS_BAND_CRISIS;
	}
	if (a.ca_demoted)
		log_info("crisis_model conv=%s category=%s band=%s line=%d demoted", x->cv->cv_pseudonym,
		    a.ca_hit.ch_name, crisis_band_name(band), a.ca_hit.ch_line);
	else if (band != CRISIS_BAND_NONE && !a.ca_lexicon)
		log_info("crisis_model conv=%s category=%s band=%s", x->cv->cv_pseudonym,
		    a.ca_hit.ch_name, crisis_band_name(band));
	if (band != CRISIS_BAND_CRISIS)
		return ((a.ca_hit.ch_aspects & CRISIS_ASPECT_WORRY) || band == CRISIS_BAND_WORRY) &&
		    x->phase != ENG_SCREENING && screen_ask(x);
	if (step_past(x, &a.ca_hit))
		return 1;
	handle_crisis(x, &a.ca_hit);
	/*
	 * A message with withdraw words may match the lexicon too: the
	 * crisis answer and the handover stand, and the
	 * withdrawal is recorded all the same, without a cheerful "that's
	 * fine" after the crisis numbers.
	 */
	(void)handle_withdraw(x, norm, 1);
	if (x->status != CONV_ASSIGNED)
		x->last = x->now;
	return 1;
}

/*
 * Queued: the commands keep working (stop and menu ask whether to leave
 * the queue, delete, help and language as always); anything else gets
 * the wait line, at most once every CONSOLE_WAIT_REPEAT_MS.
 */
static int
queued_command(struct ectx *x, const char *norm)
{
	const struct flowset *fs = x->fs;

	if (x->in->in_kind != MSG_TEXT || *norm == '\0')
		return 0;
	if (x->in->in_channel == CHANNEL_SMS && sms_optout_word(norm)) {
		/* Twilio blocks every send from now on: no one can answer them. */
		(void)add_action(x, ACT_OPTOUT);
		leave_queue(x);
		set_phase(x, ENG_STOPPED);
		engine_enter(x, -1, -1);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_STOP], norm)) {
		say_yes_no(x, SYS_QUEUE_STOP_CONFIRM);
		set_phase(x, ENG_CONFIRM_LEAVE);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_MENU], norm) ||
	    flow_words_has(&fs->fs_commands[CMD_START], norm)) {
		say_yes_no(x, SYS_QUEUE_MENU_CONFIRM);
		set_phase(x, ENG_CONFIRM_LEAVE_MENU);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_HELP], norm)) {
		say_sys(x, SYS_HELP);
		repeat_current(x);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_LANGUAGE], norm)) {
		say_languages(x);
		set_phase(x, ENG_PICK_LANGUAGE);
		return 1;
	}
	if (flow_words_has(&fs->fs_commands[CMD_DELETE], norm)) {
		say_yes_no(x, SYS_DELETE_CONFIRM);
		set_phase(x, ENG_CONFIRM_DELETE);
		return 1;
	}
	if (handle_withdraw(x, norm, 0))
		return 1;
	return 0;
}

/* Queued, "stop" or "menu" asked: yes leaves the queue; anything else stays. */
static void
handle_confirm_leave(struct ectx *x, const char *raw, const char *norm)
{
	int menu = x->phase == ENG_CONFIRM_LEAVE_MENU;

	if (match_yes_no(x->fs, x->in->in_choice_id, raw, norm) != 1) {
		say_sys(x, SYS_QUEUE_STAY);
		set_phase(x, ENG_QUEUED);
		return;
	}
	leave_queue(x);
	if (menu) {
		restart_entry(x);
		return;
	}
	say_sys(x, SYS_QUEUE_LEFT);
	json_object_clear(x->vars);
	set_phase(x, ENG_IDLE);
	engine_enter(x, -1, -1);
}

static void handle_confirm_delete(struct ectx *, const char *, const char *);

/* One message of a queued conversation. */
static void
step_queued(struct ectx *x, const char *raw, const char *norm)
{
	switch (x->phase) {
	case ENG_CONFIRM_LEAVE:
	case ENG_CONFIRM_LEAVE_MENU:
		handle_confirm_leave(x, raw, norm);
		return;
	case ENG_CONFIRM_DELETE:
		handle_confirm_delete(x, raw, norm);
		return;
	case ENG_PICK_LANGUAGE:
		handle_pick_language(x, raw, norm);
		return;
	default:
		break;
	}
	set_phase(x, ENG_QUEUED);
	if (!queued_command(x, norm))
		wait_line(x, 0);
}

/*
 * (2) Not with the bot: assigned, silent (a question the bot asked is
 * dropped); queued, step_queued; handed back by a counsellor (status bot
 * in a handed-over phase) or closed, start afresh at the menu. 1 if
 * handled.
 */
static int
step_status(struct ectx *x, const char *raw, const char *norm)
{
	if (x->status == CONV_ASSIGNED) {
		if (x->phase != ENG_QUEUED)
			set_phase(x, ENG_QUEUED);
		return 1;
	}
	if (x->status == CONV_QUEUED) {
		x->last = x->now;
		step_queued(x, raw, norm);
		return 1;
	}
	if (x->status != CONV_CLOSED && !phase_handed_over(x->phase))
		return 0;
	x->status = CONV_BOT;
	x->team[0] = '\0';
	x->priority = 0;
	x->qw = 0;
	if (phase_handed_over(x->phase))
		say_sys(x, SYS_BACK_TO_BOT);
	restart_entry(x);
	return 1;
}

/* (3) Stopped: silent until the contact writes again (a second "stop" too). 1 if handled. */
static int
step_stopped(struct ectx *x, const char *norm)
{
	if (x->phase != ENG_STOPPED)
		return 0;
	if (x->in->in_kind == MSG_TEXT && flow_words_has(&x->fs->fs_commands[CMD_STOP], norm))
		return 1;
	(void)add_action(x, ACT_OPTIN);
	say_sys(x, SYS_RESTART);
	restart_entry(x);
	return 1;
}

/* (3) Expiry: the current flow's expire_minutes of silence start it afresh. 1 if handled. */
static int
step_expired(struct ectx *x)
{
	const struct flow *fl;

	if (x->phase == ENG_IDLE || x->flow < 0)
		return 0;
	fl = &x->fs->fs_flows[x->flow];
	if (x->now - x->last <= (int64_t)fl->fl_expire_minutes * 60000)
		return 0;
	log_debug("engine_expired conv=%s flow=%s idle_s=%lld", x->cv->cv_pseudonym,
	    fl->fl_id, (long long)((x->now - x->last) / 1000));
	say_sys(x, SYS_WELCOME_BACK);
	restart_entry(x);
	return 1;
}

/* (5) Photos, voice notes...: text only, and the question again. 1 if handled. */
static int
step_media(struct ectx *x)
{
	if (!is_media(x->in->in_kind))
		return 0;
	say_sys(x, SYS_TEXT_ONLY);
	repeat_current(x);
	return 1;
}

static void
handle_confirm_stop(struct ectx *x, const char *raw, const char *norm)
{
	if (match_yes_no(x->fs, x->in->in_choice_id, raw, norm) == 1) {
		(void)add_action(x, ACT_OPTOUT);
		say_sys(x, SYS_STOPPED);
		set_phase(x, ENG_STOPPED);
	} else {
		repeat_current(x);
	}
}

static void
handle_confirm_delete(struct ectx *x, const char *raw, const char *norm)
{
	if (match_yes_no(x->fs, x->in->in_choice_id, raw, norm) == 1) {
		(void)add_action(x, ACT_ERASE);
		say_sys(x, SYS_DELETE_DONE);
		close_conversation(x);
	} else {
		say_sys(x, SYS_DELETE_CANCEL);
		repeat_current(x);
	}
}

/* (6) The answer to what the conversation waits for. */
static void
step_answer(struct ectx *x, const char *raw, const char *norm)
{
	const struct flow_node *fn = cur_node(x);

	switch (x->phase) {
	case ENG_CONFIRM_STOP:
		handle_confirm_stop(x, raw, norm);
		break;
	case ENG_CONFIRM_DELETE:
		handle_confirm_delete(x, raw, norm);
		break;
	case ENG_PICK_LANGUAGE:
		handle_pick_language(x, raw, norm);
		break;
	case ENG_AT_MENU:
		handle_menu(x, fn, raw, norm);
		break;
	case ENG_ASKING:
		handle_ask(x, fn, raw, norm);
		break;
	case ENG_IN_STORY:
		handle_story(x, fn, raw, norm);
		break;
	case ENG_SCREENING:
		handle_screening(x, raw, norm);
		break;
	case ENG_CONFIRM_NOW:
		handle_confirm_now(x, raw, norm);
		break;
	case ENG_CONFIRM_STORY_LEAVE:
		handle_confirm_story_leave(x, raw, norm);
		break;
	case ENG_STRIKE_CHOICE:
		handle_strike_choice(x, raw, norm);
		break;
	default:
		run_entry(x);
		break;
	}
}

/* A first message in English (Arabic, Turkish, Polish) gets the welcome in that language. */
static void
first_language(struct ectx *x)
{
	if (x->cv->cv_new && x->phase == ENG_IDLE && x->in->in_kind == MSG_TEXT)
		text_language(x);
}

/*
 * The step proper, on a loaded context, in the order engine.h gives:
 * crisis (after which a reaction, a silent kind and a late request for
 * the welcome are ignored), the status, stopped or
 * expired; then, with this message's time as the last one heard, global
 * commands, non-text input, and the answer.
 */
static void
step(struct ectx *x)
{
	char *raw = match_trim(x->in->in_text);
	char *norm = flow_normalise(raw);

	if (step_crisis(x, norm) || x->in->in_kind == MSG_REACTION || is_silent(x->in->in_kind) ||
	    step_request_welcome(x) || step_status(x, raw, norm) || step_stopped(x, norm) ||
	    step_expired(x))
		goto done;
	x->last = x->now;
	first_language(x);
	if (handle_command(x, norm) || step_media(x))
		goto done;
	step_answer(x, raw, norm);
done:
	free(raw);
	free(norm);
}

static int
str_differs(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a != b;
	return strcmp(a, b) != 0;
}

/* Set up x for one step on cv (state loaded). */
static void
ctx_init(struct ectx *x, const struct engine_env *env, struct conversation *cv,
    const struct inbound *in, int64_t now_ms, struct engine_out *out)
{
	memset(x, 0, sizeof(*x));
	x->env = env;
	x->fs = env->ee_flows;
	x->cv = cv;
	x->in = in;
	x->now = now_ms;
	x->out = out;
	x->lang = flow_lang_find(x->fs, cv->cv_lang);
	if (x->lang < 0)
		x->lang = x->fs->fs_default_lang;
	x->status = cv->cv_status;
	if (cv->cv_team != NULL)
		util_strlcpy(x->team, cv->cv_team, sizeof(x->team));
	x->priority = cv->cv_priority;
	x->text_team = x->team;
	state_load(x, cv->cv_new ? NULL : cv->cv_state);
}

/* Write x back into cv; out->eo_changed says whether anything changed. */
static void
ctx_finish(struct ectx *x)
{
	struct conversation *cv = x->cv;
	const char *newlang;
	char *state;
	int changed = 0;

	state = state_dump(x);
	if (str_differs(state, cv->cv_state)) {
		free(cv->cv_state);
		cv->cv_state = state;
		changed = 1;
	} else {
		free(state);
	}
	if (x->status != cv->cv_status) {
		cv->cv_status = x->status;
		changed = 1;
	}
	if (str_differs(x->team[0] ? x->team : NULL, cv->cv_team)) {
		free(cv->cv_team);
		cv->cv_team = x->team[0] ? xstrdup(x->team) : NULL;
		changed = 1;
	}
	if (x->priority != cv->cv_priority) {
		cv->cv_priority = x->priority;
		changed = 1;
	}
	newlang = x->fs->fs_langs[x->lang];
	if (str_differs(newlang, cv->cv_lang)) {
		free(cv->cv_lang);
		cv->cv_lang = xstrdup(newlang);
		changed = 1;
	}
	x->out->eo_changed = changed;
	x->out->eo_phase = x->phase;
	json_decref(x->vars);
	x->vars = NULL;
}

int
engine_step(const struct engine_env *env, struct conversation *cv, const struct inbound *in,
    int64_t now_ms, struct engine_out *out)
{
	struct ectx x;

	memset(out, 0, sizeof(*out));
	if (env == NULL || env->ee_flows == NULL || env->ee_flows->fs_entry_flow < 0)
		return -1;
	ctx_init(&x, env, cv, in, now_ms, out);
	step(&x);
	ctx_finish(&x);
	return 0;
}

int
engine_start_flow(const struct engine_env *env, struct conversation *cv, const char *flow,
    int64_t now_ms, struct engine_out *out)
{
	struct inbound none;
	struct ectx x;
	int f;

	memset(out, 0, sizeof(*out));
	if (env == NULL || env->ee_flows == NULL || env->ee_flows->fs_entry_flow < 0)
		return -1;
	if ((f = flow_find(env->ee_flows, flow)) == -1)
		return -1;
	memset(&none, 0, sizeof(none));
	none.in_kind = MSG_UNKNOWN;
	ctx_init(&x, env, cv, &none, now_ms, out);
	if (x.status != CONV_BOT || x.phase == ENG_STOPPED || x.phase == ENG_CONFIRM_STOP ||
	    x.phase == ENG_CONFIRM_DELETE) {
		out->eo_phase = x.phase;
		json_decref(x.vars);
		return 1;
	}
	log_debug("engine_start conv=%s flow=%s", cv->cv_pseudonym, flow);
	x.last = now_ms;
	x.strikes = 0;
	run(&x, f, env->ee_flows->fs_flows[f].fl_start);
	ctx_finish(&x);
	return 0;
}

char *
engine_system_reply(const struct engine_env *env, enum sys_text t, const char *lang,
    const char *team)
{
	struct conversation cv;
	struct engine_out out;
	struct inbound none;
	struct ectx x;
	json_t *o;
	char *s;

	if (env == NULL || env->ee_flows == NULL || (size_t)t >= SYS_NTEXTS)
		return NULL;
	memset(&cv, 0, sizeof(cv));
	memset(&out, 0, sizeof(out));
	memset(&none, 0, sizeof(none));
	util_strlcpy(cv.cv_pseudonym, "-", sizeof(cv.cv_pseudonym));
	cv.cv_lang = (char *)(uintptr_t)lang;
	cv.cv_team = (char *)(uintptr_t)team;
	cv.cv_queue_ahead = -1;
	cv.cv_queue_wait_s = -1;
	ctx_init(&x, env, &cv, &none, 0, &out);
	o = reply_obj(&x, &env->ee_flows->fs_texts[t]);
	s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	json_decref(x.vars);
	if (s == NULL)
		abort();	/* jansson fails here only without memory */
	return s;
}
