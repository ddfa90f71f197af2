// What __gpp hands out, read back with IAB's own decoder (@iabgpp/cmpapi 3.2.0): for every US
// section and every situation a visitor can be in, the string decodes to the expected fields,
// getSection and getField answer exactly what the decoder yields for that string (GPC sub-section
// included), and the section list follows the region.
import { GppModel } from '@iabgpp/cmpapi';
import { beforeEach, describe, expect, it } from 'vitest';
import { createManager } from '../../core';
import type { Config, ConsentManager, GppOptions } from '../../types';
import { testEnv } from '../testing';
import { installGpp } from './install';
import { PREFIXES } from './tables';

type Gpp = (command: string, callback: (data: any, success: boolean) => void, parameter?: unknown) => void;
const w = window as unknown as { __gpp?: Gpp };
const call = (command: string, parameter?: unknown): any => {
  let result: unknown;
  w.__gpp!(command, (data) => (result = data), parameter);
  return result;
};

beforeEach(() => {
  delete w.__gpp;
  document.body.innerHTML = '';
});

/** Installs __gpp for a visitor in `region`, after `act`; returns the string and what the decoder makes of it. */
function visit(region: string, gpc: boolean, act: (m: ConsentManager) => void, config: Config = {}) {
  const manager = createManager({ region, ...config }, testEnv({ gpc }));
  delete w.__gpp;
  installGpp(config, manager);
  act(manager);
  const ping = call('ping');
  return { ping, model: new GppModel(ping.gppString) };
}

/** Each section's field as the decoder would read it, the same for every section (lists of N zeros). */
function expected(prefix: string, library: Record<string, unknown>, o: { sale: number; sharing: number; targeted: number; gpc: boolean }) {
  const values: Record<string, unknown> = {
    Version: prefix === 'usnat' ? 2 : 1,
    MspaVersion: 1,
    ProcessingNotice: 1,
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SensitiveDataProcessingOptOutNotice: 0,
    SensitiveDataOptOutNotice: 0,
    SensitiveDataLimitUseNotice: 0,
    SaleOptOut: o.sale,
    SharingOptOut: o.sharing,
    TargetedAdvertisingOptOut: o.targeted,
    SensitiveDataProcessing: 0,
    KnownChildSensitiveDataConsents: 0,
    PersonalDataConsents: 0,
    AdditionalDataProcessingConsent: 0,
    MspaCoveredTransaction: 2,
    MspaOptOutOptionMode: 0,
    MspaServiceProviderMode: 0,
    MspaMode: 0,
    GpcSegmentType: 1,
    Gpc: o.gpc,
  };
  return Object.fromEntries(
    Object.entries(library).map(([name, value]) => [name, Array.isArray(value) ? value.map(() => values[name]) : values[name]]),
  );
}

/** getSection (flattened) and getField against the decoder, field by field, for one section of the string. */
function expectParity(prefix: string, model: GppModel): Record<string, unknown> {
  const library = (model.toObject() as Record<string, Record<string, unknown>>)[prefix]!;
  expect(Object.assign({}, ...call('getSection', prefix))).toEqual(library);
  // The library also answers whether a sub-section was in the string; getField does the same.
  const flags = ['GpcSegmentIncluded', 'SensitiveDataConsentSegmentIncluded'].filter((flag) => {
    try {
      return model.getFieldValue(prefix, flag) !== undefined;
    } catch {
      return false;
    }
  });
  for (const field of [...Object.keys(library), ...flags]) {
    expect(call('getField', `${prefix}.${field}`), `${prefix}.${field}`).toEqual(model.getFieldValue(prefix, field));
  }
  return library;
}

const SITUATIONS: Array<[string, boolean, (m: ConsentManager) => void, { sale: number; sharing: number; targeted: number }]> = [
  ['no signal', false, () => {}, { sale: 2, sharing: 2, targeted: 2 }],
  ['GPC', true, () => {}, { sale: 1, sharing: 1, targeted: 1 }],
  ['Reject all', false, (m) => m.rejectAll(), { sale: 1, sharing: 1, targeted: 1 }],
  ['Accept all', false, (m) => m.acceptAll(), { sale: 2, sharing: 2, targeted: 2 }],
  ['analytics switched off', false, (m) => m.set({ analytics: false }), { sale: 1, sharing: 2, targeted: 2 }],
  ['GPC, then Accept all', true, (m) => m.acceptAll(), { sale: 2, sharing: 2, targeted: 2 }],
];

// usnat stands alone in New York (no state section); every state section with its own state.
const REGIONS = PREFIXES.map((prefix, index) => [prefix, index ? `US-${prefix.slice(2).toUpperCase()}` : 'US-NY', index + 7] as const);
const CASES = REGIONS.flatMap(([prefix, region, id]) => SITUATIONS.map(([name, gpc, act, o]) => [prefix, name, region, id, gpc, act, o] as const));

describe('every US section, read back by IAB’s decoder', () => {
  it.each(CASES)('%s, %s', (prefix, _, region, id, gpc, act, o) => {
    const { ping, model } = visit(region, gpc, act);
    const list = id === 7 ? [7] : [7, id];
    expect(ping).toMatchObject({ sectionList: list, applicableSections: [id] });
    expect(model.getSectionIds()).toEqual(list);
    for (const name of id === 7 ? ['usnat'] : ['usnat', prefix]) {
      const library = expectParity(name, model);
      expect(library).toEqual(expected(name, library, { ...o, gpc }));
      expect(ping.parsedSections[name]).toEqual(call('getSection', name));
    }
  });
});

describe('the site’s own settings reach every section', () => {
  const gpp: GppOptions = { mspaCoveredTransaction: 1, mspaOptOutOptionMode: 1, mspaServiceProviderMode: 2, knownChild: 1, sensitiveData: ['advertising'], notices: { processing: 2 } };

  it.each(REGIONS)('%s: MSPA, known child, sensitive data and notices', (prefix, region) => {
    // Sensitive data counts as consented only by the visitor's own choice, never by default.
    for (const [act, sensitive] of [[() => {}, 1], [(m: ConsentManager) => m.acceptAll(), 2], [(m: ConsentManager) => m.set({ advertising: false }), 1]] as const) {
      const { model } = visit(region, false, act, { gpp });
      const library = expectParity(prefix, model);
      const fields = { MspaCoveredTransaction: 1, MspaOptOutOptionMode: 1, MspaServiceProviderMode: 2, MspaMode: 1, ProcessingNotice: 2 };
      for (const [name, value] of Object.entries(fields)) if (name in library) expect(library[name], name).toBe(value);
      // Maryland's section has neither field.
      if (prefix !== 'usmd') {
        expect([library.KnownChildSensitiveDataConsents].flat()).toEqual(expect.arrayContaining([1]));
        expect([library.KnownChildSensitiveDataConsents].flat()).not.toContain(0);
        expect(new Set([library.SensitiveDataProcessing].flat())).toEqual(new Set([sensitive]));
      }
    }
  });
});

describe('which sections a page carries', () => {
  const lists = (region: string, sections?: 'national' | 'state' | 'both') => {
    const { ping } = visit(region, true, () => {}, sections ? { gpp: { sections } } : {});
    return [ping.sectionList, ping.applicableSections, ping.supportedAPIs.length];
  };

  it("'both' (the default): usnat and the state's section, the state's in force", () => {
    expect(lists('US-VA')).toEqual([[7, 9], [9], 21]);
    expect(lists('US-RI', 'both')).toEqual([[7, 27], [27], 21]);
  });

  it("'national': usnat only, and only usnat supported", () => {
    expect(lists('US-VA', 'national')).toEqual([[7], [7], 1]);
    expect(call('ping').supportedAPIs).toEqual(['7:usnat']);
  });

  it("'state': the state's section alone, usnat where the state has none", () => {
    expect(lists('US-TX', 'state')).toEqual([[16], [16], 21]);
    expect(lists('US-NY', 'state')).toEqual([[7], [7], 21]);
  });

  it('a US region without a state, or none with the opt-out regime: usnat; outside the US nothing', () => {
    expect(lists('US')).toEqual([[7], [7], 21]);
    expect(lists('US-WA')).toEqual([[7], [7], 21]);
    expect(lists('DE', 'state')).toEqual([[], [-1], 21]);
    expect(call('ping').supportedAPIs.slice(0, 3)).toEqual(['7:usnat', '8:usca', '9:usva']);
  });

  it('getField and hasSection know nothing of inherited keys', () => {
    visit('US-CA', true, () => {});
    expect(call('hasSection', 'constructor')).toBe(false);
    expect(call('getSection', 'toString')).toBeNull();
    expect(call('getField', 'usnat.constructor')).toBeNull();
    expect(call('getField', 'usca.GpcSegmentIncluded')).toBe(true);
    expect(call('getField', 'usca.SensitiveDataConsentSegmentIncluded')).toBeNull();
  });
});
