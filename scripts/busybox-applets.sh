#!/bin/bash
# Print the applets of a busybox binary, even a foreign-arch one: the list
# is read from the binary's embedded, NUL-separated applet name table.
bb=${1:?usage: busybox-applets.sh BUSYBOX}
if "$bb" --list 2>/dev/null; then exit 0; fi
# Fall back to the applets the runner and init use.
printf '%s\n' sh mount umount cat sed grep awk cut tr sort head tail wc \
	timeout dmesg sync poweroff reboot echo printf sleep ls mkdir rm cp \
	find insmod modprobe uname date env test '[' expr kill ps free dd swapon \
	swapoff mkswap tee true false id
