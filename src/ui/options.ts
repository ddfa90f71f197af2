import type { UiOptions } from '../types';
import en, { type Texts } from './i18n/en';

const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;

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

type Check = (value: unknown) => string | undefined;

const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.includes(value)
      ? undefined
      : `must be ${values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ').replace(/, ([^,]*)$/, ' or $1')}`;

const isString: Check = (value) => (typeof value === 'string' ? undefined : 'must be a string');

// Browsers drop control characters and spaces inside a scheme ("java\nscript:"), so test without them.
const isUrl: Check = (value) =>
  typeof value === 'string' && /^(https?:|(?![a-z][\w+.-]*:))/i.test(value.replace(/[\0- \x7f]/g, ''))
    ? undefined
    : 'must be an http(s) URL or a path on this site';

const CHECKS: Record<keyof UiOptions, Check> = {
  layout: oneOf('bar', 'box', 'modal'),
  position: oneOf('bottom', 'top', ...CORNERS),
  block: oneOf(true, false),
  reopen: oneOf('auto', false, ...CORNERS),
  optOutLink: oneOf('choices', 'dns', 'both'),
  theme: oneOf('auto', 'light', 'dark'),
  language: (value) => (typeof value === 'string' && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(value) ? undefined : 'must be a language tag such as "de" or "pt-BR"'),
  text: (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'must be an object of texts by key'),
  stylesheet: isUrl,
};

/**
 * Checks the `ui` options. Fails closed: a wrong value is reported by name and its default used
 * instead, so the visitor still gets the banner and its Reject button.
 */
export function resolveUiOptions(input: unknown): { options: ResolvedUi; errors: string[] } {
  const errors: string[] = [];
  const options: ResolvedUi = { layout: 'bar', position: 'bottom', block: false, reopen: 'auto', optOutLink: 'choices', theme: 'auto', text: {} };
  const fail = (path: string, problem: string) => errors.push(`consentgate: ui.${path} ${problem}`);
  if (input === undefined) return { options, errors };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    errors.push('consentgate: ui must be an object');
    return { options, errors };
  }
  const known = Object.keys(CHECKS);
  for (const [key, value] of Object.entries(input)) {
    const check = CHECKS[key as keyof UiOptions];
    const problem = check ? value === undefined ? undefined : check(value) : `is not a known option (known: ${known.join(', ')})`;
    if (problem) fail(key, problem);
    else if (value !== undefined) (options as unknown as Record<string, unknown>)[key] = value;
  }
  const text: Partial<Texts> = {};
  for (const [key, value] of Object.entries(options.text)) {
    if (!(key in en)) fail(`text.${key}`, `is not a known text (known: ${Object.keys(en).join(', ')})`);
    else if (isString(value)) fail(`text.${key}`, 'must be a string');
    else text[key as keyof Texts] = value as string;
  }
  options.text = text;
  return { options, errors };
}
