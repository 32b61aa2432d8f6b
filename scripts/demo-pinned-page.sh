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
test=x86_64/vmx_internal_memslot_migration_test
log=$WORK/logs/quick-pin-$demo/$platform.log
ONLY=vmx_internal_memslot_migration_test "$ROOT/scripts/run-tests.sh" -k "pin-$demo" "$platform" || true
# Only the failure the pin must cause counts: the run finished, the test
# failed, and it failed because the page could not be moved.
if grep -aq '^KVMTESTS-END' "$log" &&
   grep -aqE "^not ok [0-9]+ $platform/$test" "$log" &&
   grep -aq 'the page is pinned' "$log"; then
	say "demo $demo: the test failed with the page pinned, as it must"
	exit 0
fi
say "demo $demo: the test did not fail on the pin: it cannot catch it"
exit 1
