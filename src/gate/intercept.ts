import type { Ctx } from './context';
import { patch } from './patch';
import { mentions } from './rules';

// Only a tag that the HTML string contains can make it fetch; scripts set through HTML
// strings never run, so images and iframes are what matter there.
const LOADS = /<(?:img|iframe)\b/i;

/**
 * Catches trackers that code creates, before the browser fetches anything: an image starts
 * loading as soon as `src` is set, even if it is never inserted, and HTML strings start their
 * images while they are parsed.
 */
export function intercept(ctx: Ctx): void {
  const { _win: win, _undo: undo } = ctx;
  const proto = win.Element.prototype;
  const kinds = [win.HTMLScriptElement, win.HTMLImageElement, win.HTMLIFrameElement];
  // Called for every URL the page sets: a string that names no rule's host, nearly all of them,
  // is let through after one RegExp test.
  const named = mentions(ctx._settings.rules);
  for (const kind of kinds) {
    patch(undo, kind.prototype, 'src', (set) =>
      function (this: Element, url) {
        if (!named.test(url) || !ctx._take(this, String(url), true)) set.call(this, url);
      },
    );
  }
  patch(undo, proto, 'setAttribute', (set) =>
    function (this: Element, name, url) {
      // Called for every attribute of the page: the cheapest test first.
      const attribute = String(name);
      if (attribute.length !== 3 || attribute.toLowerCase() !== 'src' || !named.test(url) || !kinds.some((kind) => this instanceof kind) || !ctx._take(this, String(url), true)) {
        set.call(this, name, url);
      }
    },
  );

  // HTML strings are parsed into an inert template first, where nothing loads; only when a
  // blocked URL was found there is the parsed result inserted instead of the string.
  const html = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!.set!;
  const inert = (markup: string): HTMLTemplateElement | false | void => {
    if (!LOADS.test(markup) || !named.test(markup)) return;
    const template = ctx._doc.createElement('template');
    html.call(template, markup);
    let taken = false;
    template.content.querySelectorAll('img[src],iframe[src]').forEach((el) => {
      if (!el.hasAttribute('data-consent') && ctx._take(el, el.getAttribute('src')!)) taken = true;
    });
    return taken && template;
  };
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
