/*
 * log.h — one line per event on stderr.
 *
 * Line format (logfmt):  ts=2026-11-22T10:40:11.123Z level=info <event> k=v ...
 * Never log a phone number, a name or message text: use the contact's
 * pseudonym (conv=<16 hex>) as the correlation key.
 * Thread-safe: each line is written with one write(2).
 */
#ifndef LOG_H
#define LOG_H

enum log_level { LOGL_DEBUG, LOGL_INFO, LOGL_WARN, LOGL_ERROR };

void	log_set_level(enum log_level);
/* "debug", "info", "warn", "error": 0, or -1 if unknown. */
int	log_parse_level(const char *, enum log_level *);
void	log_msg(enum log_level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_debug(...)	log_msg(LOGL_DEBUG, __VA_ARGS__)
#define log_info(...)	log_msg(LOGL_INFO, __VA_ARGS__)
#define log_warn(...)	log_msg(LOGL_WARN, __VA_ARGS__)
#define log_error(...)	log_msg(LOGL_ERROR, __VA_ARGS__)

#endif
