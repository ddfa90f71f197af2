// A page restored from the back/forward cache re-reads the stored decision: decided on page 2 of
// the same site, page 1 (frozen meanwhile, so it heard nothing) shows the new decision on return.
// Playwright turns the cache off by default (--disable-back-forward-cache); this launcher keeps it.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { consentPage, startSite, type Site } from './support/site';
import { pinBundle } from './support/stable-bundle';

type W = { consentgate: ConsentManager; __restored?: boolean; __loads?: number };

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await startSite();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const analytics = (page: Page) => page.evaluate(() => (window as unknown as W).consentgate.get('analytics'));

it('page 1, restored from bfcache after a decision on page 2, reflects the new decision', async () => {
  const context = await browser.newContext();
  await pinBundle(context);
  // Records whether the page came back from the cache, and how many times it really loaded.
  await context.addInitScript(() => {
    const w = window as unknown as W;
    addEventListener('pageshow', (event) => {
      w.__restored = event.persisted;
    });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  // Why Chromium did not restore from the cache, if it did not: shown when the test fails.
  const notRestored: string[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (e) => notRestored.push(...e.notRestoredExplanations.map((x) => x.reason)));
  const config = { regime: 'opt-in' };
  // The test server sends no-store by default; such pages leave the cache once a cookie changes.
  const cacheable = { 'cache-control': 'no-cache' };
  const first = site.page('/bf/one', consentPage({ config, body: '<a id="next" href="/bf/two">next</a>' }), cacheable);
  site.page('/bf/two', consentPage({ config }), cacheable);
  await page.goto(first);
  await page.waitForSelector('consentgate-ui > button');
  expect(await analytics(page)).toBe(false);
  await page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 42));

  await page.click('#next');
  await page.waitForURL('**/bf/two');
  await page.waitForSelector('consentgate-ui > button');
  await page.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  expect(await analytics(page)).toBe(true);

  await page.goBack({ waitUntil: 'commit' }); // a restored page fires no load event
  await page.waitForFunction(() => location.pathname === '/bf/one' && (window as unknown as W).__restored !== undefined);
  // Restored from the cache: the same JS heap (the marker survived), pageshow.persisted true.
  const restored = await page.evaluate(() => ({
    persisted: (window as unknown as W).__restored,
    marker: (window as unknown as { __marker?: number }).__marker,
  }));
  expect({ ...restored, notRestored }).toEqual({ persisted: true, marker: 42, notRestored: [] });
  // Re-read on pageshow: the decision made on page 2 holds here, the banner is gone.
  expect(await analytics(page)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as W).consentgate.state().needsDecision)).toBe(false);
  await page.waitForFunction(() => !document.querySelector('consentgate-ui > button'));
  await context.close();
});
