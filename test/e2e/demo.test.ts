// The demo site (demo/, served by `npm start`) in real Chromium: its config is valid, it loads
// nothing from third parties, the demo panel shows and drives the live consent state, and the
// product's UI (banner, preferences, privacy-choices link, cookie declaration) runs on it.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState } from '../../src/types';
import { chromiumSuite } from './support/suite';
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

/** The first layer's buttons: light DOM children of <consentgate-ui>, where visitors' tools look. */
const bannerButton = (page: Page, name: string) => page.locator('consentgate-ui > button', { hasText: name });
const bannerButtons = (page: Page) => page.$$eval('consentgate-ui > button', (buttons) => buttons.map((b) => b.textContent));

/** Viewport boxes of the banner frame (in the UI's shadow root) and of the demo panel. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const { top, bottom, left, right } = el.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return {
      banner: box(document.querySelector('consentgate-ui')?.shadowRoot?.querySelector('[part=banner]')),
      panel: box(document.querySelector('#demo-panel')),
    };
  });

/** True when the element's centre is not under anything else (the banner, say). */
const onTop = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const { left, top, width, height } = el.getBoundingClientRect();
    const hit = document.elementFromPoint(left + width / 2, top + height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });

describe('the demo site', () => {
  const suite = chromiumSuite();
  /** This test's page (the suite opens a fresh one for each), its errors and failed requests. */
  let page: Page;
  let pageErrors: string[];
  let failedRequests: string[];
  beforeEach(() => {
    ({ page, errors: pageErrors } = suite);
    failedRequests = [];
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()} ${response.status()}`);
    });
  });
  // Nothing on the demo reaches a third party: not the trackers' stand-ins, not the UI, not its language files.
  afterEach(() => {
    expect(suite.browser.thirdPartyRequests).toEqual([]);
  });

  // Region DE: opt-in, so nothing is granted before a choice whatever the machine's time zone.
  const demo = (query = '?region=DE') => `${suite.site.url}/demo/index.html${query}`;

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

    expect(suite.browser.thirdPartyRequests).toEqual([]);
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
    // The footer link the UI opens the preferences from; the privacy-choices item is for the opt-out regime.
    expect(await page.locator('.site-footer [data-consentgate="open-preferences"]').textContent()).toBe('Privacy settings');
    expect(await page.locator('[data-demo="privacy-choices-item"]').isHidden()).toBe(true);
  });

  it('shows the banner on a first visit in the opt-in regime; its Reject all hides it and denies analytics', async () => {
    await page.goto(demo());
    await page.waitForSelector('consentgate-ui > button');
    expect(await bannerButtons(page)).toEqual(['Accept all', 'Reject all', 'Customise']);
    const reject = bannerButton(page, 'Reject all');
    // A light-DOM button, not one inside the shadow root.
    expect(await reject.evaluate((b) => b.getRootNode() === document)).toBe(true);
    expect(await fact(page, 'needs-decision')).toBe('yes');

    await reject.click();
    await expect.poll(() => page.locator('consentgate-ui > button').count()).toBe(0);
    expect(await page.locator('consentgate-ui [part=banner]').count()).toBe(0);
    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'denied', reason: 'choice' });
    expect(await shown(page, 'category', 'advertising')).toEqual({ state: 'denied', reason: 'choice' });
    expect(await fact(page, 'needs-decision')).toBe('no');
    expect((await state(page)).record?.method).toBe('reject-all');

    // Decided: no banner after a reload either.
    await page.reload();
    await page.waitForSelector('consentgate-ui', { state: 'attached' });
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('opens the preferences dialog from the panel and from the footer link', async () => {
    await page.goto(demo());
    await page.waitForSelector('consentgate-ui > button');
    await page.locator('[data-demo-action="show-preferences"]').click();
    await page.waitForSelector('consentgate-ui dialog[open]');
    expect(await page.locator('[data-demo="log"]').textContent()).toContain('showPreferences()');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('consentgate-ui dialog[open]').count()).toBe(0);

    await page.locator('.site-footer [data-consentgate="open-preferences"]').click();
    await page.waitForSelector('consentgate-ui dialog[open]');
    expect(pageErrors).toEqual([]);
  });

  it('keeps the panel clear of the banner, beside the article and on a phone', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(demo());
    await page.waitForSelector('consentgate-ui > button');
    // The sticky panel ends above the bottom bar, so its last button can be scrolled into view.
    await expect.poll(async () => {
      const { banner, panel } = await boxes(page);
      return panel!.bottom <= banner!.top;
    }).toBe(true);
    await page.locator('[data-demo-action="clear-log"]').scrollIntoViewIfNeeded();
    expect(await onTop(page, '[data-demo-action="clear-log"]')).toBe(true);
    await page.locator('[data-demo-action="clear-log"]').click();
    expect(await page.locator('[data-demo="log"] li').count()).toBe(0);

    // A top bar: the panel starts below it.
    await page.goto(demo('?region=DE&position=top'));
    await page.waitForSelector('consentgate-ui > button');
    await expect.poll(async () => {
      const { banner, panel } = await boxes(page);
      return panel!.top >= banner!.bottom;
    }).toBe(true);
    expect(await onTop(page, '[data-demo-action="accept-all"]')).toBe(true);

    // Stacked on a phone: the page gets room below its end to scroll the panel clear of the bar.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(demo());
    await page.waitForSelector('consentgate-ui > button');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await onTop(page, '[data-demo-action="clear-log"]')).toBe(true);
    await page.locator('[data-demo-action="reject-all"]').click();
    await expect.poll(() => shown(page, 'category', 'analytics')).toEqual({ state: 'denied', reason: 'choice' });
    expect(pageErrors).toEqual([]);
  });

  it('lays the banner out right to left with ?lang=ar', async () => {
    await page.goto(demo('?region=DE&lang=ar'), { waitUntil: 'networkidle' });
    await page.waitForSelector('consentgate-ui > button');
    expect(await bannerButtons(page)).toEqual(['قبول الكل', 'رفض الكل', 'تخصيص']);
    const layout = await page.evaluate(() => {
      const host = document.querySelector('consentgate-ui')!;
      return {
        lang: host.getAttribute('lang'),
        hostDir: host.getAttribute('dir'),
        rootDir: host.shadowRoot!.querySelector('.r')!.getAttribute('dir'),
        direction: getComputedStyle(host.querySelector('p')!).direction,
      };
    });
    expect(layout).toEqual({ lang: 'ar', hostDir: 'rtl', rootDir: 'rtl', direction: 'rtl' });
    expect(await page.locator('select[name="lang"]').inputValue()).toBe('ar');
    expect(await fact(page, 'switches')).toContain('lang=ar');
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the "Your Privacy Choices" link and no banner in the opt-out regime', async () => {
    await page.goto(demo('?regime=opt-out&region=US-CA'));
    await page.waitForSelector('[data-consentgate="privacy-choices"] a');
    expect((await state(page)).needsDecision).toBe(false);
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);
    expect(await page.locator('consentgate-ui [part=banner]').count()).toBe(0);
    const item = page.locator('[data-demo="privacy-choices-item"]');
    expect(await item.isVisible()).toBe(true);
    const link = item.locator('[data-consentgate="privacy-choices"] a');
    expect((await link.textContent())?.trim()).toBe('Your Privacy Choices');
    expect(await link.locator('svg').getAttribute('aria-label')).toBeTruthy();
    // The site's own link is there too, so no floating button is added.
    expect(await page.locator('consentgate-ui [part=reopen]').count()).toBe(0);

    await link.click();
    await page.waitForSelector('consentgate-ui dialog[open]');
    expect(pageErrors).toEqual([]);
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

  it('takes the UI options from the address bar, and ignores values the UI does not have', async () => {
    await page.goto(demo('?region=DE&layout=box&position=top-left&theme=dark&lang=de&reopen=bottom-right'));
    await page.waitForSelector('consentgate-ui > button');
    expect(await bannerButtons(page)).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    const frame = await page.evaluate(() => {
      const host = document.querySelector('consentgate-ui')!;
      return { lang: host.getAttribute('lang'), class: host.shadowRoot!.querySelector('[part=banner]')!.className };
    });
    expect(frame).toEqual({ lang: 'de', class: 'f box top left' });
    expect(await page.evaluate(() => document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('.r')!.className)).toBe('r dark');
    for (const [name, value] of [['layout', 'box'], ['position', 'top-left'], ['theme', 'dark'], ['lang', 'de'], ['reopen', 'bottom-right']]) {
      expect(await page.locator(`select[name="${name}"]`).inputValue()).toBe(value);
    }
    expect(await fact(page, 'ui')).toContain('box · top-left · theme dark · language de');

    // The form carries the UI switches, and the block checkbox only when ticked.
    await page.locator('select[name="layout"]').selectOption('modal');
    await page.locator('select[name="position"]').selectOption('');
    await page.locator('select[name="reopen"]').selectOption('');
    await page.locator('input[name="block"]').check();
    await Promise.all([
      page.waitForURL(/\?regime=auto&region=DE&dnt=ignore&layout=modal&block=1&theme=dark&lang=de$/),
      page.locator('[data-demo="switcher"] button[type="submit"]').click(),
    ]);
    await page.waitForSelector('consentgate-ui dialog[part=banner][open]');
    expect(await page.locator('input[name="block"]').isChecked()).toBe(true);

    // Invalid values are left out (the UI would only log them) and listed in the panel.
    await page.goto(demo('?region=DE&layout=sideways&position=middle&theme=blue&lang=xx&reopen=always&block=maybe'));
    await page.waitForSelector('consentgate-ui > button');
    expect(await page.evaluate(() => (window as unknown as { consentgateConfig: { ui: object } }).consentgateConfig.ui)).toEqual({});
    const switches = await fact(page, 'switches');
    for (const ignored of ['layout=sideways', 'position=middle', 'theme=blue', 'lang=xx', 'reopen=always', 'block=maybe']) {
      expect(switches).toContain(ignored);
    }
    expect(await bannerButtons(page)).toEqual(['Accept all', 'Reject all', 'Customise']);
    expect(failedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the cookie declaration consentgate renders from the config on the privacy page', async () => {
    await page.goto(`${suite.site.url}/demo/privacy.html?region=DE`, { waitUntil: 'networkidle' });
    const declaration = page.locator('[data-consentgate="cookie-table"]');
    await declaration.locator('table').first().waitFor();
    // The fallback note is hidden, and every category has its section.
    expect(await page.locator('.cookie-fallback').isHidden()).toBe(true);
    expect(await declaration.locator('section strong').allTextContents()).toEqual([
      'Strictly necessary', 'Functional', 'Analytics', 'Advertising', 'Session replay', 'Social media',
    ]);
    const analytics = declaration.locator('section', { has: page.locator('strong', { hasText: /^Analytics$/ }) });
    expect(await analytics.locator('td code').allTextContents()).toEqual(['_ga', '_ga_*', '_gid']);
    const ga = analytics.locator('tr', { has: page.locator('td code', { hasText: /^_ga$/ }) });
    expect(await ga.locator('td').allTextContents()).toEqual([
      '_ga', 'Google Analytics (Google LLC)', '2 years', 'Distinguishes visitors with a random client id.',
    ]);
    // The banner runs on this page too, and the page still has its settings link.
    await page.waitForSelector('consentgate-ui > button');
    expect(await page.locator('.site-footer [data-consentgate="open-preferences"]').textContent()).toBe('Privacy settings');
    expect(await page.locator('[data-demo="privacy-choices-item"]').isHidden()).toBe(true);
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
      expect(suite.browser.thirdPartyRequests).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
      await root.close();
    }
  });
});
