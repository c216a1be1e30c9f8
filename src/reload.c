/*
 * reload.c — the SIGHUP reload: the configuration read again and handed to
 * the registered hooks (include/reload.h), with systemd told that a reload
 * is under way (RELOADING=1, then READY=1).
 *
 * The running struct config (app->ap_cfg) is never changed: threads read
 * it without a lock. A hook copies what it needs out of the new one, which
 * is freed when reload_run returns.
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "config.h"
#include "log.h"
#include "notify.h"
#include "reload.h"

/* The keys reload_run applies itself. */
#define RELOAD_LOG_KEYS	"log.level log.format"
#define RELOAD_ERRS_MAX	(64 * 1024)	/* bytes of one reload's error lines */

struct reload_hook {
	const char	*rh_name;
	const char	*rh_keys;
	int		(*rh_fn)(struct app *, const struct config *, struct buf *);
};

static struct reload_hook reload_hooks[RELOAD_HOOKS_MAX];
static size_t reload_nhooks;

int
reload_register(const char *name, const char *keys,
    int (*fn)(struct app *, const struct config *, struct buf *))
{
	if (reload_nhooks >= RELOAD_HOOKS_MAX)
		return -1;
	reload_hooks[reload_nhooks].rh_name = name;
	reload_hooks[reload_nhooks].rh_keys = keys;
	reload_hooks[reload_nhooks].rh_fn = fn;
	reload_nhooks++;
	return 0;
}

void
reload_reset(void)
{
	reload_nhooks = 0;
}

/* 1 if the blank-separated list has key. */
static int
reload_list_has(const char *list, const char *key, size_t keylen)
{
	const char *p = list;

	while (p != NULL && *p != '\0') {
		size_t n;

		p += strspn(p, " ");
		n = strcspn(p, " ");
		if (n == keylen && strncmp(p, key, n) == 0)
			return 1;
		p += n;
	}
	return 0;
}

/* 1 if the log or a hook applies key. */
static int
reload_key_taken(const char *key, size_t keylen)
{
	size_t i;

	if (reload_list_has(RELOAD_LOG_KEYS, key, keylen))
		return 1;
	for (i = 0; i < reload_nhooks; i++)
		if (reload_list_has(reload_hooks[i].rh_keys, key, keylen))
			return 1;
	return 0;
}

/* Log each line of text as event problem="...". */
static void
reload_log_lines(const char *event, const char *text)
{
	const char *p = text != NULL ? text : "";

	while (*p != '\0') {
		size_t n = strcspn(p, "\n");

		if (n > 0)
			log_error("%s problem=\"%.*s\"", event, (int)(n > 400 ? 400 : n), p);
		p += n;
		if (*p == '\n')
			p++;
	}
}

/* Warn about each changed key nobody applies. */
static void
reload_log_restart_keys(const struct config *old, const struct config *cur)
{
	struct buf diff;
	const char *p;

	buf_init(&diff, RELOAD_ERRS_MAX);
	config_diff(old, cur, &diff);
	for (p = diff.data != NULL ? diff.data : ""; *p != '\0';) {
		size_t n = strcspn(p, "\n");

		if (n > 0 && !reload_key_taken(p, n))
			log_warn("reload needs_restart key=%.*s: the running value stays until "
			    "the daemon is restarted", (int)n, p);
		p += n;
		if (*p == '\n')
			p++;
	}
	buf_free(&diff);
}

int
reload_run(struct app *app)
{
	const struct config *old = app->ap_cfg;
	struct config cur;
	struct buf errs;
	enum log_level lvl;
	enum log_format fmt;
	size_t i;
	int rc = -1;

	notify_reloading();
	log_info("reload started config=%s", old->cf_path != NULL ? old->cf_path : "(none)");
	memset(&cur, 0, sizeof(cur));
	buf_init(&errs, RELOAD_ERRS_MAX);
	if (config_load(old->cf_path, &cur, &errs) == -1) {
		reload_log_lines("reload_failed", errs.data);
		log_error("reload_failed keeping=previous reason=\"configuration invalid\"");
		goto out;
	}
	reload_log_restart_keys(old, &cur);
	for (i = 0; i < reload_nhooks; i++) {
		buf_free(&errs);
		buf_init(&errs, RELOAD_ERRS_MAX);
		if (reload_hooks[i].rh_fn(app, &cur, &errs) == -1) {
			char event[64];

			/* "flows_reload_failed": the hook's name leads, for grep. */
			snprintf(event, sizeof(event), "%s_reload_failed", reload_hooks[i].rh_name);
			reload_log_lines(event, errs.data);
			log_error("%s keeping=previous", event);
			goto out;
		}
		log_info("reload applied hook=%s", reload_hooks[i].rh_name);
	}
	if (cur.log_level != NULL && log_parse_level(cur.log_level, &lvl) == 0)
		log_set_level(lvl);
	if (cur.log_format != NULL && log_parse_format(cur.log_format, &fmt) == 0)
		log_set_format(fmt);
	log_info("reload done hooks=%zu", reload_nhooks);
	rc = 0;
out:
	config_free(&cur);	/* also after a failed config_load: all NULL then */
	buf_free(&errs);
	notify_ready("serving");
	return rc;
}
