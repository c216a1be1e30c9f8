/*
 * web.c — the web console's static files, served at /console/.
 *
 * At start-up web_load reads every file of the console directory whose
 * name and type it knows (web_types below) into memory, with a ceiling
 * per file, on the number of files and on their total, and builds for
 * each file two responses that every request then shares: the file (200)
 * and its "not modified" (304). A request is answered from that table
 * alone: the part of the raw request path after /console/ must be the
 * exact name of a file read (the empty name is index.html), anything else
 * is 404. Nothing is looked up on disk after start-up, so "..", encoded
 * slashes and symbolic links cannot reach outside the directory.
 *
 * Every console response carries the same strict headers (WEB_CSP and
 * friends): no inline script, nothing from other sites, no framing. The
 * HTML is revalidated on every load (Cache-Control: no-cache with an
 * ETag); scripts, styles and images may be kept WEB_MAX_AGE_S seconds.
 *
 * Locking: none; the site does not change after web_load, and MHD
 * responses may be queued from several threads at once.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <microhttpd.h>

#include "config.h"
#include "crypto.h"
#include "log.h"
#include "praatpaal.h"
#include "request.h"
#include "util.h"
#include "web.h"

#ifndef PRAATPAAL_DATADIR
#define PRAATPAAL_DATADIR	"/usr/local/share/praatpaal"	/* the Makefile sets $(PREFIX)'s */
#endif

#define WEB_PREFIX	"/console/"
#define WEB_INDEX	"index.html"
#define WEB_LOCAL_DIR	"web"		/* the source tree's console, tried first */
#define WEB_ETAG_HEX	16		/* hex chars of a file's ETag (from SHA-256 of its bytes) */
#define WEB_ETAG_MAX	(WEB_ETAG_HEX + 3)	/* the quotes and the NUL */

#define WEB_CSP \
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " \
	"connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'self'; " \
	"frame-ancestors 'none'"
#define WEB_CACHE_HTML	"no-cache"

/* A file type the console uses: its extension, Content-Type, and whether it is HTML. */
struct web_type {
	const char	*wt_ext;
	const char	*wt_mime;
	int		 wt_html;	/* revalidated on every load */
};

static const struct web_type web_types[] = {
	{ ".html", "text/html; charset=utf-8", 1 },
	{ ".css", "text/css; charset=utf-8", 0 },
	{ ".js", "text/javascript; charset=utf-8", 0 },
	{ ".json", "application/json", 0 },
	{ ".svg", "image/svg+xml", 0 },
	{ ".png", "image/png", 0 },
	{ ".ico", "image/x-icon", 0 },
	{ ".txt", "text/plain; charset=utf-8", 0 },
};

/* One file, read at start-up, with its two shared responses. */
struct web_file {
	char			 wf_name[WEB_NAME_MAX + 1];
	char			 wf_etag[WEB_ETAG_MAX];	/* "\"<hex>\"" */
	char			*wf_data;
	size_t			 wf_len;
	struct MHD_Response	*wf_ok;		/* 200 with the file */
	struct MHD_Response	*wf_same;	/* 304: the client's copy is current */
};

struct web_site {
	char			*ws_dir;	/* NULL: no console directory found */
	struct web_file		 ws_files[WEB_FILES_MAX];
	size_t			 ws_nfiles;
	struct MHD_Response	*ws_redirect;	/* /console -> /console/ */
};

static const struct web_file *web_find(const struct web_site *, const char *uri);

/* ---- loading ------------------------------------------------------------- */

/* The type of a file name (by its extension), or NULL. */
static const struct web_type *
web_type_of(const char *name)
{
	size_t i, n = strlen(name), e;

	for (i = 0; i < NELEM(web_types); i++) {
		e = strlen(web_types[i].wt_ext);
		if (n > e && strcmp(name + n - e, web_types[i].wt_ext) == 0)
			return &web_types[i];
	}
	return NULL;
}

/*
 * 1 if name can be a console file: letters, digits, '.', '-' and '_', not
 * starting with a dot, and a known type.
 */
static int
web_name_ok(const char *name)
{
	const char *p;

	if (name[0] == '\0' || name[0] == '.' || strlen(name) > WEB_NAME_MAX)
		return 0;
	for (p = name; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '.' || *p == '-' || *p == '_'))
			return 0;
	return web_type_of(name) != NULL;
}

/* The headers every console response carries. 0, or -1 when MHD refuses one. */
static int
web_add_strict(struct MHD_Response *resp)
{
	if (MHD_add_response_header(resp, "Content-Security-Policy", WEB_CSP) != MHD_YES ||
	    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff") != MHD_YES ||
	    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer") != MHD_YES ||
	    MHD_add_response_header(resp, "X-Frame-Options", "DENY") != MHD_YES ||
	    MHD_add_response_header(resp, "Cross-Origin-Opener-Policy", "same-origin") != MHD_YES)
		return -1;
	return 0;
}

/* The caching headers of a file (200 and 304 alike). 0 or -1. */
static int
web_add_cache(struct MHD_Response *resp, const struct web_file *wf, const struct web_type *wt)
{
	char cc[32];

	if (wt->wt_html)
		util_strlcpy(cc, WEB_CACHE_HTML, sizeof(cc));
	else
		snprintf(cc, sizeof(cc), "max-age=%d", WEB_MAX_AGE_S);
	if (MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, wf->wf_etag) != MHD_YES ||
	    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, cc) != MHD_YES)
		return -1;
	return 0;
}

/* Build a file's two responses. 0, or -1 with err filled. */
static int
web_file_responses(struct web_file *wf, const struct web_type *wt, char *err, size_t errlen)
{
	unsigned char sum[32];
	char hex[65];

	crypto_hmac_sha256("", 0, wf->wf_data, wf->wf_len, sum);
	crypto_hex(sum, sizeof(sum), hex);
	snprintf(wf->wf_etag, sizeof(wf->wf_etag), "\"%.*s\"", WEB_ETAG_HEX, hex);

	wf->wf_ok = MHD_create_response_from_buffer(wf->wf_len, wf->wf_data,
	    MHD_RESPMEM_PERSISTENT);
	wf->wf_same = MHD_create_response_from_buffer(0, (void *)(uintptr_t)"",
	    MHD_RESPMEM_PERSISTENT);
	if (wf->wf_ok == NULL || wf->wf_same == NULL ||
	    MHD_add_response_header(wf->wf_ok, MHD_HTTP_HEADER_CONTENT_TYPE, wt->wt_mime) != MHD_YES ||
	    web_add_strict(wf->wf_ok) == -1 || web_add_cache(wf->wf_ok, wf, wt) == -1 ||
	    web_add_strict(wf->wf_same) == -1 || web_add_cache(wf->wf_same, wf, wt) == -1) {
		snprintf(err, errlen, "console file %s: cannot build its response", wf->wf_name);
		return -1;
	}
	return 0;
}

/*
 * Read one directory entry into the site when it is a console file.
 * 0 (read, or skipped), or -1 with err filled.
 */
static int
web_load_entry(struct web_site *ws, const char *name, size_t *total, char *err, size_t errlen)
{
	struct web_file *wf;
	struct stat st;
	char *path;

	if (name[0] == '.')
		return 0;
	path = xasprintf("%s/%s", ws->ws_dir, name);
	if (lstat(path, &st) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode) || !web_name_ok(name)) {
		log_debug("console_skip file=\"%s\" reason=\"%s\"", name,
		    S_ISREG(st.st_mode) ? "name or type not served" : "not a regular file");
		free(path);
		return 0;
	}
	if (ws->ws_nfiles == WEB_FILES_MAX) {
		snprintf(err, errlen, "%s: more than WEB_FILES_MAX (%d) console files", ws->ws_dir,
		    WEB_FILES_MAX);
		goto fail;
	}
	wf = &ws->ws_files[ws->ws_nfiles];
	util_strlcpy(wf->wf_name, name, sizeof(wf->wf_name));
	if ((wf->wf_data = util_read_file(path, WEB_FILE_MAX_BYTES, &wf->wf_len, err, errlen)) == NULL)
		goto fail;
	ws->ws_nfiles++;	/* web_free frees it from here on */
	*total += wf->wf_len;
	if (*total > WEB_TOTAL_MAX_BYTES) {
		snprintf(err, errlen, "%s: console files larger than WEB_TOTAL_MAX_BYTES (%d) together",
		    ws->ws_dir, WEB_TOTAL_MAX_BYTES);
		goto fail;
	}
	if (web_file_responses(wf, web_type_of(name), err, errlen) == -1)
		goto fail;
	free(path);
	return 0;
fail:
	free(path);
	return -1;
}

/* The directory to read: the configured one, ./web, the installed one, or NULL. */
static const char *
web_pick_dir(const struct config *cfg)
{
	struct stat st;

	if (cfg->console_web_dir != NULL)
		return cfg->console_web_dir;
	if (stat(WEB_LOCAL_DIR "/" WEB_INDEX, &st) == 0 && S_ISREG(st.st_mode))
		return WEB_LOCAL_DIR;
	if (stat(PRAATPAAL_DATADIR "/web/" WEB_INDEX, &st) == 0 && S_ISREG(st.st_mode))
		return PRAATPAAL_DATADIR "/web";
	return NULL;
}

struct web_site *
web_load(const struct config *cfg, char *err, size_t errlen)
{
	struct web_site *ws;
	struct dirent *de;
	const char *dir;
	DIR *d = NULL;
	size_t total = 0;

	ws = xcalloc(1, sizeof(*ws));
	ws->ws_redirect = MHD_create_response_from_buffer(0, (void *)(uintptr_t)"",
	    MHD_RESPMEM_PERSISTENT);
	if (ws->ws_redirect == NULL || web_add_strict(ws->ws_redirect) == -1 ||
	    MHD_add_response_header(ws->ws_redirect, MHD_HTTP_HEADER_LOCATION, WEB_PREFIX) != MHD_YES) {
		snprintf(err, errlen, "console: cannot build the redirect response");
		goto fail;
	}
	if ((dir = web_pick_dir(cfg)) == NULL) {
		log_warn("console_off reason=\"no web directory: set [console] web_dir\"");
		return ws;
	}
	ws->ws_dir = xstrdup(dir);
	if ((d = opendir(dir)) == NULL) {
		snprintf(err, errlen, "[console] web_dir %s: %s", dir, strerror(errno));
		goto fail;
	}
	while ((errno = 0, de = readdir(d)) != NULL)
		if (web_load_entry(ws, de->d_name, &total, err, errlen) == -1)
			goto fail;
	if (errno != 0) {
		snprintf(err, errlen, "[console] web_dir %s: %s", dir, strerror(errno));
		goto fail;
	}
	closedir(d);
	d = NULL;
	if (web_find(ws, WEB_PREFIX) == NULL) {
		snprintf(err, errlen, "[console] web_dir %s: no " WEB_INDEX, dir);
		goto fail;
	}
	log_info("console files=%zu bytes=%zu dir=%s", ws->ws_nfiles, total, dir);
	return ws;
fail:
	if (d != NULL)
		closedir(d);
	web_free(ws);
	return NULL;
}

void
web_free(struct web_site *ws)
{
	size_t i;

	if (ws == NULL)
		return;
	for (i = 0; i < ws->ws_nfiles; i++) {
		if (ws->ws_files[i].wf_ok != NULL)
			MHD_destroy_response(ws->ws_files[i].wf_ok);
		if (ws->ws_files[i].wf_same != NULL)
			MHD_destroy_response(ws->ws_files[i].wf_same);
		free(ws->ws_files[i].wf_data);
	}
	if (ws->ws_redirect != NULL)
		MHD_destroy_response(ws->ws_redirect);
	free(ws->ws_dir);
	free(ws);
}

size_t
web_count(const struct web_site *ws)
{
	return ws != NULL ? ws->ws_nfiles : 0;
}

const char *
web_dir(const struct web_site *ws)
{
	return ws != NULL ? ws->ws_dir : NULL;
}

/* ---- serving ------------------------------------------------------------- */

/*
 * The file a raw request target names: the path after /console/ up to a
 * query, compared byte for byte with the names read (no decoding: a name
 * is plain letters, digits and dots, so an encoded one is no name).
 */
static const struct web_file *
web_find(const struct web_site *ws, const char *uri)
{
	const char *name;
	size_t n, i;

	if (ws == NULL || strncmp(uri, WEB_PREFIX, strlen(WEB_PREFIX)) != 0)
		return NULL;
	name = uri + strlen(WEB_PREFIX);
	n = strcspn(name, "?#");
	if (n == 0) {
		name = WEB_INDEX;
		n = strlen(WEB_INDEX);
	}
	for (i = 0; i < ws->ws_nfiles; i++)
		if (strlen(ws->ws_files[i].wf_name) == n &&
		    memcmp(ws->ws_files[i].wf_name, name, n) == 0)
			return &ws->ws_files[i];
	return NULL;
}

/* 1 if the client's If-None-Match names the file's current ETag. */
static int
web_not_modified(struct request *rq, const struct web_file *wf)
{
	const char *inm = request_header(rq, MHD_HTTP_HEADER_IF_NONE_MATCH);

	return inm != NULL && (strstr(inm, wf->wf_etag) != NULL || strcmp(inm, "*") == 0);
}

static enum MHD_Result
web_console(struct request *rq, const char *method)
{
	const struct web_file *wf;

	if ((wf = web_find(rq->rq_app->ap_web, rq->rq_uri)) == NULL)
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "not found");
	if (web_not_modified(rq, wf))
		return request_reply_response(rq, MHD_HTTP_NOT_MODIFIED, wf->wf_same);
	return request_reply_response(rq, MHD_HTTP_OK, wf->wf_ok);
}

static enum MHD_Result
web_redirect(struct request *rq, const char *method)
{
	if (rq->rq_app->ap_web == NULL)
		return request_reply_error(rq, MHD_HTTP_NOT_FOUND, "not found");
	return request_reply_response(rq, MHD_HTTP_MOVED_PERMANENTLY, rq->rq_app->ap_web->ws_redirect);
}

const struct handler web_console_handler = { NULL, web_console, NULL, NULL };
const struct handler web_redirect_handler = { NULL, web_redirect, NULL, NULL };
