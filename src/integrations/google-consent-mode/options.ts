import { at, checkFields, fields, is, isObject, list, matching, oneOf, whole, type Check, type Schema } from '../../core';
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

/** The strict choices: the built-in map, no region defaults, no developer id, basic mode everywhere. */
const DEFAULTS: ModeSettings = {
  map: CONSENT_TYPES,
  waitForUpdate: 500,
  regions: [],
  adsDataRedaction: true,
  urlPassthrough: false,
  developerId: '',
  advanced: [],
};

// Sent to Google as written, so upper case only.
const regionCodes = list(matching(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'a region code such as "ES" or "US-CA"'));

/** Category or service id -> the types it grants: any of the seven but `security_storage`. */
const map: Check<ModeSettings['map']> = (value, path, fail) => {
  if (!isObject(value)) return fail(path, 'must be an object');
  const types = list(oneOf(ALL_TYPES.slice(0, 6)));
  const checked: Record<string, ConsentType[]> = {};
  for (const id in value) checked[id] = types(value[id], at(path, id), fail)!;
  return checked;
};

function schema(): Schema {
  const region: Schema = { region: regionCodes };
  for (const type of ALL_TYPES) region[type] = oneOf(['granted', 'denied']);
  // A field with any problem keeps its whole default: half a list could grant more than the site meant.
  return {
    map: whole(map),
    waitForUpdate: is<number>((v) => typeof v === 'number' && v >= 0, 'must be a number of milliseconds, 0 or more'),
    regions: whole(list(fields(region, ['region']))),
    adsDataRedaction: 'boolean',
    urlPassthrough: 'boolean',
    // Google issues it; word characters only, so it cannot reshape the `set` command.
    developerId: matching(/^\w+$/, 'a developer id (letters, digits or _)'),
    // Regions where the Google tag may load before consent (advanced mode).
    advanced: whole(regionCodes),
  };
}

/** `consentMode` checked with core's checker; null for `consentMode: false`. Bad fields are reported by path. */
export function readModeSettings(input: unknown, report: (message: string) => void): ModeSettings | null {
  if (input === false) return null;
  const checked = input === undefined ? {} : checkFields(schema(), input, 'consentMode', (path, problem) => void report(`consentgate: ${path} ${problem}`));
  return { ...DEFAULTS, ...checked };
}

/**
 * Whether a visitor's region is in the advanced list: the exact code (`US-CA`), or its country
 * (`US` covers `US-CA`). An unknown region is never advanced.
 */
export const isAdvanced = (region: string | null, advanced: readonly string[]): boolean =>
  !!region && (advanced.includes(region) || advanced.includes(region.slice(0, 2)));
