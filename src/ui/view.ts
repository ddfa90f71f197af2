import type { ConsentManager, ConsentState, ResolvedCategory } from '../types';
import type { Texts } from './i18n/en';
import type { ResolvedUi } from './options';

/** Everything the components render from, owned by one mounted UI (no module state). */
export interface View {
  _m: ConsentManager;
  _s: ConsentState;
  _t: Texts;
  _o: ResolvedUi;
  /** Our host element: the first layer's light-DOM content lives in it. */
  _host?: HTMLElement;
  // Unset fields are off: they are read as false or empty.
  _lang?: string;
  _dir?: 'ltr' | 'rtl';
  /** The corner of the re-open button, or false for none. */
  _re?: string | false;
  /** The preferences dialog is open. */
  _open?: boolean;
  /** The dialog's unsaved choices, by category and by service (set when it opens). */
  _draft: Record<string, boolean>;
  _svc: Record<string, boolean>;
  _dismissed?: boolean;
  /** The status message read out after a decision. */
  _msg?: string;
  /** Fallback stylesheet URL, when the browser cannot adopt constructed stylesheets. */
  _css?: string;
  /** Hidden until that fallback stylesheet has loaded (or failed). */
  _wait?: boolean;
  // What the visitor can do; every control calls one of these.
  _show(): void;
  _close(): void;
  _toggle(category: string): void;
  _sale(): void;
  _save(): void;
  _accept(): void;
  _reject(): void;
  /** Confirms a stored opt-in that a GPC signal now overrides. */
  _keep(): void;
  _dismiss(): void;
  /** The fallback stylesheet has loaded (or failed): show the UI. */
  _styled(): void;
}

type Described = Pick<ResolvedCategory, 'id'> & { readonly label?: string; readonly description?: string };

/**
 * A category's name and description in the page's language. The site's own text wins; a
 * built-in id gets ours (`<id>Name`, `<id>Info` in the language files); any other id shows as
 * itself.
 */
export function about(v: View, c: Described): [string, string | undefined] {
  const text = (own: string | undefined, key: string) => own || (v._t as Record<string, string | undefined>)[key];
  return [text(c.label, `${c.id}Name`) ?? c.id, text(c.description, `${c.id}Info`)];
}

/** Optional categories that US law treats as a sale or sharing. */
export const flagged = (v: View): ResolvedCategory[] =>
  v._m.config.categories.filter((c) => !c.required && (c.sale || c.share));

/** A GPC signal was honoured: at least one sale/share category is off because of it. */
export const honored = (v: View): boolean =>
  v._s.signals.gpc && flagged(v).some((c) => v._s.categories[c.id]?.reason === 'gpc');

/** Categories the visitor opted into that GPC now turns off (the visitor may confirm them). */
export const conflicts = (v: View): string[] =>
  flagged(v)
    .filter((c) => v._s.record?.categories[c.id] === true && v._s.categories[c.id]?.reason === 'gpc')
    .map((c) => c.id);

/** The dialog's "Sale and sharing" switch: on while any sale/share category is on. */
export const saleOn = (v: View): boolean => flagged(v).some((c) => v._draft[c.id]);
