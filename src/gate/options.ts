import { checkFields, fields, is, list, oneOf, strings, type Fail } from '../core';
import type { ConsentState, GateOptions } from '../types';
import { has } from './condition';
import { builtinRules, rule, type Rule } from './rules';

export type Texts = Required<NonNullable<GateOptions['texts']>>;

/** The options as the gate uses them: every one set, `rules` compiled (the site's, then the built-in list). */
export type Settings = Required<Omit<GateOptions, 'rules' | 'texts'>> & {
  rules: Rule[];
  /** The site's own texts: a placeholder falls back to the UI's language, then to TEXTS. */
  texts: Partial<Texts>;
  /** Some option was invalid: nothing but necessary is released. */
  _locked: boolean;
};

/** The placeholders' English wording, for a gate without the UI. */
export const TEXTS: Texts = {
  content: 'Embedded content',
  from: 'from',
  blocked: 'Blocked until you allow it, as it shares data with its provider.',
  allow: 'Allow',
  settings: 'Privacy settings',
};

/** The `gate` options for one page's state: a rule must name one of its categories or services. */
const schema = (state: ConsentState) => ({
  rules: list(
    fields(
      {
        host: 'string',
        path: 'string',
        category: oneOf(Object.keys(state.categories)),
        service: is<string>((v) => has(state.services, v), 'must be a configured service'),
      } as const,
      ['host', 'category'],
    ),
  ),
  builtinRules: 'boolean',
  firstParty: list('string'),
  autoBlock: 'boolean',
  network: 'boolean',
  reloadOnWithdraw: 'boolean',
  onWithdraw: 'function',
  texts: strings(TEXTS),
} as const);

/**
 * Checks `gate` options with core's checker: each problem is reported with its field, and any
 * problem locks the gate (fail closed) instead of loosening it.
 */
export function readOptions(input: unknown, state: ConsentState, report: (message: string) => void): Settings {
  let locked = false;
  const fail: Fail = (path, problem) => {
    locked = true;
    report(`consentgate: ${path} ${problem}`);
  };
  const {
    rules: siteRules = [],
    builtinRules: builtin = true,
    firstParty = [],
    autoBlock = true,
    network = false,
    reloadOnWithdraw = false,
    onWithdraw = () => {},
    texts,
  } = (input === undefined ? {} : checkFields(schema(state), input, 'gate', fail)) ?? {};
  const rules: Rule[] = [];
  // A rule that lost its service or path to a problem still holds its host, for its whole category.
  for (const { host, path = '', category, service } of siteRules) {
    if (host !== undefined && category !== undefined) rules.push(rule(host + path, category, service));
  }
  return {
    rules: builtin ? [...rules, ...builtinRules()] : rules,
    builtinRules: builtin,
    firstParty: firstParty.map((host) => rule(host, '')._host),
    // Options it could not read make the gate as strict as it can be.
    autoBlock: autoBlock || locked,
    network: network || locked,
    reloadOnWithdraw,
    onWithdraw: onWithdraw as Settings['onWithdraw'],
    texts: texts ?? {},
    _locked: locked,
  };
}
