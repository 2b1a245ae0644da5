#!/usr/bin/env bash
# ReluLab's benchmark: builds relulab and relulab-bench in release (in their
# own scratch path, .build-bench, linked as the README installs relulab),
# installs NumPy and gnuplot when missing, and prints one table of figures
# against references measured in the same run (Scripts/bench.py). No heap
# tunables from outside: relulab runs as users get it.
# BENCH_RUNS=N sets the alternating runs per row (default 5), BENCH_KEYS=N
# the keystrokes per keystroke row (default 50).
# `Scripts/bench.sh keys` builds relulab only and prints only the keystroke
# rows (Scripts/bench_keys.py: the lab in a pseudo-terminal).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-bench
# Built as the README installs relulab: Swift's runtime linked in (-static-stdlib).
flags=(-c release -Xswiftc -static-stdlib --scratch-path "$scratch")
swift build "${flags[@]}" --product relulab >&2
if [[ "${1:-}" == keys ]]; then
  bin=$(swift build "${flags[@]}" --show-bin-path)
  exec python3 Scripts/bench_keys.py "$bin/relulab"
fi
swift build "${flags[@]}" --product relulab-bench >&2
bin=$(swift build "${flags[@]}" --show-bin-path)

if ! python3 -c 'import numpy' 2>/dev/null; then
  echo "bench: installing numpy with pip" >&2
  python3 -m pip install --quiet numpy >&2
fi
if ! command -v gnuplot >/dev/null; then
  echo "bench: installing gnuplot-nox" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnuplot-nox >/dev/null
fi
python3 Scripts/bench.py "$bin/relulab" "$bin/relulab-bench"
