// One chromium for the whole browser stage: scripts/test-e2e.sh starts this, reads the
// endpoint it prints and hands it to the test files in TURNABOUT_BROWSER_WS; each
// test's browser is a fresh context in it (tests/e2e/harness.mjs). Stops on SIGTERM
// or when its standard input closes.
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const server = await chromium.launchServer(CHROMIUM_LAUNCH);
process.stdout.write(`${server.wsEndpoint()}\n`);
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
