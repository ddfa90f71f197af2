import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../storage/memory';
import type { Env, StorageAdapter } from '../types';
import { createManager } from './manager';
import { decodeRecord } from './record';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 22);

function testEnv(overrides: Partial<Env> & { gpc?: boolean; dnt?: string } = {}) {
  const { gpc, dnt, ...rest } = overrides;
  let now = START;
  const storage = memoryStorage();
  const env: Env = {
    storage,
    signals: { navigator: { globalPrivacyControl: gpc, doNotTrack: dnt ?? null } },
    clock: () => now,
    random: (bytes) => bytes.fill(7),
    timeZone: () => 'Europe/Berlin',
    ...rest,
  };
  return { env, storage, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.restoreAllMocks());

describe('createManager', () => {
  it('starts an EU visitor with nothing but necessary, and asks', () => {
    const { env } = testEnv();
    const consent = createManager({}, env);
    expect(consent.state().region).toBe('DE');
    expect(consent.state().regime).toBe('opt-in');
    expect(consent.state().needsDecision).toBe(true);
    expect(consent.get('necessary')).toBe(true);
    expect(consent.get('analytics')).toBe(false);
    expect(consent.record).toBeNull();
  });

  it('reads the time zone only when the region is needed, and once', () => {
    const timeZone = vi.fn(() => 'Europe/Berlin');
    const fixed = createManager({ regime: 'opt-in' }, testEnv({ timeZone }).env);
    fixed.acceptAll();
    expect(timeZone).not.toHaveBeenCalled();
    expect(fixed.state().region).toBe('DE');
    expect(fixed.state().region).toBe('DE');
    expect(timeZone).toHaveBeenCalledTimes(1);

    const auto = vi.fn(() => 'America/Phoenix');
    const chosen = createManager({}, testEnv({ timeZone: auto }).env);
    expect(chosen.state().regime).toBe('opt-out');
    expect({ ...chosen.state() }).toMatchObject({ region: 'US-AZ' });
    expect(Object.isFrozen(chosen.state())).toBe(true);
    expect(auto).toHaveBeenCalledTimes(1);
  });

  it('records accept-all, emits decision and change, and a new manager reads it back', () => {
    const { env, storage } = testEnv();
    const consent = createManager({}, env);
    const changes: string[][] = [];
    const decisions: string[] = [];
    consent.on('change', (event) => changes.push([...event.changed]));
    consent.on('decision', (event) => decisions.push(event.method));
    consent.acceptAll();
    expect(decisions).toEqual(['accept-all']);
    expect(changes).toEqual([['functional', 'analytics', 'advertising', 'session_replay', 'social']]);
    expect(decodeRecord(storage.values.consentgate)?.method).toBe('accept-all');

    const again = createManager({}, env);
    expect(again.get('analytics')).toBe(true);
    expect(again.state().categories.analytics).toEqual({ granted: true, reason: 'choice' });
    expect(again.state().needsDecision).toBe(false);
    expect(again.record?.id).toBe(consent.record?.id);
  });

  it('set() changes only what it names and keeps a full record of the rest', () => {
    const { env } = testEnv();
    const consent = createManager({}, env);
    consent.set({ analytics: true });
    expect(consent.record?.method).toBe('api');
    expect(consent.record?.categories).toEqual({
      functional: false, analytics: true, advertising: false, session_replay: false, social: false,
    });
  });

  it('reports unknown or required ids given to set() and ignores them', () => {
    const { env } = testEnv();
    const consent = createManager({}, env);
    const errors: string[] = [];
    consent.on('error', (event) => errors.push(event.message));
    consent.set({ analytcs: true, necessary: false } as Record<string, boolean>);
    expect(errors).toEqual([
      'consentgate: set() got an unknown or required category "analytcs"',
      'consentgate: set() got an unknown or required category "necessary"',
    ]);
    expect(consent.get('necessary')).toBe(true);
  });

  it('asks again after a revision bump, and after the lifetime runs out', () => {
    const { env, advance } = testEnv();
    createManager({ revision: 1 }, env).rejectAll();
    expect(createManager({ revision: 1 }, env).state().needsDecision).toBe(false);
    expect(createManager({ revision: 2 }, env).state().needsDecision).toBe(true);
    advance(183 * DAY);
    expect(createManager({ revision: 1 }, env).state().needsDecision).toBe(true);
  });

  it('remembers a GPC opt-out so a later visit without GPC keeps it (CCPA §7025(c)(5))', () => {
    const withGpc = testEnv({ gpc: true });
    const first = createManager({ regime: 'opt-out' }, withGpc.env);
    expect(first.state().categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(first.record).toMatchObject({ method: 'gpc', optOut: 'gpc', categories: {} });

    const later = createManager({ regime: 'opt-out' }, { ...withGpc.env, signals: { navigator: {} } });
    expect(later.signals.gpc).toBe(false);
    expect(later.state().categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(later.state().categories.functional).toEqual({ granted: true, reason: 'default' });

    later.set({ advertising: true });
    expect(later.state().categories.advertising).toEqual({ granted: true, reason: 'choice' });
  });

  it('keeps a remembered GPC opt-out across a revision bump', () => {
    const { env } = testEnv({ gpc: true });
    createManager({ regime: 'opt-out', revision: 1 }, env);
    const bumped = createManager({ regime: 'opt-out', revision: 2 }, { ...env, signals: {} });
    expect(bumped.state().categories.advertising!.reason).toBe('gpc');
  });

  it('lets an explicit opt-in made while GPC is on win, and records it as such', () => {
    const { env } = testEnv({ gpc: true });
    const consent = createManager({ regime: 'opt-out' }, env);
    consent.set({ advertising: true }, undefined, 'custom');
    expect(consent.record).toMatchObject({ method: 'custom', signals: { gpc: true }, optOut: null });
    expect(createManager({ regime: 'opt-out' }, env).state().categories.advertising).toEqual({
      granted: true, reason: 'choice',
    });
  });

  it('applies GPC over an opt-in given before the signal, and remembers that', () => {
    const { env } = testEnv();
    createManager({ regime: 'opt-out' }, env).acceptAll();
    const withGpc = createManager({ regime: 'opt-out' }, { ...env, signals: { navigator: { globalPrivacyControl: true } } });
    expect(withGpc.state().categories.advertising!.reason).toBe('gpc');
    expect(withGpc.record?.optOut).toBe('gpc');
    const without = createManager({ regime: 'opt-out' }, env);
    expect(without.get('advertising')).toBe(false);
  });

  it('fails closed on an invalid config: logs, grants nothing but necessary, ignores decisions', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { env } = testEnv();
    const consent = createManager({ regime: 'opt-out', categories: [{ id: 'analytics', services: 'ga' }] }, env);
    expect(logged).toHaveBeenCalledWith('consentgate: categories[0].services must be an array');
    expect(consent.state().configErrors).toEqual(['consentgate: categories[0].services must be an array']);
    consent.acceptAll();
    expect(consent.get('analytics')).toBe(false);
    expect(consent.state().needsDecision).toBe(false);
  });

  it('holds the decision for the page and says so when storage refuses it', () => {
    const refusing: StorageAdapter = { read: () => undefined, write: () => false, remove: () => undefined };
    const { env } = testEnv({ storage: refusing });
    const consent = createManager({}, env);
    consent.acceptAll();
    expect(consent.get('analytics')).toBe(true);
    expect(consent.state().persisted).toBe(false);
  });

  it('survives storage that throws, and reports it', () => {
    const throwing: StorageAdapter = {
      read: () => { throw new Error('SecurityError'); },
      write: () => { throw new Error('SecurityError'); },
      remove: () => undefined,
    };
    const { env } = testEnv({ storage: throwing });
    const consent = createManager({}, env);
    const errors: string[] = [];
    consent.on('error', (event) => errors.push(event.message));
    consent.rejectAll();
    expect(consent.state().persisted).toBe(false);
    expect(errors).toEqual(['consentgate: the decision could not be stored; it holds for this page only']);
  });

  it('keeps calling listeners after one throws', () => {
    const { env } = testEnv();
    const consent = createManager({}, env);
    const heard: string[] = [];
    const errors: string[] = [];
    consent.on('error', (event) => errors.push(event.message));
    consent.on('change', () => { throw new Error('site bug'); });
    consent.on('change', () => heard.push('second'));
    consent.acceptAll();
    expect(heard).toEqual(['second']);
    expect(errors).toEqual(['consentgate: an event listener threw; the others still ran']);
  });

  it('unsubscribes', () => {
    const { env } = testEnv();
    const consent = createManager({}, env);
    const heard: number[] = [];
    const off = consent.on('change', () => heard.push(1));
    off();
    consent.acceptAll();
    expect(heard).toEqual([]);
  });

  it('resolves whenGranted once the category is granted, and rejects unknown ids', async () => {
    const { env } = testEnv();
    const consent = createManager({}, env);
    let resolved = false;
    const waiting = consent.whenGranted('analytics').then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    consent.set({ analytics: true });
    await waiting;
    expect(resolved).toBe(true);
    await expect(consent.whenGranted('ads')).rejects.toThrow(/unknown category "ads" \(known: necessary, functional/);
  });

  it('reset() forgets the decision and asks again', () => {
    const { env, storage } = testEnv();
    const consent = createManager({}, env);
    consent.acceptAll();
    consent.reset();
    expect(consent.state().needsDecision).toBe(true);
    expect(consent.get('analytics')).toBe(false);
    expect(storage.values.consentgate).toBeUndefined();
  });

  it('returns frozen snapshots', () => {
    const { env } = testEnv();
    const state = createManager({}, env).state();
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.categories.analytics)).toBe(true);
  });

  it('still decides when there is no secure random source, and reports it', () => {
    const { env } = testEnv({ random: () => { throw new Error('no crypto'); } });
    const consent = createManager({}, env);
    const errors: string[] = [];
    consent.on('error', (event) => errors.push(event.message));
    consent.acceptAll();
    expect(consent.get('analytics')).toBe(true);
    expect(errors).toEqual(['consentgate: no secure random source; the record id is not random']);
  });

  it('refresh() picks up a decision another tab stored, and tells listeners', () => {
    const { env } = testEnv();
    const here = createManager({}, env);
    const elsewhere = createManager({}, env);
    const heard: string[][] = [];
    here.on('change', (event) => heard.push([...event.changed]));
    elsewhere.acceptAll();
    here.refresh();
    expect(here.get('analytics')).toBe(true);
    expect(heard).toEqual([['functional', 'analytics', 'advertising', 'session_replay', 'social']]);
    elsewhere.rejectAll();
    here.refresh();
    expect(here.get('analytics')).toBe(false);
    here.refresh();
    expect(heard).toHaveLength(2);
  });

  it('refresh() re-reads the signals, as after a back/forward-cache restore', () => {
    const navigator: { globalPrivacyControl?: boolean } = {};
    const { env } = testEnv({ signals: { navigator } });
    const consent = createManager({ regime: 'opt-out' }, env);
    expect(consent.get('advertising')).toBe(true);
    navigator.globalPrivacyControl = true;
    consent.refresh();
    expect(consent.signals.gpc).toBe(true);
    expect(consent.state().categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(consent.record?.optOut).toBe('gpc');
  });

  it('shares nothing between two instances', () => {
    const a = createManager({}, testEnv().env);
    const b = createManager({}, testEnv().env);
    a.acceptAll();
    expect(b.get('analytics')).toBe(false);
  });
});
