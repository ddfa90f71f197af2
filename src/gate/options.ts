import type { ConsentState, GateOptions } from '../types';
import { has } from './condition';
import { builtinRules, rule, type Rule } from './rules';

export type Texts = Required<NonNullable<GateOptions['texts']>>;

export interface Settings {
  /** The site's rules, then the built-in list. */
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

// Every option with its default: an option must have its default's kind.
const DEFAULTS: Required<GateOptions> & Record<string, unknown> = {
  rules: [],
  builtinRules: true,
  firstParty: [],
  autoBlock: true,
  network: false,
  reloadOnWithdraw: false,
  onWithdraw: () => {},
  texts: {},
};

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
  const string = (value: unknown, path: string) => typeof value === 'string' || fail(path, 'must be a string');
  const raw = (kind(input) === 'object' ? input : (input === undefined || fail('', 'must be an object'), {})) as Record<string, never>;
  const options = { ...DEFAULTS } as Record<string, unknown>;
  for (const key in raw) {
    const value = raw[key];
    if (!has(DEFAULTS, key)) fail('.' + key, `is not an option (known: ${Object.keys(DEFAULTS)})`);
    else if (kind(value) === kind(DEFAULTS[key])) options[key] = value;
    else if (value !== undefined) fail('.' + key, 'must be a ' + kind(DEFAULTS[key]));
  }
  const { rules, builtinRules: builtin, firstParty, autoBlock, network, reloadOnWithdraw, onWithdraw, texts } = options as Required<GateOptions>;

  const own: Rule[] = [];
  rules.forEach((entry, index) => {
    const at = `.rules[${index}]`;
    const { host, path = '', category, service } = (kind(entry) === 'object' ? entry : (fail(at, 'must be an object'), {})) as Record<string, never>;
    if (!has(state.categories, category)) fail(at + '.category', `must be one of: ${Object.keys(state.categories)}`);
    else if (service !== undefined && !has(state.services, service)) fail(at + '.service', 'must be a configured service');
    else if (string(host, at + '.host') && string(path, at + '.path')) own.push(rule(host + path, category, service));
  });
  const words = { ...TEXTS, ...texts };
  for (const key in words) string(words[key as keyof Texts], '.texts.' + key);
  const hosts = firstParty.filter((host, index) => string(host, `.firstParty[${index}]`)).map((host) => rule(host, '')._host);
  // Options it could not read make the gate as strict as it can be.
  return {
    _rules: builtin ? [...own, ...builtinRules()] : own,
    _firstParty: hosts,
    _autoBlock: autoBlock || locked,
    _network: network || locked,
    _reload: reloadOnWithdraw,
    _onWithdraw: onWithdraw,
    _texts: words,
    _locked: locked,
  };
}
