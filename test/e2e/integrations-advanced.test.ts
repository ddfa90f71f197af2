// Consent Mode advanced mode in real Chromium: enabled only for the regions the config lists.
// The page loads gtag.js UNGATED, as a site choosing advanced mode does. In a basic region the
// gate's built-in rules hold it until consent; in an advanced region it loads at once, after
// the `default` (denied under opt-in) that is dataLayer entry 0. Markup-gated tags stay gated.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ConsentManager } from '../../src/types';
import { DENIED, dataLayer, GA_ID, GOOGLE_HOSTS, GTAG_STAND_IN } from './support/integrations-pages';
import { consentPage } from './support/site';
import { chromiumSuite } from './support/suite';

type W = { consentgate: ConsentManager; __gtagRan?: number };

/**
 * gtag.js loaded the advanced-mode way (no data-consent), an Ads tag the page gates itself, then
 * the snippet. `html`: Google's `<script async src>` in the page; `code`: inserted by a script, as
 * the Tag Manager snippet does. The gate's runtime blocking stops both from running, but only the
 * inserted one from being requested: Chromium's preload scanner fetches a `src` in the page's own
 * HTML before any script runs (README, "What JavaScript cannot catch"), so basic mode needs that
 * tag marked up with data-consent.
 */
const head = (loader: 'html' | 'code') => `${
  loader === 'html'
    ? `<script async src="https://www.googletagmanager.com/gtag/js?id=${GA_ID}"></script>`
    : `<script>(function(){var j=document.createElement('script');j.async=true;j.src='https://www.googletagmanager.com/gtag/js?id=${GA_ID}';document.head.appendChild(j);})();</script>`
}
<script type="text/plain" data-consent="advertising" src="https://www.googletagmanager.com/gtag/js?id=AW-1234"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', '${GA_ID}');</script>`;

const suite = chromiumSuite({ pagePerTest: false, standIns: GTAG_STAND_IN });

/** Opens a page (retrying while another build replaces dist/) and returns the third-party requests it made. */
async function open(path: string, config: unknown, loader: 'html' | 'code'): Promise<{ page: Page; requests: () => string[] }> {
  const url = suite.site.page(path, consentPage({ config, head: head(loader), body: '<p>article</p>' }));
  for (let attempt = 1; ; attempt++) {
    const page = await suite.browser.newPage();
    await page.context().clearCookies();
    const from = suite.browser.thirdPartyRequests.length;
    const ready = await page
      .goto(url)
      .then(() => page.waitForFunction(() => 'consentgate' in window, undefined, { timeout: 5000 }))
      .then(() => true, () => false);
    if (ready) {
      await page.waitForLoadState('networkidle');
      return { page, requests: () => suite.browser.thirdPartyRequests.slice(from) };
    }
    await page.close();
    if (attempt === 5) throw new Error('consentgate.js did not load from /dist');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

const ran = (page: Page) => page.evaluate(() => (window as unknown as W).__gtagRan);

async function expectDefaultFirst(page: Page): Promise<void> {
  const entries = await dataLayer(page);
  expect(entries[0]!.isArguments).toBe(true);
  expect(entries[0]!.args).toEqual(['consent', 'default', DENIED]);
  expect(entries.filter((e) => e.args?.[0] === 'consent' && e.args[1] === 'update')).toEqual([]);
}

const BASIC_DE = { region: 'DE', regime: 'opt-in', consentMode: { advanced: ['US'] } };
const ADVANCED_US = { region: 'US', regime: 'opt-in', consentMode: { advanced: ['US'] } };
const google = (requests: string[]) => requests.filter((u) => GOOGLE_HOSTS.test(u));

describe('Consent Mode advanced mode, per region', () => {
  it('basic region (DE, not listed): the gate holds an ungated gtag.js; nothing reaches Google before consent', async () => {
    const { page, requests } = await open('/basic', BASIC_DE, 'code');
    await expectDefaultFirst(page);
    expect(google(requests())).toEqual([]);
    expect(await ran(page)).toBeUndefined();

    await page.evaluate(() => (window as unknown as W).consentgate.acceptAll());
    // The loader and the Ads tag are both released (the stand-in counts each run).
    await expect.poll(() => ran(page), { timeout: 5000 }).toBe(2);
    expect(google(requests()).map((u) => u.split('=')[1]).sort()).toEqual(['AW-1234', GA_ID]);
    await page.close();
  });

  it('basic region: an ungated gtag.js in the HTML does not run before consent', async () => {
    const { page, requests } = await open('/basic-html', BASIC_DE, 'html');
    await expectDefaultFirst(page);
    expect(await ran(page)).toBeUndefined();
    // At most the preload scanner's fetch of the loader itself; the markup-gated Ads tag not at all.
    expect(google(requests()).filter((u) => !u.endsWith(`gtag/js?id=${GA_ID}`))).toEqual([]);
    await page.close();
  });

  for (const loader of ['html', 'code'] as const) {
    it(`advanced region (US, listed), ${loader} loader: gtag.js loads before consent, after the denied default at entry 0; markup-gated tags wait`, async () => {
      const { page, requests } = await open(`/advanced-${loader}`, ADVANCED_US, loader);
      await expectDefaultFirst(page);
      expect(await page.evaluate(() => (window as unknown as W).consentgate.state().region)).toBe('US');
      await expect.poll(() => ran(page), { timeout: 5000 }).toBe(1);
      expect(google(requests())).toEqual([`https://www.googletagmanager.com/gtag/js?id=${GA_ID}`]);

      // The Ads tag the page gated itself is released only by consent, as in basic mode.
      await page.evaluate(() => (window as unknown as W).consentgate.acceptAll());
      await expect.poll(() => requests().some((u) => u.includes('gtag/js?id=AW-1234')), { timeout: 5000 }).toBe(true);
      const updates = (await dataLayer(page)).filter((e) => e.args?.[0] === 'consent' && e.args[1] === 'update');
      expect(updates).toHaveLength(1);
      await page.close();
    });
  }

  it('a malformed advanced list means basic mode, even in the region it tried to name', async () => {
    const { page, requests } = await open('/invalid', { ...ADVANCED_US, consentMode: { advanced: ['usa'] } }, 'code');
    await expectDefaultFirst(page);
    expect(google(requests())).toEqual([]);
    expect(await ran(page)).toBeUndefined();
    await page.close();
  });
});
