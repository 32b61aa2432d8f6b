#!/bin/bash
# Boot the x86_64 kernel under qemu-system-x86_64 (TCG, q35, -cpu max: SVM
# with NPT).  Usage: boot-qemu-svm.sh KERNEL INITRAMFS LOG TIMEOUT CMDLINE-EXTRA
. "$(dirname "$0")/lib.sh"
kernel=$1 initrd=$2 log=$3 tmo=$4 extra=${5:-}
: >"$log"
boot_and_wait "$log" "$tmo" \
	qemu-system-x86_64 -machine q35 -cpu max -smp "${SMP:-1}" -m "${MEM:-2048}" \
	-nographic -no-reboot -kernel "$kernel" -initrd "$initrd" \
	-serial "file:$log" -monitor none \
	-append "console=ttyS0 panic=-1 loglevel=5 $extra"
