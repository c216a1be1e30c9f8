/*
 * fuzz_config.c — libFuzzer target for the configuration reader: each
 * input is written to one temporary file and loaded with config_load.
 * `make fuzz` builds and runs it (docs/testing.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "log.h"
#include "util.h"

#define FUZZ_ERRS_MAX	(64 * 1024)	/* bytes of error lines kept */

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	LLVMFuzzerInitialize(int *argc, char ***argv);

static char conf_path[] = "/tmp/praatpaal-fuzz-config-XXXXXX";

static void
remove_conf(void)
{
	unlink(conf_path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd;

	log_set_level(LOGL_ERROR);
	if ((fd = mkstemp(conf_path)) == -1) {
		perror("fuzz_config: mkstemp");
		exit(1);
	}
	close(fd);
	atexit(remove_conf);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	struct buf errs;
	FILE *f;

	if ((f = fopen(conf_path, "wb")) == NULL)
		abort();
	if (fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	memset(&cfg, 0, sizeof(cfg));
	buf_init(&errs, FUZZ_ERRS_MAX);
	if (config_load(conf_path, &cfg, &errs) == -1 && errs.len == 0)
		__builtin_trap();	/* a refusal always says why */
	config_free(&cfg);
	buf_free(&errs);
	return 0;
}
