/*
 * log.c — one logfmt line per event on stderr.
 *
 *   ts=2026-11-22T10:40:11.123Z level=info <event> k=v ...
 *
 * Each line is formatted into a stack buffer (LOG_LINE_MAX bytes; longer
 * lines are cut and end in "truncated=1") and written with one write(2), so
 * lines from different threads never interleave. Newlines and other control
 * characters inside a message become spaces: one event is one line. The
 * level filter is an atomic set once at start-up.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "praatpaal.h"

static atomic_int log_min_level = LOGL_INFO;

static const char *const log_level_names[] = {
	[LOGL_DEBUG] = "debug",
	[LOGL_INFO] = "info",
	[LOGL_WARN] = "warn",
	[LOGL_ERROR] = "error",
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
log_msg(enum log_level l, const char *fmt, ...)
{
	static const char cut[] = " truncated=1\n";
	char line[LOG_LINE_MAX];
	struct timespec ts;
	struct tm tm;
	va_list ap;
	size_t off, i, hdr;
	ssize_t w;
	int n, saved_errno = errno;

	if ((int)l < atomic_load(&log_min_level) || (int)l < LOGL_DEBUG ||
	    (int)l > LOGL_ERROR)
		return;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	n = snprintf(line, sizeof(line),
	    "ts=%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ level=%s ",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000, log_level_names[l]);
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	hdr = off = (size_t)n;

	/* Keep room for the "truncated=1" tail and the newline. */
	va_start(ap, fmt);
	n = vsnprintf(line + off, sizeof(line) - off - (sizeof(cut) - 1), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof(line) - off - (sizeof(cut) - 1)) {
		off = sizeof(line) - sizeof(cut);
		memcpy(line + off, cut, sizeof(cut) - 1);
		for (i = hdr; i < off; i++)
			if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
				line[i] = ' ';
		off += sizeof(cut) - 1;
	} else {
		for (i = hdr; i < off + (size_t)n; i++)
			if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
				line[i] = ' ';
		off += (size_t)n;
		line[off++] = '\n';
	}

	do
		w = write(STDERR_FILENO, line, off);
	while (w == -1 && errno == EINTR);
	errno = saved_errno;
}
