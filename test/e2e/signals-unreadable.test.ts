// A privacy signal whose getter throws (a hostile extension, a broken privacy shim) fails
// closed: it counts as on, so nothing sold or shared runs, and the API says why.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState, ErrorEvent } from '../../src/types';
import { gatePage, launchGateBrowser, settle, type GateBrowser } from './support/gate-site';
import { configScript } from './support/gate-vendors';

type W = { consentgate: ConsentManager; __errors: Array<Pick<ErrorEvent, 'message' | 'signal'>> };

/** Listens through the documented queue, so problems found while consentgate starts are heard. */
const LISTEN = `<script>
window.__errors = [];
window.consentgate = function () { (consentgate.q = consentgate.q || []).push(arguments) };
consentgate(function (api) { api.on('error', function (e) { __errors.push({ message: e.message, signal: e.signal }) }) });
</script>`;

let browser: GateBrowser;
beforeAll(async () => {
  browser = await launchGateBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function visit(path: string, regime: string, signal: 'globalPrivacyControl' | 'doNotTrack') {
  browser.site.page(path, gatePage({ config: configScript(`regime: '${regime}',`) }).replace('<head>', `<head>${LISTEN}`));
  const page = await browser.newPage();
  await page.addInitScript((key) => {
    Object.defineProperty(Navigator.prototype, key, {
      configurable: true,
      get() {
        throw new Error('blocked by an extension');
      },
    });
  }, signal);
  const from = browser.thirdPartyRequests.length;
  await page.goto(browser.url(path));
  await settle(page, 500);
  const hosts = browser.hostsSince(from);
  const { ran } = await browser.traces(page);
  const seen = await page.evaluate(() => ({ state: (window as unknown as W).consentgate.state(), errors: (window as unknown as W).__errors }));
  return { page, hosts, ran, ...seen } as { page: Page; hosts: string[]; ran: string[]; state: ConsentState; errors: W['__errors'] };
}

describe('a privacy signal that cannot be read', () => {
  it('counts as GPC in the opt-out regime: nothing sold or shared is requested, and the API says why', async () => {
    const { page, hosts, ran, state, errors } = await visit('/us-gpc-throws', 'opt-out', 'globalPrivacyControl');
    expect(hosts).toEqual([]);
    expect(ran).toEqual([]);
    expect(state.signals).toEqual({ gpc: true, dnt: false });
    expect(state.categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(errors).toEqual([{ message: 'consentgate: the GPC signal could not be read; it counts as on (an opt-out)', signal: 'gpc' }]);
    await page.close();
  });

  it('counts as DNT in the opt-out regime', async () => {
    const { page, hosts, state, errors } = await visit('/us-dnt-throws', 'opt-out', 'doNotTrack');
    expect(hosts).toEqual([]);
    expect(state.categories.social).toEqual({ granted: false, reason: 'dnt' });
    expect(errors.map((e) => e.signal)).toEqual(['dnt']);
    await page.close();
  });

  it('counts as GPC in the opt-in regime: the banner still asks, and an explicit yes is needed and wins', async () => {
    const { page, hosts, state, errors } = await visit('/eu-gpc-throws', 'opt-in', 'globalPrivacyControl');
    expect(hosts).toEqual([]);
    expect(state.needsDecision).toBe(true);
    expect(state.categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(errors.map((e) => e.signal)).toEqual(['gpc']);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => (window as unknown as W).consentgate.get('advertising'));
    expect(await page.evaluate(() => (window as unknown as W).consentgate.record!.signals)).toEqual({ gpc: true, dnt: false });
    await page.close();
  });
});
