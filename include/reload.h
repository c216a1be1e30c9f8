/*
 * reload.h — SIGHUP: read the configuration again and hand it to the
 * subsystems that can take it while running.
 *
 * A subsystem that loads something at start that an operator may change
 * (flows, the crisis lexicon, canned responses, ...) registers a hook once
 * at start-up, before serve_run waits for signals:
 *
 *	reload_register("canned", "console.canned_dir", console_canned_reload);
 *
 * On SIGHUP the main thread reads the configuration file and the
 * environment again. When that fails, nothing changes and the reason is
 * logged (reload_failed). Otherwise each hook runs in registration order
 * with the new configuration; a hook loads its data into a new set and
 * swaps it in (requests in flight keep the set they started with), or
 * returns -1 with the reason in errs (logged as <name>_reload_failed) and
 * keeps its running set; the hooks
 * after a failed one do not run. Last the log level and format are
 * applied. Changed keys that no hook (nor the log) takes are logged as
 * needing a restart; their old values stay in force.
 *
 * Threads: reload_register during start-up only; reload_run only from the
 * main thread. Hooks run on the main thread, alongside the request and
 * worker threads, so their swap must be safe against readers.
 */
#ifndef RELOAD_H
#define RELOAD_H

#include "util.h"

struct app;
struct config;

#define RELOAD_HOOKS_MAX	16	/* hooks reload_register takes */

/*
 * Register fn under name (a static string, used in log lines); keys is a
 * static string of the "section.key" names the hook applies, separated by
 * blanks, or NULL. 0, or -1 when RELOAD_HOOKS_MAX hooks are registered.
 */
int	reload_register(const char *name, const char *keys,
	    int (*fn)(struct app *, const struct config *, struct buf *errs)) WUR;
/* Drop every hook (at stop, and for the tests). */
void	reload_reset(void);
/*
 * The SIGHUP reload of app's configuration (app->ap_cfg->cf_path). 0 when
 * every hook took the new configuration, -1 otherwise (logged).
 */
int	reload_run(struct app *app);

#endif
