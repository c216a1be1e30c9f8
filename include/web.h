/*
 * web.h — the counsellors' web console: the static files of [console]
 * web_dir (web/ in the source tree), read once at start-up and served at
 * /console/ with a strict Content-Security-Policy, ETag and
 * Cache-Control. /console answers with a redirect to /console/. Only the
 * files read at start-up are ever served: a request names one of them or
 * gets 404, so no path can reach outside the directory.
 *
 * Threads: the site is read-only after web_load; any thread may serve it.
 */
#ifndef WEB_H
#define WEB_H

#include <stddef.h>
#include "request.h"
#include "util.h"

struct config;
struct web_site;

/*
 * Read the console's files: [console] web_dir when it is set (a missing or
 * unreadable directory is then an error), else ./web when it holds an
 * index.html, else PRAATPAAL_DATADIR/web; when neither exists, a site
 * without files (every /console/ request is 404) and a warning. Files
 * with a name or type the console does not use are skipped. NULL with err
 * filled when a file cannot be read or a WEB_* limit is passed. The
 * caller frees the site with web_free.
 */
struct web_site	*web_load(const struct config *, char *err, size_t errlen);
void		 web_free(struct web_site *);
/* Files the site serves (0: the console is off). */
size_t		 web_count(const struct web_site *);
/* The directory the files were read from, or NULL. */
const char	*web_dir(const struct web_site *);

extern const struct handler	web_console_handler;	/* /console/... */
extern const struct handler	web_redirect_handler;	/* /console -> /console/ */

#endif
