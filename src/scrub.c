/*
 * scrub.c — error texts from providers and parsers can quote a phone
 * number ("The 'To' number +31600000001 is not valid"); the logs must not
 * (DESIGN.md, "What must always hold" 3). Long digit runs become "<number>".
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "praatpaal.h"
#include "scrub.h"
#include "util.h"

/* Length of a number-like run at s (digits, with '+', ' ', '-' inside), or 0 if too short. */
static size_t
scrub_run(const char *s)
{
	size_t i = 0, digits = 0, end = 0;

	if (s[0] == '+')
		i = 1;
	for (; s[i] != '\0'; i++) {
		if (isdigit((unsigned char)s[i])) {
			digits++;
			end = i + 1;
		} else if ((s[i] == ' ' || s[i] == '-') && digits > 0 &&
		    isdigit((unsigned char)s[i + 1])) {
			continue;
		} else {
			break;
		}
	}
	return digits >= SCRUB_MIN_DIGITS ? end : 0;
}

void
scrub_numbers(const char *in, char *out, size_t outlen)
{
	static const char mark[] = "<number>";
	size_t o = 0, n;

	if (outlen == 0)
		return;
	while (in != NULL && *in != '\0' && o + 1 < outlen) {
		/* A run starts only at a word boundary (not inside "abc123456"). */
		if ((*in == '+' || isdigit((unsigned char)*in)) && (n = scrub_run(in)) > 0) {
			if (o + sizeof(mark) > outlen)
				break;
			memcpy(out + o, mark, sizeof(mark) - 1);
			o += sizeof(mark) - 1;
			in += n;
			continue;
		}
		out[o++] = *in++;
	}
	out[o] = '\0';
}

void
scrub_in_place(char *s)
{
	size_t len;
	char *tmp;

	if (s == NULL)
		return;
	len = strlen(s);
	tmp = xmalloc(len + 1);
	scrub_numbers(s, tmp, len + 1);
	memcpy(s, tmp, strlen(tmp) + 1);
	free(tmp);
}
