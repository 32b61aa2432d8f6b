#!/bin/bash
# Show that a test can fail: build a kernel from $TREE plus a throwaway
# change that breaks what the test checks (selftests/broken-demo/NAME.diff),
# run the test there and require that it fails, for the expected reason.
# Usage: demo-broken-kernel.sh NAME
# The diff's header gives "platform:", "arch:", "tests:" (a regex selecting
# list entries by name, as ONLY= does), one "fails:" line per list entry
# (name and arguments) that must fail, and "expect:" (a regex the log must
# contain).
. "$(dirname "$0")/lib.sh"

demo=${1:?usage: demo-broken-kernel.sh NAME (see selftests/broken-demo/)}
diff=$ROOT/selftests/broken-demo/$demo.diff
[ -f "$diff" ] || die "no $diff"
field() { sed -n "s/^$1: //p" "$diff" | head -n 1; }
platform=$(field platform) arch=$(field arch) tests=$(field tests) expect=$(field expect)
[ -n "$platform" ] && [ -n "$arch" ] && [ -n "$tests" ] && [ -n "$expect" ] ||
	die "$diff lacks a platform:, arch:, tests: or expect: line"
tree=$WORK/demo-tree
mkdir -p "$tree"
rsync -a --delete --exclude=/.pc --exclude=/patches "$TREE/" "$tree/"
patch -s -d "$tree" -p1 <"$diff"
TREE=$tree BUILD_OUT=$WORK/build/$arch-demo-$demo "$ROOT/scripts/build-kernel.sh" "$arch"
log=$WORK/logs/full-demo-$demo/$platform.log
ONLY=$tests "$ROOT/scripts/run-tests.sh" -t full -k "demo-$demo" "$platform" || true
# Only the failure the change must cause counts: the run finished, every
# entry named by a "fails:" line failed, and the log says why.
ok=true
[ -n "$(field fails)" ] || die "$diff has no fails: line"
grep -aq '^KVMTESTS-END' "$log" || { say "the run did not finish"; ok=false; }
while read -r entry; do
	if grep -aE '^not ok [0-9]+ ' "$log" |
		sed -E 's/^not ok [0-9]+ //; s/ # .*//' | grep -qxF "$platform/$entry"; then
		say "  failed, as it must: $platform/$entry"
	else
		say "  did not fail: $platform/$entry"
		ok=false
	fi
done < <(sed -n 's/^fails: //p' "$diff")
grep -aqE "$expect" "$log" || { say "the log lacks '$expect'"; ok=false; }
if $ok; then
	say "demo $demo: the tests failed with the change, as they must"
	exit 0
fi
say "demo $demo: the tests do not catch the change"
exit 1
