/*
 * test_crypto.c — HMAC against RFC 4231 (SHA-256) and RFC 2202 (SHA-1)
 * vectors, hex, base64 (RFC 4648 vectors), pseudonyms, random_below.
 */
#include <stdio.h>
#include <string.h>

#include "crypto.h"
#include "unit.h"

static void
hmac256_hex(const void *key, size_t keylen, const void *data, size_t len, char out[65])
{
	unsigned char mac[32];

	crypto_hmac_sha256(key, keylen, data, len, mac);
	crypto_hex(mac, sizeof(mac), out);
}

static void
hmac1_hex(const void *key, size_t keylen, const void *data, size_t len, char out[41])
{
	unsigned char mac[20];

	crypto_hmac_sha1(key, keylen, data, len, mac);
	crypto_hex(mac, sizeof(mac), out);
}

static void
test_hmac_sha256_rfc4231(void)
{
	static const char big_msg[] =
	    "Test Using Larger Than Block-Size Key - Hash Key First";
	unsigned char k[131], d[50];
	char hex[65];

	memset(k, 0x0b, 20);
	hmac256_hex(k, 20, "Hi There", 8, hex);			/* case 1 */
	CHECK_STR(hex, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");

	hmac256_hex("Jefe", 4, "what do ya want for nothing?", 28, hex);	/* case 2 */
	CHECK_STR(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

	memset(k, 0xaa, 20);
	memset(d, 0xdd, 50);
	hmac256_hex(k, 20, d, 50, hex);				/* case 3 */
	CHECK_STR(hex, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");

	memset(k, 0xaa, 131);
	hmac256_hex(k, 131, big_msg, sizeof(big_msg) - 1, hex);	/* case 6 */
	CHECK_STR(hex, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

static void
test_hmac_sha1_rfc2202(void)
{
	static const char big_msg[] =
	    "Test Using Larger Than Block-Size Key - Hash Key First";
	unsigned char k[80], d[50];
	char hex[41];

	memset(k, 0x0b, 20);
	hmac1_hex(k, 20, "Hi There", 8, hex);			/* case 1 */
	CHECK_STR(hex, "b617318655057264e28bc0b6fb378c8ef146be00");

	hmac1_hex("Jefe", 4, "what do ya want for nothing?", 28, hex);	/* case 2 */
	CHECK_STR(hex, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");

	memset(k, 0xaa, 20);
	memset(d, 0xdd, 50);
	hmac1_hex(k, 20, d, 50, hex);				/* case 3 */
	CHECK_STR(hex, "125d7342b9ac11cd91a39af48aa17b4f63f175d3");

	memset(k, 0xaa, 80);
	hmac1_hex(k, 80, big_msg, sizeof(big_msg) - 1, hex);	/* case 6 */
	CHECK_STR(hex, "aa4ae5e15272d00e95705637ce8a3b55ed402112");
}

static void
test_hmac_empty(void)
{
	char a[65], b[65];

	/* An empty key or body is legal and deterministic. */
	hmac256_hex("", 0, "", 0, a);
	hmac256_hex(NULL, 0, NULL, 0, b);
	CHECK_STR(a, b);
	CHECK_STR(a, "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

static void
test_hex(void)
{
	const unsigned char in[] = { 0x00, 0x01, 0x7f, 0x80, 0xab, 0xff };
	char out[2 * sizeof(in) + 1];

	crypto_hex(in, sizeof(in), out);
	CHECK_STR(out, "00017f80abff");
	crypto_hex(in, 0, out);
	CHECK_STR(out, "");
}

static void
test_base64_rfc4648(void)
{
	static const struct { const char *in, *out; } v[] = {
		{ "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
	};
	const unsigned char bin[] = { 0xfb, 0xff, 0xbf };
	char out[64];
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		memset(out, 'X', sizeof(out));
		crypto_base64((const unsigned char *)v[i].in, strlen(v[i].in), out);
		CHECK_STR(out, v[i].out);
	}
	crypto_base64(bin, sizeof(bin), out);
	CHECK_STR(out, "+/+/");				/* standard, not URL-safe, alphabet */
}

static int
is_hex16(const char *s)
{
	size_t i;

	if (strlen(s) != PSEUDONYM_LEN)
		return 0;
	for (i = 0; i < PSEUDONYM_LEN; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

static void
test_pseudonym(void)
{
	const char *key = "demo-pseudonym-key-0123456789";
	char a[PSEUDONYM_LEN + 1], b[PSEUDONYM_LEN + 1], c[PSEUDONYM_LEN + 1];
	char d[PSEUDONYM_LEN + 1], e[PSEUDONYM_LEN + 1];

	crypto_pseudonym(key, "whatsapp", "31600000001", a);
	crypto_pseudonym(key, "whatsapp", "31600000001", b);
	crypto_pseudonym(key, "whatsapp", "31600000002", c);
	crypto_pseudonym(key, "sms", "31600000001", d);
	crypto_pseudonym("another-key-0123456789", "whatsapp", "31600000001", e);
	CHECK(is_hex16(a));
	CHECK_STR(a, b);				/* stable */
	CHECK(strcmp(a, c) != 0);			/* per address */
	CHECK(strcmp(a, d) != 0);			/* per channel */
	CHECK(strcmp(a, e) != 0);			/* per key */
	/* HMAC-SHA256(key, "whatsapp:31600000001"), first 16 hex (Python hmac). */
	CHECK_STR(a, "8e6c0bf8675cfbe7");
	CHECK_STR(d, "20dd9386af50e52b");
}

static void
test_random_below(void)
{
	unsigned counts[6] = { 0 };
	uint64_t r;
	int i, ok = 1;

	for (i = 0; i < 100; i++)
		CHECK_INT(crypto_random_below(1), 0);
	for (i = 0; i < 60000; i++) {
		r = crypto_random_below(6);
		if (r >= 6) {
			ok = 0;
			break;
		}
		counts[r]++;
	}
	CHECK(ok);
	/* Expect 10000 each; 8000..12000 is > 40 standard deviations wide. */
	for (i = 0; i < 6; i++)
		CHECK(counts[i] > 8000 && counts[i] < 12000);
	r = crypto_random_below(UINT64_MAX);
	CHECK(r < UINT64_MAX);
	r = crypto_random_below((UINT64_MAX / 2) + 2);	/* worst case for rejection */
	CHECK(r < (UINT64_MAX / 2) + 2);
}

/* The echo of an outbox row: made and checked, nothing else passes. */
static void
test_echo(void)
{
	const char *key = "demo-pseudonym-key-0123456789";
	char e[OUTBOX_ECHO_MAX], big[OUTBOX_ECHO_MAX];
	int64_t id = 0;

	/* python3: hmac.new(key, b"praatpaal echo 42", sha256).hexdigest()[:16] */
	crypto_echo_make(key, 42, e);
	CHECK_STR(e, "pp1.42.25a07427609cefa5");
	CHECK_INT(crypto_echo_check(key, e, &id), 0);
	CHECK_INT(id, 42);
	CHECK_INT(crypto_echo_check("another-key-0123456789", e, &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp1.43.25a07427609cefa5", &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp2.42.25a07427609cefa5", &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp1.42.25a07427609cefa", &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp1.42.25a07427609cefa5a", &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp1..25a07427609cefa5", &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp1.-42.25a07427609cefa5", &id), -1);
	CHECK_INT(crypto_echo_check(key, "pp1.0.25a07427609cefa5", &id), -1);
	CHECK_INT(crypto_echo_check(key, "", &id), -1);
	CHECK_INT(crypto_echo_check(key, NULL, &id), -1);
	/* the largest id fits */
	crypto_echo_make(key, INT64_MAX, big);
	CHECK(strlen(big) < OUTBOX_ECHO_MAX);
	CHECK_INT(crypto_echo_check(key, big, &id), 0);
	CHECK(id == INT64_MAX);
}

int
main(void)
{
	RUN(test_hmac_sha256_rfc4231);
	RUN(test_hmac_sha1_rfc2202);
	RUN(test_hmac_empty);
	RUN(test_hex);
	RUN(test_base64_rfc4648);
	RUN(test_pseudonym);
	RUN(test_echo);
	RUN(test_random_below);
	return unit_done();
}
