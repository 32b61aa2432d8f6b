#!/bin/bash
# Boot each platform's kernel with its test initramfs and run a tier of the
# KVM selftests there.  Exits non-zero on any failure.
# Usage: run-tests.sh [-t quick|full|TIER] [-k debug|base] [PLATFORM...]
#   PLATFORM: arm64 svm vmx vmx-noug (default: all)
# Kernels and selftests must be built (scripts/build-*.sh).
# KVM_CMDLINE="..." adds kernel parameters to every boot of this run (e.g.
# kvm_intel.ept=0); a list adds its own with a "# CMDLINE:" line.
# ONLY=REGEX runs only the listed tests whose name matches; BUDGET=SECONDS
# overrides the time a platform's run may take (default: the sum of the
# tests' timeouts plus BOOT_ALLOWANCE, 300 s).
. "$(dirname "$0")/lib.sh"

tier=quick flavour=
while getopts t:k: o; do
	case $o in
	t) tier=$OPTARG ;;
	k) flavour=$OPTARG ;;
	*) die "usage: run-tests.sh [-t quick|full|TIER] [-k debug|base] [PLATFORM...]" ;;
	esac
done
shift $((OPTIND - 1))
platforms=${*:-arm64 svm vmx vmx-noug}
logs=$WORK/logs/$tier${flavour:+-$flavour}
mkdir -p "$logs"
tp=0 tf=0 ts=0
for p in $platforms; do
	arch=$(platform_arch "$p")
	kernel=$WORK/build/$arch${flavour:+-$flavour}/kernel-image
	lists=$(tier_lists "$p" "$tier")
	if [ -n "${ONLY:-}" ]; then
		mkdir -p "$logs/lists"
		for l in $lists; do
			grep -E "^[[:space:]]*#|^[^[:space:]]*(${ONLY})" "$l" >"$logs/lists/$(basename "$l")" || true
		done
		lists=$(for l in $lists; do echo "$logs/lists/$(basename "$l")"; done)
	fi
	# Results: the listed tests plus the runner's two kernel-log checks.
	# shellcheck disable=SC2086
	n=$(($(list_tests $lists | wc -l) + 2))
	# shellcheck disable=SC2086
	budget=${BUDGET:-$(list_tests $lists | awk -v b="${BOOT_ALLOWANCE:-300}" '{ s += $2 } END { print s + b }')}
	# shellcheck disable=SC2086
	extra="kvmtests.platform=$p kvmtests.lists=$(for l in $lists; do printf '/lists/%s,' "$(basename "$l")"; done | sed 's/,$//') $(list_cmdline $lists) ${KVM_CMDLINE:-}"
	case "$p" in
	arm64) boot=boot-qemu-arm64.sh ;;
	svm) boot=boot-qemu-svm.sh ;;
	vmx*) boot=boot-bochs-vmx.sh ;;
	esac
	say "== $p: $((n - 2)) tests ($tier tier), at most ${budget}s"
	start=$SECONDS
	rm -f "$logs/$p.log" "$logs/$p.log.counts"
	# A platform that cannot even boot fails all its results; the others
	# still run.
	# shellcheck disable=SC2086
	if [ ! -f "$kernel" ]; then
		say "no $arch${flavour:+ $flavour} kernel: run scripts/build-kernel.sh $arch $flavour"
	elif ! "$ROOT/scripts/make-initramfs.sh" "$p" "$p-$tier" $lists; then
		say "$p: could not make the initramfs"
	elif ! "$ROOT/scripts/$boot" "$kernel" "$WORK/initramfs/$p-$tier.cpio.gz" "$logs/$p.log" "$budget" "$extra"; then
		say "$p: the emulator could not be started"
	fi
	touch "$logs/$p.log"
	echo "# $p: wall time $((SECONDS - start))s"
	"$ROOT/scripts/check-log.sh" "$p" "$logs/$p.log" "$n" || true
	a=0 b=$n c=0
	[ ! -f "$logs/$p.log.counts" ] || read -r a b c <"$logs/$p.log.counts"
	tp=$((tp + a)) tf=$((tf + b)) ts=$((ts + c))
done
echo "$tp passed, $tf failed, $ts skipped"
[ "$tf" = 0 ]
