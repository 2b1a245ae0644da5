#!/usr/bin/env bash
# Fuzzes with libFuzzer and AddressSanitizer, splitting SECONDS between two
# harnesses: the lexer, parser, interpreter and renderers (two thirds), and the
# lab's key handling (a third: ByteKeyDecoder, KeyMap, the input line,
# PastedText). Usage: Scripts/fuzz.sh [SECONDS] (default 60).
# Seeded with the lessons, the examples and the bad-input table. Crashing
# inputs land in fuzz-artifacts/ (ignored by git); each one found becomes a
# regression test (a case in the bad-input table or RobustnessTests).
set -euo pipefail
shopt -s failglob  # a pattern that matches nothing is an error, not a literal name
cd "$(dirname "$0")/.."
seconds=${1:-60}
key_seconds=$((seconds / 3 > 0 ? seconds / 3 : 1))
script_seconds=$((seconds - key_seconds > 0 ? seconds - key_seconds : 1))
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
"$out/fuzz-interpreter" -max_total_time="$script_seconds" -max_len=512 -timeout=60 \
  -artifact_prefix=fuzz-artifacts/ "$out/corpus"

# The key harness: ReluTerminal's input and editing files compiled into the
# same module as ReluCore (their `import ReluCore` lines taken out), with
# TerminalInput from Screen/LabTerminal.swift and the prompt PastedText strips.
keys="$out/keys-src"
rm -rf "$keys" && mkdir -p "$keys" "$out/key-corpus"
for file in Sources/ReluTerminal/Input/*.swift Sources/ReluTerminal/Editing/*.swift; do
  sed '/^import ReluCore$/d' "$file" > "$keys/$(basename "$file")"
done
sed -n '/^package enum TerminalInput/,/^}/p' Sources/ReluTerminal/Screen/LabTerminal.swift > "$keys/TerminalInput.swift"
grep -q 'enum TerminalInput' "$keys/TerminalInput.swift" || { echo "fuzz: no TerminalInput found" >&2; exit 1; }
prompt=$(grep -m1 -o 'static let prompt = "[^"]*"' Sources/ReluTerminal/Lab/LabRenderer.swift)
[[ -n $prompt ]] || { echo "fuzz: no LabRenderer.prompt found" >&2; exit 1; }
printf 'enum LabRenderer {\n  %s\n}\n' "$prompt" > "$keys/LabRenderer.swift"
# Seeds: typed commands, keys, a bracketed paste, bytes that are not UTF-8.
printf '\001say caf\303\251 \344\275\240 end\r' > "$out/key-corpus/typed"
printf '\005\033[A\033[B\033[D\033OC\033[3~\033b\033f\013\025\027\031\t\022plo\r' > "$out/key-corpus/keys"
printf '\003\033[200~relulab> feed 1 2\n# c\nset alpha 0.3\033[201~\r' > "$out/key-corpus/paste"
printf '\017\351abc\304\343de\344\275\341\204\200\341\205\241\342\200\213' > "$out/key-corpus/bytes"
swiftc -parse-as-library -O -g -sanitize=fuzzer,address -use-ld=lld -module-name ReluCore -package-name ReluLab \
  -swift-version 6 "${sources[@]}" "$keys"/*.swift Scripts/fuzz/FuzzKeys.swift -o "$out/fuzz-keys"
"$out/fuzz-keys" -max_total_time="$key_seconds" -max_len=4096 -timeout=20 \
  -artifact_prefix=fuzz-artifacts/keys- "$out/key-corpus"
