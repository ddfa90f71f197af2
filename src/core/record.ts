import type { ConsentRecord, Method } from '../types';
import { has } from './check';
import { REGIMES } from './regime';

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

const METHODS: readonly Method[] = ['accept-all', 'reject-all', 'custom', 'api', 'gpc', 'dnt'];
// One letter per entry of REGIMES, METHODS and the opt-out (gpc, dnt, none), in their order.
const REGIME_CODES = 'ion';
const METHOD_CODES = 'arcpgd';
const OPT_OUT_CODES = 'gd-';

const ID = '!?[A-Za-z0-9][\\w-]{0,63}';
const CHOICES = `((?:${ID}(?:\\.${ID})*)?)`;
const TIME = '([0-9a-z]{1,9})';
/** The whole grammar in one expression: a value either matches it exactly or is no record. */
const FORMAT = new RegExp(
  `^1~([\\w-]{8,43})~([\\w.-]{1,32})~([${REGIME_CODES}])~${TIME}~${TIME}~([${METHOD_CODES}])~([0-3])~([${OPT_OUT_CODES}])~([\\w.-]{1,16})~${CHOICES}~${CHOICES}$`,
);

const seconds = (ms: number): string => Math.floor(ms / 1000).toString(36);

const encodeChoices = (choices: Readonly<Record<string, boolean>>): string =>
  Object.keys(choices)
    .map((id) => (choices[id] ? id : `!${id}`))
    .join('.');

/** Null when an id is repeated: the grammar cannot say that. */
function decodeChoices(text: string): Record<string, boolean> | null {
  const choices: Record<string, boolean> = {};
  for (const item of text ? text.split('.') : []) {
    const id = item.replace('!', '');
    if (has(choices, id)) return null;
    choices[id] = item[0] !== '!';
  }
  return choices;
}

export function encodeRecord(record: ConsentRecord): string {
  const { signals, optOut } = record;
  return [
    1,
    record.id,
    record.revision,
    REGIME_CODES[REGIMES.indexOf(record.regime)],
    seconds(record.created),
    seconds(record.updated),
    METHOD_CODES[METHODS.indexOf(record.method)],
    +signals.gpc + 2 * +signals.dnt,
    optOut ? optOut[0] : '-',
    record.uiVersion,
    encodeChoices(record.categories),
    encodeChoices(record.services),
  ].join('~');
}

/** Parses a stored value; anything malformed, truncated or from another schema gives null. */
export function decodeRecord(value: unknown): ConsentRecord | null {
  const fields = typeof value === 'string' && value.length <= 4096 && FORMAT.exec(value);
  if (!fields) return null;
  const [, id, revision, regime, created, updated, method, signals, optOut, uiVersion, cats, svcs] =
    fields as unknown as string[] & [string, string, string, string, string, string, string, string, string, string, string, string];
  const categories = decodeChoices(cats);
  const services = decodeChoices(svcs);
  const createdMs = parseInt(created, 36) * 1000;
  const updatedMs = parseInt(updated, 36) * 1000;
  if (!categories || !services || updatedMs < createdMs) return null;
  return {
    id,
    revision,
    regime: REGIMES[REGIME_CODES.indexOf(regime)]!,
    created: createdMs,
    updated: updatedMs,
    method: METHODS[METHOD_CODES.indexOf(method)]!,
    signals: { gpc: (+signals & 1) > 0, dnt: +signals > 1 },
    optOut: optOut === 'g' ? 'gpc' : optOut === 'd' ? 'dnt' : null,
    uiVersion,
    categories,
    services,
  };
}
