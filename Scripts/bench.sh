#!/usr/bin/env bash
# Builds the benchmarks in release mode and runs them. Results are ratios
# against a reference measured in the same run, so they compare across machines.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product relulab-bench
# glibc keeps freed buffers in the heap instead of unmapping them, so every run
# reuses warm pages and the timings measure the loops, not the kernel's page faults.
GLIBC_TUNABLES=glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=1073741824 \
  "$(swift build -c release --show-bin-path)/relulab-bench"
