// GPP and US Privacy in real Chromium with GPC on: the add-on on a California page, asked from
// the page itself and from a frame on another origin (localhost vs 127.0.0.1, both loopback);
// then a Virginia and a Texas page read in the page by IAB's own decoder.
import { readFileSync } from 'node:fs';
import { GppModel } from '@iabgpp/cmpapi';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { launchChromium, type Browser } from './support/chromium';
import { dataLayer, GPP_FRAME } from './support/integrations-pages';
import { consentPage, startSite, type Site } from './support/site';

type W = { consentgate: ConsentManager; __gpp: (command: string, callback: (data: unknown, ok: boolean) => void, parameter?: unknown) => void };
type Results = Record<string, { returnValue: any; success: boolean }> & { origin: string; events: string[] };

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  // Every request off 127.0.0.1 goes to a stand-in: the frame's origin is http://localhost:<port>.
  browser = await launchChromium({ gpc: true, standIns: { '//localhost:': { contentType: 'text/html', body: GPP_FRAME } } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const gpp = (page: Page, command: string, parameter?: unknown) =>
  page.evaluate(
    ([c, p]) => new Promise<unknown>((resolve) => (window as unknown as W).__gpp(c as string, (data) => resolve(data), p)),
    [command, parameter] as const,
  );

it('honours GPC in __gpp, __uspapi and every Consent Mode command, for the page and a cross-origin frame', async () => {
  const page = await browser.newPage();
  const frameUrl = site.url.replace('127.0.0.1', 'localhost') + '/ad-frame';
  const url = site.page(
    '/gpp',
    consentPage({
      config: { region: 'US-CA', usp: true },
      head: '<script src="/dist/consentgate-gpp.js"></script>',
      body: `<p>article</p><iframe src="${frameUrl}" title="ad"></iframe>`,
    }),
  );
  await page.goto(url);
  expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true);

  // The page's own calls.
  const ping = (await gpp(page, 'ping')) as Record<string, any>;
  expect(ping).toMatchObject({ gppVersion: '1.1', cmpStatus: 'loaded', signalStatus: 'ready', cmpId: 1, sectionList: [7, 8], applicableSections: [8] });
  expect(await gpp(page, 'getField', 'usnat.Gpc')).toBe(true);
  for (const field of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(await gpp(page, 'getField', `usnat.${field}`)).toBe(1);
  const model = new GppModel(ping.gppString);
  expect(model.getSectionIds()).toEqual([7, 8]);
  expect(model.getFieldValue('usnat', 'Gpc')).toBe(true);
  expect(model.getFieldValue('usnat', 'SaleOptOut')).toBe(1);
  expect(model.getFieldValue('usca', 'SharingOptOut')).toBe(1);
  expect(model.getFieldValue('usnat', 'MspaCoveredTransaction')).toBe(2);

  // The frame on another origin, through __gppLocator / __uspapiLocator and postMessage only.
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().startsWith(frameUrl))) !== undefined).toBe(true);
  const results = () => frame!.evaluate(() => (window as unknown as { results: Results }).results);
  await expect.poll(async () => Boolean((await results()).usp), { timeout: 5000 }).toBe(true);
  const r = await results();
  expect(r.origin).not.toBe(new URL(url).origin);
  expect(r.Gpc).toMatchObject({ returnValue: true, success: true });
  for (const field of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(r[field]!.returnValue).toBe(1);
  expect(new GppModel(r.ping!.returnValue.gppString).getFieldValue('usca', 'Gpc')).toBe(true);
  expect(r.usca!.returnValue).toHaveLength(2);
  expect(r.usp).toMatchObject({ returnValue: { version: 1, uspString: '1YYN' }, success: true });
  expect(r.events).toEqual(['listenerRegistered']);

  // A decision reaches the frame's listener; with GPC and no explicit ad opt-in the opt-outs stay.
  await page.evaluate(() => (window as unknown as W).consentgate.set({ analytics: true }));
  await expect.poll(async () => (await results()).events.length).toBeGreaterThan(1);
  expect((await results()).events).toEqual(['listenerRegistered', 'signalStatus:not ready', 'signalStatus:ready']);
  expect(await gpp(page, 'getField', 'usnat.SaleOptOut')).toBe(1);

  // Consent Mode: the ad keys denied in every consent command, the default and the update.
  const consent = (await dataLayer(page)).filter((e) => e.args?.[0] === 'consent');
  expect(consent.map((e) => e.args![1])).toEqual(['default', 'update']);
  for (const entry of consent) {
    expect(entry.isArguments).toBe(true);
    expect(entry.args![2]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  }
  expect(consent[1]!.args![2]).toMatchObject({ analytics_storage: 'granted' });
  await page.close();
});

// IAB's library, as its ES modules, served to the page from node_modules (relative imports only).
const IAB = 'node_modules/@iabgpp/cmpapi/lib/mjs/';
type Seen = { sections: Record<string, { library: Record<string, unknown>; getSection: Record<string, unknown>; fields: Record<string, [unknown, unknown]> }> };

it.each([
  ['US-VA', 'usva', 9, false],
  ['US-TX', 'ustx', 16, true],
] as const)('%s with GPC: usnat and %s, decoded in the page by IAB’s GppModel, agree with getSection and getField', async (region, prefix, id, gpcSubsection) => {
  const page = await browser.newPage();
  await page.route('**/iab/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(IAB + new URL(route.request().url()).pathname.slice(5)) }),
  );
  await page.goto(site.page(`/gpp-${prefix}`, consentPage({ config: { region }, head: '<script src="/dist/consentgate-gpp.js"></script>' })));
  await page.addScriptTag({ type: 'module', content: "import { GppModel } from '/iab/index.js'; window.GppModel = GppModel;" });
  await page.waitForFunction(() => 'GppModel' in window);
  const ping = (await gpp(page, 'ping')) as Record<string, any>;
  expect(ping).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready', sectionList: [7, id], applicableSections: [id] });
  expect(ping.supportedAPIs).toContain(`${id}:${prefix}`);
  // Everything below is read inside the page: IAB's decoder on the string, __gpp for the fields.
  const seen = (await page.evaluate(`(async () => {
    const gpp = (command, parameter) => new Promise((resolve) => window.__gpp(command, (data) => resolve(data), parameter));
    const model = new window.GppModel((await gpp('ping')).gppString);
    const sections = {};
    for (const name of ['usnat', '${prefix}']) {
      const library = model.toObject()[name];
      const fields = {};
      for (const field of Object.keys(library)) fields[field] = [await gpp('getField', name + '.' + field), model.getFieldValue(name, field)];
      sections[name] = { library, getSection: Object.assign({}, ...(await gpp('getSection', name))), fields };
    }
    return { sections };
  })()`)) as Seen;
  for (const name of ['usnat', prefix]) {
    const { library, getSection, fields } = seen.sections[name]!;
    expect(library).toMatchObject({ SaleOptOut: 1, TargetedAdvertisingOptOut: 1, MspaCoveredTransaction: 2 });
    expect(getSection).toEqual(library);
    for (const [field, [ours, theirs]] of Object.entries(fields)) expect(ours, `${name}.${field}`).toEqual(theirs);
  }
  expect(seen.sections.usnat!.library).toMatchObject({ Gpc: true, GpcSegmentType: 1, SharingOptOut: 1 });
  // Virginia's section has no GPC sub-section; Texas's passes the signal on.
  const state = seen.sections[prefix]!.library;
  if (gpcSubsection) expect(state).toMatchObject({ Gpc: true, GpcSegmentType: 1 });
  else expect(Object.keys(state)).not.toContain('Gpc');
  expect(new GppModel(ping.gppString).getFieldValue(prefix, 'SaleOptOut')).toBe(1);
  await page.close();
});
