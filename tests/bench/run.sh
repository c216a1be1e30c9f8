#!/bin/sh
# tests/bench/run.sh — the benchmark behind `make bench` (docs/performance.md).
#
# Starts a throwaway PostgreSQL (durable: fsync and synchronous_commit left
# at their defaults), migrates, preloads 100,000 contacts and measures, side
# by side in one run on this machine, in this order:
#   a. the HTTP floor: a bare libmicrohttpd server (build/bench/bare), burst
#      and 10,000/s open loop (which also shows the generator keeps up);
#   c. the PostgreSQL ceiling: pgbench with the daemon's ingest transaction
#      (before the daemon starts; its rows are deleted afterwards);
#   d. end to end at 1,000 msg/s for 30 s (webhook -> reply at the fake API);
#   v. the console (tests/bench/console.py): GET /api/v1/queue with 10,000
#      queued chats, a youth's message to the counsellor's event stream while
#      webhooks arrive at 500/s, and ingest with and without 200 open streams;
#   b. a daemon burst (ack mode), then checks in PostgreSQL that every
#      acknowledged wamid is stored, then watches the backlog it left;
#   e. the daemon's peak RSS, and how long SIGTERM takes;
#   x. a research export (tests/bench/export.py): 1,000,000 messages of
#      research copies streamed by GET /api/v1/export, rows/s and RSS growth;
#   p. first, without the database: the PII scrubber's MB/s on one core
#      (build/bench/pii, tests/data/pii), BENCH_PII_S (3) seconds of CPU a figure;
#   m. then the crisis model's CPU a message beside the lexicon's
#      (build/bench/crisis, tests/data/crisis/corpus.tsv and BENCH_TEXT).
# Prints a table with each target MET, MISSED, NOT JUDGED (the machine was
# too busy to judge a latency) or NOT RUN (its phase was skipped), and
# writes every figure and verdict as JSON to BENCH_JSON
# (build/bench/last-run.json) for tools/bench-compare.py. A missed target
# does not fail the run; a harness error does (exit 2), and so does an
# acknowledged message that is not in the database (exit 1: that is data
# loss).
#
# Knobs (environment): BENCH_TEXT ("hallo": the text of the daemon burst's
# webhooks; a sentence of several words has the crisis model score it), BENCH_BURST (50000), BENCH_BURST_CONNS (128: the
# connections of the two bursts and of pgbench -c N), BENCH_CONNS (64: the
# open-loop phases), BENCH_E2E_RATE
# (1000), BENCH_E2E_S (30), BENCH_PURGE_MSGS (1000000: old messages phase r purges), BENCH_PURGE_SLICES (5)
# and BENCH_PURGE_S (5: phase r's pairs of slices and their seconds), BENCH_PRELOAD (100000), BENCH_PGBENCH_S (10),
# BENCH_BACKLOG_S (20), BENCH_EXPLAIN_MS (1000: auto_explain logs the plans of
# statements slower than this), BENCH_PERF=1 (perf record the daemon during e2e and
# the burst; =syscalls: count its system calls a request with perf trace), BENCH_KEEP=1 (keep the temp dir), BENCH_OUT
# (build/bench/last-run.txt), BENCH_JSON (build/bench/last-run.json), BENCH_BIN (build/praatpaal: the daemon to
# measure, e.g. an older build for an A/B run), BENCH_PHASES (acdvxrb: the phases to run; p, m and b always run; e.g. b
# for a quick burst-only experiment, whose figures table then shows 0 for
# the phases skipped), BENCH_PGOPTS (more "-c name=value" for PostgreSQL,
# e.g. -c wal_keep_size=4GB to read the WAL of a run with pg_waldump). PRAATPAAL_* variables pass through to the
# daemon (e.g. PRAATPAAL_HTTP_THREADS=2).
set -u
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)

BIN=${BENCH_BIN:-$ROOT/build/praatpaal}
LG=${BENCH_LOADGEN:-$ROOT/build/bench/loadgen}
BARE=$ROOT/build/bench/bare
CONF=$ROOT/tests/bench/bench.conf
BURST=${BENCH_BURST:-50000}
BURST_TEXT=${BENCH_TEXT:-hallo}
CONNS=${BENCH_CONNS:-64}
# A burst is closed loop: each connection sends its next webhook when the
# last one is answered, so N connections can never exceed N / (the ack
# latency). A provider delivering 10,000 webhooks a second to an endpoint
# that answers after a durable commit (~10 ms) has ~100 requests in flight.
BURST_CONNS=${BENCH_BURST_CONNS:-128}
E2E_RATE=${BENCH_E2E_RATE:-1000}
E2E_S=${BENCH_E2E_S:-30}
PRELOAD=${BENCH_PRELOAD:-100000}
PGBENCH_S=${BENCH_PGBENCH_S:-10}
OUT=${BENCH_OUT:-$ROOT/build/bench/last-run.txt}
JSON=${BENCH_JSON:-$ROOT/build/bench/last-run.json}
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
SECRET=bench-app-secret-$$
PSEUDO_KEY=bench-pseudonym-key-$$-not-for-production
BURST_CONTACTS=1000
# e2e senders: one message each, fresh conversations, disjoint from the burst's
E2E_BASE=10000
E2E_CONTACTS=$((E2E_RATE * E2E_S))

PHASES=${BENCH_PHASES:-acdvxrb}
START=$(date +%s)
die() { echo "bench: harness error: $*" >&2; exit 2; }

for f in "$BIN" "$LG" "$BARE"; do
	[ -x "$f" ] || die "$f missing (run: make all build/bench/loadgen build/bench/bare)"
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || die "no PostgreSQL in /usr/lib/postgresql/*/bin"
PGBENCH=$PGBIN/pgbench
[ -x "$PGBENCH" ] || PGBENCH=$(command -v pgbench) || die "no pgbench"
command -v curl >/dev/null || die "curl missing"
command -v python3 >/dev/null || die "python3 missing"

TMP=$(mktemp -d /tmp/praatpaal-bench.XXXXXX) || die "mktemp"
# Every figure as "name value", every target as "name<TAB>verdict<TAB>text":
# the JSON at the end (tools/bench-compare.py --write).
FIGS=$TMP/figures
TARGETS=$TMP/targets
: >"$FIGS"
: >"$TARGETS"
fig() { printf '%s %s\n' "$1" "${2:-0}" >>"$FIGS"; }
chmod 755 "$TMP"
mkdir -p "$(dirname "$OUT")"
: > "$OUT"

PIDS=""
PGSTARTED=0
as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# Stop the processes this script started: SIGTERM, up to 15 s, then SIGKILL.
stop_all() {
	for p in $PIDS; do
		kill "$p" 2>/dev/null
		kill -CONT "$p" 2>/dev/null	# the purge may be stopped (phase r)
	done
	n=0
	while [ $n -lt 150 ]; do
		alive=0
		for p in $PIDS; do
			kill -0 "$p" 2>/dev/null && alive=1
		done
		[ $alive = 0 ] && break
		sleep 0.1
		n=$((n + 1))
	done
	for p in $PIDS; do
		kill -9 "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	PIDS=""
}
cleanup() {
	stop_all
	if [ "$PGSTARTED" = 1 ]; then
		as_pg "$PGBIN/pg_ctl" -D "$TMP/pg" -m fast -w stop >/dev/null 2>&1
	fi
	if [ "${BENCH_KEEP:-0}" = 1 ]; then
		echo "bench: kept $TMP"
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP

say() { printf '%s\n' "$*" | tee -a "$OUT"; }
free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# field NAME FILE: value of NAME=... on the RESULT line of a loadgen output
field() {
	sed -n 's/^RESULT .*[ ]'"$1"'=\([^ ]*\).*/\1/p' "$2" | tail -n 1
}
# lg_ok FILE: the loadgen output has its RESULT line (else the harness failed)
lg_ok() { grep -q '^RESULT ' "$1" || die "no RESULT line in $1"; }
ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2f", $1 / $2; else print "n/a" }'; }
# Kill one started process by its id and forget it.
stop_pid() {
	kill "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	PIDS=$(printf '%s\n' $PIDS | grep -vx "$1" | tr '\n' ' ')
}
# Daemon CPU seconds (user+system) from /proc.
cpu_of() {
	awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0
}
# CPU seconds all processes on the machine were busy (user, nice, system, irq, softirq, steal).
sys_busy() {
	awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat
}
# others BUSY0 BUSY1 OURS...: CPU seconds used by processes not ours in a phase
others() {
	b0=$1; b1=$2; shift 2
	echo "$b0 $b1 $*" | awk '{ t = $2 - $1; for (i = 3; i <= NF; i++) t -= $i; if (t < 0) t = 0; printf "%.1f", t }'
}
pg_cpu() {
	# the postmaster and its children (backends, walwriter, checkpointer, ...)
	for p in $PGPID $(pgrep -P "$PGPID" 2>/dev/null); do
		cat "/proc/$p/stat" 2>/dev/null
	done | awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 } END { printf "%.2f", t / hz }'
}

# parts_cpu FILE: CPU seconds so far of each part of the daemon, one "part
# seconds" line each: its threads by name ("http" for libmicrohttpd's) and
# the PostgreSQL backends that serve them (by application_name).
parts_cpu() {
	{
		for t in /proc/"$DPID"/task/*; do
			echo "$(cat "$t/comm" 2>/dev/null) $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null)"
		done | awk '{ print ($1 ~ /^MHD-/ ? "http" : $1), $2 }'
		q "SELECT pid || ' ' || split_part(application_name, ' ', 2) FROM pg_stat_activity WHERE datname = 'bench' AND application_name LIKE 'praatpaal %'" |
		while read -r pid part; do
			echo "pg-$part $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
		done
	} | awk '$2 != "" { c[$1] += $2 } END { for (k in c) print k, c[k] }' > "$1"
}
# parts_say FILE0 FILE1: the CPU each part used between the two.
parts_say() {
	[ -s "$1" ] && [ -s "$2" ] || { say "  CPU by part       n/a"; return; }
	say "  CPU by part       $(awk -v hz="$(getconf CLK_TCK)" 'NR == FNR { a[$1] = $2; next } { d[$1] = ($2 - a[$1]) / hz }
	    END { printf "http threads %.2f s, ingest %.2f s + its PostgreSQL %.2f s, workers %.2f s + %.2f s, sender %.2f s + %.2f s",
		d["http"], d["ingest"], d["pg-ingest"], d["worker"], d["pg-worker"], d["sender"], d["pg-sender"] }' "$1" "$2")"
}

# cpu_per_msg DAEMON_S PG_S MESSAGES WHAT: CPU a message costs, and the rate
# that would fill every core of an otherwise idle machine.
cpu_per_msg() {
	say "  CPU a message     $(echo "$1 $2 $3 $(nproc)" | awk '{ if ($3 > 0 && $1 + $2 > 0) printf "daemon %.2f ms + PostgreSQL %.2f ms = %.2f ms, so at most %.0f/s on %d idle cores", 1000 * $1 / $3, 1000 * $2 / $3, 1000 * ($1 + $2) / $3, $4 * $3 / ($1 + $2), $4; else print "n/a (no messages)" }') (per $4)"
}

# ---- PostgreSQL -----------------------------------------------------------
PGPORT=$(free_port)
mkdir -p "$TMP/pg" "$TMP/sock"
chown postgres "$TMP/pg" "$TMP/sock" 2>/dev/null || [ "$(id -u)" != 0 ] || die "chown postgres"
as_pg "$PGBIN/initdb" -D "$TMP/pg" -A trust -U postgres -E UTF8 --no-sync >"$TMP/initdb.log" 2>&1 \
	|| { cat "$TMP/initdb.log" >&2; die "initdb failed"; }
as_pg "$PGBIN/pg_ctl" -D "$TMP/pg" -l "$TMP/pg/server.log" -w -t 30 \
	-o "-p $PGPORT -k $TMP/sock -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_preload_libraries=pg_stat_statements,auto_explain -c auto_explain.log_min_duration=${BENCH_EXPLAIN_MS:-1000} -c pg_stat_statements.track_planning=on -c track_functions=pl ${BENCH_PGOPTS:-}" \
	start >/dev/null 2>&1 || { cat "$TMP/pg/server.log" >&2; die "PostgreSQL did not start"; }
PGSTARTED=1
PGPID=$(head -n 1 "$TMP/pg/postmaster.pid")
PSQL="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PGPORT -U postgres"
$PSQL -d postgres -c 'CREATE DATABASE bench' || die "createdb"
DBURL="postgresql://postgres@127.0.0.1:$PGPORT/bench"
q() { $PSQL -d bench -At -c "$1"; }
FSYNC=$(q 'SHOW fsync') || die "psql"
SYNC=$(q 'SHOW synchronous_commit')
WALSYNC=$(q 'SHOW wal_sync_method')
PGVER=$(q 'SHOW server_version')

# ---- the daemon's environment and schema ------------------------------------
HTTP_PORT=$(free_port)
FAKE_PORT=$(free_port)
export PRAATPAAL_DATABASE_URL="$DBURL"
export PRAATPAAL_HTTP_LISTEN="127.0.0.1:$HTTP_PORT"
export PRAATPAAL_HTTP_ADMIN_LISTEN="127.0.0.1:$(free_port)"
# Every load-generator connection comes from 127.0.0.1, as from a proxy.
export PRAATPAAL_HTTP_PER_IP_CONNECTIONS="${PRAATPAAL_HTTP_PER_IP_CONNECTIONS:-0}"
export PRAATPAAL_WHATSAPP_API_BASE="http://127.0.0.1:$FAKE_PORT/v21.0"
export PRAATPAAL_WHATSAPP_PHONE_NUMBER_ID=100000000000001
export PRAATPAAL_WHATSAPP_APP_SECRET="$SECRET"
export PRAATPAAL_PRIVACY_PSEUDONYM_KEY="$PSEUDO_KEY"
export PRAATPAAL_LOG_LEVEL="${PRAATPAAL_LOG_LEVEL:-warn}"
"$BIN" -c "$CONF" migrate >"$TMP/migrate.log" 2>&1 || { cat "$TMP/migrate.log" >&2; die "migrate failed"; }
if [ -n "${BENCH_SQL:-}" ]; then	# an experiment: SQL run after the migrations
	$PSQL -d bench -v ON_ERROR_STOP=1 -f "$BENCH_SQL" >/dev/null || die "BENCH_SQL $BENCH_SQL"
	say "experiment: ran $BENCH_SQL after the migrations"
fi

if [ "$PRELOAD" -gt 0 ]; then
	$PSQL -d bench -c 'CREATE EXTENSION IF NOT EXISTS pgcrypto' >/dev/null || die "pgcrypto"
	# The daemon's pseudonym: first 16 hex of HMAC-SHA256(key, "whatsapp:" || address).
	$PSQL -d bench -v key="$PSEUDO_KEY" -v n="$PRELOAD" >/dev/null <<'EOF' || die "preload"
INSERT INTO contact (channel, address, pseudonym, profile_name)
SELECT 'whatsapp', a, substr(encode(hmac('whatsapp:' || a, :'key', 'sha256'), 'hex'), 1, 16), 'Bench'
FROM (SELECT (31600000000 + g)::text AS a FROM generate_series(1, :n) g) s;
ANALYZE contact;
EOF
fi
$PSQL -d bench -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements' >/dev/null || die "pg_stat_statements"

say "praatpaal benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -r)"
say "PostgreSQL $PGVER: fsync=$FSYNC synchronous_commit=$SYNC wal_sync_method=$WALSYNC (defaults, durable)"
say "daemon: http threads ${PRAATPAAL_HTTP_THREADS:-default}, worker threads ${PRAATPAAL_WORKER_THREADS:-default}, sender concurrency ${PRAATPAAL_SENDER_CONCURRENCY:-default}; $PRELOAD contacts preloaded"
say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine share its cores)"
say "order: a. floor, c. ceiling (no daemon yet), d. e2e, v. console, x. research export, r. retention, b. burst (last: its backlog disturbs nothing else)"
say ""
# The PII scrubber (src/pii.c) on one core: no database, a few seconds.
PII_OUT=$TMP/pii.out
PII_MB=0; PII_LONG=0; PII_MSGS=0
if [ -x "$ROOT/build/bench/pii" ]; then
	say "== p. PII scrubber: the sentences of tests/data/pii, one message a call, then as one long text"
	(cd "$ROOT" && build/bench/pii "${BENCH_PII_S:-3}") > "$PII_OUT" 2>&1 || die "build/bench/pii failed: $(cat "$PII_OUT")"
	PII_MB=$(field mb_s "$PII_OUT"); PII_LONG=$(field long_mb_s "$PII_OUT"); PII_MSGS=$(field msgs_s "$PII_OUT")
	say "  $PII_MB MB/s ($PII_MSGS messages/s of $(field avg_bytes "$PII_OUT") bytes); one long text $PII_LONG MB/s"
	say ""
fi
# The crisis model (src/crisis_model.c) beside the lexicon, one core. Ingest
# and the worker each assess a message: the model adds two scores to the
# CPU of a webhook, set against the burst's below.
CRISIS_OUT=$TMP/crisis.out
M_LEX_US=0; M_MODEL_US=0; M_TEXT_US=0
if [ -x "$ROOT/build/bench/crisis" ]; then
	say "== m. crisis model: the messages of tests/data/crisis/corpus.tsv and the burst's text \"$BURST_TEXT\", matched by the lexicon and scored by the model"
	(cd "$ROOT" && build/bench/crisis "${BENCH_CRISIS_S:-1}" "$BURST_TEXT") >"$CRISIS_OUT" 2>&1 \
		|| die "build/bench/crisis failed: $(cat "$CRISIS_OUT")"
	M_LEX_US=$(field lexicon_us "$CRISIS_OUT"); M_MODEL_US=$(field model_us "$CRISIS_OUT")
	M_TEXT_US=$(field text_model_us "$CRISIS_OUT")
	say "  lexicon $M_LEX_US us, model $M_MODEL_US us a corpus message; the burst's text: model $M_TEXT_US us"
	say ""
fi
took() { say "  (phase took $(($(date +%s) - $1)) s)"; }
phase() { case "$PHASES" in *"$1"*) return 0 ;; esac; return 1; }
# The figures of a skipped phase.
FLOOR=0 GEN_RATE=0 GEN_P99=0 GEN_CPU=0 TPS1=0 TPSN=0 BATCH_MSGS=0 PGB_CLIENTS=$BURST_CONNS
E2E_MATCHED=0 E2E_P50=0 E2E_P99=0 E2E_RPS=0 E2E_ACK99=0 E2E_MSGS=0 E2E_CPU_MS=0
CQ_ITEMS=0 CQ_P50=0 CQ_P99=0 CS_P50=0 CS_P99=0 CS_N=0 CS_RATE=0 CB_PLAIN=0 CB_STREAMS=0 CB_RATIO=0
CB_CPU0=0 CB_CPU1=0 C_STREAMS=${BENCH_STREAMS:-200}
R_P99_0=0 R_P99_1=0 R_RATIO=0 R_RATE=0 R_MSGS=0 R_GONE=0 R_PURGE_S=0

# ---- a. HTTP floor ----------------------------------------------------------------
if phase a; then
PH=$(date +%s)
BARE_PORT=$(free_port)
"$BARE" --port "$BARE_PORT" --max-seconds 120 &
BPID=$!
PIDS="$PIDS $BPID"
sleep 0.3
kill -0 "$BPID" 2>/dev/null || die "bare server did not start"
say "== a. HTTP floor: bare libmicrohttpd server, burst of $BURST, $BURST_CONNS connections"
"$LG" --url "http://127.0.0.1:$BARE_PORT/webhook/whatsapp" --secret "$SECRET" \
	--burst "$BURST" --conns "$BURST_CONNS" --drain 30 >"$TMP/a1.out" || die "loadgen (bare burst)"
lg_ok "$TMP/a1.out"
grep -v '^RESULT' "$TMP/a1.out" | tee -a "$OUT"
say "== a. generator check: bare server at 10,000/s open loop for 5 s"
"$LG" --url "http://127.0.0.1:$BARE_PORT/webhook/whatsapp" --secret "$SECRET" \
	--rate 10000 --duration 5 --conns "$CONNS" --drain 10 >"$TMP/a2.out" || die "loadgen (bare rate)"
lg_ok "$TMP/a2.out"
grep -v '^RESULT' "$TMP/a2.out" | tee -a "$OUT"
stop_pid "$BPID"
FLOOR=$(field ack_per_s "$TMP/a1.out")
GEN_RATE=$(field ack_per_s "$TMP/a2.out")
GEN_P99=$(field ack_p99_ms "$TMP/a2.out")
GEN_CPU=$(field gen_cpu_s "$TMP/a2.out")
took "$PH"
fi

# ---- c. PostgreSQL ceiling --------------------------------------------------------------
if phase c; then
PH=$(date +%s)
say ""
say "== c. PostgreSQL ceiling: pgbench, tests/bench/ingest.sql (one message a transaction) and ingest_batch.sql (32), -M prepared, ${PGBENCH_S} s each"
TS_MS=$(($(date +%s) * 1000))
PGB_CLIENTS=$BURST_CONNS
[ "$PGB_CLIENTS" -gt 150 ] && PGB_CLIENTS=150	# max_connections is 200
# pgb CLIENTS THREADS: run pgbench, leave its output in $TMP/pgb-CLIENTS.out
# pgb CLIENTS THREADS [SCRIPT]: SCRIPT in tests/bench (ingest.sql)
pgb() {
	"$PGBENCH" -n -M prepared -c "$1" -j "$2" -T "$PGBENCH_S" -D contacts=$BURST_CONTACTS -D ts=$TS_MS \
		-f "$ROOT/tests/bench/${3:-ingest.sql}" -h 127.0.0.1 -p "$PGPORT" -U postgres bench >"$TMP/pgb-$1.out" 2>&1 \
		|| { cat "$TMP/pgb-$1.out" >&2; die "pgbench -c $1 ${3:-ingest.sql}"; }
}
tps_of() {
	sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$TMP/pgb-$1.out" | tail -n 1 | awk '{printf "%.0f", $1}'
}
pgb 1 1
TPS1=$(tps_of 1)
PGB_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$TMP/pgb-1.out")
say "  -c 1 -j 1         $TPS1 tps, $PGB_LAT ms a transaction (one connection, one commit a message)"
pgb "$PGB_CLIENTS" 2
TPSN=$(tps_of "$PGB_CLIENTS")
say "  -c $PGB_CLIENTS -j 2        $TPSN tps (the concurrency of the daemon burst)"
pgb 1 1 ingest_batch.sql
TPSB=$(tps_of 1)
BATCH_MSGS=$(echo "$TPSB" | awk '{printf "%.0f", $1 * 32}')
say "  batches of 32, -c 1   $TPSB tps = $BATCH_MSGS messages/s (tests/bench/ingest_batch.sql: the daemon's one ingest connection at its burst batch size)"
[ -n "$TPS1" ] && [ -n "$TPSN" ] && [ -n "$TPSB" ] || die "no tps in the pgbench output"
# pgbench's rows must not reach the daemon's dialogue workers.
q "DELETE FROM message_in WHERE provider_id LIKE 'pgbench.%'" >/dev/null || die "cleaning pgbench rows"
# ... nor their dead index entries: pgbench wrote ~200,000 unprocessed
# messages of the burst's senders, and the daemon would read past them in
# message_in_pending until autovacuum came by.
q "VACUUM (ANALYZE) message_in" >/dev/null || die "vacuum after pgbench"
took "$PH"
fi
# Statement and function (trigger) counters start again from zero.
stats_reset() {
	q "SELECT pg_stat_statements_reset()" >/dev/null
	q "SELECT count(pg_stat_reset_single_function_counters(funcid)) FROM pg_stat_user_functions" >/dev/null
}
stats_reset

# ---- the daemon -------------------------------------------------------------------
# Where a phase's commits, WAL and WAL flushes start (top_statements).
pg_marks() {
	COMMITS0=$(q "SELECT xact_commit FROM pg_stat_database WHERE datname = 'bench'")
	WAL0=$(q "SELECT pg_current_wal_lsn()")
	SYNC0=$(q "SELECT wal_sync FROM pg_stat_wal" 2>/dev/null)
}
pg_marks
"$BIN" -c "$CONF" serve >"$TMP/daemon.log" 2>&1 &
DPID=$!
PIDS="$PIDS $DPID"
i=0
until curl -sf "http://127.0.0.1:$HTTP_PORT/readyz" >/dev/null 2>&1; do
	i=$((i + 1))
	if [ $i -gt 100 ] || ! kill -0 "$DPID" 2>/dev/null; then
		tail -n 20 "$TMP/daemon.log" >&2
		die "daemon not ready after 10 s"
	fi
	sleep 0.1
done
# top_statements NAME MESSAGES PG_CPU_S WALL_S: where PostgreSQL's time went;
# the work a message is recorded as NAME_wal_bytes_per_msg,
# NAME_buffers_per_msg, NAME_statements_per_msg and NAME_commits_per_msg.
# VmHWM, CPU and the stop time are read by this pid: it must be the daemon itself.
[ "$(cat "/proc/$DPID/comm" 2>/dev/null)" = praatpaal ] || die "pid $DPID is not the daemon"
top_statements() {
	TS_NAME=$1
	shift
	set -- $1 $2 $3 $(q "SELECT xact_commit - $COMMITS0 FROM pg_stat_database WHERE datname = 'bench'") \
		$(q "SELECT coalesce(sum(calls), 0) || ' ' || round(coalesce(sum(total_exec_time), 0)) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') AND query !~* '^(BEGIN|COMMIT|ROLLBACK)'")
	say "  PostgreSQL        $4 commits ($(ratio "$4" "$3")/s), $5 statements besides BEGIN/COMMIT ($(ratio "$5" "$1") a message);"
	fig "${TS_NAME}_statements_per_msg" "$(ratio "$5" "$1")"
	fig "${TS_NAME}_commits_per_msg" "$(ratio "$4" "$1")"
	say "                    statement time $(echo "$6" | awk '{printf "%.1f", $1 / 1000}') s (wall, lock and I/O waits included); PostgreSQL CPU $2 s"
	# Work that does not depend on how busy the machine is: WAL written and
	# buffers touched a message (compare variants by these first).
	WAL1=$(q "SELECT pg_current_wal_lsn()")
	set -- "$1" $(q "SELECT '$WAL1'::pg_lsn - '$WAL0'::pg_lsn") \
		$(q "SELECT coalesce(sum(shared_blks_hit + shared_blks_read), 0) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench')") \
		$([ -n "$SYNC0" ] && q "SELECT wal_sync - $SYNC0 FROM pg_stat_wal" 2>/dev/null)
	# WAL flushes: pg_stat_wal.wal_sync (PostgreSQL 14 to 17), which
	# busy backends report about once a second: rough for a short phase.
	fig "${TS_NAME}_wal_bytes_per_msg" "$(echo "$2 $1" | awk '{ if ($2 > 0) printf "%.0f", $1 / $2; else print 0 }')"
	fig "${TS_NAME}_buffers_per_msg" "$(echo "$3 $1" | awk '{ if ($2 > 0) printf "%.1f", $1 / $2; else print 0 }')"
	say "  work a message    $(echo "$2 $3 $1 ${4:-}" | awk '{ if ($3 > 0) { printf "%.0f bytes of WAL, %.0f buffers", $1 / $3, $2 / $3; if (NF > 3) printf ", %.2f WAL flushes", $4 / $3 } else print "n/a" }') (all statements, the dialogue work done meanwhile included; WAL $WAL0 to $WAL1)"
	say "  PostgreSQL time by statement (pg_stat_statements, top 6 by total time; planning, buffers a call):"
	q "SELECT '    ' || to_char(total_exec_time + total_plan_time, 'FM99999990') || ' ms  ' || calls || ' calls  ' || to_char(mean_exec_time, 'FM99999990.000') || ' ms + plan ' || to_char(mean_plan_time, 'FM99999990.000') || ' ms, ' || round(shared_blks_hit::numeric / greatest(calls, 1)) || ' buf  ' || regexp_replace(left(query, 56), '\s+', ' ', 'g') FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') ORDER BY total_exec_time + total_plan_time DESC LIMIT ${BENCH_TOP:-6}" | tee -a "$OUT"
	# The triggers' own time (track_functions = pl): inside the statements above.
	say "  PostgreSQL time in triggers (pg_stat_user_functions, self time; included above):"
	q "SELECT '    ' || round(self_time) || ' ms  ' || calls || ' calls  ' || funcname FROM pg_stat_user_functions ORDER BY self_time DESC LIMIT ${BENCH_TOP:-6}" | tee -a "$OUT"
	stats_reset
	pg_marks
}
perf_start() {	# perf_start NAME SECONDS
	PERFPID=""
	if [ "${BENCH_PERF:-0}" = all ] && command -v perf >/dev/null; then
		perf record -F 999 -g -a -o "$TMP/perf-$1.data" -- sleep "$2" >/dev/null 2>&1 &
		PERFPID=$!
	elif [ "${BENCH_PERF:-0}" = dwarf ] && command -v perf >/dev/null; then
		perf record -F 499 --call-graph dwarf,16384 -p "$DPID" -o "$TMP/perf-$1.data" -- sleep "$2" >/dev/null 2>&1 &
		PERFPID=$!
	elif [ "${BENCH_PERF:-0}" = 1 ] && command -v perf >/dev/null; then
		perf record -F 999 -g -p "$DPID" -o "$TMP/perf-$1.data" -- sleep "$2" >/dev/null 2>&1 &
		PERFPID=$!
	elif [ "${BENCH_PERF:-0}" = syscalls ] && command -v perf >/dev/null; then
		# The daemon's system calls for 2 s, by thread (slows it meanwhile).
		perf trace -s -p "$DPID" -o "$TMP/trace-$1.txt" -- sleep 2 >/dev/null 2>&1 &
		PERFPID=$!
	fi
}
perf_end() {	# perf_end NAME
	if [ -n "$PERFPID" ] && [ "${BENCH_PERF:-0}" = syscalls ]; then
		wait "$PERFPID" 2>/dev/null
		# Calls a request: a request is one sendmsg of an HTTP thread
		# (its answer), so the figure does not depend on the machine's speed.
		awk '/^ .* \([0-9]+\), [0-9]+ events/ { http = ($1 ~ /^MHD-/); t = http ? "http" : $1 }
		    /^   [a-z_0-9]+ +[0-9]+ +[0-9]+ / { k = t ":" $1; n[k] += $2; all += $2
			if (http && $1 == "sendmsg") rq += $2 }
		    END { if (rq == 0) { print "  syscalls          none traced"; exit }
			printf "  syscalls          %d requests answered while traced, %.2f system calls a request:", rq, all / rq
			for (k in n) if (n[k] / rq >= 0.05) printf " %s %.2f", k, n[k] / rq; print "" }' \
			"$TMP/trace-$1.txt" | tee -a "$OUT"
		cp "$TMP/trace-$1.txt" "$ROOT/build/bench/trace-$1.txt"
	elif [ -n "$PERFPID" ]; then
		wait "$PERFPID" 2>/dev/null
		perf report -i "$TMP/perf-$1.data" --stdio --no-children -g none --sort comm,dso,sym 2>/dev/null \
			| grep '%' | grep -v '^#' | head -n 80 > "$ROOT/build/bench/perf-$1.txt"
		perf report -i "$TMP/perf-$1.data" --stdio --children -g none --sort comm,sym 2>/dev/null \
			| grep '%' | grep -v '^#' | head -n 150 > "$ROOT/build/bench/perf-$1-children.txt"
		perf report -i "$TMP/perf-$1.data" --stdio --no-children -g none --sort comm 2>/dev/null \
			| grep '%' | grep -v '^#' | head -n 20 > "$ROOT/build/bench/perf-$1-comm.txt"
		# Each process's time in the kernel and in its own code and libraries.
		perf report -i "$TMP/perf-$1.data" --stdio --no-children -g none --sort comm,dso 2>/dev/null \
			| grep '%' | grep -v '^#' | head -n 30 > "$ROOT/build/bench/perf-$1-dso.txt"
		say "  perf (daemon, $1): top symbols in build/bench/perf-$1.txt"
	fi
}

# ---- d. end to end ----------------------------------------------------------------------
if phase d; then
PH=$(date +%s)
say ""
say "== d. end to end: $E2E_RATE msg/s for $E2E_S s, $E2E_CONTACTS contacts (one message each), $CONNS connections"
perf_start e2e 10
parts_cpu "$TMP/parts0"
D0=$(cpu_of "$DPID"); P0=$(pg_cpu); S0=$(sys_busy); W0=$(date +%s.%N)
"$LG" --url "http://127.0.0.1:$HTTP_PORT/webhook/whatsapp" --secret "$SECRET" --mode e2e \
	--rate "$E2E_RATE" --duration "$E2E_S" --contacts "$E2E_CONTACTS" --contact-base "$E2E_BASE" \
	--conns "$CONNS" --fake-port "$FAKE_PORT" --drain 20 >"$TMP/d.out" || die "loadgen (e2e)"
lg_ok "$TMP/d.out"
parts_cpu "$TMP/parts1"
D1=$(cpu_of "$DPID"); P1=$(pg_cpu); S1=$(sys_busy); W1=$(date +%s.%N)
PHASE_WALL=$(echo "$W1 $W0" | awk '{printf "%.1f", $1 - $2}')
grep -v '^RESULT' "$TMP/d.out" | tee -a "$OUT"
E2E_WALL=$PHASE_WALL
E2E_PGCPU=$(echo "$P1 $P0" | awk '{printf "%.2f", $1-$2}')
E2E_DCPU=$(echo "$D1 $D0" | awk '{printf "%.2f", $1-$2}')
E2E_OTHER=$(others "$S0" "$S1" "$E2E_DCPU" "$E2E_PGCPU" "$(field proc_cpu_s "$TMP/d.out")")
say "  CPU during e2e    daemon $E2E_DCPU s, PostgreSQL $E2E_PGCPU s, loadgen $(field proc_cpu_s "$TMP/d.out") s, other processes and interrupts $E2E_OTHER s, of $E2E_WALL s wall x $(nproc) cores"
cpu_per_msg "$E2E_DCPU" "$E2E_PGCPU" "$(field e2e_matched "$TMP/d.out")" "answered message"
parts_say "$TMP/parts0" "$TMP/parts1"
perf_end e2e
top_statements e2e "$(field acked "$TMP/d.out")" "$E2E_PGCPU" "$E2E_WALL"
E2E_CPU_MS=$(echo "$E2E_DCPU $E2E_PGCPU $(field e2e_matched "$TMP/d.out")" | awk '{ if ($3 > 0) printf "%.3f", 1000 * ($1 + $2) / $3; else print 0 }')
E2E_MATCHED=$(field e2e_matched "$TMP/d.out")
E2E_P50=$(field e2e_p50_ms "$TMP/d.out")
E2E_P99=$(field e2e_p99_ms "$TMP/d.out")
E2E_RPS=$(field replies_per_s "$TMP/d.out")
E2E_ACK99=$(field ack_p99_ms "$TMP/d.out")
E2E_MSGS=$(field e2e_answered_per_s "$TMP/d.out")
took "$PH"
fi

# ---- v. console ----------------------------------------------------------------------------
if phase v; then
PH=$(date +%s)
say ""
say "== v. console: 10,000 queued chats and GET /api/v1/queue; a youth's message to the counsellor's event stream at ${BENCH_CONSOLE_RATE:-500} webhooks/s; ingest bursts without and with $C_STREAMS open event streams"
"$LG" --fake-only --fake-port "$FAKE_PORT" --duration 900 >"$TMP/fake-v.out" 2>&1 &
FPID=$!
PIDS="$PIDS $FPID"
BENCH_HTTP_PORT=$HTTP_PORT BENCH_SECRET=$SECRET BENCH_PSQL="$PSQL -d bench" BENCH_LOADGEN=$LG \
	BENCH_DPID=$DPID python3 "$ROOT/tests/bench/console.py" >"$TMP/v.out" 2>&1 \
	|| { cat "$TMP/v.out" >&2; die "console bench (tests/bench/console.py)"; }
stop_pid "$FPID"
lg_ok "$TMP/v.out"
grep -v '^RESULT' "$TMP/v.out" | tee -a "$OUT"
CQ_ITEMS=$(field queue_items "$TMP/v.out"); CQ_P50=$(field queue_p50_ms "$TMP/v.out"); CQ_P99=$(field queue_p99_ms "$TMP/v.out")
CS_N=$(field stream_probes "$TMP/v.out"); CS_P50=$(field stream_p50_ms "$TMP/v.out"); CS_P99=$(field stream_p99_ms "$TMP/v.out")
CS_RATE=$(field stream_rate "$TMP/v.out")
CB_PLAIN=$(field burst_plain "$TMP/v.out"); CB_STREAMS=$(field burst_streams "$TMP/v.out"); CB_RATIO=$(field burst_ratio "$TMP/v.out")
CB_CPU0=$(field cpu_plain_ms "$TMP/v.out"); CB_CPU1=$(field cpu_streams_ms "$TMP/v.out")
stats_reset
took "$PH"
fi

# ---- r. retention --------------------------------------------------------------------------
# praatpaal purge of BENCH_PURGE_MSGS old messages while webhooks arrive at
# 500/s: the ingest p99 beside the same load without a purge.
if phase r; then
PH=$(date +%s)
R_MSGS=${BENCH_PURGE_MSGS:-1000000}
R_S=${BENCH_PURGE_S:-5}
R_SLICES=${BENCH_PURGE_SLICES:-5}
say ""
say "== r. retention: $R_MSGS messages of closed conversations 400 days old; webhooks at 500/s, $R_SLICES slices of $R_S s without and $R_SLICES with praatpaal purge running, alternating"
$PSQL -d bench -v n="$R_MSGS" >/dev/null <<'EOF2' || die "retention preload"
INSERT INTO contact (channel, address, pseudonym, created_at)
SELECT 'sms', '+3169' || lpad(g::text, 7, '0'), 'purge' || g, now() - interval '400 days'
FROM generate_series(1, GREATEST(:n / 100, 1)) g;
INSERT INTO conversation (contact_id, status, created_at, updated_at, closed_at)
SELECT id, 'closed', now() - interval '400 days', now() - interval '400 days', now() - interval '400 days'
FROM contact WHERE pseudonym LIKE 'purge%';
INSERT INTO message_in (channel, provider_id, contact_id, conversation_id, provider_ts, kind, body,
	received_at, processed_at)
SELECT 'sms', 'purge-' || g, c.contact_id, c.id, now() - interval '400 days', 'text', 'oud bericht',
	now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, :n) g
JOIN (SELECT id, contact_id, row_number() OVER (ORDER BY id) AS k FROM conversation
	WHERE status = 'closed' AND closed_at < now() - interval '399 days') c
	ON c.k = 1 + (g - 1) / 100;
EOF2
# Year-old rows are long vacuumed and checkpointed in production: so are
# these (and what the phases before left), or the two runs below would
# measure the aftermath (autovacuum and the checkpointer writing it out)
# instead of ingest and the purge. Only tables with rows: an empty table
# analyzed as empty gets generic plans that read whole indexes until
# autovacuum analyzes it again (a minute into the runs when phase r runs
# alone).
R_VAC=$($PSQL -d bench -At -c "SELECT string_agg(quote_ident(relname), ', ') FROM pg_stat_user_tables WHERE n_live_tup > 0") \
	|| die "retention preload: tables"
$PSQL -d bench -c "VACUUM (ANALYZE) $R_VAC" -c 'CHECKPOINT' >/dev/null \
	|| die "retention preload: vacuum"
"$LG" --fake-only --fake-port "$FAKE_PORT" --duration $((R_S * R_SLICES * 2 + 180)) >"$TMP/fake-r.out" 2>&1 &
FPID=$!
PIDS="$PIDS $FPID"
# A warm-up with the same senders, not measured: the first webhook of each
# of loadgen's 1000 senders creates its contact and conversation, which
# would make the first run's p99 (and the ratio) a figure of those.
"$LG" --url "http://127.0.0.1:$HTTP_PORT/webhook/whatsapp" --secret "$SECRET" \
	--rate 500 --duration 4 --conns "$CONNS" --drain 20 >"$TMP/r-warm.out" || die "loadgen (retention, warm-up)"
# Side by side: R_SLICES pairs of slices of R_S s each, one without the
# purge (not yet started, or stopped with SIGSTOP: each of its transactions
# is one statement, so none stays open), then one with it running. Drifts of the machine and of the
# daemon's backlog fall on both kinds alike. A slice's p99 is of its own
# webhooks; each kind's figure is the median of its slices' p99s, because
# one stall of a second anywhere (a neighbour, autovacuum, a checkpoint)
# holds 500 webhooks and so alone decides the p99 of a whole 20 s window:
# one build gave ratios from 0.84 to 1.52 measured that way. The p99 over
# all webhooks of a kind is printed beside it.
R_ACTIVE=0
R_STILL=1
i=0
while [ $i -lt "$R_SLICES" ]; do
	i=$((i + 1))
	[ $i = 1 ] && { stats_reset; pg_marks; }
	"$LG" --url "http://127.0.0.1:$HTTP_PORT/webhook/whatsapp" --secret "$SECRET" \
		--rate 500 --duration "$R_S" --conns "$CONNS" --drain 20 --lat-log "$TMP/r0-$i.lat" >"$TMP/r0-$i.out" \
		|| die "loadgen (retention, no purge, slice $i)"
	lg_ok "$TMP/r0-$i.out"
	if [ $i = 1 ]; then
		say "  without the purge, first slice (webhooks acknowledged only; their dialogue work goes on meanwhile):"
		top_statements retention "$(field acked "$TMP/r0-$i.out")" 0 "$R_S"
		"$BIN" -c "$CONF" purge >"$TMP/purge.out" 2>&1 &
		RPID=$!
		PIDS="$PIDS $RPID"
	else
		kill -CONT "$RPID" 2>/dev/null || true
	fi
	T0=$(date +%s.%N)
	"$LG" --url "http://127.0.0.1:$HTTP_PORT/webhook/whatsapp" --secret "$SECRET" \
		--rate 500 --duration "$R_S" --conns "$CONNS" --drain 20 --lat-log "$TMP/r1-$i.lat" >"$TMP/r1-$i.out" \
		|| die "loadgen (retention, purge, slice $i)"
	lg_ok "$TMP/r1-$i.out"
	if kill -0 "$RPID" 2>/dev/null; then
		[ $i -lt "$R_SLICES" ] && kill -STOP "$RPID"
	else
		R_STILL=0
	fi
	R_ACTIVE=$(echo "$R_ACTIVE $(date +%s.%N) $T0" | awk '{printf "%.1f", $1 + $2 - $3}')
done
T0=$(date +%s.%N)
wait "$RPID" || { cat "$TMP/purge.out" >&2; die "praatpaal purge failed"; }
R_PURGE_S=$(echo "$R_ACTIVE $(date +%s.%N) $T0" | awk '{printf "%.1f", $1 + $2 - $3}')
stop_pid "$FPID"
R_GONE=$(sed -n 's/^message_in\t//p' "$TMP/purge.out")
# median FIELD FILES...: the median of one loadgen figure over files
median() {
	f=$1
	shift
	for o in "$@"; do field "$f" "$o"; done | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0;
		else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# all_p99 FILES...: the p99 over every webhook of those runs (loadgen's --lat-log)
all_p99() {
	cat "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print v[int(0.99 * (NR - 1)) + 1] }'
}
R_P99_0=$(median ack_p99_ms "$TMP"/r0-*.out); R_P99_1=$(median ack_p99_ms "$TMP"/r1-*.out)
R_RATE=$(median ack_per_s "$TMP"/r1-*.out)
R_RATIO=$(ratio "$R_P99_1" "$R_P99_0")
say "  ingest ack p99 of each ${R_S} s slice, without: $(for o in "$TMP"/r0-*.out; do printf '%s ' "$(field ack_p99_ms "$o")"; done)ms"
say "                                        with:    $(for o in "$TMP"/r1-*.out; do printf '%s ' "$(field ack_p99_ms "$o")"; done)ms"
say "  ingest ack p99    median of the slices $R_P99_0 ms without, $R_P99_1 ms with the purge (ratio $R_RATIO) at $R_RATE/s"
R_ALL0=$(all_p99 "$TMP"/r0-*.lat); R_ALL1=$(all_p99 "$TMP"/r1-*.lat)
say "                    over all webhooks of a kind $R_ALL0 ms without, $R_ALL1 ms with (ratio $(ratio "$R_ALL1" "$R_ALL0"))"
say "  purge             $R_GONE messages in $R_PURGE_S s of running (stopped in the slices without it)$([ "$R_STILL" = 1 ] && echo "; it outlasted the load")"
took "$PH"
fi

# ---- x. research export ------------------------------------------------------------------
X_ROWS=0 X_RATE=0 X_GROW=0
if phase x; then
PH=$(date +%s)
say ""
say "== x. research export: ${BENCH_EXPORT_MSGS:-1000000} messages streamed by GET /api/v1/export"
BENCH_HTTP_PORT=$HTTP_PORT BENCH_PSQL="$PSQL -d bench" BENCH_DPID=$DPID \
	python3 "$ROOT/tests/bench/export.py" >"$TMP/x.out" 2>&1 \
	|| { cat "$TMP/x.out" >&2; die "export bench (tests/bench/export.py)"; }
grep -v '^RESULT' "$TMP/x.out" | tee -a "$OUT"
X_ROWS=$(field export_rows "$TMP/x.out"); X_RATE=$(field export_rate "$TMP/x.out")
X_GROW=$(field export_rss_grow_kb "$TMP/x.out")
stats_reset
took "$PH"
fi

# ---- b. daemon burst --------------------------------------------------------------
PH=$(date +%s)
say ""
say "== b. daemon burst: $BURST webhooks from $BURST_CONTACTS contacts, $BURST_CONNS connections"
# The phases before left statements and WAL behind: the burst's work a
# message counts from here.
stats_reset
pg_marks
perf_start burst 8
parts_cpu "$TMP/parts0"
D0=$(cpu_of "$DPID"); P0=$(pg_cpu); S0=$(sys_busy); W0=$(date +%s.%N)
"$LG" --url "http://127.0.0.1:$HTTP_PORT/webhook/whatsapp" --secret "$SECRET" \
	--burst "$BURST" --conns "$BURST_CONNS" --contacts "$BURST_CONTACTS" --fake-port "$FAKE_PORT" \
	--text "$BURST_TEXT" --drain 60 --ack-log "$TMP/acked.txt" >"$TMP/b.out" || die "loadgen (daemon burst)"
# The fake API again at once: the replies to the burst's paced backlog go
# out in the seconds after it (see "backlog" below).
"$LG" --fake-only --fake-port "$FAKE_PORT" --duration 120 >"$TMP/fake-drain.out" 2>&1 &
FPID=$!
PIDS="$PIDS $FPID"
lg_ok "$TMP/b.out"
parts_cpu "$TMP/parts1"
D1=$(cpu_of "$DPID"); P1=$(pg_cpu); S1=$(sys_busy); W1=$(date +%s.%N)
PHASE_WALL=$(echo "$W1 $W0" | awk '{printf "%.1f", $1 - $2}')
grep -v '^RESULT' "$TMP/b.out" | tee -a "$OUT"
BURST_RATE=$(field ack_per_s "$TMP/b.out")
BURST_ACKED=$(field acked "$TMP/b.out")
BURST_WALL=$(field wall_s "$TMP/b.out")
BURST_PGCPU=$(echo "$P1 $P0" | awk '{printf "%.2f", $1-$2}')
BURST_DCPU=$(echo "$D1 $D0" | awk '{printf "%.2f", $1-$2}')
BURST_OTHER=$(others "$S0" "$S1" "$BURST_DCPU" "$BURST_PGCPU" "$(field proc_cpu_s "$TMP/b.out")")
say "  CPU during burst  daemon $BURST_DCPU s, PostgreSQL $BURST_PGCPU s, loadgen $(field proc_cpu_s "$TMP/b.out") s, other processes and interrupts $BURST_OTHER s, of $PHASE_WALL s wall x $(nproc) cores"
cpu_per_msg "$BURST_DCPU" "$BURST_PGCPU" "$BURST_ACKED" "acknowledged message, the dialogue work done meanwhile included"
parts_say "$TMP/parts0" "$TMP/parts1"
perf_end burst
top_statements burst "$BURST_ACKED" "$BURST_PGCPU" "$PHASE_WALL"
BURST_CPU_MS=$(echo "$BURST_DCPU $BURST_PGCPU $BURST_ACKED" | awk '{ if ($3 > 0) printf "%.3f", 1000 * ($1 + $2) / $3; else print 0 }')

# Every acknowledged wamid must be in message_in.
$PSQL -d bench >/dev/null <<EOF || die "loading the ack log"
CREATE TABLE bench_acked (provider_id text PRIMARY KEY);
\copy bench_acked FROM '$TMP/acked.txt'
EOF
STORED=$(q "SELECT count(*) FROM bench_acked a JOIN message_in m ON m.channel = 'whatsapp' AND m.provider_id = a.provider_id") \
	&& [ -n "$STORED" ] || die "counting stored wamids"
LOST=$((BURST_ACKED - STORED))
say "  durability        $STORED of $BURST_ACKED acknowledged wamids are in message_in ($LOST missing)"

# The backlog the burst left behind: how far the workers and the sender get
# in at most BENCH_BACKLOG_S more seconds (with the fake API answering).
backlog() {
	q "SELECT (SELECT count(*) FROM message_in WHERE processed_at IS NULL) || ' ' || (SELECT count(*) FROM message_out WHERE status IN ('held', 'queued', 'sending'))"
}
set -- $(backlog)
IN0=$1; OUT0=$2
T0=$(date +%s)
i=0
while [ "$1" -gt 0 ] || [ "$2" -gt 0 ]; do
	[ $i -ge "${BENCH_BACKLOG_S:-20}" ] && break
	sleep 1
	i=$((i + 1))
	set -- $(backlog)
done
IN1=$1; OUT1=$2
BACKLOG_S=$(($(date +%s) - T0))
say "  backlog           unprocessed inbound $IN0 -> $IN1, unsent replies $OUT0 -> $OUT1 in $BACKLOG_S s more"
stop_pid "$FPID"
took "$PH"

# Statements that ran for more than a second, with the plan they ran with.
SLOW=$(grep -c 'LOG:  duration: ' "$TMP/pg/server.log")
if [ "$SLOW" -gt 0 ]; then
	sed -n '/LOG:  duration: /,/^[0-9]\{4\}-/p' "$TMP/pg/server.log" | head -n 400 > "$ROOT/build/bench/slow-plans.txt"
fi
say ""
say "== slow statements: $SLOW ran longer than 1 s (auto_explain)$([ "$SLOW" -gt 0 ] && echo "; plans in build/bench/slow-plans.txt")"
grep 'LOG:  duration: ' "$TMP/pg/server.log" | sed 's/.*duration: \([0-9.]*\) ms.*/\1/' \
	| awk '{ n++; t += $1; if ($1 > m) m = $1 } END { if (n) printf "  %d statements, %.1f s in all, the longest %.1f s\n", n, t / 1000, m / 1000 }' | tee -a "$OUT"
grep -A1 'LOG:  duration: ' "$TMP/pg/server.log" | grep -o 'Query Text: .\{0,60\}' | sort | uniq -c | sort -rn | head -n 5 | tee -a "$OUT"

# What the daemon complained about (log level warn and up), by event.
NWARN=$(grep -c 'level=\(warn\|error\)' "$TMP/daemon.log")
say ""
say "== daemon log: $NWARN warnings and errors, by event (top 5)"
grep 'level=\(warn\|error\)' "$TMP/daemon.log" | sed 's/^ts=[^ ]* //; s/ [a-z_]*=.*$//' | sort | uniq -c | sort -rn | head -n 5 | tee -a "$OUT"
grep 'level=\(warn\|error\)' "$TMP/daemon.log" | grep -o 'error="[^"]\{0,60\}' | sed 's/[0-9][0-9]*/N/g' | sort | uniq -c | sort -rn | head -n 3 | tee -a "$OUT"

# ---- e. memory ----------------------------------------------------------------------------
HWM_KB=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$DPID/status")
RSS_KB=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$DPID/status")
[ -n "$HWM_KB" ] || die "no /proc/$DPID/status (daemon gone?)"
NCONTACTS=$(q "SELECT count(*) FROM contact")

# How long an orderly stop takes (SIGTERM -> exit), with the backlog left.
T0=$(date +%s.%N)
kill "$DPID"
n=0
while kill -0 "$DPID" 2>/dev/null && [ $n -lt 300 ]; do
	sleep 0.1
	n=$((n + 1))
done
STOP_S=$(echo "$(date +%s.%N) $T0" | awk '{printf "%.1f", $1 - $2}')
kill -0 "$DPID" 2>/dev/null && STOP_S=">30"

# ---- table -------------------------------------------------------------------------------
# ---- the targets (issue figures; docs/performance.md, "Targets") --------------------------
# target NAME PHASES OK TEXT DETAIL: OK is 1 (met) or 0; PHASES the phases
# the figure needs (NOT RUN when one was skipped). Printed and recorded.
target() {
	t_v=MET
	[ "$3" = 1 ] || t_v=MISSED
	for t_p in $(echo "$2" | sed 's/./& /g'); do
		case "$t_p" in b | p | m) ;; *) phase "$t_p" || t_v="NOT RUN" ;; esac
	done
	[ -n "${T_OVERRIDE:-}" ] && [ "$t_v" = MISSED ] && t_v=$T_OVERRIDE
	T_OVERRIDE=""
	printf '  %-52s %-11s %s\n' "$4" "$t_v" "$5" | tee -a "$OUT"
	printf '%s\t%s\t%s (%s)\n' "$1" "$t_v" "$4" "$5" >>"$TARGETS"
}
# Met: the offered 1,000/s (or more) all answered, at >= 99% of that rate, p99 < 100 ms.
T_E2E=$(echo "$E2E_MSGS $E2E_RATE $E2E_P99 $E2E_MATCHED $E2E_CONTACTS" | awk '{ print ($1 >= 0.99 * $2 && $2 >= 1000 && $3 < 100 && $4 >= 0.99 * $5) ? 1 : 0 }')
# The p99 is judged only on a machine that was quiet before the run
# (load average < 1): other processes' bursts land in the tail.
T_E2E_RATE=$(echo "$E2E_MSGS $E2E_RATE $E2E_MATCHED $E2E_CONTACTS" | awk '{ print ($1 >= 0.99 * $2 && $2 >= 1000 && $3 >= 0.99 * $4) ? 1 : 0 }')
T_BUSY=$(echo "$LOAD_BEFORE" | awk '{ print ($1 >= 1) ? 1 : 0 }')
T_MODEL_SHARE=$(echo "$M_TEXT_US $BURST_CPU_MS" | awk '{ if ($2 > 0) printf "%.4f", 2 * $1 / 1000 / $2; else print 0 }')
T_FLOOR_RATIO=$(echo "$BURST_RATE $FLOOR" | awk '{ if ($2 > 0) printf "%.3f", $1 / $2; else print 0 }')
T_R=$(echo "$R_P99_0 $R_P99_1 $R_GONE $R_MSGS" | awk '{ print ($1 > 0 && $2 < 1.2 * $1 && $3 >= $4) ? 1 : 0 }')

say ""
say "== figures"
say "  HTTP floor (bare server, burst)         $FLOOR req/s"
say "  generator at 10,000/s vs bare           $GEN_RATE/s achieved, p99 $GEN_P99 ms, $GEN_CPU s CPU in 5 s"
say "  daemon burst, acknowledged              $BURST_RATE/s   ratio to floor $(ratio "$BURST_RATE" "$FLOOR") ($BURST_CONNS connections)"
say "  pgbench ceiling -c 1 / -c $PGB_CLIENTS             $TPS1 / $TPSN tps   daemon burst : pgbench -c $PGB_CLIENTS = $(ratio "$BURST_RATE" "$TPSN")"
say "  pgbench batches of 32 on one connection $BATCH_MSGS messages/s   daemon burst : that = $(ratio "$BURST_RATE" "$BATCH_MSGS")"
say "  acknowledged and stored                 $STORED of $BURST_ACKED"
say "  burst backlog, $BACKLOG_S s later            inbound $IN1 unprocessed (of $IN0), replies $OUT1 unsent (of $OUT0)"
say "  e2e messages answered                   $E2E_MATCHED of $E2E_CONTACTS, at $E2E_MSGS msg/s; replies $E2E_RPS/s"
say "  e2e inbound-to-reply                    p50 $E2E_P50 ms, p99 $E2E_P99 ms (ack p99 $E2E_ACK99 ms)"
say "  console GET /api/v1/queue              p50 $CQ_P50 ms, p99 $CQ_P99 ms ($CQ_ITEMS items, 10,000 queued chats)"
say "  console message to stream               p50 $CS_P50 ms, p99 $CS_P99 ms ($CS_N probes, webhooks at $CS_RATE/s)"
say "  console ingest, $C_STREAMS streams open         $CB_STREAMS/s vs $CB_PLAIN/s without   ratio $CB_RATIO; CPU a message $CB_CPU1 vs $CB_CPU0 ms"
say "  purge while ingesting at 500/s          ack p99 $R_P99_1 ms vs $R_P99_0 ms without; $R_GONE messages in $R_PURGE_S s"
say "  research export (API, jsonl)            $X_RATE rows/s, RSS +$X_GROW kB ($X_ROWS rows)"
say "  daemon stop (SIGTERM -> exit)           $STOP_S s"
say "  daemon peak RSS (VmHWM)                 $((HWM_KB / 1024)) MiB ($HWM_KB kB; now $RSS_KB kB), $NCONTACTS contacts in the database"
say "  PII scrubber, one core                  $PII_MB MB/s a message at a time, $PII_LONG MB/s as one text"
say "  load average at the end                $(cut -d' ' -f1-3 /proc/loadavg)"
say ""
say "== targets (load average before the run $LOAD_BEFORE)"
[ "$T_E2E" = 0 ] && [ "$T_E2E_RATE" = 1 ] && [ "$T_BUSY" = 1 ] && T_OVERRIDE="NOT JUDGED"
target e2e_rate_p99 d "$T_E2E" ">= 1,000 msg/s end to end, p99 < 100 ms" "$E2E_MSGS msg/s, p99 $E2E_P99 ms$([ "$T_BUSY" = 1 ] && echo "; p99 not judged at load $LOAD_BEFORE")"
target e2e_cpu d "$(echo "$E2E_CPU_MS" | awk '{ print ($1 > 0 && $1 <= 0.75) ? 1 : 0 }')" "<= 0.75 ms of CPU an answered message (e2e)" "$E2E_CPU_MS ms"
target burst_rate b "$(echo "$BURST_RATE" | awk '{ print ($1 >= 10000) ? 1 : 0 }')" ">= 10,000 acknowledged webhooks/s (burst)" "$BURST_RATE/s"
target burst_cpu b "$(echo "$BURST_CPU_MS" | awk '{ print ($1 > 0 && $1 <= 0.12) ? 1 : 0 }')" "<= 0.12 ms of CPU a webhook (burst)" "$BURST_CPU_MS ms"
target burst_floor ab "$(echo "$T_FLOOR_RATIO" | awk '{ print ($1 >= 0.25) ? 1 : 0 }')" "burst >= 0.25 x the HTTP floor of this run" "ratio $T_FLOOR_RATIO"
target model_share bm "$(echo "$T_MODEL_SHARE $M_TEXT_US" | awk '{ print ($2 > 0 && $1 <= 0.02) ? 1 : 0 }')" "crisis model <= 2% of the burst's CPU a webhook" "2 x $M_TEXT_US us of $BURST_CPU_MS ms = $(echo "$T_MODEL_SHARE" | awk '{ printf "%.2f%%", 100 * $1 }')"
target rss b "$(echo "$HWM_KB" | awk '{ print ($1 < 65536) ? 1 : 0 }')" "peak RSS < 64 MiB with 100,000 contacts" "$((HWM_KB / 1024)) MiB, $NCONTACTS contacts"
target pii p "$(echo "$PII_MB" | awk '{ print ($1 >= 20) ? 1 : 0 }')" "PII scrubber >= 20 MB/s on one core" "$PII_MB MB/s"
target console_queue v "$(echo "$CQ_P99 $CQ_ITEMS" | awk '{ print ($2 > 0 && $1 < 20) ? 1 : 0 }')" "GET /api/v1/queue p99 < 20 ms (10,000 queued)" "p99 $CQ_P99 ms"
target console_stream v "$(echo "$CS_P99 $CS_N $CS_RATE" | awk '{ print ($2 > 0 && $1 < 500 && $3 >= 495) ? 1 : 0 }')" "message to the stream p99 < 500 ms at 500/s" "p99 $CS_P99 ms at $CS_RATE/s"
target console_streams v "$(echo "$CB_RATIO" | awk '{ print ($1 >= 0.90) ? 1 : 0 }')" "$C_STREAMS open streams slow ingest < 10%" "ratio $CB_RATIO"
target purge r "$T_R" "purge of $R_MSGS old messages raises ingest p99 < 20%" "ratio $R_RATIO"
target export x "$(echo "$X_RATE $X_GROW $X_ROWS" | awk '{ print ($3 > 0 && $1 >= 20000 && $2 < 8192) ? 1 : 0 }')" "export >= 20,000 rows/s, RSS grows < 8 MiB" "$X_RATE rows/s, +$X_GROW kB"

# The figures, for tools/bench-compare.py.
fig load_before "$LOAD_BEFORE"
fig load_after "$(cut -d' ' -f1 /proc/loadavg)"
fig floor_req_s "$FLOOR"
fig pgbench_batch32_msgs_s "$BATCH_MSGS"
fig burst_ack_s "$BURST_RATE"
fig burst_cpu_ms "$BURST_CPU_MS"
fig burst_floor_ratio "$T_FLOOR_RATIO"
fig e2e_answered_s "$E2E_MSGS"
fig e2e_p50_ms "$E2E_P50"
fig e2e_p99_ms "$E2E_P99"
fig e2e_cpu_ms "$E2E_CPU_MS"
fig model_us "$M_MODEL_US"
fig model_text_us "$M_TEXT_US"
fig lexicon_us "$M_LEX_US"
fig model_share "$T_MODEL_SHARE"
fig rss_hwm_kb "$HWM_KB"
fig pii_mb_s "$PII_MB"
fig console_queue_p99_ms "$CQ_P99"
fig console_stream_p99_ms "$CS_P99"
fig console_streams_ratio "$CB_RATIO"
fig purge_ack_p99_ratio "$R_RATIO"
fig purge_s "$R_PURGE_S"
fig export_rows_s "$X_RATE"
fig export_rss_grow_kb "$X_GROW"
fig stop_s "$STOP_S"
mkdir -p "$(dirname "$JSON")"
python3 "$ROOT/tools/bench-compare.py" --write "$FIGS" "$TARGETS" "$JSON" \
	"phases=$PHASES" "bin=$BIN" "date=$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "cores=$(nproc)" \
	|| die "writing $JSON"
say ""
say "figures and verdicts as JSON: $JSON (compare two runs: tools/bench-compare.py OLD NEW)"
say ""
say "(total $(($(date +%s) - START)) s; this output is also in $OUT)"
if [ "$LOST" -ne 0 ]; then
	echo "bench: FAILED: $LOST acknowledged messages are not in the database" >&2
	exit 1
fi
exit 0
