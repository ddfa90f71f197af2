// Google Consent Mode v2 and the dataLayer event, against standards.md 5.3.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../types';
import { commands, DENIED, entries, isArguments, manager, w } from './testing';
import { GOOGLE_TAG_HOSTS, googleConsentMode } from './consent-mode';
import { CONSENT_TYPES } from './consent-types';
import { isAdvanced } from './options';
import { builtinRules, matcher } from '../../gate/rules';

const GRANTED = Object.fromEntries(Object.keys(DENIED).map((k) => [k, 'granted']));

beforeEach(() => delete w.dataLayer);
afterEach(() => vi.restoreAllMocks());

describe('the default', () => {
  it('is the first dataLayer entry, an Arguments object with all seven keys and wait_for_update', () => {
    googleConsentMode(manager({ region: 'DE' }));
    const first = w.dataLayer![0];
    expect(isArguments(first)).toBe(true);
    expect(entries().findIndex((e) => Array.isArray(e) && e[0] === 'consent' && e[1] === 'default')).toBe(0);
    expect(commands('default')[0]).toEqual({ ...DENIED, wait_for_update: 500 });
  });

  it('pushes every gtag command as Arguments, never as an array', () => {
    googleConsentMode(manager({ region: 'DE' }), { consentMode: { urlPassthrough: true, developerId: 'dAbC123' } });
    const gtagEntries = w.dataLayer!.filter((e) => !(typeof e === 'object' && e !== null && 'event' in e));
    expect(gtagEntries.length).toBeGreaterThan(3);
    for (const entry of gtagEntries) {
      expect(Array.isArray(entry)).toBe(false);
      expect(isArguments(entry)).toBe(true);
    }
  });

  it('keeps what is already in dataLayer and adds after it', () => {
    w.dataLayer = [{ event: 'early' }];
    googleConsentMode(manager({ region: 'DE' }));
    expect(entries()[0]).toEqual({ event: 'early' });
    expect((entries()[1] as unknown[])[1]).toBe('default');
  });

  it('describes the regime before any choice: granted defaults in the opt-out regime, ad keys denied under GPC', () => {
    googleConsentMode(manager({ region: 'US-NY' }));
    expect(commands('default')[0]).toMatchObject({ ...GRANTED });
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'US-NY' }, { gpc: true }));
    expect(commands('default')[0]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'granted' });
  });

  it('sets ads_data_redaction by default, url_passthrough only when asked, a developer id only when set', () => {
    googleConsentMode(manager({ region: 'DE' }));
    const sets = () => entries().filter((e): e is unknown[] => Array.isArray(e) && e[0] === 'set');
    expect(sets()).toEqual([['set', 'ads_data_redaction', true]]);
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'DE' }), { consentMode: { adsDataRedaction: false, urlPassthrough: true, developerId: 'dAbC123' } });
    expect(sets()).toEqual([
      ['set', 'url_passthrough', true],
      ['set', 'developer_id.dAbC123', true],
    ]);
  });

  it('adds region defaults after the global one; a signal keeps their ad keys denied', () => {
    const regions = [{ region: ['ES', 'US-AK'], analytics_storage: 'granted' as const, ad_storage: 'granted' as const }];
    googleConsentMode(manager({ region: 'DE' }), { consentMode: { regions, waitForUpdate: 800 } });
    expect(commands('default')).toEqual([
      { ...DENIED, wait_for_update: 800 },
      { analytics_storage: 'granted', ad_storage: 'granted', region: ['ES', 'US-AK'], wait_for_update: 800 },
    ]);
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'DE' }, { gpc: true }), { consentMode: { regions } });
    expect(commands('default')[1]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
  });
});

describe('updates', () => {
  it('sends exactly one update per decision, with the category map applied', () => {
    const m = manager({ region: 'DE' });
    googleConsentMode(m);
    expect(commands('update')).toEqual([]);
    m.acceptAll();
    expect(commands('update')).toEqual([GRANTED]);
    m.set({ advertising: false });
    expect(commands('update')[1]).toEqual({ ...GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    m.set({ advertising: false });
    expect(commands('update')).toHaveLength(3);
    m.set({ functional: false, analytics: false });
    expect(commands('update')[3]).toMatchObject({ analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' });
  });

  it('sends one update on load when a decision is stored, none when not', () => {
    const cookies: Record<string, string> = {};
    manager({ region: 'DE' }, {}, cookies).acceptAll();
    googleConsentMode(manager({ region: 'DE' }, {}, cookies));
    expect(commands('default')[0]).toMatchObject(DENIED);
    expect(commands('update')).toEqual([GRANTED]);
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'DE' }));
    expect(commands('update')).toEqual([]);
  });

  it('sends an update when the state changes without a decision here (reset, another tab)', () => {
    const m = manager({ region: 'DE' });
    googleConsentMode(m);
    m.acceptAll();
    m.reset();
    expect(commands('update')).toEqual([GRANTED, DENIED]);
  });

  it('keeps the ad keys denied under GPC or honoured DNT unless the visitor opts in explicitly', () => {
    const gpc = manager({ region: 'US-CA' }, { gpc: true });
    googleConsentMode(gpc);
    gpc.set({ analytics: true });
    expect(commands('update')[0]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' });
    gpc.acceptAll();
    expect(commands('update')[1]).toMatchObject({ ad_storage: 'granted' });
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'US-NY' }, { dnt: '1' }));
    expect(commands('default')[0]).toMatchObject({ ad_storage: 'denied' });
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'US-NY', signals: { dnt: 'ignore' } }, { dnt: '1' }));
    expect(commands('default')[0]).toMatchObject({ ad_storage: 'granted' });
  });

  it('denies ad keys under a signal even when a replaced map ties them to an unflagged category', () => {
    const m = manager({ region: 'US-NY' }, { gpc: true });
    googleConsentMode(m, { consentMode: { map: { functional: ['ad_storage', 'functionality_storage'] } } });
    expect(commands('default')[0]).toMatchObject({ ad_storage: 'denied', functionality_storage: 'granted', analytics_storage: 'denied' });
  });

  it('follows a replaced map: types nothing maps to stay denied; a type needs all its categories', () => {
    const m = manager({ region: 'DE' });
    googleConsentMode(m, { consentMode: { map: { analytics: ['analytics_storage'], social: ['analytics_storage', 'personalization_storage'] } } });
    m.set({ analytics: true });
    expect(commands('update')[0]).toMatchObject({ analytics_storage: 'denied', personalization_storage: 'denied', ad_storage: 'denied' });
    m.set({ social: true });
    expect(commands('update')[1]).toMatchObject({ analytics_storage: 'granted', personalization_storage: 'granted', ad_storage: 'denied' });
    expect(CONSENT_TYPES.advertising).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });
});

describe('options', () => {
  it('names each bad field by its exact path, and that field keeps its whole strict default', () => {
    const report = vi.fn();
    const m = manager({ region: 'DE' });
    googleConsentMode(
      m,
      {
        consentMode: {
          regions: [{ region: ['ES'], analytics_storage: 'granted' }, { region: ['US', 'fr'], ad_storage: 'granted' }],
          map: { analytics: ['analytics_storage'], 'my ads': ['ad_storage', 'security_storage'] },
          waitForUpdate: Number.NaN,
          developerID: 'x',
        } as never,
      },
      report,
    );
    expect(report.mock.calls.map((c) => c[0])).toEqual([
      'consentgate: consentMode.regions[1].region[1] must be a region code such as "ES" or "US-CA"',
      expect.stringMatching(/^consentgate: consentMode\.map\["my ads"\]\[1\] must be 'ad_storage', .* or 'personalization_storage'$/),
      'consentgate: consentMode.waitForUpdate must be a number of milliseconds, 0 or more',
      expect.stringMatching(/^consentgate: consentMode\.developerID is not a known option \(known: map, /),
    ]);
    // Half a list never applies: no region default at all, and the built-in map.
    expect(commands('default')).toEqual([{ ...DENIED, wait_for_update: 500 }]);
    m.set({ analytics: true });
    expect(commands('update')[0]).toMatchObject({ analytics_storage: 'granted' });
  });
});

describe('advanced mode, per region', () => {
  const run = (config: Config, consentMode: unknown) => {
    const report = vi.fn();
    const handle = googleConsentMode(manager(config), { consentMode: consentMode as Config['consentMode'] }, report);
    return { hosts: handle.gateHosts, report, entries: entries() };
  };

  it('is off by default and for consentMode: false: the gate keeps blocking the Google tag', () => {
    expect(run({ region: 'US-CA' }, undefined).hosts).toEqual([]);
    expect(run({ region: 'US-CA' }, {}).hosts).toEqual([]);
    expect(run({ region: 'US-CA' }, false).hosts).toEqual([]);
  });

  it('applies to a listed region, exactly or through its country', () => {
    expect(run({ region: 'US' }, { advanced: ['US'] }).hosts).toEqual(GOOGLE_TAG_HOSTS);
    expect(run({ region: 'US-CA' }, { advanced: ['US'] }).hosts).toEqual(GOOGLE_TAG_HOSTS);
    expect(run({ region: 'US-CA' }, { advanced: ['US-CA'] }).hosts).toEqual(GOOGLE_TAG_HOSTS);
    expect(run({ region: 'US-TX' }, { advanced: ['US-CA'] }).hosts).toEqual([]);
    // A country-level visitor is not inside one of its subdivisions.
    expect(run({ region: 'US' }, { advanced: ['US-CA'] }).hosts).toEqual([]);
    expect(run({ region: 'DE' }, { advanced: ['US', 'US-CA'] }).hosts).toEqual([]);
  });

  it('never applies to an unknown region', () => {
    // No configured region and no time zone: the manager's region is null.
    const m = manager();
    expect(m.state().region).toBeNull();
    expect(googleConsentMode(m, { consentMode: { advanced: ['US', 'DE', 'GB'] } }).gateHosts).toEqual([]);
    expect(isAdvanced(null, ['US'])).toBe(false);
    expect(isAdvanced('', ['US'])).toBe(false);
  });

  it('rejects a malformed list by name and falls back to basic mode everywhere', () => {
    for (const bad of ['US', ['us'], ['USA'], ['US-'], ['US', 7], [null], { US: true }, [['US']]]) {
      const { hosts, report } = run({ region: 'US' }, { advanced: bad });
      expect(hosts).toEqual([]);
      expect(report).toHaveBeenCalledWith(expect.stringMatching(/^consentgate: consentMode\.advanced(\[0\]|\[1\])? must be an? /));
    }
    const { hosts, report } = run({ region: 'US' }, { advanced: [] });
    expect(hosts).toEqual([]);
    expect(report).not.toHaveBeenCalled();
  });

  it('sends exactly the same commands as basic mode', () => {
    const config: Config = { region: 'US', regime: 'opt-in' };
    const basic = run(config, {}).entries;
    delete w.dataLayer;
    const advanced = run(config, { advanced: ['US'] });
    expect(advanced.hosts).toEqual(GOOGLE_TAG_HOSTS);
    expect(advanced.entries).toEqual(basic);
    expect(commands('default')[0]).toEqual({ ...DENIED, wait_for_update: 500 });
  });

  it('lists exact Google tag hosts that the built-in gate rules would otherwise block', () => {
    const match = matcher(builtinRules(), []);
    for (const host of GOOGLE_TAG_HOSTS) expect(match(`https://${host}/x`, 'https://site.test/'), host).toBeDefined();
    const advanced = matcher(builtinRules(), [...GOOGLE_TAG_HOSTS]);
    expect(advanced('https://www.googletagmanager.com/gtag/js?id=G-XXXX', 'https://site.test/')).toBeUndefined();
    expect(advanced('https://region1.google-analytics.com/g/collect?v=2', 'https://site.test/')).toBeUndefined();
    // Other services on the same domains stay gated.
    expect(advanced('https://ad.doubleclick.net/ddm/x', 'https://site.test/')).toBeDefined();
    expect(advanced('https://www.googlesyndication.com/x', 'https://site.test/')).toBeDefined();
  });
});
