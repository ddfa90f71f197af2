import type { GppNotice } from '../../types';

export interface GppSettings {
  cmpId: number;
  notices: Record<
    'sharing' | 'saleOptOut' | 'sharingOptOut' | 'targetedAdvertisingOptOut' | 'sensitiveDataProcessingOptOut' | 'sensitiveDataLimitUse',
    GppNotice
  >;
  /** MspaCoveredTransaction, MspaOptOutOptionMode, MspaServiceProviderMode. */
  mspa: [number, number, number];
  /** null: no `__uspapi`. */
  usp: { notice: boolean; lspa: boolean } | null;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `gpp` and `usp`. A bad field is reported by name and keeps its default; none of the
 * defaults claims more than the site shows (no MSPA coverage, no LSPA, no sensitive-data notices).
 */
export function readGppSettings(gpp: unknown, usp: unknown, report: (message: string) => void): GppSettings {
  const fail = (path: string, problem: string): void => report(`consentgate: ${path} ${problem}`);
  const object = (value: unknown, path: string): Obj => {
    if (value === undefined || isObject(value)) return value ?? {};
    fail(path, 'must be an object');
    return {};
  };
  const pick = <T>(o: Obj, key: string, path: string, allowed: readonly unknown[], fallback: T): T => {
    const value = o[key];
    if (value === undefined) return fallback;
    if (allowed.includes(value)) return value as T;
    fail(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
    return fallback;
  };
  const g = object(gpp, 'gpp');
  const n = object(g.notices, 'gpp.notices');
  const notices = {} as GppSettings['notices'];
  const defaults = { sharing: 1, saleOptOut: 1, sharingOptOut: 1, targetedAdvertisingOptOut: 1, sensitiveDataProcessingOptOut: 0, sensitiveDataLimitUse: 0 };
  for (const key of Object.keys(n)) if (!(key in defaults)) fail(`gpp.notices.${key}`, `is not a notice (${Object.keys(defaults).join(', ')})`);
  for (const [key, fallback] of Object.entries(defaults)) {
    notices[key as keyof typeof defaults] = pick(n, key, 'gpp.notices', [0, 1, 2], fallback as GppNotice);
  }
  let u: GppSettings['usp'] = null;
  if (usp === true || isObject(usp)) {
    const o = usp === true ? {} : usp;
    u = { notice: pick(o, 'notice', 'usp', [true, false], true), lspa: pick(o, 'lspa', 'usp', [true, false], false) };
  } else if (usp !== undefined && usp !== false) fail('usp', 'must be true, false or { notice, lspa }');
  return {
    cmpId: Number.isInteger(g.cmpId) && (g.cmpId as number) > 0 ? (g.cmpId as number) : g.cmpId === undefined ? 1 : (fail('gpp.cmpId', 'must be a positive integer (1 when not IAB-registered)'), 1),
    notices,
    mspa: [
      pick(g, 'mspaCoveredTransaction', 'gpp', [1, 2], 2),
      pick(g, 'mspaOptOutOptionMode', 'gpp', [0, 1, 2], 0),
      pick(g, 'mspaServiceProviderMode', 'gpp', [0, 1, 2], 0),
    ],
    usp: u,
  };
}
