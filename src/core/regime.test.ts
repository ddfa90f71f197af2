import { describe, expect, it } from 'vitest';
import { regimeFor, regionFromTimeZone } from './regime';

describe('regionFromTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'DE'],
    ['Europe/Paris', 'FR'],
    ['Europe/London', 'GB'],
    ['Europe/Zurich', 'CH'],
    ['Atlantic/Canary', 'ES'],
    ['Asia/Nicosia', 'CY'],
    ['America/New_York', 'US'],
    ['America/Los_Angeles', 'US'],
    ['America/Detroit', 'US-MI'],
    ['America/Indiana/Indianapolis', 'US-IN'],
    ['America/Indianapolis', 'US-IN'],
    ['America/Anchorage', 'US-AK'],
    ['Pacific/Honolulu', 'US-HI'],
    ['Europe/Kiev', 'UA'],
  ])('maps %s to %s', (zone, region) => {
    expect(regionFromTimeZone(zone)).toBe(region);
  });

  it.each(['Asia/Tokyo', 'Etc/UTC', 'UTC', '', undefined, 'Europe/Atlantis', 'Europe/Berlinx', 'Europe/'])(
    'gives an unknown region for %j',
    (zone) => {
      expect(regionFromTimeZone(zone)).toBeNull();
    },
  );
});

describe('regimeFor', () => {
  it('uses opt-in for the EEA, the UK, Switzerland and unknown regions', () => {
    for (const region of ['DE', 'FR', 'GB', 'CH', 'NO', null, 'JP']) expect(regimeFor(region, {})).toBe('opt-in');
  });

  it('uses opt-out for the United States and its states', () => {
    expect(regimeFor('US', {})).toBe('opt-out');
    expect(regimeFor('US-CA', {})).toBe('opt-out');
  });

  it('lets the site override by region, then by country', () => {
    expect(regimeFor('JP', { JP: 'notice' })).toBe('notice');
    expect(regimeFor('US-TX', { 'US-TX': 'opt-in', US: 'notice' })).toBe('opt-in');
    expect(regimeFor('US-CA', { US: 'notice' })).toBe('notice');
  });
});
