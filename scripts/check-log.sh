#!/bin/bash
# Judge one platform's console log: print its TAP results and a summary, and
# fail any test (or the whole platform) on a kernel report.
# Usage: check-log.sh PLATFORM LOG NR_EXPECTED
# Prints "PLATFORM: N passed, N failed, N skipped" last and writes the three
# numbers to LOG.counts.
. "$(dirname "$0")/lib.sh"

platform=$1 log=$2 expected=$3
reports=$(cat "$ROOT/selftests/kernel-reports.regex")

results=$(grep -aE '^(not )?ok [0-9]+ ' "$log" | tr -d '\r' || true)
pass=$(printf '%s\n' "$results" | grep -cE '^ok [0-9]+ [^#]*$' || true)
skip=$(printf '%s\n' "$results" | grep -cE '^ok [0-9]+ .*# SKIP' || true)
fail=$(printf '%s\n' "$results" | grep -c '^not ok' || true)
[ -z "$results" ] || printf '%s\n' "$results"
grep -aE '^# time ' "$log" | sed 's/^# time /  time: /' || true

# Reports the runner could not attribute to a test (boot, shutdown, a hang).
if grep -aE "$reports" "$log" | grep -avE '^# ' | grep -q .; then
	say "$platform: kernel report on the console:"
	grep -aE -B2 -A20 "$reports" "$log" | grep -avE '^# ' | head -n 60 >&2
	if [ "$(printf '%s\n' "$results" | grep -c 'kernel report')" = 0 ]; then
		fail=$((fail + 1))
		echo "not ok - $platform: kernel report outside any test"
	fi
fi
done_tests=$((pass + skip + fail))
if ! grep -aq '^KVMTESTS-END' "$log"; then
	missing=$((expected - done_tests))
	[ "$missing" -gt 0 ] || missing=1
	echo "not ok - $platform: run did not finish ($(grep -a KVMTESTS-TIMEOUT "$log" || echo 'guest stopped early')); $missing test(s) without a result"
	tail -n 15 "$log" | sed 's/^/#   /'
	fail=$((fail + missing))
elif [ "$done_tests" -lt "$expected" ]; then
	echo "not ok - $platform: only $done_tests of $expected tests reported"
	fail=$((fail + expected - done_tests))
fi
echo "$pass $fail $skip" >"$log.counts"
echo "$platform: $pass passed, $fail failed, $skip skipped"
