import type { Ctx } from './context';

/** Records in one callback from which looking at the whole document can be cheaper than at each record. */
const BATCH = 256;
/**
 * Elements the whole-document pass is given per record: reading a record costs about 100 times
 * more than a one-selector query spends on an element of the document (a page's first big
 * insertion, in Chromium).
 */
const PER_RECORD = 100;

/**
 * Watches the whole document for nodes added after start-up: declared elements (SPAs, tag
 * managers) trigger `onDeclared`; with `autoBlock`, undeclared trackers are taken over. A
 * parser-inserted script is still unstarted when this runs (the parser runs microtasks before
 * it handles a script's end tag), so typing it `text/plain` stops it. Images and iframes in
 * the page's own HTML may have been requested by then (the browser's preload scanner reads
 * ahead), so those must be declared in markup to stay silent.
 *
 * This runs for every node a page inserts, so it asks the DOM as little as it can: each call
 * into the browser costs more than the JavaScript around it, and more still the first time
 * (a page's first big insertion runs this before the engine has optimised it).
 */
export function observe(ctx: Ctx, onDeclared: () => void, root: Node = ctx._doc.documentElement ?? ctx._doc): void {
  const { _doc: doc, _settings: settings } = ctx;
  const observer = new ctx._win.MutationObserver(
    ctx._guard((records: MutationRecord[]) => {
      let declared = false;
      const loading = doc.readyState === 'loading';
      // Elements made by code passed the src interception already, and a script they inserted has
      // started by now anyway: after parsing, only iframes are left to check.
      const watched = '[data-consent]' + (settings.autoBlock ? (loading ? ',script[src],img[src]' : '') + ',iframe[src]' : '');
      const visit = (el: Element, tag: string): void => {
        if (el.hasAttribute('data-consent')) {
          declared = true;
          return;
        }
        if (!settings.autoBlock || (tag !== 'iframe' && !loading) || ctx._own.has(el)) return;
        const url = el.getAttribute('src');
        if (url === null) return;
        if (tag === 'iframe') {
          // Only a new node ends what a live iframe has loaded.
          const copy = el.cloneNode() as Element;
          if (ctx._take(copy, url)) el.replaceWith(copy);
        } else ctx._take(el, url);
      };
      const visitAll = (root: ParentNode, selector = watched) => root.querySelectorAll(selector).forEach((inner) => visit(inner, inner.localName));
      // A feed or a list rendered node by node: one query of the whole document, in the browser,
      // costs less than reading thousands of records. It also finds elements that were there
      // before, which changes nothing: `onDeclared` looks at every declared element anyway, and an
      // older iframe is taken only if its URL is blocked now, what its insertion was told too
      // unless the visitor withdrew since. While the page parses, records stay the measure.
      if (!loading && records.length >= BATCH && doc.getElementsByTagName('*').length <= records.length * PER_RECORD) {
        // One selector per query: Chromium matches a list of two several times slower than each alone.
        visitAll(doc, '[data-consent]');
        if (settings.autoBlock) visitAll(doc, 'iframe[src]');
      } else {
        for (const record of records) {
          const nodes = record.addedNodes;
          for (let i = nodes.length; i--; ) {
            const el = nodes[i] as Element;
            // Text and comments have no localName: one question tells elements apart.
            const tag = el.localName;
            if (!tag) continue;
            visit(el, tag);
            if (el.firstElementChild) visitAll(el);
          }
        }
      }
      if (declared) onDeclared();
    }),
  );
  observer.observe(root, { childList: true, subtree: true });
  ctx._undo.push(() => observer.disconnect());
}
