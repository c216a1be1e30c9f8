/*
 * crypto.c — HMAC-SHA256/SHA1, hex and base64 encoding, contact pseudonyms,
 * the echo tokens that name an outbox row in a provider's status
 * webhooks, and unbiased random numbers, all on OpenSSL libcrypto.
 *
 * These functions cannot fail on valid input; if libcrypto does (out of
 * memory, broken RNG) they log one line and abort, as xmalloc does: a
 * signature or pseudonym that is silently wrong is worse than a restart.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "crypto.h"
#include "log.h"
#include "util.h"

static void crypto_die(const char *) __attribute__((noreturn));

static void
crypto_die(const char *what)
{
	log_error("crypto_failure op=%s", what);
	abort();
}

/* HMAC with md; out receives EVP_MD_get_size(md) bytes. */
static void
crypto_hmac(const EVP_MD *md, const void *key, size_t keylen,
    const void *data, size_t len, unsigned char *out, unsigned int outlen)
{
	static const unsigned char empty[1];
	unsigned int n = 0;

	if (keylen > INT32_MAX)
		crypto_die("hmac_key_length");
	if (key == NULL || keylen == 0)
		key = empty;
	if (data == NULL || len == 0)
		data = empty;
	if (HMAC(md, key, (int)keylen, data, len, out, &n) == NULL || n != outlen)
		crypto_die("hmac");
}

void
crypto_hmac_sha256(const void *key, size_t keylen, const void *data,
    size_t len, unsigned char out[32])
{
	crypto_hmac(EVP_sha256(), key, keylen, data, len, out, 32);
}

void
crypto_hmac_sha1(const void *key, size_t keylen, const void *data,
    size_t len, unsigned char out[20])
{
	crypto_hmac(EVP_sha1(), key, keylen, data, len, out, 20);
}

void
crypto_hex(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

void
crypto_base64(const unsigned char *in, size_t n, char *out)
{
	size_t off = 0, chunk;

	/* EVP_EncodeBlock takes an int length: encode in whole 3-byte groups. */
	while (n > 0) {
		chunk = n > 3u * 1024 * 1024 ? 3u * 1024 * 1024 : n;
		off += (size_t)EVP_EncodeBlock((unsigned char *)out + off, in, (int)chunk);
		in += chunk;
		n -= chunk;
	}
	out[off] = '\0';
}

void
crypto_pseudonym(const char *key, const char *channel, const char *address,
    char out[PSEUDONYM_LEN + 1])
{
	unsigned char mac[32];
	char hex[65];
	char *msg;

	msg = xasprintf("%s:%s", channel, address);
	crypto_hmac_sha256(key, strlen(key), msg, strlen(msg), mac);
	free(msg);
	crypto_hex(mac, sizeof(mac), hex);
	memcpy(out, hex, PSEUDONYM_LEN);
	out[PSEUDONYM_LEN] = '\0';
}

/* The echo's mac for id, OUTBOX_ECHO_MAC_LEN hex chars. */
static void
crypto_echo_mac(const char *key, int64_t id, char out[OUTBOX_ECHO_MAC_LEN + 1])
{
	unsigned char mac[32];
	char msg[48], hex[65];
	int n;

	n = snprintf(msg, sizeof(msg), "praatpaal echo %lld", (long long)id);
	crypto_hmac_sha256(key, strlen(key), msg, (size_t)n, mac);
	crypto_hex(mac, sizeof(mac), hex);
	memcpy(out, hex, OUTBOX_ECHO_MAC_LEN);
	out[OUTBOX_ECHO_MAC_LEN] = '\0';
}

void
crypto_echo_make(const char *key, int64_t id, char out[OUTBOX_ECHO_MAX])
{
	char mac[OUTBOX_ECHO_MAC_LEN + 1];

	crypto_echo_mac(key, id, mac);
	snprintf(out, OUTBOX_ECHO_MAX, "pp1.%lld.%s", (long long)id, mac);
}

int
crypto_echo_check(const char *key, const char *echo, int64_t *id)
{
	char num[24], want[OUTBOX_ECHO_MAC_LEN + 1];
	const char *dot, *mac;
	long long v;
	size_t n;

	if (key == NULL || echo == NULL || strncmp(echo, "pp1.", 4) != 0)
		return -1;
	echo += 4;
	if ((dot = strchr(echo, '.')) == NULL)
		return -1;
	n = (size_t)(dot - echo);
	mac = dot + 1;
	if (n == 0 || n >= sizeof(num) || strlen(mac) != OUTBOX_ECHO_MAC_LEN)
		return -1;
	memcpy(num, echo, n);
	num[n] = '\0';
	if (!util_all_digits(num) || util_parse_ll(num, 1, INT64_MAX, &v) == -1)
		return -1;
	crypto_echo_mac(key, (int64_t)v, want);
	if (!util_ct_equal(want, mac, OUTBOX_ECHO_MAC_LEN))
		return -1;
	*id = (int64_t)v;
	return 0;
}

/*
 * Rejection sampling: draw 64 bits, reject the top (2^64 mod n) values so
 * every residue is equally likely. n == 0 returns 0.
 */
uint64_t
crypto_random_below(uint64_t n)
{
	uint64_t r, threshold;

	if (n == 0)
		return 0;
	threshold = (0 - n) % n;	/* 2^64 mod n */
	for (;;) {
		if (RAND_bytes((unsigned char *)&r, sizeof(r)) != 1)
			crypto_die("rand_bytes");
		if (r >= threshold)
			return r % n;
	}
}
