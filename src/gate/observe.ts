import type { Ctx } from './context';

/**
 * Watches the whole document for nodes added after start-up: declared elements (SPAs, tag
 * managers) trigger `onDeclared`; with `autoBlock`, undeclared trackers are taken over. A
 * parser-inserted script is still unstarted when this runs (the parser runs microtasks before
 * it handles a script's end tag), so typing it `text/plain` stops it. Images and iframes in
 * the page's own HTML may have been requested by then (the browser's preload scanner reads
 * ahead), so those must be declared in markup to stay silent.
 *
 * This runs for every node a page inserts, so it asks the DOM as little as it can: each call
 * into the browser costs more than the JavaScript around it.
 */
export function observe(ctx: Ctx, onDeclared: () => void): void {
  const { _doc: doc, _settings: settings } = ctx;
  const observer = new ctx._win.MutationObserver(
    ctx._guard((records: MutationRecord[]) => {
      let declared: boolean | void = false;
      const loading = doc.readyState === 'loading';
      // Elements made by code passed the src interception already, and a script they inserted has
      // started by now anyway: after parsing, only iframes are left to check.
      const watched = '[data-consent]' + (settings.autoBlock ? (loading ? ',script[src],img[src]' : '') + ',iframe[src]' : '');
      const visit = (el: Element, tag: string): boolean | void => {
        if (el.hasAttribute('data-consent')) return true;
        if (!settings.autoBlock || (tag !== 'iframe' && !loading) || ctx._own.has(el)) return;
        const url = el.getAttribute('src');
        if (url === null) return;
        if (tag === 'iframe') {
          // Only a new node ends what a live iframe has loaded.
          const copy = el.cloneNode() as Element;
          if (ctx._take(copy, url)) el.replaceWith(copy);
        } else ctx._take(el, url);
      };
      for (const record of records) {
        const nodes = record.addedNodes;
        for (let i = nodes.length; i--; ) {
          const el = nodes[i] as Element;
          // Text and comments have no localName: one question tells elements apart.
          const tag = el.localName;
          if (!tag) continue;
          if (visit(el, tag)) declared = true;
          if (el.firstElementChild) for (const inner of el.querySelectorAll(watched)) if (visit(inner, inner.localName)) declared = true;
        }
      }
      if (declared) onDeclared();
    }),
  );
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
  ctx._undo.push(() => observer.disconnect());
}
