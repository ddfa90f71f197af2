// A choice made in one tab reaches the site's other open tabs within a second, withdrawal too.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { consentPage } from './support/site';
import { chromiumSuite } from './support/suite';

type W = { consentgate: ConsentManager };

const suite = chromiumSuite({ pagePerTest: false });

const analytics = (page: Page) => page.evaluate(() => (window as unknown as W).consentgate.get('analytics'));
const waitForAnalytics = (page: Page, granted: boolean) =>
  page.waitForFunction((want) => (window as unknown as W).consentgate.get('analytics') === want, granted, { timeout: 1000 });

it('applies a decision and its withdrawal in the other open tab within a second', async () => {
  const url = suite.site.page('/tabs', consentPage({ config: { regime: 'opt-in' } }));
  const first = await suite.browser.newPage();
  const second = await suite.browser.newPage();
  await first.goto(url);
  await second.goto(url);
  expect(await analytics(second)).toBe(false);

  await first.evaluate(() => (window as unknown as W).consentgate.acceptAll());
  await waitForAnalytics(second, true);
  const heard = second.evaluate(
    () => new Promise<boolean>((resolve) => document.addEventListener('consentgate:change', (e) => resolve((e as CustomEvent).detail.categories.analytics.granted), { once: true })),
  );
  await first.evaluate(() => (window as unknown as W).consentgate.set({ analytics: false }));
  await waitForAnalytics(second, false);
  expect(await heard).toBe(false);
});
