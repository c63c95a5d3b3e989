#!/usr/bin/env bash
# Regenerates the README's keys section (between the keys:begin and keys:end markers) from the keymap:
#
#   scripts/readme-keys.sh
#
# Runs `guild keys --standard` (the bindings Guild ships with, whatever your keys.json says) and puts its tables
# between the markers. KeyReferenceTests fails whenever the README and the keymap disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product guild >/dev/null
tables=$(mktemp)
trap 'rm -f "$tables"' EXIT
.build/debug/guild keys --standard > "$tables"
awk -v tables="$tables" '
  /<!-- keys:begin/ { print; print ""; while ((getline line < tables) > 0) print line; print ""; skipping = 1; next }
  /<!-- keys:end -->/ { skipping = 0 }
  !skipping { print }
' README.md > README.md.new
mv README.md.new README.md
