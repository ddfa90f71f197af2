import { describe, expect, it } from 'vitest';
import type { ConsentRecord, Regime, Signals } from '../types';
import { decide } from './decide';
import { validateConfig } from './validate';

const { config } = validateConfig({
  categories: [
    { id: 'necessary' },
    { id: 'functional' },
    {
      id: 'analytics',
      services: [
        { id: 'ga', name: 'Google Analytics' },
        { id: 'own-stats', name: 'Own statistics', sale: false },
      ],
    },
    { id: 'advertising', services: [{ id: 'meta', name: 'Meta pixel' }] },
    { id: 'session_replay' },
    { id: 'social' },
  ],
});

const NONE: Signals = { gpc: false, dnt: false };
const GPC: Signals = { gpc: true, dnt: false };
const DNT: Signals = { gpc: false, dnt: true };

function record(partial: Partial<ConsentRecord>): ConsentRecord {
  return {
    id: 'id-0123456789', revision: '1', regime: 'opt-in', created: 0, updated: 0, method: 'custom',
    categories: {}, services: {}, signals: NONE, optOut: null, uiVersion: '0.1.0', ...partial,
  };
}

const ALL_YES = { functional: true, analytics: true, advertising: true, session_replay: true, social: true };
const ALL_NO = { functional: false, analytics: false, advertising: false, session_replay: false, social: false };

type Row = [string, Regime, Signals, ConsentRecord | null, Record<string, string>];

// Each cell is "on:reason" or "off:reason", for functional, analytics, advertising, session_replay, social.
const cells = (functional: string, analytics: string, advertising: string, replay: string, social: string) => ({
  functional, analytics, advertising, session_replay: replay, social,
});

const TABLE: Row[] = [
  ['opt-in, nothing stored', 'opt-in', NONE, null, cells('off:default', 'off:default', 'off:default', 'off:default', 'off:default')],
  ['opt-in, accepted all', 'opt-in', NONE, record({ categories: ALL_YES }), cells('on:choice', 'on:choice', 'on:choice', 'on:choice', 'on:choice')],
  ['opt-in, rejected all', 'opt-in', NONE, record({ categories: ALL_NO }), cells('off:choice', 'off:choice', 'off:choice', 'off:choice', 'off:choice')],
  ['opt-in, GPC, nothing stored', 'opt-in', GPC, null, cells('off:default', 'off:gpc', 'off:gpc', 'off:gpc', 'off:gpc')],
  ['opt-in, GPC, accepted before GPC', 'opt-in', GPC, record({ categories: ALL_YES }), cells('on:choice', 'off:gpc', 'off:gpc', 'off:gpc', 'off:gpc')],
  ['opt-in, GPC, accepted while GPC was on', 'opt-in', GPC, record({ categories: ALL_YES, signals: GPC }), cells('on:choice', 'on:choice', 'on:choice', 'on:choice', 'on:choice')],
  ['opt-out, nothing stored', 'opt-out', NONE, null, cells('on:default', 'on:default', 'on:default', 'off:default', 'on:default')],
  ['opt-out, GPC', 'opt-out', GPC, null, cells('on:default', 'off:gpc', 'off:gpc', 'off:gpc', 'off:gpc')],
  ['opt-out, DNT honoured', 'opt-out', DNT, null, cells('on:default', 'off:dnt', 'off:dnt', 'off:dnt', 'off:dnt')],
  ['opt-out, GPC and DNT: GPC is named', 'opt-out', { gpc: true, dnt: true }, null, cells('on:default', 'off:gpc', 'off:gpc', 'off:gpc', 'off:gpc')],
  ['opt-out, no signal, GPC opt-out remembered', 'opt-out', NONE, record({ method: 'gpc', optOut: 'gpc' }), cells('on:default', 'off:gpc', 'off:gpc', 'off:default', 'off:gpc')],
  ['opt-out, no signal, accepted then GPC overrode it', 'opt-out', NONE, record({ categories: ALL_YES, optOut: 'gpc' }), cells('on:choice', 'off:gpc', 'off:gpc', 'off:gpc', 'off:gpc')],
  ['opt-out, explicit opt-in after the opt-out was remembered', 'opt-out', NONE, record({ categories: ALL_YES }), cells('on:choice', 'on:choice', 'on:choice', 'on:choice', 'on:choice')],
  ['notice, nothing stored', 'notice', NONE, null, cells('on:default', 'on:default', 'on:default', 'off:default', 'on:default')],
];

describe('decide: regime × signals × stored record', () => {
  it.each(TABLE)('%s', (_name, regime, signals, stored, expected) => {
    const { categories } = decide({ config, regime, signals, record: stored, locked: false });
    const actual: Record<string, string> = {};
    for (const id of Object.keys(expected)) {
      actual[id] = `${categories[id]!.granted ? 'on' : 'off'}:${categories[id]!.reason}`;
    }
    expect(actual).toEqual(expected);
    expect(categories.necessary).toEqual({ granted: true, reason: 'necessary' });
  });

  it('ignores DNT when the site says so', () => {
    const ignoring = validateConfig({ signals: { dnt: 'ignore' } }).config;
    const { categories } = decide({ config: ignoring, regime: 'opt-out', signals: DNT, record: null, locked: false });
    expect(categories.advertising).toEqual({ granted: true, reason: 'default' });
  });

  it('lets a remembered DNT opt-out lapse once the site ignores DNT, but never a GPC one', () => {
    const ignoring = validateConfig({ signals: { dnt: 'ignore' } }).config;
    const state = (optOut: 'gpc' | 'dnt') =>
      decide({ config: ignoring, regime: 'opt-out', signals: NONE, record: record({ method: optOut, optOut }), locked: false })
        .categories.advertising;
    expect(state('dnt')).toEqual({ granted: true, reason: 'default' });
    expect(state('gpc')).toEqual({ granted: false, reason: 'gpc' });
  });

  it('asks for a decision in opt-in and notice, never in opt-out', () => {
    const needs = (regime: Regime, stored: ConsentRecord | null) =>
      decide({ config, regime, signals: NONE, record: stored, locked: false }).needsDecision;
    expect(needs('opt-in', null)).toBe(true);
    expect(needs('notice', null)).toBe(true);
    expect(needs('opt-out', null)).toBe(false);
    expect(needs('opt-in', record({ categories: ALL_NO }))).toBe(false);
    expect(needs('opt-in', record({ method: 'gpc', optOut: 'gpc' }))).toBe(true);
  });

  it('asks again when a category was added after the decision', () => {
    const { functional: _dropped, ...withoutFunctional } = ALL_YES;
    const result = decide({ config, regime: 'opt-in', signals: NONE, record: record({ categories: withoutFunctional }), locked: false });
    expect(result.needsDecision).toBe(true);
  });

  it('grants nothing but necessary when the config is locked by errors', () => {
    const result = decide({ config, regime: 'opt-out', signals: NONE, record: record({ categories: ALL_YES }), locked: true });
    expect(Object.values(result.categories).filter((c) => c.granted)).toEqual([{ granted: true, reason: 'necessary' }]);
    expect(result.needsDecision).toBe(false);
  });

  it('applies GPC per service: a service-provider analytics service stays on, a "sale" one goes off', () => {
    const { services, categories } = decide({ config, regime: 'opt-out', signals: GPC, record: null, locked: false });
    expect(categories.analytics).toEqual({ granted: false, reason: 'gpc' });
    expect(services.ga).toEqual({ granted: false, reason: 'gpc', category: 'analytics' });
    expect(services['own-stats']).toEqual({ granted: true, reason: 'default', category: 'analytics' });
  });

  it('lets a service choice narrow its category, never widen it', () => {
    const narrowed = decide({
      config, regime: 'opt-in', signals: NONE, locked: false,
      record: record({ categories: ALL_YES, services: { ga: false } }),
    });
    expect(narrowed.services.ga).toEqual({ granted: false, reason: 'choice', category: 'analytics' });
    const widened = decide({
      config, regime: 'opt-in', signals: NONE, locked: false,
      record: record({ categories: ALL_NO, services: { ga: true } }),
    });
    expect(widened.services.ga!.granted).toBe(false);
  });

  it('asks to remember a signal opt-out only when it is not remembered yet', () => {
    const remember = (stored: ConsentRecord | null, signals: Signals) =>
      decide({ config, regime: 'opt-out', signals, record: stored, locked: false })._remember;
    expect(remember(null, GPC)).toBe('gpc');
    expect(remember(null, DNT)).toBe('dnt');
    expect(remember(record({ optOut: 'gpc' }), GPC)).toBeNull();
    expect(remember(null, NONE)).toBeNull();
    expect(remember(record({ categories: ALL_YES, signals: GPC }), GPC)).toBeNull();
  });
});
