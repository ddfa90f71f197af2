// Hostile config text in real Chromium: every string a site's config (or its markup) hands to
// consentgate reaches the page as text, never as markup, and no script URL becomes a link. Also
// what a hand-edited consent cookie does.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/ui/i18n/en';
import { chromiumSuite } from './support/suite';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '"><script>window.__xss=1</script>';
/** Each field gets its own label, so a missing one is named in the failure. */
const H = (field: string) => `${field} ${IMG}${SCRIPT}`;
const SCRIPT_URLS = ['javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1', 'java\nscript:window.__xss=1'];

const service = (id: string, url = '/privacy') => ({
  id,
  name: H(`${id}.name`),
  provider: H(`${id}.provider`),
  purpose: H(`${id}.purpose`),
  privacyPolicyUrl: url,
  cookies: [{ name: H(`${id}.cookie.name`), expiry: H(`${id}.cookie.expiry`), description: H(`${id}.cookie.description`) }],
});

function hostileConfig(url = '/privacy') {
  return {
    region: 'DE',
    privacyPolicyUrl: url,
    categories: [
      { id: 'functional', label: H('functional.label'), description: H('functional.description') },
      { id: 'analytics', label: H('analytics.label'), description: H('analytics.description'), services: [service('stats', url)] },
      { id: 'social', label: H('social.label'), description: H('social.description'), services: [service('clips')] },
    ],
    ui: { text: Object.fromEntries(Object.keys(en).map((key) => [key, H(`ui.${key}`)])) },
    gate: { texts: Object.fromEntries(['content', 'from', 'blocked', 'allow', 'settings'].map((key) => [key, H(`gate.${key}`)])) },
  };
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(config: unknown): string {
  // `<` escaped, so the config's own `</script>` cannot end the JSON block (the site's job).
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<script type="application/json" id="consentgate-config">${json}</script>
<script src="/dist/consentgate.js"></script>
</head><body>
<main><p>Article.</p><div data-consentgate="cookie-table"></div></main>
<iframe data-consent="social" data-service="clips" data-src="/clip" data-consent-title="${attr(H('embed.title'))}"></iframe>
<iframe data-consent="analytics" data-service="stats" data-src="/clip?2"></iframe>
</body></html>`;
}

/** All text, links and elements of the document and of every shadow root in it. */
function rendered(p: Page) {
  return p.evaluate(() => {
    const texts: string[] = [];
    const links: Array<{ href: string | null; protocol: string }> = [];
    let scripts = 0;
    let images = 0;
    const walk = (root: Document | ShadowRoot) => {
      texts.push(root === document ? document.body.textContent ?? '' : root.textContent ?? '');
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'a') links.push({ href: el.getAttribute('href'), protocol: (el as HTMLAnchorElement).protocol });
        if (el.localName === 'img') images++;
        if (el.localName === 'script' && !el.closest('head')) scripts++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { text: texts.join('\n'), links, scripts, images, xss: (window as { __xss?: unknown }).__xss };
  });
}

const scriptLink = (link: { href: string | null; protocol: string }) =>
  /^(javascript|vbscript|data):/i.test((link.href ?? '').replace(/[\0- \x7f]/g, '')) || /^(javascript|vbscript|data):$/i.test(link.protocol);

const suite = chromiumSuite({ setUp: (site) => site.page('/clip', '<!doctype html><title>clip</title>') });

/** Opens `url`, retrying while others rebuild dist/. */
async function open(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await suite.page.goto(url);
    if (await suite.page.evaluate(() => 'consentgate' in window)) return;
    if (attempt > 50) throw new Error('the bundle never loaded: run `npm run build`');
    await suite.page.waitForTimeout(300);
  }
}

/** Opens the preferences dialog and every category's service list in it. */
async function expandAll(): Promise<void> {
  await suite.page.evaluate(() => (window as unknown as { consentgate: { showPreferences(): void } }).consentgate.showPreferences());
  await suite.page.locator('consentgate-ui dialog[open]').waitFor();
  for (const summary of await suite.page.locator('consentgate-ui dialog summary').all()) await summary.click();
  expect(await suite.page.locator('consentgate-ui dialog details:not([open])').count()).toBe(0);
}

describe('hostile config text', () => {
  it('shows every string field literally, in banner, dialog, cookie table and placeholder', async () => {
    const config = hostileConfig();
    await open(suite.site.page('/hostile/text', page(config)));
    await suite.page.locator('.consentgate-placeholder').nth(1).waitFor();
    await suite.page.locator('[data-consentgate=cookie-table] table').first().waitFor();
    await expandAll();
    await suite.page.waitForTimeout(300);

    const seen = await rendered(suite.page);
    expect(seen.xss).toBeUndefined();
    expect(seen.images).toBe(0);
    expect(seen.scripts).toBe(0);
    expect(seen.links.filter(scriptLink)).toEqual([]);
    const expected = [
      ...config.categories.flatMap((c) => [c.label, c.description]),
      ...['stats', 'clips'].flatMap((id) => ['name', 'provider', 'purpose', 'cookie.name', 'cookie.expiry', 'cookie.description'].map((f) => H(`${id}.${f}`))),
      // The texts this page shows (banner, dialog, cookie table); the rest are used the same way.
      ...['text', 'policy', 'accept', 'reject', 'customise', 'prefs', 'intro', 'save', 'services', 'provider', 'purpose', 'cookies', 'name', 'service', 'expiry', 'description'].map((k) => H(`ui.${k}`)),
      ...['content', 'from', 'blocked', 'allow', 'settings'].map((k) => H(`gate.${k}`)),
      H('embed.title'),
    ];
    expect(expected.filter((text) => !seen.text.includes(text))).toEqual([]);
    // Text, not attributes either: the placeholder's aria-label holds the title as a value.
    expect(await suite.page.locator('.consentgate-placeholder').first().getAttribute('aria-label')).toBe(H('embed.title'));
    expect(await suite.page.locator('consentgate-ui').evaluate((host) => host.shadowRoot!.querySelector('[part=banner]')!.getAttribute('aria-label'))).toBe(H('ui.title'));

    // Allowing the embed from its (hostile-labelled) button runs nothing but the embed.
    await suite.page.keyboard.press('Escape');
    await suite.page.locator('.consentgate-placeholder-allow').first().evaluate((button) => (button as HTMLElement).click());
    await suite.page.locator('iframe[src="/clip"]').waitFor({ state: 'attached' });
    await suite.page.waitForTimeout(200);
    expect((await rendered(suite.page)).xss).toBeUndefined();
    expect(suite.errors).toEqual([]);
  });

  for (const url of SCRIPT_URLS) {
    it(`rejects ${JSON.stringify(url)} in every URL field, naming it, and renders no script link`, async () => {
      await open(suite.site.page('/hostile/url', page(hostileConfig(url))));
      // The validator fails closed: the config is refused, each bad field named.
      expect(suite.errors).toEqual(
        expect.arrayContaining([
          'consentgate: privacyPolicyUrl must be an http(s) URL or a path on this site',
          'consentgate: categories[1].services[0].privacyPolicyUrl must be an http(s) URL or a path on this site',
        ]),
      );
      const state = await suite.page.evaluate(() => (window as unknown as { consentgate: { state(): { configErrors: string[] } } }).consentgate.state());
      expect(state.configErrors.filter((e) => e.includes('privacyPolicyUrl'))).toHaveLength(2);
      await suite.page.locator('[data-consentgate=cookie-table] table').first().waitFor();
      await expandAll();
      await suite.page.waitForTimeout(200);
      const seen = await rendered(suite.page);
      expect(seen.links.filter(scriptLink)).toEqual([]);
      // Every link that is there goes somewhere on the web.
      expect(seen.links.every((link) => /^https?:$/.test(link.protocol))).toBe(true);
      expect(seen.xss).toBeUndefined();
      // Clicking every link in the dialog runs nothing.
      for (const link of await suite.page.locator('consentgate-ui a').all()) await link.click({ modifiers: ['Control'] }).catch(() => {});
      expect((await rendered(suite.page)).xss).toBeUndefined();
    });
  }
});

// The consent cookie is a cache of the visitor's decision, not a security boundary: anyone with
// the browser can edit it, and a well-formed edit (a category flipped by hand) is honoured as the
// visitor's own choice, exactly as if they had clicked it. What proves a decision to a regulator
// is the server-side receipt (`receipts`), not the cookie. Anything malformed reads as no record,
// so the banner asks again and nothing optional is released.
describe('a tampered consent cookie', () => {
  const config = { region: 'DE', categories: [{ id: 'analytics' }] };
  const gated = `<script type="text/plain" data-consent="analytics">window.__analytics = 1</script>`;
  const tamperPage = () =>
    suite.site.page(
      '/hostile/cookie',
      `<!doctype html><html><head><meta charset="utf-8"><title>cookie</title>
<script type="application/json" id="consentgate-config">${JSON.stringify(config)}</script>
<script src="/dist/consentgate.js"></script>${gated}</head><body></body></html>`,
    );
  type S = { needsDecision: boolean; record: { method: string } | null; categories: Record<string, { granted: boolean; reason: string }> };
  const state = () => suite.page.evaluate(() => (window as unknown as { consentgate: { state(): S } }).consentgate.state());
  const cookie = async () => (await suite.browser.context.cookies(suite.site.url)).find((c) => c.name === 'consentgate')!.value;
  const setCookie = async (value: string) => {
    await suite.browser.context.clearCookies();
    await suite.browser.context.addCookies([{ name: 'consentgate', value, url: suite.site.url }]);
  };

  it('honours a hand-flipped but well-formed record, and reads a malformed one as none', async () => {
    const url = tamperPage();
    await open(url);
    await suite.page.evaluate(() => (window as unknown as { consentgate: { rejectAll(): void } }).consentgate.rejectAll());
    const rejected = await cookie();
    expect(rejected).toContain('!analytics');

    // Flipped by hand: honoured, as the visitor's own choice, and the gated script runs.
    await setCookie(rejected.replace('!analytics', 'analytics'));
    await open(url);
    let read = await state();
    expect(read.needsDecision).toBe(false);
    expect(read.categories.analytics).toEqual({ granted: true, reason: 'choice' });
    for (let i = 0; i < 30 && !(await suite.page.evaluate(() => 'consentgate' in window && (window as { __analytics?: number }).__analytics)); i++) {
      await suite.page.waitForTimeout(100);
    }
    expect(await suite.page.evaluate(() => (window as { __analytics?: number }).__analytics)).toBe(1);

    // Malformed (markup in a field, a field missing): no record, the banner asks, nothing runs.
    for (const value of [rejected.replace('!analytics', `analytics.${encodeURIComponent(IMG)}`), rejected.split('~').slice(1).join('~')]) {
      await setCookie(value);
      await open(url);
      read = await state();
      expect(read.record, value).toBeNull();
      expect(read.needsDecision, value).toBe(true);
      expect(read.categories.analytics!.granted, value).toBe(false);
      expect(await suite.page.evaluate(() => (window as { __analytics?: number }).__analytics), value).toBeUndefined();
      expect((await rendered(suite.page)).xss).toBeUndefined();
    }
    expect(suite.errors).toEqual([]);
  });
});
