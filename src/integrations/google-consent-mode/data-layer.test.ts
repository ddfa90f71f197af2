// The dataLayer event for tag managers, and how Consent Mode copes with bad options and pages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { googleConsentMode } from './consent-mode';
import { commands, DENIED, entries, manager, w } from './testing';

const events = () => entries().filter((e) => !Array.isArray(e)) as Array<{ event: string; consentgate: any }>;

beforeEach(() => delete w.dataLayer);
afterEach(() => vi.restoreAllMocks());

describe('the dataLayer event', () => {
  it('is pushed on load and on every decision, for GTM triggers', () => {
    const m = manager({ region: 'DE' });
    googleConsentMode(m);
    expect(events()).toHaveLength(1);
    expect(events()[0]).toEqual({
      event: 'consentgate_update',
      consentgate: {
        categories: { necessary: true, functional: false, analytics: false, advertising: false, session_replay: false, social: false },
        services: {},
        regime: 'opt-in',
        gpc: false,
        dnt: false,
      },
    });
    m.acceptAll();
    expect(events()).toHaveLength(2);
    expect(events()[1]!.consentgate.categories.analytics).toBe(true);
  });

  it('takes a configured name, and can be switched off while Consent Mode stays', () => {
    googleConsentMode(manager({ region: 'DE' }), { dataLayer: { event: 'cg' } });
    expect(events()[0]!.event).toBe('cg');
    delete w.dataLayer;
    googleConsentMode(manager({ region: 'DE' }), { dataLayer: false });
    expect(events()).toEqual([]);
    expect(commands('default')).toHaveLength(1);
  });

  it('still comes when Consent Mode is switched off', () => {
    googleConsentMode(manager({ region: 'DE' }), { consentMode: false });
    expect(commands('default')).toEqual([]);
    expect(entries().filter((e) => Array.isArray(e))).toEqual([]);
    expect(events()).toHaveLength(1);
  });
});

describe('options and failures', () => {
  it('reports each bad field by name and keeps the strict default', () => {
    const report = vi.fn();
    googleConsentMode(
      manager({ region: 'DE' }),
      {
        consentMode: {
          waitForUpdate: -1,
          regions: [{ region: ['es'], analytics_storage: 'granted' }],
          map: { advertising: ['security_storage'] },
          urlPassthrough: 'yes',
          developerId: 'a b',
        } as never,
        dataLayer: { event: '' },
      },
      report,
    );
    const messages = report.mock.calls.map((c) => c[0]).join('\n');
    for (const field of ['consentMode.waitForUpdate', 'consentMode.regions', 'consentMode.map', 'consentMode.urlPassthrough', 'consentMode.developerId', 'dataLayer.event']) {
      expect(messages).toContain(field);
    }
    expect(commands('default')).toEqual([{ ...DENIED, wait_for_update: 500 }]);
    expect(entries().filter((e) => Array.isArray(e) && e[0] === 'set')).toEqual([['set', 'ads_data_redaction', true]]);
    expect(events()[0]!.event).toBe('consentgate_update');
  });

  it('never throws into the page when the data layer misbehaves', () => {
    const report = vi.fn();
    w.dataLayer = Object.assign([], {
      push() {
        throw new Error('broken container');
      },
    });
    const m = manager({ region: 'DE' });
    expect(() => googleConsentMode(m, {}, report)).not.toThrow();
    expect(report).toHaveBeenCalledWith('consentgate: Google Consent Mode could not start', expect.any(Error));
  });

  it('stops on unsubscribe', () => {
    const m = manager({ region: 'DE' });
    const stop = googleConsentMode(m);
    stop();
    m.acceptAll();
    expect(commands('update')).toEqual([]);
  });
});
