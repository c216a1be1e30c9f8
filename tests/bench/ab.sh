#!/bin/sh
# tests/bench/ab.sh — an A/B comparison of two daemon builds in one run
# (`make bench-ab OLD=path/to/old/praatpaal`, docs/performance.md).
#
#   tests/bench/ab.sh OLD_BIN NEW_BIN [ROUNDS]
#
# Both binaries must be named praatpaal (e.g. /tmp/old/praatpaal), as
# run.sh finds the daemon's process by that name.
# Runs tests/bench/run.sh ROUNDS times (default 3) for each build,
# alternating OLD, NEW, OLD, NEW, ... so that both see the same machine and
# the same neighbours, and prints one row a run and the median of each
# column per build: the burst's acknowledged rate and CPU a webhook, and the
# end-to-end p99 and CPU an answered message, and the peak RSS.
# BENCH_PHASES defaults to "db" here (end to end, then the burst): the HTTP
# floor and the pgbench ceiling do not depend on the build. Every other
# BENCH_* variable passes through to run.sh. Exits non-zero when a run
# fails (run.sh exits 1 for an acknowledged message that is not stored).
set -u
cd "$(dirname "$0")/../.." || exit 2
[ $# -ge 2 ] || { echo "usage: $0 OLD_BIN NEW_BIN [ROUNDS]" >&2; exit 2; }
OLD=$1
NEW=$2
ROUNDS=${3:-3}
for b in "$OLD" "$NEW"; do
	[ -x "$b" ] || { echo "ab: $b is not an executable" >&2; exit 2; }
	# run.sh reads the daemon's figures by its process name.
	[ "$(basename "$b")" = praatpaal ] || { echo "ab: $b must be named praatpaal (copy it into a directory of its own)" >&2; exit 2; }
done
DIR=build/bench/ab
mkdir -p "$DIR"
export BENCH_PHASES="${BENCH_PHASES:-db}"

# figures FILE: burst/s, burst CPU ms a webhook, e2e p99 ms, e2e CPU ms a
# message, peak RSS MiB — from the run's own report.
figures() {
	burst=$(sed -n 's/^  daemon burst, acknowledged *\([0-9.]*\)\/s.*/\1/p' "$1")
	p99=$(sed -n 's/^  e2e inbound-to-reply .* p99 \([0-9.]*\) ms .*/\1/p' "$1")
	rss=$(sed -n 's/^  daemon peak RSS (VmHWM) *\([0-9]*\) MiB.*/\1/p' "$1")
	# "CPU a message" is printed once for end to end, then once for the burst.
	e2ecpu=$(sed -n 's/^  CPU a message .* = \([0-9.]*\) ms,.*/\1/p' "$1" | sed -n 1p)
	burstcpu=$(sed -n 's/^  CPU a message .* = \([0-9.]*\) ms,.*/\1/p' "$1" | sed -n 2p)
	echo "${burst:-0} ${burstcpu:-0} ${p99:-0} ${e2ecpu:-0} ${rss:-0}"
}

status=0
: > "$DIR/rows.txt"
i=1
while [ "$i" -le "$ROUNDS" ]; do
	for side in old new; do
		if [ "$side" = old ]; then bin=$OLD; else bin=$NEW; fi
		out="$DIR/$side-$i.txt"
		echo "ab: round $i/$ROUNDS, $side ($bin)"
		BENCH_BIN="$bin" BENCH_OUT="$out" sh tests/bench/run.sh >"$DIR/$side-$i.log" 2>&1 || {
			echo "ab: run failed: $DIR/$side-$i.log" >&2
			tail -n 5 "$DIR/$side-$i.log" >&2
			status=1
		}
		echo "$side $i $(figures "$out") $(cut -d' ' -f1 /proc/loadavg)" >> "$DIR/rows.txt"
	done
	i=$((i + 1))
done

echo
printf '%-5s %5s %10s %12s %10s %12s %8s %6s\n' build run "burst/s" "burst ms/wh" "e2e p99" "e2e ms/msg" "RSS MiB" load
awk '{ printf "%-5s %5s %10s %12s %10s %12s %8s %6s\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$DIR/rows.txt"
echo
echo "medians (new : old)"
awk '
function median(side, col,   n, i, j, t, v) {
	n = 0
	for (i = 1; i <= rows; i++) if (s[i] == side) v[++n] = f[i, col]
	for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
	if (n == 0) return 0
	return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
{ rows++; s[rows] = $1; for (c = 3; c <= 7; c++) f[rows, c] = $c }
END {
	split("burst/s,burst CPU ms a webhook,e2e p99 ms,e2e CPU ms a message,peak RSS MiB", name, ",")
	for (c = 3; c <= 7; c++) {
		o = median("old", c); n = median("new", c)
		printf "  %-26s old %8.2f  new %8.2f  ratio %s\n", name[c - 2], o, n, (o > 0) ? sprintf("%.2f", n / o) : "n/a"
	}
}' "$DIR/rows.txt"
echo "(rows and reports in $DIR/)"
exit $status
