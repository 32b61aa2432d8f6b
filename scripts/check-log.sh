#!/bin/bash
# Judge one platform's console log: print its TAP results and a summary.
# Failures beyond the runner's own: a kernel report on the console, a run
# that did not reach its end (every missing result counts), a guest that
# booted more than once (a panic reboots Bochs).
# Usage: check-log.sh PLATFORM LOG NR_EXPECTED
# Prints "PLATFORM: N passed, N failed, N skipped" last and writes the three
# numbers to LOG.counts.
. "$(dirname "$0")/lib.sh"

platform=$1 log=$2 expected=$3
rm -f "$log.counts"
reports=$(cat "$ROOT/selftests/kernel-reports.regex")

results=$(grep -aE '^(not )?ok [0-9]+ ' "$log" | tr -d '\r' || true)
pass=$(printf '%s\n' "$results" | grep -cE '^ok [0-9]+ [^#]*$' || true)
skip=$(printf '%s\n' "$results" | grep -cE '^ok [0-9]+ .*# SKIP' || true)
fail=$(printf '%s\n' "$results" | grep -c '^not ok' || true)
[ -z "$results" ] || printf '%s\n' "$results"
grep -aE '^# time ' "$log" | tr -d '\r' | sed 's/^# time /  time: /' || true
reported=$((pass + skip + fail))

# Reports the runner could not attribute (a panic, a hang, a dying guest).
console=$(grep -aE "$reports" "$log" | grep -avE '^# ' || true)
if [ -n "$console" ]; then
	say "$platform: kernel report on the console:"
	{ grep -aE -B2 -A20 "$reports" "$log" | grep -avE '^# ' | sed -n 1,60p; } >&2 || true
	if [[ $results != *"kernel report"* ]]; then
		echo "not ok - $platform: kernel report outside any test"
		fail=$((fail + 1))
	fi
fi
boots=$(grep -ac '^KVMTESTS-BEGIN' "$log" || true)
if [ "$boots" -gt 1 ]; then
	echo "not ok - $platform: the guest booted $boots times (a panic rebooted it)"
	fail=$((fail + 1))
fi
if ! grep -aq '^KVMTESTS-END' "$log"; then
	missing=$((expected - reported))
	[ "$missing" -gt 0 ] || missing=1
	echo "not ok - $platform: run did not finish ($(grep -a KVMTESTS-TIMEOUT "$log" || echo 'guest stopped early')); $missing result(s) missing"
	tail -n 15 "$log" | sed 's/^/#   /'
	fail=$((fail + missing))
elif [ "$reported" -lt "$expected" ]; then
	echo "not ok - $platform: only $reported of $expected results reported"
	fail=$((fail + expected - reported))
fi
echo "$pass $fail $skip" >"$log.counts"
echo "$platform: $pass passed, $fail failed, $skip skipped"
