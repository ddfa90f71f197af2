import type { ConsentState, GateOptions } from '../types';
import { has } from './condition';
import { builtinRules, rule, type Rule } from './rules';

export type Texts = Required<NonNullable<GateOptions['texts']>>;

/** The options as the gate uses them: every one set, `rules` compiled (the site's, then the built-in list). */
export type Settings = Required<Omit<GateOptions, 'rules' | 'texts'>> & {
  rules: Rule[];
  texts: Texts;
  /** Some option was invalid: nothing but necessary is released. */
  _locked: boolean;
};

// Every option with its default: an option must have its default's kind.
const DEFAULTS: Required<GateOptions> = {
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

// What a value is, as the error messages name it.
const kind = (value: unknown): string =>
  Array.isArray(value) ? 'an array' : value === null ? 'null' : (typeof value === 'object' ? 'an ' : 'a ') + typeof value;

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
  // True when `value` has the kind of `like`; else reports it, naming the field.
  const is = (value: unknown, like: unknown, path: string) => kind(value) === kind(like) || fail(path, 'must be ' + kind(like));
  const options = { ...DEFAULTS } as Record<string, unknown>;
  const raw = input as Record<string, unknown>;
  if (input !== undefined && is(input, {}, '')) {
    for (const key in raw) {
      if (!has(DEFAULTS, key)) fail('.' + key, `is not an option (known: ${Object.keys(DEFAULTS)})`);
      else if (raw[key] !== undefined && is(raw[key], DEFAULTS[key as keyof GateOptions], '.' + key)) options[key] = raw[key];
    }
  }
  const settings = options as Settings;
  const rules: Rule[] = [];
  (options.rules as GateOptions['rules'])!.forEach((entry, index) => {
    const at = `.rules[${index}]`;
    const { host, path = '', category, service } = (is(entry, {}, at) ? entry : {}) as Record<string, never>;
    if (!has(state.categories, category)) fail(at + '.category', `must be one of: ${Object.keys(state.categories)}`);
    else if (service !== undefined && !has(state.services, service)) fail(at + '.service', 'must be a configured service');
    else if (is(host, '', at + '.host') && is(path, '', at + '.path')) rules.push(rule(host + path, category, service));
  });
  settings.rules = settings.builtinRules ? [...rules, ...builtinRules()] : rules;
  settings.texts = { ...TEXTS, ...settings.texts };
  for (const key in settings.texts) is(settings.texts[key as keyof Texts], '', '.texts.' + key);
  settings.firstParty = settings.firstParty.filter((host, index) => is(host, '', `.firstParty[${index}]`)).map((host) => rule(host, '')._host);
  // Options it could not read make the gate as strict as it can be.
  settings.autoBlock ||= locked;
  settings.network ||= locked;
  settings._locked = locked;
  return settings;
}
