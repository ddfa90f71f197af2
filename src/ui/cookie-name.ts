import type { CookieDeclaration } from '../types';

/** A cookie name as visitors read it: patterns such as /^_ga_/ become `_ga_*`. */
export function cookieName(name: CookieDeclaration['name']): string {
  if (typeof name === 'string') return name;
  let text = name.source.replace(/\.[*+]|\\[dw][*+]|\[[^\]]*\][*+]/g, '*').replace(/\\/g, '');
  text = text.startsWith('^') ? text.slice(1) : `*${text}`;
  text = text.endsWith('$') ? text.slice(0, -1) : `${text}*`;
  return text.replace(/\*+/g, '*');
}
