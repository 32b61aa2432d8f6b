#!/bin/bash
# Configure and build one slim KVM kernel from $TREE.
# Usage: build-kernel.sh ARCH [debug|base]     ARCH: x86_64 | arm64
#   debug: with configs/debug.config (KASAN, lockdep, DEBUG_VM, ...)
#   base:  from $KSRC, without the series, for side-by-side benchmarks
# Output: $WORK/build/ARCH[-FLAVOUR]/ with the kernel image.
. "$(dirname "$0")/lib.sh"

arch=${1:?usage: build-kernel.sh ARCH [debug]}
flavour=${2:-}
ka=$(karch "$arch")
cc=$(cross_compile "$arch")
out=${BUILD_OUT:-$WORK/build/$arch${flavour:+-$flavour}}
frags=("$ROOT/configs/common.config" "$ROOT/configs/$arch.config")
[ "$flavour" = debug ] && frags+=("$ROOT/configs/debug.config")
case "$flavour" in
"" | debug) ;;
base) TREE=$KSRC ;;
*) die "unknown flavour '$flavour' (debug or base)" ;;
esac
[ -f "$TREE/Makefile" ] || die "no tree at $TREE: run scripts/apply-series.sh"
# Options that only exist once the series is applied (its KUnit test): the
# fragment is used when the tree defines all its symbols, so that the base
# and the first patches of the series still configure.
sfrag=$ROOT/configs/series-$arch.config
if [ -f "$sfrag" ] && sed -n 's/^CONFIG_\([A-Z0-9_]*\)=.*/\1/p' "$sfrag" | while read -r sym; do
	grep -rqsxE --include='Kconfig*' "(menu)?config $sym" "$TREE" || exit 1
done; then
	frags+=("$sfrag")
fi
command -v ccache >/dev/null || die "ccache missing: run scripts/install-deps.sh"

mkdir -p "$out"
kmake() {
	make -C "$TREE" O="$out" ARCH="$ka" CROSS_COMPILE="$cc" \
		CC="ccache ${cc}gcc" HOSTCC="ccache gcc" "$@"
}

say "configuring $arch${flavour:+ ($flavour)} in $out"
kmake -s allnoconfig >/dev/null
KCONFIG_CONFIG=$out/.config ARCH=$ka CROSS_COMPILE=$cc \
	"$TREE/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "${frags[@]}" >"$out/merge.log" 2>&1 ||
	{ cat "$out/merge.log" >&2; die "merge_config.sh failed"; }
kmake -s olddefconfig >/dev/null
"$ROOT/scripts/check-config.sh" "$out/.config" "${frags[@]}"

run_logged "$out/build.log" "build $arch${flavour:+-$flavour}" kmake -j"$JOBS" "$(basename "$(kimage "$arch")")"
cp "$out/$(kimage "$arch")" "$out/kernel-image"
say "$arch kernel: $out/kernel-image ($(kmake -s kernelrelease))"
