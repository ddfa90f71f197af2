import type { ConsentState, GateOptions } from '../types';
import { has } from './condition';
import { builtinRules, rule, type Rule } from './rules';

export type Texts = Required<NonNullable<GateOptions['texts']>>;

export interface Settings {
  _rules: Rule[];
  _firstParty: string[];
  _autoBlock: boolean;
  _network: boolean;
  _reload: boolean;
  _onWithdraw: NonNullable<GateOptions['onWithdraw']>;
  _texts: Texts;
  /** Some option was invalid: nothing but necessary is released. */
  _locked: boolean;
}

const TEXTS: Texts = {
  content: 'Embedded content',
  from: 'from',
  blocked: 'Blocked until you allow it, as it shares data with its provider.',
  allow: 'Allow',
  settings: 'Privacy settings',
};

const kind = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * Checks `gate` options as core checks the config: each problem is reported with its field,
 * and any problem locks the gate (fail closed) instead of loosening it.
 */
export function readOptions(input: unknown, state: ConsentState, report: (message: string) => void): Settings {
  let locked = false;
  const fail = (path: string, problem: string) => {
    locked = true;
    report(`consentgate: gate${path} ${problem}`);
  };
  const raw = (kind(input) === 'object' ? input : (input === undefined || fail('', 'must be an object'), {})) as Record<string, never>;
  const known: string[] = [];
  // An option must have the kind of its default.
  const get = <T>(key: string, fallback: T): T => {
    const value = raw[key];
    known.push(key);
    if (value === undefined || kind(value) === kind(fallback)) return value ?? fallback;
    fail('.' + key, 'must be a ' + kind(fallback));
    return fallback;
  };
  const string = (value: unknown, path: string): value is string =>
    typeof value === 'string' || (fail(path, 'must be a string'), false);

  const rules: Rule[] = [];
  get<Array<Record<string, unknown>>>('rules', []).forEach((entry, index) => {
    const at = `.rules[${index}]`;
    const { host, path = '', category, service } = kind(entry) === 'object' ? entry : (fail(at, 'must be an object'), {});
    if (!has(state.categories, category)) fail(at + '.category', `must be one of: ${Object.keys(state.categories)}`);
    else if (service !== undefined && !has(state.services, service)) fail(at + '.service', 'must be a configured service');
    else if (string(host, at + '.host') && string(path, at + '.path')) rules.push(rule(host + path, category, service));
  });
  if (get('builtinRules', true)) rules.push(...builtinRules());
  const texts = { ...TEXTS, ...get('texts', {}) };
  for (const key in texts) string(texts[key as keyof Texts], '.texts.' + key);

  const settings: Settings = {
    _rules: rules,
    _firstParty: get<unknown[]>('firstParty', [])
      .filter((host, index): host is string => string(host, `.firstParty[${index}]`))
      .map((host) => rule(host, '')._host),
    _autoBlock: get('autoBlock', true),
    _network: get('network', false),
    _reload: get('reloadOnWithdraw', false),
    _onWithdraw: get('onWithdraw', () => {}),
    _texts: texts,
    _locked: false,
  };
  for (const key in raw) if (!known.includes(key)) fail('.' + key, `is not an option (known: ${known})`);
  // Options it could not read make the gate as strict as it can be.
  if (locked) settings._locked = settings._autoBlock = settings._network = true;
  return settings;
}
