import { fields, is, list, oneOf, type Check } from '../../core';
import type { GppOptions } from '../../types';

export interface GppSettings {
  cmpId: number;
  notices: Required<NonNullable<GppOptions['notices']>>;
  /** MspaCoveredTransaction, MspaOptOutOptionMode, MspaServiceProviderMode. */
  mspa: [number, number, number];
  /** Which US sections a page carries: usnat, the visitor's state section, or both. */
  sections: NonNullable<GppOptions['sections']>;
  /** Every KnownChildSensitiveDataConsents item: 0 unless the site says it processes a known child's sensitive data. */
  knownChild: number;
  /** Categories and services that process sensitive data: none means SensitiveDataProcessing is 0 (not applicable). */
  sensitiveData: string[];
  /** null: no `__uspapi`. */
  usp: { notice: boolean; lspa: boolean } | null;
}

// The defaults claim no more than the site shows: no MSPA coverage, no LSPA, no sensitive-data
// notices. The processing notice is the privacy notice every site covered by a state law must give.
const NOTICES: GppSettings['notices'] = {
  processing: 1,
  sharing: 1,
  saleOptOut: 1,
  sharingOptOut: 1,
  targetedAdvertisingOptOut: 1,
  sensitiveDataProcessingOptOut: 0,
  sensitiveDataLimitUse: 0,
};
type GppFields = Omit<GppOptions, 'notices'> & { notices?: Partial<GppSettings['notices']> };

// Built on each read, not at load: a call at module level would keep this file in the script
// tag, which imports the integrations' door but never reads `gpp`.
function gppFields(): Check<GppFields> {
  const mode = oneOf([0, 1, 2]);
  return fields({
    cmpId: is<number>((v) => Number.isInteger(v) && (v as number) > 0, 'must be a positive integer (1 when not IAB-registered)'),
    notices: fields(Object.fromEntries(Object.keys(NOTICES).map((key) => [key, mode as Check]))),
    mspaCoveredTransaction: oneOf([1, 2]),
    mspaOptOutOptionMode: mode,
    mspaServiceProviderMode: mode,
    sections: oneOf(['national', 'state', 'both']),
    knownChild: mode,
    sensitiveData: list('string'),
  }) as Check<GppFields>;
}

/**
 * Reads `gpp` and `usp` (`true` or `{ notice, lspa }`) with core's checker. A bad or unknown field
 * is reported by its path; a bad one keeps its default.
 */
export function readGppSettings(gpp: unknown, usp: unknown, report: (message: string) => void): GppSettings {
  const fail = (path: string, problem: string): undefined => void report(`consentgate: ${path} ${problem}`);
  const g = (gpp === undefined ? {} : gppFields()(gpp, 'gpp', fail)) ?? {};
  const u =
    usp === undefined || usp === false ? undefined : usp === true ? {} : fields({ notice: 'boolean', lspa: 'boolean' })(usp, 'usp', fail);
  return {
    cmpId: g.cmpId ?? 1,
    notices: { ...NOTICES, ...g.notices },
    mspa: [g.mspaCoveredTransaction ?? 2, g.mspaOptOutOptionMode ?? 0, g.mspaServiceProviderMode ?? 0],
    sections: g.sections ?? 'both',
    knownChild: g.knownChild ?? 0,
    sensitiveData: g.sensitiveData ?? [],
    usp: u ? { notice: u.notice ?? true, lspa: u.lspa ?? false } : null,
  };
}
