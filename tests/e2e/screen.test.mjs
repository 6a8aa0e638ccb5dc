// Drawing: nothing while idle, and crisp text on a high-DPI screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { click, findText, status } from './imgui.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('an idle page draws (almost) no frames', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    // Let the settling frames finish, however slow the machine draws them: until half a
    // second passes without a frame (a page that never idles fails below all the same).
    let last = (await status(page)).framesDrawn;
    for (let i = 0; i < 20; i += 1) {
      await page.waitForTimeout(500);
      const now = (await status(page)).framesDrawn;
      if (now === last) break;
      last = now;
    }
    const before = (await status(page)).framesDrawn;
    await page.waitForTimeout(2000);
    const after = (await status(page)).framesDrawn;
    assert.ok(after - before <= 2, `drew ${after - before} frames in 2 s of idleness`);
  } finally {
    await browser.close();
  }
});

test('high-DPI: backing store and fonts at the pixel ratio', async () => {
  const browser = await launchBrowser({ deviceScaleFactor: 2, width: 1100, height: 760 });
  try {
    const page = await openApp(browser.context, server.url);
    const s = await status(page);
    assert.equal(s.pixelRatio, 2);
    assert.equal(s.fontPixelRatio, 2);
    assert.equal(s.canvasPixelWidth, Math.round(s.cssWidth * 2));
    assert.equal(s.canvasPixelHeight, Math.round(s.cssHeight * 2));
    await findText(page, 'Welcome to Turnabout');
    await click(page, 'Create a program');
    await screenshot(page, '15-high-dpi');
    // The canvas follows the window.
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForFunction(() => window.turnabout.status().cssWidth === 800, null, { timeout: 5000 });
    const resized = await status(page);
    assert.equal(resized.canvasPixelWidth, 1600);
  } finally {
    await browser.close();
  }
});
