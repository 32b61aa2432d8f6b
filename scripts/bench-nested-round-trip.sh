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

bench_run vmx bench-nested "${1:-2}"

# One line per measurement: KERNEL METRIC VALUE.
bench_each_log '{ sub(/\r$/, "") }
	/# bench: iterations/ {
		for (i = 1; i < NF; i++) f[$i] = $(i + 1)
		print k, "exits_per_round_trip", f["exits_per_iteration"]
		print k, "l1_cycles_per_round_trip", f["l1_cycles_per_round_trip"]
	}' >"$bench_out/values.txt"

"$ROOT/scripts/bench-table.sh" "$bench_out/values.txt" | tee "$bench_out/table.txt"
