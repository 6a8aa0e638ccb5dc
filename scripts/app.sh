#!/usr/bin/env bash
# Installs what is missing, builds the browser app and serves it on 127.0.0.1.
#   scripts/app.sh [PORT]      (default 8000, or $PORT)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The app needs no browser automation: skip playwright and chromium.
"$ROOT/scripts/setup.sh" --no-browser
"$ROOT/scripts/build-web.sh"
exec python3 "$ROOT/serve.py" "$@"
