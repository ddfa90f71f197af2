// The script-tag bundle as a site loads it: the built, minified dist/consentgate.js run inside a
// fresh jsdom window per test (https, so the consent cookie is really written and read back).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState } from '../../src/types';

const BUNDLE_PATH = resolve(__dirname, '../../dist/consentgate.js');
const PACKAGE_VERSION = (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string })
  .version;
let bundle: string | undefined;
function readBundle(): string {
  // Read lazily so a missing build fails each test with a clear message, not the file.
  bundle ??= readFileSync(BUNDLE_PATH, 'utf8');
  return bundle;
}

type Api = ConsentManager & { version: string };
type Win = DOMWindow & { consentgate?: Api; consentgateConfig?: unknown; [key: string]: unknown };

const STUB =
  'window.consentgate = window.consentgate || function(){(consentgate.q=consentgate.q||[]).push(arguments)};';

interface TestPage {
  window: Win;
  document: Document;
  api(): Api;
  /** Runs the bundle as a <script> element appended to <head>, with these attributes. */
  loadBundle(attributes?: Record<string, string>): void;
  /** Everything passed to console.error, one string per call. */
  errors: string[];
  /** Uncaught exceptions in the page. */
  crashes: Error[];
}

function openPage({ head = '', config }: { head?: string; config?: unknown } = {}): TestPage {
  const errors: string[] = [];
  const crashes: Error[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (...args: unknown[]) => errors.push(args.map(String).join(' ')));
  virtualConsole.on('jsdomError', (error: Error) => crashes.push(error));
  const inline =
    config === undefined
      ? ''
      : `<script type="application/json" id="consentgate-config">${
          typeof config === 'string' ? config : JSON.stringify(config)
        }</script>`;
  const dom = new JSDOM(`<!doctype html><html><head>${inline}${head}</head><body></body></html>`, {
    url: 'https://example.test/',
    runScripts: 'dangerously',
    virtualConsole,
  });
  const window = dom.window as unknown as Win;
  const document = window.document;
  return {
    window,
    document,
    api() {
      const api = window.consentgate;
      if (!api) throw new Error('window.consentgate is not defined');
      return api;
    },
    loadBundle(attributes = {}) {
      const script = document.createElement('script');
      for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
      script.textContent = readBundle();
      document.head.appendChild(script);
    },
    errors,
    crashes,
  };
}

const optional = (state: ConsentState) => Object.keys(state.categories).filter((id) => id !== 'necessary');

describe('dist/consentgate.js on a page', () => {
  it('puts the whole API on window.consentgate', () => {
    const page = openPage({ config: { regime: 'opt-in' } });
    page.loadBundle();
    const api = page.api();
    for (const method of ['get', 'getService', 'state', 'acceptAll', 'rejectAll', 'set', 'reset', 'on', 'whenGranted']) {
      expect(typeof (api as unknown as Record<string, unknown>)[method], method).toBe('function');
    }
    expect(api.signals).toEqual({ gpc: false, dnt: false });
    expect(api.record).toBeNull();
    expect(api.version).toBe(PACKAGE_VERSION);
    const state = api.state();
    expect(state.regime).toBe('opt-in');
    expect(state.needsDecision).toBe(true);
    expect(state.categories.necessary).toEqual({ granted: true, reason: 'necessary' });
    expect(api.get('analytics')).toBe(false);
    expect(page.errors).toEqual([]);
    expect(page.crashes).toEqual([]);
  });

  it('replays calls queued by the stub before the bundle arrived', () => {
    const page = openPage({
      config: { regime: 'opt-in' },
      head: `<script>${STUB}
        window.changes = [];
        window.apis = [];
        consentgate('on', 'change', function (event) { window.changes.push(event); });
        consentgate('notAMethod');
        consentgate(function (api) { window.apis.push(api); });
      </script>`,
    });
    expect(typeof page.window.consentgate).toBe('function'); // only the stub so far
    page.loadBundle();
    const api = page.api();
    expect(page.window.apis).toEqual([api]);
    expect(api.acceptAll).toBeTypeOf('function');
    // The bad queued call is reported; the calls after it still ran.
    expect(page.errors.some((e) => e.includes('"notAMethod"'))).toBe(true);

    api.acceptAll();
    const changes = page.window.changes as Array<{ state: ConsentState; changed: string[] }>;
    expect(changes).toHaveLength(1);
    expect(changes[0]!.state.categories.analytics).toEqual({ granted: true, reason: 'choice' });
    expect(changes[0]!.changed).toContain('analytics');
  });

  it('dispatches consentgate:change on document and stores the decision in a cookie', () => {
    const page = openPage({ config: { regime: 'opt-in' } });
    page.loadBundle();
    const details: ConsentState[] = [];
    page.document.addEventListener('consentgate:change', (event) => {
      details.push((event as CustomEvent<ConsentState>).detail);
    });
    page.api().acceptAll();
    expect(details).toHaveLength(1);
    expect(details[0]!.categories.analytics!.granted).toBe(true);
    expect(details[0]!.needsDecision).toBe(false);
    expect(page.document.cookie).toMatch(/(^|; )consentgate=1~/);

    // A second page load in the same browser (same cookie jar) reads the decision back.
    const cookie = page.document.cookie;
    const next = openPage({ config: { regime: 'opt-in' } });
    next.document.cookie = `${cookie.match(/consentgate=[^;]*/)![0]}; path=/`;
    next.loadBundle();
    expect(next.api().state().needsDecision).toBe(false);
    expect(next.api().state().categories.analytics).toEqual({ granted: true, reason: 'choice' });
  });

  it('loaded twice, keeps the first manager and its listeners fire once', () => {
    const page = openPage({ config: { regime: 'opt-in' } });
    page.loadBundle();
    const first = page.api();
    let managerEvents = 0;
    let documentEvents = 0;
    first.on('change', () => managerEvents++);
    page.document.addEventListener('consentgate:change', () => documentEvents++);

    page.loadBundle();
    expect(page.window.consentgate).toBe(first);
    page.api().acceptAll();
    expect(managerEvents).toBe(1);
    expect(documentEvents).toBe(1);
    expect(first.get('analytics')).toBe(true);
    expect(page.crashes).toEqual([]);
  });

  it('fails closed on an inline config that is not JSON', () => {
    const page = openPage({
      config: '{"regime": "opt-out",',
      // A permissive global config must not be used as a fallback for a broken inline one.
      head: `<script>window.consentgateConfig = { regime: 'opt-out' };</script>`,
    });
    page.loadBundle();
    const api = page.api();
    const state = api.state();
    expect(state.configErrors.length).toBeGreaterThan(0);
    expect(state.categories.necessary!.granted).toBe(true);
    for (const id of optional(state)) expect(state.categories[id]!.granted, id).toBe(false);
    expect(page.errors.some((e) => e.includes('#consentgate-config'))).toBe(true);

    let changes = 0;
    api.on('change', () => changes++);
    api.acceptAll();
    api.set({ analytics: true });
    for (const id of optional(api.state())) expect(api.get(id), id).toBe(false);
    expect(changes).toBe(0);
    expect(page.document.cookie).not.toContain('consentgate=');
    expect(page.crashes).toEqual([]);
  });

  it('logs a bad config field by its path and fails closed', () => {
    const page = openPage({
      config: {
        regime: 'opt-out', // would grant analytics by default if the config were valid
        categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'Google Analytics', cookies: [42] }] }],
      },
    });
    page.loadBundle();
    const api = page.api();
    const state = api.state();
    expect(state.configErrors.some((e) => e.includes('categories[0].services[0].cookies[0]'))).toBe(true);
    expect(page.errors.some((e) => e.includes('categories[0].services[0].cookies[0]'))).toBe(true);
    expect(state.categories.analytics).toEqual({ granted: false, reason: 'default' });
    expect(api.getService('ga')).toBe(false);
    api.acceptAll();
    expect(api.get('analytics')).toBe(false);
    expect(api.getService('ga')).toBe(false);
    expect(page.document.cookie).not.toContain('consentgate=');
  });

  it("names a blocked embed's category in the UI's words on its placeholder", async () => {
    const page = openPage({ config: { regime: 'opt-in', ui: { text: { socialName: 'Soziale Medien' } } } });
    page.loadBundle();
    page.document.body.insertAdjacentHTML('beforeend', '<iframe data-consent="social" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>');
    await new Promise((done) => setTimeout(done, 0));
    const placeholder = page.document.querySelector('.consentgate-placeholder');
    expect(placeholder?.textContent, placeholder?.textContent ?? '').toContain('Soziale Medien');
    expect(page.errors).toEqual([]);
  });

  it('takes the region from data-region on its script tag', () => {
    const us = openPage({ config: {} });
    us.loadBundle({ 'data-region': 'US-CA' });
    expect(us.api().state().region).toBe('US-CA');
    expect(us.api().state().regime).toBe('opt-out');
    expect(us.api().get('advertising')).toBe(true);
    expect(us.api().state().needsDecision).toBe(false);

    const de = openPage({ config: {} });
    de.loadBundle({ 'data-region': 'DE' });
    expect(de.api().state().regime).toBe('opt-in');
    expect(de.api().get('advertising')).toBe(false);

    // A region named in the config wins over the tag.
    const named = openPage({ config: { region: 'DE' } });
    named.loadBundle({ 'data-region': 'US-CA' });
    expect(named.api().state().region).toBe('DE');
    expect(named.api().state().regime).toBe('opt-in');
  });

  it('uses window.consentgateConfig when there is no inline config', () => {
    const page = openPage({
      head: `<script>window.consentgateConfig = { regime: 'opt-out', cookie: { name: 'cg_window' } };</script>`,
    });
    page.loadBundle();
    const api = page.api();
    expect(api.state().regime).toBe('opt-out');
    expect(api.state().configErrors).toEqual([]);
    api.rejectAll();
    expect(page.document.cookie).toMatch(/(^|; )cg_window=1~/);
    expect(api.get('advertising')).toBe(false);

    // With both, the inline config is the one used.
    const both = openPage({
      config: { regime: 'opt-in' },
      head: `<script>window.consentgateConfig = { regime: 'opt-out' };</script>`,
    });
    both.loadBundle();
    expect(both.api().state().regime).toBe('opt-in');
  });
});
