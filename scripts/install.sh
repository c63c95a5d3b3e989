#!/usr/bin/env bash
# Installs a Guild release under PREFIX (default ~/.local): PREFIX/bin/guild, its themes in PREFIX/share/guild,
# man pages in PREFIX/share/man, completions for bash, zsh and fish, and the README and licence.
#
#   ./install.sh                        inside an unpacked release: installs that release
#   scripts/install.sh guild-….tar.gz   installs a release tarball
#   scripts/install.sh                  in a source checkout: makes the release (scripts/release.sh), then installs it
#
# PREFIX=/usr/local scripts/install.sh installs system-wide. Running it again replaces what it installed.
set -euo pipefail
prefix=${PREFIX:-$HOME/.local}
here=$(cd "$(dirname "$0")" && pwd)
work=""
trap '[ -z "$work" ] || rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  [ -f "$1" ] || { echo "no such release tarball: $1" >&2; exit 1; }
  work=$(mktemp -d)
  tar -C "$work" -xzf "$1"
  release=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'guild-*' | head -1)
elif [ -x "$here/bin/guild" ]; then
  release=$here
elif [ -x "$here/release.sh" ]; then
  tarball=$("$here/release.sh" | tail -1)
  release=${tarball%.tar.gz}
else
  echo "usage: install.sh [guild-VERSION-linux-ARCH.tar.gz]" >&2; exit 1
fi
[ -x "$release/bin/guild" ] && [ -f "$release/share/guild/themes/default.json" ] || {
  echo "$release is not a Guild release (no bin/guild or themes)" >&2; exit 1; }

install -d "$prefix/bin" "$prefix/share/guild/themes" "$prefix/share/man/man1" "$prefix/share/doc/guild" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
# Themes and man pages of an earlier install go first, so a renamed one does not linger.
rm -f "$prefix/share/guild/themes/"*.json "$prefix/share/man/man1/guild.1" "$prefix/share/man/man1/guild."*.1
install -m 755 "$release/bin/guild" "$prefix/bin/guild.new" && mv -f "$prefix/bin/guild.new" "$prefix/bin/guild"
install -m 644 "$release/share/guild/themes/"*.json "$prefix/share/guild/themes/"
install -m 644 "$release/share/man/man1/"*.1 "$prefix/share/man/man1/"
install -m 644 "$release/share/bash-completion/completions/guild" "$prefix/share/bash-completion/completions/guild"
install -m 644 "$release/share/zsh/site-functions/_guild" "$prefix/share/zsh/site-functions/_guild"
install -m 644 "$release/share/fish/vendor_completions.d/guild.fish" "$prefix/share/fish/vendor_completions.d/guild.fish"
install -m 644 "$release/share/doc/guild/"* "$prefix/share/doc/guild/"

echo "Installed $("$prefix/bin/guild" --version) in $prefix"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to PATH (then man guild finds its page too): export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
case "$prefix" in
  "$HOME/.local"|/usr/local|/usr) ;;
  *) echo "bash: add $prefix/share to XDG_DATA_DIRS for tab completion (bash-completion looks there)." ;;
esac
echo "zsh: add $prefix/share/zsh/site-functions to fpath before compinit for tab completion."
