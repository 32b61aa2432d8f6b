#!/bin/bash
# The tests CI runs (.ci/run): set up and build as needed (scripts/
# setup-and-build.sh), then the static checks, the bisectability check and
# the quick tier of KVM selftests on arm64 (QEMU), x86 SVM (QEMU) and x86
# VMX (Bochs, with unrestricted_guest on and off).  The last line is
# "N passed, N failed, N skipped" over everything; the exit code is non-zero
# on any failure.
. "$(dirname "$0")/lib.sh"

start=$SECONDS
pass=0 fail=0
check() {
	local name=$1 t=$SECONDS
	shift
	say "== $name"
	if "$@"; then
		pass=$((pass + 1))
		echo "ok - $name ($((SECONDS - t))s)"
	else
		fail=$((fail + 1))
		echo "not ok - $name ($((SECONDS - t))s)"
		return 1
	fi
}
finish() {
	say "== total wall time $((SECONDS - start))s"
	echo "$((pass + ${1:-0})) passed, $((fail + ${2:-0})) failed, ${3:-0} skipped"
	[ $((fail + ${2:-0})) = 0 ]
	exit
}

# Without kernels and selftests nothing else can run.
check "set up and build" "$ROOT/scripts/setup-and-build.sh" || finish
check "static checks" "$ROOT/scripts/check-series.sh" || true
check "bisectability" "$ROOT/scripts/check-bisect.sh" || true
t=$SECONDS
"$ROOT/scripts/run-tests.sh" -t quick | tee "$WORK/quick-results.txt" || true
say "== quick tier: $((SECONDS - t))s"
last=$(tail -n 1 "$WORK/quick-results.txt")
if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped$ ]]; then
	finish "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
fi
echo "not ok - the quick tier ended without its summary line"
finish 0 1 0
