# Common settings for the scripts; sourced, never run.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Everything generated lives under WORK (ignored by git).
WORK=${WORK:-$ROOT/work}
# The tree the series applies to.  Default: Debian's linux-source-6.12,
# unpacked by scripts/get-base.sh.  Any Linux 6.12.y tree may be given.
KSRC=${KSRC:-$WORK/base/linux-source-6.12}
# The scratch copy the series is applied to; KSRC is never modified.
TREE=${TREE:-$WORK/tree}
JOBS=${JOBS:-$(nproc)}

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Hash paths relative to WORK so a clone in another folder still hits.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$WORK}
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}

say() { printf '%s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Map our arch names to the kernel's.
karch() {
	case "$1" in
	x86_64) echo x86 ;;
	arm64) echo arm64 ;;
	*) die "unknown arch '$1' (x86_64 or arm64)" ;;
	esac
}

cross_compile() {
	case "$1" in
	arm64) [ "$(uname -m)" = aarch64 ] || echo aarch64-linux-gnu- ;;
	*) ;;
	esac
}

kimage() {
	case "$1" in
	x86_64) echo arch/x86/boot/bzImage ;;
	arm64) echo arch/arm64/boot/Image ;;
	esac
}

# Run a long command with its output in LOG, printing a progress line every
# PROGRESS_EVERY seconds (number of log lines and the latest one).
run_logged() {
	local log=$1 what=$2
	shift 2
	local start=$SECONDS last=$SECONDS rc=0
	"$@" >"$log" 2>&1 &
	local pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		sleep 1
		[ $((SECONDS - last)) -ge "${PROGRESS_EVERY:-30}" ] || continue
		last=$SECONDS
		say "  [$what] $((SECONDS - start))s, $(wc -l <"$log") lines: $(tail -n 1 "$log" | cut -c1-90)"
	done
	wait "$pid" || rc=$?
	if [ "$rc" -ne 0 ]; then
		say "  [$what] FAILED (rc=$rc) after $((SECONDS - start))s; last lines of $log:"
		tail -n 30 "$log" >&2
		return "$rc"
	fi
	say "  [$what] done in $((SECONDS - start))s"
}

# The patches of the series, in order (file names under patches/).
series_patches() { grep -vE '^[[:space:]]*(#|$)' "$ROOT/series" | awk '{print $1}'; }
# The files the given patches (names under patches/) change, create or
# delete, each once.
patch_files() {
	local p
	for p in "$@"; do
		sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p; s|^--- a/\([^[:space:]]*\).*|\1|p' "$ROOT/patches/$p"
	done | sort -u
}

# The arch whose kernel and selftests a test platform runs.
platform_arch() {
	case "$1" in
	arm64) echo arm64 ;;
	svm | vmx | vmx-*) echo x86_64 ;;
	*) die "unknown platform '$1' (arm64, svm, vmx, vmx-noug)" ;;
	esac
}

# Start an emulator (the command after LOG and TIMEOUT) whose guest writes
# its console to LOG, report progress, and stop it once the guest printed
# KVMTESTS-END, powered off, or TIMEOUT seconds passed.
boot_and_wait() {
	local log=$1 tmo=$2
	shift 2
	local start=$SECONDS last=$SECONDS pid
	"$@" </dev/null >"$log.emu" 2>&1 &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		sleep 2
		if grep -aqE '^KVMTESTS-END|Kernel panic - not syncing' "$log" 2>/dev/null; then
			sleep 2
			break
		fi
		if [ $((SECONDS - start)) -ge "$tmo" ]; then
			say "  timeout: no KVMTESTS-END after ${tmo}s"
			echo "KVMTESTS-TIMEOUT after ${tmo}s" >>"$log"
			break
		fi
		if [ $((SECONDS - last)) -ge "${PROGRESS_EVERY:-30}" ]; then
			last=$SECONDS
			say "  [$(basename "$log" .log)] $((SECONDS - start))s: $(grep -cE '^(not )?ok ' "$log" 2>/dev/null) tests done; $(grep -aE '^(not )?ok |KVMTESTS' "$log" 2>/dev/null | tail -n 1 | cut -c1-80)"
		fi
	done
	kill "$pid" 2>/dev/null && sleep 1
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# The list files of a platform's tier: quick is <platform>.quick, full adds
# <platform>.full; any other tier (a benchmark) is <platform>.<tier> alone.
tier_lists() {
	local p=$1 tier=$2 l=$ROOT/selftests/lists
	case "$tier" in
	quick) echo "$l/$p.quick" ;;
	full) echo "$l/$p.quick"; [ ! -f "$l/$p.full" ] || echo "$l/$p.full" ;;
	*) [ -f "$l/$p.$tier" ] || die "no list $l/$p.$tier"; echo "$l/$p.$tier" ;;
	esac
}

# The test lines (comments and blank lines dropped) of list files.
list_tests() { cat "$@" | grep -vE '^[[:space:]]*(#|$)' || true; }

# Extra kernel command line a list asks for ("# CMDLINE: ...").
list_cmdline() { sed -n 's/^# CMDLINE: *//p' "$@" | tr '\n' ' '; }

# Benchmarks (scripts/bench-*.sh).  bench_run PLATFORM TIER ROUNDS boots the
# base and the series kernel alternately ROUNDS times each with the list
# PLATFORM.TIER (bench-run-alternately.sh), or only reuses the last run's
# logs if ROUNDS is --table; bench_out is where those logs are.
bench_run() {
	bench_out=$WORK/logs/$2-runs
	mkdir -p "$bench_out"
	[ "$3" = --table ] || "$ROOT/scripts/bench-run-alternately.sh" "$1" "$2" "$3"
}
# bench_each_log AWK: run the awk program on each log of the last run, with
# k set to the kernel the log is from (base or series).
bench_each_log() {
	local log k
	for log in "$bench_out"/*.log; do
		k=$(basename "$log" .log)
		awk -v k="${k%-*}" "$1" "$log"
	done
}
