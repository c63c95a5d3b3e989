#!/usr/bin/env bash
# libFuzzer over Guild's record decoder (RecordCodec) and conflict-file parser.
#
#   scripts/fuzz-decoder.sh [SECONDS]     # default 60; the corpus grows in .build-fuzz/corpus
#
# Builds GuildCore + GuildStore + scripts/fuzz/DecoderFuzzTarget.swift as one module with
# `swiftc -sanitize=fuzzer,address` (the `import GuildCore` lines are dropped in a copy, so no package
# changes are needed), seeds the corpus with valid record files, and runs the fuzzer for SECONDS.
# Prints libFuzzer's summary; exits non-zero and keeps crash-* files in .build-fuzz/ when a crash is found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=.build-fuzz
rm -rf "$out/src"
mkdir -p "$out/src" "$out/corpus"
export PATH="$PATH:/opt/swift/usr/bin"

# One module: the sources of GuildCore and GuildStore without their cross-module imports, plus the target.
find Sources/GuildCore Sources/GuildStore -name '*.swift' | while read -r file; do
  sed -e '/^import GuildCore$/d' -e '/^@testable import/d' "$file" > "$out/src/$(echo "$file" | tr '/' '_')"
done
cp scripts/fuzz/DecoderFuzzTarget.swift "$out/src/"

echo "building the fuzzer (swiftc -sanitize=fuzzer,address)…" >&2
swiftc -O -g -parse-as-library -module-name GuildFuzz -sanitize=fuzzer,address \
  -o "$out/fuzz-decoder" "$out"/src/*.swift 2> >(grep -v "Cannot export local symbol" >&2)

# Seed corpus: real record files from the sample team, when a built guild is at hand.
if [ -z "$(ls -A "$out/corpus")" ]; then
  guild=$(ls .build*/debug/guild 2>/dev/null | head -1 || true)
  if [ -n "$guild" ]; then
    seed=$(mktemp -d)
    GUILD_NOW=2026-11-22T09:00:00Z "$guild" demo --store "$seed/store" >/dev/null 2>&1 || true
    find "$seed/store" -name '*.json' | head -200 | while read -r f; do cp "$f" "$out/corpus/"; done
    rm -rf "$seed"
  fi
  printf '{"schema":1}\n' > "$out/corpus/minimal.json"
fi

cd "$out"
./fuzz-decoder -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 -rss_limit_mb=4096 corpus 2>&1 | tee fuzz.log | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Done)" || true
status=${PIPESTATUS[0]}
if ls crash-* >/dev/null 2>&1; then echo "crashes found: $(ls crash-* | tr '\n' ' ')"; fi
exit "$status"
