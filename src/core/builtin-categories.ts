import type { CategoryConfig } from '../types';

export type BuiltinCategory = Required<Pick<CategoryConfig, 'id' | 'required' | 'default' | 'sale' | 'share'>>;

export const NECESSARY = 'necessary';
export const SESSION_REPLAY = 'session_replay';

/*
 * The built-in categories and their US flags (standards.md 3.1): advertising and social
 * embeds are "share" and "sale"; third-party analytics is usually a "sale" (Sephora);
 * session replay is treated as "share" so GPC blocks it too.
 * `default` is the state in the opt-out and notice regimes; session replay stays off
 * everywhere until the visitor says yes (CIPA §631, standards.md 3.8).
 * The core holds no display texts: the UI names and describes these ids in each language.
 *
 * Flags after the colon: r = required, d = on by default, s = sale, h = share.
 */
const TABLE = `${NECESSARY}:rd functional:d analytics:ds advertising:dsh ${SESSION_REPLAY}:h social:dsh`;

export const BUILTIN_CATEGORIES: readonly BuiltinCategory[] = TABLE.split(' ').map((entry) => {
  const [id, flags] = entry.split(':') as [string, string];
  return { id, required: flags.includes('r'), default: flags.includes('d'), sale: flags.includes('s'), share: flags.includes('h') };
});
