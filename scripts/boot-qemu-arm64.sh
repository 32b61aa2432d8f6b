#!/bin/bash
# Boot the arm64 kernel under qemu-system-aarch64 (TCG) with EL2, GICv3.
# Usage: boot-qemu-arm64.sh KERNEL INITRAMFS LOG TIMEOUT CMDLINE-EXTRA
. "$(dirname "$0")/lib.sh"
kernel=$1 initrd=$2 log=$3 tmo=$4 extra=${5:-}
: >"$log"
boot_and_wait "$log" "$tmo" \
	qemu-system-aarch64 -M virt,virtualization=on,gic-version=3 -cpu max \
	-smp "${SMP:-2}" -m "${MEM:-2048}" -nographic -no-reboot \
	-kernel "$kernel" -initrd "$initrd" \
	-serial "file:$log" -monitor none \
	-append "console=ttyAMA0 panic=-1 loglevel=5 $extra"
