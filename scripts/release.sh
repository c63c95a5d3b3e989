#!/usr/bin/env bash
# Makes a release: dist/guild-VERSION-linux-ARCH.tar.gz holding
#   bin/guild                                   the release binary, Swift runtime and Foundation linked in
#   share/guild/themes/*.json                   the built-in themes (found by bin/guild through ../share/guild)
#   share/man/man1/guild.1, guild.list.1, …     a man page for guild and each subcommand (argument-parser's
#                                               generate-manual)
#   share/bash-completion/completions/guild     shell completions (guild --generate-completion-script)
#   share/zsh/site-functions/_guild
#   share/fish/vendor_completions.d/guild.fish
#   share/doc/guild/README.md, LICENSE, THIRD-PARTY-NOTICES
#   install.sh                                  installs all of it under PREFIX (default ~/.local)
# VERSION is `git describe` (tag, commits since, commit; "-modified" for a changed work tree), as `guild --version`
# says. The unpacked folder stays in dist/ beside the tarball.
#
# Usage: scripts/release.sh [OUTDIR]    (default dist)
# SCRATCH=.build-x picks the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
scratch=${SCRATCH:-.build}
order=Sources/guild/function-order.txt
# SwiftPM's own options only: the Swift runtime and Foundation linked in (--static-swift-stdlib), and lld placing the
# functions the dashboard runs at start side by side (README › Performance: about 4 MB less resident memory at 10k
# than lld without the list, 6 MB less than the default gold). -function-sections gives each of Guild's functions a
# section of its own: lld moves sections, and without it a source file's functions move only all together.
build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch" -Xswiftc -Xfrontend -Xswiftc -function-sections
       -Xswiftc -use-ld=lld -Xlinker "--symbol-ordering-file=$PWD/$order" -Xlinker --no-warn-symbol-ordering)

version=$(git describe --tags --always --dirty=-modified 2>/dev/null || echo unknown)
version=${version#v}
name=guild-$version-linux-$(uname -m)

echo "building guild $version (release, static Swift runtime)…"
# SwiftPM runs the GitVersion plugin again only when GuildBuildInfo's files change; a new commit or tag alone
# would leave the last version in the binary (the check below catches that), so touch it.
touch Sources/GuildBuildInfo/BuildInfo.swift
log=$(mktemp)
manuals=""
trap 'rm -rf "$log" $manuals' EXIT
if ! "${build[@]}" --product guild >"$log" 2>&1; then
  grep -E "error:" "$log" | head -30 >&2 || tail -30 "$log" >&2
  exit 1
fi
binary=$("${build[@]}" --show-bin-path)/guild
said=$("$binary" --version)
[ "$said" = "guild $version" ] || { echo "the binary says '$said', expected 'guild $version'" >&2; exit 1; }
# A stale list still links (unknown names are skipped) but stops paying: most of its names must name functions
# in the binary, else regenerate it with scripts/order-functions.sh.
listed=$(sort -u "$order" | wc -l)
found=$(nm --defined-only "$binary" | awk '{print $3}' | sort -u | comm -12 - <(sort -u "$order") | wc -l)
echo "symbol ordering: $found of $listed functions in $order are in the binary"
if [ $((found * 2)) -lt "$listed" ]; then
  echo "fewer than half of $order names functions in the binary: run scripts/order-functions.sh" >&2; exit 1
fi
if ldd "$binary" 2>/dev/null | grep -E "libswift|libFoundation|lib_Foundation|libdispatch" >&2; then
  echo "the release binary still loads Swift's shared libraries" >&2; exit 1
fi

echo "writing the man pages (generate-manual)…"
# argument-parser's generate-manual plugin (`swift package generate-manual`) runs its tool on every executable of the
# package that links ArgumentParser, and stops at guild-bench, which has a parser of its own; so the plugin's tool
# runs here on the release binary alone.
if ! "${build[@]}" --product generate-manual >"$log" 2>&1; then tail -30 "$log" >&2; exit 1; fi
manuals=$(mktemp -d)
"$("${build[@]}" --show-bin-path)/generate-manual" "$binary" --multi-page --output-directory "$manuals" \
  --authors "The Guild authors"
[ -f "$manuals/guild.1" ] && [ -f "$manuals/guild.list.1" ] || { echo "generate-manual wrote no guild.1 or guild.list.1" >&2; exit 1; }
# A blank line between a discussion's paragraphs is a paragraph macro in mdoc (man warns about empty input lines).
sed -i 's/^$/.Pp/' "$manuals"/*.1

mkdir -p "$out"
stage="$out/$name"
rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/share/guild/themes" "$stage/share/man/man1" "$stage/share/doc/guild" \
  "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d"
cp "$binary" "$stage/bin/guild"
cp Themes/*.json "$stage/share/guild/themes/"
cp "$manuals"/*.1 "$stage/share/man/man1/"
"$binary" --generate-completion-script bash > "$stage/share/bash-completion/completions/guild"
"$binary" --generate-completion-script zsh > "$stage/share/zsh/site-functions/_guild"
"$binary" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/guild.fish"
cp README.md LICENSE "$stage/share/doc/guild/"
cp LICENSE "$stage/LICENSE"
{
  echo "Guild's release binary contains code from these packages, under these licences."
  for package in swift-argument-parser CSV.swift swift-subprocess swift-system; do
    echo; echo "== $package"; echo
    cat "$scratch/checkouts/$package/LICENSE"*
  done
  echo; echo "== The Swift runtime and Foundation (Apache License 2.0 with Runtime Library Exception): https://swift.org/LICENSE.txt"
} > "$stage/share/doc/guild/THIRD-PARTY-NOTICES"
cp scripts/install.sh "$stage/install.sh"
chmod +x "$stage/install.sh" "$stage/bin/guild"

tar -C "$out" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
