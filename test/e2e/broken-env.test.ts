// Broken environments in real Chromium: cookies switched off, storage that throws, a cookie
// setter that is ignored, the bundle loaded twice, late, async or not at all, and a host page
// whose own change listener throws. The page keeps working and nothing gated leaks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState } from '../../src/types';
import { launchChromium, makeProfile, type Browser, type Profile } from './support/chromium';
import { startSite, type Site } from './support/site';
import { pinBundle } from './support/stable-bundle';

type W = { consentgate: ConsentManager; __runs?: number; __pixel?: number };

const VENDOR = 'https://stats.vendor-standin.test/tag.js';
const STAND_INS = {
  'stats.vendor-standin.test/tag.js': {
    contentType: 'text/javascript',
    body: 'window.__runs = (window.__runs || 0) + 1; try { localStorage.setItem("_st_id", "1"); } catch (e) {}',
  },
};
const CONFIG = {
  regime: 'opt-in',
  categories: [
    {
      id: 'analytics',
      services: [{ id: 'stats', name: 'Stats', cookies: ['_st', '_st_x'], storageKeys: ['_st_id'] }],
    },
    { id: 'advertising' },
  ],
};
const GATED = `<script type="text/plain" data-consent="analytics" data-src="${VENDOR}"></script>`;
const BUNDLE = '<script src="/dist/consentgate.js"></script>';

function html({ head = BUNDLE, body = GATED, init = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>broken env</title>
${init}<script type="application/json" id="consentgate-config">${JSON.stringify(CONFIG)}</script>
${head}</head><body><main><h1>Article</h1><p>Text.</p></main>${body}</body></html>`;
}

let site: Site;
let pages = 0;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Opens `page` at a fresh path; retries while another build has dist/ deleted. */
async function open(page: Page, body: string): Promise<void> {
  const url = site.page(`/broken/${++pages}`, body);
  for (let attempt = 0; ; attempt++) {
    const response = await page.goto(url);
    const ok = await page.evaluate(() => typeof (window as unknown as W).consentgate?.acceptAll === 'function').catch(() => false);
    if (ok || attempt > 20 || !response?.ok()) return;
    await page.waitForTimeout(300);
  }
}
const api = <T>(page: Page, run: (cg: ConsentManager) => T) =>
  page.evaluate(`(${run.toString()})(window.consentgate)`) as Promise<T>;
const state = (page: Page) => api(page, (cg) => cg.state()) as Promise<ConsentState>;
const runs = (page: Page) => page.evaluate(() => (window as unknown as W).__runs ?? 0);
const waitRuns = (page: Page, n: number) =>
  page.waitForFunction((want) => ((window as unknown as W).__runs ?? 0) === want, n, { timeout: 3000 });
const banner = (page: Page) => page.waitForSelector('consentgate-ui > button', { timeout: 5000 });

/** Page errors a visitor would see as a broken page (uncaught exceptions). */
function crashes(page: Page): Error[] {
  const list: Error[] = [];

  page.on('pageerror', (error) => list.push(error));
  return list;
}

describe('cookies disabled in the browser settings', () => {
  let browser: Browser;
  let profile: Profile;
  beforeAll(async () => {
    profile = makeProfile();
    // The content setting a person sets under Settings › Cookies › "Block all cookies".
    mkdirSync(join(profile.dir, 'Default'), { recursive: true });
    writeFileSync(
      join(profile.dir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
    browser = await launchChromium({ profile: profile.dir, standIns: STAND_INS });
    await pinBundle(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    profile?.remove();
  });

  it('works for the page: banner, a decision that holds, one run; after reload a fresh choice is needed', async () => {
    const page = await browser.newPage();
    const errors = crashes(page);
    await open(page, html());
    // The profile really blocks cookies: a write does not stick.
    expect(await page.evaluate(() => ((document.cookie = 'probe=1'), document.cookie))).toBe('');
    await banner(page);
    expect((await state(page)).needsDecision).toBe(true);
    expect(await runs(page)).toBe(0);

    await api(page, (cg) => cg.acceptAll());
    const after = await state(page);
    expect(after.persisted).toBe(false);
    expect(after.categories.analytics!.granted).toBe(true);
    await waitRuns(page, 1);
    await page.waitForTimeout(200);
    expect(await runs(page)).toBe(1);

    await page.reload();
    await banner(page);
    const reloaded = await state(page);
    expect(reloaded.needsDecision).toBe(true);
    expect(reloaded.categories.analytics!.granted).toBe(false);
    expect(reloaded.categories.advertising!.granted).toBe(false);
    await page.waitForTimeout(300);
    expect(await runs(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile page environments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ standIns: STAND_INS });
    await pinBundle(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await browser.context.clearCookies();
  });

  it('localStorage and sessionStorage throwing on access (Safari private mode style)', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    const errors = crashes(page);
    await open(page, html());
    expect(await page.evaluate(() => { try { return void localStorage, 'open'; } catch { return 'throws'; } })).toBe('throws');
    await banner(page);
    await api(page, (cg) => cg.acceptAll());
    expect((await state(page)).categories.analytics!.granted).toBe(true);
    await waitRuns(page, 1);
    // Withdrawal runs the cleanup over cookies and both storages; it must not crash the page.
    await page.evaluate(() => { document.cookie = '_st=1; path=/'; document.cookie = '_st_x=2; path=/'; });
    await api(page, (cg) => cg.set({ analytics: false }));
    const withdrawn = await state(page);
    expect(withdrawn.categories.analytics!.granted).toBe(false);
    expect(withdrawn.persisted).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/_st/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a document.cookie setter that is ignored: persisted false, the decision holds for the page', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => '', set() {} });
    });
    const errors = crashes(page);
    await open(page, html());
    await banner(page);
    await api(page, (cg) => cg.acceptAll());
    const after = await state(page);
    expect(after.persisted).toBe(false);
    expect(after.categories.analytics!.granted).toBe(true);
    await waitRuns(page, 1);
    await page.waitForTimeout(200);
    expect(await runs(page)).toBe(1);
    expect(await api(page, (cg) => cg.get('analytics'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loaded twice: one manager, one banner, the gated script runs once', async () => {
    const page = await browser.newPage();
    await open(page, html({ head: BUNDLE + BUNDLE }));
    await banner(page);
    expect(await page.locator('consentgate-ui').count()).toBe(1);
    const changes = await page.evaluate(() => {
      const w = window as unknown as W & { __changes: number };
      w.__changes = 0;
      document.addEventListener('consentgate:change', () => w.__changes++);
      w.consentgate.acceptAll();
      return new Promise<number>((r) => setTimeout(() => r(w.__changes), 300));
    });
    expect(changes).toBe(1); // a second manager would announce the change twice
    await waitRuns(page, 1);
    await page.waitForTimeout(300);
    expect(await runs(page)).toBe(1);
    await page.close();
  });

  for (const [name, body] of [
    ['loaded late (after the declared trackers in the body)', GATED + BUNDLE],
    ['loaded async', GATED + '<script async src="/dist/consentgate.js"></script>'],
  ] as const) {
    it(`${name}: declared trackers stay inert until consent, then run once`, async () => {
      const page = await browser.newPage();
      const from = browser.thirdPartyRequests.length;
      await open(page, html({ head: '', body }));
      await banner(page);
      await page.waitForTimeout(300);
      expect(await runs(page)).toBe(0);
      expect(browser.thirdPartyRequests.slice(from)).toEqual([]);
      await api(page, (cg) => cg.acceptAll());
      await waitRuns(page, 1);
      await page.waitForTimeout(300);
      expect(await runs(page)).toBe(1);
      await page.close();
    });
  }

  it('failing to load (404): every declared script, image and iframe stays inert, zero third-party requests', async () => {
    const page = await browser.newPage();
    const from = browser.thirdPartyRequests.length;
    const body = `${GATED}
<script type="text/plain" data-consent="analytics">window.__runs = (window.__runs || 0) + 1;</script>
<img data-consent="advertising" data-src="https://pixel.vendor-standin.test/p.gif" alt="">
<iframe data-consent="advertising" data-src="https://video.vendor-standin.test/embed/1" title="video"></iframe>`;
    await page.goto(site.page(`/broken/${++pages}`, html({ head: '<script src="/dist/does-not-exist.js"></script>', body })));
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => typeof (window as { consentgate?: unknown }).consentgate)).toBe('undefined');
    expect(await runs(page)).toBe(0);
    expect(browser.thirdPartyRequests.slice(from)).toEqual([]);
    expect(await page.locator('img[src], iframe[src], script[src*="vendor-standin"]').count()).toBe(0);
    await page.close();
  });

  it("another script's throwing change listener stops neither the other listeners nor the gate", async () => {
    const page = await browser.newPage();
    const errors = crashes(page);
    await open(page, html());
    await banner(page);
    const heard = await page.evaluate(() => {
      const w = window as unknown as W & { __heard: boolean[] };
      w.__heard = [];
      w.consentgate.on('change', () => {
        throw new Error('a host page bug');
      });
      w.consentgate.on('change', (event) => w.__heard.push(event.state.categories.analytics!.granted));
      w.consentgate.acceptAll();
      return w.__heard;
    });
    expect(heard).toEqual([true]);
    await waitRuns(page, 1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
