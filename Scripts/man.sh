#!/usr/bin/env bash
# Writes relulab's man page, relulab.1, with swift-argument-parser's
# generate-manual plugin, from the same option definitions as --help.
#
# Usage: Scripts/man.sh [FOLDER]     (default: .build/man)
# Then: man FOLDER/relulab.1, or copy it into a man1 folder on MANPATH
# (for example ~/.local/share/man/man1).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/man}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift package plugin --allow-writing-to-directory "$out" generate-manual \
  --configuration debug --output-directory "$out" >/dev/null
[[ -s "$out/relulab.1" ]] || { echo "man: no relulab.1 in $out" >&2; exit 1; }
# The plugin writes the blank line between paragraphs of the discussion as it
# is; mdoc wants .Pp there (groff warns "empty input line" otherwise).
sed -i 's/^$/.Pp/' "$out/relulab.1"
echo "wrote $out/relulab.1"
