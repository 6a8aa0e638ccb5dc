#!/usr/bin/env bash
# Fuzzes the program-file importer (tests/fuzz/import_fuzz.cpp) with libFuzzer under
# the address and undefined-behaviour sanitizers, for a bounded time, starting from
# the kept corpus in tests/fuzz/corpus. Exits non-zero when an input crashed it; that
# input is written to build/fuzz/crashes/ and belongs in tests/fixtures/fuzz/ with
# the fix (tests/io/fuzz_regressions_test.cpp then opens it on every test run).
#
#   TURNABOUT_FUZZ_SECONDS  how long to fuzz (default 60)
#   TURNABOUT_JOBS          build jobs (default: the number of cores)
#
# New corpus entries go to a temporary folder, never into the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
FUZZ_SECONDS="${TURNABOUT_FUZZ_SECONDS:-60}"
JOBS="${TURNABOUT_JOBS:-$(nproc)}"
BUILD="$ROOT/build/fuzz"

CC=clang CXX=clang++ cmake -S tests/fuzz -B "$BUILD" -G Ninja -DTURNABOUT_FUZZ=ON >/dev/null
ninja -C "$BUILD" -j "$JOBS" turnabout_import_fuzz

new_corpus="$(mktemp -d)"
trap 'rm -rf "$new_corpus"' EXIT
mkdir -p "$BUILD/crashes"
echo "fuzz: the importer for ${FUZZ_SECONDS} s over tests/fuzz/corpus"
# libFuzzer adds what it finds to the first folder only: the temporary one.
"$BUILD/turnabout_import_fuzz" \
    -max_len=65536 -max_total_time="$FUZZ_SECONDS" -timeout=20 -rss_limit_mb=2048 \
    -dict=tests/fuzz/program_file.dict -artifact_prefix="$BUILD/crashes/" -print_final_stats=1 \
    "$new_corpus" tests/fuzz/corpus
