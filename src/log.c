/*
 * log.c — one line per event on stderr, as logfmt or JSON.
 *
 *   ts=2026-11-22T10:40:11.123Z level=info rid=... <event> k=v ...
 *   {"ts":"2026-11-22T10:40:11.123Z","level":"info","event":"<event>","k":"v"}
 *
 * Callers write logfmt (log_msg's format); [log] format = json turns each
 * line into one JSON object: bare words become "event", k=v and k="v w"
 * pairs become members (digits-only values as numbers). Each line is built
 * in a stack buffer (LOG_LINE_MAX bytes; longer lines are cut and carry
 * truncated=1) and written with one write(2), so lines from different
 * threads never interleave. Newlines and other control characters inside a
 * message become spaces: one event is one line.
 *
 * The thread's context (request id, conversation pseudonym) is
 * thread-local; the level, format and journald prefix are atomics set at
 * start-up and on reload.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "praatpaal.h"

static atomic_int log_min_level = LOGL_INFO;
static atomic_int log_format = LOG_FORMAT_TEXT;
static atomic_int log_journal;		/* 1: "<N>" priority prefixes for journald */

static _Thread_local char log_rid[LOG_RID_MAX + 1];
static _Thread_local char log_conv[LOG_CONV_MAX + 1];

static const char *const log_level_names[] = {
	[LOGL_DEBUG] = "debug",
	[LOGL_INFO] = "info",
	[LOGL_WARN] = "warn",
	[LOGL_ERROR] = "error",
};

/* syslog(3) priorities, as journald reads them from "<N>". */
static const int log_level_prio[] = {
	[LOGL_DEBUG] = 7,
	[LOGL_INFO] = 6,
	[LOGL_WARN] = 4,
	[LOGL_ERROR] = 3,
};

void
log_set_level(enum log_level l)
{
	atomic_store(&log_min_level, (int)l);
}

int
log_parse_level(const char *s, enum log_level *out)
{
	size_t i;

	for (i = 0; i < sizeof(log_level_names) / sizeof(log_level_names[0]); i++) {
		if (strcmp(s, log_level_names[i]) == 0) {
			*out = (enum log_level)i;
			return 0;
		}
	}
	return -1;
}

void
log_set_format(enum log_format f)
{
	atomic_store(&log_format, (int)f);
}

int
log_parse_format(const char *s, enum log_format *out)
{
	if (strcmp(s, "text") == 0)
		*out = LOG_FORMAT_TEXT;
	else if (strcmp(s, "json") == 0)
		*out = LOG_FORMAT_JSON;
	else
		return -1;
	return 0;
}

/*
 * JOURNAL_STREAM is "device:inode" of the stream systemd connected; it
 * counts only if that is still our stderr (not a pipe a child inherited).
 */
void
log_init(void)
{
	const char *js = getenv("JOURNAL_STREAM");
	unsigned long long dev, ino;
	struct stat st;
	char tail;

	if (js == NULL || sscanf(js, "%llu:%llu%c", &dev, &ino, &tail) != 2 ||
	    fstat(STDERR_FILENO, &st) == -1)
		return;
	if ((unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino)
		atomic_store(&log_journal, 1);
}

static void
log_ctx_copy(char *dst, size_t cap, const char *src)
{
	size_t n = 0;

	if (src != NULL)
		for (; src[n] != '\0' && n < cap - 1; n++)
			dst[n] = (unsigned char)src[n] <= 0x20 || src[n] == '"' ||
			    src[n] == '\\' || src[n] == 0x7f ? '_' : src[n];
	dst[n] = '\0';
}

void
log_ctx_set_rid(const char *rid)
{
	log_ctx_copy(log_rid, sizeof(log_rid), rid);
}

void
log_ctx_set_conv(const char *conv)
{
	log_ctx_copy(log_conv, sizeof(log_conv), conv);
}

void
log_ctx_clear(void)
{
	log_rid[0] = '\0';
	log_conv[0] = '\0';
}

const char *
log_ctx_rid(void)
{
	return log_rid;
}

/* ---- building one line ---------------------------------------------------- */

/* A line under construction; cut is set once something did not fit. */
struct log_line {
	char	*ll_p;
	size_t	 ll_len, ll_cap;
	int	 ll_cut;
};

static void
line_put(struct log_line *l, const char *s, size_t n)
{
	if (l->ll_cut)
		return;
	if (n > l->ll_cap - l->ll_len) {
		n = l->ll_cap - l->ll_len;
		l->ll_cut = 1;
	}
	memcpy(l->ll_p + l->ll_len, s, n);
	l->ll_len += n;
}

static void
line_str(struct log_line *l, const char *s)
{
	line_put(l, s, strlen(s));
}

/* s[0..n) as the inside of a JSON string. */
static void
line_json(struct log_line *l, const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		if (s[i] != '"' && s[i] != '\\')
			continue;
		line_put(l, s + start, i - start);
		line_put(l, s[i] == '"' ? "\\\"" : "\\\\", 2);
		start = i + 1;
	}
	line_put(l, s + start, n - start);
}

/* 1 if s[0..n) is a JSON number as logfmt writes integers: -?(0|[1-9][0-9]*). */
static int
log_is_number(const char *s, size_t n)
{
	size_t i = 0;

	if (n > 0 && s[0] == '-')
		i = 1;
	if (i == n || n - i > 18 || (s[i] == '0' && n - i > 1))
		return 0;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/*
 * The logfmt body as JSON members: bare words joined into "event", k=v
 * and k="v w" pairs as "k":"v" (numbers unquoted).
 */
static void
log_body_json(struct log_line *l, const char *b)
{
	const char *p = b, *k, *v;
	size_t kn, vn;
	int events = 0;

	/* The event: every bare word before the first pair. */
	line_str(l, ",\"event\":\"");
	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		k = p;
		while (*p != '\0' && *p != ' ' && *p != '=')
			p++;
		if (*p == '=') {
			p = k;
			break;
		}
		if (events++ > 0)
			line_put(l, " ", 1);
		line_json(l, k, (size_t)(p - k));
	}
	line_put(l, "\"", 1);

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		k = p;
		while (*p != '\0' && *p != ' ' && *p != '=')
			p++;
		kn = (size_t)(p - k);
		if (*p != '=') {		/* a bare word among the pairs */
			line_str(l, ",\"word\":\"");
			line_json(l, k, kn);
			line_put(l, "\"", 1);
			continue;
		}
		p++;
		if (*p == '"') {
			const char *e;

			v = ++p;
			/* The closing quote is the one followed by a blank or the end. */
			for (e = p; *e != '\0'; e++)
				if (*e == '"' && (e[1] == ' ' || e[1] == '\0'))
					break;
			vn = (size_t)(e - v);
			p = *e == '"' ? e + 1 : e;
		} else {
			v = p;
			while (*p != '\0' && *p != ' ')
				p++;
			vn = (size_t)(p - v);
		}
		line_str(l, ",\"");
		line_json(l, k, kn);
		line_str(l, "\":");
		if (log_is_number(v, vn))
			line_put(l, v, vn);
		else {
			line_put(l, "\"", 1);
			line_json(l, v, vn);
			line_put(l, "\"", 1);
		}
	}
}

/* 1 if the logfmt body has its own conv= pair. */
static int
log_has_conv(const char *b)
{
	return strncmp(b, "conv=", 5) == 0 || strstr(b, " conv=") != NULL;
}

#define LOG_CUT_TEXT	" truncated=1"
#define LOG_CUT_JSON	",\"truncated\":1}"

/* Now as 2026-01-02T03:04:05.678Z (UTC, milliseconds) into ts. */
static void
log_timestamp(char *ts, size_t size)
{
	struct timespec tsp;
	struct tm tm;

	clock_gettime(CLOCK_REALTIME, &tsp);
	gmtime_r(&tsp.tv_sec, &tm);
	snprintf(ts, size, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, tsp.tv_nsec / 1000000);
}

/* A JSON line's fields and body, without its closing brace. */
static void
log_line_json(struct log_line *l, enum log_level lv, const char *ts, const char *body, int conv)
{
	line_str(l, "{\"ts\":\"");
	line_str(l, ts);
	line_str(l, "\",\"level\":\"");
	line_str(l, log_level_names[lv]);
	line_put(l, "\"", 1);
	if (log_rid[0] != '\0') {
		line_str(l, ",\"rid\":\"");
		line_str(l, log_rid);
		line_put(l, "\"", 1);
	}
	if (conv) {
		line_str(l, ",\"conv\":\"");
		line_str(l, log_conv);
		line_put(l, "\"", 1);
	}
	log_body_json(l, body);
}

/* A text line: ts=, level=, rid=, conv=, then the body as it is. */
static void
log_line_text(struct log_line *l, enum log_level lv, const char *ts, const char *body,
    size_t blen, int conv)
{
	line_str(l, "ts=");
	line_str(l, ts);
	line_str(l, " level=");
	line_str(l, log_level_names[lv]);
	if (log_rid[0] != '\0') {
		line_str(l, " rid=");
		line_str(l, log_rid);
	}
	if (conv) {
		line_str(l, " conv=");
		line_str(l, log_conv);
	}
	line_put(l, " ", 1);
	line_put(l, body, blen);
}

void
log_msg(enum log_level lv, const char *fmt, ...)
{
	char body[LOG_LINE_MAX], out[LOG_LINE_MAX + 32], ts[64];
	struct log_line l;
	va_list ap;
	size_t i, blen;
	ssize_t w;
	int n, saved_errno = errno, json, body_cut = 0, conv;

	if ((int)lv < atomic_load(&log_min_level) || (int)lv < LOGL_DEBUG ||
	    (int)lv > LOGL_ERROR)
		return;
	json = atomic_load(&log_format) == LOG_FORMAT_JSON;
	log_timestamp(ts, sizeof(ts));

	va_start(ap, fmt);
	n = vsnprintf(body, sizeof(body), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof(body)) {
		body_cut = 1;
		n = (int)sizeof(body) - 1;
	}
	blen = (size_t)n;
	for (i = 0; i < blen; i++)
		if ((unsigned char)body[i] < 0x20 || body[i] == 0x7f)
			body[i] = ' ';
	conv = log_conv[0] != '\0' && !log_has_conv(body);

	/*
	 * Room is kept for the "truncated" tail and the newline: a cut line
	 * is LOG_LINE_MAX - 1 bytes with its newline.
	 */
	l.ll_p = out;
	l.ll_len = 0;
	l.ll_cap = LOG_LINE_MAX - 2 - (json ? sizeof(LOG_CUT_JSON) : sizeof(LOG_CUT_TEXT)) + 1;
	l.ll_cut = 0;
	if (atomic_load(&log_journal)) {
		char prio[8];

		snprintf(prio, sizeof(prio), "<%d>", log_level_prio[lv]);
		line_str(&l, prio);
	}
	if (json)
		log_line_json(&l, lv, ts, body, conv);
	else
		log_line_text(&l, lv, ts, body, blen, conv);
	/* The tail goes in the room kept for it. */
	if (l.ll_cut || body_cut) {
		l.ll_cut = 0;
		l.ll_cap = sizeof(out);
		line_str(&l, json ? LOG_CUT_JSON : LOG_CUT_TEXT);
	} else if (json) {
		line_put(&l, "}", 1);
	}
	l.ll_cap = sizeof(out);
	line_put(&l, "\n", 1);

	do
		w = write(STDERR_FILENO, out, l.ll_len);
	while (w == -1 && errno == EINTR);
	errno = saved_errno;
}
