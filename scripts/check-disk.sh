#!/bin/bash
# Fail early, and say so, when the filesystem of $WORK has no room for the
# main job and the quick tier (scripts/test-quick.sh): about 3 GiB for a
# fresh $WORK (the unpacked base 1.7 GiB, the series' tree and the bisect
# tree as hard links to it, two slim kernels, the selftests, the bisect
# objects, logs), plus ccache's growth.  What $WORK holds already counts
# towards it.  DISK_NEED_MIB overrides the figure.
. "$(dirname "$0")/lib.sh"

need=${DISK_NEED_MIB:-4096}
mkdir -p "$WORK"
have=$(df -Pm "$WORK" | awk 'NR == 2 { print $4 }')
used=$(du -sxm "$WORK" 2>/dev/null | cut -f1)
if [ $((have + used)) -lt "$need" ]; then
	say "no room: the tests need about $need MiB in $WORK; it holds $used MiB and its filesystem has $have MiB free:"
	df -h "$WORK" >&2
	die "free $((need - used - have)) MiB more on that filesystem (old work/ directories of other clones, say)"
fi
say "disk: $have MiB free on the filesystem of $WORK, which holds $used MiB (about $need MiB needed)"
