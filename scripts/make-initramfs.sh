#!/bin/bash
# Pack the initramfs for one test platform: busybox, the guest-side runner,
# the given test lists and the selftests they name (stripped).
# Usage: make-initramfs.sh PLATFORM NAME LIST...
# Output: $WORK/initramfs/NAME.cpio.gz
. "$(dirname "$0")/lib.sh"

platform=${1:?usage: make-initramfs.sh PLATFORM NAME LIST...}
name=${2:?usage: make-initramfs.sh PLATFORM NAME LIST...}
shift 2
lists=$*
[ -n "$lists" ] || die "no test list given"
arch=$(platform_arch "$platform")
cc=$(cross_compile "$arch")
case "$arch" in
arm64) bb=$WORK/pkgs/arm64/bin/busybox ;;
*) bb=/bin/busybox ;;
esac
[ -x "$bb" ] || die "no busybox for $arch: run scripts/install-deps.sh"

root=$WORK/initramfs/$name.root
rm -rf "$root"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,lists,selftests}
cp "$bb" "$root/bin/busybox"
for app in $("$ROOT/scripts/busybox-applets.sh" "$bb"); do
	[ "$app" = busybox ] || ln -sf busybox "$root/bin/$app"
done
install -m 755 "$ROOT/selftests/init" "$root/init"
install -m 755 "$ROOT/selftests/runner.sh" "$root/runner.sh"
install -m 755 "$ROOT/selftests/kunit-suite.sh" "$root/kunit-suite.sh"
cp "$ROOT/selftests/kernel-reports.regex" "$root/kernel-reports.regex"
# shellcheck disable=SC2086
cp $lists "$root/lists/"
# shellcheck disable=SC2086
for t in $(list_tests $lists | awk '{print $1}' | grep -v '^kunit/' | sort -u); do
	bin=$WORK/selftests/$arch/$t
	[ -x "$bin" ] || die "$t is listed for $platform but $bin was not built"
	mkdir -p "$root/selftests/$(dirname "$t")"
	"${cc}strip" -o "$root/selftests/$t" "$bin"
done
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) | gzip -1 >"$WORK/initramfs/$name.cpio.gz"
say "initramfs $name: $(du -h "$WORK/initramfs/$name.cpio.gz" | cut -f1)"
