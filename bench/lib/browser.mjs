// One headless Chromium for the whole run; every measurement gets a fresh context (empty
// cookies, cache and storage). Nothing may leave 127.0.0.1: other hosts are answered locally
// with an empty 204 and recorded, per contender, for the report.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

// Precise memory info makes performance.memory usable as a cross-check of the CDP heap figure.
const ARGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return { browser, version: browser.version() };
}

/**
 * A fresh context whose off-host requests are fulfilled locally and pushed to `offHost`.
 * `init` (a function and its argument) runs in every document before the page's own scripts.
 */
export async function freshContext(browser, { offHost, init }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route, request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    offHost.push(request.url());
    return route.fulfill({ status: 204, body: '' });
  });
  if (init) await context.addInitScript(init.fn, init.arg);
  return context;
}
