// Moves elements between their inert, declared form (`data-consent`, `data-src`, scripts typed
// `text/plain`) and their live form. Every way an element is blocked ends in the declared form,
// so one release path serves the site's markup and the trackers the gate caught at run time.
import { trusted } from '../utils/trusted-types';
import type { Rule } from './rules';

/**
 * A runnable copy of a declared script: browsers run a script element once, when it is inserted
 * with a script type, so changing `type` on the old node would never run it. The copy keeps the
 * text, every attribute and the nonce (which browsers hide from `getAttribute`).
 */
export function liveScript(old: HTMLScriptElement): HTMLScriptElement {
  // A new element, not cloneNode: a clone inherits the "already started" flag, so the copy of a
  // script inserted through innerHTML (an SPA route) would never run. The nonce is hidden from
  // getAttribute, so it is copied as a property; the text is set below.
  const live = old.ownerDocument.createElement('script');
  // The site declared this code and URL: under Trusted Types both go through our policy.
  const policy = trusted(old.ownerDocument.defaultView);
  for (const { name, value } of [...old.attributes]) if (name !== 'nonce') live.setAttribute(name, name === 'src' ? policy._scriptUrl(value) : value);
  live.nonce = old.nonce;
  const type = old.getAttribute('data-type');
  const src = old.getAttribute('data-src');
  for (const name of ['type', 'data-type', 'data-src', 'data-consent', 'data-service']) live.removeAttribute(name);
  if (type) live.setAttribute('type', type);
  if (old.text) live.text = policy._script(old.text);
  if (src) live.setAttribute('src', policy._scriptUrl(src));
  // Inserted scripts are async unless told otherwise; unmarked ones keep document order.
  live.async = old.hasAttribute('async');
  return live;
}

/** Turns an element that would fetch `url` into the declared form, with the rule's category. */
export function neutralize(el: Element, url: string, rule: Rule): void {
  el.setAttribute('data-consent', rule._category);
  if (rule._service) el.setAttribute('data-service', rule._service);
  el.setAttribute('data-src', url);
  el.removeAttribute('src');
  if (el.localName === 'script') {
    const type = el.getAttribute('type');
    if (type && type !== 'text/plain') el.setAttribute('data-type', type);
    el.setAttribute('type', 'text/plain');
  }
}

/**
 * Puts `data-src`, `data-srcset` and `data-href` back where the browser loads them. A script
 * code made has never run (it was inserted typed `text/plain`, or not at all), so it is restored
 * in place: type first, as only then does setting `src` start it.
 */
export function unblock(el: Element): void {
  if (el.localName === 'script') {
    const type = el.getAttribute('data-type');
    if (type) el.setAttribute('type', type);
    else el.removeAttribute('type');
    for (const name of ['data-type', 'data-consent', 'data-service']) el.removeAttribute(name);
  }
  for (const name of ['src', 'srcset', 'href']) {
    const value = el.getAttribute('data-' + name);
    if (value !== null) {
      el.removeAttribute('data-' + name);
      const script = el.localName === 'script' && name === 'src';
      el.setAttribute(name, script ? trusted(el.ownerDocument.defaultView)._scriptUrl(value) : value);
    }
  }
}

/**
 * Blocks a live iframe again. Removing `src` would leave the embedded page running, so a copy
 * without it takes the iframe's place and the old browsing context goes away with the node.
 */
export function reblock(frame: Element): Element {
  const copy = frame.cloneNode(false) as Element;
  copy.setAttribute('data-src', frame.getAttribute('src')!);
  copy.removeAttribute('src');
  frame.replaceWith(copy);
  return copy;
}

/** `el` or one of its ancestors has a next sibling: the parser has finished with it. */
export function parsed(el: Node): boolean {
  for (let node: Node | null = el; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** The element without its content, for messages: `<iframe data-consent="socal" …></iframe>`. */
export const describe = (el: Element): string => (el.cloneNode() as Element).outerHTML;
