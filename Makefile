# praatpaal — plain Makefile. See README.md.
CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
PKGS     = libmicrohttpd libcurl jansson libpq libcrypto libsodium

WARN     = -Wall -Wextra -Wformat=2 -Wshadow -Wpointer-arith -Wcast-qual \
           -Wstrict-prototypes -Wmissing-prototypes -Wvla -Wnull-dereference \
           -Wimplicit-fallthrough -Wundef -Wno-unused-parameter
BASE_CFLAGS = -std=c11 -D_GNU_SOURCE -O2 -g $(WARN) -Iinclude -Ibuild \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
ifeq ($(CI),true)
BASE_CFLAGS += -Werror
endif
override CFLAGS := $(BASE_CFLAGS) $(CFLAGS)
LDLIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread -lm

SRCS     = $(wildcard src/*.c)
OBJS     = $(patsubst src/%.c,build/obj/%.o,$(SRCS)) build/obj/migrations_gen.o
LIBOBJS  = $(filter-out build/obj/main.o,$(OBJS))
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(patsubst tests/unit/%.c,build/tests/%,$(UNIT_SRCS))

.PHONY: all check unit integration run install lint asan valgrind clean deps bench
all: build/praatpaal

build/obj/%.o: src/%.c | build/obj
	$(CC) $(CFLAGS) -c -o $@ $<

# Migrations are compiled into the binary: one binary, nothing to ship beside it.
build/migrations_gen.c: $(wildcard migrations/*.sql) tools/embed-migrations.sh | build/obj
	sh tools/embed-migrations.sh migrations > $@.tmp && mv $@.tmp $@

build/obj/migrations_gen.o: build/migrations_gen.c
	$(CC) $(CFLAGS) -c -o $@ $<

build/praatpaal: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/libpraatpaal.a: $(LIBOBJS)
	rm -f $@ && ar rcs $@ $^

build/tests/%: tests/unit/%.c tests/unit/unit.h build/libpraatpaal.a | build/tests
	$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< build/libpraatpaal.a $(LDLIBS)

build/obj build/tests:
	mkdir -p $@

unit: $(UNIT_BINS)
	@sh tests/unit/run.sh $(UNIT_BINS)

integration: build/praatpaal
	python3 tests/integration/run.py

check: all unit integration

run: deps
	sh tools/run-demo.sh

deps:
	sh tools/install-deps.sh

lint:
	sh tools/lint.sh

asan:
	$(MAKE) clean
	$(MAKE) CFLAGS="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" LDFLAGS="-fsanitize=address,undefined" check

valgrind: all $(UNIT_BINS)
	PRAATPAAL_VALGRIND=1 sh tests/unit/run.sh $(UNIT_BINS)

bench: all
	sh tests/bench/run.sh

# ---- benchmark binaries (tests/bench, docs/performance.md) ----------------
BENCH_BINS = build/bench/loadgen build/bench/bare

build/bench/%: tests/bench/%.c | build/bench
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

build/bench:
	mkdir -p $@

bench: $(BENCH_BINS)
# ---- end of benchmark binaries ---------------------------------------------

install: build/praatpaal
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/praatpaal/flows $(DESTDIR)$(PREFIX)/share/doc/praatpaal
	install -m 0755 build/praatpaal $(DESTDIR)$(PREFIX)/bin/praatpaal
	install -m 0644 conf/praatpaal.conf $(DESTDIR)$(PREFIX)/share/praatpaal/praatpaal.conf.sample
	if ls conf/flows/*.json >/dev/null 2>&1; then install -m 0644 conf/flows/*.json $(DESTDIR)$(PREFIX)/share/praatpaal/flows/; fi
	install -m 0644 README.md LICENSE docs/*.md $(DESTDIR)$(PREFIX)/share/doc/praatpaal/

clean:
	rm -rf build

-include $(wildcard build/obj/*.d build/tests/*.d build/bench/*.d)
