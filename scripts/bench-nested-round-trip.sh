#!/bin/bash
# Benchmark nested VMX round trips (L2 -> L1 -> L2 through an APIC-access
# exit, with vmcs12's APIC-access and virtual-APIC pages in use), base kernel
# vs series kernel in the same run: boots each kernel ROUNDS times,
# alternately, on Bochs with the list selftests/lists/vmx.bench-nested, and
# prints KVM's exits per round trip and L1's TSC cycles per round trip.
# Usage: bench-nested-round-trip.sh [ROUNDS]       (default: 2)
#        bench-nested-round-trip.sh --table        the table of the last run
# Builds the base kernel ($KSRC, build-kernel.sh x86_64 base) if missing; the
# series kernel and the selftests must be built.
. "$(dirname "$0")/lib.sh"

rounds=${1:-2}
tier=bench-nested
out=$WORK/logs/$tier-runs
mkdir -p "$out"
[ "$rounds" = --table ] || "$ROOT/scripts/bench-run-alternately.sh" vmx "$tier" "$rounds"

# One line per measurement: KERNEL METRIC VALUE.
for log in "$out"/*.log; do
	k=$(basename "$log" .log)
	awk -v k="${k%-*}" '{ sub(/\r$/, "") }
	/# bench: iterations/ {
		for (i = 1; i < NF; i++) f[$i] = $(i + 1)
		print k, "exits_per_round_trip", f["exits_per_iteration"]
		print k, "l1_cycles_per_round_trip", f["l1_cycles_per_round_trip"]
	}' "$log"
done >"$out/values.txt"

{
	printf '%-26s %5s %11s %11s %11s %11s %11s %11s %6s\n' metric runs \
		"base min" "base med" "base max" "series min" "series med" "series max" ratio
	awk '{ print $2 }' "$out/values.txt" | sort -u | while read -r mtr; do
		stat() { awk -v k="$1" -v m="$mtr" '$1 == k && $2 == m { print $3 }' "$out/values.txt" | sort -g |
			awk '{ v[NR] = $1 } END { if (!NR) { print "0 - - -"; exit } printf "%d %s %s %s\n", NR, v[1], (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[NR] }'; }
		read -r bn bmin bmed bmax < <(stat base)
		read -r sn smin smed smax < <(stat series)
		ratio=$(awk -v b="$bmed" -v s="$smed" 'BEGIN { if (b + 0 > 0) printf "%.3f", s / b; else print "-" }')
		printf '%-26s %5s %11s %11s %11s %11s %11s %11s %6s\n' "$mtr" "$bn/$sn" \
			"$bmin" "$bmed" "$bmax" "$smin" "$smed" "$smax" "$ratio"
	done
} | tee "$out/table.txt"
