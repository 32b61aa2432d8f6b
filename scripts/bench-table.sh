#!/bin/bash
# Print the base-vs-series table of a benchmark's measurements: min, median
# and max per kernel, and the ratio of the medians (series / base).
# Usage: bench-table.sh VALUES     VALUES: lines "KERNEL METRIC VALUE",
#                                  KERNEL being base or series
values=${1:?usage: bench-table.sh VALUES}
printf '%-26s %5s %11s %11s %11s %11s %11s %11s %6s\n' metric runs \
	"base min" "base med" "base max" "series min" "series med" "series max" ratio
awk '{ print $2 }' "$values" | sort -u | while read -r mtr; do
	stat() { awk -v k="$1" -v m="$mtr" '$1 == k && $2 == m { print $3 }' "$values" | sort -g |
		awk '{ v[NR] = $1 } END { if (!NR) { print "0 - - -"; exit } printf "%d %s %s %s\n", NR, v[1], (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[NR] }'; }
	read -r bn bmin bmed bmax < <(stat base)
	read -r sn smin smed smax < <(stat series)
	ratio=$(awk -v b="$bmed" -v s="$smed" 'BEGIN { if (b + 0 > 0) printf "%.3f", s / b; else print "-" }')
	printf '%-26s %5s %11s %11s %11s %11s %11s %11s %6s\n' "$mtr" "$bn/$sn" \
		"$bmin" "$bmed" "$bmax" "$smin" "$smed" "$smax" "$ratio"
done
