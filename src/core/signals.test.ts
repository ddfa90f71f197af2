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

  it('fails closed to "off" when a navigator property throws on access', () => {
    const navigator = {
      get globalPrivacyControl(): never {
        throw new Error('denied');
      },
      get doNotTrack(): never {
        throw new Error('denied');
      },
    };
    expect(readSignals({ navigator })).toEqual({ gpc: false, dnt: false });
  });
});
