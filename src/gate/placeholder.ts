import type { ConsentState } from '../types';
import type { Condition } from './condition';
import type { Ctx } from './context';

/**
 * In-place notices for blocked embeds: what it is, who provides it, one button to allow it and
 * one to open the preferences (`data-consentgate="open-preferences"`, which the UI listens for).
 * Styled through classes only (a strict CSP allows no inline styles), and every string goes in
 * as text: config values are not trusted markup.
 */
export function placeholders(ctx: Ctx) {
  const { _doc: doc, _manager: manager, _settings: settings } = ctx;
  const { categories } = manager.config;
  const texts = settings._texts;
  const shown = new Map<Element, Element>();
  const hidden = new WeakSet<Element>();

  const hide = (el: Element) => {
    shown.get(el)?.remove();
    shown.delete(el);
    if (hidden.delete(el)) el.removeAttribute('hidden');
  };

  const show = (el: Element, condition: Condition, state: ConsentState) => {
    const ids = condition._all.filter((id) => state.categories[id]!.reason !== 'necessary');
    if (shown.has(el) || condition._none.length || !ids.length) return;
    const service = categories.flatMap((c) => c.services).find((s) => s.id === condition._service);
    const what = el.getAttribute('data-consent-title') || el.getAttribute('title') || texts.content;
    let who = service ? service.name + (service.provider && ` (${service.provider})`) : '';
    try {
      who ||= new URL(el.getAttribute('data-src') || 'x:', doc.baseURI).hostname;
    } catch {
      // A broken URL names no provider.
    }
    const box = doc.createElement('div');
    const add = (tag: string, part: string, text: string) => {
      const node = doc.createElement(tag);
      node.className = 'consentgate-placeholder' + part;
      node.textContent = text;
      if (tag === 'button') node.setAttribute('type', 'button');
      box.append(node);
      return node;
    };
    box.className = 'consentgate-placeholder';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', what);
    add('p', '-title', who ? `${what} ${texts.from} ${who}` : what);
    add('p', '-text', texts.blocked);
    const name = service ? service.name : ids.map((id) => categories.find((c) => c.id === id)!.label).join(', ');
    add('button', '-allow', `${texts.allow} ${name}`).addEventListener(
      'click',
      ctx._guard(() => {
        const now = manager.state();
        const services: Record<string, boolean> = {};
        // "Allow YouTube" turns its category on for YouTube alone: siblings not yet allowed stay off.
        for (const sibling of (service && categories.find((c) => c.id === service.category)!.services) || []) {
          if (!now.services[sibling.id]!.granted) services[sibling.id] = sibling === service;
        }
        manager.set(Object.fromEntries(ids.map((id) => [id, true])), services);
      }),
    );
    add('button', '-settings', texts.settings).setAttribute('data-consentgate', 'open-preferences');
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
    /** Drops notices whose element the page removed. */
    _sweep: () => shown.forEach((_, el) => el.isConnected || hide(el)),
  };
}
