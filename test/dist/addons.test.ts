// The built add-ons beside the built script tag, in a fresh jsdom window per test:
// dist/consentgate-receipts.js and dist/consentgate-frames.js, included as the README says.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ConsentManager, Receipt } from '../../src/types';

const read = (file: string) => readFileSync(resolve(__dirname, '../../dist', file), 'utf8');

type Win = DOMWindow & { consentgate?: ConsentManager; beacons: Array<[string, Receipt]> };

/** A page on https://site.test that records sendBeacon calls; `scripts` are the dist files, in order. */
function openPage(config: unknown, scripts: string[], { gpc = false } = {}) {
  const errors: string[] = [];
  const crashes: Error[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (...args: unknown[]) => errors.push(args.map(String).join(' ')));
  virtualConsole.on('jsdomError', (error: Error) => crashes.push(error));
  const dom = new JSDOM(
    `<!doctype html><html lang="en"><head><script type="application/json" id="consentgate-config">${JSON.stringify(config)}</script></head><body></body></html>`,
    { url: 'https://site.test/page?email=a%40b.example', runScripts: 'dangerously', virtualConsole },
  );
  const window = dom.window as unknown as Win;
  window.beacons = [];
  Object.defineProperty(window.navigator, 'sendBeacon', {
    value: (url: string, body: string) => window.beacons.push([url, JSON.parse(body) as Receipt]) > 0,
  });
  if (gpc) Object.defineProperty(window.navigator, 'globalPrivacyControl', { value: true });
  for (const file of scripts) {
    const script = window.document.createElement('script');
    script.textContent = read(file);
    window.document.head.appendChild(script);
  }
  return { window, errors, crashes, api: () => window.consentgate! };
}

describe('dist/consentgate-receipts.js', () => {
  it('before consentgate.js: one receipt per decision, nothing on a plain load', () => {
    const page = openPage({ regime: 'opt-in', receipts: { endpoint: '/receipts' } }, ['consentgate-receipts.js', 'consentgate.js']);
    expect(page.window.beacons).toEqual([]);
    page.api().acceptAll();
    expect(page.window.beacons).toHaveLength(1);
    const [url, receipt] = page.window.beacons[0]!;
    expect(url).toBe('https://site.test/receipts');
    expect(receipt).toMatchObject({ v: 1, method: 'accept-all', url: 'https://site.test/page', language: 'en', id: page.api().state().record!.id });
    page.api().rejectAll();
    expect(page.window.beacons.map(([, r]) => r.method)).toEqual(['accept-all', 'reject-all']);
    expect(page.errors).toEqual([]);
    expect(page.crashes).toEqual([]);
  });

  it('after consentgate.js: still one receipt per decision', () => {
    const page = openPage({ regime: 'opt-in', receipts: { endpoint: '/receipts' } }, ['consentgate.js', 'consentgate-receipts.js']);
    page.api().set({ analytics: true });
    expect(page.window.beacons.map(([, r]) => r.method)).toEqual(['api']);
    expect(page.errors).toEqual([]);
  });

  it('sends a receipt for the signal opt-out the manager records on its own under GPC, once', () => {
    const config = { region: 'US-CA', receipts: { endpoint: 'https://receipts.test/c' } };
    const page = openPage(config, ['consentgate-receipts.js', 'consentgate.js'], { gpc: true });
    const record = page.api().state().record!;
    expect(record.optOut).toBe('gpc');
    expect(page.window.beacons).toHaveLength(1);
    expect(page.window.beacons[0]![1]).toMatchObject({ id: record.id, method: 'gpc', signals: { gpc: true, dnt: false } });
    expect(page.window.beacons[0]![1].granted.advertising).toBe(false);

    // The next page of the same visit reads the remembered opt-out: nothing new to prove.
    const cookie = page.window.document.cookie;
    const next = openPage(config, [], { gpc: true });
    next.window.document.cookie = `${cookie.match(/consentgate=[^;]*/)![0]}; path=/`;
    for (const file of ['consentgate-receipts.js', 'consentgate.js']) {
      const script = next.window.document.createElement('script');
      script.textContent = read(file);
      next.window.document.head.appendChild(script);
    }
    expect(next.api().state().record?.id).toBe(record.id);
    expect(next.window.beacons).toEqual([]);
  });

  it('sends nothing without a config, and reports a bad endpoint', () => {
    const none = openPage({ regime: 'opt-in' }, ['consentgate-receipts.js', 'consentgate.js']);
    none.api().acceptAll();
    expect(none.window.beacons).toEqual([]);
    const bad = openPage({ regime: 'opt-in', receipts: { endpoint: 'javascript:alert(1)' } }, ['consentgate-receipts.js', 'consentgate.js']);
    bad.api().acceptAll();
    expect(bad.window.beacons).toEqual([]);
    expect(bad.errors.some((e) => e.includes('receipts.endpoint'))).toBe(true);
  });
});

describe('dist/consentgate-frames.js', () => {
  it('on a top page, before consentgate.js: starts quietly and leaves the API whole', () => {
    const page = openPage({ regime: 'opt-in', frames: { origins: ['https://embed.test'] } }, ['consentgate-frames.js', 'consentgate.js']);
    expect(typeof page.api().acceptAll).toBe('function');
    page.api().acceptAll();
    expect(page.api().get('analytics')).toBe(true);
    expect(page.errors).toEqual([]);
    expect(page.crashes).toEqual([]);
  });

  it('reports a bad frames option by path, and an add-on included too late', () => {
    const bad = openPage({ regime: 'opt-in', frames: { origins: ['*'] } }, ['consentgate-frames.js', 'consentgate.js']);
    expect(bad.errors.some((e) => e.includes('frames.origins[0]'))).toBe(true);
    const late = openPage({ regime: 'opt-in' }, ['consentgate.js', 'consentgate-frames.js']);
    expect(late.errors.some((e) => e.includes('consentgate-frames.js must come before consentgate.js'))).toBe(true);
    expect(late.crashes).toEqual([]);
  });
});
