#!/usr/bin/env bash
# Every test Turnabout has, from a fresh Debian 12 machine: installs what is missing,
# then runs, cheapest and most telling first, and stops at the first failing stage:
#   1. native: the core, io, app and tool tests, and the UI drawn headless (CTest);
#   2. fuzz: the program-file importer under libFuzzer for a bounded time;
#   3. WebAssembly: one em++ build gives both the page and the same core tests, which
#      run under node (CTest);
#   4. browser: end-to-end tests in headless Chromium against that page.
# Each stage prints how long it took, and the total at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="$(nproc)"
CACHE="${TURNABOUT_CACHE:-$HOME/.cache/turnabout}"

started=$SECONDS
stage_started=$SECONDS
timings=()
stage() {
    if [ "${#timings[@]}" -gt 0 ] || [ -n "${current_stage:-}" ]; then
        timings+=("$(printf '%-12s %4d s' "$current_stage" $((SECONDS - stage_started)))")
    fi
    current_stage="$1"
    stage_started=$SECONDS
    [ -n "$1" ] && echo "== $1: $2"
    return 0
}
report() {
    stage "" ""
    echo "== time per stage"
    printf '   %s\n' "${timings[@]}"
    echo "   total        $((SECONDS - started)) s"
}
trap report EXIT

stage setup "installing what is missing"
bash scripts/setup.sh

stage native "core, io, app, command-line tool and the UI drawn headless"
# -O1: the tests run in under a minute either way, and -O1 compiles in about half
# the time of -O3 (the benchmarks, tests/bench/run.sh, build their own -O3 tree).
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG" \
    -DTURNABOUT_IMGUI_DIR="$CACHE/imgui-1.86" >/dev/null
ninja -C build/native
(cd build/native && ctest --output-on-failure -j "$JOBS")

stage fuzz "the program-file importer and the law of honest history under libFuzzer"
bash scripts/fuzz.sh

stage wasm "the page and the core, io and app tests, built once with em++; the tests under node"
TURNABOUT_JOBS="$JOBS" bash scripts/build-web.sh --target turnabout turnabout_tests
(cd build/web && NODE_PATH=/usr/share/nodejs ctest --output-on-failure -j "$JOBS")

stage browser "end-to-end in headless Chromium"
TURNABOUT_SITE_DIR="$ROOT/build/web/site" bash scripts/test-e2e.sh
