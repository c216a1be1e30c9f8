/*
 * fuzz_whatsapp.c — libFuzzer target for the WhatsApp webhook parser
 * (wa_parse_for) and the X-Hub-Signature-256 check (wa_verify_signature).
 *
 * The input is the raw webhook body. It is parsed as is; then its first
 * line (up to '\n', at most 128 bytes) is used as a signature header over
 * the rest, so malformed headers get exercised too. `make fuzz` builds and
 * runs it (docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "log.h"
#include "message.h"
#include "whatsapp.h"

#define FUZZ_HEADER_MAX	128	/* bytes of the signature header taken from the input */

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	log_set_level(LOGL_ERROR);	/* the parser logs errors[] at warn */
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct payload pl;
	char err[256], header[FUZZ_HEADER_MAX + 1];
	const uint8_t *nl;
	size_t hlen;

	memset(&pl, 0, sizeof(pl));
	if (wa_parse_for((const char *)data, size, "100000000000001", &pl, err,
	    sizeof(err)) == 0) {
		/* A parse that succeeded must hold what the limits allow. */
		if (pl.pl_nmsgs + pl.pl_nstats > 1000)
			__builtin_trap();
		for (size_t i = 0; i < pl.pl_nmsgs; i++)	/* every message has a sender */
			if (pl.pl_msgs[i].in_from == NULL && pl.pl_msgs[i].in_bsuid == NULL)
				__builtin_trap();
	} else if (pl.pl_nmsgs != 0 || pl.pl_nstats != 0 || err[0] == '\0')
		__builtin_trap();	/* failure: empty payload and a message */
	payload_free(&pl);

	nl = memchr(data, '\n', size);
	hlen = nl != NULL ? (size_t)(nl - data) : size;
	if (hlen > FUZZ_HEADER_MAX)
		hlen = FUZZ_HEADER_MAX;
	memcpy(header, data, hlen);
	header[hlen] = '\0';
	if (wa_verify_signature("app-secret-for-fuzzing", header, data + hlen,
	    size - hlen) == 0)
		__builtin_trap();	/* nobody forges an HMAC by chance */
	(void)wa_verify_signature("app-secret-for-fuzzing", header, data, size) ;
	return 0;
}
