import { checkFields, matching, oneOf, strings, url, type Schema } from '../core';
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

const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;

/** The values each option takes; the first is its default. Messages list them from the same table. */
const CHOICES = {
  layout: ['bar', 'box', 'modal'],
  position: ['bottom', 'top', ...CORNERS],
  block: [false, true],
  reopen: ['auto', false, ...CORNERS],
  optOutLink: ['choices', 'dns', 'both'],
  theme: ['auto', 'light', 'dark'],
} as const;

/**
 * Checks the `ui` options with core's checker. Fails closed: a wrong value is reported by name
 * and its default used instead, so the visitor still gets the banner and its Reject button.
 */
export function resolveUiOptions(input: unknown): { options: ResolvedUi; errors: string[] } {
  const errors: string[] = [];
  const schema: Schema = {};
  const options: Record<string, unknown> = { text: {} };
  for (const [key, values] of Object.entries(CHOICES)) {
    schema[key] = oneOf<unknown>(values);
    options[key] = values[0];
  }
  schema.language = matching(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, 'a language tag such as "de" or "pt-BR"');
  schema.text = strings(en);
  schema.stylesheet = url;
  if (input !== undefined) {
    Object.assign(options, checkFields(schema, input, 'ui', (path, problem) => void errors.push(`consentgate: ${path} ${problem}`)));
  }
  return { options: options as unknown as ResolvedUi, errors };
}
