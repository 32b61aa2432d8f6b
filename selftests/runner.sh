#!/bin/sh
# Guest-side test runner: runs the tests of the given lists, prints TAP.
# Usage: runner.sh PLATFORM LIST...
# A list line is "NAME TIMEOUT EXPECT [ARGS...]": NAME is the selftest path
# under /selftests, or kunit/SUITE for a built-in KUnit suite (it ran at
# boot; kunit-suite.sh reports it), TIMEOUT in seconds, EXPECT one of
#   pass  the test must exit 0 (subtests may skip),
#   all   the test must exit 0 and none of its subtests may skip,
#   skip  the test must skip (exit 4) and say why.
# A test that leaves a kernel report (WARN, BUG, KASAN, lockdep, ...) in
# dmesg fails.  Two more results bracket the tests: the kernel log up to
# the first test, and the kernel log after the last one (with, on a kernel
# that has kmemleak, the leaks it finds once all tests are done).
platform=$1
shift
# Kernel reports that fail a test: one extended regex, shared with the host
# side (scripts/check-log.sh).
reports=$(cat /kernel-reports.regex)

now() { cut -d' ' -f1 /proc/uptime; }

# Print "ok"/"not ok" for the kernel log read so far, as result $1 named $2.
check_dmesg() {
	dmesg -c >/tmp/dmesg
	if grep -qE "$reports" /tmp/dmesg; then
		sed 's/^/# dmesg: /' /tmp/dmesg | head -n 80
		echo "not ok $1 $platform/$2 # kernel report in dmesg"
	else
		echo "ok $1 $platform/$2"
	fi
}

tests=$(cat "$@" | grep -vE '^[[:space:]]*(#|$)')
total=$(printf '%s\n' "$tests" | grep -c .)
echo "TAP version 13"
echo "1..$((total + 2))"
check_dmesg 1 kernel-log-at-boot
# On a kernel with kmemleak: forget what boot left unreferenced, so that the
# scan after the tests reports only what they leaked.
kmemleak=/sys/kernel/debug/kmemleak
[ -e $kmemleak ] && echo clear 2>/dev/null >$kmemleak
printf '%s\n' "$tests" | {
n=1
while read -r name tmo expect args; do
	n=$((n + 1))
	start=$(now)
	# shellcheck disable=SC2086
	case "$name" in
	# A built-in KUnit suite: its results, from boot, as one test.
	kunit/*) timeout -s KILL "$tmo" /bin/sh /kunit-suite.sh "${name#kunit/}" >/tmp/out 2>&1 </dev/null ;;
	*) timeout -s KILL "$tmo" "./$name" $args >/tmp/out 2>&1 </dev/null ;;
	esac
	rc=$?
	end=$(now)
	secs=$(echo "$start $end" | awk '{printf "%.1f", $2 - $1}')
	sed 's/^/# /' /tmp/out | tail -n 40
	dmesg -c >/tmp/dmesg
	why=""
	if grep -qE "$reports" /tmp/dmesg; then
		sed 's/^/# dmesg: /' /tmp/dmesg | head -n 60
		why="kernel report in dmesg"
	fi
	id="$platform/$name${args:+ $args}"
	if [ -n "$why" ]; then
		echo "not ok $n $id # $why"
	elif [ "$rc" = 0 ] && [ "$expect" = skip ]; then
		echo "not ok $n $id # ran, but this platform cannot run it: expected a skip"
	elif [ "$rc" = 0 ] && [ "$expect" = all ] && grep -qE '^ok [0-9]+ .*# SKIP' /tmp/out; then
		echo "not ok $n $id # a subtest skipped: $(grep -E '^ok [0-9]+ .*# SKIP' /tmp/out | head -n 1 | cut -c1-120)"
	elif [ "$rc" = 0 ]; then
		echo "ok $n $id"
	elif [ "$rc" = 4 ]; then
		reason=$(grep -iE 'skip|not supported|requirement|not enabled|not available' /tmp/out | tail -n 1)
		[ -n "$reason" ] || reason=$(grep -v 'Random seed' /tmp/out | grep . | tail -n 1)
		reason=$(printf '%s' "$reason" | sed 's/^[# ]*//' | cut -c1-150)
		[ -n "$reason" ] || reason="exit code 4, no reason printed"
		if [ "$expect" = skip ]; then
			echo "ok $n $id # SKIP $reason"
		else
			echo "not ok $n $id # unexpected skip: $reason"
		fi
	elif [ "$rc" = 137 ]; then
		echo "not ok $n $id # timeout after ${tmo}s"
	else
		echo "not ok $n $id # exit code $rc"
	fi
	echo "# time $id ${secs}s"
done
}
# Reports from work the tests left behind.
sleep 1
# kmemleak reports objects at least 5 s old, after two scans that both found
# them unreferenced; it logs "N new suspected memory leaks" if any.
if [ -e $kmemleak ]; then
	sleep 5
	if echo scan 2>/dev/null >$kmemleak && echo scan 2>/dev/null >$kmemleak; then
		echo "# kmemleak: scanned after the tests:" \
			"$(grep -c '^unreferenced object' $kmemleak) suspected leaks"
		sed 's/^/# kmemleak: /' $kmemleak | head -n 80
	else
		echo "# kmemleak: present but not enabled, no scan"
	fi
fi
check_dmesg $((total + 2)) kernel-log-after-tests
