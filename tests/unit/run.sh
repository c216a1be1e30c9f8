#!/bin/sh
# Run each unit test binary (under valgrind when PRAATPAAL_VALGRIND=1) and
# each Python unit test (tests/unit/test_*.py, never under valgrind), add
# up the "N passed, N failed" lines, fail if any of them failed.
pass=0; fail=0; bad=0
for t in "$@"; do
	if [ "${t%.py}" != "$t" ]; then
		out=$(python3 "$t" 2>&1)
	elif [ "${PRAATPAAL_VALGRIND:-0}" = 1 ]; then
		out=$(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "$t" 2>&1)
	else
		out=$("$t" 2>&1)
	fi
	rc=$?
	printf '%s\n' "$out"
	line=$(printf '%s\n' "$out" | grep -E '^unit: .*: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	p=$(printf '%s' "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1/')
	f=$(printf '%s' "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\2/')
	pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0}))
	if [ $rc -ne 0 ] || [ -z "$line" ]; then bad=$((bad + 1)); echo "unit: $t exited $rc"; fi
done
echo "unit: $pass passed, $fail failed"
[ $bad -eq 0 ] && [ $fail -eq 0 ]
