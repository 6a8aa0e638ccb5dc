// The browser test harness: serves build/web/site on 127.0.0.1 (a free port, started
// here), drives Debian's chromium through playwright-core, gives each browser of a
// test a fresh profile of its own, and saves screenshots under build/e2e-screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = path.join(ROOT, 'build', 'e2e-screenshots');
// One chromium serves every browser a test file opens: scripts/test-e2e.sh starts one
// for the whole stage (tests/e2e/browser_server.mjs) and names it in
// TURNABOUT_BROWSER_WS; a file run on its own launches its own. Starting chromium and
// shutting it down took seconds per browser; a context of its own opens in a blink.
let chromiumProcess = null;
function sharedChromium() {
  if (!chromiumProcess) {
    const endpoint = process.env.TURNABOUT_BROWSER_WS;
    chromiumProcess = endpoint ? chromium.connect(endpoint) : chromium.launch(CHROMIUM_LAUNCH);
  }
  return chromiumProcess;
}
after(async () => {
  if (chromiumProcess) await (await chromiumProcess).close();
});

export async function startServer() {
  const server = spawn('python3', [path.join(ROOT, 'serve.py'), '0'], {
    env: { ...process.env, TURNABOUT_SERVE_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('serve.py did not start within 10 s')), 10000);
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/running at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.on('exit', resolve);
      server.kill('SIGTERM');
    }),
  };
}

// A browser with a fresh profile of its own: a browser context, with its own storage
// (IndexedDB), downloads and tabs, as if a browser had just been installed. Two of
// these are two people's machines.
export async function launchBrowser({ deviceScaleFactor = 1, width = 1280, height = 800 } = {}) {
  const context = await (await sharedChromium()).newContext({
    viewport: { width, height },
    deviceScaleFactor,
    acceptDownloads: true,
  });
  const errors = [];
  context.on('page', (page) => watchPage(page, errors));
  return {
    context,
    errors,
    // A file's browsers may still be open when its chromium closes after its last test.
    close: () => context.close().catch(() => {}),
  };
}

function watchPage(page, errors) {
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}

// Opens the app and waits until it runs (or shows its fatal screen). `clock`: the
// page's clock starts at that time and runs on, as a real one does; a test moves it
// with page.clock.setSystemTime (see reopenOn in participant.mjs).
export async function openApp(context, url, { page, clock } = {}) {
  const target = page || context.pages()[0] || (await context.newPage());
  if (clock) await target.clock.install({ time: clock });
  await target.goto(url);
  await target.waitForFunction(() => {
    try {
      const status = window.turnabout && window.turnabout.status();
      return status && (status.phase === 'run' || status.phase === 'fatal');
    } catch (e) {
      return false;
    }
  }, null, { timeout: 30000 });
  return target;
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
