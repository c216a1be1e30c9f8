# praatpaal — plain Makefile. See README.md.
CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
PKGS     = libmicrohttpd libcurl jansson libpq libcrypto libsodium
# libsystemd (sd_notify for Type=notify) when pkg-config finds it; without
# it the daemon builds and runs, and says so when systemd waits for it.
SYSTEMD_PKG := $(shell pkg-config --exists libsystemd 2>/dev/null && echo libsystemd)
ifneq ($(SYSTEMD_PKG),)
PKGS    += $(SYSTEMD_PKG)
SYSTEMD_CFLAGS = -DHAVE_SYSTEMD
endif
SYSCONFDIR ?= /etc

WARN     = -Wall -Wextra -Wformat=2 -Wshadow -Wpointer-arith -Wcast-qual \
           -Wstrict-prototypes -Wmissing-prototypes -Wvla -Wnull-dereference \
           -Wimplicit-fallthrough -Wundef -Wno-unused-parameter
# Build directory: build/ normally; `make asan` builds into build/asan/ so
# the normal objects are neither replaced nor reused.
B       ?= build
BASE_CFLAGS = -std=c11 -D_GNU_SOURCE -O2 -g $(WARN) -Iinclude -I$(B) $(SYSTEMD_CFLAGS) \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
ifeq ($(CI),true)
BASE_CFLAGS += -Werror
endif
# Where `make install` puts the web console: the daemon's default when ./web is absent.
BASE_CFLAGS += -DPRAATPAAL_DATADIR='"$(PREFIX)/share/praatpaal"'
override CFLAGS := $(BASE_CFLAGS) $(CFLAGS)
LDLIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread -lm

SRCS     = $(wildcard src/*.c)
OBJS     = $(patsubst src/%.c,$(B)/obj/%.o,$(SRCS)) $(B)/obj/migrations_gen.o
LIBOBJS  = $(filter-out $(B)/obj/main.o,$(OBJS))
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRCS))
UNIT_PY   = $(wildcard tests/unit/test_*.py)

.PHONY: all check unit integration run install lint asan valgrind clean deps deps-dev bench
all: $(B)/praatpaal

$(B)/obj/%.o: src/%.c | $(B)/obj
	$(CC) $(CFLAGS) -c -o $@ $<

# Migrations are compiled into the binary: one binary, nothing to ship beside it.
$(B)/migrations_gen.c: $(wildcard migrations/*.sql) tools/embed-migrations.sh | $(B)/obj
	sh tools/embed-migrations.sh migrations > $@.tmp && mv $@.tmp $@

$(B)/obj/migrations_gen.o: $(B)/migrations_gen.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/praatpaal: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/libpraatpaal.a: $(LIBOBJS)
	rm -f $@ && ar rcs $@ $^

$(B)/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/libpraatpaal.a | $(B)/tests
	$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(B)/libpraatpaal.a $(LDLIBS)

$(B)/obj $(B)/tests:
	mkdir -p $@

unit: $(UNIT_BINS)
	@sh tests/unit/run.sh $(UNIT_BINS) $(UNIT_PY)

# The plans of the daemon's statements on an empty database (tests/plans/plans.c).
$(B)/tests/plans: tests/plans/plans.c $(B)/libpraatpaal.a | $(B)/tests
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libpraatpaal.a $(LDLIBS)

# The npm test tools (package-lock.json): Twilio's own signature library and
# playwright-core. `npm ci` when they are missing or the lock file changed.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

integration: $(B)/praatpaal $(B)/tests/plans node_modules/.package-lock.json
	PRAATPAAL_BIN=$(B)/praatpaal PRAATPAAL_PLANS=$(B)/tests/plans python3 tests/integration/run.py

check: all unit integration

# The console's pictures in docs/console.md, taken by its browser test.
.PHONY: screenshots
screenshots: $(B)/praatpaal $(B)/tests/plans node_modules/.package-lock.json
	PRAATPAAL_SCREENSHOTS=$(CURDIR)/docs/img PRAATPAAL_BIN=$(B)/praatpaal \
	    PRAATPAAL_PLANS=$(B)/tests/plans python3 tests/integration/run.py -k console_browser

run: deps
	sh tools/run-demo.sh

deps:
	sh tools/install-deps.sh

deps-dev:
	sh tools/install-deps.sh --dev

lint:
	sh tools/lint.sh

# ASan+UBSan over the unit and integration tests, built in build/asan/ (the
# normal build in build/ is left as it is). Leak checks are on for the unit
# tests; for the daemon too, which must stop cleanly on SIGTERM.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
asan:
	ASAN_OPTIONS=abort_on_error=0:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) --no-print-directory B=build/asan CFLAGS="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" check

valgrind: all $(UNIT_BINS)
	PRAATPAAL_VALGRIND=1 sh tests/unit/run.sh $(UNIT_BINS)

bench: all
	sh tests/bench/run.sh

# ---- benchmark binaries (tests/bench, docs/performance.md) ----------------
BENCH_BINS = build/bench/loadgen build/bench/bare

build/bench/%: tests/bench/%.c | build/bench
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

# The PII scrubber's speed (one core), linked against the daemon's objects.
BENCH_BINS += build/bench/pii
build/bench/pii: tests/bench/pii.c $(B)/libpraatpaal.a | build/bench
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libpraatpaal.a $(LDLIBS)

# The crisis model's CPU a message beside the lexicon's (one core).
BENCH_BINS += build/bench/crisis
build/bench/crisis: tests/bench/crisis.c $(B)/libpraatpaal.a | build/bench
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libpraatpaal.a $(LDLIBS)

build/bench:
	mkdir -p $@

bench: $(BENCH_BINS)

# A/B: OLD (another build of the daemon) and this tree's, alternating runs of
# the end-to-end and burst phases in one run (tests/bench/ab.sh).
OLD ?=
AB_ROUNDS ?= 3
.PHONY: bench-ab
bench-ab: all $(BENCH_BINS)
	@[ -n "$(OLD)" ] || { echo "bench-ab: give OLD=path/to/old/praatpaal"; exit 2; }
	sh tests/bench/ab.sh $(OLD) $(B)/praatpaal $(AB_ROUNDS)
# ---- end of benchmark binaries ---------------------------------------------

# ---- crisis model (docs/crisis-lexicon.md "The model") ---------------------
# make crisis-model: expand tests/data/crisis/templates.txt into corpus.tsv,
# train the model with python3-sklearn (`make deps-dev`) and write
# conf/crisis.model and the test fixture. The model file is committed:
# make check never needs sklearn.
# Debian's python3 (its python3-sklearn), also when another python3 comes first on PATH.
TRAIN_PYTHON ?= $(shell [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)
.PHONY: crisis-model
build/tools/crisis-lines: tools/crisis-lines.c $(B)/libpraatpaal.a
	@mkdir -p build/tools
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libpraatpaal.a $(LDLIBS)

crisis-model: build/tools/crisis-lines
	python3 tools/crisis-corpus.py
	$(TRAIN_PYTHON) tools/crisis-train.py --lines build/tools/crisis-lines
# ---- end of crisis model ----------------------------------------------------

# ---- fuzzing (tests/fuzz, docs/testing.md) ---------------------------------
# libFuzzer targets built with clang against the sources (not the gcc
# objects) into build/fuzz/, with ASan+UBSan. `make fuzz` builds them and
# runs each for FUZZ_SECONDS (default 30); a crash fails the target and
# leaves the input in build/fuzz/crash-*. New corpus entries go to
# build/fuzz/corpus/NAME; the seeds in tests/fuzz/corpus/NAME stay as they are.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined
# -Wno-implicit-fallthrough: clang does not read /* FALLTHROUGH */ comments
# (the gcc build checks fall-through).
FUZZ_CFLAGS   = -std=c11 -D_GNU_SOURCE -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) $(WARN) \
                -Wno-implicit-fallthrough \
                -Iinclude -Ibuild $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_NAMES    = whatsapp twilio config flow scrub pii lexicon
FUZZ_BINS     = $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_NAMES))
FUZZ_LIBOBJS  = $(patsubst src/%.c,build/fuzz/obj/%.o,$(filter-out src/main.c,$(SRCS)))
# -max_len per target: a webhook body up to 64 KB, config and flow files up to 64 KB,
# user text up to 16 KB (4096 characters of UTF-8), a crisis lexicon up to 64 KB.
FUZZ_MAXLEN_whatsapp = 65536
FUZZ_MAXLEN_twilio   = 16384
FUZZ_MAXLEN_config   = 65536
FUZZ_MAXLEN_flow     = 65536
FUZZ_MAXLEN_scrub    = 16384
FUZZ_MAXLEN_pii      = 16384
FUZZ_MAXLEN_lexicon  = 65536

.PHONY: fuzz fuzz-build
fuzz-build: $(FUZZ_BINS)

build/fuzz/obj/%.o: src/%.c $(wildcard include/*.h) | build/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/libpraatpaal.a: $(FUZZ_LIBOBJS)
	rm -f $@ && ar rcs $@ $^

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c build/fuzz/libpraatpaal.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libpraatpaal.a $(LDLIBS)

build/fuzz/obj:
	mkdir -p $@

fuzz: $(FUZZ_BINS)
	@set -e; for n in $(FUZZ_NAMES); do \
		mkdir -p build/fuzz/corpus/$$n; \
		case $$n in whatsapp) m=$(FUZZ_MAXLEN_whatsapp);; twilio) m=$(FUZZ_MAXLEN_twilio);; \
		  config) m=$(FUZZ_MAXLEN_config);; flow) m=$(FUZZ_MAXLEN_flow);; \
		  pii) m=$(FUZZ_MAXLEN_pii);; lexicon) m=$(FUZZ_MAXLEN_lexicon);; *) m=$(FUZZ_MAXLEN_scrub);; esac; \
		echo "fuzz: $$n for $(FUZZ_SECONDS) s (-max_len=$$m)"; \
		build/fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -max_len=$$m -timeout=10 \
		  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/crash-$$n- \
		  build/fuzz/corpus/$$n tests/fuzz/corpus/$$n > build/fuzz/$$n.log 2>&1 \
		  || { tail -n 60 build/fuzz/$$n.log; echo "fuzz: $$n FAILED (log: build/fuzz/$$n.log)"; exit 1; }; \
		grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' build/fuzz/$$n.log | tail -n 2; \
	done; echo "fuzz: all targets ran $(FUZZ_SECONDS) s without a crash"
# ---- end of fuzzing -------------------------------------------------------

# ---- soak: the long fault suite (tests/soak, docs/operations.md "Faults") --
# kill -9, database immediate stop, provider faults and several daemons,
# round after round under webhook load; each round checks that nothing
# acknowledged was lost and no reply was sent twice. SOAK_ARGS passes more
# options to tests/soak/run.py (e.g. SOAK_ARGS="--fast-lease --rate 300").
SOAK_MINUTES ?= 10
SOAK_ARGS ?=
.PHONY: soak
soak: build/praatpaal
	python3 tests/soak/run.py --minutes $(SOAK_MINUTES) $(SOAK_ARGS)
# ---- end of soak ----------------------------------------------------------

# ---- install (docs/operations.md "Installing") ------------------------------
# make install [PREFIX=/usr/local] [SYSCONFDIR=/etc] [DESTDIR=]: the binary,
# the man pages, the configuration under $(SYSCONFDIR)/praatpaal (never
# overwritten: a changed one stays, the new sample goes beside it), flows,
# lexicon, canned responses and console under $(PREFIX)/share/praatpaal, the
# systemd unit. The installed configuration names the installed paths, so
# `praatpaal -n` needs no -c and no environment.
SHAREDIR  = $(PREFIX)/share/praatpaal
UNITDIR  ?= $(if $(filter /usr,$(PREFIX)),/lib/systemd/system,$(PREFIX)/lib/systemd/system)
MANDIR   ?= $(PREFIX)/share/man

$(B)/praatpaal.conf.installed: conf/praatpaal.conf tools/install-conf.sh
	sh tools/install-conf.sh conf/praatpaal.conf $(SHAREDIR) $(SYSCONFDIR) > $@.tmp && mv $@.tmp $@

$(B)/praatpaal.service: lib/systemd/system/praatpaal.service
	sed -e 's|/usr/bin/praatpaal|$(PREFIX)/bin/praatpaal|g' \
	    -e 's|/etc/praatpaal|$(SYSCONFDIR)/praatpaal|g' $< > $@

install: $(B)/praatpaal $(B)/praatpaal.conf.installed $(B)/praatpaal.service
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(SHAREDIR)/flows \
	    $(DESTDIR)$(PREFIX)/share/doc/praatpaal $(DESTDIR)$(MANDIR)/man8 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(UNITDIR)
	install -d -m 0755 $(DESTDIR)$(SYSCONFDIR)/praatpaal
	install -m 0755 $(B)/praatpaal $(DESTDIR)$(PREFIX)/bin/praatpaal
	install -m 0644 docs/praatpaal.8 $(DESTDIR)$(MANDIR)/man8/praatpaal.8
	install -m 0644 docs/praatpaal.conf.5 $(DESTDIR)$(MANDIR)/man5/praatpaal.conf.5
	install -m 0644 conf/praatpaal.conf $(DESTDIR)$(SHAREDIR)/praatpaal.conf.sample
	install -m 0644 $(B)/praatpaal.conf.installed $(DESTDIR)$(SYSCONFDIR)/praatpaal/praatpaal.conf.dist
	[ -e $(DESTDIR)$(SYSCONFDIR)/praatpaal/praatpaal.conf ] || \
	    install -m 0644 $(B)/praatpaal.conf.installed $(DESTDIR)$(SYSCONFDIR)/praatpaal/praatpaal.conf
	install -m 0644 conf/flows/*.json $(DESTDIR)$(SHAREDIR)/flows/
	install -m 0644 conf/crisis.lex $(DESTDIR)$(SHAREDIR)/crisis.lex
	install -m 0644 conf/crisis.model $(DESTDIR)$(SHAREDIR)/crisis.model
	install -m 0644 conf/console-texts.json conf/common-passwords.txt $(DESTDIR)$(SHAREDIR)/
	for d in conf/lexicons conf/canned conf/pii web; do \
	    [ -d $$d ] || continue; n=$$(basename $$d); \
	    (cd $$d && find . -type d) | while read -r sub; do install -d $(DESTDIR)$(SHAREDIR)/$$n/$$sub; done; \
	    (cd $$d && find . -type f) | while read -r f; do install -m 0644 $$d/$$f $(DESTDIR)$(SHAREDIR)/$$n/$$f; done; \
	done
	install -m 0644 $(B)/praatpaal.service $(DESTDIR)$(UNITDIR)/praatpaal.service
	install -m 0644 README.md LICENSE CHANGELOG.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/praatpaal/
# ---- end of install ---------------------------------------------------------

clean:
	rm -rf build

-include $(wildcard $(B)/obj/*.d $(B)/tests/*.d build/bench/*.d)
