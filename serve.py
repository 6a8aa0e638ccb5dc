#!/usr/bin/env python3
"""Serves the built Turnabout page (build/web/site) on 127.0.0.1 only.

    python3 serve.py [PORT]        PORT from the argument, else $PORT, else 8000; 0 picks a free one

Every answer says Cache-Control: no-store, so a rebuilt page is never mixed with a
cached one, and .wasm goes out as application/wasm (streaming compilation needs it).
The line "Turnabout is running at http://127.0.0.1:PORT/" is printed once listening;
test harnesses read the port from it.
"""
import functools
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.environ.get("TURNABOUT_SITE_DIR", os.path.join(ROOT, "build", "web", "site"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".data": "application/octet-stream",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("TURNABOUT_SERVE_QUIET"):
            return
        super().log_message(format, *args)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("PORT", "8000"))
    if not os.path.isfile(os.path.join(SITE, "index.html")):
        sys.exit(f"serve: no page in {SITE}; build it first with scripts/build-web.sh")
    handler = functools.partial(Handler, directory=SITE)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"Turnabout is running at http://127.0.0.1:{server.server_address[1]}/", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
