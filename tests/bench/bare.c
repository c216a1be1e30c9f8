/*
 * bare.c — the HTTP floor for the benchmark (docs/performance.md).
 *
 * A libmicrohttpd server started with the daemon's threading options
 * (internal polling thread pool, poll(), the same connection limit, timeout
 * and per-connection memory) that reads each request body and answers 200
 * with an empty body, nothing else. What the load generator gets from it is
 * the most any webhook handler on this machine could be acknowledged at.
 *
 * Only 127.0.0.1. Stops on SIGINT/SIGTERM or after --max-seconds.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <microhttpd.h>

/* The daemon's values (include/praatpaal.h): HTTP_THREADS_DEFAULT,
 * HTTP_MAX_CONNECTIONS, HTTP_TIMEOUT_S, HTTP_CONN_MEMORY. */
#define BARE_THREADS_DEFAULT	4
#define BARE_MAX_CONNECTIONS	1024
#define BARE_TIMEOUT_S		30
#define BARE_CONN_MEMORY	(32 * 1024)
#define BARE_MAX_SECONDS_DEFAULT 600	/* stop by itself after this */

static volatile sig_atomic_t bare_stop;

/* Marker for "headers seen" in *con_cls (no per-request state is needed). */
static int bare_seen;

static void
bare_on_signal(int sig)
{
	(void)sig;
	bare_stop = 1;
}

static int
bare_parse_num(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	long long v;

	if (s == NULL || *s == '\0')
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* Read (and drop) the body, then answer 200 with an empty body. */
static enum MHD_Result
bare_access(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *data, size_t *data_size,
    void **con_cls)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	(void)cls;
	(void)url;
	(void)method;
	(void)version;
	(void)data;
	if (*con_cls == NULL) {
		*con_cls = &bare_seen;
		return MHD_YES;
	}
	if (*data_size > 0) {
		*data_size = 0;
		return MHD_YES;
	}
	resp = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	if (resp == NULL)
		return MHD_NO;
	ret = MHD_queue_response(conn, MHD_HTTP_OK, resp);
	MHD_destroy_response(resp);
	return ret;
}

int
main(int argc, char **argv)
{
	struct MHD_Daemon *d;
	struct sockaddr_in sa;
	struct sigaction sig;
	long long port = 0, threads = BARE_THREADS_DEFAULT, max_s = BARE_MAX_SECONDS_DEFAULT;
	unsigned int flags;
	time_t end;

	for (int i = 1; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		int bad;

		if (strcmp(argv[i], "--port") == 0)
			bad = bare_parse_num(v, 1, 65535, &port);
		else if (strcmp(argv[i], "--threads") == 0)
			bad = bare_parse_num(v, 1, 64, &threads);
		else if (strcmp(argv[i], "--max-seconds") == 0)
			bad = bare_parse_num(v, 1, 86400, &max_s);
		else {
			fprintf(stderr, "usage: bare --port P [--threads N] [--max-seconds S]\n");
			return 2;
		}
		if (bad) {
			fprintf(stderr, "bare: bad or missing value for %s\n", argv[i]);
			return 2;
		}
		i++;
	}
	if (port == 0) {
		fprintf(stderr, "usage: bare --port P [--threads N] [--max-seconds S]\n");
		return 2;
	}
	memset(&sig, 0, sizeof(sig));
	sig.sa_handler = bare_on_signal;
	sigaction(SIGINT, &sig, NULL);
	sigaction(SIGTERM, &sig, NULL);
	signal(SIGPIPE, SIG_IGN);

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	/* As the daemon (src/http.c, http_flags): poll(), not epoll. */
	flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
	flags |= MHD_is_feature_supported(MHD_FEATURE_POLL) == MHD_YES ?
	    MHD_USE_POLL : MHD_USE_AUTO;
	d = MHD_start_daemon(flags, 0, NULL, NULL, bare_access, NULL,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned int)BARE_MAX_CONNECTIONS,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)BARE_TIMEOUT_S,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)BARE_CONN_MEMORY,
	    MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned int)1,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_END);
	if (d == NULL) {
		fprintf(stderr, "bare: cannot listen on 127.0.0.1:%lld\n", port);
		return 2;
	}
	end = time(NULL) + (time_t)max_s;
	while (!bare_stop && time(NULL) < end) {
		struct timespec ts = { 0, 50 * 1000 * 1000 };

		nanosleep(&ts, NULL);
	}
	MHD_stop_daemon(d);
	return 0;
}
