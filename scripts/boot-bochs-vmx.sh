#!/bin/bash
# Boot the x86_64 kernel under Bochs 2.7 emulating an Intel CPU with VMX
# (EPT, unrestricted guest, flexpriority, TPR shadow, PML, shadow VMCS).
# The kernel and initramfs go on an isolinux ISO; the console is COM1, to a
# file.  Usage: boot-bochs-vmx.sh KERNEL INITRAMFS LOG TIMEOUT CMDLINE-EXTRA
# BOCHS_CPUS (default 2) emulated CPUs: with one, a KVM guest that spins
# with interrupts off and takes no exit freezes the whole host (a Bochs
# bug), so the default leaves the host a second CPU.  They are cores of one
# package (count=1:N:1): as N packages, Bochs's CPUID leaves 1 and 4
# disagree on the topology and the kernel WARNs in parse_legacy().
# noxsave: Bochs's CPUID leaf 0xd sizes do not add up ("XSAVE consistency
# problem", a WARN), after which the kernel disables XSAVE anyway; noxsave
# gets the same result without the WARN.
. "$(dirname "$0")/lib.sh"
kernel=$1 initrd=$2 log=$3 tmo=$4 extra=${5:-}
ips=${BOCHS_IPS:-15000000}
dir=$log.bochs
rm -rf "$dir"
mkdir -p "$dir/iso/isolinux"
cp /usr/lib/ISOLINUX/isolinux.bin /usr/lib/syslinux/modules/bios/ldlinux.c32 "$dir/iso/isolinux/"
cp "$kernel" "$dir/iso/vmlinuz"
cp "$initrd" "$dir/iso/initrd.gz"
cat >"$dir/iso/isolinux/isolinux.cfg" <<CFG
DEFAULT linux
PROMPT 0
TIMEOUT 0
LABEL linux
  KERNEL /vmlinuz
  INITRD /initrd.gz
  APPEND console=ttyS0 panic=-1 loglevel=5 tsc_early_khz=$((ips / 1000)) noxsave $extra
CFG
xorriso -as mkisofs -quiet -o "$dir/boot.iso" -R -J \
	-b isolinux/isolinux.bin -c isolinux/boot.cat \
	-no-emul-boot -boot-load-size 4 -boot-info-table "$dir/iso" 2>/dev/null
cat >"$dir/bochsrc" <<RC
memory: guest=${MEM:-2048}, host=${MEM:-2048}
cpu: model=${BOCHS_CPU:-corei7_skylake_x}, count=1:${BOCHS_CPUS:-2}:1, ips=$ips, reset_on_triple_fault=0
romimage: file=/usr/share/bochs/BIOS-bochs-latest
vgaromimage: file=/usr/share/bochs/VGABIOS-lgpl-latest
pci: enabled=1, chipset=i440fx
ata0-master: type=cdrom, path="$dir/boot.iso", status=inserted
boot: cdrom
com1: enabled=1, mode=file, dev="$log"
display_library: rfb, options="timeout=0"
clock: sync=none, time0=utc
mouse: enabled=0
# Without this Bochs 2.7 loads its ALSA plugin and aborts ("buffer overflow
# detected") on a machine without a sound card.
sound: waveoutdrv=dummy, waveindrv=dummy, midioutdrv=dummy
log: $dir/bochs.log
panic: action=fatal
error: action=report
info: action=ignore
debug: action=ignore
RC
echo c >"$dir/continue.rc"
: >"$log"
boot_and_wait "$log" "$tmo" bochs -q -f "$dir/bochsrc" -rc "$dir/continue.rc"
