// What the manager tells the site about problems that lock nothing: config keys that do nothing,
// and privacy signals that could not be read (which count as on).
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory';
import type { Env, ErrorEvent } from '../types';
import { createManager } from './manager';

const env = (navigator: object): Env => ({
  storage: memoryStorage(),
  signals: { navigator },
  clock: () => Date.UTC(2026, 10, 22),
  random: (bytes) => bytes.fill(7),
  timeZone: () => 'America/New_York',
});
const throwing = (key: string) => Object.defineProperty({}, key, { get: () => { throw new Error('blocked'); } });

describe('problems that lock nothing', () => {
  it('reports an unknown top-level key once, through the error event and state(), and still decides', async () => {
    const consent = createManager({ gaet: { autoBlock: true }, regime: 'opt-in' }, env({}));
    const errors: ErrorEvent[] = [];
    consent.on('error', (event) => errors.push(event));
    const message = 'consentgate: unknown key "gaet" (did you mean "gate"?)';
    expect(consent.state().configWarnings).toEqual([message]);
    expect(consent.state().configErrors).toEqual([]);
    await Promise.resolve();
    expect(errors).toEqual([{ message, cause: undefined, key: 'gaet' }]);
    consent.acceptAll();
    expect(consent.get('analytics')).toBe(true);
    expect(consent.state().configWarnings).toEqual([message]);
    expect(errors).toHaveLength(1);
  });

  it('adds a key found to do nothing later to the state, without a change event', () => {
    const consent = createManager({ receipts: {} }, env({}));
    const events: string[] = [];
    consent.on('change', () => events.push('change'));
    consent.on('error', (event) => events.push(event.key!));
    consent._warn({ key: 'receipts', message: 'consentgate: "receipts" does nothing' });
    expect(consent.state().configWarnings).toEqual(['consentgate: "receipts" does nothing']);
    expect(events).toEqual(['receipts']);
  });

  it('treats a GPC signal it cannot read as on, and says why', async () => {
    const consent = createManager({ regime: 'opt-out' }, env(throwing('globalPrivacyControl')));
    const errors: ErrorEvent[] = [];
    consent.on('error', (event) => errors.push(event));
    expect(consent.signals).toEqual({ gpc: true, dnt: false });
    expect(consent.state().categories.advertising).toEqual({ granted: false, reason: 'gpc' });
    expect(consent.get('functional')).toBe(true);
    await Promise.resolve();
    expect(errors).toEqual([
      { message: 'consentgate: the GPC signal could not be read; it counts as on (an opt-out)', cause: new Error('blocked'), signal: 'gpc' },
    ]);
  });

  it('treats a DNT signal it cannot read as on, in the opt-in regime too', async () => {
    const consent = createManager({ regime: 'opt-in' }, env(throwing('doNotTrack')));
    const errors: ErrorEvent[] = [];
    consent.on('error', (event) => errors.push(event));
    consent.acceptAll();
    expect(consent.signals).toEqual({ gpc: false, dnt: true });
    // An explicit yes given while the signal is on wins, as for a readable signal.
    expect(consent.get('advertising')).toBe(true);
    expect(consent.record?.signals).toEqual({ gpc: false, dnt: true });
    await Promise.resolve();
    expect(errors.map((e) => e.signal)).toEqual(['dnt']);
  });
});
