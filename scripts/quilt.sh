#!/bin/bash
# Run quilt on $TREE with the series' settings (quiltrc, series file).
# Example: scripts/quilt.sh new 0002-foo.patch; scripts/quilt.sh edit FILE;
#          scripts/quilt.sh refresh
. "$(dirname "$0")/lib.sh"
[ -d "$TREE" ] || die "no tree at $TREE: run scripts/apply-series.sh"
cd "$TREE"
QUILT_SERIES=$ROOT/series exec quilt --quiltrc "$ROOT/quiltrc" "$@"
