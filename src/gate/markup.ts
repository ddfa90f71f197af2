// Moves elements between their inert, declared form (`data-consent`, `data-src`, scripts typed
// `text/plain`) and their live form. Every way an element is blocked ends in the declared form,
// so one release path serves the site's markup and the trackers the gate caught at run time.
import { trusted } from '../utils/trusted-types';
import type { Rule } from './rules';

/** Sets an attribute; a script's `src` goes through our Trusted Types policy (the site declared it). */
const set = (el: Element, name: string, value: string): void =>
  el.setAttribute(name, el.localName === 'script' && name === 'src' ? trusted(el.ownerDocument.defaultView)._scriptUrl(value) : value);

/**
 * Puts `data-src`, `data-srcset`, `data-href`, `data-srcdoc` and `data-imagesrcset` back where the browser loads them. A script
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
  for (const name of ['src', 'srcset', 'href', 'srcdoc', 'imagesrcset']) {
    const value = el.getAttribute('data-' + name);
    if (value !== null) {
      el.removeAttribute('data-' + name);
      set(el, name, value);
      // Chromium reads a preload's image candidates only when the link is inserted.
      if (name === 'imagesrcset' && el.parentNode) el.replaceWith(el.cloneNode());
    }
  }
}

/**
 * A runnable copy of a declared script: browsers run a script element once, when it is inserted
 * with a script type, so changing `type` on the old node would never run it. A new element, not
 * `cloneNode`: a clone inherits the "already started" flag, so the copy of a script inserted
 * through innerHTML (an SPA route) would never run. The nonce is hidden from `getAttribute`, so
 * it is copied as a property.
 */
export function liveScript(old: HTMLScriptElement): HTMLScriptElement {
  const live = old.ownerDocument.createElement('script');
  for (const { name, value } of [...old.attributes]) if (name !== 'nonce') set(live, name, value);
  live.nonce = old.nonce;
  if (old.text) live.text = trusted(old.ownerDocument.defaultView)._script(old.text);
  unblock(live);
  // Inserted scripts are async unless told otherwise; unmarked ones keep document order.
  live.async = old.hasAttribute('async');
  return live;
}

/**
 * Turns an element that would fetch `url` (held in attribute `name`, `src` or a frame's
 * `srcdoc`) into the declared form, with the rule's category.
 */
export function neutralize(el: Element, url: string, rule: Rule, name = 'src'): void {
  el.setAttribute('data-consent', rule._category);
  if (rule._service) el.setAttribute('data-service', rule._service);
  el.setAttribute('data-' + name, url);
  el.removeAttribute(name);
  if (el.localName === 'script') {
    const type = el.getAttribute('type');
    if (type && type !== 'text/plain') el.setAttribute('data-type', type);
    el.setAttribute('type', 'text/plain');
  }
}

/**
 * Blocks a live iframe again. Removing `src` would leave the embedded page running, so a copy
 * without it takes the iframe's place and the old browsing context goes away with the node.
 */
export function reblock(frame: Element): Element {
  const copy = frame.cloneNode() as Element;
  copy.setAttribute('data-src', frame.getAttribute('src')!);
  copy.removeAttribute('src');
  frame.replaceWith(copy);
  return copy;
}

/** `el` or one of its ancestors has a next sibling: the parser has finished with it. */
export function parsed(el: Node | null): boolean {
  for (; el; el = el.parentNode) if (el.nextSibling) return true;
  return false;
}

/** The element without its content, for messages: `<iframe data-consent="socal" …></iframe>`. */
export const describe = (el: Element): string => (el.cloneNode() as Element).outerHTML;
