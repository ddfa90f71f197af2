// Opt-in (EU) proofs in real Chromium: nothing reaches a vendor before consent, exactly what
// was allowed runs once, in order, and a withdrawal stops the tracking and removes its traces.
import { afterEach, describe, expect, it } from 'vitest';
import { gatePage, launchGateBrowser, settle, under, type GateBrowser } from './support/gate-site';
import { ALL_RAN, HOSTS, configScript } from './support/gate-vendors';

type Api = { consentgate: { acceptAll(): void; rejectAll(): void; set(c: Record<string, boolean>): void } };

let browser: GateBrowser;
afterEach(async () => {
  await browser?.close();
});

async function open(path = '/article', html = gatePage()) {
  browser = await launchGateBrowser();
  browser.site.page(path, html);
  const page = await browser.newPage();
  await page.goto(browser.url(path));
  await settle(page);
  return page;
}

const NOTHING = { cookies: [], localStorage: [], sessionStorage: [], ran: [] };

describe('gate, opt-in regime', () => {
  it('sends nothing and stores nothing before the visitor decides, and shows the embed placeholder', async () => {
    const page = await open();
    expect(browser.thirdPartyRequests).toEqual([]);
    expect(await browser.traces(page)).toEqual(NOTHING);
    const notice = page.getByRole('group', { name: 'YouTube video player' });
    await expect(notice.getByRole('button', { name: 'Allow YouTube' }).isVisible()).resolves.toBe(true);
    expect(await notice.textContent()).toContain('YouTube video player from YouTube (Google Ireland Limited)');
  });

  it('sends nothing for tracker URLs code spells oddly (trailing dot, percent-escapes, tabs, line breaks) until consent', async () => {
    const page = await open();
    // Each names a blocked host only once the browser's URL parser has read it.
    const scripts = ['https://static.hotjar.com./c/hotjar-2.js', 'https://static.hot%6Aar.com/c/hotjar-3.js', 'https://static.hot\tjar.com/c/hotjar-4.js'];
    const images = ['https://www.facebook.com./tr?id=2', 'https://px.ads.linked%69n.com/collect?pid=2', 'https://bat.bi\nng.com/action/0?ti=2'];
    await page.evaluate(
      ([scripts, images]) => {
        for (const url of scripts!) {
          const script = document.createElement('script');
          script.src = url;
          document.head.append(script);
        }
        const box = document.createElement('div');
        box.innerHTML = images!.map((url) => `<img alt="" src="${url}">`).join('');
        document.body.append(box);
      },
      [scripts, images],
    );
    await page.waitForTimeout(400);
    expect(browser.thirdPartyRequests).toEqual([]);
    expect((await browser.traces(page)).ran).toEqual([]);

    // The same elements are what runs once allowed: the URLs did name those vendors.
    await page.evaluate(() => (window as unknown as Api).consentgate.set({ session_replay: true, advertising: true }));
    // Hotjar's stand-in reports once per run: the three above and the page's own Hotjar tag.
    await page.waitForFunction(() => (window as { __ran?: string[] }).__ran!.filter((name) => name === 'hotjar').length >= 4);
    await page.waitForTimeout(300);
    expect((await browser.traces(page)).ran.filter((name) => name === 'hotjar')).toHaveLength(4);
    const requested = browser.thirdPartyRequests.join(' ');
    for (const part of ['static.hotjar.com./c/hotjar-2', 'hotjar-3', 'hotjar-4', 'www.facebook.com./tr?id=2', 'px.ads.linkedin.com/collect?pid=2', 'bat.bing.com/action/0?ti=2']) {
      expect(requested).toContain(part);
    }
  });

  it('still sends and stores nothing after "Reject all"', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as Api).consentgate.rejectAll());
    await page.waitForTimeout(400);
    expect(browser.thirdPartyRequests).toEqual([]);
    expect(await browser.traces(page)).toEqual(NOTHING);
  });

  it('reaches only the analytics vendors when only analytics is allowed', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as Api).consentgate.set({ analytics: true }));
    await page.waitForFunction(() => (window as { __ran?: string[] }).__ran!.includes('fathom:signup-view'));
    await page.waitForTimeout(400);
    const hosts = browser.hostsSince(0);
    expect(hosts.filter((host) => !under(host, HOSTS.analytics))).toEqual([]);
    expect(hosts).toEqual(expect.arrayContaining(['www.googletagmanager.com', 'region1.google-analytics.com', 'cdn.usefathom.com']));
    const traces = await browser.traces(page);
    expect(traces.cookies).toEqual(['_ga', '_ga_TEST123']);
    expect(traces.ran.sort()).toEqual(['fathom', 'fathom:signup-view', 'gtag', 'snippet:fathom', 'snippet:ga']);
  });

  it('runs every vendor exactly once, in order, after "Accept all" and again at once on the next page', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as Api).consentgate.acceptAll());
    await page.waitForFunction((n) => (window as { __ran?: string[] }).__ran!.length >= n, ALL_RAN.length);
    await page.waitForTimeout(300);
    const { ran } = await browser.traces(page);
    expect([...ran].sort()).toEqual([...ALL_RAN].sort());
    // Declared snippets in document order; each library before the code that uses it.
    expect(ran.filter((name) => name.startsWith('snippet:'))).toEqual(ALL_RAN.slice(0, 5));
    expect(ran.indexOf('fathom')).toBeLessThan(ran.indexOf('snippet:fathom'));
    const hosts = browser.hostsSince(0);
    for (const vendor of [...HOSTS.advertising, 'hotjar.com', 'clarity.ms', 'youtube-nocookie.com']) {
      expect(hosts.some((host) => under(host, [vendor])), vendor).toBe(true);
    }
    expect(await page.locator('iframe[title="YouTube video player"]').getAttribute('src')).toContain('youtube-nocookie.com/embed/');
    // Scripts that code added were started where they are, once; UET's onload still ran ('uet:init').
    expect(await page.locator('script[src*="clarity.ms"], script[src*="bat.bing.com"]').count()).toBe(2);

    // The decision is stored: the next page runs everything while it loads, once each.
    await page.reload();
    await settle(page, 300);
    expect([...(await browser.traces(page)).ran].sort()).toEqual([...ALL_RAN].sort());
  });

  it('on withdrawal deletes the cookies and storage and stops every further request to those vendors', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as Api).consentgate.acceptAll());
    await page.waitForFunction((n) => (window as { __ran?: string[] }).__ran!.length >= n, ALL_RAN.length);
    await page.waitForTimeout(300);
    const before = await browser.traces(page);
    expect(before.cookies).toEqual(['_clck', '_clsk', '_fbp', '_ga', '_ga_TEST123', '_hjSessionUser_1234567', '_hjSession_1234567', 'li_fat_id']);
    expect(before.localStorage).toEqual(['_hjSessionUser_1234567']);
    expect(before.sessionStorage).toEqual(['_hjRecordingLastActivity']);

    await page.evaluate(() => (window as unknown as Api).consentgate.set({ analytics: false, session_replay: false, social: false }));
    const from = browser.thirdPartyRequests.length;
    // gtag's engagement pings (sendBeacon) and Hotjar's XHR loop already ran and keep trying
    // every 150 ms for the page's life: the network rules drop them.
    await page.waitForTimeout(700);
    const after = await browser.traces(page);
    expect(after.cookies).toEqual(['_fbp', 'li_fat_id']);
    expect(after.localStorage).toEqual([]);
    expect(after.sessionStorage).toEqual([]);
    const withdrawn = [...HOSTS.analytics, ...HOSTS.session_replay, ...HOSTS.social];
    expect(browser.hostsSince(from).filter((host) => under(host, withdrawn))).toEqual([]);
    // The embed is a placeholder again, in a fresh iframe with no document from YouTube.
    expect(await page.locator('iframe[title="YouTube video player"]').getAttribute('src')).toBeNull();
    await expect(page.getByRole('button', { name: 'Allow YouTube' }).isVisible()).resolves.toBe(true);
  });

  it('on withdrawal also deletes partitioned (CHIPS) cookies, which only a write naming the partition reaches', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as Api).consentgate.acceptAll());
    await page.waitForFunction((n) => (window as { __ran?: string[] }).__ran!.length >= n, ALL_RAN.length);
    // A vendor in a partitioned mood: the same names once more, partitioned, at the top and below.
    await page.evaluate(() => {
      document.cookie = '_hjChips=1;secure;partitioned;samesite=none;path=/';
      document.cookie = '_clck=partitioned;secure;partitioned;samesite=none;path=/';
      document.cookie = '_ga_CHIPS=1;secure;partitioned;path=/article';
    });
    const before = (await browser.traces(page)).cookies;
    expect(before.filter((name) => name === '_clck')).toHaveLength(2);
    expect(before).toEqual(expect.arrayContaining(['_hjChips', '_ga_CHIPS']));

    await page.evaluate(() => (window as unknown as Api).consentgate.set({ analytics: false, session_replay: false }));
    await page.waitForTimeout(500);
    expect((await browser.traces(page)).cookies).toEqual(['_fbp', 'li_fat_id']);
  });

  it('without the network rules, only the two scripts that already ran keep reporting after a withdrawal', async () => {
    const page = await open('/no-network', gatePage({ config: configScript().replace('gate: { network: true }', 'gate: {}') }));
    await page.evaluate(() => (window as unknown as Api).consentgate.acceptAll());
    await page.waitForFunction((n) => (window as { __ran?: string[] }).__ran!.length >= n, ALL_RAN.length);
    await page.evaluate(() => (window as unknown as Api).consentgate.set({ analytics: false, session_replay: false, social: false }));
    const from = browser.thirdPartyRequests.length;
    await page.waitForTimeout(700);
    // gtag's engagement pings (sendBeacon) and Hotjar's XHR loop: code cannot be unloaded, which
    // is what `network: true` or `reloadOnWithdraw: true` are for. Nothing else is requested.
    const withdrawn = [...HOSTS.analytics, ...HOSTS.session_replay, ...HOSTS.social];
    expect(browser.hostsSince(from).filter((host) => under(host, withdrawn)).sort()).toEqual(['in.hotjar.com', 'region1.google-analytics.com']);
    expect((await browser.traces(page)).cookies).toEqual(['_fbp', 'li_fat_id']);
  });
});
