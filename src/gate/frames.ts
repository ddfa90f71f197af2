import type { Ctx } from './context';
import { patch } from './patch';

/**
 * Child frames are windows of their own, with browser functions the gate never touched: page
 * code could make `new frame.contentWindow.Image()`, write a tag into a friendly iframe, or
 * borrow the frame's `src` setter or `fetch` and use them on this page. So every same-origin
 * window the page can reach gets the same interceptors before page code can use it: when it is
 * asked for (`contentWindow`, `contentDocument`, `window.open`), when a frame loads a new
 * document, and right after any insertion that added a frame (`frames[0]` asks no element).
 */
export function guardFrames(ctx: Ctx): void {
  const { _win: win, _undo: undo } = ctx;
  let seen = 0;
  // Reading the window's frame count is all an insertion costs when it added no frame.
  const added = () => {
    if (win.length !== seen) {
      seen = win.length;
      for (let i = 0; i < seen; i++) ctx._adopt(win[i]!);
    }
  };
  const after = (run: (this: unknown, ...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      try {
        return run.apply(this, args);
      } finally {
        added();
      }
    };
  const insertions: Array<[object, string]> = [
    [win.Node.prototype, 'appendChild insertBefore replaceChild'],
    [win.Element.prototype, 'append prepend before after replaceWith replaceChildren insertAdjacentElement insertAdjacentHTML innerHTML outerHTML'],
    [win.Document.prototype, 'write writeln'],
  ];
  for (const [owner, names] of insertions) for (const name of names.split(' ')) patch(undo, owner, name, after);

  for (const kind of [win.HTMLIFrameElement, win.HTMLFrameElement, win.HTMLObjectElement]) {
    for (const name of ['contentWindow', 'contentDocument']) {
      const was = kind && Object.getOwnPropertyDescriptor(kind.prototype, name);
      if (!was?.get) continue;
      const get = was.get;
      Object.defineProperty(kind.prototype, name, {
        ...was,
        get(this: Element) {
          const value = get.call(this) as Window | Document | null;
          ctx._adopt(value && 'defaultView' in value ? value.defaultView : value);
          return value;
        },
      });
      undo.push(() => Object.defineProperty(kind.prototype, name, was));
    }
  }
  // A frame that navigated has a new window; this capturing listener runs before the page's own
  // `load` listeners on the frame. Reading the (patched) getter is what adopts it.
  const loaded = (event: Event) => void (event.target as HTMLIFrameElement).contentWindow;
  ctx._doc.addEventListener('load', loaded, true);
  undo.push(() => ctx._doc.removeEventListener('load', loaded, true));

  // A popup to a blocked host is not opened (as if the browser's popup blocker had refused it);
  // any other gets the interceptors when it is same-origin.
  patch(undo, win, 'open', (open) =>
    function (this: Window, url, ...rest) {
      if (url && ctx._blocked(String(url))) return null;
      const opened = open.call(this, url, ...rest) as Window | null;
      ctx._adopt(opened);
      return opened;
    },
  );
}
