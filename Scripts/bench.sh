#!/usr/bin/env bash
# Builds the benchmarks in release mode and runs them. Results are ratios
# against a reference measured in the same run, so they compare across machines.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product relulab-bench
"$(swift build -c release --show-bin-path)/relulab-bench"
