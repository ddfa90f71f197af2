// Opt-out (US) regime with no privacy signal: what the law lets run by default runs at once,
// but session replay never loads before an explicit yes, in any regime (wiretap law,
// standards.md 3.8 and 3.9).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gatePage, launchGateBrowser, settle, under, type GateBrowser } from './support/gate-site';
import { HOSTS, configScript } from './support/gate-vendors';

let browser: GateBrowser;
beforeAll(async () => {
  browser = await launchGateBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('runs analytics, advertising and social by default, and holds session replay until the visitor says yes', async () => {
  browser.site.page('/us-default', gatePage({ config: configScript("regime: 'opt-out',") }));
  const page = await browser.newPage();
  const from = browser.thirdPartyRequests.length;
  await page.goto(browser.url('/us-default'));
  await settle(page, 500);

  const before = browser.hostsSince(from);
  expect(before.some((host) => under(host, HOSTS.analytics))).toBe(true);
  expect(before.some((host) => under(host, HOSTS.advertising))).toBe(true);
  expect(before.filter((host) => under(host, HOSTS.session_replay))).toEqual([]);
  expect((await browser.traces(page)).ran).not.toContain('hotjar');

  const mark = browser.thirdPartyRequests.length;
  await page.evaluate(() => (window as unknown as { consentgate: { set(c: Record<string, boolean>): void } }).consentgate.set({ session_replay: true }));
  await settle(page, 500);
  expect(browser.hostsSince(mark).some((host) => under(host, HOSTS.session_replay))).toBe(true);
  expect((await browser.traces(page)).ran).toContain('hotjar');
  await page.close();
});
