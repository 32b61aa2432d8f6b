#!/bin/bash
# Benchmark switching dirty logging on with vCPUs running, base kernel vs
# series kernel in the same run: boots each kernel ROUNDS times, alternately,
# with the list selftests/lists/arm64.bench-dirty-log, and prints a table.
# Usage: bench-dirty-log-enable.sh [ROUNDS]        (default: 2)
#        bench-dirty-log-enable.sh --table         the table of the last run
# Builds the base kernel ($KSRC, build-kernel.sh arm64 base) if missing; the
# series kernel and the selftests must be built.
. "$(dirname "$0")/lib.sh"

bench_run arm64 bench-dirty-log "${1:-2}"
out=$bench_out

# One line per measurement: KERNEL TEST METRIC VALUE.
bench_each_log '
	{ sub(/\r$/, "") }
	/Enabling dirty logging time:/ { e = $NF; sub(/s$/, "", e); m["perf enable_ms"] = m["perf enable_ms"] " " e * 1000 }
	/# enable: cycle/ {
		for (i = 1; i < NF; i++) f[$i] = $(i + 1)
		m["stress ioctl_us"] = m["stress ioctl_us"] " " f["ioctl_us"]
		m["stress vcpu_writes"] = m["stress vcpu_writes"] " " f["vcpu_writes"]
		m["stress max_write_us"] = m["stress max_write_us"] " " f["max_write_us"]
	}
	/^(not )?ok [0-9]+ arm64\/dirty_log/ {
		t = $0; sub(/^(not )?ok [0-9]+ arm64\//, "", t); sub(/ # .*/, "", t)
		split(t, a, " "); sp = t; sub(/.*-e /, "", sp); sub(/ .*/, "", sp)
		name = (a[1] == "dirty_log_perf_test") ? "perf" : "stress-e" sp
		for (x in m) { n = split(m[x], v, " "); sub(/^[a-z]+ /, "", x); for (j = 1; j <= n; j++) print k, name, x, v[j] }
		delete m
	}' >"$out/values.txt"

# Median and worst of each metric per kernel, series/base of the medians,
# and how many switch-ons had a guest write stalled for more than 10ms.
{
	printf '%-12s %-14s %11s %11s %11s %11s %6s\n' test metric "base med" "series med" "base max" "series max" ratio
	awk '{ print $2, $3 }' "$out/values.txt" | sort -u | while read -r t mtr; do
		stat() { awk -v k="$1" -v t="$t" -v m="$mtr" '$1 == k && $2 == t && $3 == m { print $4 }' "$out/values.txt" | sort -g |
			awk '{ v[NR] = $1 } END { if (!NR) { print "- -"; exit } printf "%s %s\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[NR] }'; }
		read -r bm bx < <(stat base)
		read -r sm sx < <(stat series)
		ratio=$(awk -v b="$bm" -v s="$sm" 'BEGIN { if (b + 0 > 0) printf "%.2f", s / b; else print "-" }')
		printf '%-12s %-14s %11s %11s %11s %11s %6s\n' "$t" "$mtr" "$bm" "$sm" "$bx" "$sx" "$ratio"
	done
	echo
	printf '%-12s %s\n' test "switch-ons with a guest write stalled > 10ms: base, series"
	awk '$3 == "max_write_us" { n[$1 " " $2]++; if ($4 > 10000) s[$1 " " $2]++ }
	     END { for (k in n) { split(k, a, " "); c[a[2]] = c[a[2]] " " a[1] " " s[k] + 0 "/" n[k] }
		   for (t in c) print t, c[t] }' "$out/values.txt" | sort |
		while read -r t k1 v1 k2 v2; do
			[ "$k1" = base ] || { tmp=$v1; v1=$v2; v2=$tmp; }
			printf '%-12s %s, %s\n' "$t" "$v1" "$v2"
		done
} | tee "$out/table.txt"
