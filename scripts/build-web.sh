#!/usr/bin/env bash
# Builds the browser app with Debian's Emscripten into build/web; the page lands in
# build/web/site/ (index.html, index.js, index.wasm, index.data).
#
#   scripts/build-web.sh            Release (-O3)
#   BUILD_TYPE=Debug scripts/build-web.sh   quick links while iterating
#   scripts/build-web.sh --               everything, the WebAssembly tests too
#
# Expects scripts/setup.sh to have run (Dear ImGui's sources and libsodium for
# WebAssembly in the cache).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${TURNABOUT_CACHE:-$HOME/.cache/turnabout}"
IMGUI_DIR="$CACHE/imgui-1.86"
BUILD_DIR="${TURNABOUT_WEB_BUILD_DIR:-$ROOT/build/web}"
BUILD_TYPE="${BUILD_TYPE:-Release}"

if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
    echo "build-web: Dear ImGui sources missing in $IMGUI_DIR; run scripts/setup.sh first" >&2
    exit 1
fi
source "$ROOT/scripts/sodium-dir.sh"
if [ -z "$SODIUM_VERSION" ] || [ ! -f "$SODIUM_STAMP" ]; then
    echo "build-web: libsodium for WebAssembly missing in $SODIUM_DIR; run scripts/setup.sh first" >&2
    exit 1
fi

# Debian's Emscripten 3.1.6: its optimiser needs node modules from Debian's tree, and
# node 18+ cannot run its output without --no-experimental-fetch (tests run under node).
export NODE_PATH=/usr/share/nodejs
# The machine has two cores; one heavy build at a time.
JOBS="${TURNABOUT_JOBS:-2}"

# Configure again when the build type or libsodium's version changed.
cached() { sed -n "s/^$1=//p" "$BUILD_DIR/CMakeCache.txt" 2>/dev/null; }
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "$(cached CMAKE_BUILD_TYPE:STRING)" != "$BUILD_TYPE" ] \
        || [ "$(cached TURNABOUT_SODIUM_DIR:PATH)" != "$SODIUM_DIR" ]; then
    emcmake cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
        -DTURNABOUT_IMGUI_DIR="$IMGUI_DIR" \
        -DTURNABOUT_SODIUM_DIR="$SODIUM_DIR" \
        "-DCMAKE_CROSSCOMPILING_EMULATOR=node;--no-experimental-fetch"
fi
# By default only the page; pass other cmake --build arguments (say, no arguments
# but "--" to build everything, tests included) to change that.
if [ "$#" -eq 0 ]; then set -- --target turnabout; elif [ "$1" = "--" ]; then shift; fi
cmake --build "$BUILD_DIR" --parallel "$JOBS" "$@"
echo "build-web: page in $BUILD_DIR/site"
