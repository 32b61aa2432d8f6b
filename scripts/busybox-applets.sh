#!/bin/bash
# Print the applets to link for a busybox binary: what it lists itself, or,
# for a foreign-arch binary that cannot run here (arm64), the fixed list of
# applets that selftests/init and selftests/runner.sh use.  A new applet in
# either must be added to that list.
bb=${1:?usage: busybox-applets.sh BUSYBOX}
if "$bb" --list 2>/dev/null; then exit 0; fi
# Fall back to the applets the runner and init use.
printf '%s\n' sh mount umount cat sed grep awk cut tr sort head tail wc \
	timeout dmesg sync poweroff reboot echo printf sleep ls mkdir rm cp \
	find insmod modprobe uname date env test '[' expr kill ps free dd swapon \
	swapoff mkswap tee true false id
