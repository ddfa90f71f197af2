// US sections from the manager's state, checked against standards.md 6.3 and @iabgpp/cmpapi's GppModel.
import { GppModel } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { createManager } from '../../core';
import type { Config, ConsentManager } from '../../types';
import { testEnv } from '../testing';
import { readGppSettings } from './options';
import { encodeSection, gppData, type Sub } from './sections';
import { uspString } from './usp';

const DEFAULTS = readGppSettings(undefined, true, () => {});

function manager(config: Config = {}, signals: { gpc?: boolean; dnt?: string } = {}, values: Record<string, string> = {}): ConsentManager {
  return createManager(config, testEnv({ ...signals, values }));
}

const data = (m: ConsentManager, settings = DEFAULTS) => gppData(m.state(), m.config, settings);

/** What GppModel decodes for one section (getSection's sub-sections, flattened). */
const decoded = (gppString: string, section: string): Record<string, unknown> =>
  (new GppModel(gppString).toObject() as Record<string, unknown>)[section] as Record<string, unknown>;
const flat = (subs: Sub[]) => Object.assign({}, ...subs) as Record<string, unknown>;

describe('standards.md 6.3 test vectors', () => {
  it('usnat with GPC: all four notices 1, all three opt-outs 1, MSPA 2, Gpc true', () => {
    const d = data(manager({ region: 'US-NY' }, { gpc: true }));
    expect(d.gppString).toBe('DBABLA~CVQVAAAAAACA.YA');
    expect(d.sectionList).toEqual([7]);
    expect(d.applicableSections).toEqual([7]);
    expect(decoded(d.gppString, 'usnat')).toEqual(flat(d.sections.usnat!));
  });

  it('usnat without a signal: did not opt out; the core matches the vector and a Gpc=false sub-section follows', () => {
    const d = data(manager({ region: 'US-NY' }));
    expect(d.strings.usnat).toBe('CVQqAAAAAACA.QA');
    const { GpcSegmentType, Gpc, ...vector } = (new GppModel('DBABLA~CVQqAAAAAACA').toObject() as Record<string, unknown>).usnat as Record<string, unknown>;
    expect(vector).toEqual(d.sections.usnat![0]);
    expect(d.sections.usnat![1]).toEqual({ GpcSegmentType, Gpc });
  });

  it('usca in California, with and without GPC', () => {
    const on = data(manager({ region: 'US-CA' }, { gpc: true }));
    expect(on.strings.usca).toBe('BUUAAACA.YA');
    expect(on.gppString).toBe('DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA');
    expect(on.sectionList).toEqual([7, 8]);
    expect(on.applicableSections).toEqual([8]);
    expect((new GppModel('DBABBg~BUUAAACA.YA').toObject() as Record<string, unknown>).usca).toEqual((new GppModel(on.gppString).toObject() as Record<string, unknown>).usca);
    const off = data(manager({ region: 'US-CA' }));
    expect(off.strings.usca).toBe('BUoAAACA.QA');
    expect(decoded(off.gppString, 'usca')).toEqual(flat(off.sections.usca!));
  });

  it('decodes the two-section and the uspv1 vectors, and produces the uspv1 one', () => {
    expect(new GppModel('DBABrw~CAAQAAAAAABA.QA~BAQAAABA.QA').getSectionIds()).toEqual([7, 8]);
    const m = manager({ region: 'US-CA' }, { gpc: true });
    const usp = uspString(m.state(), m.config, DEFAULTS.usp!);
    expect(usp).toBe('1YYN');
    expect(`${'DBABTA'}~${usp}`).toBe('DBABTA~1YYN');
    expect((new GppModel(`DBABTA~${usp}`).toObject() as Record<string, unknown>).uspv1).toEqual({ Version: 1, Notice: 'Y', OptOutSale: 'Y', LspaCovered: 'N' });
  });
});

describe('where a US section applies', () => {
  it('outside the US: no section, applicableSections [-1], a header-only string', () => {
    const d = data(manager({ region: 'DE' }));
    expect(d).toMatchObject({ sections: {}, sectionList: [], applicableSections: [-1], gppString: 'DBAA' });
    expect(new GppModel(d.gppString).getSectionIds()).toEqual([]);
  });

  it('an unknown region with the opt-out regime counts as US; with opt-in it does not', () => {
    expect(data(manager({ regime: 'opt-out' })).sectionList).toEqual([7]);
    expect(data(manager({ regime: 'opt-in' })).sectionList).toEqual([]);
  });
});

describe('opt-outs follow the choices and the signals', () => {
  const fields = (m: ConsentManager) => {
    const core = data(m).sections.usnat![0]!;
    return [core.SaleOptOut, core.SharingOptOut, core.TargetedAdvertisingOptOut];
  };

  it('defaults of the opt-out regime are not opt-outs (session replay is off by default)', () => {
    expect(fields(manager({ region: 'US-NY' }))).toEqual([2, 2, 2]);
  });

  it('refusing a sale-flagged category opts out of sale; refusing advertising opts out of all three', () => {
    const a = manager({ region: 'US-NY' });
    a.set({ analytics: false });
    expect(fields(a)).toEqual([1, 2, 2]);
    const b = manager({ region: 'US-NY' });
    b.set({ advertising: false });
    expect(fields(b)).toEqual([1, 1, 1]);
    const c = manager({ region: 'US-NY', categories: [{ id: 'necessary', required: true }, { id: 'replay', default: true, share: true }] });
    c.set({ replay: false });
    expect(fields(c)).toEqual([2, 1, 1]);
  });

  it('leaving a default-off category off is no opt-out in the opt-out regime; any flagged "no" is one in opt-in', () => {
    const a = manager({ region: 'US-NY' });
    a.set({ analytics: true });
    expect(a.state().categories.session_replay).toMatchObject({ granted: false, reason: 'choice' });
    expect(fields(a)).toEqual([2, 2, 2]);
    const b = manager({ region: 'US-TX', regimes: { 'US-TX': 'opt-in' } });
    b.set({ analytics: true, advertising: true, social: true });
    expect(fields(b)).toEqual([2, 1, 2]);
  });

  it('a refused sale-flagged service counts too', () => {
    const m = manager({
      region: 'US-NY',
      categories: [{ id: 'necessary', required: true }, { id: 'analytics', default: true, services: [{ id: 'ga', name: 'GA', sale: true }] }],
    });
    m.set({}, { ga: false });
    expect(fields(m)).toEqual([1, 2, 2]);
  });

  it('DNT when honoured opts out; ignored, it does not; Gpc stays the live GPC value', () => {
    expect(fields(manager({ region: 'US-NY' }, { dnt: '1' }))).toEqual([1, 1, 1]);
    expect(fields(manager({ region: 'US-NY', signals: { dnt: 'ignore' } }, { dnt: '1' }))).toEqual([2, 2, 2]);
    expect(data(manager({ region: 'US-NY' }, { dnt: '1' })).sections.usnat![1]).toEqual({ GpcSegmentType: 1, Gpc: false });
  });

  it('a remembered GPC opt-out holds on a later visit without the signal (Gpc false there)', () => {
    const cookies: Record<string, string> = {};
    manager({ region: 'US-NY' }, { gpc: true }, cookies);
    const later = data(manager({ region: 'US-NY' }, {}, cookies));
    expect(later.sections.usnat![0]).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(later.sections.usnat![1]).toEqual({ GpcSegmentType: 1, Gpc: false });
  });

  it('an explicit opt-in under GPC lifts the opt-outs but still passes Gpc on', () => {
    const m = manager({ region: 'US-NY' }, { gpc: true });
    m.acceptAll();
    expect(fields(m)).toEqual([2, 2, 2]);
    expect(data(m).sections.usnat![1]!.Gpc).toBe(true);
  });
});

describe('encoding matches GppModel byte for byte', () => {
  it('for every notice, opt-out, MSPA and GPC combination (sampled)', () => {
    const oracle = new GppModel();
    let checked = 0;
    for (let seed = 0; seed < 400; seed++) {
      const pick = (n: number, k: number) => Math.floor(seed / n ** k) % n;
      const core: Sub = {
        Version: 2,
        SharingNotice: pick(3, 0),
        SaleOptOutNotice: pick(3, 1),
        SharingOptOutNotice: pick(3, 2),
        TargetedAdvertisingOptOutNotice: pick(3, 3),
        SensitiveDataProcessingOptOutNotice: (seed * 7) % 3,
        SensitiveDataLimitUseNotice: (seed * 5) % 3,
        SaleOptOut: 1 + (seed % 2),
        SharingOptOut: 1 + ((seed >> 1) % 2),
        TargetedAdvertisingOptOut: 1 + ((seed >> 2) % 2),
        SensitiveDataProcessing: Array.from({ length: 16 }, (_, i) => (seed + i) % 3),
        KnownChildSensitiveDataConsents: [seed % 3, (seed + 1) % 3, (seed + 2) % 3],
        PersonalDataConsents: (seed >> 3) % 3,
        MspaCoveredTransaction: 1 + ((seed >> 4) % 2),
        MspaOptOutOptionMode: (seed >> 5) % 3,
        MspaServiceProviderMode: (seed >> 6) % 3,
      };
      const gpc = seed % 5 === 0;
      oracle.setFieldValue('usnat', 'GpcSegmentIncluded', true);
      for (const [field, value] of Object.entries(core)) oracle.setFieldValue('usnat', field, value);
      oracle.setFieldValue('usnat', 'Gpc', gpc);
      expect(encodeSection([core, { GpcSegmentType: 1, Gpc: gpc }])).toBe(oracle.encodeSection('usnat'));
      checked++;
    }
    expect(checked).toBe(400);
  });

  it('for configured notices and MSPA fields, which also decode back', () => {
    const settings = readGppSettings(
      { notices: { sharing: 2, saleOptOut: 1, sensitiveDataLimitUse: 1 }, mspaCoveredTransaction: 1, mspaServiceProviderMode: 1, mspaOptOutOptionMode: 2 },
      undefined,
      () => {},
    );
    const d = data(manager({ region: 'US-CA' }), settings);
    const usnat = (new GppModel(d.gppString).toObject() as Record<string, unknown>).usnat as Record<string, unknown>;
    expect(usnat).toMatchObject({ SharingNotice: 2, SaleOptOutNotice: 1, SensitiveDataLimitUseNotice: 1, MspaCoveredTransaction: 1, MspaOptOutOptionMode: 2, MspaServiceProviderMode: 1 });
    expect(decoded(d.gppString, 'usca')).toEqual(flat(d.sections.usca!));
  });
});
