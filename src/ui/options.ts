import type { UiOptions } from '../types';
import en, { type Texts } from './i18n/en';

/** The UI options with every default filled in. */
export interface ResolvedUi {
  layout: 'bar' | 'box' | 'modal';
  position: NonNullable<UiOptions['position']>;
  block: boolean;
  reopen: NonNullable<UiOptions['reopen']>;
  optOutLink: 'choices' | 'dns' | 'both';
  theme: 'auto' | 'light' | 'dark';
  language?: string;
  text: Partial<Texts>;
  stylesheet?: string;
}

const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every option: the values it takes (the first is the default), or a test and what it expects.
 * Messages list the values from the same table, so they cannot drift from it.
 */
const RULES: Record<keyof UiOptions, unknown[] | [(value: any) => unknown, string]> = {
  layout: ['bar', 'box', 'modal'],
  position: ['bottom', 'top', ...CORNERS],
  block: [false, true],
  reopen: ['auto', false, ...CORNERS],
  optOutLink: ['choices', 'dns', 'both'],
  theme: ['auto', 'light', 'dark'],
  language: [(v) => /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(v) && typeof v === 'string', 'a language tag such as "de" or "pt-BR"'],
  text: [isObject, 'an object of texts by key'],
  // Browsers drop control characters and spaces inside a scheme ("java\nscript:"), so test without them.
  stylesheet: [(v) => typeof v === 'string' && /^(https?:|(?![a-z][\w+.-]*:))/i.test(v.replace(/[\0- \x7f]/g, '')), 'an http(s) URL or a path on this site'],
};

/**
 * Checks the `ui` options. Fails closed: a wrong value is reported by name and its default used
 * instead, so the visitor still gets the banner and its Reject button.
 */
export function resolveUiOptions(input: unknown): { options: ResolvedUi; errors: string[] } {
  const errors: string[] = [];
  const fail = (path: string, problem: string) => errors.push(`consentgate: ui${path} ${problem}`);
  const options: Record<string, unknown> = { text: {} };
  for (const [key, [first]] of Object.entries(RULES)) if (typeof first !== 'function') options[key] = first;
  if (!isObject(input)) {
    if (input !== undefined) fail('', 'must be an object');
  } else {
    for (const [key, value] of Object.entries(input)) {
      const rule = RULES[key as keyof UiOptions];
      const test = rule?.[0];
      if (!rule) fail(`.${key}`, `is not a known option (known: ${Object.keys(RULES).join(', ')})`);
      else if (value === undefined || (typeof test === 'function' ? test(value) : rule.includes(value))) options[key] = value ?? options[key];
      else {
        const values = rule.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ').replace(/, (?!.*, )/, ' or ');
        fail(`.${key}`, `must be ${typeof test === 'function' ? rule[1] : values}`);
      }
    }
  }
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.text as object)) {
    if (!(key in en)) fail(`.text.${key}`, `is not a known text (known: ${Object.keys(en).join(', ')})`);
    else if (typeof value !== 'string') fail(`.text.${key}`, 'must be a string');
    else text[key] = value;
  }
  options.text = text;
  return { options: options as unknown as ResolvedUi, errors };
}
