import type { Ctx } from './context';

// Only a tag that the HTML string contains can make it fetch; scripts set through HTML
// strings never run, so images and iframes are what matter there.
const LOADS = /<(?:img|iframe)\b/i;

type Method = (this: Element, ...args: never[]) => unknown;

/**
 * Catches trackers that code creates, before the browser fetches anything: an image starts
 * loading as soon as `src` is set, even if it is never inserted, and HTML strings start their
 * images while they are parsed. Returns the function that puts every original back.
 */
export function intercept(ctx: Ctx): () => void {
  const { _win: win } = ctx;
  const undo: Array<() => void> = [];
  const patch = (proto: object, name: string, make: (original: PropertyDescriptor) => PropertyDescriptor): void => {
    const original = Object.getOwnPropertyDescriptor(proto, name);
    if (!original) return;
    Object.defineProperty(proto, name, { ...original, ...make(original) });
    undo.push(() => Object.defineProperty(proto, name, original));
  };
  const kinds = [win.HTMLScriptElement, win.HTMLImageElement, win.HTMLIFrameElement];

  for (const kind of kinds) {
    patch(kind.prototype, 'src', ({ set }) => ({
      set(this: Element, url: string) {
        if (!ctx._take(this, String(url), true)) set!.call(this, url);
      },
    }));
  }
  patch(win.Element.prototype, 'setAttribute', ({ value }) => ({
    value(this: Element, name: string, url: string) {
      // Called for every attribute of the page: the cheapest test first.
      const attribute = String(name);
      if (attribute.length === 3 && attribute.toLowerCase() === 'src' && kinds.some((kind) => this instanceof kind)) {
        if (ctx._take(this, String(url), true)) return;
      }
      return (value as Method).call(this, name as never, url as never);
    },
  }));

  // HTML strings are parsed into an inert template first, where nothing loads; only when a
  // blocked URL was found there is the parsed result inserted instead of the string.
  const html = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')!;
  const inert = (markup: unknown): DocumentFragment | undefined => {
    if (!LOADS.test(String(markup)) || !ctx._mentions(String(markup))) return undefined;
    const template = ctx._doc.createElement('template');
    html.set!.call(template, markup);
    let taken = false;
    for (const el of [...template.content.querySelectorAll('img[src],iframe[src]')]) {
      if (!el.hasAttribute('data-consent') && ctx._take(el, el.getAttribute('src')!)) taken = true;
    }
    return taken ? template.content : undefined;
  };
  patch(win.Element.prototype, 'innerHTML', ({ set }) => ({
    set(this: Element, markup: string) {
      // A template's own content is inert already.
      const parsed = this.localName !== 'template' && inert(markup);
      if (parsed) this.replaceChildren(parsed);
      else set!.call(this, markup);
    },
  }));
  patch(win.Element.prototype, 'outerHTML', ({ set }) => ({
    set(this: Element, markup: string) {
      const parsed = this.parentNode && inert(markup);
      if (parsed) this.replaceWith(parsed);
      else set!.call(this, markup);
    },
  }));
  const places: Record<string, 'before' | 'prepend' | 'append' | 'after'> = {
    beforebegin: 'before',
    afterbegin: 'prepend',
    beforeend: 'append',
    afterend: 'after',
  };
  patch(win.Element.prototype, 'insertAdjacentHTML', ({ value }) => ({
    value(this: Element, where: string, markup: string) {
      const place = places[String(where).toLowerCase()];
      const parsed = place && inert(markup);
      if (parsed) this[place!](parsed);
      else (value as Method).call(this, where as never, markup as never);
    },
  }));

  return () => {
    for (const restore of undo.reverse()) restore();
  };
}
