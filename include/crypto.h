/*
 * crypto.h — HMAC, hex/base64, pseudonyms and randomness (OpenSSL libcrypto).
 */
#ifndef CRYPTO_H
#define CRYPTO_H

#include <stddef.h>
#include <stdint.h>
#include "praatpaal.h"

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

#endif
