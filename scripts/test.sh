#!/usr/bin/env bash
# Every test Turnabout has, from a fresh Debian 12 machine: installs what is missing,
# then runs the native GoogleTest suites and tool tests (CTest), the same core tests
# compiled to WebAssembly under node (CTest), and the browser end-to-end tests
# (playwright-core driving Debian's chromium). Stops at the first failing stage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="$(nproc)"

bash scripts/setup.sh

echo "== native: core, io, app, command-line tool"
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build/native
(cd build/native && ctest --output-on-failure -j "$JOBS")

echo "== fuzz: the program-file importer under libFuzzer"
bash scripts/fuzz.sh

echo "== WebAssembly: the same core, io and app tests under node"
# Debian's em++ needs node to find acorn; node 20 needs its fetch off for 3.1.6 output.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm-tests -G Ninja -DCMAKE_BUILD_TYPE=Release -DTURNABOUT_WEB_APP=OFF \
    -DTURNABOUT_SODIUM_DIR="$(source scripts/sodium-dir.sh && echo "$SODIUM_DIR")" >/dev/null
ninja -C build/wasm-tests turnabout_tests
(cd build/wasm-tests && ctest --output-on-failure -j "$JOBS")

echo "== browser: end-to-end in headless Chromium"
bash scripts/test-e2e.sh
