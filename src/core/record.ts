import type { ConsentRecord, Method, Regime } from '../types';

/*
 * The record as one compact cookie value, fields separated by "~" (a character that needs
 * no escaping in a cookie and that no field may contain):
 *
 *   1 ~ id ~ revision ~ regime ~ created ~ updated ~ method ~ signals ~ optOut ~ uiVersion ~ categories ~ services
 *
 * - times are Unix seconds in base 36; regime, method and optOut are one letter each;
 * - signals is a digit: 1 = GPC, 2 = DNT (added);
 * - categories and services are "."-separated ids, a leading "!" meaning refused.
 * The default config encodes to about 120 bytes. Anything that does not match this exactly
 * reads as "no record": the cookie is a cache of the decision, not a security boundary.
 */

const VERSION = '1';
const REGIME_CODES: Record<Regime, string> = { 'opt-in': 'i', 'opt-out': 'o', notice: 'n' };
const METHOD_CODES: Record<Method, string> = {
  'accept-all': 'a', 'reject-all': 'r', custom: 'c', api: 'p', gpc: 'g', dnt: 'd',
};
const OPT_OUT_CODES = { gpc: 'g', dnt: 'd', none: '-' } as const;

const FIELD = {
  id: /^[\w-]{8,43}$/,
  revision: /^[\w.-]{1,32}$/,
  time: /^[0-9a-z]{1,9}$/,
  signals: /^[0-3]$/,
  uiVersion: /^[\w.-]{1,16}$/,
  choices: /^(!?[A-Za-z0-9][\w-]{0,63}(\.!?[A-Za-z0-9][\w-]{0,63})*)?$/,
};

const invert = <T extends string>(codes: Record<T, string>) =>
  Object.fromEntries(Object.entries(codes).map(([key, code]) => [code, key])) as Record<string, T | undefined>;
const REGIMES = invert(REGIME_CODES);
const METHODS = invert(METHOD_CODES);

const seconds = (ms: number): string => Math.floor(ms / 1000).toString(36);

function encodeChoices(choices: Readonly<Record<string, boolean>>): string {
  return Object.keys(choices)
    .map((id) => (choices[id] ? id : `!${id}`))
    .join('.');
}

function decodeChoices(text: string): Record<string, boolean> | null {
  const choices: Record<string, boolean> = {};
  if (text === '') return choices;
  for (const item of text.split('.')) {
    const id = item.replace(/^!/, '');
    if (Object.prototype.hasOwnProperty.call(choices, id)) return null;
    choices[id] = item[0] !== '!';
  }
  return choices;
}

export function encodeRecord(record: ConsentRecord): string {
  return [
    VERSION,
    record.id,
    record.revision,
    REGIME_CODES[record.regime],
    seconds(record.created),
    seconds(record.updated),
    METHOD_CODES[record.method],
    String((record.signals.gpc ? 1 : 0) + (record.signals.dnt ? 2 : 0)),
    OPT_OUT_CODES[record.optOut ?? 'none'],
    record.uiVersion,
    encodeChoices(record.categories),
    encodeChoices(record.services),
  ].join('~');
}

/** Parses a stored value; anything malformed, truncated or from another schema gives null. */
export function decodeRecord(value: unknown): ConsentRecord | null {
  try {
    if (typeof value !== 'string' || value.length > 4096) return null;
    const fields = value.split('~');
    if (fields.length !== 12 || fields[0] !== VERSION) return null;
    const [, id, revision, regimeCode, created, updated, methodCode, signals, optOut, uiVersion, cats, svcs] =
      fields as [string, string, string, string, string, string, string, string, string, string, string, string];
    const regime = REGIMES[regimeCode];
    const method = METHODS[methodCode];
    if (
      !regime || !method ||
      !FIELD.id.test(id) || !FIELD.revision.test(revision) ||
      !FIELD.time.test(created) || !FIELD.time.test(updated) ||
      !FIELD.signals.test(signals) || !/^[gd-]$/.test(optOut) ||
      !FIELD.uiVersion.test(uiVersion) ||
      !FIELD.choices.test(cats) || !FIELD.choices.test(svcs)
    ) {
      return null;
    }
    const categories = decodeChoices(cats);
    const services = decodeChoices(svcs);
    const createdMs = parseInt(created, 36) * 1000;
    const updatedMs = parseInt(updated, 36) * 1000;
    if (!categories || !services || updatedMs < createdMs) return null;
    const signalBits = Number(signals);
    return {
      id,
      revision,
      regime,
      created: createdMs,
      updated: updatedMs,
      method,
      signals: { gpc: (signalBits & 1) === 1, dnt: (signalBits & 2) === 2 },
      optOut: optOut === 'g' ? 'gpc' : optOut === 'd' ? 'dnt' : null,
      uiVersion,
      categories,
      services,
    };
  } catch {
    return null;
  }
}
