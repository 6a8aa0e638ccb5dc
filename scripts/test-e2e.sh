#!/usr/bin/env bash
# Browser end-to-end tests: builds the page if needed, then runs tests/e2e with node's
# test runner (playwright-core driving Debian's chromium; each test serves the page on
# 127.0.0.1 itself). Screenshots land in build/e2e-screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ ! -d node_modules/playwright-core ] || [ ! -x /usr/bin/chromium ]; then
    bash scripts/setup.sh
fi
if [ -z "${TURNABOUT_SITE_DIR:-}" ]; then
    bash scripts/build-web.sh
fi
rm -rf build/e2e-screenshots build/e2e-downloads
# One chromium for the whole stage (tests/e2e/browser_server.mjs): each test's browser
# is a fresh context in it, where starting chromium for each took seconds. It stops
# when its standard input, held here, closes.
coproc BROWSER_SERVER { exec node tests/e2e/browser_server.mjs; }
trap 'kill "$BROWSER_SERVER_PID" 2>/dev/null || true' EXIT
read -r TURNABOUT_BROWSER_WS <&"${BROWSER_SERVER[0]}"
export TURNABOUT_BROWSER_WS
# One file at a time: two cores.
node --test tests/e2e/*.test.mjs
