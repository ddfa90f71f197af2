// Standards 8.6: consentgate in a cross-site iframe reads and writes the top-level site's record
// through the top page's postMessage API, with third-party cookies blocked. The top page is
// http://127.0.0.1:<port>; the site's own embed is http://localhost:<port> (another site, listed
// in `frames.origins`); an ad frame is http://ads.localhost:<port> (not listed). The bridge is the
// add-on dist/consentgate-frames.js, included before consentgate.js on the top page and in the frames.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { launchChromium, type Browser } from './support/chromium';
import { bridgedPage, consentPage, startSite, type Site } from './support/site';
import { pinBundle } from './support/stable-bundle';

type W = { consentgate: ConsentManager };

let site: Site;
let browser: Browser;
let embedOrigin: string;
let adOrigin: string;

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium({ blockThirdPartyCookies: true });
  const port = new URL(site.url).port;
  embedOrigin = `http://localhost:${port}`;
  adOrigin = `http://ads.localhost:${port}`;
  // Both frame hosts are the same local server (Chromium resolves *.localhost to loopback);
  // registered after the harness's catch-all, so consulted first.
  await browser.context.route(/^http:\/\/(ads\.)?localhost:\d+\//, (route) => route.continue());
  // The bundles are read once: other work may rebuild dist/ while this runs.
  await pinBundle(browser.context);

  const frameConfig = { regime: 'opt-in', ui: { reopen: false } };
  site.page('/embed', bridgedPage({ config: frameConfig }));
  site.page('/ad', bridgedPage({ config: frameConfig }));
  // The site's embed without the add-on: consentgate.js alone, on its own (blocked) cookie.
  site.page('/embed-alone', consentPage({ config: frameConfig }));
});
beforeEach(() => browser.context.clearCookies());
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function topWithFrames(withConsentgate = true, embedPath = '/embed'): Promise<{ top: Page; embed: Frame; ad: Frame }> {
  const frames = `<iframe src="${embedOrigin}${embedPath}"></iframe><iframe src="${adOrigin}/ad"></iframe>`;
  const html = withConsentgate
    ? bridgedPage({ config: { regime: 'opt-in', frames: { origins: [embedOrigin] } }, body: frames })
    : `<!doctype html><title>no consentgate</title>${frames}`;
  const url = site.page(withConsentgate ? `/top${embedPath}` : '/plain-top', html);
  const top = await browser.newPage();
  await top.goto(url, { waitUntil: 'load' });
  const find = (origin: string) => top.frames().find((f) => f.url().startsWith(origin + '/'))!;
  const embed = find(embedOrigin);
  const ad = find(adOrigin);
  for (const frame of [embed, ad]) await frame.waitForFunction(() => 'consentgate' in window && 'get' in (window as unknown as W).consentgate);
  return { top, embed, ad };
}

const analytics = (target: Page | Frame) => target.evaluate(() => (window as unknown as W).consentgate.get('analytics'));
const waitForAnalytics = (target: Page | Frame, granted: boolean) =>
  target.waitForFunction((want) => (window as unknown as W).consentgate.get('analytics') === want, granted, { timeout: 1000 });
const topCookie = async () => (await browser.context.cookies('http://127.0.0.1')).find((c) => c.name === 'consentgate')?.value;

const probe = (frame: Frame) =>
  frame.evaluate(() => {
    document.cookie = 'probe=1; SameSite=None; Secure; Path=/';
    return document.cookie.includes('probe=1');
  });

it('runs with third-party cookies blocked: a cookie set inside the frame does not stick', async () => {
  const { top, embed } = await topWithFrames();
  expect(await probe(embed)).toBe(false);
  await top.close();
  // The control: with the setting off the same frame keeps the cookie (this Chromium blocks
  // third-party cookies in a fresh profile by default, so the control turns it off explicitly).
  const control = await launchChromium({ blockThirdPartyCookies: false });
  try {
    await control.context.route(/^http:\/\/localhost:\d+\//, (route) => route.continue());
    site.page('/plain', '<!doctype html><title>plain</title>');
    const page = await control.newPage();
    await page.goto(site.page('/control', `<!doctype html><iframe src="${embedOrigin}/plain"></iframe>`), { waitUntil: 'load' });
    expect(await probe(page.frames().find((f) => f.url().startsWith(embedOrigin))!)).toBe(true);
  } finally {
    await control.close();
  }
});

it('a decision in the top page reaches the frame within a second', async () => {
  const { top, embed } = await topWithFrames();
  expect(await analytics(embed)).toBe(false);
  await top.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  await waitForAnalytics(embed, true);
  expect(await embed.evaluate(() => (window as unknown as W).consentgate.state().persisted)).toBe(true);
  await top.evaluate(() => (window as unknown as W).consentgate.set({ analytics: false }));
  await waitForAnalytics(embed, false);
  await top.close();
});

it("a decision in the site's own frame is stored in the top page's cookie and the top page follows", async () => {
  const { top, embed } = await topWithFrames();
  await embed.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  await waitForAnalytics(top, true);
  const stored = await topCookie();
  expect(stored?.split('~')[1]).toBe(await embed.evaluate(() => (window as unknown as W).consentgate.state().record?.id));
  expect(await top.evaluate(() => (window as unknown as W).consentgate.state().record?.method)).toBe('accept-all');
  expect(await embed.evaluate(() => (window as unknown as W).consentgate.state().persisted)).toBe(true);
  // Nothing was stored on the frame's own site.
  expect((await browser.context.cookies(embedOrigin)).map((c) => c.name)).toEqual([]);
  await top.close();
});

it('a frame from an unlisted origin cannot change the decision of the top page', async () => {
  const { top, ad } = await topWithFrames();
  await top.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  const accepted = (await topCookie())!;
  await top.evaluate(() => (window as unknown as W).consentgate.rejectAll());
  const rejected = await topCookie();
  await waitForAnalytics(ad, false);

  // Through its own consentgate, and by forging the message with a valid record.
  await ad.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  await ad.evaluate((value) => parent.postMessage({ consentgate: 'write', value }, '*'), accepted);
  await ad.evaluate(() => parent.postMessage({ consentgate: 'remove' }, '*'));
  await new Promise((done) => setTimeout(done, 500));
  expect(await analytics(top)).toBe(false);
  expect(await topCookie()).toBe(rejected);
  // The ad frame is brought back onto the site's decision.
  await waitForAnalytics(ad, false);
  await top.close();
});

/** The frame grants nothing optional, and a choice made there holds for that page only, and says so. */
async function expectClosedUntilChosenHere(embed: Frame): Promise<void> {
  const state = await embed.evaluate(() => {
    const { categories, needsDecision } = (window as unknown as W).consentgate.state();
    return { granted: Object.keys(categories).filter((id) => categories[id]!.granted), needsDecision };
  });
  expect(state).toEqual({ granted: ['necessary'], needsDecision: true });
  await embed.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  expect(await embed.evaluate(() => (window as unknown as W).consentgate.state().persisted)).toBe(false);
}

it('grants nothing optional in the frame while no top page answers', async () => {
  const { top, embed } = await topWithFrames(false);
  await new Promise((done) => setTimeout(done, 1500));
  await expectClosedUntilChosenHere(embed);
  expect(await browser.context.cookies()).toEqual([]);
  await top.close();
});

it('without the add-on in the frame, consentgate.js there fails closed on its own blocked cookie', async () => {
  const { top, embed } = await topWithFrames(true, '/embed-alone');
  await top.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  await new Promise((done) => setTimeout(done, 500));
  // The top page's decision does not reach it, and nothing optional runs without a choice there.
  await expectClosedUntilChosenHere(embed);
  expect((await browser.context.cookies(embedOrigin)).map((c) => c.name)).toEqual([]);
  await top.close();
});
