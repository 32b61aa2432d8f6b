#!/bin/bash
# Build the debug kernels (configs/debug.config: KASAN, PROVE_LOCKING,
# DEBUG_VM, DEBUG_ATOMIC_SLEEP) for both arches and run a tier of KVM
# selftests on them.  Any KASAN, lockdep or other kernel report fails.
# Usage: test-debug.sh [TIER] [PLATFORM...]   (default: quick, all)
. "$(dirname "$0")/lib.sh"

tier=${1:-quick}
[ $# -eq 0 ] || shift
[ -f "$TREE/Makefile" ] || "$ROOT/scripts/setup-and-build.sh"
for arch in x86_64 arm64; do
	"$ROOT/scripts/build-kernel.sh" "$arch" debug
done
# KASAN and lockdep slow everything down; give each platform more time.
BOOT_ALLOWANCE=${BOOT_ALLOWANCE:-900} exec "$ROOT/scripts/run-tests.sh" -t "$tier" -k debug "$@"
