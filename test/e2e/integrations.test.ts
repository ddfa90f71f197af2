// Google Consent Mode, the dataLayer event and vendor calls in real Chromium: a GA4 site as
// Google documents it, with gtag.js held back by consentgate (basic mode).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ConsentManager } from '../../src/types';
import { DENIED, dataLayer, GA4_HEAD, GA_ID, GOOGLE_HOSTS, GTAG_STAND_IN, VENDOR_GLOBALS } from './support/integrations-pages';
import { consentPage } from './support/site';
import { chromiumSuite } from './support/suite';

type W = { consentgate: ConsentManager; __gtagRan?: number; __vendorCalls: unknown[][] };

const suite = chromiumSuite({ pagePerTest: false, standIns: GTAG_STAND_IN });

const decide = (page: Page, how: 'acceptAll' | 'rejectAll') => page.evaluate((m) => (window as unknown as W).consentgate[m](), how);
const consentCommands = async (page: Page, kind: string) =>
  (await dataLayer(page)).filter((e) => e.args?.[0] === 'consent' && e.args[1] === kind).map((e) => e.args![2] as Record<string, unknown>);

describe('GA4 with Consent Mode v2, basic mode', () => {
  it('puts the default first as an Arguments object, sends nothing to Google before consent, one update per decision', async () => {
    const page = await suite.browser.newPage();
    const url = suite.site.page('/ga4', consentPage({ config: { region: 'DE' }, head: GA4_HEAD, body: '<p>article</p>' }));
    await page.goto(url);
    await page.waitForLoadState('networkidle');

    const before = await dataLayer(page);
    expect(before[0]!.isArguments).toBe(true);
    expect(before[0]!.args!.slice(0, 2)).toEqual(['consent', 'default']);
    expect(before[0]!.args![2]).toEqual(DENIED);
    const index = (command: string) => before.findIndex((e) => e.args?.[0] === command);
    expect(index('js')).toBeGreaterThan(0);
    expect(index('config')).toBeGreaterThan(index('js'));
    expect(before.filter((e) => e.args).every((e) => e.isArguments)).toBe(true);
    expect(before.find((e) => e.event === 'consentgate_update')).toMatchObject({ consentgate: { regime: 'opt-in', gpc: false } });
    expect(await consentCommands(page, 'update')).toEqual([]);
    expect(suite.browser.thirdPartyRequests.filter((u) => GOOGLE_HOSTS.test(u))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as W).__gtagRan)).toBeUndefined();

    await decide(page, 'acceptAll');
    const updates = await consentCommands(page, 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted', security_storage: 'granted' });
    const after = await dataLayer(page);
    expect(after.filter((e) => e.event === 'consentgate_update')).toHaveLength(2);
    // The gate releases the loader now that analytics is granted.
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__gtagRan), { timeout: 5000 }).toBe(1);
    expect(suite.browser.thirdPartyRequests.some((u) => u.includes(`gtag/js?id=${GA_ID}`))).toBe(true);

    // A returning visitor: the default (regime baseline), then one update from the stored choice, before js/config.
    await page.reload();
    const returning = await dataLayer(page);
    const kinds = returning.filter((e) => e.args).map((e) => (e.args![0] === 'js' || e.args![0] === 'config' ? e.args![0] : `${e.args![0]}:${e.args![1]}`));
    expect(kinds).toEqual(['consent:default', 'set:ads_data_redaction', 'consent:update', 'js', 'config']);
    expect(await consentCommands(page, 'update')).toHaveLength(1);
    await page.close();
  });
});

describe('vendor consent calls', () => {
  it('grants on acceptance and revokes on withdrawal, through the globals the page defined', async () => {
    const page = await suite.browser.newPage();
    await page.context().clearCookies();
    const url = suite.site.page('/vendors', consentPage({ config: { region: 'DE' }, head: VENDOR_GLOBALS }));
    await page.goto(url);
    const calls = () => page.evaluate(() => (window as unknown as W).__vendorCalls.splice(0));
    // The globals came after consentgate.js: nothing was told on load.
    expect(await calls()).toEqual([]);
    await decide(page, 'acceptAll');
    expect(await calls()).toEqual([
      ['fbq', 'consent', 'grant'],
      ['uetq', 'consent', 'update', { ad_storage: 'granted' }],
      ['ttq.grantConsent'],
      ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
    ]);
    await decide(page, 'rejectAll');
    expect(await calls()).toEqual([
      ['fbq', 'consent', 'revoke'],
      ['uetq', 'consent', 'update', { ad_storage: 'denied' }],
      ['ttq.revokeConsent'],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ]);
    await page.close();
  });
});
