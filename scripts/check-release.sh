#!/usr/bin/env bash
# Checks a release tarball as a user would meet it: unpacks it, installs it with its own install.sh into a throwaway
# HOME (default PREFIX ~/.local), then runs the installed binary: --version, demo into a temporary store,
# `list actions --json` parsed, the dashboard opened in tmux and quit, `man guild` and `man guild.list`, and tab
# completion in bash (bash-completion's own loader), fish and zsh. Prints the installed binary's path last.
#
# Usage: scripts/check-release.sh dist/guild-VERSION-linux-ARCH.tar.gz [HOME-DIR]
# HOME-DIR (kept afterwards, for the installed-copy tests) is the throwaway HOME; default a temporary one.
# Needs tmux, man (man-db), python3, bash-completion, fish and zsh (.ci/run installs what is missing).
set -euo pipefail
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
expected=${GUILD_EXPECTED_VERSION:-}
work=$(mktemp -d)
socket=guild-release-check-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "check-release: $*" >&2; exit 1; }
step() { echo "check-release: $*"; }

export HOME=${2:-$work/home}
mkdir -p "$HOME"
HOME=$(cd "$HOME" && pwd)
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_DATA_DIRS GUILD_STORE
export PATH=$HOME/.local/bin:$PATH
export GUILD_NOW=2026-11-22T09:00:00Z TZ=Europe/Berlin SWIFT_BACKTRACE=enable=no

step "install.sh from the unpacked tarball into ~/.local"
tar -C "$work" -xzf "$tarball"
"$work"/guild-*/install.sh >"$work/install.log" || { cat "$work/install.log"; fail "install.sh failed"; }
guild=$HOME/.local/bin/guild
[ "$(command -v guild)" = "$guild" ] || fail "guild on PATH is $(command -v guild), not $guild"
ldd "$guild" | grep -qE "libswift|libFoundation" && fail "the installed binary loads Swift's shared libraries"

step "guild --version"
said=$(guild --version)
[[ $said == "guild "* && $said != *unknown* ]] || fail "--version said '$said'"
[ -z "$expected" ] || [ "$said" = "guild $expected" ] || fail "--version said '$said', expected 'guild $expected'"

step "guild demo into a temporary store, then list actions --json"
guild demo --store "$work/store" >/dev/null
guild list actions --json --store "$work/store" > "$work/actions.json"
python3 - "$work/actions.json" <<'PY' || fail "list actions --json is not a JSON array of action items"
import json, sys
items = json.load(open(sys.argv[1]))
assert isinstance(items, list) and items, "empty"
assert all("title" in item and "id" in item for item in items), items[0]
print(f"check-release: {len(items)} open action items parsed")
PY

step "the dashboard in tmux, opened and quit with q"
tmux -L "$socket" new-session -d -x 120 -y 40 \
  "TERM=xterm-256color guild --store '$work/store'; echo EXIT=\$?; sleep 60"
wait_for() {
  for _ in $(seq 300); do
    tmux -L "$socket" capture-pane -p | grep -qF "$1" && return 0
    sleep 0.1
  done
  tmux -L "$socket" capture-pane -p; fail "the screen never showed '$1'"
}
wait_for "Open action items"
tmux -L "$socket" capture-pane -p | grep -q "not found" && fail "a theme was not found beside the installed binary"
tmux -L "$socket" send-keys t
wait_for "Theme: light (2/5)"
tmux -L "$socket" send-keys q
wait_for "EXIT=0"

step "man guild, man guild.list"
page=$(man -w guild) || fail "man finds no page for guild"
[ "$page" = "$HOME/.local/share/man/man1/guild.1" ] || fail "man guild found $page"
MANPAGER=cat MANWIDTH=80 man guild 2>/dev/null | grep -q "knowledge sharing" || fail "man guild does not show the overview"
complaints=$(MANPAGER=cat MANWIDTH=80 man guild 2>&1 >/dev/null)
[ -z "$complaints" ] || fail "man guild complains: $complaints"
MANPAGER=cat MANWIDTH=80 man guild.list 2>/dev/null | grep -q -- "--json" || fail "man guild.list does not show --json"

step "tab completion: bash (bash-completion's loader), fish, zsh"
bash_words=$(bash --norc --noprofile -c '
  source /usr/share/bash-completion/bash_completion
  __load_completion guild || exit 1
  COMP_WORDS=(guild li); COMP_CWORD=1; COMP_LINE="guild li"; COMP_POINT=${#COMP_LINE}
  $(complete -p guild | sed -E "s/.*-F ([^ ]+) .*/\1/") guild li guild
  printf "%s\n" "${COMPREPLY[@]}"')
grep -qx "list" <<<"$bash_words" || fail "bash completes 'guild li' to: $bash_words"
fish_words=$(fish -c 'complete -C "guild li"' | cut -f1)   # HOME is the throwaway one: no user config
grep -qx "list" <<<"$fish_words" || fail "fish completes 'guild li' to: $fish_words"
zsh -n "$HOME/.local/share/zsh/site-functions/_guild" || fail "the zsh completion does not parse"
zsh -fc 'fpath=(~/.local/share/zsh/site-functions $fpath); autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump"
  [[ ${_comps[guild]} == _guild ]]' || fail "zsh's compinit does not pick _guild up from ~/.local/share/zsh/site-functions"

step "all checks passed for $said"
echo "$guild"
