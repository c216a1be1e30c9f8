/*
 * dialogue.c — the flow engine as the daemon runs it.
 *
 * Holds one loaded set (flows, crisis lexicon, team hours) behind a
 * read-write lock: workers step conversations under the read lock, a
 * SIGHUP reload loads a complete new set without the lock, then swaps it
 * in under the write lock and frees the old one. A set that fails to load
 * never replaces a working one.
 */
#include <pthread.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "crisis.h"
#include "crisis_model.h"
#include "dialogue.h"
#include "flow.h"
#include "log.h"

struct dialogue_set {
	struct flowset		*ds_flows;
	struct crisis_lexicon	*ds_lexicon;
	struct crisis_model	*ds_model;	/* NULL: [flows] model is empty */
	struct team_hours	 ds_hours[3];
	struct engine_env	 ds_env;
};

struct dialogue {
	pthread_rwlock_t	 dg_lock;
	struct dialogue_set	*dg_set;	/* guarded by dg_lock */
};

static void
dialogue_set_free(struct dialogue_set *ds)
{
	if (ds == NULL)
		return;
	flowset_free(ds->ds_flows);
	crisis_free(ds->ds_lexicon);
	crisis_model_free(ds->ds_model);
	free(ds);
}

/* Parse value of [teams] key for team into h; errors to errs. */
static int
dialogue_hours(const char *key, const char *team, const char *value, struct team_hours *h,
    struct buf *errs)
{
	char	 spec[512], err[256];

	if (snprintf(spec, sizeof(spec), "%s=%s", team, value != NULL ? value : "") >=
	    (int)sizeof(spec))
		util_strlcpy(err, "too long", sizeof(err));
	else if (calendar_hours_parse(spec, h, err, sizeof(err)) == 0)
		return 0;
	if (buf_printf(errs, "teams.%s: %s\n", key, err) == -1)
		log_error("teams.%s: %s", key, err);	/* errs full */
	return -1;
}

static struct dialogue_set *
dialogue_set_load(const struct config *cfg, struct buf *errs)
{
	struct dialogue_set	*ds = xcalloc(1, sizeof(*ds));
	char			 err[512];
	int			 bad = 0;

	if (flow_load_dir(cfg->flows_dir, &ds->ds_flows, errs) == -1)
		bad = 1;
	if (crisis_load(cfg->flows_lexicon, &ds->ds_lexicon, err, sizeof(err)) == -1) {
		if (buf_printf(errs, "%s\n", err) == -1)
			log_error("%s", err);	/* errs full */
		bad = 1;
	}
	if (cfg->flows_model != NULL &&
	    crisis_model_load(cfg->flows_model, &ds->ds_model, err, sizeof(err)) == -1) {
		if (buf_printf(errs, "%s\n", err) == -1)
			log_error("%s", err);	/* errs full */
		bad = 1;
	}
	bad |= dialogue_hours("jip_hours", "JIP", cfg->team_jip_hours, &ds->ds_hours[0], errs) == -1;
	bad |= dialogue_hours("jit_hours", "JIT", cfg->team_jit_hours, &ds->ds_hours[1], errs) == -1;
	bad |= dialogue_hours("cit_hours", "CIT", cfg->team_cit_hours, &ds->ds_hours[2], errs) == -1;
	if (bad) {
		dialogue_set_free(ds);
		return NULL;
	}
	ds->ds_env.ee_flows = ds->ds_flows;
	ds->ds_env.ee_lexicon = ds->ds_lexicon;
	ds->ds_env.ee_model = ds->ds_model;
	ds->ds_env.ee_hours = ds->ds_hours;
	ds->ds_env.ee_nhours = NELEM(ds->ds_hours);
	return ds;
}

struct dialogue *
dialogue_load(const struct config *cfg, struct buf *errs)
{
	struct dialogue_set	*ds = dialogue_set_load(cfg, errs);
	struct dialogue		*dg;

	if (ds == NULL)
		return NULL;
	dg = xcalloc(1, sizeof(*dg));
	pthread_rwlock_init(&dg->dg_lock, NULL);
	dg->dg_set = ds;
	return dg;
}

int
dialogue_reload(struct dialogue *dg, const struct config *cfg, struct buf *errs)
{
	struct dialogue_set	*ds = dialogue_set_load(cfg, errs), *old;

	if (ds == NULL)
		return -1;
	pthread_rwlock_wrlock(&dg->dg_lock);
	old = dg->dg_set;
	dg->dg_set = ds;
	pthread_rwlock_unlock(&dg->dg_lock);
	dialogue_set_free(old);
	return 0;
}

void
dialogue_free(struct dialogue *dg)
{
	if (dg == NULL)
		return;
	dialogue_set_free(dg->dg_set);
	pthread_rwlock_destroy(&dg->dg_lock);
	free(dg);
}

int
dialogue_step(struct dialogue *dg, struct conversation *cv, const struct inbound *in,
    int64_t now_ms, struct engine_out *out)
{
	int	 rc;

	pthread_rwlock_rdlock(&dg->dg_lock);
	rc = engine_step(&dg->dg_set->ds_env, cv, in, now_ms, out);
	pthread_rwlock_unlock(&dg->dg_lock);
	return rc;
}

int
dialogue_start_flow(struct dialogue *dg, struct conversation *cv, const char *flow,
    int64_t now_ms, struct engine_out *out)
{
	int	 rc;

	pthread_rwlock_rdlock(&dg->dg_lock);
	rc = engine_start_flow(&dg->dg_set->ds_env, cv, flow, now_ms, out);
	pthread_rwlock_unlock(&dg->dg_lock);
	return rc;
}

int
dialogue_crisis_words(struct dialogue *dg, const struct inbound *in)
{
	struct crisis_assessment a;
	int rc;

	pthread_rwlock_rdlock(&dg->dg_lock);
	rc = dg->dg_set != NULL &&
	    engine_crisis_assess(&dg->dg_set->ds_env, in, &a) == CRISIS_BAND_CRISIS;
	pthread_rwlock_unlock(&dg->dg_lock);
	return rc;
}

char *
dialogue_system_reply(struct dialogue *dg, enum sys_text t, const char *lang, const char *team)
{
	char *s;

	pthread_rwlock_rdlock(&dg->dg_lock);
	s = engine_system_reply(&dg->dg_set->ds_env, t, lang, team);
	pthread_rwlock_unlock(&dg->dg_lock);
	return s;
}

int
dialogue_team_closed_since(struct dialogue *dg, const char *team, int64_t now_ms, int64_t *since)
{
	const struct engine_env *env;
	int64_t at = now_ms - now_ms % 60000;
	int closed = 0;

	pthread_rwlock_rdlock(&dg->dg_lock);
	env = &dg->dg_set->ds_env;
	if (!calendar_team_open(env->ee_hours, env->ee_nhours, team, now_ms)) {
		closed = 1;
		/* Minute by minute back to the last open one (hours have minutes). */
		*since = now_ms - (int64_t)CALENDAR_LOOKBACK_MIN * 60000;
		for (int i = 0; i < CALENDAR_LOOKBACK_MIN; i++, at -= 60000) {
			if (calendar_team_open(env->ee_hours, env->ee_nhours, team, at - 60000)) {
				*since = at;
				break;
			}
		}
	}
	pthread_rwlock_unlock(&dg->dg_lock);
	return closed;
}

char *
dialogue_flow_expiries(struct dialogue *dg)
{
	json_t *o = json_object();
	const struct flowset *fs;
	char *s;

	pthread_rwlock_rdlock(&dg->dg_lock);
	fs = dg->dg_set->ds_flows;
	for (size_t i = 0; fs != NULL && i < fs->fs_nflows; i++)
		json_object_set_new(o, fs->fs_flows[i].fl_id,
		    json_integer(fs->fs_flows[i].fl_expire_minutes));
	pthread_rwlock_unlock(&dg->dg_lock);
	s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return s;
}
