#!/bin/bash
# Install what the series' scripts need on Debian 12 (as root, or via sudo),
# and fetch the arm64 static busybox used in the arm64 initramfs.
. "$(dirname "$0")/lib.sh"

pkgs=(
	# base tree and patch handling
	linux-source-6.12 quilt rsync xz-utils git b4
	# kernel and selftest builds
	make gcc libc6-dev bc flex bison libelf-dev libssl-dev cpio ccache
	dwarves kmod pkg-config python3 gcc-aarch64-linux-gnu
	libc6-dev-arm64-cross
	# static checks
	sparse coccinelle
	# emulators and boot media
	qemu-system-x86 qemu-system-arm bochs bochsbios vgabios busybox-static
	isolinux syslinux-common xorriso
)
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
missing=()
for p in "${pkgs[@]}"; do
	case "$p" in '#'*) continue ;; esac
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
	say "installing: ${missing[*]}"
	$sudo apt-get update -q
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
else
	say "all packages present"
fi

# arm64 busybox for the arm64 initramfs: downloaded and unpacked, not installed.
bb=$WORK/pkgs/arm64/bin/busybox
if [ ! -x "$bb" ]; then
	mkdir -p "$WORK/pkgs"
	dpkg --print-foreign-architectures | grep -qx arm64 || {
		$sudo dpkg --add-architecture arm64
		$sudo apt-get update -q
	}
	(cd "$WORK/pkgs" && apt-get download busybox-static:arm64 2>/dev/null)
	dpkg-deb -x "$WORK"/pkgs/busybox-static_*_arm64.deb "$WORK/pkgs/arm64"
fi
[ -x "$bb" ] || die "could not get the arm64 busybox"
say "dependencies ready"
