#!/bin/bash
# Build the tree's KVM selftests for ARCH, statically linked.
# Usage: build-selftests.sh ARCH [TESTS...]   Output: $WORK/selftests/ARCH/
# With TESTS (e.g. x86_64/vmx_apic_access_test) only those are built.
. "$(dirname "$0")/lib.sh"

arch=${1:?usage: build-selftests.sh ARCH [TESTS...]}
shift
ka=$(karch "$arch")
cc=$(cross_compile "$arch")
out=${SELFTESTS_OUT:-$WORK/selftests/$arch}
hdr=$WORK/headers/$arch
[ -f "$TREE/Makefile" ] || die "no tree at $TREE: run scripts/apply-series.sh"

mkdir -p "$out" "$hdr"
say "installing $arch uapi headers into $hdr"
make -s -C "$TREE" O="$WORK/headers/obj-$arch" ARCH="$ka" \
	INSTALL_HDR_PATH="$hdr" headers_install >/dev/null
smk() {
	make -C "$TREE/tools/testing/selftests/kvm" ARCH="$ka" \
		CROSS_COMPILE="$cc" CC="ccache ${cc}gcc" OUTPUT="$out" \
		KHDR_INCLUDES="-isystem $hdr/include" LINUX_HDR_PATH="$hdr/include/" \
		EXTRA_CFLAGS="-static" "$@"
}
targets=()
for t in "$@"; do targets+=("$out/$t"); done
run_logged "$out.log" "selftests $arch" smk -j"$JOBS" "${targets[@]}"
