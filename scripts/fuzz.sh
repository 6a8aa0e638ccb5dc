#!/usr/bin/env bash
# Two libFuzzer targets under the address and undefined-behaviour sanitizers, for a
# bounded time between them:
#   - the program-file importer (tests/fuzz/import_fuzz.cpp), starting from the kept
#     corpus in tests/fuzz/corpus;
#   - the law of honest history (tests/fuzz/history_fuzz.cpp): the input chooses
#     hostile files and the orders files are opened in.
# The two run side by side, one per core, each for the whole time.
# Exits non-zero when an input crashed one; that input is written to
# build/fuzz/crashes/. An importer crash belongs in tests/fuzz/corpus with the fix
# (tests/io/fuzz_regressions_test.cpp then opens it on every test run); a history
# crash becomes a case of tests/app/honest_history_test.cpp.
#
#   TURNABOUT_FUZZ_SECONDS  how long each target fuzzes, side by side (default 40)
#   TURNABOUT_JOBS          build jobs (default: the number of cores)
#
# New corpus entries go to a temporary folder, never into the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
FUZZ_SECONDS="${TURNABOUT_FUZZ_SECONDS:-40}"
JOBS="${TURNABOUT_JOBS:-$(nproc)}"
BUILD="$ROOT/build/fuzz"

# -O1 with line tables only: sanitizer reports still name the file and line, and both
# targets build in 111 s instead of the 131 s of RelWithDebInfo's -O2 -g (2 cores).
FLAGS="-O1 -gline-tables-only -DNDEBUG"
CC=clang CXX=clang++ cmake -S tests/fuzz -B "$BUILD" -G Ninja -DTURNABOUT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$FLAGS" "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$FLAGS" >/dev/null
ninja -C "$BUILD" -j "$JOBS" turnabout_import_fuzz turnabout_history_fuzz
new_corpus="$(mktemp -d)"
history_corpus="$(mktemp -d)"
logs="$(mktemp -d)"
trap 'rm -rf "$new_corpus" "$history_corpus" "$logs"' EXIT
mkdir -p "$BUILD/crashes"
echo "fuzz: the importer over tests/fuzz/corpus and the law of honest history, ${FUZZ_SECONDS} s side by side"
# libFuzzer adds what it finds to the first folder only: the temporary one.
"$BUILD/turnabout_import_fuzz" \
    -max_len=65536 -max_total_time="$FUZZ_SECONDS" -timeout=20 -rss_limit_mb=2048 \
    -dict=tests/fuzz/program_file.dict -artifact_prefix="$BUILD/crashes/" -print_final_stats=1 \
    "$new_corpus" tests/fuzz/corpus >"$logs/import.log" 2>&1 &
import_pid=$!
"$BUILD/turnabout_history_fuzz" \
    -max_len=512 -max_total_time="$FUZZ_SECONDS" -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD/crashes/history-" -print_final_stats=1 \
    "$history_corpus" >"$logs/history.log" 2>&1 &
history_pid=$!
import_status=0
history_status=0
wait "$import_pid" || import_status=$?
wait "$history_pid" || history_status=$?
# The whole log of a target that failed (its crash report); the final figures of one
# that did not.
for target in import history; do
    status_var="${target}_status"
    echo "== fuzz: $target"
    if [ "${!status_var}" -ne 0 ]; then cat "$logs/$target.log"; else grep -E '^(stat::|Done|INFO: .*files found)' "$logs/$target.log" || true; fi
done
[ "$import_status" -eq 0 ] && [ "$history_status" -eq 0 ]
