#!/usr/bin/env bash
# Fuzzes the lexer, parser, interpreter and renderers with libFuzzer and
# AddressSanitizer. Usage: Scripts/fuzz.sh [SECONDS] (default 60).
# Crashing inputs land in fuzz-artifacts/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build/fuzz
mkdir -p "$out/corpus" fuzz-artifacts
cp Scripts/examples/*.relu Scripts/lessons/*.relu "$out/corpus/"
mapfile -t sources < <(find Sources/ReluCore -name '*.swift' | sort)
swiftc -parse-as-library -O -g -sanitize=fuzzer,address -use-ld=lld -module-name ReluCore -package-name ReluLab \
  -swift-version 6 "${sources[@]}" Scripts/fuzz/FuzzInterpreter.swift -o "$out/fuzz-interpreter"
export SWIFT_BACKTRACE=enable=no
"$out/fuzz-interpreter" -max_total_time="$seconds" -max_len=512 -timeout=10 \
  -artifact_prefix=fuzz-artifacts/ "$out/corpus"
