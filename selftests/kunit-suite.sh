#!/bin/sh
# Guest side: report a built-in KUnit suite, which ran at boot, as a test.
# Usage: kunit-suite.sh SUITE
# Exit 0 if every case passed, 4 if the kernel has no such suite (not
# built in), 1 otherwise.  Needs CONFIG_KUNIT_DEBUGFS and debugfs mounted.
suite=$1
f=/sys/kernel/debug/kunit/$suite/results
if [ ! -r "$f" ]; then
	echo "skip: KUnit suite $suite is not in this kernel (no $f)"
	exit 4
fi
cat "$f"
if grep -q 'not ok' "$f"; then
	exit 1
fi
grep -qE '^[[:space:]]*ok [0-9]+ ' "$f" || { echo "no result in $f"; exit 1; }
exit 0
