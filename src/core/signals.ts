import type { SignalSource, Signals } from '../types';

/**
 * GPC is on only for the boolean `true` (w3c/gpc §3.4): `undefined` (unsupported), `false`,
 * and truthy non-booleans such as `"1"` are off. DNT is on for `'1'`, or `'yes'` from
 * Firefox before 32, in any of the three places browsers have kept it.
 *
 * A signal whose read throws (a hostile extension, a broken privacy shim) counts as on: the
 * visitor may well have sent it, and fail closed means opting out. `unreadable` hears which one.
 */
export function readSignals(source: SignalSource, unreadable: (signal: keyof Signals, cause: unknown) => void = () => {}): Signals {
  const failed: Array<keyof Signals> = [];
  // A missing property reads as undefined; a throwing getter marks its signal (both, for
  // `navigator`), and `unreadable` hears of each such read.
  const read = (target: unknown, key: string, ...signals: Array<keyof Signals>): unknown => {
    try {
      return (target as Record<string, unknown> | undefined)?.[key];
    } catch (cause) {
      for (const signal of signals) unreadable(signal, cause);
      failed.push(...signals);
    }
  };
  const navigator = read(source, 'navigator', 'gpc', 'dnt');
  const window = read(source, 'window', 'dnt');
  const dnt = [read(navigator, 'doNotTrack', 'dnt'), read(window, 'doNotTrack', 'dnt'), read(navigator, 'msDoNotTrack', 'dnt')];
  return {
    gpc: read(navigator, 'globalPrivacyControl', 'gpc') === true || failed.includes('gpc'),
    dnt: dnt.includes('1') || dnt.includes('yes') || failed.includes('dnt'),
  };
}
