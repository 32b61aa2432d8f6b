#!/bin/bash
# Turn the console logs of a run into the baseline table of
# Documentation/testing.rst: test x platform x result x wall time.
# Usage: results-table.sh [LOGDIR]   (default: $WORK/logs/full)
. "$(dirname "$0")/lib.sh"

dir=${1:-$WORK/logs/full}
{
	for log in "$dir"/*.log; do
		[ -f "$log" ] || continue
		awk '
		{ sub(/\r$/, "") }
		/^(not )?ok [0-9]+ / {
			line = $0; res = ($1 == "ok") ? "pass" : "FAIL"
			if (line ~ /# SKIP/) res = "skip"
			sub(/^(not )?ok [0-9]+ /, "", line); sub(/ # .*/, "", line)
			r[line] = res
		}
		/^# time / { line = $0; sub(/^# time /, "", line); t = line; sub(/.* /, "", t); sub(/ [^ ]*$/, "", line); w[line] = t }
		END { for (k in r) { split(k, a, "/"); p = a[1]; n = substr(k, length(p) + 2); printf "%s\t%s\t%s\t%s\n", n, p, r[k], w[k] } }
		' "$log"
	done
} | LC_ALL=C sort -t$'\t' -k1,1 -k2,2 >"$dir/table.tsv"
w1=$(awk -F'\t' '{ if (length($1) > m) m = length($1) } END { print m < 4 ? 4 : m }' "$dir/table.tsv")
sep=$(printf '%*s' "$w1" '' | tr ' ' '=')
printf '%s  ========  ======  =========\n' "$sep"
printf "%-${w1}s  %-8s  %-6s  %s\n" test platform result "wall time"
printf '%s  ========  ======  =========\n' "$sep"
while IFS=$'\t' read -r n p r t; do
	printf "%-${w1}s  %-8s  %-6s  %s\n" "$n" "$p" "$r" "$t"
done <"$dir/table.tsv"
printf '%s  ========  ======  =========\n' "$sep"
