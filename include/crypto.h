/*
 * crypto.h — HMAC, hex/base64, pseudonyms and randomness (OpenSSL libcrypto).
 */
#ifndef CRYPTO_H
#define CRYPTO_H

#include <stddef.h>
#include <stdint.h>
#include "praatpaal.h"
#include "util.h"

/* out receives 32 bytes. */
void	crypto_hmac_sha256(const void *key, size_t keylen, const void *data,
	    size_t len, unsigned char out[32]);
/* out receives 20 bytes. */
void	crypto_hmac_sha1(const void *key, size_t keylen, const void *data,
	    size_t len, unsigned char out[20]);
/* Lower-case hex; out must hold 2n+1 bytes. */
void	crypto_hex(const unsigned char *in, size_t n, char *out);
/* Standard base64 with padding; out must hold 4*((n+2)/3)+1 bytes. */
void	crypto_base64(const unsigned char *in, size_t n, char *out);
/*
 * The contact's pseudonym: first PSEUDONYM_LEN hex chars of
 * HMAC-SHA256(key, channel ":" address). Stable for one key.
 */
void	crypto_pseudonym(const char *key, const char *channel,
	    const char *address, char out[PSEUDONYM_LEN + 1]);
/* Uniform random in [0, n) from the CSPRNG (n > 0). */
uint64_t crypto_random_below(uint64_t n);

/*
 * A send's echo: the outbox row's identity as the provider hands it back
 * in every status of that message (WhatsApp biz_opaque_callback_data,
 * Twilio's StatusCallback query). "pp1.<row id>.<mac>", the mac the first
 * OUTBOX_ECHO_MAC_LEN hex chars of HMAC-SHA256(key, "praatpaal echo <id>"):
 * nothing personal, and an echo made with another key (another
 * installation sharing the provider account) names no row here.
 */
void	crypto_echo_make(const char *key, int64_t id, char out[OUTBOX_ECHO_MAX]);
/* The row an echo names: 0 with *id; -1 malformed or not made with key. */
int	crypto_echo_check(const char *key, const char *echo, int64_t *id) WUR;

#endif
