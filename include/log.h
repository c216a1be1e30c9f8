/*
 * log.h — one line per event on stderr.
 *
 * Line format, [log] format = text (logfmt):
 *   ts=2026-11-22T10:40:11.123Z level=info rid=3f2a... <event> k=v ...
 * and [log] format = json, the same fields as one JSON object a line:
 *   {"ts":"...","level":"info","rid":"3f2a...","event":"<event>","k":"v",...}
 * Under systemd with stderr connected to the journal (JOURNAL_STREAM names
 * our stderr), each line starts with the syslog priority, "<6>", which
 * journald takes as the entry's level and removes.
 *
 * Never log a phone number, a name or message text: use the contact's
 * pseudonym (conv=<16 hex>) as the correlation key. A thread may carry a
 * context (log_ctx_*): the request id of the HTTP request it serves and
 * the pseudonym of the conversation it works on; every line it logs then
 * carries rid= and conv= (unless the message has its own conv=).
 * Thread-safe: each line is written with one write(2).
 */
#ifndef LOG_H
#define LOG_H

enum log_level { LOGL_DEBUG, LOGL_INFO, LOGL_WARN, LOGL_ERROR };
enum log_format { LOG_FORMAT_TEXT, LOG_FORMAT_JSON };

void	log_set_level(enum log_level);
/* "debug", "info", "warn", "error": 0, or -1 if unknown. */
int	log_parse_level(const char *, enum log_level *);
void	log_set_format(enum log_format);
/* "text", "json": 0, or -1 if unknown. */
int	log_parse_format(const char *, enum log_format *);
/*
 * Look at the environment once at start-up: JOURNAL_STREAM naming stderr
 * turns on the "<N>" priority prefixes.
 */
void	log_init(void);
void	log_msg(enum log_level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * The calling thread's context: a request id (NULL clears it) and a
 * conversation pseudonym (NULL clears it); values are copied, cut to
 * LOG_RID_MAX / LOG_CONV_MAX bytes. log_ctx_clear clears both.
 */
void	log_ctx_set_rid(const char *rid);
void	log_ctx_set_conv(const char *conv);
void	log_ctx_clear(void);
/* The thread's request id, "" when none. */
const char *log_ctx_rid(void);

#define log_debug(...)	log_msg(LOGL_DEBUG, __VA_ARGS__)
#define log_info(...)	log_msg(LOGL_INFO, __VA_ARGS__)
#define log_warn(...)	log_msg(LOGL_WARN, __VA_ARGS__)
#define log_error(...)	log_msg(LOGL_ERROR, __VA_ARGS__)

#endif
