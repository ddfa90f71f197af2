// Vendors' own consent calls: made on grant and on withdrawal, and only when the vendor is there.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createManager } from '../../core';
import type { Config, ConsentManager } from '../../types';
import { testEnv } from '../testing';
import { revokeVendors, vendorConsent } from './vendors';

type Calls = unknown[][];
const w = window as unknown as Record<string, unknown>;
let calls: Calls;

function manager(config: Config = {}, values: Record<string, string> = {}): ConsentManager {
  return createManager(config, testEnv({ values }));
}

/** Stand-ins with the vendors' call shapes, recording what they are told. */
function installVendors(): void {
  w.fbq = (...args: unknown[]) => calls.push(['fbq', ...args]);
  w.uetq = { push: (...args: unknown[]) => calls.push(['uetq', ...args]) };
  w.clarity = (...args: unknown[]) => calls.push(['clarity', ...args]);
  w.ttq = Object.fromEntries(['grantConsent', 'revokeConsent', 'holdConsent'].map((m) => [m, () => calls.push(['ttq', m])]));
}

beforeEach(() => {
  calls = [];
  for (const name of ['fbq', 'uetq', 'clarity', 'ttq']) delete w[name];
});
afterEach(() => vi.restoreAllMocks());

describe('vendorConsent', () => {
  it('tells every vendor present the state on load: TikTok holds while a decision is pending', () => {
    installVendors();
    vendorConsent(manager({ region: 'DE' }));
    expect(calls).toEqual([
      ['fbq', 'consent', 'revoke'],
      ['uetq', 'consent', 'update', { ad_storage: 'denied' }],
      ['ttq', 'holdConsent'],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ]);
  });

  it('grants on acceptance and revokes on withdrawal, only for vendors whose category flipped', () => {
    const m = manager({ region: 'DE' });
    vendorConsent(m);
    installVendors();
    m.acceptAll();
    expect(calls).toEqual([
      ['fbq', 'consent', 'grant'],
      ['uetq', 'consent', 'update', { ad_storage: 'granted' }],
      ['ttq', 'grantConsent'],
      ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
    ]);
    calls = [];
    m.set({ analytics: false });
    expect(calls).toEqual([['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'denied' }]]);
    calls = [];
    m.set({ advertising: false });
    expect(calls).toEqual([
      ['fbq', 'consent', 'revoke'],
      ['uetq', 'consent', 'update', { ad_storage: 'denied' }],
      ['ttq', 'revokeConsent'],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ]);
  });

  it('ends the hold with the decision even when nothing flipped, and holds again after a reset', () => {
    installVendors();
    const m = manager({ region: 'DE' });
    vendorConsent(m);
    calls = [];
    m.rejectAll();
    expect(calls).toContainEqual(['ttq', 'revokeConsent']);
    expect(calls).toContainEqual(['fbq', 'consent', 'revoke']);
    calls = [];
    m.reset();
    expect(calls).toContainEqual(['ttq', 'holdConsent']);
  });

  it('calls nothing that is not on the page, and defines no vendor global', () => {
    const m = manager({ region: 'DE' });
    vendorConsent(m);
    m.acceptAll();
    for (const name of ['fbq', 'uetq', 'clarity', 'ttq']) expect(w[name]).toBeUndefined();
  });

  it('follows a configured category or service per vendor, and false silences one', () => {
    const m = manager({
      region: 'DE',
      categories: [
        { id: 'necessary', required: true },
        { id: 'ads', services: [{ id: 'meta-pixel', name: 'Meta' }] },
        { id: 'stats' },
      ],
    });
    vendorConsent(m, { meta: 'meta-pixel', uet: 'ads', tiktok: false, clarity: { ads: 'ads', analytics: 'stats' } });
    installVendors();
    m.set({ ads: true }, { 'meta-pixel': false });
    expect(calls).toEqual([
      ['fbq', 'consent', 'revoke'],
      ['uetq', 'consent', 'update', { ad_storage: 'granted' }],
      ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'denied' }],
    ]);
    calls = [];
    m.set({}, { 'meta-pixel': true });
    expect(calls).toEqual([['fbq', 'consent', 'grant']]);
  });

  it("calls the site's own vendors the same way", () => {
    const grant = vi.fn();
    const revoke = vi.fn();
    const m = manager({ region: 'DE' });
    vendorConsent(m, { custom: [{ category: 'analytics', grant, revoke }] });
    expect(revoke).toHaveBeenCalledTimes(1);
    m.acceptAll();
    expect(grant).toHaveBeenCalledTimes(1);
    m.rejectAll();
    expect(revoke).toHaveBeenCalledTimes(2);
  });

  it('reports bad options by name, leaves out a half-defined site vendor, and survives a vendor that throws', () => {
    const report = vi.fn();
    const m = manager({ region: 'DE' });
    w.fbq = () => {
      throw new Error('pixel bug');
    };
    const grant = vi.fn();
    vendorConsent(m, { meta: 5 as never, clarity: { ads: 'advertising' } as never, custom: [{ category: 'analytics', grant } as never] }, report);
    const messages = report.mock.calls.map((c) => c[0]).join('\n');
    expect(messages).toContain('vendors.meta');
    expect(messages).toContain('vendors.clarity');
    expect(messages).toContain('vendors.custom[0]');
    expect(messages).toContain('failed');
    expect(() => m.acceptAll()).not.toThrow();
    expect(grant).not.toHaveBeenCalled();
  });

  it('does nothing with vendors: false', () => {
    installVendors();
    const m = manager({ region: 'DE' });
    vendorConsent(m, false);
    m.acceptAll();
    expect(calls).toEqual([]);
  });
});

describe('revokeVendors (for the gate’s onWithdraw)', () => {
  it('revokes the vendors that follow a withdrawn category, keeping what else they follow from the state', () => {
    installVendors();
    const m = manager({ region: 'DE' });
    m.acceptAll();
    revokeVendors(['advertising'], {}, m.state());
    expect(calls).toEqual([
      ['fbq', 'consent', 'revoke'],
      ['uetq', 'consent', 'update', { ad_storage: 'denied' }],
      ['ttq', 'revokeConsent'],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
    ]);
    calls = [];
    revokeVendors(['analytics']);
    expect(calls).toEqual([['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
  });
});
