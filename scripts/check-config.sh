#!/bin/bash
# Fail loudly if an option requested by a config fragment did not survive
# olddefconfig.  Usage: check-config.sh .config FRAGMENT...
. "$(dirname "$0")/lib.sh"

config=${1:?usage: check-config.sh .config FRAGMENT...}
shift
bad=0
for frag in "$@"; do
	while IFS= read -r line; do
		case "$line" in
		CONFIG_*=*)
			if ! grep -qxF "$line" "$config"; then
				opt=${line%%=*}
				got=$(grep -E "^($opt=|# $opt is not set)" "$config" || echo "$opt absent")
				say "config: $(basename "$frag") asks $line, got: $got"
				bad=1
			fi ;;
		"# CONFIG_"*" is not set")
			opt=${line#\# }; opt=${opt%% *}
			if grep -q "^$opt=" "$config"; then
				say "config: $(basename "$frag") asks $opt off, got: $(grep "^$opt=" "$config")"
				bad=1
			fi ;;
		esac
	done <"$frag"
done
[ "$bad" = 0 ] || die "requested options did not survive olddefconfig (see above)"
say "config: every requested option is set"
