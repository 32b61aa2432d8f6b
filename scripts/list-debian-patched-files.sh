#!/bin/bash
# List the files Debian's patches touch in linux-source-6.12, into
# configs/debian-patched-files.  The series must not touch them, so that it
# applies to pristine upstream v6.12.y as well as to Debian's tree.
#
# How: Debian's source package is not reachable from here, but the
# linux-source tarball tells: every upstream file carries the upstream
# release's timestamp, while every file Debian's patches modified or added
# carries the later time its patch was applied.  (Checked by hand: the
# files it finds are the x32, secure boot, firmware, i915 and similar ones
# that Debian's patch series is known for.)
. "$(dirname "$0")/lib.sh"

tarball=${BASE_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
[ -f "$tarball" ] || die "$tarball missing: run scripts/install-deps.sh"
ver=$(dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null || echo unknown)
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
tar --full-time -tvJf "$tarball" | awk '$1 !~ /^d/ { print $4 " " $5 " " $6 }' >"$tmp"
upstream=$(awk '{ print $1 " " $2 }' "$tmp" | sort | uniq -c | sort -rn | head -n 1 | awk '{ print $2 " " $3 }')
out=$ROOT/configs/debian-patched-files
{
	echo "# Files Debian's patches touch in linux-source-6.12 $ver: those whose"
	echo "# timestamp differs from the upstream one ($upstream)."
	echo "# Made by scripts/list-debian-patched-files.sh; the series must not touch them."
	awk -v up="$upstream" '$1 " " $2 != up { print $3 }' "$tmp" | cut -d/ -f2- | LC_ALL=C sort -u
} >"$out"
say "$(grep -vc '^#' "$out") files touched by Debian $ver -> $out"
