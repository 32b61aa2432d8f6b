#!/bin/bash
# Benchmark arm64 guest progress during delayed page-ins, and demand paging
# of resident memory, base kernel vs series kernel in the same run: boots
# each kernel ROUNDS times, alternately, on QEMU TCG with the list
# selftests/lists/arm64.bench-page-in, and prints
#  - irqs_handled_per_s: interrupts the guest handled per second while one
#    vCPU touched 50 pages whose page-ins userfaultfd delayed by 20 ms each,
#    with an SPI injected every 2 ms (async_pf_test -b);
#  - irqs_handled_pct: the same, as a share of the interrupts injected;
#  - demand_paging_pgs_per_s: demand_paging_test's overall rate, without
#    userfaultfd (no page-in waits for I/O).
# Usage: bench-page-in.sh [ROUNDS]       (default: 2)
#        bench-page-in.sh --table        the table of the last run
# Builds the base kernel ($KSRC, build-kernel.sh arm64 base) if missing; the
# series kernel and the selftests must be built.
. "$(dirname "$0")/lib.sh"

bench_run arm64 bench-page-in "${1:-2}"

# One line per measurement: KERNEL METRIC VALUE.
bench_each_log '{ sub(/\r$/, "") }
	/# bench: pages/ {
		for (i = 1; i < NF; i++) f[$i] = $(i + 1)
		printf "%s irqs_handled_per_s %.1f\n", k, f["handled_per_s"]
		printf "%s irqs_handled_pct %.1f\n", k, 100 * f["handled"] / f["injected"]
	}
	/Overall demand paging rate:/ { print k, "demand_paging_pgs_per_s", $(NF - 1) + 0 }' \
	>"$bench_out/values.txt"

"$ROOT/scripts/bench-table.sh" "$bench_out/values.txt" | tee "$bench_out/table.txt"
