// The strictest policy a site can reasonably send, in real Chromium: no inline script without the
// nonce, no inline style at all, and Trusted Types enforced for every script sink. The banner, the
// preferences dialog, the embed placeholder, a language file and the release of gated scripts must
// all work with zero violations caused by consentgate; this is the policy the README documents.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './support/chromium';
import { startSite, type Site } from './support/site';

const NONCE = 'cSp-n0nce-7f3a';
const MINIMAL_CSP = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${NONCE}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types consentgate',
].join('; ');

const CONFIG = {
  region: 'DE',
  privacyPolicyUrl: '/privacy',
  categories: [
    { id: 'functional' },
    {
      id: 'analytics',
      services: [{ id: 'stats', name: 'Site stats', provider: 'Us', purpose: 'Counts visits.', cookies: [{ name: '_st', expiry: '1 day', description: 'Counts.' }] }],
    },
    { id: 'social', services: [{ id: 'clips', name: 'Clip player', provider: 'Us', purpose: 'Plays clips.' }] },
  ],
  ui: { language: 'de' },
};

let site: Site | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await site?.close();
  browser = site = undefined;
});

function page(): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>csp</title>
<script type="application/json" id="consentgate-config">${JSON.stringify(CONFIG)}</script>
<script nonce="${NONCE}" src="/dist/consentgate.js"></script>
<script nonce="${NONCE}" type="text/plain" data-consent="analytics" data-service="stats" src="/tracker.js"></script>
<script nonce="${NONCE}" type="text/plain" data-consent="analytics" data-service="stats">window.__ran.push('inline:' + (typeof window.__tracker));</script>
</head><body>
<main><h1>Article</h1><p>Text.</p></main>
<iframe data-consent="social" data-service="clips" data-src="/clip" title="Clip"></iframe>
</body></html>`;
}

async function open(html: (port: string) => string = page, csp = (_port: string) => MINIMAL_CSP): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  site = await startSite();
  const port = new URL(site.url).port;
  site.page('/csp', html(port), { 'content-security-policy': csp(port) });
  site.page('/tracker.js', "window.__ran.push('external'); window.__tracker = 1;", { 'content-type': 'text/javascript' });
  site.page('/clip', '<!doctype html><title>clip</title><p>clip</p>');
  browser = await launchChromium({ standIns: { 'localhost:': { contentType: 'text/javascript', body: "window.__ran.push('late')" } } });
  const tab = await browser.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  await tab.exposeFunction('__violation', (text: string) => violations.push(text));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.addInitScript(() => {
    (window as unknown as { __ran: string[] }).__ran = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violation(t: string): void }).__violation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const url = site.url + '/csp';
  // Others may be rebuilding dist/ meanwhile: wait for the bundle to be there.
  for (let attempt = 0; ; attempt++) {
    await tab.goto(url);
    if (await tab.evaluate(() => 'consentgate' in window)) break;
    if (attempt > 50) throw new Error('the bundle never loaded: run `npm run build`');
    await tab.waitForTimeout(300);
  }
  return { page: tab, violations, errors };
}

/** Every element under the document and the UI's shadow root. */
function inline(page: Page) {
  return page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return {
      styled: all.filter((el) => el.hasAttribute('style')).map((el) => el.outerHTML.slice(0, 120)),
      styles: all.filter((el) => el.localName === 'style').length,
    };
  });
}

describe('strict CSP with Trusted Types', () => {
  it('runs banner, dialog, placeholder, language file and script release with zero violations', async () => {
    const { page, violations, errors } = await open();
    // The German language file came in through the loader's script.src.
    await page.getByRole('button', { name: 'Alle ablehnen' }).waitFor();
    await page.getByRole('button', { name: /Clip player/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { trustedTypes?: { getPolicyNames?(): string[] } }).trustedTypes !== undefined)).toBe(true);

    // The preferences dialog, every category expanded where it can be.
    await page.evaluate(() => (window as unknown as { consentgate: { showPreferences(): void } }).consentgate.showPreferences());
    await page.locator('consentgate-ui dialog[open]').waitFor();
    expect(await inline(page)).toEqual({ styled: [], styles: 0 });

    await page.evaluate(() => (window as unknown as { consentgate: { acceptAll(): void } }).consentgate.acceptAll());
    // Polled with evaluate: waitForFunction compiles its predicate, which Trusted Types refuse.
    for (let i = 0; i < 50 && (await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran.length)) < 2; i++) {
      await page.waitForTimeout(100);
    }
    await page.locator('iframe[src="/clip"]').waitFor({ state: 'attached' });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual(['external', 'inline:number']);
    // The released scripts are live copies that kept the page's nonce.
    const nonces = await page.evaluate(() =>
      [...document.querySelectorAll('script[src="/tracker.js"], script:not([src]):not([type])')].map((s) => (s as HTMLScriptElement).nonce),
    );
    expect(nonces).toEqual([NONCE, NONCE]);
    await page.waitForTimeout(200);
    expect(await inline(page)).toEqual({ styled: [], styles: 0 });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('strict CSP with Trusted Types, a script code adds', () => {
  // A tracker the page adds at run time (through its own policy) is held by a gate rule and later
  // restored in place: its `src` goes back through the consentgate policy.
  it('is held, then released in place with zero violations', async () => {
    const late = (port: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>csp late</title>
<script type="application/json" id="consentgate-config">${JSON.stringify({ region: 'DE', categories: [{ id: 'analytics' }], gate: { rules: [{ host: 'localhost', category: 'analytics' }] } })}</script>
<script nonce="${NONCE}" src="/dist/consentgate.js"></script>
<script nonce="${NONCE}">
  const site = trustedTypes.createPolicy('site', { createScriptURL: (url) => url });
  const tag = document.createElement('script');
  tag.src = site.createScriptURL('http://localhost:${port}/late.js');
  document.head.append(tag);
</script>
</head><body><p>Page.</p></body></html>`;
    const csp = (port: string) =>
      MINIMAL_CSP.replace("script-src 'self'", `script-src 'self' http://localhost:${port}`).replace('trusted-types consentgate', 'trusted-types consentgate site');
    const { page: tab, violations, errors } = await open(late, csp);
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    expect(await tab.evaluate(() => document.querySelector('script[data-consent=analytics]')?.getAttribute('data-src'))).toMatch(/late\.js$/);
    await tab.evaluate(() => (window as unknown as { consentgate: { acceptAll(): void } }).consentgate.acceptAll());
    for (let i = 0; i < 50 && !(await tab.evaluate(() => (window as unknown as { __ran: string[] }).__ran.length)); i++) await tab.waitForTimeout(100);
    expect(await tab.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual(['late']);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
