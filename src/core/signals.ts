import type { SignalSource, Signals } from '../types';

/** Reads a property that may be missing, or whose getter may throw (hostile or old browsers). */
function read(target: unknown, key: string): unknown {
  try {
    return (target as Record<string, unknown> | undefined)?.[key];
  } catch {
    return undefined;
  }
}

/**
 * GPC is on only for the boolean `true` (w3c/gpc §3.4): `undefined` (unsupported), `false`,
 * and truthy non-booleans such as `"1"` are off. DNT is on for `'1'`, or `'yes'` from
 * Firefox before 32, in any of the three places browsers have kept it.
 */
export function readSignals(source: SignalSource): Signals {
  const navigator = read(source, 'navigator');
  const window = read(source, 'window');
  const dnt = [read(navigator, 'doNotTrack'), read(window, 'doNotTrack'), read(navigator, 'msDoNotTrack')];
  return {
    gpc: read(navigator, 'globalPrivacyControl') === true,
    dnt: dnt.includes('1') || dnt.includes('yes'),
  };
}
