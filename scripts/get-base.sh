#!/bin/bash
# Get the base tree: unpack Debian's linux-source-6.12 into $WORK/base, or,
# when KSRC names an existing tree, just check it.  Records the version.
. "$(dirname "$0")/lib.sh"

tarball=${BASE_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
if [ ! -f "$KSRC/Makefile" ]; then
	[ "$KSRC" = "$WORK/base/linux-source-6.12" ] ||
		die "KSRC=$KSRC is not a kernel tree"
	[ -f "$tarball" ] || die "$tarball missing: run scripts/install-deps.sh"
	say "unpacking $tarball into $WORK/base"
	mkdir -p "$WORK/base"
	rm -rf "$WORK/base/linux-source-6.12.partial"
	mkdir "$WORK/base/linux-source-6.12.partial"
	tar -C "$WORK/base/linux-source-6.12.partial" --strip-components=1 -xJf "$tarball"
	mv "$WORK/base/linux-source-6.12.partial" "$KSRC"
fi
ver=$(make -s -C "$KSRC" kernelversion)
case "$ver" in
6.12.*) ;;
*) die "$KSRC is Linux $ver, not 6.12.y" ;;
esac
origin="tree at $KSRC"
if [ "$KSRC" = "$WORK/base/linux-source-6.12" ]; then
	origin="Debian linux-source-6.12 $(dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null || echo '?')"
fi
mkdir -p "$WORK"
printf '%s (%s)\n' "$ver" "$origin" >"$WORK/base-version"
say "base: $(cat "$WORK/base-version")"
