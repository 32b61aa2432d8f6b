#!/bin/bash
# Copy the base tree to $TREE and apply the series with quilt --fuzz=0.
# Usage: apply-series.sh [N]   apply only the first N patches of series.
#
# The copy costs no disk space: a file equal to the base's is a hard link to
# it (when $TREE and $KSRC share a filesystem).  Nothing writes through such
# a link: a file the series touches gets an inode of its own before quilt
# backs it up (quilt push sets the backup's mtime), patch replaces a file
# instead of writing into it, and "quilt edit" (scripts/quilt.sh) breaks
# the link before the editor opens the file.  Edit $TREE only through
# quilt, or the base changes too.
. "$(dirname "$0")/lib.sh"

upto=${1:-}
[ -f "$KSRC/Makefile" ] || die "no base tree at $KSRC: run scripts/get-base.sh"
say "copying $KSRC to $TREE"
rlog=$WORK/apply-$(basename "$TREE").rsync.log
fresh=
[ -d "$TREE" ] || fresh=1
mkdir -p "$TREE"
link=()
[ "$(stat -c %d "$KSRC")" != "$(stat -c %d "$TREE")" ] || link=(--link-dest="$(cd "$KSRC" && pwd)")
# By content, not timestamps: only files that differ from the base (those
# the patches changed last time) are replaced.
rsync -rlpgoD --checksum --delete "${link[@]}" -ii \
	--exclude=/.pc --exclude=/patches "$KSRC/" "$TREE/" >"$rlog"
# Files the series touches, and files put back to the base's content (a
# patch dropped from the series, or fewer patches applied than last time),
# get an inode of their own, written now: never the base's, and newer than
# the objects built from the patched file, or make would keep those.  In a
# new tree every file is new; objects built from an earlier tree at the
# same path may then be stale: remove them with that tree.
{
	# shellcheck disable=SC2046
	patch_files $(series_patches)
	[ -n "$fresh" ] || sed -n 's/^[hc]f[^ ]* *//p' "$rlog"
} | sort -u | while IFS= read -r f; do
	[ -f "$TREE/$f" ] || continue
	cp "$TREE/$f" "$TREE/$f.apply-series" && mv "$TREE/$f.apply-series" "$TREE/$f"
done
rm -rf "$TREE/.pc" "$TREE/patches"
ln -s "$ROOT/patches" "$TREE/patches"
n=$(series_patches | wc -l)
[ -n "$upto" ] || upto=$n
say "applying $upto of $n patches with quilt push --fuzz=0"
if [ "$upto" -gt 0 ]; then
	(cd "$TREE" && QUILT_SERIES="$ROOT/series" \
		quilt --quiltrc "$ROOT/quiltrc" push -q --fuzz=0 "$upto") ||
		die "series does not apply to $KSRC"
fi
