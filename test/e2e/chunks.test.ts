// The script tag's split loading in real Chromium: consentgate.js carries no UI; the UI chunk is
// fetched from beside it only when the page needs it, pinned by its SHA-384, and a chunk that
// cannot be loaded leaves everything optional off while the API keeps working.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { CONFIG, uiPage, uiState } from './support/ui-page';

const suite = chromiumSuite();
let page: Page;
beforeEach(() => {
  page = suite.page;
});

const CHUNK = '/dist/consentgate-ui.js';
const GATED = '<script type="text/plain" data-consent="analytics">window.ran = true</script>';
const TRIGGER = '<button data-consentgate="open-preferences">Cookie settings</button>';
let pages = 0;
const open = (options: Parameters<typeof uiPage>[0] = {}) =>
  page.goto(suite.site.page(`/chunks/${++pages}`, uiPage({ config: CONFIG, ...options })));
const chunkRequests = () => suite.requests.filter((path) => path === CHUNK).length;
const ran = () => page.evaluate(() => (window as { ran?: boolean }).ran === true);
/** A decision stored on an earlier visit, so no banner is due. */
async function returning(ui: object): Promise<void> {
  await open({ config: { ...CONFIG, ui } });
  await page.evaluate(() => (window as unknown as { consentgate: { rejectAll(): void } }).consentgate.rejectAll());
  suite.requests.length = 0;
}

describe('what a page loads', () => {
  it('a returning visitor without a re-open control loads no UI at all, until they show intent to open the preferences', async () => {
    await returning({ reopen: false });
    await open({ config: { ...CONFIG, ui: { reopen: false } }, body: `<main><p>Article</p>${TRIGGER}</main>` });
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(suite.requests).toContain('/dist/consentgate.js');
    expect(chunkRequests()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('consentgate-ui'))).toBeNull();

    // Pointing at the page's own control starts the download; the click opens the dialog.
    await page.hover('button[data-consentgate=open-preferences]');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/consentgate-ui.js')));
    await page.click('button[data-consentgate=open-preferences]');
    await page.waitForSelector('dialog.d[open]');
    expect(chunkRequests()).toBe(1);
    expect(suite.errors).toEqual([]);
  });

  it('a first visit fetches the UI chunk with the integrity hash and nonce of the build, and shows the banner', async () => {
    const nonce = 'n0nce-chunks';
    await page.goto(
      suite.site.page(`/chunks/${++pages}`, uiPage({ config: CONFIG, nonce }), {
        'Content-Security-Policy': `script-src 'nonce-${nonce}'; style-src 'self'`,
      }),
    );
    await page.waitForSelector('consentgate-ui > button');
    const script = await page.evaluate((chunk) => {
      const el = document.querySelector<HTMLScriptElement>(`script[src$="${chunk}"]`)!;
      return { integrity: el.integrity, nonce: el.nonce };
    }, CHUNK);
    const built = readFileSync('dist/consentgate.js', 'utf8');
    expect(script.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(built).toContain(script.integrity);
    expect(script.nonce).toBe(nonce);
    expect(suite.errors).toEqual([]);
  });
});

describe('a chunk that cannot be loaded fails closed', () => {
  const cases: Array<[string, (body: Buffer) => { status: number; body: string }]> = [
    ['tampered with (not matching its hash)', (body) => ({ status: 200, body: `${body};window.ran=true` })],
    ['missing', () => ({ status: 404, body: 'not found' })],
  ];
  it.each(cases)('%s: one retry, one console error naming the file, nothing granted, the API still works', async (_, answer) => {
    await page.route(`**${CHUNK}`, (route) => {
      const { status, body } = answer(readFileSync(`dist${CHUNK.slice('/dist'.length)}`));
      return route.fulfill({ status, contentType: 'text/javascript', body });
    });
    // Each attempt is a script element of its own (a refused copy may come from the cache, unseen by the network log).
    await page.addInitScript(() => {
      const w = window as { attempts?: number };
      w.attempts = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if ((n as HTMLScriptElement).src?.endsWith('/consentgate-ui.js')) w.attempts! += 1;
      }).observe(document, { childList: true, subtree: true });
    });
    const attempts = () => page.evaluate(() => (window as { attempts?: number }).attempts);
    await open({ body: `<main><p>Article</p>${GATED}</main>` });
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await attempts()).toBe(2);
    const reported = suite.errors.filter((e) => e.startsWith('consentgate:'));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('consentgate-ui.js');
    expect(await page.locator('consentgate-ui').count()).toBe(0);
    expect(await ran()).toBe(false);
    const state = await uiState(page);
    expect(state.needsDecision).toBe(true);
    for (const id of ['analytics', 'advertising', 'social']) expect(state.categories[id]!.granted).toBe(false);

    // showPreferences() tries again (still refused here), and the decision API works without the UI.
    await page.evaluate(() => (window as unknown as { consentgate: { showPreferences(): void } }).consentgate.showPreferences());
    await page.waitForTimeout(500);
    expect(await attempts()).toBe(4);
    expect(suite.errors.filter((e) => e.startsWith('consentgate:'))).toHaveLength(2);
    await page.evaluate(() => (window as unknown as { consentgate: { acceptAll(): void } }).consentgate.acceptAll());
    await page.waitForFunction(() => (window as { ran?: boolean }).ran === true);
    expect((await uiState(page)).categories.analytics!.granted).toBe(true);
  });
});
