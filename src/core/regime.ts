import type { Regime } from '../types';
import { ZONES } from './zones';

const REGION_CODE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;

export const isRegionCode = (value: string): boolean => REGION_CODE.test(value);

/** Maps an IANA time zone to a region such as `DE` or `US-MI`; null when the zone does not tell. */
export function regionFromTimeZone(zone: string | undefined): string | null {
  if (!zone) return null;
  const slash = zone.indexOf('/');
  const cities = ZONES[zone.slice(0, slash)];
  if (slash < 0 || cities === undefined) return null;
  const city = ` ${cities} `;
  const at = city.indexOf(` ${zone.slice(slash + 1)}=`);
  if (at < 0) return null;
  const start = at + zone.length - slash + 1;
  return city.slice(start, city.indexOf(' ', start));
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
