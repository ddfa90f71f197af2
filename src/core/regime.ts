import type { Regime } from '../types';
import { ZONES } from './zones';

export const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'notice'];

export const isRegionCode = (value: string): boolean => /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(value);

/** Maps an IANA time zone to a region such as `DE` or `US-MI`; null when the zone does not tell. */
export function regionFromTimeZone(zone: string | undefined): string | null {
  const name = zone?.split('/')[1];
  let region: string | null = null;
  for (const token of ZONES.split(' ')) {
    // Regions are in capitals; the zone names after each are theirs.
    if (token.toUpperCase() === token) region = token;
    else if (token === name) return region;
  }
  return null;
}

/**
 * Picks the regime for a region. Site overrides win (the exact region, then its country).
 * The United States is opt-out: its state laws are opt-out ones, applied nationally.
 * Everything else gets the strictest regime, opt-in: the EEA, the UK and Switzerland
 * require it, and an unknown region must not be treated more loosely than they are.
 */
export function regimeFor(region: string | null, overrides: Readonly<Record<string, Regime>>): Regime {
  if (region !== null) {
    const country = region.slice(0, 2);
    const override = overrides[region] ?? overrides[country];
    if (override) return override;
    if (country === 'US') return 'opt-out';
  }
  return 'opt-in';
}
