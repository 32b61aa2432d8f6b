#!/bin/bash
# sparse and W=1 for kernel objects the series touches, on one arch: a
# warning counts only if the base tree has not got it too.  Line numbers and
# sparse's "in included file (through ...)" notes, whose include chain moves
# with unrelated changes, are not compared; the warnings they precede are.
# Usage: check-objects.sh ARCH OBJ...     (OBJ like virt/kvm/kvm_main.o)
# Uses the .config of $WORK/build/ARCH (scripts/build-kernel.sh ARCH).
. "$(dirname "$0")/lib.sh"

arch=${1:?usage: check-objects.sh ARCH OBJ...}
shift
ka=$(karch "$arch")
cc=$(cross_compile "$arch")
config=$WORK/build/$arch/.config
[ -f "$config" ] || die "no $arch config: run scripts/build-kernel.sh $arch"
fail=0

prepare() {	# tree outdir
	mkdir -p "$2"
	cp "$config" "$2/.config"
	make -s -C "$1" O="$2" ARCH="$ka" CROSS_COMPILE="$cc" CC="ccache ${cc}gcc" \
		HOSTCC="ccache gcc" olddefconfig prepare -j"$JOBS" >/dev/null
}
compile() {	# tree outdir obj extra-args...
	local t=$1 o=$2 obj=$3
	shift 3
	rm -f "$o/$obj"
	make -s -C "$t" O="$o" ARCH="$ka" CROSS_COMPILE="$cc" CC="${cc}gcc" \
		HOSTCC="ccache gcc" "$@" "$obj" 2>&1 >/dev/null |
		sed -E "s|$t/||g; s/:[0-9]+:[0-9]+:/:/; s/:[0-9]+:/:/" |
		{ grep -v ': note: in included file' || true; } | sort -u
}

prepare "$TREE" "$WORK/check/$arch-series"
prepare "$KSRC" "$WORK/check/$arch-base"
for obj in "$@"; do
	case "$obj" in
	arch/*) [ "${obj#arch/$ka/}" != "$obj" ] || continue ;;
	esac
	src=${obj%.o}.c
	if ! make -s -C "$TREE" O="$WORK/check/$arch-series" ARCH="$ka" CROSS_COMPILE="$cc" \
		CC="${cc}gcc" -n "$obj" >/dev/null 2>&1; then
		echo "ok - $arch $obj # SKIP not built in this config"
		continue
	fi
	new=$(compile "$TREE" "$WORK/check/$arch-series" "$obj" W=1 C=2)
	old=
	if [ -f "$KSRC/$src" ]; then
		old=$(compile "$KSRC" "$WORK/check/$arch-base" "$obj" W=1 C=2)
	else
		# A new file: only its own warnings and those of headers count,
		# not those of whatever make builds on the way (e.g. the vDSO).
		new=$(printf '%s\n' "$new" | grep -E "^($src|include/|arch/$ka/include/)" || true)
	fi
	added=$(comm -23 <(printf '%s\n' "$new" | grep .) <(printf '%s\n' "$old" | grep .) || true)
	if [ -n "$added" ]; then
		echo "not ok - $arch $obj: new W=1/sparse warnings"
		printf '%s\n' "$added" | sed 's/^/#   /'
		fail=1
	else
		echo "ok - $arch $obj: no new W=1 or sparse warning"
	fi
done
exit "$fail"
