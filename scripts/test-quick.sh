#!/bin/bash
# The tests CI runs (.ci/run): set up and build as needed (scripts/
# setup-and-build.sh), then the static checks, the bisectability check and
# the quick tier of KVM selftests on arm64 (QEMU), x86 SVM (QEMU) and x86
# VMX (Bochs).  The last line is "N passed, N failed, N skipped" over
# everything; the exit code is non-zero on any failure.
. "$(dirname "$0")/lib.sh"

start=$SECONDS
"$ROOT/scripts/setup-and-build.sh"
pass=0 fail=0
check() {
	local name=$1 t=$SECONDS
	shift
	say "== $name"
	if "$@"; then pass=$((pass + 1)); echo "ok - $name ($((SECONDS - t))s)"
	else fail=$((fail + 1)); echo "not ok - $name ($((SECONDS - t))s)"; fi
}
check "static checks" "$ROOT/scripts/check-series.sh"
check "bisectability" "$ROOT/scripts/check-bisect.sh"
t=$SECONDS
"$ROOT/scripts/run-tests.sh" -t quick | tee "$WORK/quick-results.txt" || true
say "== quick tier: $((SECONDS - t))s"
read -r tp tf ts < <(tail -n 1 "$WORK/quick-results.txt" | awk '{ print $1, $3, $5 }')
[ -n "$tp" ] || { tp=0; tf=1; ts=0; }
say "== total wall time $((SECONDS - start))s"
echo "$((pass + tp)) passed, $((fail + tf)) failed, $ts skipped"
[ $((fail + tf)) = 0 ]
