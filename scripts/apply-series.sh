#!/bin/bash
# Copy the base tree to $TREE and apply the series with quilt --fuzz=0.
# Usage: apply-series.sh [N]   apply only the first N patches of series.
. "$(dirname "$0")/lib.sh"

upto=${1:-}
[ -f "$KSRC/Makefile" ] || die "no base tree at $KSRC: run scripts/get-base.sh"
say "copying $KSRC to $TREE"
mkdir -p "$TREE"
# By content, not timestamps, and a changed file gets a new mtime: a file a
# dropped patch no longer touches must be newer than its old objects.
rsync -rlpgoD --checksum --delete --exclude=/.pc --exclude=/patches "$KSRC/" "$TREE/"
rm -rf "$TREE/.pc" "$TREE/patches"
ln -s "$ROOT/patches" "$TREE/patches"
n=$(grep -cvE '^[[:space:]]*(#|$)' "$ROOT/series" || true)
[ -n "$upto" ] || upto=$n
say "applying $upto of $n patches with quilt push --fuzz=0"
if [ "$upto" -gt 0 ]; then
	(cd "$TREE" && QUILT_SERIES="$ROOT/series" \
		quilt --quiltrc "$ROOT/quiltrc" push -q --fuzz=0 "$upto") ||
		die "series does not apply to $KSRC"
fi
