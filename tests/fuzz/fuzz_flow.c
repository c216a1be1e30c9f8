/*
 * fuzz_flow.c — libFuzzer target for the flow loader (flow_load_dir).
 *
 * A temporary copy of conf/flows (or PRAATPAAL_FUZZ_FLOWS) is made once;
 * each input replaces one of its files — the first byte picks which:
 * languages.json, system.json or main.json — the directory is loaded and
 * the original file is put back. Run from the top of the tree (`make
 * fuzz`, docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "flow.h"
#include "log.h"
#include "praatpaal.h"
#include "util.h"

#define FUZZ_ERRS_MAX	(256 * 1024)	/* bytes of problem lines kept */
#define FUZZ_NTARGETS	3

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

static const char *const targets[FUZZ_NTARGETS] = {
	"languages.json", "system.json", "main.json"
};
static char dir[] = "/tmp/praatpaal-fuzz-flows-XXXXXX";
static char *orig[FUZZ_NTARGETS];
static size_t orig_len[FUZZ_NTARGETS];
static char **copied;
static size_t ncopied;

static void
write_file(const char *name, const void *data, size_t len)
{
	char path[512];
	FILE *f;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path))
		abort();
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	if (fwrite(data, 1, len, f) != len || fclose(f) != 0)
		abort();
}

static void
remove_dir(void)
{
	char path[512];
	size_t i;

	for (i = 0; i < ncopied; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, copied[i]);
		unlink(path);
		free(copied[i]);
	}
	free(copied);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const files[] = {
		"languages.json", "system.json", "main.json", "menu.json", "jip.json",
		"jit.json", "crisis.json", "story.json", "consent.json",
	};
	const char *src = getenv("PRAATPAAL_FUZZ_FLOWS");
	char path[512], err[256];
	size_t i, len;
	char *data;

	log_set_level(LOGL_ERROR);
	if (src == NULL)
		src = "conf/flows";
	if (mkdtemp(dir) == NULL) {
		perror("fuzz_flow: mkdtemp");
		exit(1);
	}
	copied = xcalloc(sizeof(files) / sizeof(files[0]), sizeof(*copied));
	atexit(remove_dir);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", src, files[i]);
		data = util_read_file(path, FLOW_FILE_MAX_BYTES, &len, err, sizeof(err));
		if (data == NULL)
			continue;	/* a file the shipped flows do not have */
		write_file(files[i], data, len);
		copied[ncopied++] = xstrdup(files[i]);
		if (i < FUZZ_NTARGETS) {
			orig[i] = data;
			orig_len[i] = len;
		} else
			free(data);
	}
	if (orig[0] == NULL || orig[1] == NULL) {
		fprintf(stderr, "fuzz_flow: no languages.json/system.json in %s "
		    "(run from the top of the tree)\n", src);
		exit(1);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct flowset *fs = NULL;
	struct buf errs;
	size_t t;

	if (size == 0)
		return 0;
	t = data[0] % FUZZ_NTARGETS;
	write_file(targets[t], data + 1, size - 1);
	buf_init(&errs, FUZZ_ERRS_MAX);
	if (flow_load_dir(dir, &fs, &errs) == 0) {
		if (fs == NULL)
			__builtin_trap();
		flowset_free(fs);
	} else if (fs != NULL || errs.len == 0)
		__builtin_trap();	/* nothing half-loaded; a refusal says why */
	buf_free(&errs);
	if (orig[t] != NULL)
		write_file(targets[t], orig[t], orig_len[t]);
	return 0;
}
