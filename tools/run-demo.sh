#!/bin/sh
# `make run`: a working demo on this machine.
#
#  1. builds build/praatpaal;
#  2. unless PRAATPAAL_DATABASE_URL is set, starts a private PostgreSQL with
#     its data in ./var/pg (created once, kept between runs) on
#     127.0.0.1:54329, and creates the database "praatpaal";
#  3. applies the migrations;
#  4. starts the fake WhatsApp/Twilio API (tests/fake/fakeapi.py --print) on
#     127.0.0.1:8081, which prints every reply the daemon sends;
#  5. runs the daemon in the foreground with conf/demo.conf (127.0.0.1:8080).
#
# Send messages from another terminal with tools/demo-send.sh. Ctrl-C stops
# the daemon, the fake API and the PostgreSQL this script started.
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
CONF=${PRAATPAAL_DEMO_CONF:-conf/demo.conf}
PGPORT=${PRAATPAAL_DEMO_PGPORT:-54329}
FAKE_LISTEN=127.0.0.1:8081
FAKE_PID=""
PG_STARTED=0

say() { printf 'run-demo: %s\n' "$*"; }
die() { printf 'run-demo: %s\n' "$*" >&2; exit 1; }

make all

if [ -z "${PRAATPAAL_DATABASE_URL:-}" ]; then
	# The highest version installed (numeric sort: 9.6 < 15).
	PGBIN=$(for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done |
	    sort -t/ -k5 -n | tail -n 1)
	[ -n "$PGBIN" ] || die "PostgreSQL server not found: run tools/install-deps.sh, or set PRAATPAAL_DATABASE_URL"
	PGDIR=$TOP/var/pg
	if [ "$(id -u)" = 0 ]; then
		AS_PG="runuser -u postgres --"
	else
		AS_PG=""
	fi
	mkdir -p "$PGDIR"
	if [ -n "$AS_PG" ]; then
		chown postgres:postgres "$PGDIR"
		$AS_PG test -w "$PGDIR" ||
		    die "user postgres cannot write $PGDIR (a parent directory is closed?); set PRAATPAAL_DATABASE_URL instead"
	fi
	if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
		say "creating a PostgreSQL cluster in var/pg (once)"
		$AS_PG "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --no-locale >"$PGDIR/initdb.log" ||
		    die "initdb failed; see var/pg/initdb.log"
	fi
	if ! $AS_PG "$PGBIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
		say "starting PostgreSQL on 127.0.0.1:$PGPORT"
		$AS_PG "$PGBIN/pg_ctl" -D "$PGDIR/data" -w -t 60 -l "$PGDIR/postgres.log" \
		    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR" start >/dev/null ||
		    die "PostgreSQL did not start; see var/pg/postgres.log"
		PG_STARTED=1
	fi
	ADMIN_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
	if [ -z "$("$PGBIN/psql" -X -At -d "$ADMIN_URL" -c "SELECT 1 FROM pg_database WHERE datname = 'praatpaal'")" ]; then
		"$PGBIN/psql" -X -q -d "$ADMIN_URL" -c "CREATE DATABASE praatpaal" ||
		    die "cannot create the database"
	fi
	PRAATPAAL_DATABASE_URL="postgresql://postgres@127.0.0.1:$PGPORT/praatpaal"
	export PRAATPAAL_DATABASE_URL
fi

cleanup() {
	trap - EXIT INT TERM
	if [ -n "$FAKE_PID" ]; then
		kill "$FAKE_PID" 2>/dev/null || true
		wait "$FAKE_PID" 2>/dev/null || true
	fi
	if [ "$PG_STARTED" = 1 ]; then
		say "stopping PostgreSQL (data kept in var/pg)"
		$AS_PG "$PGBIN/pg_ctl" -D "$PGDIR/data" -w -m fast stop >/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build/praatpaal -c "$CONF" migrate

# A demo counsellor for the console (teams JIP, JIT, CIT), with a fresh
# random password each run (given on stdin, never on the command line).
DEMO_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
if build/praatpaal -c "$CONF" staff list | grep -q '^demo '; then
	printf '%s\n' "$DEMO_PASSWORD" | build/praatpaal -c "$CONF" staff passwd demo >/dev/null
else
	printf '%s\n' "$DEMO_PASSWORD" | build/praatpaal -c "$CONF" staff add demo \
	    --role counsellor --teams JIP,JIT,CIT --alias "Sam van de demo" >/dev/null
fi || die "could not create the demo counsellor"

python3 tests/fake/fakeapi.py --print --listen "$FAKE_LISTEN" &
FAKE_PID=$!
# Wait (at most 5 s) until the fake answers.
python3 - "$FAKE_LISTEN" <<'PY' || die "the fake API did not start on $FAKE_LISTEN (port taken?)"
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen("http://%s/_health" % sys.argv[1], timeout=1)
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
PY

cat <<MSG

run-demo: praatpaal is starting on http://127.0.0.1:8080 with $CONF.
run-demo: in another terminal, send a message as a young person would:

    tools/demo-send.sh "Hoi, ik heb een vraag over mijn school"
    tools/demo-send.sh -f 31600000002 "Hello, I need some help"
    tools/demo-send.sh -s "Hallo via sms"

run-demo: the counsellors' console: http://127.0.0.1:8080/console/
run-demo: log in as "demo" with password $DEMO_PASSWORD
run-demo: (a counsellor of JIP, JIT and CIT; the API is at /api/v1, see
run-demo: docs/openapi.yaml). Send "ik wil niet meer leven" to see a chat
run-demo: arrive in the CIT queue.

run-demo: the daemon's answers are printed here by the fake API; the
run-demo: daemon's own log lines follow. Ctrl-C stops everything.

MSG

# Ctrl-C reaches the daemon too: it stops cleanly, and so does this script
# (with the daemon's exit status), stopping the fake API and PostgreSQL.
trap ':' INT TERM
rc=0
build/praatpaal -c "$CONF" serve || rc=$?
exit $rc
