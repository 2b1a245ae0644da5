#!/usr/bin/env bash
# Fuzzes the lexer, parser, interpreter and renderers with libFuzzer and
# AddressSanitizer. Usage: Scripts/fuzz.sh [SECONDS] (default 60).
# Seeded with the lessons, the examples and the bad-input table. Crashing
# inputs land in fuzz-artifacts/ (ignored by git); each one found becomes a
# regression test (a case in the bad-input table or RobustnessTests).
set -euo pipefail
shopt -s failglob  # a pattern that matches nothing is an error, not a literal name
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build/fuzz
mkdir -p "$out/corpus" fuzz-artifacts
cp Scripts/examples/*.relu "$out/corpus/"
for lesson in Scripts/lessons/*/*.relu; do  # en/01-relu.relu -> en-01-relu.relu
  cp "$lesson" "$out/corpus/$(basename "$(dirname "$lesson")")-$(basename "$lesson")"
done
# The bad-input table's cases (Tests/ReluCoreTests/BadInputTableTests.swift),
# one seed each: the first string of every BadInput(...), its escapes decoded.
perl -CSD -0777 -ne '
  my $n = 0;
  while (/BadInput\(\s*"((?:[^"\\]|\\.)*)"/g) {
    my $text = $1;
    $text =~ s/\\u\{([0-9A-Fa-f]+)\}/chr(hex($1))/ge;
    $text =~ s/\\n/\n/g; $text =~ s/\\t/\t/g; $text =~ s/\\(["\\])/$1/g;
    open(my $f, ">:utf8", sprintf("'"$out"'/corpus/bad-%03d.relu", $n++)) or die;
    print $f $text; close $f;
  }
  die "fuzz: no bad-input seeds found\n" if $n < 60;
' Tests/ReluCoreTests/BadInputTableTests.swift
mapfile -t sources < <(find Sources/ReluCore -name '*.swift' | sort)
swiftc -parse-as-library -O -g -sanitize=fuzzer,address -use-ld=lld -module-name ReluCore -package-name ReluLab \
  -swift-version 6 "${sources[@]}" Scripts/fuzz/FuzzInterpreter.swift -o "$out/fuzz-interpreter"
export SWIFT_BACKTRACE=enable=no
# The same leak suppressions as the ASan pass (Scripts/lsan-suppressions.txt says why).
export LSAN_OPTIONS=suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0
# -timeout=60: one input may feed 10^7 random values and render them as
# JSON, seconds of work under ASan; a hang still ends the run.
"$out/fuzz-interpreter" -max_total_time="$seconds" -max_len=512 -timeout=60 \
  -artifact_prefix=fuzz-artifacts/ "$out/corpus"
