/*
 * serve.h — the serve command: start the subsystems, run until a signal,
 * stop them in order.
 */
#ifndef SERVE_H
#define SERVE_H

#include "config.h"

/*
 * Run the daemon with cfg (the caller's; freed by the caller afterwards)
 * until SIGTERM or SIGINT. 0 after a clean stop, 1 when it cannot start
 * (an error line says why).
 */
int	serve_run(const struct config *cfg);

/* The library versions for --version and the start-up line. */
const char	*serve_mhd_version(void);
const char	*serve_curl_version(void);
const char	*serve_jansson_version(void);
/* "15.10" from PQlibVersion(); buf holds at least 16 bytes. */
const char	*serve_libpq_version(char *buf, size_t len);

#endif
