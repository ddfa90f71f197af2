// The demo site (demo/, served by `npm start`) in real Chromium: its config is valid, it loads
// nothing from third parties, and the demo panel shows and drives the live consent state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState } from '../../src/types';
import { launchChromium, type Browser } from './support/chromium';
import { startSite, type Site } from './support/site';
// @ts-expect-error: a plain .mjs module shared with `npm start`
import { startStaticServer } from '../../scripts/static-server.mjs';

type W = { consentgate: ConsentManager };

const state = (page: Page): Promise<ConsentState> => page.evaluate(() => (window as unknown as W).consentgate.state());

/** What the panel shows for a category or service: the badge text and the reason. */
const shown = async (page: Page, kind: 'category' | 'service', id: string) => {
  const row = page.locator(`[data-demo-${kind}="${id}"]`);
  return {
    state: await row.locator('[data-demo-field="state"]').textContent(),
    reason: await row.locator('[data-demo-field="reason"]').textContent(),
  };
};

const fact = (page: Page, name: string) => page.locator(`[data-demo="${name}"]`).textContent();

describe('the demo site', () => {
  let site: Site;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let failedRequests: string[];

  beforeAll(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    browser.thirdPartyRequests.length = 0;
    pageErrors = [];
    failedRequests = [];
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()} ${response.status()}`);
    });
    return () => page.close();
  });

  // Region DE: opt-in, so nothing is granted before a choice whatever the machine's time zone.
  const demo = (query = '?region=DE') => `${site.url}/demo/index.html${query}`;

  it('loads with a valid config, every asset, and no request to a third party', async () => {
    await page.goto(demo(), { waitUntil: 'networkidle' });

    const current = await state(page);
    expect(current.configErrors).toEqual([]);
    expect(current.regime).toBe('opt-in');
    expect(current.region).toBe('DE');
    expect(current.needsDecision).toBe(true);
    expect(Object.keys(current.categories)).toEqual([
      'necessary', 'functional', 'analytics', 'advertising', 'session_replay', 'social',
    ]);
    expect(Object.keys(current.services)).toEqual(expect.arrayContaining([
      'google-analytics', 'meta-pixel', 'criteo', 'hotjar', 'facebook', 'instagram', 'linkedin', 'x-twitter',
    ]));
    const config = await page.evaluate(() => (window as unknown as W).consentgate.config);
    expect(config.dnt).toBe('ignore');
    expect(config.revision).toBe('2024-10-03');

    expect(browser.thirdPartyRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The panel shows the same state.
    expect(await fact(page, 'config-errors')).toBe('none');
    expect(await fact(page, 'regime')).toBe('opt-in');
    expect(await fact(page, 'region')).toBe('DE');
    expect(await fact(page, 'needs-decision')).toBe('yes');
    expect(await shown(page, 'category', 'analytics')).toEqual({ state: 'denied', reason: 'default' });
    expect(await shown(page, 'category', 'necessary')).toEqual({ state: 'granted', reason: 'necessary' });
    expect(await page.locator('[data-demo-service]').count()).toBe(Object.keys(current.services).length);
    // Nothing gated has run: no tracker cookie on the page.
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/_ga|_fbp|_hj/);
    // The footer link the UI opens the preferences from.
    expect(await page.locator('.site-footer [data-consentgate="open-preferences"]').textContent()).toBe('Privacy settings');
  });

  it('Accept all in the panel grants analytics, and the choice survives a reload', async () => {
    await page.goto(demo());
    await page.locator('[data-demo-action="accept-all"]').click();

    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'granted', reason: 'choice' });
    expect(await shown(page, 'service', 'google-analytics')).toEqual({ state: 'granted', reason: 'choice' });
    expect(await fact(page, 'needs-decision')).toBe('no');
    expect(await fact(page, 'persisted')).toBe('yes');
    expect(await fact(page, 'record')).toContain('"method": "accept-all"');
    expect(await page.locator('[data-demo="log"] .log-decision').first().textContent()).toContain('accept-all');
    expect(await page.locator('[data-demo-category="analytics"] input').isChecked()).toBe(true);

    await page.reload();
    expect(await shown(page, 'category', 'analytics')).toEqual({ state: 'granted', reason: 'choice' });
    expect(await fact(page, 'needs-decision')).toBe('no');
    expect((await state(page)).record?.method).toBe('accept-all');
    expect(pageErrors).toEqual([]);
  });

  it('Reject all in the panel shows everything optional denied', async () => {
    await page.goto(demo());
    await page.locator('[data-demo-action="accept-all"]').click();
    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'granted', reason: 'choice' });

    await page.locator('[data-demo-action="reject-all"]').click();
    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'denied', reason: 'choice' });
    expect(await shown(page, 'category', 'advertising')).toEqual({ state: 'denied', reason: 'choice' });
    expect(await shown(page, 'service', 'hotjar')).toEqual({ state: 'denied', reason: 'choice' });
    expect(await shown(page, 'category', 'necessary')).toEqual({ state: 'granted', reason: 'necessary' });
    expect(await fact(page, 'record')).toContain('"method": "reject-all"');

    await page.reload();
    expect(await shown(page, 'category', 'analytics')).toEqual({ state: 'denied', reason: 'choice' });
    expect(pageErrors).toEqual([]);
  });

  it('Save choices records the checked categories as a custom choice, and Reset asks again', async () => {
    await page.goto(demo());
    await page.locator('[data-demo-category="analytics"] input').check();
    await page.locator('[data-demo="choices"] button[type="submit"]').click();

    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'granted', reason: 'choice' });
    expect(await shown(page, 'category', 'advertising')).toEqual({ state: 'denied', reason: 'choice' });
    expect((await state(page)).record?.method).toBe('custom');

    await page.locator('[data-demo-action="reset"]').click();
    await expect.poll(() => fact(page, 'needs-decision')).toBe('yes');
    expect(await shown(page, 'category', 'analytics')).toEqual({ state: 'denied', reason: 'default' });
    expect(await fact(page, 'record')).toMatch(/^none/);
    expect(pageErrors).toEqual([]);
  });

  it('takes regime, region and DNT from the address bar, still with a valid config', async () => {
    await page.goto(demo('?regime=notice&region=us-ca&dnt=honor'));
    const current = await state(page);
    expect(current.configErrors).toEqual([]);
    expect(current.regime).toBe('notice');
    expect(current.region).toBe('US-CA');
    expect(await page.evaluate(() => (window as unknown as W).consentgate.config.dnt)).toBe('honor');
    expect(await fact(page, 'regime')).toBe('notice');
    expect(await fact(page, 'dnt')).toBe('off · config: honor');
    expect(await page.locator('select[name="regime"]').inputValue()).toBe('notice');
    expect(await page.locator('select[name="region"]').inputValue()).toBe('US-CA');

    // The switcher form reloads the page with the chosen values and nothing empty.
    await page.locator('select[name="regime"]').selectOption('opt-out');
    await page.locator('select[name="region"]').selectOption('');
    await Promise.all([page.waitForURL(/\?regime=opt-out&dnt=honor$/), page.locator('[data-demo="switcher"] button[type="submit"]').click()]);
    expect((await state(page)).regime).toBe('opt-out');

    // A value that is not one is ignored, not passed on to fail validation.
    await page.goto(demo('?regime=strict'));
    expect((await state(page)).configErrors).toEqual([]);
    expect(await fact(page, 'switches')).toContain('regime=strict');
    expect(pageErrors).toEqual([]);
  });

  it('builds the privacy page cookie table from the config', async () => {
    await page.goto(`${site.url}/demo/privacy.html`, { waitUntil: 'networkidle' });
    const analytics = page.locator('[data-demo="cookie-tables"] [data-category="analytics"]');
    expect(await analytics.locator('h3').textContent()).toBe('Analytics');
    const text = await analytics.locator('table').textContent();
    expect(text).toContain('Google Analytics');
    expect(text).toContain('_ga_…');
    expect(text).toContain('_gid');
    expect(await analytics.locator('a').getAttribute('href')).toBe('https://policies.google.com/privacy');
    expect(browser.thirdPartyRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('fits a narrow phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(demo());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('[data-demo-action="accept-all"]').click();
    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'granted', reason: 'choice' });
  });

  it('is served at the root the way `npm start` serves it', async () => {
    const root = await startStaticServer({ mounts: { '/dist/': 'dist', '/': 'demo' } });
    try {
      await page.goto(`${root.url}/?region=DE`, { waitUntil: 'networkidle' });
      expect((await state(page)).configErrors).toEqual([]);
      expect(await fact(page, 'regime')).toBe('opt-in');
      expect(browser.thirdPartyRequests).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
      await root.close();
    }
  });
});
