import { trusted } from '../utils/trusted-types';
import type { Ctx } from './context';
import { patch } from './patch';
import { mentions } from './rules';

// Only a tag that the HTML string contains can make it fetch; scripts set through HTML
// strings never run, so images and iframes are what matter there.
const LOADS = /<(?:img|iframe|link)\b/i;

/**
 * Catches trackers that code creates, before the browser fetches anything: an image starts
 * loading as soon as `src` is set, even if it is never inserted, and HTML strings start their
 * images while they are parsed.
 */
export function intercept(ctx: Ctx): void {
  const { _win: win, _undo: undo } = ctx;
  const proto = win.Element.prototype;
  // Called for every URL the page sets: a string that names no rule's host, nearly all of them,
  // is let through after one RegExp test.
  const named = mentions(ctx._settings.rules);
  // Each URL property that starts a fetch once set (a link's once it is also in the document,
  // with a `rel` that loads), and the elements that have it. A frame's inline document loads what
  // it names as soon as it is set; a link's `imagesrcset` is what an image preload fetches.
  const watched: Array<[Array<{ prototype: object } | undefined>, string]> = [
    [[win.HTMLScriptElement, win.HTMLImageElement, win.HTMLIFrameElement], 'src'],
    [[win.HTMLIFrameElement], 'srcdoc'],
    [[win.HTMLLinkElement], 'href'],
    [[win.HTMLLinkElement], 'imageSrcset'],
  ];
  for (const [kinds, property] of watched) {
    const name = property.toLowerCase();
    for (const kind of kinds) {
      if (kind) {
        patch(undo, kind.prototype, property, (set) =>
          function (this: Element, url) {
            if (!named.test(url) || !ctx._take(this, String(url), true, name)) set.call(this, url);
          },
        );
      }
    }
  }
  // The same as attributes, by element name, not `instanceof`: the method may be borrowed by an
  // element of another frame.
  const elements: Record<string, RegExp | undefined> = { src: /^(?:script|img|iframe)$/, srcdoc: /^iframe$/, href: /^link$/, imagesrcset: /^link$/ };
  patch(undo, proto, 'setAttribute', (set) =>
    function (this: Element, name, url) {
      // Called for every attribute of the page: the cheapest tests first.
      const attribute = String(name);
      const lower = attribute.length < 12 ? attribute.toLowerCase() : '';
      if (!elements[lower]?.test(this.localName) || !named.test(url) || !ctx._take(this, String(url), true, lower)) set.call(this, name, url);
    },
  );

  // HTML strings are parsed into an inert template first, where nothing loads; only when a
  // blocked URL was found there is the parsed result inserted instead of the string.
  const html = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!.set!;
  // Takes the elements under `root` that would load a blocked URL; true when there was one.
  const took = (root: ParentNode, selector: string) => {
    let taken = false;
    root.querySelectorAll(selector).forEach((el) => {
      const name = el.hasAttribute('srcdoc') ? 'srcdoc' : el.localName === 'link' ? 'href' : 'src';
      if (!el.hasAttribute('data-consent') && ctx._take(el, el.getAttribute(name)!, false, name)) taken = true;
    });
    return taken;
  };
  const inert = (markup: string): HTMLTemplateElement | false | void => {
    if (!LOADS.test(markup) || !named.test(markup)) return;
    const template = ctx._doc.createElement('template');
    html.call(template, markup);
    return took(template.content, 'img[src],iframe[src],iframe[srcdoc],link[href]') && template;
  };
  // `document.write` runs the scripts it writes, and a friendly iframe's ad tag is written this
  // way. The markup is parsed where nothing loads; only when it held a blocked element is the
  // parsed result written instead of the string (a whole document keeps its own tags).
  for (const name of ['write', 'writeln']) {
    patch(undo, win.Document.prototype, name, (write) =>
      function (this: Document, ...parts) {
        const markup = parts.join('');
        if (/<(?:script|img|iframe|link)\b/i.test(markup) && named.test(markup)) {
          const parsed = new win.DOMParser().parseFromString(markup, 'text/html');
          if (took(parsed, 'script[src],img[src],iframe[src],iframe[srcdoc],link[href]')) {
            const whole = /<(?:html|head|body)\b/i.test(markup);
            parts = [trusted(win)._html(whole ? '<!doctype html>' + parsed.documentElement.outerHTML : parsed.head.innerHTML + parsed.body.innerHTML)];
          }
        }
        return write.apply(this, parts);
      },
    );
  }
  patch(undo, proto, 'innerHTML', (set) =>
    function (this: Element, markup) {
      // A template's own content is inert already.
      const parsed = this.localName !== 'template' && inert(markup);
      if (parsed) this.replaceChildren(parsed.content);
      else set.call(this, markup);
    },
  );
  patch(undo, proto, 'outerHTML', (set) =>
    function (this: Element, markup) {
      const parsed = this.parentNode && inert(markup);
      if (parsed) this.replaceWith(parsed.content);
      else set.call(this, markup);
    },
  );
  patch(undo, proto, 'insertAdjacentHTML', (insert) =>
    function (this: Element, where, markup) {
      const parsed = inert(markup);
      // The template goes where the string would (the browser reads the position, and rejects an
      // unknown one, as it would for the string), then gives way to what it holds.
      if (parsed) this.insertAdjacentElement(where, parsed)?.replaceWith(parsed.content);
      else insert.call(this, where, markup);
    },
  );
}
