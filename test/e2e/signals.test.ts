// GPC and DNT as a real browser sends them: GPC through Chromium's own feature flag (the
// Sec-GPC header and navigator.globalPrivacyControl), DNT through the profile preference.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState } from '../../src/types';
import { launchChromium, makeProfile, type Browser, type Profile } from './support/chromium';
import { consentPage, startSite, type Site } from './support/site';

type W = { consentgate: ConsentManager };

const state = (page: Page): Promise<ConsentState> => page.evaluate(() => (window as unknown as W).consentgate.state());

/** A second server on 127.0.0.1 that keeps the headers of every request it receives. */
async function startHeaderLog(): Promise<{ url: string; last(path: string): IncomingHttpHeaders | undefined; close(): Promise<void> }> {
  const seen = new Map<string, IncomingHttpHeaders>();
  const server = createServer((req, res) => {
    seen.set(new URL(req.url ?? '/', 'http://x').pathname, req.headers);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>headers</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    last: (path) => seen.get(path),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

let site: Site;
let headers: Awaited<ReturnType<typeof startHeaderLog>>;
const browsers: Browser[] = [];
const profiles: Profile[] = [];

async function launch(options: Parameters<typeof launchChromium>[0]): Promise<Browser> {
  const browser = await launchChromium(options);
  browsers.push(browser);
  return browser;
}

/** Visits the header log and returns what the server received. */
async function sentHeaders(page: Page, path: string): Promise<IncomingHttpHeaders> {
  await page.goto(headers.url + path);
  const received = headers.last(path);
  if (!received) throw new Error(`the header log saw no request for ${path}`);
  return received;
}

beforeAll(async () => {
  site = await startSite();
  headers = await startHeaderLog();
});
afterEach(async () => {
  for (const browser of browsers.splice(0)) await browser.close();
  for (const profile of profiles.splice(0)) profile.remove();
});
afterAll(async () => {
  await headers?.close();
  await site?.close();
});

describe('Global Privacy Control', () => {
  it('opts out of sale and sharing, remembers it without the signal, and an explicit opt-in lifts it', async () => {
    const profile = makeProfile();
    profiles.push(profile);
    // The region tells the regime: California is opt-out.
    const url = site.page('/gpc/remembered', consentPage({ config: { region: 'US-CA' } }));

    // First visit, GPC on.
    let browser = await launch({ gpc: true, profile: profile.dir });
    let page = await browser.newPage();
    expect((await sentHeaders(page, '/gpc-on'))['sec-gpc']).toBe('1');
    await page.goto(url);
    expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl)).toBe(true);
    const first = await state(page);
    expect(first.regime).toBe('opt-out');
    expect(first.signals.gpc).toBe(true);
    expect(first.needsDecision).toBe(false);
    expect(first.categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(first.categories.analytics).toEqual({ granted: false, reason: 'gpc' }); // a "sale"
    expect(first.categories.functional).toEqual({ granted: true, reason: 'default' }); // neither sale nor share
    expect(first.record?.method).toBe('gpc');
    expect(first.record?.optOut).toBe('gpc');
    expect(first.record?.categories).toEqual({});
    expect(first.persisted).toBe(true);
    expect((await browser.context.cookies(site.url)).map((c) => c.name)).toContain('consentgate');
    await browser.close();

    // The same browser profile reopened, GPC now off.
    browser = await launch({ profile: profile.dir });
    page = await browser.newPage();
    expect((await sentHeaders(page, '/gpc-off'))['sec-gpc']).toBeUndefined();
    await page.goto(url);
    expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl)).not.toBe(true);
    const later = await state(page);
    expect(later.signals.gpc).toBe(false);
    expect(later.categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(later.categories.analytics).toEqual({ granted: false, reason: 'gpc' });
    expect(later.record?.optOut).toBe('gpc');
    expect(later.needsDecision).toBe(false);

    // Opting in through the site's own control lifts the remembered opt-out.
    await page.evaluate(() => (window as unknown as W).consentgate.set({ advertising: true }));
    expect((await state(page)).categories.advertising).toEqual({ granted: true, reason: 'choice' });
    await page.reload();
    const optedIn = await state(page);
    expect(optedIn.categories.advertising).toEqual({ granted: true, reason: 'choice' });
    expect(optedIn.record?.optOut).toBeNull();
  });

  it('an explicit opt-in made while GPC is on wins over it', async () => {
    const browser = await launch({ gpc: true });
    const page = await browser.newPage();
    await page.goto(site.page('/gpc/override', consentPage({ config: { regime: 'opt-out' } })));
    expect((await state(page)).categories.advertising).toEqual({ granted: false, reason: 'gpc' });

    await page.evaluate(() => (window as unknown as W).consentgate.set({ advertising: true }));
    expect((await state(page)).categories.advertising).toEqual({ granted: true, reason: 'choice' });

    await page.reload();
    expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl)).toBe(true);
    const after = await state(page);
    expect(after.signals.gpc).toBe(true);
    expect(after.categories.advertising).toEqual({ granted: true, reason: 'choice' });
    // Only what was opted into: analytics (also a "sale") stays off.
    expect(after.categories.analytics!.granted).toBe(false);
  });
});

describe('Do Not Track from the profile preference', () => {
  it('is honoured like GPC by default, and ignored when the site says so', async () => {
    const browser = await launch({ dnt: true });
    const page = await browser.newPage();
    expect((await sentHeaders(page, '/dnt'))['dnt']).toBe('1');

    await page.goto(
      site.page('/dnt/honor', consentPage({ config: { regime: 'opt-out', cookie: { name: 'cg_dnt_honor' } } })),
    );
    expect(await page.evaluate(() => navigator.doNotTrack)).toBe('1');
    const honored = await state(page);
    expect(honored.signals).toEqual({ gpc: false, dnt: true });
    expect(honored.categories.advertising).toEqual({ granted: false, reason: 'dnt' });
    expect(honored.categories.functional).toEqual({ granted: true, reason: 'default' });
    expect(honored.record?.optOut).toBe('dnt');

    await page.goto(
      site.page(
        '/dnt/ignore',
        consentPage({ config: { regime: 'opt-out', signals: { dnt: 'ignore' }, cookie: { name: 'cg_dnt_ignore' } } }),
      ),
    );
    const ignored = await state(page);
    expect(ignored.signals.dnt).toBe(true);
    expect(ignored.categories.advertising).toEqual({ granted: true, reason: 'default' });
    expect(ignored.record).toBeNull();
    const names = (await browser.context.cookies(site.url)).map((c) => c.name);
    expect(names).toContain('cg_dnt_honor');
    expect(names).not.toContain('cg_dnt_ignore');
  });
});

describe('no privacy signal', () => {
  it('leaves the regime default: granted in opt-out, refused in opt-in', async () => {
    const browser = await launch({});
    const page = await browser.newPage();
    const sent = await sentHeaders(page, '/none');
    expect(sent['sec-gpc']).toBeUndefined();
    expect(sent['dnt']).toBeUndefined();

    await page.goto(site.page('/none/opt-out', consentPage({ config: { regime: 'opt-out' } })));
    expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl)).not.toBe(true);
    expect(await page.evaluate(() => navigator.doNotTrack)).not.toBe('1');
    const optOut = await state(page);
    expect(optOut.signals).toEqual({ gpc: false, dnt: false });
    expect(optOut.categories.advertising).toEqual({ granted: true, reason: 'default' });
    expect(optOut.needsDecision).toBe(false);
    expect(optOut.record).toBeNull();

    await page.goto(site.page('/none/opt-in', consentPage({ config: { regime: 'opt-in' } })));
    const optIn = await state(page);
    expect(optIn.categories.advertising).toEqual({ granted: false, reason: 'default' });
    expect(optIn.needsDecision).toBe(true);
    expect((await browser.context.cookies(site.url)).map((c) => c.name)).not.toContain('consentgate');
  });
});
