import { describe, expect, it } from 'vitest';
import { readSignals } from './signals';

describe('readSignals', () => {
  it('reads GPC only from the boolean true', () => {
    expect(readSignals({ navigator: { globalPrivacyControl: true } }).gpc).toBe(true);
    for (const value of [false, undefined, 'true', '1', 1, null]) {
      expect(readSignals({ navigator: { globalPrivacyControl: value } }).gpc).toBe(false);
    }
  });

  it('treats an absent property (Safari, Chrome without the flag) as off', () => {
    expect(readSignals({ navigator: {} })).toEqual({ gpc: false, dnt: false });
    expect(readSignals({})).toEqual({ gpc: false, dnt: false });
  });

  it('reads the absent property from a real jsdom navigator too', () => {
    delete (Navigator.prototype as { globalPrivacyControl?: unknown }).globalPrivacyControl;
    expect(readSignals({ navigator, window })).toEqual({ gpc: false, dnt: false });
  });

  it.each([
    ['navigator.doNotTrack', { navigator: { doNotTrack: '1' } }],
    ['navigator.doNotTrack "yes" (Firefox < 32)', { navigator: { doNotTrack: 'yes' } }],
    ['window.doNotTrack (IE 11, old Edge)', { navigator: { doNotTrack: null }, window: { doNotTrack: '1' } }],
    ['navigator.msDoNotTrack (IE 9–10)', { navigator: { msDoNotTrack: '1' } }],
  ])('finds DNT in %s', (_where, source) => {
    expect(readSignals(source).dnt).toBe(true);
  });

  it.each(['0', 'no', 'unspecified', null, undefined, 1, true])('reads DNT value %j as off', (value) => {
    expect(readSignals({ navigator: { doNotTrack: value } }).dnt).toBe(false);
  });

  // Issue 19 item 4 reversed the old "a throwing getter reads as off": that failed open.
  it('fails closed: a signal whose getter throws counts as on, and says which one', () => {
    const denied = new Error('denied');
    const throwing = (...keys: string[]) =>
      Object.defineProperties({}, Object.fromEntries(keys.map((key) => [key, { get: () => { throw denied; } }])));
    const heard: unknown[] = [];
    const hear = (signal: string, cause: unknown) => heard.push([signal, cause]);
    expect(readSignals({ navigator: throwing('globalPrivacyControl', 'doNotTrack') }, hear)).toEqual({ gpc: true, dnt: true });
    expect(heard).toEqual([['dnt', denied], ['gpc', denied]]);
    heard.length = 0;
    expect(readSignals({ navigator: throwing('globalPrivacyControl') }, hear)).toEqual({ gpc: true, dnt: false });
    expect(readSignals({ navigator: {}, window: throwing('doNotTrack') }, hear)).toEqual({ gpc: false, dnt: true });
    expect(readSignals(throwing('navigator'), hear)).toEqual({ gpc: true, dnt: true });
    expect(heard.map((entry) => (entry as unknown[])[0])).toEqual(['gpc', 'dnt', 'gpc', 'dnt']);
    // Without a listener it still fails closed.
    expect(readSignals({ navigator: throwing('msDoNotTrack') })).toEqual({ gpc: false, dnt: true });
  });
});
