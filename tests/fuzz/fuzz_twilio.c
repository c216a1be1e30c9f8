/*
 * fuzz_twilio.c — libFuzzer target for the Twilio webhook parsers:
 * form_parse (application/x-www-form-urlencoded), then tw_parse on the
 * fields and tw_verify_signature with a header from the form itself.
 * `make fuzz` builds and runs it (docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "log.h"
#include "message.h"
#include "praatpaal.h"
#include "twilio.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	log_set_level(LOGL_ERROR);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct form form = { NULL, 0 };
	struct payload pl;
	char err[256];
	const char *sig;
	size_t i;

	if (form_parse((const char *)data, size, &form, err, sizeof(err)) == -1) {
		if (form.fm_n != 0 || err[0] == '\0')
			__builtin_trap();
		form_free(&form);
		return 0;
	}
	if (form.fm_n > FORM_MAX_FIELDS)
		__builtin_trap();
	for (i = 0; i < form.fm_n; i++)
		if (form.fm_fields[i].ff_name == NULL || form.fm_fields[i].ff_value == NULL)
			__builtin_trap();
	memset(&pl, 0, sizeof(pl));
	if (tw_parse(&form, 1700000000000LL, &pl, err, sizeof(err)) == 0)
		payload_free(&pl);
	else if (pl.pl_nmsgs != 0 || pl.pl_nstats != 0)
		__builtin_trap();
	sig = form_get(&form, "X-Twilio-Signature");
	(void)tw_verify_signature("twilio-token-for-fuzzing",
	    "https://praatpaal.example/webhook/twilio", &form, sig != NULL ? sig : "");
	form_free(&form);
	return 0;
}
