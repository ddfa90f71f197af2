import type { ConsentModeRegionDefault, ConsentType } from '../../types';
import { ALL_TYPES, CONSENT_TYPES } from './consent-types';

export interface ModeSettings {
  map: Readonly<Record<string, readonly ConsentType[]>>;
  waitForUpdate: number;
  regions: ConsentModeRegionDefault[];
  adsDataRedaction: boolean;
  urlPassthrough: boolean;
  developerId: string;
  advanced: string[];
}

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isValue = (value: unknown) => value === 'granted' || value === 'denied';
const isRegion = (code: unknown) => typeof code === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code);

/**
 * Rules as `[default, test]`: a value must have the default's type and pass the test. A bad
 * field is reported by its path and keeps its default, and the defaults are the strict choices
 * (the built-in map, no region defaults, no developer id): a typo never grants anything.
 */
const RULES: Record<string, [unknown, ((value: never) => boolean)?]> = {
  map: [CONSENT_TYPES, (v: Obj) => Object.values(v).every((t) => Array.isArray(t) && t.every((type) => ALL_TYPES.indexOf(type) < 6))],
  waitForUpdate: [500, (v: number) => v >= 0],
  regions: [
    [],
    (v: Obj[]) =>
      v.every(
        (entry) =>
          isObject(entry) &&
          Array.isArray(entry.region) &&
          entry.region.every(isRegion) &&
          Object.keys(entry).every((key) => key === 'region' || (ALL_TYPES.includes(key as ConsentType) && isValue(entry[key]))),
      ),
  ],
  adsDataRedaction: [true],
  urlPassthrough: [false],
  // Google issues it; word characters only, so it cannot reshape the `set` command.
  developerId: ['', (v: string) => /^\w+$/.test(v)],
  // Regions where the Google tag may load before consent (advanced mode); none by default.
  advanced: [[], (v: unknown[]) => v.every(isRegion)],
};

/** `consentMode` read against RULES; null for `consentMode: false`. */
export function readModeSettings(input: unknown, report: (message: string) => void): ModeSettings | null {
  if (input === false) return null;
  const bad = (path: string) => report(`consentgate: consentMode${path} is invalid; its strict default is used`);
  if (input !== undefined && !isObject(input)) bad('');
  const given: Obj = isObject(input) ? input : {};
  const settings: Obj = {};
  for (const key of Object.keys(RULES)) {
    const [fallback, test] = RULES[key]!;
    const value = given[key];
    const ok = typeof value === typeof fallback && Array.isArray(value) === Array.isArray(fallback) && (!test || test(value as never));
    if (value !== undefined && !ok) bad(`.${key}`);
    settings[key] = ok ? value : fallback;
  }
  return settings as unknown as ModeSettings;
}

/**
 * Whether a visitor's region is in the advanced list: the exact code (`US-CA`), or its country
 * (`US` covers `US-CA`). An unknown region is never advanced.
 */
export const isAdvanced = (region: string | null, advanced: readonly string[]): boolean =>
  region !== null && (advanced.includes(region) || advanced.includes(region.slice(0, 2)));
