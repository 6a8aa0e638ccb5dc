// The browser test harness: serves build/web/site on 127.0.0.1 (a free port, started
// here), launches Debian's chromium through playwright-core with a fresh profile per
// browser, and saves screenshots under build/e2e-screenshots/.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = path.join(ROOT, 'build', 'e2e-screenshots');
const CHROMIUM = process.env.TURNABOUT_CHROMIUM || '/usr/bin/chromium';

// Flags that let headless chromium run WebGL2 in software on a machine without a GPU,
// and keep it from talking to anything but our server. (SwiftShader as the GPU for
// compositing too, --use-angle=swiftshader without --disable-gpu, draws a lone frame
// faster, 37 ms against 60 at 1280x800, but its GPU process competes for the two
// cores and the whole browser stage took longer.)
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

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

// Browsers draw at three quarters of a pixel per CSS pixel unless a test asks for
// another ratio: the page lays out the same 1280x800 (the app lays out in CSS pixels
// and draws its fonts at the ratio), with 44 % fewer pixels to draw in software. A
// test file took 41 s instead of 59 s and a third less processor time this way. Set
// TURNABOUT_E2E_PIXEL_RATIO=1 for screenshots at full size.
const PIXEL_RATIO = Number(process.env.TURNABOUT_E2E_PIXEL_RATIO || 0.75);

// A browser with its own fresh profile (its own IndexedDB): two of these are two
// people's machines.
export async function launchBrowser({ deviceScaleFactor = PIXEL_RATIO, width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'turnabout-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    deviceScaleFactor,
    acceptDownloads: true,
  });
  const errors = [];
  context.on('page', (page) => watchPage(page, errors));
  context.pages().forEach((page) => watchPage(page, errors));
  return {
    context,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
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

// IndexedDB refuses every write from now on, as a full disk does, until
// allowStorageWrites: the page's saves fail with the browser's own error.
export async function refuseStorageWrites(page) {
  await page.evaluate(() => {
    window.turnaboutAllowedPut = window.turnaboutAllowedPut || IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

export async function allowStorageWrites(page) {
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.turnaboutAllowedPut; });
}
