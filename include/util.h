/*
 * util.h — memory, growable buffers with a ceiling, safe number parsing.
 *
 * Out of memory: xmalloc and friends log one line and abort (docs/operations.md).
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

#define WUR __attribute__((warn_unused_result))
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

/*
 * A growable byte buffer that refuses to grow past max (0 = no ceiling).
 * data is always NUL-terminated after a successful append.
 */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
	size_t	 max;
};

void	buf_init(struct buf *, size_t max);
/* -1 (buffer unchanged) when the result would exceed max. */
int	buf_append(struct buf *, const void *, size_t) WUR;
int	buf_puts(struct buf *, const char *) WUR;
int	buf_printf(struct buf *, const char *, ...) WUR __attribute__((format(printf, 2, 3)));
int	buf_vprintf(struct buf *, const char *, va_list) WUR __attribute__((format(printf, 2, 0)));
void	buf_reset(struct buf *);
void	buf_free(struct buf *);

/* A growing list of 64-bit ids (contacts, outbox rows). Zero it to start. */
struct idlist {
	int64_t	*il_ids;
	size_t	 il_n;
	size_t	 il_cap;
};

void	idlist_add(struct idlist *, int64_t);
void	idlist_free(struct idlist *);
/* Hand the data to the caller (who frees it) and reset the buffer. */
char	*buf_steal(struct buf *);

/* Copy with truncation reported: 0, or -1 when src did not fit (dst still terminated). */
int	util_strlcpy(char *dst, const char *src, size_t size);
/* Copy at most size-1 bytes of src, cut on a UTF-8 character boundary (always terminated). */
void	util_copy_utf8(char *dst, size_t size, const char *src);
/* Whole-string decimal integer in [min, max]: 0, or -1 (out untouched). */
int	util_parse_ll(const char *s, long long min, long long max, long long *out) WUR;
/* Format into a caller's error buffer; nothing when err is NULL or errlen 0. */
void	util_seterr(char *err, size_t errlen, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Value of a hexadecimal digit, or -1. */
int	util_hexval(int c);
/* 1 if s is one or more ASCII digits and nothing else. */
int	util_all_digits(const char *s);
/* Constant-time comparison of two equal-length byte strings: 1 equal, 0 not. */
int	util_ct_equal(const void *a, const void *b, size_t n);
/*
 * Decode one UTF-8 sequence at s (n > 0 bytes left): its length, with the
 * code point in *cp; an invalid, overlong, surrogate or truncated sequence
 * is one byte with *cp = -1. The one decoder of crisis.c, pii.c, sms_text.c.
 */
size_t	util_utf8_next(const unsigned char *s, size_t n, long *cp);
/*
 * Latin letters U+00C0..U+017F folded to ASCII lower case ("é" -> "e",
 * "ß" -> "ss", "ĳ" -> "ij"); "" for the multiplication and division signs.
 * Index with cp - UTIL_LATIN_FOLD_START. Shared by crisis.c and pii.c.
 */
#define UTIL_LATIN_FOLD_START	0xC0
#define UTIL_LATIN_FOLD_END	0x180
extern const char *const util_latin_fold[UTIL_LATIN_FOLD_END - UTIL_LATIN_FOLD_START];
/* 1 if s[0..n) is valid UTF-8 without NUL bytes. */
int	util_utf8_valid(const char *s, size_t n);
/* Milliseconds since the epoch (CLOCK_REALTIME) and monotonic milliseconds. */
int64_t	util_now_ms(void);
int64_t	util_mono_ms(void);
int64_t	util_mono_us(void);	/* monotonic microseconds */
/* Read a whole file (at most max bytes): NUL-terminated data, or NULL with err filled. */
char	*util_read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen);

#endif
