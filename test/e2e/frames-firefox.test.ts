// Standards 8.6 in Firefox's strict mode (Enhanced Tracking Protection "strict", Total Cookie
// Protection): consentgate in a cross-site iframe keeps the top-level site's decision through the
// top page's postMessage API. The top page is http://127.0.0.1:<port>; the site's own embed is
// http://localhost:<port> (listed in `frames.origins`); an ad frame is http://ads.localhost:<port>.
// The bridge is the add-on dist/consentgate-frames.js, included before consentgate.js on every page.
// Driven by puppeteer-core over WebDriver BiDi; every request off these hosts is aborted.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { bridgedPage, startSite, type Site } from './support/site';
import { readDist } from './support/stable-bundle';

type W = { consentgate: ConsentManager };

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const LOCAL = new Set(['127.0.0.1', 'localhost', 'ads.localhost']);

let site: Site;
let browser: Browser;
let bundles: Record<string, string>;
let embedOrigin: string;
let adOrigin: string;

beforeAll(async () => {
  site = await startSite();
  const port = new URL(site.url).port;
  embedOrigin = `http://localhost:${port}`;
  adOrigin = `http://ads.localhost:${port}`;
  bundles = {};
  for (const file of ['consentgate.js', 'consentgate-frames.js']) {
    const body = await readDist(file);
    if (!body) throw new Error(`dist/${file} is missing: run \`npm run build\``);
    bundles[`/dist/${file}`] = body.toString();
  }
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'browser.contentblocking.category': 'strict', 'network.cookie.cookieBehavior': 5 },
  });
  const frameConfig = { regime: 'opt-in', ui: { reopen: false } };
  site.page('/embed', bridgedPage({ config: frameConfig }));
  site.page('/ad', bridgedPage({ config: frameConfig }));
  site.page('/plain', '<!doctype html><title>plain</title>');
  site.page(
    '/top',
    bridgedPage({
      config: { regime: 'opt-in', frames: { origins: [embedOrigin] } },
      body: `<iframe src="${embedOrigin}/embed"></iframe><iframe src="${adOrigin}/ad"></iframe>`,
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page whose requests stay on the local hosts; the bundles are the ones read at start. */
async function localPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!LOCAL.has(url.hostname)) return void request.abort();
    const body = bundles[url.pathname];
    if (body) return void request.respond({ status: 200, contentType: 'text/javascript', body });
    return void request.continue();
  });
  return page;
}

async function topWithFrames(): Promise<{ top: Page; embed: Frame; ad: Frame }> {
  const top = await localPage();
  await top.goto(`${site.url}/top`, { waitUntil: 'load' });
  const find = (origin: string) => top.frames().find((f) => f.url().startsWith(origin + '/'))!;
  const embed = find(embedOrigin);
  const ad = find(adOrigin);
  for (const frame of [embed, ad]) await frame.waitForFunction(() => 'consentgate' in window && 'get' in (window as unknown as W).consentgate);
  return { top, embed, ad };
}

const call = (target: Page | Frame, fn: 'acceptAll' | 'rejectAll') =>
  target.evaluate((name) => (window as unknown as W).consentgate[name](), fn);
const analytics = (target: Page | Frame) => target.evaluate(() => (window as unknown as W).consentgate.get('analytics'));
const waitForAnalytics = (target: Page | Frame, granted: boolean) =>
  target.waitForFunction((want) => (window as unknown as W).consentgate.get('analytics') === want, { timeout: 1000 }, granted);
const topCookie = (top: Page) => top.evaluate(() => /(?:^|; )consentgate=([^;]*)/.exec(document.cookie)?.[1]);

it.skipIf(!existsSync(FIREFOX))('keeps the top-level site decision across the frame in strict mode', async () => {
  const { top, embed, ad } = await topWithFrames();
  try {
    // Third-party cookies are out of reach: what the frame sets never reaches its own site's jar.
    await embed.evaluate(() => {
      document.cookie = 'probe=1; SameSite=None; Secure; Path=/';
    });
    const own = await localPage();
    await own.goto(`${embedOrigin}/plain`);
    expect(await own.evaluate(() => document.cookie)).toBe('');
    await own.close();

    // The top page decides: the frame follows within a second.
    expect(await analytics(embed)).toBe(false);
    await call(top, 'acceptAll');
    await waitForAnalytics(embed, true);
    const accepted = (await topCookie(top))!;

    // The site's own frame decides: stored in the top page's cookie, the top page follows.
    await call(embed, 'rejectAll');
    await waitForAnalytics(top, false);
    const rejected = await topCookie(top);
    expect(rejected).not.toBe(accepted);
    expect(rejected?.split('~')[1]).toBe(await embed.evaluate(() => (window as unknown as W).consentgate.state().record?.id));
    expect(await embed.evaluate(() => (window as unknown as W).consentgate.state().persisted)).toBe(true);

    // An unlisted frame cannot change it, through consentgate or a forged message.
    await waitForAnalytics(ad, false);
    await call(ad, 'acceptAll');
    await ad.evaluate((value) => parent.postMessage({ consentgate: 'write', value }, '*'), accepted);
    await new Promise((done) => setTimeout(done, 500));
    expect(await analytics(top)).toBe(false);
    expect(await topCookie(top)).toBe(rejected);
    await waitForAnalytics(ad, false);
  } finally {
    await top.close();
  }
});
