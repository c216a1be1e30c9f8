/*
 * fuzz_lexicon.c — libFuzzer target for the crisis lexicon's loader and
 * matcher (crisis_load, crisis_match).
 *
 * Each input is a lexicon file: it is written to a temporary file and
 * loaded; a lexicon that loads is matched against a few fixed messages
 * and against the input's own text, so that the patterns it makes are
 * run over words they were built from. Run from the top of the tree
 * (`make fuzz`, docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crisis.h"
#include "praatpaal.h"
#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

static char path[] = "/tmp/praatpaal-fuzz-lexicon-XXXXXX";

static const char *const messages[] = {
	"ik wil dood",
	"ik heb 20 pillen genomen en voel me raar",
	"my dad hits me every night and i cant go home",
	"ik slaap vannacht buiten, mijn moeder heeft me eruit gezet",
	"haha ik ga dood van het lachen lol 😂",
	"",
};

static void
remove_file(void)
{
	unlink(path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd = mkstemp(path);

	if (fd == -1) {
		perror("fuzz_lexicon: mkstemp");
		exit(1);
	}
	close(fd);
	atexit(remove_file);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct crisis_lexicon *lx = NULL;
	struct crisis_hit hit;
	char err[512], *text;
	size_t i;
	FILE *f;

	if (size > CRISIS_LEX_MAX_BYTES)
		return 0;
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	if (fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	err[0] = '\0';
	if (crisis_load(path, &lx, err, sizeof(err)) == -1) {
		if (err[0] == '\0')
			abort();	/* every failure says why */
		return 0;
	}
	for (i = 0; i < sizeof(messages) / sizeof(messages[0]); i++)
		(void)crisis_match(lx, messages[i], &hit);
	/* The file loaded, so it is UTF-8 without a NUL: match it as a message. */
	text = xmalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	(void)crisis_match(lx, text, &hit);
	if (hit.ch_category != CRISIS_NONE && hit.ch_name == NULL)
		abort();
	free(text);
	crisis_free(lx);
	return 0;
}
