#!/bin/bash
# The main job, from a fresh Debian 12 machine: install what is needed, get
# the base tree, apply the series to a scratch copy, build the x86_64 and
# arm64 kernels and the KVM selftests.  Prints each stage's wall time.
. "$(dirname "$0")/lib.sh"

stage() {
	local name=$1 t=$SECONDS
	shift
	say "== $name"
	"$@"
	say "== $name: $((SECONDS - t))s"
	echo "stage $name $((SECONDS - t))s" >>"$WORK/stage-times"
}
mkdir -p "$WORK"
: >"$WORK/stage-times"
stage disk "$ROOT/scripts/check-disk.sh"
stage deps "$ROOT/scripts/install-deps.sh"
stage base "$ROOT/scripts/get-base.sh"
stage apply "$ROOT/scripts/apply-series.sh"
stage build-x86_64 "$ROOT/scripts/build-kernel.sh" x86_64
stage build-arm64 "$ROOT/scripts/build-kernel.sh" arm64
stage selftests-x86_64 "$ROOT/scripts/build-selftests.sh" x86_64
stage selftests-arm64 "$ROOT/scripts/build-selftests.sh" arm64
say "base: $(cat "$WORK/base-version")"
cat "$WORK/stage-times" >&2
