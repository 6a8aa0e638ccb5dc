# Where libsodium built for WebAssembly lives: one folder per version of Debian's
# libsodium source package, the version the native libsodium-dev was built from, so
# both worlds sign with the same libsodium. Sourced by setup.sh, build-web.sh, test.sh.
#   SODIUM_VERSION  Debian's source version (empty while libsodium-dev is not installed)
#   SODIUM_DIR      the install prefix (include/, lib/libsodium.a)
#   SODIUM_STAMP    written last by setup.sh: without it the build is redone
SODIUM_VERSION="$(dpkg-query -W -f='${source:Version}' libsodium-dev 2>/dev/null || true)"
SODIUM_DIR="${TURNABOUT_CACHE:-$HOME/.cache/turnabout}/libsodium-wasm-${SODIUM_VERSION//:/_}"
SODIUM_STAMP="$SODIUM_DIR/.turnabout-built"
