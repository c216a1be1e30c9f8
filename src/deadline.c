/*
 * deadline.c — whole-request deadlines for the HTTP listeners, and the
 * sweep that closes the connections past theirs.
 *
 * Each open connection is a struct deadline_conn in a doubly linked list
 * behind dl_lock: added when MHD reports the connection started, removed
 * when it reports it closed. MHD calls the "closed" notification before it
 * closes the socket, so while a connection is in the list (and dl_lock
 * held) its descriptor is still that connection's. The sweep calls
 * shutdown(2) on a late connection's socket; MHD's thread then reads the
 * end of the stream and closes the connection the usual way (its request
 * context freed in the completion callback). The sweep never frees or
 * closes anything itself.
 *
 * A deadline is a monotonic time in milliseconds (0: none), set by the
 * MHD thread that runs the connection and read by the sweep, as an atomic.
 *
 * The sweep also writes the log line about refused connections: a flood
 * of connections over the limits must not become a flood of log lines.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "deadline.h"
#include "log.h"
#include "metrics.h"
#include "praatpaal.h"
#include "util.h"

/* What a connection is waiting for; the label of praatpaal_http_deadline_closed_total. */
enum deadline_phase {
	DL_HEADERS,	/* request line and headers */
	DL_BODY,	/* the body */
	DL_HANDLING	/* nothing from the client: no deadline */
};

struct deadline_conn {
	struct deadline_conn	*dc_prev, *dc_next;	/* dl_conns, under dl_lock */
	struct deadlines	*dc_table;
	int			 dc_fd;
	enum metric_listener	 dc_listener;
	int			 dc_cut;		/* shut down by the sweep (under dl_lock) */
	atomic_int		 dc_phase;		/* enum deadline_phase */
	atomic_int_fast64_t	 dc_deadline_ms;	/* util_mono_ms(); 0: none */
};

struct deadlines {
	long long		 dl_header_ms;
	long long		 dl_body_ms;
	pthread_mutex_t		 dl_lock;	/* dl_conns, dc_cut, dl_stop */
	pthread_cond_t		 dl_cv;		/* wakes the sweep to stop */
	struct deadline_conn	*dl_conns;
	int			 dl_stop;
	int			 dl_running;
	pthread_t		 dl_thread;
	atomic_uint_fast64_t	 dl_refused;	/* since the last line about them */
	int64_t			 dl_refused_logged;	/* util_mono_ms() of that line (sweep only) */
};

struct deadlines *
deadline_table_new(long long header_s, long long body_s)
{
	struct deadlines *dl;
	pthread_condattr_t ca;

	dl = xcalloc(1, sizeof(*dl));
	dl->dl_header_ms = header_s * 1000;
	dl->dl_body_ms = body_s * 1000;
	pthread_mutex_init(&dl->dl_lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&dl->dl_cv, &ca);
	pthread_condattr_destroy(&ca);
	return dl;
}

static void
deadline_set(struct deadline_conn *dc, enum deadline_phase phase, long long ms)
{
	atomic_store_explicit(&dc->dc_phase, (int)phase, memory_order_relaxed);
	atomic_store_explicit(&dc->dc_deadline_ms, ms > 0 ? util_mono_ms() + ms : 0,
	    memory_order_relaxed);
}

struct deadline_conn *
deadline_conn_open(struct deadlines *dl, int fd, enum metric_listener listener)
{
	struct deadline_conn *dc;

	dc = xcalloc(1, sizeof(*dc));
	dc->dc_table = dl;
	dc->dc_fd = fd;
	dc->dc_listener = listener;
	deadline_set(dc, DL_HEADERS, dl->dl_header_ms);
	pthread_mutex_lock(&dl->dl_lock);
	dc->dc_next = dl->dl_conns;
	if (dl->dl_conns != NULL)
		dl->dl_conns->dc_prev = dc;
	dl->dl_conns = dc;
	pthread_mutex_unlock(&dl->dl_lock);
	metrics_http_connection(listener, 1);
	return dc;
}

void
deadline_conn_close(struct deadlines *dl, struct deadline_conn *dc)
{
	if (dc == NULL)
		return;
	pthread_mutex_lock(&dl->dl_lock);
	if (dc->dc_prev != NULL)
		dc->dc_prev->dc_next = dc->dc_next;
	else
		dl->dl_conns = dc->dc_next;
	if (dc->dc_next != NULL)
		dc->dc_next->dc_prev = dc->dc_prev;
	pthread_mutex_unlock(&dl->dl_lock);
	metrics_http_connection(dc->dc_listener, -1);
	free(dc);
}

void
deadline_conn_body(struct deadline_conn *dc)
{
	if (dc != NULL)
		deadline_set(dc, DL_BODY, dc->dc_table->dl_body_ms);
}

void
deadline_conn_handling(struct deadline_conn *dc)
{
	if (dc != NULL)
		deadline_set(dc, DL_HANDLING, 0);
}

void
deadline_conn_next(struct deadline_conn *dc)
{
	if (dc != NULL)
		deadline_set(dc, DL_HEADERS, dc->dc_table->dl_header_ms);
}

void
deadline_refused(struct deadlines *dl)
{
	metrics_http_refused();
	atomic_fetch_add_explicit(&dl->dl_refused, 1, memory_order_relaxed);
}

/* The refused connections since the last line, at most once every HTTP_REFUSED_LOG_MS. */
static void
deadline_log_refused(struct deadlines *dl)
{
	int64_t now = util_mono_ms();
	uint64_t n;

	if (now - dl->dl_refused_logged < HTTP_REFUSED_LOG_MS ||
	    atomic_load_explicit(&dl->dl_refused, memory_order_relaxed) == 0)
		return;
	n = atomic_exchange_explicit(&dl->dl_refused, 0, memory_order_relaxed);
	dl->dl_refused_logged = now;
	log_warn("http connections_refused n=%llu (over [http] max_connections or "
	    "per_ip_connections)", (unsigned long long)n);
}

/*
 * One pass: shut down every connection past its deadline (once). The
 * counts of those cut, by phase, go into cut[].
 */
static void
deadline_sweep_once(struct deadlines *dl, size_t cut[2])
{
	struct deadline_conn *dc;
	int64_t now = util_mono_ms(), d;
	int phase;

	for (dc = dl->dl_conns; dc != NULL; dc = dc->dc_next) {
		d = atomic_load_explicit(&dc->dc_deadline_ms, memory_order_relaxed);
		if (dc->dc_cut || d == 0 || now < d)
			continue;
		phase = atomic_load_explicit(&dc->dc_phase, memory_order_relaxed);
		if (phase == DL_HANDLING)
			continue;
		/* MHD sees the end of the stream and closes it in its own thread. */
		(void)shutdown(dc->dc_fd, SHUT_RDWR);
		dc->dc_cut = 1;
		cut[phase == DL_BODY]++;
		metrics_http_deadline(phase == DL_BODY);
	}
}

static void *
deadline_sweep_main(void *arg)
{
	struct deadlines *dl = arg;
	struct timespec until;
	size_t cut[2];

	pthread_mutex_lock(&dl->dl_lock);
	while (!dl->dl_stop) {
		clock_gettime(CLOCK_MONOTONIC, &until);
		until.tv_nsec += (long)HTTP_SWEEP_MS * 1000000L;
		until.tv_sec += until.tv_nsec / 1000000000L;
		until.tv_nsec %= 1000000000L;
		(void)pthread_cond_timedwait(&dl->dl_cv, &dl->dl_lock, &until);
		if (dl->dl_stop)
			break;
		cut[0] = cut[1] = 0;
		deadline_sweep_once(dl, cut);
		pthread_mutex_unlock(&dl->dl_lock);
		/* One line a sweep, not one a connection. */
		if (cut[0] + cut[1] > 0)
			log_info("http deadline_closed headers=%zu body=%zu header_timeout_s=%lld "
			    "body_timeout_s=%lld", cut[0], cut[1], dl->dl_header_ms / 1000,
			    dl->dl_body_ms / 1000);
		deadline_log_refused(dl);
		pthread_mutex_lock(&dl->dl_lock);
	}
	pthread_mutex_unlock(&dl->dl_lock);
	return NULL;
}

int
deadline_sweep_start(struct deadlines *dl, char *err, size_t errlen)
{
	int rc;

	if ((rc = pthread_create(&dl->dl_thread, NULL, deadline_sweep_main, dl)) != 0) {
		snprintf(err, errlen, "cannot start the connection sweep: %s", strerror(rc));
		return -1;
	}
	dl->dl_running = 1;
	return 0;
}

void
deadline_table_free(struct deadlines *dl)
{
	if (dl == NULL)
		return;
	if (dl->dl_running) {
		pthread_mutex_lock(&dl->dl_lock);
		dl->dl_stop = 1;
		pthread_cond_signal(&dl->dl_cv);
		pthread_mutex_unlock(&dl->dl_lock);
		pthread_join(dl->dl_thread, NULL);
	}
	pthread_cond_destroy(&dl->dl_cv);
	pthread_mutex_destroy(&dl->dl_lock);
	free(dl);
}
