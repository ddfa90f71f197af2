import type { Ctx } from './context';

const WATCHED = '[data-consent],script[src],img[src],iframe[src]';

/**
 * Watches the whole document for nodes added after start-up: declared elements (SPAs, tag
 * managers) trigger `onDeclared`; with `autoBlock`, undeclared trackers are taken over. A
 * parser-inserted script is still unstarted when this runs (the parser runs microtasks before
 * it handles a script's end tag), so typing it `text/plain` stops it. Images and iframes in
 * the page's own HTML may have been requested by then (the browser's preload scanner reads
 * ahead), so those must be declared in markup to stay silent.
 */
export function observe(ctx: Ctx, onDeclared: () => void): void {
  const { _doc: doc, _settings: settings } = ctx;
  let loading: boolean;
  const visit = (el: Element): boolean | void => {
    if (el.hasAttribute('data-consent')) return true;
    const tag = el.localName;
    const url = el.getAttribute('src');
    // Elements made by code passed the src interception already, and a script they inserted has
    // started by now anyway: after parsing, only iframes are left to check.
    if (!settings.autoBlock || (tag !== 'iframe' && !loading) || ctx._own.has(el) || url === null) return;
    if (tag === 'iframe') {
      // Only a new node ends what a live iframe has loaded.
      const copy = el.cloneNode() as Element;
      if (ctx._take(copy, url)) el.replaceWith(copy);
    } else ctx._take(el, url);
  };
  const observer = new ctx._win.MutationObserver(
    ctx._guard((records: MutationRecord[]) => {
      let declared: boolean | void = false;
      loading = doc.readyState === 'loading';
      for (const { addedNodes } of records) {
        for (const node of addedNodes) {
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          if (visit(el)) declared = true;
          if (el.firstElementChild) el.querySelectorAll(WATCHED).forEach((inner) => visit(inner) && (declared = true));
        }
      }
      if (declared) onDeclared();
    }),
  );
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
  ctx._undo.push(() => observer.disconnect());
}
