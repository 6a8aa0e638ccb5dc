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
# Two files at a time, the largest first so that no long file starts last: on two
# cores the browser stage takes about 630 s this way against 780 s one file at a
# time (each file serves the page itself and runs its own browsers, so files never
# share a profile or a port).
# shellcheck disable=SC2046
exec node --test --test-concurrency="${TURNABOUT_E2E_FILES_AT_ONCE:-2}" $(ls -S tests/e2e/*.test.mjs)
