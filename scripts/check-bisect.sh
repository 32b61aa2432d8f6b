#!/bin/bash
# Bisectability: apply the series one patch at a time and, after each, build
# what that patch touches on x86_64 and arm64: its kernel objects and the
# selftests in the directories it touches.  With --full, build both kernels
# and all KVM selftests after every patch instead.
# Usage: check-bisect.sh [--full]
. "$(dirname "$0")/lib.sh"

full=
[ "${1:-}" = --full ] && full=1
patches=$(series_patches)
export TREE=$WORK/bisect-tree
fail=0
i=0
mkdir -p "$WORK/bisect"
# The base, then one patch more at a time: only the files a patch touches
# are newer than the objects of the step before.
"$ROOT/scripts/apply-series.sh" 0 >"$WORK/bisect/apply.log" 2>&1 ||
	{ sed 's/^/#   /' "$WORK/bisect/apply.log"; die "could not copy the base to $TREE"; }
for p in $patches; do
	i=$((i + 1))
	if ! "$ROOT/scripts/quilt.sh" push -q --fuzz=0 >"$WORK/bisect/apply.log" 2>&1; then
		echo "not ok - patch $i ($p) does not apply"
		sed 's/^/#   /' "$WORK/bisect/apply.log"
		fail=1
		break
	fi
	files=$(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$ROOT/patches/$p" | sort -u)
	for arch in x86_64 arm64; do
		ka=$(karch "$arch")
		cc=$(cross_compile "$arch")
		out=$WORK/bisect/$arch
		if [ -n "$full" ]; then
			BUILD_OUT=$out-full "$ROOT/scripts/build-kernel.sh" "$arch" >/dev/null 2>&1 &&
				SELFTESTS_OUT=$WORK/bisect/selftests-$arch "$ROOT/scripts/build-selftests.sh" "$arch" >/dev/null 2>&1 ||
				{ echo "not ok - patch $i $arch: full build failed"; fail=1; continue; }
			echo "ok - patch $i $arch: kernel and selftests build"
			continue
		fi
		objs=$(printf '%s\n' "$files" | grep '\.c$' | grep -vE '^(tools|scripts|Documentation)/' | sed 's/\.c$/.o/' | grep -vE "^arch/" || true)
		objs="$objs $(printf '%s\n' "$files" | grep "^arch/$ka/.*\.c$" | sed 's/\.c$/.o/' || true)"
		if [ -n "${objs// /}" ]; then
			mkdir -p "$out"
			cp "$WORK/build/$arch/.config" "$out/.config" 2>/dev/null || die "no $arch config: build the kernel first"
			# shellcheck disable=SC2086
			if make -s -C "$TREE" O="$out" ARCH="$ka" CROSS_COMPILE="$cc" CC="ccache ${cc}gcc" \
				HOSTCC="ccache gcc" -j"$JOBS" olddefconfig $objs >"$out.log" 2>&1; then
				echo "ok - patch $i $arch: $(echo $objs | wc -w) kernel object(s) compile"
			else
				echo "not ok - patch $i $arch: kernel objects"; tail -n 20 "$out.log" | sed 's/^/#   /'; fail=1
			fi
		fi
		# Selftests: the touched tests of this arch; all of them if the
		# library or headers changed.
		kd=tools/testing/selftests/kvm/
		sdir=$( [ "$arch" = arm64 ] && echo aarch64 || echo x86_64)
		mine=$(printf '%s\n' "$files" | sed -n "s|^$kd\([^/]*\.c\)$|\1|p; s|^$kd\($sdir/[^/]*\.c\)$|\1|p" | sed 's/\.c$//')
		if printf '%s\n' "$files" | grep -qE "^$kd(lib|include)/"; then
			mine=all
		elif [ -z "$mine" ] && printf '%s\n' "$files" | grep -qx "${kd}Makefile"; then
			# The Makefile still parses and links a test for this arch.
			mine=kvm_binary_stats_test
		fi
		[ -n "$mine" ] || continue
		[ "$mine" = all ] && mine=
		# shellcheck disable=SC2086
		if SELFTESTS_OUT=$WORK/bisect/selftests-$arch "$ROOT/scripts/build-selftests.sh" "$arch" $mine >/dev/null 2>&1; then
			echo "ok - patch $i $arch: selftests ${mine:-(all)} build"
		else
			echo "not ok - patch $i $arch: selftests"; tail -n 20 "$WORK/bisect/selftests-$arch.log" | sed 's/^/#   /'; fail=1
		fi
	done
done
[ "$fail" = 0 ] && echo "bisect: every patch builds on its own"
exit "$fail"
