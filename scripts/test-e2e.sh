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
# One file at a time: two cores, and each file runs its own browsers.
exec node --test tests/e2e/*.test.mjs
