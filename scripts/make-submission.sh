#!/bin/bash
# Turn the series into what the kvm list receives: the patches as commits
# on a git branch of the base tree, the cover letter from
# Documentation/cover-letter.txt (test results filled in from the last
# quick run), recipients from the tree's scripts/get_maintainer.pl per
# patch, and b4 writing the messages to $WORK/outgoing.
# Usage: make-submission.sh [--dry-run]   (--dry-run: b4 send --dry-run)
. "$(dirname "$0")/lib.sh"

repo=$WORK/submit/linux
branch=kvm-guest-memory
ver=$(cut -d' ' -f1 "$WORK/base-version" 2>/dev/null) || die "run scripts/get-base.sh first"
ident=(-c user.name="KVM guest-memory series" -c user.email=kvm-guest-memory@example.org)
if [ ! -d "$repo/.git" ]; then
	say "making a git repository of the base tree ($ver) in $repo"
	mkdir -p "$repo"
	rsync -a --exclude=/.pc --exclude=/patches "$KSRC/" "$repo/"
	git -C "$repo" init -q -b base
	# -f: Debian's .gitignore ignores everything ("/*").
	git -C "$repo" add -A -f
	git "${ident[@]}" -C "$repo" commit -q -m "Linux $ver ($(cut -d'(' -f2 "$WORK/base-version" | tr -d ')'))"
	git -C "$repo" tag "v$ver-base"
fi
git -C "$repo" checkout -q -B "$branch" "v$ver-base"
git -C "$repo" config user.name "KVM guest-memory series"
git -C "$repo" config user.email kvm-guest-memory@example.org
for p in $(series_patches); do
	git -C "$repo" am -q --keep-cr "$ROOT/patches/$p" || die "git am $p failed"
done
say "branch $branch: $(git -C "$repo" log --oneline "v$ver-base..$branch" | wc -l) commits on v$ver-base"

# b4: enroll the branch, set the cover letter, collect recipients.
cover=$WORK/submit/cover.txt
results=$WORK/quick-results.txt
{
	if [ -f "$results" ]; then
		echo "Quick tier results of the last run (scripts/test-quick.sh):"
		echo
		grep -E '^(ok|not ok) |passed' "$results" | sed 's/^/  /'
	else
		echo "(no test results: run scripts/test-quick.sh first)"
	fi
} >"$cover.results"
awk -v f="$cover.results" '/^@RESULTS@$/ { while ((getline l < f) > 0) print l; next } { print }' \
	"$ROOT/Documentation/cover-letter.txt" >"$cover"
cd "$repo"
# No mail leaves this machine: the SMTP setting only stops b4 from choosing
# its web endpoint, which refuses unsigned series.
git config sendemail.smtpserver /bin/false
git config b4.prep-cover-strategy commit
b4 prep -e "v$ver-base" >/dev/null 2>&1 || true
EDITOR="cp $cover" b4 prep --edit-cover >/dev/null
b4 prep --auto-to-cc
out=$WORK/outgoing
rm -rf "$out"
if [ "${1:-}" = --dry-run ]; then
	b4 send --dry-run --no-sign
else
	b4 send --no-sign -o "$out"
	say "messages for the list: $out"
	ls "$out" >&2
fi
