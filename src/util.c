/*
 * util.c — memory that aborts on exhaustion, growable buffers with a ceiling,
 * bounded string copies, whole-string number parsing, constant-time
 * comparison, UTF-8 validation, clocks and whole-file reads.
 *
 * Out-of-memory policy: xmalloc and friends write one log line
 * ("level=error out of memory") with a single write(2) and abort(). There is
 * no recovery path: a daemon that cannot allocate cannot keep its promises,
 * and a supervisor restarts it; the database keeps every durable fact.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "util.h"

static void util_oom(void) __attribute__((noreturn));

/* Log one line and abort; safe to call with the heap exhausted. */
static void
util_oom(void)
{
	static const char msg[] = "level=error out of memory\n";
	ssize_t n;

	n = write(STDERR_FILENO, msg, sizeof(msg) - 1);
	(void)n;
	abort();
}

void *
xmalloc(size_t n)
{
	void *p;

	p = malloc(n ? n : 1);
	if (p == NULL)
		util_oom();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p;

	if (nmemb == 0 || size == 0)
		nmemb = size = 1;
	p = calloc(nmemb, size);
	if (p == NULL)
		util_oom();
	return p;
}

void *
xrealloc(void *old, size_t n)
{
	void *p;

	p = realloc(old, n ? n : 1);
	if (p == NULL)
		util_oom();
	return p;
}

char *
xstrdup(const char *s)
{
	char *p;

	p = strdup(s);
	if (p == NULL)
		util_oom();
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p;

	p = strndup(s, n);
	if (p == NULL)
		util_oom();
	return p;
}

/* Formatted string the caller frees; aborts on OOM (never returns NULL). */
char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&p, fmt, ap);
	va_end(ap);
	if (n < 0)
		util_oom();
	return p;
}

void
buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
}

/* Make room for need more bytes plus a NUL: 0, or -1 past the ceiling. */
static int
buf_grow(struct buf *b, size_t need)
{
	size_t want, ncap;

	if (need > SIZE_MAX - b->len - 1)
		return -1;
	if (b->max != 0 && b->len + need > b->max)
		return -1;
	want = b->len + need + 1;
	if (want <= b->cap)
		return 0;
	ncap = b->cap ? b->cap : 64;
	while (ncap < want) {
		if (ncap > SIZE_MAX / 2) {
			ncap = want;
			break;
		}
		ncap *= 2;
	}
	if (b->max != 0 && ncap > b->max + 1)
		ncap = b->max + 1;
	b->data = xrealloc(b->data, ncap);
	b->cap = ncap;
	return 0;
}

int
buf_append(struct buf *b, const void *p, size_t n)
{
	if (buf_grow(b, n) == -1)
		return -1;
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int
buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return -1;
	if (buf_grow(b, (size_t)n) == -1)
		return -1;
	if (vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap) != n) {
		b->data[b->len] = '\0';
		return -1;
	}
	b->len += (size_t)n;
	return 0;
}

int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void
idlist_add(struct idlist *l, int64_t id)
{
	if (l->il_n == l->il_cap) {
		l->il_cap = l->il_cap ? l->il_cap * 2 : 16;
		l->il_ids = xrealloc(l->il_ids, l->il_cap * sizeof(*l->il_ids));
	}
	l->il_ids[l->il_n++] = id;
}

void
idlist_free(struct idlist *l)
{
	free(l->il_ids);
	memset(l, 0, sizeof(*l));
}

/* The data (never NULL: "" for an empty buffer); the caller frees it. */
char *
buf_steal(struct buf *b)
{
	char *p;

	p = b->data != NULL ? b->data : xstrdup("");
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	return p;
}

int
util_strlcpy(char *dst, const char *src, size_t size)
{
	size_t n;

	if (size == 0)
		return -1;
	n = strlen(src);
	if (n >= size) {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
		return -1;
	}
	memcpy(dst, src, n + 1);
	return 0;
}

/*
 * Optional sign and decimal digits only: no leading blanks, no trailing
 * characters, no empty string. -1 on anything else or out of [min, max].
 */
int
util_parse_ll(const char *s, long long min, long long max, long long *out)
{
	const char *p;
	char *end;
	long long v;

	if (s == NULL)
		return -1;
	p = s;
	if (*p == '-' || *p == '+')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	if (v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int
util_ct_equal(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

/*
 * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates
 * (U+D800..U+DFFF), nothing above U+10FFFF, and no NUL byte.
 */
int
util_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	long cp;

	while (i < n) {
		i += util_utf8_next(s + i, n - i, &cp);
		if (cp <= 0)
			return 0;	/* NUL, or an invalid, overlong or truncated sequence */
	}
	return 1;
}

int64_t
util_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t
util_mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t
util_mono_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/*
 * The whole file, NUL-terminated (len, if not NULL, gets its size). On
 * failure (cannot open/read, or larger than max bytes) NULL, with
 * "path: reason" in err. The caller frees the result.
 */
char *
util_read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
	char *data = NULL;
	size_t n = 0, cap;
	ssize_t r;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	cap = max < 4096 ? max + 1 : 4096;
	data = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			if (cap > max)
				break;
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			data = xrealloc(data, cap + 1);
		}
		r = read(fd, data + n, cap - n);
		if (r == -1) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			goto fail;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > max) {
		snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
		goto fail;
	}
	close(fd);
	data[n] = '\0';
	if (len != NULL)
		*len = n;
	return data;
fail:
	close(fd);
	free(data);
	return NULL;
}

void
util_seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

int
util_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
util_all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

void
util_copy_utf8(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (size == 0)
		return;
	if (n >= size) {
		n = size - 1;
		while (n > 0 && ((unsigned char)src[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Latin letters folded to ASCII lower case (include/util.h). */
const char *const util_latin_fold[UTIL_LATIN_FOLD_END - UTIL_LATIN_FOLD_START] = {
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* 00C0 */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* 00C8 */
	"d", "n", "o", "o", "o", "o", "o", "",	/* 00D0 */
	"o", "u", "u", "u", "u", "y", "th", "ss",	/* 00D8 */
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* 00E0 */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* 00E8 */
	"d", "n", "o", "o", "o", "o", "o", "",	/* 00F0 */
	"o", "u", "u", "u", "u", "y", "th", "y",	/* 00F8 */
	"a", "a", "a", "a", "a", "a", "c", "c",	/* 0100 */
	"c", "c", "c", "c", "c", "c", "d", "d",	/* 0108 */
	"d", "d", "e", "e", "e", "e", "e", "e",	/* 0110 */
	"e", "e", "e", "e", "g", "g", "g", "g",	/* 0118 */
	"g", "g", "g", "g", "h", "h", "h", "h",	/* 0120 */
	"i", "i", "i", "i", "i", "i", "i", "i",	/* 0128 */
	"i", "i", "ij", "ij", "j", "j", "k", "k",	/* 0130 */
	"k", "l", "l", "l", "l", "l", "l", "l",	/* 0138 */
	"l", "l", "l", "n", "n", "n", "n", "n",	/* 0140 */
	"n", "n", "n", "n", "o", "o", "o", "o",	/* 0148 */
	"o", "o", "oe", "oe", "r", "r", "r", "r",	/* 0150 */
	"r", "r", "s", "s", "s", "s", "s", "s",	/* 0158 */
	"s", "s", "t", "t", "t", "t", "t", "t",	/* 0160 */
	"u", "u", "u", "u", "u", "u", "u", "u",	/* 0168 */
	"u", "u", "u", "u", "w", "w", "y", "y",	/* 0170 */
	"y", "z", "z", "z", "z", "z", "z", "s",	/* 0178 */
};

/* One UTF-8 sequence (include/util.h). */
size_t
util_utf8_next(const unsigned char *s, size_t n, long *cp)
{
	size_t len, i;
	long c, min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0) {
		len = 2; c = s[0] & 0x1F; min = 0x80;
	} else if ((s[0] & 0xF0) == 0xE0) {
		len = 3; c = s[0] & 0x0F; min = 0x800;
	} else if ((s[0] & 0xF8) == 0xF0) {
		len = 4; c = s[0] & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	if (len > n) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return len;
}
