#!/bin/sh
# House-rule checks that the compiler does not make (see STYLE.md):
#  1. no banned C functions in src/ (sprintf, strcpy, atoi, ...);
#  2. SQL only in the stores (src/store_*.c) and src/migrate.c; src/db.c
#     may hold transaction control and session settings only (BEGIN,
#     COMMIT, ROLLBACK, SET).
# Prints file:line: problem for each finding; exits 1 if there is any.
set -u
cd "$(dirname "$0")/.." || exit 2

status=0

banned='sprintf|vsprintf|strcat|strncat|strcpy|strncpy|strtok|atoi|atol|gets'
# A call: the name not preceded by an identifier character (so snprintf,
# util_strlcpy and fgets pass) and followed by an opening parenthesis.
# Comments and string literals are not parsed: rename, or reword the comment.
out=$(grep -nE "(^|[^A-Za-z0-9_])($banned)[[:space:]]*\(" src/*.c include/*.h 2>/dev/null)
if [ -n "$out" ]; then
	printf '%s\n' "$out" | sed 's/$/   <- banned function (use snprintf, util_strlcpy, struct buf, util_parse_ll)/'
	status=1
fi

# SQL keywords at the start of a string literal, outside the stores.
sqlkw='SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|TRUNCATE|LOCK'
txkw='BEGIN|COMMIT|ROLLBACK|SET'
for f in src/*.c; do
	case "$f" in
	src/store_*.c|src/migrate.c) continue ;;
	src/db.c) kw=$sqlkw; where='SQL in src/db.c (transaction control only)' ;;
	*) kw="$sqlkw|$txkw"; where='SQL outside src/store_*.c and src/migrate.c' ;;
	esac
	out=$(grep -nE "\"[[:space:]]*($kw)[[:space:]]" "$f")
	if [ -n "$out" ]; then
		printf '%s\n' "$out" | sed "s|^|$f:|; s|\$|   <- $where|"
		status=1
	fi
done

if [ $status -eq 0 ]; then
	echo "lint: ok"
else
	echo "lint: findings above" >&2
fi
exit $status
