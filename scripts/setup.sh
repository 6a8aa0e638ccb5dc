#!/usr/bin/env bash
# Installs what building and testing Turnabout needs on a Debian 12 machine, and only
# what is missing, so running it again is quick. Everything comes from Debian's
# packages (Dear ImGui from its source package) and from npm through package-lock.json.
#
#   scripts/setup.sh              everything
#   scripts/setup.sh --no-browser skip chromium and the npm packages (no browser tests)
#   scripts/setup.sh --no-web     skip the WebAssembly toolchain and Dear ImGui too
#
# Dear ImGui's sources are unpacked, and libsodium for WebAssembly is built from
# Debian's source package, outside the build tree, keyed by version, so a clean build
# does not fetch or build them again: ${TURNABOUT_CACHE:-$HOME/.cache/turnabout}.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${TURNABOUT_CACHE:-$HOME/.cache/turnabout}"
IMGUI_VERSION=1.86
IMGUI_DIR="$CACHE/imgui-$IMGUI_VERSION"

want_web=1
want_browser=1
for arg in "$@"; do
    case "$arg" in
        --no-browser) want_browser=0 ;;
        --no-web) want_web=0; want_browser=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "setup: unknown option $arg" >&2; exit 2 ;;
    esac
done

say() { echo "setup: $*"; }

# Root installs directly; anyone else needs sudo (and is asked for it only if something is missing).
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" -eq 0 ]; then
        say "apt-get update"
        $SUDO apt-get update -qq
        apt_updated=1
    fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# apt_install [apt options --] package...: installs the packages that are not installed yet.
apt_install() {
    local options=()
    if [ "${1:-}" = "--no-install-recommends" ]; then options+=("$1"); shift; fi
    local missing=()
    for package in "$@"; do
        installed "$package" || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        apt_update_once
        say "installing ${missing[*]}"
        $SUDO apt-get install -y -qq "${options[@]}" "${missing[@]}"
    fi
}

# apt-get source needs a deb-src entry: the same mirrors as the binary packages.
ensure_deb_src() {
    if grep -rqs -E '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return
    fi
    if [ ! -f /etc/apt/sources.list.d/debian.sources ]; then
        echo "setup: no /etc/apt/sources.list.d/debian.sources to derive a deb-src entry from" >&2
        exit 1
    fi
    say "adding deb-src entries for Debian's source packages"
    sed 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        | $SUDO tee /etc/apt/sources.list.d/turnabout-deb-src.sources >/dev/null
    apt_updated=0
}

# Native build and tests; scipy checks the bulk-match optimum with an independent solver.
apt_install cmake ninja-build g++ googletest nlohmann-json3-dev libsodium-dev python3
apt_install --no-install-recommends python3-scipy
# clang's libFuzzer and sanitizers, for scripts/fuzz.sh.
apt_install clang libclang-rt-14-dev

if [ "$want_web" -eq 1 ]; then
    apt_install emscripten fonts-inter dpkg-dev

    if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
        ensure_deb_src
        apt_update_once
        say "unpacking Dear ImGui $IMGUI_VERSION from Debian's source package into $IMGUI_DIR"
        mkdir -p "$CACHE"
        work="$(mktemp -d "$CACHE/imgui-download.XXXXXX")"
        # Root's apt cannot drop to the _apt user in a private temp folder; it warns and goes on.
        (cd "$work" && apt-get source -qq imgui 2>&1 | grep -v -i 'sandbox' || true)
        unpacked="$(find "$work" -maxdepth 1 -type d -name "imgui-$IMGUI_VERSION*" | head -n 1)"
        if [ -z "$unpacked" ] || [ ! -f "$unpacked/imgui.cpp" ]; then
            echo "setup: apt-get source imgui did not give Dear ImGui $IMGUI_VERSION" >&2
            rm -rf "$work"
            exit 1
        fi
        rm -rf "$IMGUI_DIR"
        mv "$unpacked" "$IMGUI_DIR"
        rm -rf "$work"
    fi
    say "Dear ImGui sources: $IMGUI_DIR"

    # libsodium for WebAssembly, from the same Debian source version as the native
    # libsodium-dev. The stamp is written last, so an interrupted build is redone.
    source "$ROOT/scripts/sodium-dir.sh"
    if [ -z "$SODIUM_VERSION" ]; then
        echo "setup: libsodium-dev is not installed; cannot tell which libsodium to build" >&2
        exit 1
    fi
    if [ ! -f "$SODIUM_STAMP" ]; then
        apt_install autoconf automake libtool libtool-bin
        ensure_deb_src
        apt_update_once
        say "building libsodium $SODIUM_VERSION for WebAssembly into $SODIUM_DIR (about 5 minutes)"
        mkdir -p "$CACHE"
        sodium_work="$(mktemp -d "$CACHE/libsodium-build.XXXXXX")"
        trap 'rm -rf "$sodium_work"' EXIT
        (cd "$sodium_work" && apt-get source -qq "libsodium=$SODIUM_VERSION" 2>&1 | grep -v -i 'sandbox' || true)
        sodium_source="$(find "$sodium_work" -mindepth 1 -maxdepth 1 -type d -name 'libsodium-*' | head -n 1)"
        if [ -z "$sodium_source" ] || [ ! -f "$sodium_source/configure.ac" ]; then
            echo "setup: apt-get source libsodium=$SODIUM_VERSION did not give libsodium's sources" >&2
            exit 1
        fi
        rm -rf "$SODIUM_DIR"
        # Emscripten 3.1.6 needs Debian's node modules, and configure runs its test
        # programs under node 20, which needs its fetch off for that output. Plain
        # portable C: no x86 assembly, no threads (they would need a cross-origin
        # isolated page), no stack protector, no position-independent code.
        if ! (cd "$sodium_source" \
                && export NODE_PATH=/usr/share/nodejs NODE_OPTIONS=--no-experimental-fetch \
                && ./autogen.sh -s \
                && emconfigure ./configure --disable-shared --without-pthreads --disable-ssp \
                    --disable-asm --disable-pie --prefix="$SODIUM_DIR" CFLAGS=-O2 \
                && emmake make -j "${TURNABOUT_JOBS:-2}" \
                && emmake make install) >"$sodium_work/build.log" 2>&1; then
            tail -n 40 "$sodium_work/build.log" >&2
            echo "setup: building libsodium for WebAssembly failed (the lines above end its log)" >&2
            exit 1
        fi
        touch "$SODIUM_STAMP"
    fi
    say "libsodium for WebAssembly: $SODIUM_DIR"
fi

if [ "$want_browser" -eq 1 ]; then
    apt_install --no-install-recommends chromium
    # Debian's nodejs comes with emscripten; npm is separate there, but a node from
    # elsewhere brings its own npm, which must not be replaced.
    if ! command -v node >/dev/null; then apt_install nodejs; fi
    if ! command -v npm >/dev/null; then apt_install npm; fi

    lock="$ROOT/package-lock.json"
    stamp="$ROOT/node_modules/.turnabout-lock"
    if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
        say "npm ci (playwright-core, pinned in package-lock.json; no browser download)"
        # Debian's chromium is the browser; playwright must not fetch its own.
        (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
        cp "$lock" "$stamp"
    fi
fi

say "done"
