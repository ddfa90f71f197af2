import type { ConsentState } from '../types';
import type { Condition } from './condition';
import type { Ctx } from './context';
import { TEXTS, type Texts } from './options';

/** What the script tag's UI lends the placeholders: its wording, in the page's language. */
export interface UiWords {
  /** A category's name. */
  label(id: string): string;
  /** The wording for a key the UI shares with the gate's `texts`. */
  text(key: string): string | undefined;
  /** Calls `listener` once the language file has arrived; returns how to stop. */
  onLanguage(listener: () => void): () => void;
}

/**
 * The placeholders' look, which a site can tune through custom properties on any ancestor:
 * `--consentgate-placeholder-bg`, `--consentgate-placeholder-color` (text and borders) and
 * `--consentgate-placeholder-accent` (the allow button, white text on it, and the focus ring).
 * Parts: `.consentgate-placeholder` (the box), `-title`, `-text`, `-allow`, `-settings`.
 * The adopted sheet comes after the page's own, so a site's rule needs a more specific selector.
 */
const CSS =
  '.consentgate-placeholder{box-sizing:border-box;display:grid;place-content:center;justify-items:center;gap:8px;max-width:100%;min-height:150px;' +
  'padding:16px;border:1px solid;border-radius:8px;background:var(--consentgate-placeholder-bg,#f2f2f2);' +
  'color:var(--consentgate-placeholder-color,#1f1f1f);font:15px/1.4 system-ui,sans-serif;text-align:center;overflow-wrap:anywhere}' +
  '.consentgate-placeholder>*{margin:0;padding:4px 16px;border-radius:6px;font:inherit;color:inherit;background:0 0}' +
  // Padding, not a min-height: a grid row holds an item with a fixed minimum at that minimum, so
  // a label wrapped onto two lines would run out of its button.
  '.consentgate-placeholder>button{padding-block:5px;border:1px solid;cursor:pointer}' +
  '.consentgate-placeholder>.consentgate-placeholder-allow{border-color:#0000;background:var(--consentgate-placeholder-accent,#1f5fd1);color:#fff}' +
  '.consentgate-placeholder>:focus-visible{outline:3px solid var(--consentgate-placeholder-accent,#1f5fd1);outline-offset:2px}' +
  '[data-consent][hidden]{display:none!important}';

/**
 * In-place notices for blocked embeds: what it is, who provides it, one button to allow it and
 * one to open the preferences (`data-consentgate="open-preferences"`, which the UI listens for).
 * A strict CSP allows no inline styles, so the look is a constructed stylesheet adopted by the
 * document, and an embed's `width` and `height` become a rule of it; a browser that cannot adopt
 * one shows the notice unstyled. Every string goes in as text: config values are not markup.
 * The wording is the site's `gate.texts`, else the UI's in its language (script tag), else English.
 */
export function placeholders(ctx: Ctx, ui?: UiWords) {
  const { _doc: doc, _manager: manager, _settings: settings } = ctx;
  const { categories } = manager.config;
  const name = ui ? ui.label : (id: string) => categories.find((c) => c.id === id)?.label ?? id;
  const text = (key: keyof Texts) => settings.texts[key] ?? ui?.text(key) ?? TEXTS[key];
  const shown = new Map<Element, Element>();
  const hidden = new WeakSet<Element>();
  const sizes = new Set<string>();
  let sheet: CSSStyleSheet | undefined | null;

  const hide = (el: Element) => {
    shown.get(el)?.remove();
    shown.delete(el);
    if (hidden.delete(el)) el.removeAttribute('hidden');
  };

  const show = (el: Element, condition: Condition, state: ConsentState) => {
    const ids = condition._all.filter((id) => state.categories[id]!.reason !== 'necessary');
    if (shown.has(el) || condition._none.length || !ids.length) return;
    if (sheet === undefined) {
      try {
        sheet = new ctx._win.CSSStyleSheet();
        sheet.replaceSync(CSS);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      } catch {
        sheet = null; // no constructed stylesheets here: plain, still usable
      }
    }
    const service = categories.flatMap((c) => c.services).find((s) => s.id === condition._service);
    const what = el.getAttribute('data-consent-title') || el.getAttribute('title') || text('content');
    let who = service ? service.name + (service.provider && ` (${service.provider})`) : '';
    try {
      who ||= new URL(el.getAttribute('data-src') || 'x:', doc.baseURI).hostname;
    } catch {
      // A broken URL names no provider.
    }
    const box = doc.createElement('div');
    const add = (tag: string, part: string, text: string) => {
      const node = doc.createElement(tag);
      node.className = 'consentgate-placeholder-' + part;
      node.textContent = text;
      if (tag === 'button') node.setAttribute('type', 'button');
      box.append(node);
      return node;
    };
    box.className = 'consentgate-placeholder';
    // The embed's own size, when it gives one in pixels: the box then keeps its aspect ratio while
    // its content fits, and grows when it does not (a phone). `min-height: auto` is what lets it grow
    // (any other minimum switches off the ratio's content minimum), so the rule goes after the base one.
    const width = el.getAttribute('width');
    const size = `${width}x${el.getAttribute('height')}`;
    if (sheet && /^\d+x\d+$/.test(size)) {
      box.classList.add('consentgate-placeholder-' + size);
      if (!sizes.has(size)) {
        sheet.insertRule(`.consentgate-placeholder-${size}{width:${width}px;aspect-ratio:${size.replace('x', '/')};min-height:auto}`, sheet.cssRules.length);
      }
      sizes.add(size);
    }
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', what);
    add('p', 'title', who ? `${what} ${text('from')} ${who}` : what);
    add('p', 'text', text('blocked'));
    // "Allow {}" puts the name where the language wants it ("{} erlauben"); without `{}` it follows.
    const allow = text('allow');
    const named = service ? service.name : ids.map((id) => name(id)).join(', ');
    add('button', 'allow', allow.includes('{}') ? allow.replace('{}', () => named) : `${allow} ${named}`).addEventListener(
      'click',
      ctx._guard(() => {
        const now = manager.state().services;
        const services: Record<string, boolean> = {};
        // "Allow YouTube" turns its category on for YouTube alone: siblings not yet allowed stay off.
        for (const id in now) if (service && now[id]!.category === service.category && !now[id]!.granted) services[id] = id === service.id;
        manager.set(Object.fromEntries(ids.map((id) => [id, true])), services);
      }),
    );
    add('button', 'settings', text('settings')).setAttribute('data-consentgate', 'open-preferences');
    el.before(box);
    shown.set(el, box);
    if (!el.hasAttribute('hidden')) {
      el.setAttribute('hidden', '');
      hidden.add(el);
    }
  };

  return {
    _show: show,
    _hide: hide,
    /** Drops every notice (to draw them again). */
    _clear: () => shown.forEach((_, el) => hide(el)),
    /** Drops notices whose element the page removed. */
    _sweep: () => shown.forEach((_, el) => el.isConnected || hide(el)),
  };
}
