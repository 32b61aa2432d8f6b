#!/bin/bash
# Static checks on the series, the way kvm-list reviewers run them:
#  - hygiene: every patch listed and present, From/Subject/Signed-off-by,
#    "KVM: <area>: " subjects, one Signed-off-by identity;
#  - no patch touches a file Debian patches (configs/debian-patched-files);
#  - checkpatch --strict on every patch;
#  - per touched kernel object, on x86_64 and arm64: sparse (C=2) and W=1
#    warnings compared with the base;
#  - kernel-doc -Wall on touched kernel files, new warnings only;
#  - coccicheck: the tree's report-mode coccinelle scripts on every touched
#    C file (kernel and selftests), as MODE=report runs them; reports the
#    base has too (line numbers dropped) do not count.
# Needs $TREE with the series applied (scripts/apply-series.sh) and, for
# kernel objects, the base tree $KSRC.  Exits non-zero on any finding.
. "$(dirname "$0")/lib.sh"

fail=0
bad() { echo "not ok - $*"; fail=1; }
good() { echo "ok - $*"; }
patches=$(series_patches)

# --- hygiene
ids=
for p in $patches; do
	f=$ROOT/patches/$p
	[ -f "$f" ] || { bad "series names $p, which does not exist"; continue; }
	from=$(sed -n 's/^From: //p' "$f" | head -n 1)
	subj=$(sed -n 's/^Subject: //p' "$f" | head -n 1)
	sob=$(sed -n 's/^Signed-off-by: //p' "$f")
	[ -n "$from" ] || bad "$p: no From:"
	[ -n "$sob" ] || bad "$p: no Signed-off-by:"
	printf '%s\n' "$sob" | grep -qxF "$from" || bad "$p: author '$from' did not sign off"
	ids=$(printf '%s\n%s\n' "$ids" "$sob")
	printf '%s\n' "$subj" | grep -qE '^(\[PATCH[^]]*\] )?(KVM|Documentation|MAINTAINERS)(: [A-Za-z0-9/_.-]+)*: [A-Z]' ||
		bad "$p: subject '$subj' is not 'KVM: <area>: Summary'"
	[ "$(wc -L <<<"$subj")" -le 90 ] || bad "$p: subject line longer than 90 characters"
done
for f in "$ROOT"/patches/*.patch; do
	[ -f "$f" ] || continue
	grep -qxF "$(basename "$f")" <(printf '%s\n' "$patches") || bad "$(basename "$f") is not listed in series"
done
n_ids=$(printf '%s\n' "$ids" | grep -c . || true)
[ "$(printf '%s\n' "$ids" | grep . | sort -u | wc -l)" -le 1 ] || bad "more than one Signed-off-by identity in the series"
good "hygiene: $(echo "$patches" | grep -c .) patches, $n_ids sign-offs"

# --- files Debian patches
# shellcheck disable=SC2086
touched=$(patch_files $patches)
clash=$(comm -12 <(printf '%s\n' "$touched") <(grep -v '^#' "$ROOT/configs/debian-patched-files" | sort -u))
if [ -n "$clash" ]; then bad "the series touches files Debian patches: $clash"; else good "no file Debian patches is touched ($(printf '%s\n' "$touched" | grep -c .) files)"; fi

# --- checkpatch
for p in $patches; do
	out=$(cd "$TREE" && ./scripts/checkpatch.pl --strict --no-signoff -q "$ROOT/patches/$p" 2>&1 || true)
	if [ -n "$out" ]; then bad "checkpatch --strict $p"; printf '%s\n' "$out" | sed 's/^/#   /'; else good "checkpatch --strict $p"; fi
done

# --- kernel objects: sparse, W=1, coccicheck, kernel-doc
kfiles=$(printf '%s\n' "$touched" | grep -E '\.[ch]$' | grep -vE '^(tools|Documentation|scripts)/' || true)
for f in $(printf '%s\n' "$kfiles" | grep '\.[ch]$'); do
	[ -f "$TREE/$f" ] || continue
	# Only warnings the base does not have count (line numbers dropped).
	kdoc() { [ -f "$1/$f" ] && "$TREE/scripts/kernel-doc" -none -Wall "$1/$f" 2>&1 | sed -E 's/^[^:]*:[0-9]+: //' | sort -u || true; }
	out=$(comm -13 <(kdoc "$KSRC") <(kdoc "$TREE"))
	if [ -n "$out" ]; then bad "kernel-doc $f: new warnings"; printf '%s\n' "$out" | sed 's/^/#   /'; else good "kernel-doc $f: no new warning"; fi
done
cobjs=$(printf '%s\n' "$kfiles" | grep '\.c$' | sed 's/\.c$/.o/' || true)
if [ -n "$cobjs" ]; then
	for arch in x86_64 arm64; do
		"$ROOT/scripts/check-objects.sh" "$arch" $cobjs || fail=1
	done
else
	good "no kernel C file touched: sparse and W=1 have nothing to check"
fi

# --- coccinelle, report mode, on touched C files
sfiles=$(printf '%s\n' "$touched" | grep -E '\.c$' | grep -vE '^(scripts|Documentation)/' || true)
for f in $sfiles; do
	[ -f "$TREE/$f" ] || continue
	out= broken= ocaml=
	for c in "$TREE"/scripts/coccinelle/*/*.cocci; do
		grep -q 'virtual report' "$c" || continue
		# Debian's coccinelle without an OCaml toolchain cannot run
		# scripts with OCaml rules: name them instead of passing them.
		if grep -q '^@script:ocaml' "$c"; then
			ocaml="$ocaml ${c#"$TREE"/scripts/coccinelle/}"
			continue
		fi
		# Only reports the base has not got count (line numbers dropped).
		cocci() { spatch --very-quiet -D report --no-show-diff --sp-file "$c" \
			-I "$1/include" -I "$1/include/uapi" "$1/$f" 2>"$WORK/spatch.err" |
			sed -E "s|$1/||g; s/:[0-9]+(:[0-9]+-[0-9]+)?:/:/; s/line [0-9]+/line N/g" | sort -u; }
		if ! r=$(cocci "$TREE"); then
			broken="$broken ${c#"$TREE"/scripts/coccinelle/}"
			continue
		fi
		[ -n "$r" ] || continue
		base=
		[ ! -f "$KSRC/$f" ] || base=$(cocci "$KSRC" || true)
		r=$(comm -23 <(printf '%s\n' "$r") <(printf '%s\n' "$base" | grep . || true))
		out="$out${r:+$r
}"
	done
	if [ -n "$out" ]; then bad "coccinelle $f"; printf '%s\n' "$out" | sed 's/^/#   /'
	elif [ -n "$broken" ]; then bad "coccinelle $f: spatch failed on$broken"
	else good "coccinelle (report mode) $f${ocaml:+ # not run (OCaml rules):$ocaml}"; fi
done

[ "$fail" = 0 ] && echo "static checks: all clean"
exit "$fail"
