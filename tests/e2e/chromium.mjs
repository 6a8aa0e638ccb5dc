// How the browser tests start Debian's chromium (tests/e2e/harness.mjs, browser_server.mjs).
const CHROMIUM = process.env.TURNABOUT_CHROMIUM || '/usr/bin/chromium';

// Flags that let headless chromium run WebGL2 in software on a machine without a GPU,
// and keep it from talking to anything but our server. (SwiftShader as the GPU for
// compositing too, --use-angle=swiftshader without --disable-gpu, draws a lone frame
// faster, 37 ms against 60 at 1280x800, but its GPU process competes for the two
// cores and the whole browser stage took longer.)
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};
