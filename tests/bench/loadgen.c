/*
 * loadgen.c — open-loop load generator for praatpaal's WhatsApp webhook,
 * with an embedded fake Graph API (docs/performance.md).
 *
 * Requests are scheduled by the clock: request i is due at t0 + i/rate,
 * whether or not earlier requests were answered. Latency is measured from
 * that scheduled time, so a server that stalls cannot hide the stall by
 * slowing the generator down (no coordinated omission). Every payload is
 * built and signed before the clock starts. The client is one thread:
 * non-blocking sockets, HTTP/1.1 keep-alive, edge-triggered epoll, one
 * request in flight per connection; requests that are due while every
 * connection is busy wait in the generator's queue, and that wait counts.
 *
 * The fake Graph API (libmicrohttpd, its own thread pool) answers every
 * POST .../messages at once like the Cloud API and records when a reply to
 * which recipient arrived, so one run gives ack latency and
 * inbound-to-reply latency. --fake-only runs just the fake.
 *
 * Only 127.0.0.1. Everything stops by itself after duration + drain.
 * Exit status: 0 the run happened (whatever the server did), 2 the harness
 * itself failed (bad option, no connection at all, port in use).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

/* Limits of one run (a benchmark tool: kept here, not in praatpaal.h). */
#define LG_MAX_REQUESTS		2000000	/* requests of one run (~1 KiB of memory each) */
#define LG_MAX_CONNS		4096	/* client connections */
#define LG_MAX_CONTACTS		1000000	/* distinct senders */
#define LG_MAX_RATE		1000000	/* requests a second */
#define LG_MAX_DURATION_S	3600	/* seconds of sending or of --fake-only */
#define LG_MAX_DRAIN_S		600	/* seconds to wait for answers and replies */
#define LG_RBUF			8192	/* bytes of one response (status line, headers, body) */
#define LG_REQ_MAX		2048	/* bytes of one request (headers + body) */
#define LG_FAKE_BODY_MAX	65536	/* bytes of one request to the fake Graph API */
#define LG_FAKE_THREADS		2	/* fake Graph API thread pool */
#define LG_FAKE_CONNS		1024	/* fake Graph API connections */
#define LG_ADDRESS_BASE		31600000000LL	/* contact k: 31600000000 + base + k + 1 (invented) */
#define LG_STATUS_MAX		600	/* HTTP statuses counted one by one */
#define LG_TIMEOUT_MS_DEFAULT	10000	/* a request without an answer after this: timeout */
#define LG_DRAIN_S_DEFAULT	15
#define LG_RECONNECT_MS		100	/* after a failed connect */
#define LG_EVENTS		512	/* epoll events per wait */
#define LG_STR_MAX		256	/* bytes of a string option */

#define NS_PER_S	1000000000LL
#define NS_PER_MS	1000000LL

enum lg_mode { LG_MODE_ACK, LG_MODE_E2E, LG_MODE_FAKE };

struct lg_opts {
	long long	 lo_rate;	/* requests a second; 0 with a burst */
	long long	 lo_duration;	/* seconds */
	long long	 lo_burst;	/* > 0: send this many as fast as possible */
	long long	 lo_contacts;
	long long	 lo_contact_base;
	long long	 lo_conns;
	long long	 lo_fake_port;	/* 0: no fake */
	long long	 lo_timeout_ms;
	long long	 lo_drain_s;
	enum lg_mode	 lo_mode;
	char		 lo_path[LG_STR_MAX];
	int		 lo_port;
	const char	*lo_secret;
	const char	*lo_phone_id;
	const char	*lo_ack_log;	/* NULL: none */
	const char	*lo_lat_log;	/* NULL: none */
	const char	*lo_text;
};

/* One precomputed request and what became of it. */
struct lg_req {
	uint32_t	 rq_off;	/* into the arena */
	uint16_t	 rq_len;
	int16_t		 rq_status;	/* HTTP status; 0 not answered; LG_ST_* below */
	int64_t		 rq_sent_ns;	/* when its first byte was written */
	int64_t		 rq_done_ns;	/* when its answer was complete */
};
#define LG_ST_TIMEOUT	(-1)
#define LG_ST_CONNERR	(-2)

enum lg_cstate { CN_CLOSED, CN_CONNECTING, CN_IDLE, CN_BUSY };

struct lg_conn {
	int		 cn_fd;
	enum lg_cstate	 cn_state;
	long		 cn_req;	/* request in flight, -1 none */
	size_t		 cn_sent;
	int64_t		 cn_retry_ns;	/* CN_CLOSED: reconnect from then */
	size_t		 cn_rlen;
	char		*cn_rbuf;
	int		 cn_listed;	/* on the idle stack (at most once) */
};

/* One reply the fake Graph API received. */
struct lg_reply {
	int64_t		 rp_ns;
	int64_t		 rp_contact;	/* index into the contacts, -1 foreign */
};

struct lg_fake {
	struct MHD_Daemon	*fk_daemon;
	pthread_mutex_t		 fk_lock;	/* guards fk_replies, fk_n, fk_cap, fk_per_contact */
	struct lg_reply		*fk_replies;
	size_t			 fk_n, fk_cap;
	uint32_t		*fk_per_contact;	/* replies per contact index */
	long long		 fk_contacts, fk_base;
	atomic_long		 fk_ids;	/* outbound message ids handed out */
	atomic_long		 fk_bad;	/* requests answered 4xx */
	const char		*fk_phone_id;
	char			 fk_run[32];	/* makes the ids unique across runs */
};

/* Per-connection upload state of the fake. */
struct lg_upload {
	char	*up_buf;
	size_t	 up_len;
	int	 up_toolarge;
};

static volatile sig_atomic_t lg_stop;

/* ---- small helpers ------------------------------------------------------- */

static void *
lg_xmalloc(size_t n)
{
	void *p = malloc(n == 0 ? 1 : n);

	if (p == NULL) {
		fprintf(stderr, "loadgen: out of memory (%zu bytes)\n", n);
		abort();
	}
	return p;
}

static void *
lg_xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n == 0 ? 1 : n, sz == 0 ? 1 : sz);

	if (p == NULL) {
		fprintf(stderr, "loadgen: out of memory (%zu x %zu bytes)\n", n, sz);
		abort();
	}
	return p;
}

static int64_t
lg_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

/* Whole-string decimal in [lo, hi]: 0, or -1 (out untouched). */
static int
lg_parse_num(const char *s, long long lo, long long hi, long long *out)
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

static void
lg_on_signal(int sig)
{
	(void)sig;
	lg_stop = 1;
}

static int
lg_cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

static int
lg_cmp_reply(const void *a, const void *b)
{
	const struct lg_reply *x = a, *y = b;

	return (x->rp_ns > y->rp_ns) - (x->rp_ns < y->rp_ns);
}

/* The p-quantile (0..1) of a sorted array in milliseconds; 0 when empty. */
static double
lg_quantile_ms(const int64_t *v, size_t n, double p)
{
	size_t i;

	if (n == 0)
		return 0.0;
	i = (size_t)(p * (double)n);
	if (i >= n)
		i = n - 1;
	return (double)v[i] / (double)NS_PER_MS;
}

static void
lg_hex(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

/* ---- the fake Graph API ------------------------------------------------ */

/* Contact index of a recipient address, or -1 when outside this run's range. */
static int64_t
lg_fake_contact(const struct lg_fake *fk, const char *to)
{
	long long v;

	if (lg_parse_num(to, 0, 999999999999999LL, &v) == -1)
		return -1;
	v -= LG_ADDRESS_BASE + fk->fk_base + 1;
	if (v < 0 || v >= fk->fk_contacts)
		return -1;
	return v;
}

static void
lg_fake_record(struct lg_fake *fk, int64_t contact, int64_t ns)
{
	pthread_mutex_lock(&fk->fk_lock);
	if (fk->fk_n == fk->fk_cap) {
		size_t ncap = fk->fk_cap == 0 ? 65536 : fk->fk_cap * 2;
		struct lg_reply *nr = realloc(fk->fk_replies, ncap * sizeof(*nr));

		if (nr == NULL) {
			pthread_mutex_unlock(&fk->fk_lock);
			fprintf(stderr, "loadgen: out of memory (replies)\n");
			abort();
		}
		fk->fk_replies = nr;
		fk->fk_cap = ncap;
	}
	fk->fk_replies[fk->fk_n].rp_ns = ns;
	fk->fk_replies[fk->fk_n].rp_contact = contact;
	fk->fk_n++;
	if (contact >= 0)
		fk->fk_per_contact[contact]++;
	pthread_mutex_unlock(&fk->fk_lock);
}

static enum MHD_Result
lg_fake_answer(struct MHD_Connection *conn, unsigned int status, const char *body)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	resp = MHD_create_response_from_buffer(strlen(body), (void *)(uintptr_t)body,
	    MHD_RESPMEM_MUST_COPY);
	if (resp == NULL)
		return MHD_NO;
	if (MHD_add_response_header(resp, "Content-Type", "application/json") == MHD_NO) {
		MHD_destroy_response(resp);
		return MHD_NO;
	}
	ret = MHD_queue_response(conn, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/*
 * POST {base}/{phone_number_id}/messages: record the recipient ("to") and
 * the time, answer like the Cloud API. Anything else: 404 or 400.
 */
static enum MHD_Result
lg_fake_access(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *data, size_t *data_size,
    void **con_cls)
{
	struct lg_fake *fk = cls;
	struct lg_upload *up = *con_cls;
	char want[LG_STR_MAX], out[512];
	const char *to;
	json_t *root;
	json_error_t jerr;
	size_t ulen, wlen;
	long id;
	int n;

	(void)version;
	if (up == NULL) {
		up = lg_xcalloc(1, sizeof(*up));
		*con_cls = up;
		return MHD_YES;
	}
	if (*data_size > 0) {
		if (up->up_len + *data_size > LG_FAKE_BODY_MAX) {
			up->up_toolarge = 1;
		} else {
			char *nb = realloc(up->up_buf, up->up_len + *data_size + 1);

			if (nb == NULL)
				return MHD_NO;
			up->up_buf = nb;
			memcpy(up->up_buf + up->up_len, data, *data_size);
			up->up_len += *data_size;
			up->up_buf[up->up_len] = '\0';
		}
		*data_size = 0;
		return MHD_YES;
	}
	n = snprintf(want, sizeof(want), "/%s/messages", fk->fk_phone_id);
	if (n < 0 || (size_t)n >= sizeof(want))
		return MHD_NO;
	wlen = (size_t)n;
	ulen = strlen(url);
	if (strcmp(method, "POST") != 0 || ulen < wlen || strcmp(url + ulen - wlen, want) != 0) {
		atomic_fetch_add(&fk->fk_bad, 1);
		return lg_fake_answer(conn, MHD_HTTP_NOT_FOUND,
		    "{\"error\":{\"message\":\"unknown path\",\"code\":100}}");
	}
	if (up->up_toolarge || up->up_buf == NULL) {
		atomic_fetch_add(&fk->fk_bad, 1);
		return lg_fake_answer(conn, MHD_HTTP_BAD_REQUEST,
		    "{\"error\":{\"message\":\"no body or too large\",\"code\":100}}");
	}
	root = json_loadb(up->up_buf, up->up_len, 0, &jerr);
	to = root != NULL ? json_string_value(json_object_get(root, "to")) : NULL;
	if (to == NULL || strlen(to) > 32) {
		json_decref(root);
		atomic_fetch_add(&fk->fk_bad, 1);
		return lg_fake_answer(conn, MHD_HTTP_BAD_REQUEST,
		    "{\"error\":{\"message\":\"no recipient\",\"code\":100}}");
	}
	lg_fake_record(fk, lg_fake_contact(fk, to), lg_now_ns());
	id = atomic_fetch_add(&fk->fk_ids, 1);
	n = snprintf(out, sizeof(out), "{\"messaging_product\":\"whatsapp\","
	    "\"contacts\":[{\"input\":\"%s\",\"wa_id\":\"%s\"}],"
	    "\"messages\":[{\"id\":\"wamid.out.bench.%s.%ld\"}]}", to, to, fk->fk_run, id);
	json_decref(root);
	if (n < 0 || (size_t)n >= sizeof(out))
		return MHD_NO;
	return lg_fake_answer(conn, MHD_HTTP_OK, out);
}

static void
lg_fake_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct lg_upload *up = *con_cls;

	(void)cls;
	(void)conn;
	(void)toe;
	if (up != NULL) {
		free(up->up_buf);
		free(up);
		*con_cls = NULL;
	}
}

/* Start the fake on 127.0.0.1:port. 0, or -1 with a message on stderr. */
static int
lg_fake_start(struct lg_fake *fk, const struct lg_opts *o)
{
	struct sockaddr_in sa;
	unsigned int flags;

	memset(fk, 0, sizeof(*fk));
	pthread_mutex_init(&fk->fk_lock, NULL);
	fk->fk_contacts = o->lo_contacts;
	fk->fk_base = o->lo_contact_base;
	fk->fk_phone_id = o->lo_phone_id;
	snprintf(fk->fk_run, sizeof(fk->fk_run), "%lx%x", (long)time(NULL), (unsigned int)getpid());
	fk->fk_per_contact = lg_xcalloc((size_t)o->lo_contacts, sizeof(uint32_t));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)o->lo_fake_port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
	flags |= MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES ?
	    MHD_USE_EPOLL : MHD_USE_AUTO;
	fk->fk_daemon = MHD_start_daemon(flags, 0, NULL, NULL, lg_fake_access, fk,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)LG_FAKE_THREADS,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned int)LG_FAKE_CONNS,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)60,
	    MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned int)1,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_NOTIFY_COMPLETED, lg_fake_completed, fk,
	    MHD_OPTION_END);
	if (fk->fk_daemon == NULL) {
		fprintf(stderr, "loadgen: cannot start the fake Graph API on 127.0.0.1:%lld\n",
		    o->lo_fake_port);
		return -1;
	}
	return 0;
}

static void
lg_fake_stop(struct lg_fake *fk)
{
	if (fk->fk_daemon != NULL)
		MHD_stop_daemon(fk->fk_daemon);
	fk->fk_daemon = NULL;
}

/* ---- payloads ------------------------------------------------------------ */

/*
 * Build and sign every request into one arena. Request i comes from contact
 * i % contacts and carries wamid.bench.<run>.<i>. 0, or -1 (message printed).
 */
static int
lg_build(const struct lg_opts *o, long total, const char *run, struct lg_req *reqs,
    char **arena_out)
{
	char body[1024], wamid[96], hdr[512], hex[65];
	unsigned char mac[32];
	unsigned int maclen;
	size_t cap = (size_t)total * 1024, off = 0;
	char *arena = lg_xmalloc(cap);
	long long addr;
	long now_s = (long)time(NULL);
	int bn, hn;

	for (long i = 0; i < total; i++) {
		addr = LG_ADDRESS_BASE + o->lo_contact_base + i % o->lo_contacts + 1;
		snprintf(wamid, sizeof(wamid), "wamid.bench.%s.%ld", run, i);
		bn = snprintf(body, sizeof(body),
		    "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\","
		    "\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":"
		    "\"whatsapp\",\"metadata\":{\"display_phone_number\":\"31600000000\","
		    "\"phone_number_id\":\"%s\"},\"contacts\":[{\"profile\":{\"name\":"
		    "\"Bench\"},\"wa_id\":\"%lld\"}],\"messages\":[{\"from\":\"%lld\","
		    "\"id\":\"%s\",\"timestamp\":\"%ld\",\"type\":\"text\",\"text\":"
		    "{\"body\":\"%s\"}}]}}]}]}",
		    o->lo_phone_id, addr, addr, wamid, now_s, o->lo_text);
		if (bn < 0 || (size_t)bn >= sizeof(body)) {
			fprintf(stderr, "loadgen: payload too long\n");
			goto fail;
		}
		if (HMAC(EVP_sha256(), o->lo_secret, (int)strlen(o->lo_secret),
		    (const unsigned char *)body, (size_t)bn, mac, &maclen) == NULL ||
		    maclen != sizeof(mac)) {
			fprintf(stderr, "loadgen: HMAC failed\n");
			goto fail;
		}
		lg_hex(mac, sizeof(mac), hex);
		hn = snprintf(hdr, sizeof(hdr), "POST %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
		    "Content-Type: application/json\r\nX-Hub-Signature-256: sha256=%s\r\n"
		    "Content-Length: %d\r\n\r\n", o->lo_path, o->lo_port, hex, bn);
		if (hn < 0 || (size_t)hn >= sizeof(hdr) || (size_t)(hn + bn) > LG_REQ_MAX ||
		    off + (size_t)(hn + bn) > cap) {
			fprintf(stderr, "loadgen: request too long\n");
			goto fail;
		}
		memcpy(arena + off, hdr, (size_t)hn);
		memcpy(arena + off + hn, body, (size_t)bn);
		/* Offsets fit in 32 bits: LG_MAX_REQUESTS * LG_REQ_MAX < 4 GiB. */
		reqs[i].rq_off = (uint32_t)off;
		reqs[i].rq_len = (uint16_t)(hn + bn);
		reqs[i].rq_status = 0;
		off += (size_t)(hn + bn);
	}
	*arena_out = arena;
	return 0;
fail:
	free(arena);
	return -1;
}

/* ---- the client ----------------------------------------------------------- */

struct lg_client {
	const struct lg_opts	*cl_opts;
	struct lg_req		*cl_reqs;
	char			*cl_arena;
	long			 cl_total;
	struct lg_conn		*cl_conns;
	int			*cl_idle;	/* stack of idle connection indexes */
	int			 cl_nidle;
	int			 cl_ep;
	long			 cl_inflight;
	long			 cl_connect_errors;
	long			 cl_conn_errors;	/* connection lost mid-request */
	long			 cl_ever_connected;
	struct sockaddr_in	 cl_sa;
};

/* Put a connection on the idle stack; it is there at most once, so the
 * stack never holds more than the connections. */
static void
lg_push_idle(struct lg_client *cl, int ci)
{
	struct lg_conn *cn = &cl->cl_conns[ci];

	cn->cn_state = CN_IDLE;
	if (cn->cn_listed)
		return;
	cn->cn_listed = 1;
	cl->cl_idle[cl->cl_nidle++] = ci;
}

static void
lg_conn_close(struct lg_client *cl, int ci, int64_t retry_ns)
{
	struct lg_conn *cn = &cl->cl_conns[ci];

	if (cn->cn_fd >= 0)
		close(cn->cn_fd);
	cn->cn_fd = -1;
	cn->cn_state = CN_CLOSED;
	cn->cn_rlen = 0;
	cn->cn_retry_ns = retry_ns;
}

/* The request on a connection ended without an answer (status LG_ST_*). */
static void
lg_conn_fail(struct lg_client *cl, int ci, int status, int64_t now)
{
	struct lg_conn *cn = &cl->cl_conns[ci];

	if (cn->cn_state == CN_BUSY && cn->cn_req >= 0) {
		cl->cl_reqs[cn->cn_req].rq_status = (int16_t)status;
		cl->cl_reqs[cn->cn_req].rq_done_ns = now;
		cl->cl_inflight--;
		if (status == LG_ST_CONNERR)
			cl->cl_conn_errors++;
	}
	cn->cn_req = -1;
	lg_conn_close(cl, ci, now);
}

static void
lg_conn_open(struct lg_client *cl, int ci, int64_t now)
{
	struct lg_conn *cn = &cl->cl_conns[ci];
	struct epoll_event ev;
	int fd, one = 1;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		cl->cl_connect_errors++;
		cn->cn_retry_ns = now + LG_RECONNECT_MS * NS_PER_MS;
		return;
	}
	(void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	cn->cn_fd = fd;
	cn->cn_rlen = 0;
	cn->cn_req = -1;
	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
	ev.data.u32 = (uint32_t)ci;
	if (epoll_ctl(cl->cl_ep, EPOLL_CTL_ADD, fd, &ev) == -1) {
		cl->cl_connect_errors++;
		lg_conn_close(cl, ci, now + LG_RECONNECT_MS * NS_PER_MS);
		return;
	}
	if (connect(fd, (struct sockaddr *)&cl->cl_sa, sizeof(cl->cl_sa)) == -1 &&
	    errno != EINPROGRESS) {
		cl->cl_connect_errors++;
		lg_conn_close(cl, ci, now + LG_RECONNECT_MS * NS_PER_MS);
		return;
	}
	cn->cn_state = CN_CONNECTING;
}

/* Write what remains of the request; on a broken connection fail it. */
static void
lg_conn_write(struct lg_client *cl, int ci, int64_t now)
{
	struct lg_conn *cn = &cl->cl_conns[ci];
	const struct lg_req *rq = &cl->cl_reqs[cn->cn_req];
	ssize_t w;

	while (cn->cn_sent < rq->rq_len) {
		w = send(cn->cn_fd, cl->cl_arena + rq->rq_off + cn->cn_sent,
		    rq->rq_len - cn->cn_sent, MSG_NOSIGNAL);
		if (w > 0) {
			cn->cn_sent += (size_t)w;
			continue;
		}
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return;		/* EPOLLOUT (edge) resumes */
		lg_conn_fail(cl, ci, LG_ST_CONNERR, now);
		return;
	}
}

static void
lg_dispatch(struct lg_client *cl, int ci, long ri, int64_t now)
{
	struct lg_conn *cn = &cl->cl_conns[ci];

	cn->cn_state = CN_BUSY;
	cn->cn_req = ri;
	cn->cn_sent = 0;
	cn->cn_rlen = 0;
	cl->cl_reqs[ri].rq_sent_ns = now;
	cl->cl_inflight++;
	lg_conn_write(cl, ci, now);
}

/*
 * Parse a response in b[0..n): 1 complete (*status, *close, *used set),
 * 0 incomplete, -1 malformed.
 */
static int
lg_parse_response(const char *b, size_t n, int *status, int *close_after, size_t *used)
{
	const char *end, *line, *eol, *body;
	long long clen = 0;
	int chunked = 0;

	end = memmem(b, n, "\r\n\r\n", 4);
	if (end == NULL)
		return n >= LG_RBUF ? -1 : 0;
	if (n < 12 || memcmp(b, "HTTP/1.", 7) != 0 || b[8] != ' ' ||
	    b[9] < '1' || b[9] > '5' || b[10] < '0' || b[10] > '9' || b[11] < '0' || b[11] > '9')
		return -1;
	*status = (b[9] - '0') * 100 + (b[10] - '0') * 10 + (b[11] - '0');
	*close_after = b[7] == '0';	/* HTTP/1.0 closes unless told otherwise */
	line = memchr(b, '\n', (size_t)(end - b));
	if (line == NULL)
		return -1;
	line++;
	while (line < end + 2) {
		eol = memchr(line, '\r', (size_t)(end + 2 - line));
		if (eol == NULL)
			break;
		if (eol - line > 15 && strncasecmp(line, "content-length:", 15) == 0) {
			char num[24];
			const char *p = line + 15;
			size_t k = 0;

			while (p < eol && *p == ' ')
				p++;
			while (p < eol && k + 1 < sizeof(num))
				num[k++] = *p++;
			num[k] = '\0';
			if (lg_parse_num(num, 0, LG_RBUF, &clen) == -1)
				return -1;
		} else if (eol - line > 18 && strncasecmp(line, "transfer-encoding:", 18) == 0) {
			chunked = memmem(line, (size_t)(eol - line), "chunked", 7) != NULL;
		} else if (eol - line > 11 && strncasecmp(line, "connection:", 11) == 0) {
			if (memmem(line, (size_t)(eol - line), "close", 5) != NULL)
				*close_after = 1;
			else if (memmem(line, (size_t)(eol - line), "keep-alive", 10) != NULL)
				*close_after = 0;
		}
		line = eol + 2;
	}
	body = end + 4;
	if (chunked) {
		const char *z;

		if ((size_t)(body - b) + 5 <= n && memcmp(body, "0\r\n\r\n", 5) == 0) {
			*used = (size_t)(body - b) + 5;
			return 1;
		}
		z = memmem(body, n - (size_t)(body - b), "\r\n0\r\n\r\n", 7);
		if (z == NULL)
			return n >= LG_RBUF ? -1 : 0;
		*used = (size_t)(z + 7 - b);
		return 1;
	}
	if ((size_t)(body - b) + (size_t)clen > n)
		return (size_t)(body - b) + (size_t)clen > LG_RBUF ? -1 : 0;
	*used = (size_t)(body - b) + (size_t)clen;
	return 1;
}

static void
lg_conn_read(struct lg_client *cl, int ci, int64_t now)
{
	struct lg_conn *cn = &cl->cl_conns[ci];
	int status, close_after, r;
	size_t used;
	ssize_t got;

	for (;;) {
		got = recv(cn->cn_fd, cn->cn_rbuf + cn->cn_rlen, LG_RBUF - cn->cn_rlen, 0);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return;
		if (got <= 0) {
			/* Closed (or reset): a request in flight is lost. */
			if (cn->cn_state == CN_BUSY)
				lg_conn_fail(cl, ci, LG_ST_CONNERR, now);
			else
				lg_conn_close(cl, ci, now);
			return;
		}
		cn->cn_rlen += (size_t)got;
		if (cn->cn_state != CN_BUSY) {	/* unasked-for bytes */
			lg_conn_close(cl, ci, now);
			return;
		}
		r = lg_parse_response(cn->cn_rbuf, cn->cn_rlen, &status, &close_after, &used);
		if (r == 0)
			continue;
		if (r == -1) {
			lg_conn_fail(cl, ci, LG_ST_CONNERR, now);
			return;
		}
		cl->cl_reqs[cn->cn_req].rq_status = (int16_t)status;
		cl->cl_reqs[cn->cn_req].rq_done_ns = now;
		cl->cl_inflight--;
		cn->cn_req = -1;
		/* Never pipelined: bytes after the answer (used < rlen) are dropped. */
		cn->cn_rlen = 0;
		(void)used;
		if (close_after) {
			lg_conn_close(cl, ci, now);
			return;
		}
		lg_push_idle(cl, ci);
		return;
	}
}

static void
lg_conn_event(struct lg_client *cl, int ci, uint32_t events, int64_t now)
{
	struct lg_conn *cn = &cl->cl_conns[ci];

	if (cn->cn_state == CN_CONNECTING) {
		int soerr = 0;
		socklen_t sl = sizeof(soerr);

		if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
			return;
		if (getsockopt(cn->cn_fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) == -1 ||
		    soerr != 0 || (events & (EPOLLERR | EPOLLHUP))) {
			cl->cl_connect_errors++;
			lg_conn_close(cl, ci, now + LG_RECONNECT_MS * NS_PER_MS);
			return;
		}
		cl->cl_ever_connected++;
		lg_push_idle(cl, ci);
		return;
	}
	if (cn->cn_state == CN_BUSY && (events & EPOLLOUT) &&
	    cn->cn_sent < cl->cl_reqs[cn->cn_req].rq_len)
		lg_conn_write(cl, ci, now);
	if (cn->cn_state != CN_CLOSED && (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
		lg_conn_read(cl, ci, now);
}

/* Scheduled send time of request i. */
static int64_t
lg_sched(const struct lg_opts *o, int64_t t0, long i)
{
	if (o->lo_burst > 0)
		return t0;
	return t0 + (int64_t)((double)i * (double)NS_PER_S / (double)o->lo_rate);
}

/* Pop an idle connection, dropping entries closed meanwhile; -1 if none. */
static int
lg_pop_idle(struct lg_client *cl)
{
	while (cl->cl_nidle > 0) {
		int ci = cl->cl_idle[--cl->cl_nidle];

		cl->cl_conns[ci].cn_listed = 0;
		if (cl->cl_conns[ci].cn_state == CN_IDLE)
			return ci;
	}
	return -1;
}

/*
 * Run the schedule: 0 when it ran (whatever the server did), -1 when no
 * connection could ever be made (the harness failed). *t0 and *t_end are
 * the first scheduled time and when the last answer came.
 */
static int
lg_client_run(struct lg_client *cl, int64_t *t0_out)
{
	const struct lg_opts *o = cl->cl_opts;
	struct epoll_event evs[LG_EVENTS];
	int64_t t0, now, deadline, next_check, connect_deadline;
	long next_due = 0, next_send = 0;
	int n, timeout_ms, nconns = (int)o->lo_conns;

	now = lg_now_ns();
	for (int ci = 0; ci < nconns; ci++)
		lg_conn_open(cl, ci, now);
	/* Connect everything before the clock starts (at most 5 s). */
	connect_deadline = now + 5 * NS_PER_S;
	while (cl->cl_ever_connected < nconns && lg_now_ns() < connect_deadline && !lg_stop) {
		n = epoll_wait(cl->cl_ep, evs, LG_EVENTS, 10);
		now = lg_now_ns();
		for (int k = 0; k < n; k++)
			lg_conn_event(cl, (int)evs[k].data.u32, evs[k].events, now);
		for (int ci = 0; ci < nconns; ci++)
			if (cl->cl_conns[ci].cn_state == CN_CLOSED && now >= cl->cl_conns[ci].cn_retry_ns)
				lg_conn_open(cl, ci, now);
	}
	if (cl->cl_ever_connected == 0) {
		fprintf(stderr, "loadgen: cannot connect to 127.0.0.1:%d\n", o->lo_port);
		return -1;
	}

	t0 = lg_now_ns() + 10 * NS_PER_MS;
	*t0_out = t0;
	deadline = t0 + (o->lo_burst > 0 ? 0 : o->lo_duration * NS_PER_S) +
	    o->lo_drain_s * NS_PER_S;
	next_check = t0;
	while (!lg_stop) {
		now = lg_now_ns();
		while (next_due < cl->cl_total && lg_sched(o, t0, next_due) <= now)
			next_due++;
		while (next_send < next_due) {
			int ci = lg_pop_idle(cl);

			if (ci < 0)
				break;
			lg_dispatch(cl, ci, next_send++, now);
		}
		if (next_send == cl->cl_total && cl->cl_inflight == 0)
			break;
		if (now >= deadline)
			break;
		if (now >= next_check) {
			for (int ci = 0; ci < nconns; ci++) {
				struct lg_conn *cn = &cl->cl_conns[ci];

				if (cn->cn_state == CN_BUSY && now - cl->cl_reqs[cn->cn_req].rq_sent_ns >
				    o->lo_timeout_ms * NS_PER_MS)
					lg_conn_fail(cl, ci, LG_ST_TIMEOUT, now);
				if (cn->cn_state == CN_CLOSED && now >= cn->cn_retry_ns)
					lg_conn_open(cl, ci, now);
			}
			next_check = now + 10 * NS_PER_MS;
		}
		if (next_due < cl->cl_total && next_send == next_due) {
			int64_t wait = lg_sched(o, t0, next_due) - now;

			timeout_ms = (int)((wait + NS_PER_MS - 1) / NS_PER_MS);
			if (timeout_ms > 10)
				timeout_ms = 10;
		} else if (next_send < next_due && cl->cl_nidle > 0) {
			timeout_ms = 0;
		} else {
			timeout_ms = 10;
		}
		n = epoll_wait(cl->cl_ep, evs, LG_EVENTS, timeout_ms);
		if (n < 0 && errno != EINTR) {
			perror("loadgen: epoll_wait");
			return -1;
		}
		now = lg_now_ns();
		for (int k = 0; k < n; k++)
			lg_conn_event(cl, (int)evs[k].data.u32, evs[k].events, now);
	}
	/* Whatever is still in flight timed out; the rest was never sent. */
	now = lg_now_ns();
	for (int ci = 0; ci < nconns; ci++)
		if (cl->cl_conns[ci].cn_state == CN_BUSY)
			lg_conn_fail(cl, ci, LG_ST_TIMEOUT, now);
	for (int ci = 0; ci < nconns; ci++)
		if (cl->cl_conns[ci].cn_fd >= 0)
			lg_conn_close(cl, ci, now);
	return 0;
}

/* ---- options ------------------------------------------------------------- */

static void
lg_usage(FILE *f)
{
	fprintf(f,
	    "usage: loadgen [options]\n"
	    "  --url URL            webhook URL, http://127.0.0.1:PORT/path (default\n"
	    "                       http://127.0.0.1:8080/webhook/whatsapp)\n"
	    "  --secret S           app secret that signs the payloads (required unless --fake-only)\n"
	    "  --rate N             requests a second, open loop (default 1000)\n"
	    "  --duration S         seconds of sending (default 10)\n"
	    "  --burst N            instead of a rate: N requests as fast as possible\n"
	    "  --contacts N         distinct senders, cycling (default 1000)\n"
	    "  --contact-base N     sender k is 31600000000 + N + k + 1 (default 0)\n"
	    "  --conns N            client connections (default 64)\n"
	    "  --mode ack|e2e       e2e also waits for and matches replies (default ack)\n"
	    "  --fake-port P        run the fake Graph API on 127.0.0.1:P (0: none; default 0)\n"
	    "  --fake-only          run only the fake, for --duration seconds or until SIGTERM\n"
	    "  --phone-number-id ID path of the fake and payload metadata (default 100000000000001)\n"
	    "  --text T             message text (default hallo)\n"
	    "  --timeout-ms N       a request unanswered this long is a timeout (default 10000)\n"
	    "  --drain S            after sending, wait at most S s for answers and replies (default 15)\n"
	    "  --ack-log FILE       write each acknowledged wamid, one a line\n"
	    "  --lat-log FILE       write each acknowledged webhook's latency from schedule\n"
	    "                       (ms), one a line\n");
}

/* Parse the options: 0, or -1 (message printed). */
static int
lg_opts_parse(int argc, char **argv, struct lg_opts *o)
{
	const char *url = "http://127.0.0.1:8080/webhook/whatsapp";
	const char *prefix = "http://127.0.0.1:";
	const char *p;
	long long port;
	char portbuf[8];
	size_t k = 0;

	memset(o, 0, sizeof(*o));
	o->lo_rate = 1000;
	o->lo_duration = 10;
	o->lo_contacts = 1000;
	o->lo_conns = 64;
	o->lo_timeout_ms = LG_TIMEOUT_MS_DEFAULT;
	o->lo_drain_s = LG_DRAIN_S_DEFAULT;
	o->lo_mode = LG_MODE_ACK;
	o->lo_phone_id = "100000000000001";
	o->lo_text = "hallo";
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		int bad = 0, takes = 1;

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			lg_usage(stdout);
			exit(0);
		} else if (strcmp(a, "--fake-only") == 0) {
			o->lo_mode = LG_MODE_FAKE;
			takes = 0;
		} else if (v == NULL) {
			bad = 1;
		} else if (strcmp(a, "--url") == 0) {
			url = v;
		} else if (strcmp(a, "--secret") == 0) {
			o->lo_secret = v;
		} else if (strcmp(a, "--rate") == 0) {
			bad = lg_parse_num(v, 1, LG_MAX_RATE, &o->lo_rate);
		} else if (strcmp(a, "--duration") == 0) {
			bad = lg_parse_num(v, 1, LG_MAX_DURATION_S, &o->lo_duration);
		} else if (strcmp(a, "--burst") == 0) {
			bad = lg_parse_num(v, 1, LG_MAX_REQUESTS, &o->lo_burst);
		} else if (strcmp(a, "--contacts") == 0) {
			bad = lg_parse_num(v, 1, LG_MAX_CONTACTS, &o->lo_contacts);
		} else if (strcmp(a, "--contact-base") == 0) {
			bad = lg_parse_num(v, 0, 99999999 - LG_MAX_CONTACTS, &o->lo_contact_base);
		} else if (strcmp(a, "--conns") == 0) {
			bad = lg_parse_num(v, 1, LG_MAX_CONNS, &o->lo_conns);
		} else if (strcmp(a, "--fake-port") == 0) {
			bad = lg_parse_num(v, 0, 65535, &o->lo_fake_port);
		} else if (strcmp(a, "--timeout-ms") == 0) {
			bad = lg_parse_num(v, 1, 600000, &o->lo_timeout_ms);
		} else if (strcmp(a, "--drain") == 0) {
			bad = lg_parse_num(v, 0, LG_MAX_DRAIN_S, &o->lo_drain_s);
		} else if (strcmp(a, "--ack-log") == 0) {
			o->lo_ack_log = v;
		} else if (strcmp(a, "--lat-log") == 0) {
			o->lo_lat_log = v;
		} else if (strcmp(a, "--phone-number-id") == 0) {
			o->lo_phone_id = v;
			bad = strlen(v) == 0 || strlen(v) > 64 || strspn(v, "0123456789") != strlen(v);
		} else if (strcmp(a, "--text") == 0) {
			o->lo_text = v;
			bad = strlen(v) > 256 || strpbrk(v, "\"\\") != NULL;
		} else if (strcmp(a, "--mode") == 0) {
			if (strcmp(v, "ack") == 0)
				o->lo_mode = LG_MODE_ACK;
			else if (strcmp(v, "e2e") == 0)
				o->lo_mode = LG_MODE_E2E;
			else
				bad = 1;
		} else {
			fprintf(stderr, "loadgen: unknown option %s\n", a);
			lg_usage(stderr);
			return -1;
		}
		if (bad) {
			fprintf(stderr, "loadgen: bad or missing value for %s\n", a);
			return -1;
		}
		i += takes;
	}
	if (o->lo_mode == LG_MODE_FAKE) {
		if (o->lo_fake_port == 0) {
			fprintf(stderr, "loadgen: --fake-only needs --fake-port\n");
			return -1;
		}
		return 0;
	}
	if (o->lo_secret == NULL || *o->lo_secret == '\0') {
		fprintf(stderr, "loadgen: --secret is required\n");
		return -1;
	}
	if (o->lo_mode == LG_MODE_E2E && o->lo_fake_port == 0) {
		fprintf(stderr, "loadgen: --mode e2e needs --fake-port\n");
		return -1;
	}
	/* Only http://127.0.0.1:PORT/path: the generator never leaves the machine. */
	if (strncmp(url, prefix, strlen(prefix)) != 0) {
		fprintf(stderr, "loadgen: --url must start with %s\n", prefix);
		return -1;
	}
	p = url + strlen(prefix);
	while (*p >= '0' && *p <= '9' && k + 1 < sizeof(portbuf))
		portbuf[k++] = *p++;
	portbuf[k] = '\0';
	if (lg_parse_num(portbuf, 1, 65535, &port) == -1 || *p != '/' ||
	    strlen(p) >= sizeof(o->lo_path) || strpbrk(p, " \r\n") != NULL) {
		fprintf(stderr, "loadgen: bad --url %s\n", url);
		return -1;
	}
	o->lo_port = (int)port;
	memcpy(o->lo_path, p, strlen(p) + 1);
	if ((o->lo_burst > 0 ? o->lo_burst : o->lo_rate * o->lo_duration) > LG_MAX_REQUESTS) {
		fprintf(stderr, "loadgen: more than %d requests in one run\n", LG_MAX_REQUESTS);
		return -1;
	}
	return 0;
}

/* ---- report ---------------------------------------------------------------- */

struct lg_e2e {
	size_t		 e_matched;	/* messages with a reply */
	size_t		 e_unanswered;	/* acknowledged messages without one */
	size_t		 e_extra;	/* further replies (a message may get several) */
	size_t		 e_foreign;	/* replies to someone outside this run */
	size_t		 e_replies;
	double		 e_p50, e_p99, e_p999, e_max;
	double		 e_replies_per_s;
	double		 e_answered_per_s;	/* messages answered / (last first reply - t0) */
};

/*
 * Match replies to messages: per contact, in time order, the first reply at
 * or after a message's scheduled time answers the oldest unanswered message
 * of that contact; replies with no such message are extra. Exact when a
 * contact sends its next message only after the previous one was answered
 * (run.sh gives every e2e message its own contact).
 */
static void
lg_e2e_match(const struct lg_opts *o, const struct lg_client *cl, struct lg_fake *fk,
    int64_t t0, long sent, struct lg_e2e *e)
{
	long long nc = o->lo_contacts;
	long *next = lg_xcalloc((size_t)nc, sizeof(long));
	int64_t *lat = lg_xmalloc(((size_t)fk->fk_n + 1) * sizeof(int64_t));
	int64_t last = t0, last_first = t0;
	size_t nl = 0;

	memset(e, 0, sizeof(*e));
	if (fk->fk_n > 0)
		qsort(fk->fk_replies, fk->fk_n, sizeof(struct lg_reply), lg_cmp_reply);
	for (size_t r = 0; r < fk->fk_n; r++) {
		const struct lg_reply *rp = &fk->fk_replies[r];
		int64_t c = rp->rp_contact;
		long j;

		e->e_replies++;
		if (rp->rp_ns > last)
			last = rp->rp_ns;
		if (c < 0) {
			e->e_foreign++;
			continue;
		}
		/* Skip this contact's messages that were never acknowledged. */
		for (;;) {
			j = (long)(c + (int64_t)next[c] * nc);
			if (j >= sent || cl->cl_reqs[j].rq_status == 200)
				break;
			next[c]++;
		}
		if (j < sent && lg_sched(o, t0, j) <= rp->rp_ns) {
			lat[nl++] = rp->rp_ns - lg_sched(o, t0, j);
			next[c]++;
			if (rp->rp_ns > last_first)
				last_first = rp->rp_ns;
		} else {
			e->e_extra++;
		}
	}
	if (nl > 0)
		qsort(lat, nl, sizeof(int64_t), lg_cmp_i64);
	e->e_matched = nl;
	for (long i = 0; i < sent; i++)
		if (cl->cl_reqs[i].rq_status == 200)
			e->e_unanswered++;
	e->e_unanswered = e->e_unanswered > nl ? e->e_unanswered - nl : 0;
	e->e_p50 = lg_quantile_ms(lat, nl, 0.50);
	e->e_p99 = lg_quantile_ms(lat, nl, 0.99);
	e->e_p999 = lg_quantile_ms(lat, nl, 0.999);
	e->e_max = nl > 0 ? (double)lat[nl - 1] / (double)NS_PER_MS : 0.0;
	e->e_answered_per_s = last_first > t0 ?
	    (double)nl * (double)NS_PER_S / (double)(last_first - t0) : 0.0;
	e->e_replies_per_s = last > t0 ?
	    (double)(e->e_replies - e->e_foreign) * (double)NS_PER_S / (double)(last - t0) : 0.0;
	free(lat);
	free(next);
}

/* In e2e mode: wait until every acknowledged message's contact has as many
 * replies as acknowledged messages, or the deadline. */
static void
lg_e2e_wait(const struct lg_opts *o, const struct lg_client *cl, struct lg_fake *fk,
    long sent, int64_t deadline)
{
	long long nc = o->lo_contacts;
	uint32_t *need = lg_xcalloc((size_t)nc, sizeof(uint32_t));
	int done = 0;

	for (long i = 0; i < sent; i++)
		if (cl->cl_reqs[i].rq_status == 200)
			need[i % nc]++;
	while (!done && !lg_stop && lg_now_ns() < deadline) {
		done = 1;
		pthread_mutex_lock(&fk->fk_lock);
		for (long long c = 0; c < nc && done; c++)
			if (fk->fk_per_contact[c] < need[c])
				done = 0;
		pthread_mutex_unlock(&fk->fk_lock);
		if (!done) {
			struct timespec ts = { 0, 20 * NS_PER_MS };

			nanosleep(&ts, NULL);
		}
	}
	/* A little longer for the second reply of the last messages. */
	if (done) {
		struct timespec ts = { 0, 200 * NS_PER_MS };

		nanosleep(&ts, NULL);
	}
	free(need);
}

static int
lg_write_ack_log(const char *path, const struct lg_client *cl, const char *run)
{
	FILE *f = fopen(path, "w");

	if (f == NULL) {
		fprintf(stderr, "loadgen: %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (long i = 0; i < cl->cl_total; i++)
		if (cl->cl_reqs[i].rq_status == 200)
			fprintf(f, "wamid.bench.%s.%ld\n", run, i);
	if (fclose(f) != 0) {
		fprintf(stderr, "loadgen: %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

static int
lg_write_lat_log(const char *path, const int64_t *lat, size_t n)
{
	FILE *f = fopen(path, "w");

	if (f == NULL) {
		fprintf(stderr, "loadgen: %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%.3f\n", (double)lat[i] / (double)NS_PER_MS);
	if (fclose(f) != 0) {
		fprintf(stderr, "loadgen: %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

static int
lg_fake_only(const struct lg_opts *o)
{
	struct lg_fake fk;
	int64_t end = lg_now_ns() + o->lo_duration * NS_PER_S;

	if (lg_fake_start(&fk, o) == -1)
		return 2;
	fprintf(stderr, "loadgen: fake Graph API on 127.0.0.1:%lld for %lld s\n",
	    o->lo_fake_port, o->lo_duration);
	while (!lg_stop && lg_now_ns() < end) {
		struct timespec ts = { 0, 50 * NS_PER_MS };

		nanosleep(&ts, NULL);
	}
	lg_fake_stop(&fk);
	printf("RESULT mode=fake replies=%zu bad=%ld\n", fk.fk_n, atomic_load(&fk.fk_bad));
	free(fk.fk_replies);
	free(fk.fk_per_contact);
	pthread_mutex_destroy(&fk.fk_lock);
	return 0;
}

int
main(int argc, char **argv)
{
	struct lg_opts o;
	struct lg_client cl;
	struct lg_fake fk;
	struct lg_e2e e2e;
	struct sigaction sa;
	struct rusage ru;
	char run[32];
	long statuses[LG_STATUS_MAX];
	long acked = 0, timeouts = 0, connerr = 0, not_sent = 0, other = 0, sent = 0;
	int64_t t0 = 0, t_last = 0, *lat_sched, *lat_send;
	size_t nlat = 0;
	double wall, ack_per_s, cpu_s, proc_cpu_s = -1.0;
	int rc = 2, have_fake = 0;

	if (lg_opts_parse(argc, argv, &o) == -1)
		return 2;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = lg_on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (o.lo_mode == LG_MODE_FAKE)
		return lg_fake_only(&o);

	memset(&cl, 0, sizeof(cl));
	cl.cl_opts = &o;
	cl.cl_total = (long)(o.lo_burst > 0 ? o.lo_burst : o.lo_rate * o.lo_duration);
	cl.cl_reqs = lg_xcalloc((size_t)cl.cl_total, sizeof(struct lg_req));
	snprintf(run, sizeof(run), "%lx%x", (long)time(NULL), (unsigned int)getpid());
	if (lg_build(&o, cl.cl_total, run, cl.cl_reqs, &cl.cl_arena) == -1)
		return 2;
	cl.cl_conns = lg_xcalloc((size_t)o.lo_conns, sizeof(struct lg_conn));
	cl.cl_idle = lg_xcalloc((size_t)o.lo_conns, sizeof(int));
	for (long long i = 0; i < o.lo_conns; i++) {
		cl.cl_conns[i].cn_fd = -1;
		cl.cl_conns[i].cn_req = -1;
		cl.cl_conns[i].cn_rbuf = lg_xmalloc(LG_RBUF);
	}
	memset(&cl.cl_sa, 0, sizeof(cl.cl_sa));
	cl.cl_sa.sin_family = AF_INET;
	cl.cl_sa.sin_port = htons((uint16_t)o.lo_port);
	cl.cl_sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cl.cl_ep = epoll_create1(EPOLL_CLOEXEC);
	if (cl.cl_ep < 0) {
		perror("loadgen: epoll_create1");
		return 2;
	}
	if (o.lo_fake_port > 0) {
		if (lg_fake_start(&fk, &o) == -1)
			return 2;
		have_fake = 1;
	}

	if (lg_client_run(&cl, &t0) == -1)
		goto out;
	if (getrusage(RUSAGE_THREAD, &ru) == 0)
		cpu_s = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		    (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	else
		cpu_s = -1.0;

	memset(statuses, 0, sizeof(statuses));
	lat_sched = lg_xmalloc((size_t)cl.cl_total * sizeof(int64_t));
	lat_send = lg_xmalloc((size_t)cl.cl_total * sizeof(int64_t));
	for (long i = 0; i < cl.cl_total; i++) {
		const struct lg_req *rq = &cl.cl_reqs[i];

		if (rq->rq_sent_ns == 0) {
			not_sent++;
			continue;
		}
		sent++;
		if (rq->rq_status == LG_ST_TIMEOUT)
			timeouts++;
		else if (rq->rq_status == LG_ST_CONNERR)
			connerr++;
		else if (rq->rq_status > 0 && rq->rq_status < LG_STATUS_MAX)
			statuses[rq->rq_status]++;
		else
			other++;
		if (rq->rq_status == 200) {
			acked++;
			/* A burst has no schedule: from send, like lat_send. */
			lat_sched[nlat] = rq->rq_done_ns - (o.lo_burst > 0 ?
			    rq->rq_sent_ns : lg_sched(&o, t0, i));
			lat_send[nlat] = rq->rq_done_ns - rq->rq_sent_ns;
			nlat++;
			if (rq->rq_done_ns > t_last)
				t_last = rq->rq_done_ns;
		}
	}
	if (nlat > 0) {
		qsort(lat_sched, nlat, sizeof(int64_t), lg_cmp_i64);
		qsort(lat_send, nlat, sizeof(int64_t), lg_cmp_i64);
	}
	wall = t_last > t0 ? (double)(t_last - t0) / (double)NS_PER_S : 0.0;
	ack_per_s = wall > 0 ? (double)acked / wall : 0.0;

	printf("loadgen: %s, %ld requests (%s), %lld contacts, %lld connections\n",
	    o.lo_mode == LG_MODE_E2E ? "e2e" : "ack", cl.cl_total,
	    o.lo_burst > 0 ? "burst" : "open loop", o.lo_contacts, o.lo_conns);
	if (o.lo_burst == 0)
		printf("  offered           %lld/s for %lld s\n", o.lo_rate, o.lo_duration);
	printf("  acknowledged      %ld of %ld sent in %.3f s = %.0f/s\n", acked, sent, wall, ack_per_s);
	for (int s = 0; s < LG_STATUS_MAX; s++)
		if (s != 200 && statuses[s] > 0)
			printf("  status %d        %ld\n", s, statuses[s]);
	printf("  timeouts          %ld\n  connection errors %ld (connect failures %ld)\n"
	    "  not sent          %ld\n", timeouts, connerr, cl.cl_connect_errors, not_sent);
	if (o.lo_burst == 0)
		printf("  ack latency from schedule  p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms\n",
		    lg_quantile_ms(lat_sched, nlat, 0.5), lg_quantile_ms(lat_sched, nlat, 0.99),
		    lg_quantile_ms(lat_sched, nlat, 0.999),
		    nlat ? (double)lat_sched[nlat - 1] / (double)NS_PER_MS : 0.0);
	printf("  ack latency from send      p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms\n",
	    lg_quantile_ms(lat_send, nlat, 0.5), lg_quantile_ms(lat_send, nlat, 0.99),
	    lg_quantile_ms(lat_send, nlat, 0.999),
	    nlat ? (double)lat_send[nlat - 1] / (double)NS_PER_MS : 0.0);
	printf("  generator CPU     %.2f s of %.2f s wall (%.0f%% of one core)\n", cpu_s, wall,
	    wall > 0 ? 100.0 * cpu_s / wall : 0.0);

	memset(&e2e, 0, sizeof(e2e));
	if (have_fake) {
		if (o.lo_mode == LG_MODE_E2E)
			lg_e2e_wait(&o, &cl, &fk, cl.cl_total, lg_now_ns() + o.lo_drain_s * NS_PER_S);
		lg_fake_stop(&fk);
		have_fake = 0;
		lg_e2e_match(&o, &cl, &fk, t0, cl.cl_total, &e2e);
		if (o.lo_mode == LG_MODE_E2E) {
			printf("  replies           %zu (%zu first replies, %zu further, %zu to others) "
			    "= %.0f/s\n", e2e.e_replies, e2e.e_matched, e2e.e_extra, e2e.e_foreign,
			    e2e.e_replies_per_s);
			printf("  answered          %zu messages = %.0f/s (to the last first reply)\n",
			    e2e.e_matched, e2e.e_answered_per_s);
			printf("  unanswered        %zu acknowledged messages without a reply\n",
			    e2e.e_unanswered);
			printf("  inbound-to-reply  p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms\n",
			    e2e.e_p50, e2e.e_p99, e2e.e_p999, e2e.e_max);
		} else {
			printf("  replies           %zu\n", e2e.e_replies);
		}
	}
	if (getrusage(RUSAGE_SELF, &ru) == 0)
		proc_cpu_s = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		    (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	printf("RESULT mode=%s requests=%ld sent=%ld acked=%ld wall_s=%.3f ack_per_s=%.0f "
	    "ack_p50_ms=%.2f ack_p99_ms=%.2f ack_p999_ms=%.2f send_p50_ms=%.2f send_p99_ms=%.2f "
	    "non200=%ld timeouts=%ld conn_errors=%ld connect_failures=%ld not_sent=%ld "
	    "gen_cpu_s=%.2f proc_cpu_s=%.2f replies=%zu replies_per_s=%.0f e2e_matched=%zu e2e_unanswered=%zu "
	    "e2e_answered_per_s=%.0f e2e_p50_ms=%.2f e2e_p99_ms=%.2f e2e_p999_ms=%.2f e2e_max_ms=%.2f\n",
	    o.lo_mode == LG_MODE_E2E ? "e2e" : "ack", cl.cl_total, sent, acked, wall, ack_per_s,
	    lg_quantile_ms(lat_sched, nlat, 0.5), lg_quantile_ms(lat_sched, nlat, 0.99),
	    lg_quantile_ms(lat_sched, nlat, 0.999),
	    lg_quantile_ms(lat_send, nlat, 0.5), lg_quantile_ms(lat_send, nlat, 0.99),
	    sent - acked - timeouts - connerr, timeouts, connerr, cl.cl_connect_errors, not_sent,
	    cpu_s, proc_cpu_s, e2e.e_replies, e2e.e_replies_per_s, e2e.e_matched, e2e.e_unanswered,
	    e2e.e_answered_per_s, e2e.e_p50, e2e.e_p99, e2e.e_p999, e2e.e_max);
	rc = 0;
	if (o.lo_lat_log != NULL && lg_write_lat_log(o.lo_lat_log, lat_sched, nlat) == -1)
		rc = 2;
	free(lat_sched);
	free(lat_send);
	if (o.lo_ack_log != NULL && lg_write_ack_log(o.lo_ack_log, &cl, run) == -1)
		rc = 2;
	(void)other;
out:
	if (have_fake)
		lg_fake_stop(&fk);
	close(cl.cl_ep);
	for (long long i = 0; i < o.lo_conns; i++)
		free(cl.cl_conns[i].cn_rbuf);
	free(cl.cl_conns);
	free(cl.cl_idle);
	free(cl.cl_reqs);
	free(cl.cl_arena);
	if (o.lo_fake_port > 0) {
		free(fk.fk_replies);
		free(fk.fk_per_contact);
	}
	return rc;
}
