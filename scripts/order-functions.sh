#!/usr/bin/env bash
# Regenerates Sources/guild/function-order.txt: the functions the dashboard runs while it opens a 10k store, draws
# the home screen and takes a few keys in each pane, which release builds place side by side in the binary
# (lld's --symbol-ordering-file, passed by scripts/release.sh; release.sh fails when fewer than half its names are
# functions of the binary).
#
# Why: the kernel maps code in 64 KB runs around each page touched, so start-up code scattered across the ~20 MB of
# Swift runtime, Foundation and ICU linked into the binary made 16.6 MB of it resident; packed together, 7.5 MB
# (README › Performance). A stale list still links and runs: functions it no longer names are placed as usual, and
# only the memory figure of `guild-bench` creeps up. Rerun this after large changes to what the home screen does.
#
# Needs valgrind and tmux. Usage: scripts/order-functions.sh [store-dir]   (default: a 10k demo store in /tmp)
# SCRATCH=.build-x picks the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)"; exit 1; }
command -v tmux >/dev/null || { echo "needs tmux"; exit 1; }

store=${1:-/tmp/guild-order-10k}
out=Sources/guild/function-order.txt
work=$(mktemp -d)
trap 'tmux kill-session -t guild-order 2>/dev/null || true; rm -rf "$work"' EXIT

scratch=${SCRATCH:-.build}
[ -f "$out" ] || : > "$out"   # the release link reads it
echo "building release…"
build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch" -Xswiftc -Xfrontend -Xswiftc -function-sections -Xswiftc -use-ld=lld
       -Xlinker "--symbol-ordering-file=$PWD/$out" -Xlinker --no-warn-symbol-ordering)
"${build[@]}" --product guild 2>&1 | grep -E "error|warning:" || true
guild=$("${build[@]}" --show-bin-path)/guild
if [ ! -f "$store/guild.json" ]; then
  echo "writing a 10k demo store to $store…"
  "$guild" demo --scale 10k --store "$store" >/dev/null
fi
# One open that takes the load cache as the dashboard usually does (the first open writes it).
"$guild" list actions --store "$store" >/dev/null 2>&1 || true

echo "running the dashboard under callgrind (about a minute)…"
# Valgrind (3.19) gives up on the DWARF 5 debug information Swift 6.3 writes ("Possibly corrupted debuginfo file"):
# it runs a copy without it. The symbol table stays, so callgrind names the same functions.
traced="$work/guild"
cp "$guild" "$traced" && strip --strip-debug "$traced"
tmux new-session -d -s guild-order -x 120 -y 40 \
  "TERM=xterm-256color valgrind --tool=callgrind --demangle=no --callgrind-out-file=$work/callgrind.out $traced --store $store 2>$work/valgrind.log"
# Wait for the home screen, then move in every pane, scroll sideways, filter, and quit. No key here may edit the
# store: in the matrix the digits set levels, so panes are changed with Tab there.
for _ in $(seq 120); do
  tmux capture-pane -p -t guild-order 2>/dev/null | grep -q "Open action items" && break
  sleep 1
done
sleep 3
for keys in j k 2 j l h Tab j PageDown / a Escape Tab j ? Escape; do tmux send-keys -t guild-order "$keys"; sleep 1; done
tmux send-keys -t guild-order q
for _ in $(seq 60); do tmux has-session -t guild-order 2>/dev/null || break; sleep 1; done
[ -s "$work/callgrind.out" ] || { echo "callgrind wrote nothing; see $work/valgrind.log"; cat "$work/valgrind.log"; exit 1; }

# Every function callgrind saw (defined on fn= or cfn= lines), kept only if the binary defines it, in the order
# callgrind first names them.
nm --defined-only "$guild" | awk '{print $3}' | sort -u > "$work/defined"
grep -E '^c?fn=\([0-9]+\) ' "$work/callgrind.out" | sed -E "s/^c?fn=\([0-9]+\) //; s/'[0-9]+$//" \
  | awk '!seen[$0]++' | grep -Fxf "$work/defined" > "$work/ordered"
# lld moves whole sections. Guild's code is compiled with -function-sections (release.sh), so each of its functions
# moves alone; the prebuilt standard library and Foundation keep most of theirs in one shared .text per object (the
# standard library's is 1.6 MB), and a name from one of those placed early drags its whole section to the front, between
# the functions the list means to pack. So the list first names the functions that sit in a section of their own and
# whose name the binary defines once (a local helper such as __swift_destroy_boxed_opaque_existential_1Tm exists in
# many objects, some of them shared sections), in callgrind's order; then the rest (README › Performance).
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
{ for object in "$scratch"/release/*.build/*.o "$toolchain"/lib/swift_static/linux/*.a; do readelf -SW "$object"; done; } 2>/dev/null \
  | grep -oE '\.text\.[^ ]+' | sed 's/^\.text\.//' | sort -u > "$work/own-section"
nm --defined-only "$guild" | awk 'NF == 3 {print $3}' | sort | uniq -d > "$work/defined-twice"
{ grep -Fxf "$work/own-section" "$work/ordered" | grep -vFxf "$work/defined-twice" || true; } > "$work/first"
{ grep -vFxf "$work/first" "$work/ordered" || true; } > "$work/rest"
cat "$work/first" "$work/rest" > "$out"
echo "wrote $(wc -l < "$out") functions to $out ($(wc -l < "$work/first") in sections of their own first)"
# The list is not a compiler input SwiftPM tracks: relink so the release binaries use it.
rm -f "$guild" "$(dirname "$guild")/guild-bench"
"${build[@]}" --product guild 2>&1 | grep -E "error|warning:" || true
"${build[@]}" --product guild-bench 2>&1 | grep -E "error|warning:" || true
