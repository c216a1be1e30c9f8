#!/bin/sh
# Install what praatpaal needs to build, test and run its demo on Debian or
# Ubuntu: only the packages that are missing, with one `apt-get update`.
# As root it installs directly; otherwise through sudo if there is one;
# otherwise it prints the command to run and fails.
set -eu

PKGS="build-essential pkg-config libmicrohttpd-dev libcurl4-openssl-dev
libjansson-dev libpq-dev libssl-dev libsodium-dev libsystemd-dev postgresql python3"
# --test (what CI runs): also Chromium, which the console's browser test in
# `make check` drives (playwright-core from npm), and the tools of the
# operations tests: systemd (systemd-analyze checks the unit), pgbouncer
# (the two-daemon test), man-db (man --warnings on the man pages).
# --dev: that, and the tools of `make fuzz` (clang with libFuzzer) and
# `make valgrind`. On Debian 12 libFuzzer and the sanitizer runtimes are in
# libclang-rt-14-dev, only recommended by clang: added after the package
# lists are fresh, when the distribution has it.
DEV=0
case "${1:-}" in
--test)
	PKGS="$PKGS chromium systemd pgbouncer man-db"
	;;
--dev)
	DEV=1
	PKGS="$PKGS chromium systemd pgbouncer man-db clang valgrind"
	# python3-sklearn: `make crisis-model` only (tools/crisis-train.py); the
	# trained conf/crisis.model is committed, so make check never needs it.
	PKGS="$PKGS python3-sklearn"
	;;
esac

missing=""
for p in $PKGS; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$st" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done

# Node.js and npm run test tools only (Twilio's own webhook signer, the
# console's browser test; package.json). Any node and npm on the PATH will
# do (a distribution's or another vendor's build); when there are none,
# Debian's.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	missing="$missing nodejs npm"
fi

want_rt=0
if [ "$DEV" = 1 ]; then
	case "$(dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null || true)" in
	*"install ok installed"*) ;;
	*) want_rt=1 ;;
	esac
fi

if [ -z "$missing" ] && [ "$want_rt" = 0 ]; then
	echo "install-deps: all packages present"
	exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
	echo "install-deps: no apt-get here; please install the equivalents of:$missing" >&2
	exit 1
fi

if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "install-deps: missing:$missing" >&2
	echo "install-deps: as root, run: apt-get update && apt-get install -y$missing" >&2
	exit 1
fi

echo "install-deps: installing:${missing:- (optional packages only)}"
$SUDO apt-get update
if [ "$want_rt" = 1 ] && apt-cache show libclang-rt-14-dev >/dev/null 2>&1; then
	missing="$missing libclang-rt-14-dev"
fi
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
