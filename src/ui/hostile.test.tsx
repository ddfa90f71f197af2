// Hostile config text: every string field that reaches the page goes in as text, and no script
// URL becomes a link (the validator refuses it, naming the field). Real Chromium: test/e2e/hostile.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { createGate, type Gate } from '../gate';
import type { ConsentManager } from '../types';
import en from './i18n/en';
import { mountUi, type UiHandle } from './mount';
import { testManager, tick } from './testing';

const PAYLOAD = '<img src=x onerror="window.__xss=1">"><script>window.__xss=1</script>';
const H = (field: string) => `${field} ${PAYLOAD}`;
const SCRIPT_URLS = ['javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1', 'java\nscript:window.__xss=1'];

const service = (id: string, url: string) => ({
  id,
  name: H(`${id}.name`),
  provider: H(`${id}.provider`),
  purpose: H(`${id}.purpose`),
  privacyPolicyUrl: url,
  cookies: [{ name: H(`${id}.cookie.name`), expiry: H(`${id}.cookie.expiry`), description: H(`${id}.cookie.description`) }],
});
const config = (url = '/privacy') => ({
  region: 'DE',
  privacyPolicyUrl: url,
  categories: [
    { id: 'analytics', label: H('analytics.label'), description: H('analytics.description'), services: [service('stats', url)] },
    { id: 'social', label: H('social.label'), description: H('social.description'), services: [service('clips', '/p')] },
  ],
});
const UI_TEXT = Object.fromEntries(Object.keys(en).map((key) => [key, H(`ui.${key}`)]));
const GATE_TEXTS = Object.fromEntries(['content', 'from', 'blocked', 'allow', 'settings'].map((key) => [key, H(`gate.${key}`)]));

let ui: UiHandle | undefined;
let gate: Gate | undefined;
afterEach(() => {
  ui?.destroy();
  gate?.destroy();
  ui = gate = undefined;
  document.body.innerHTML = '';
  delete (window as { __xss?: unknown }).__xss;
});

function render(manager: ConsentManager) {
  document.body.innerHTML = `<div data-consentgate="cookie-table"></div>
<iframe data-consent="social" data-service="clips" data-src="https://clips.example/x" data-consent-title="${H('embed.title').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"></iframe>
<iframe data-consent="analytics" data-src="https://stats.example/x"></iframe>`;
  gate = createGate(manager, { document, texts: GATE_TEXTS });
  ui = mountUi(manager, { text: UI_TEXT });
  ui.showPreferences();
  const shadow = document.querySelector('consentgate-ui')!.shadowRoot!;
  shadow.querySelectorAll('details').forEach((details) => (details.open = true));
  return shadow;
}

const everywhere = (shadow: ShadowRoot, selector: string) => [...document.querySelectorAll(selector), ...shadow.querySelectorAll(selector)];
const scriptHref = (a: Element) => /^(javascript|vbscript|data):/i.test((a.getAttribute('href') ?? '').replace(/[\0- \x7f]/g, ''));

describe('hostile config text', () => {
  it('renders every string field as text: categories, services, cookies, ui.text, gate.texts, embed titles', async () => {
    const manager = testManager(config());
    expect(manager.state().configErrors).toEqual([]);
    const shadow = render(manager);
    await tick();
    // No element came from the payload anywhere.
    expect(everywhere(shadow, 'img, script')).toEqual([]);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
    const text = document.body.textContent + '\n' + shadow.textContent;
    const fields = [
      ...['analytics', 'social'].flatMap((c) => [H(`${c}.label`), H(`${c}.description`)]),
      ...['stats', 'clips'].flatMap((s) => ['name', 'provider', 'purpose', 'cookie.name', 'cookie.expiry', 'cookie.description'].map((f) => H(`${s}.${f}`))),
      ...['text', 'policy', 'accept', 'reject', 'customise', 'prefs', 'intro', 'save', 'services', 'provider', 'purpose', 'cookies', 'name', 'service', 'expiry', 'description'].map((k) => H(`ui.${k}`)),
      ...Object.values(GATE_TEXTS),
      H('embed.title'),
    ];
    expect(fields.filter((field) => !text.includes(field))).toEqual([]);
    // Attributes hold them as values: the banner's and the placeholder's names.
    expect(shadow.querySelector('[part=banner]')!.getAttribute('aria-label')).toBe(H('ui.title'));
    expect(document.querySelector('.consentgate-placeholder')!.getAttribute('aria-label')).toBe(H('embed.title'));
    expect(everywhere(shadow, 'a').filter(scriptHref)).toEqual([]);
  });

  it.each(SCRIPT_URLS)('refuses %j in every URL field, naming it, and links nothing to it', async (url) => {
    const manager = testManager(config(url));
    expect(manager.state().configErrors).toEqual([
      'consentgate: categories[0].services[0].privacyPolicyUrl must be an http(s) URL or a path on this site',
      'consentgate: privacyPolicyUrl must be an http(s) URL or a path on this site',
    ]);
    const shadow = render(manager);
    await tick();
    const links = everywhere(shadow, 'a');
    expect(links.filter(scriptHref)).toEqual([]);
    // The one link left is the valid policy of the other service.
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/p']);
  });
});
