#!/bin/bash
# Boot the base kernel and the series kernel alternately, ROUNDS times each,
# with the benchmark list selftests/lists/PLATFORM.TIER, and keep each run's
# log as $WORK/logs/TIER-runs/{base,series}-ROUND.log (older ones removed).
# Usage: bench-run-alternately.sh PLATFORM TIER ROUNDS
# Builds the base kernel ($KSRC, build-kernel.sh ARCH base) if missing; the
# series kernel and the selftests must be built.
. "$(dirname "$0")/lib.sh"

usage="usage: bench-run-alternately.sh PLATFORM TIER ROUNDS"
platform=${1:?$usage}
tier=${2:?$usage}
rounds=${3:?$usage}
arch=$(platform_arch "$platform")
out=$WORK/logs/$tier-runs
mkdir -p "$out"
rm -f "$out"/*.log
[ -f "$WORK/build/$arch-base/kernel-image" ] ||
	"$ROOT/scripts/build-kernel.sh" "$arch" base
[ -f "$WORK/build/$arch/kernel-image" ] ||
	die "no series kernel: scripts/build-kernel.sh $arch"
for r in $(seq "$rounds"); do
	for k in base series; do
		flavour=$([ "$k" = base ] && echo base || true)
		say "== round $r: $k kernel"
		"$ROOT/scripts/run-tests.sh" -t "$tier" ${flavour:+-k "$flavour"} "$platform" ||
			die "the benchmark failed on the $k kernel"
		cp "$WORK/logs/$tier${flavour:+-$flavour}/$platform.log" "$out/$k-$r.log"
	done
done
