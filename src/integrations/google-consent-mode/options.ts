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

const isRegion = (code: unknown) => /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code as string) && typeof code == 'string';
/** A settable type: any of the seven but `security_storage`. */
const isType = (type: unknown) => ALL_TYPES.slice(0, 6).includes(type as ConsentType);

/**
 * Rules as `[default, test]`: a value must have the default's type and pass the test. A bad
 * field is reported by its path and keeps its default, and the defaults are the strict choices
 * (the built-in map, no region defaults, no developer id): a typo never grants anything.
 */
const RULES: Record<string, [unknown, ((value: never) => unknown)?]> = {
  map: [CONSENT_TYPES, (v: Obj) => Object.values(v).every((types) => Array.isArray(types) && types.every(isType))],
  waitForUpdate: [500, (v: number) => v >= 0],
  regions: [
    [],
    (v: Obj[]) =>
      v.every(
        (entry) =>
          Array.isArray(entry?.region) &&
          entry.region.every(isRegion) &&
          Object.keys(entry).every((key) => key == 'region' || (ALL_TYPES.includes(key as ConsentType) && /^(granted|denied)$/.test(entry[key] as string))),
      ),
  ],
  adsDataRedaction: [true],
  urlPassthrough: [false],
  // Google issues it; word characters only, so it cannot reshape the `set` command.
  developerId: ['', (v: string) => /^\w+$/.test(v)],
  // Regions where the Google tag may load before consent (advanced mode); none by default.
  advanced: [[], (v: unknown[]) => v.every(isRegion)],
};

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** `consentMode` read against RULES; null for `consentMode: false`. Bad fields are reported by path. */
export function readModeSettings(input: unknown, report: (message: string) => void): ModeSettings | null {
  if (input === false) return null;
  const object = kind(input) == 'object';
  if (input !== undefined && !object) report('consentgate: consentMode must be an object or false');
  const given = (object ? input : {}) as Obj;
  const settings: Obj = {};
  for (const key in RULES) {
    const [fallback, test] = RULES[key]!;
    const value = given[key];
    const ok = kind(value) == kind(fallback) && (!test || test(value as never));
    if (value !== undefined && !ok) report(`consentgate: consentMode.${key} is invalid (expected: ${kind(fallback)}); the strict default is used`);
    settings[key] = ok ? value : fallback;
  }
  return settings as unknown as ModeSettings;
}

/**
 * Whether a visitor's region is in the advanced list: the exact code (`US-CA`), or its country
 * (`US` covers `US-CA`). An unknown region is never advanced.
 */
export const isAdvanced = (region: string | null, advanced: readonly string[]): boolean =>
  !!region && (advanced.includes(region) || advanced.includes(region.slice(0, 2)));
