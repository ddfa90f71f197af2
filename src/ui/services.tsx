/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { CookieDeclaration, ResolvedService } from '../types';
import type { Texts } from './i18n/en';

/** A cookie name as visitors read it: patterns such as /^_ga_/ become `_ga_*`. */
export function cookieName(name: CookieDeclaration['name']): string {
  if (typeof name === 'string') return name;
  let text = name.source.replace(/\.[*+]|\\[dw][*+]|\[[^\]]*\][*+]/g, '*').replace(/\\/g, '');
  text = text.startsWith('^') ? text.slice(1) : `*${text}`;
  text = text.endsWith('$') ? text.slice(0, -1) : `${text}*`;
  return text.replace(/\*+/g, '*');
}

/** One service of a category: who provides it, what for, its cookies and its privacy policy. */
export const Service = ({ s, t }: { s: ResolvedService; t: Texts }) => (
  <li>
    <strong>{s.name}</strong>
    {s.provider && (
      <div>
        {t.provider}: {s.provider}
      </div>
    )}
    {s.purpose && (
      <div>
        {t.purpose}: {s.purpose}
      </div>
    )}
    {s.cookies.length > 0 && (
      <div>
        {t.cookies}:
        <ul>
          {s.cookies.map((cookie) => (
            <li>
              <code>{cookieName(cookie.name)}</code>
              {cookie.expiry && ` · ${t.expiry}: ${cookie.expiry}`}
              {cookie.description && ` · ${cookie.description}`}
            </li>
          ))}
        </ul>
      </div>
    )}
    {s.privacyPolicyUrl && (
      <a href={s.privacyPolicyUrl} target="_blank" rel="noopener">
        {t.policy}
      </a>
    )}
  </li>
);
