#!/bin/bash
# Show that vmx_internal_memslot_migration_test can fail: build an x86_64 kernel
# from $TREE plus a throwaway change that pins a page (selftests/pin-demo/),
# run the test on Bochs VMX and expect it to fail.
# Usage: demo-pinned-page.sh apic-access-page|identity-map
. "$(dirname "$0")/lib.sh"

demo=${1:?usage: demo-pinned-page.sh apic-access-page|identity-map}
diff=$ROOT/selftests/pin-demo/$demo.diff
[ -f "$diff" ] || die "no $diff"
case "$demo" in
apic-access-page) platform=vmx ;;
identity-map) platform=vmx-noug ;;
esac
pin=$WORK/pin-tree
mkdir -p "$pin"
rsync -a --delete --exclude=/.pc --exclude=/patches "$TREE/" "$pin/"
patch -s -d "$pin" -p1 <"$diff"
TREE=$pin BUILD_OUT=$WORK/build/x86_64-pin-$demo "$ROOT/scripts/build-kernel.sh" x86_64
if "$ROOT/scripts/run-tests.sh" -k "pin-$demo" "$platform"; then
	say "demo $demo: the test PASSED with the page pinned: it cannot catch a pin"
	exit 1
fi
say "demo $demo: the test failed with the page pinned, as it must"
