import type { Ctx } from './context';
import { liveScript } from './markup';

/**
 * Releases declared scripts and templates in document order. Scripts that load keep their
 * order among themselves while downloading in parallel; inline code and templates wait until
 * every earlier one has loaded (or failed), so a snippet can use the library above it. Each
 * element runs once: a script is replaced by its live copy, a template is marked released.
 */
export function releaser(ctx: Ctx, onRun: (el: Element) => void) {
  const { _doc: doc, _own: own } = ctx;
  const claimed = new WeakSet<Element>();
  const clones = new Map<Element, Node[]>(); // released templates and the nodes they inserted
  let chain: Promise<unknown> = Promise.resolve();
  let waiting: Array<Promise<unknown>> = [];

  const queue = (el: Element, stillAllowed: () => boolean) => {
    claimed.add(el);
    const isScript = el.localName === 'script';
    const loads = isScript && el.getAttribute('data-type') !== 'module' && !!(el.getAttribute('data-src') ?? el.getAttribute('src'));
    chain = chain
      .then(() => {
        if (!loads) {
          const earlier = Promise.all(waiting);
          waiting = [];
          return earlier;
        }
      })
      .then(
        ctx._guard(() => {
          // The page may have removed it, or the visitor changed their mind, meanwhile.
          if (!el.parentNode || !stillAllowed()) return void claimed.delete(el);
          onRun(el);
          if (isScript) {
            let script!: HTMLScriptElement;
            ctx._quietly(() => (script = liveScript(el as HTMLScriptElement)));
            own.add(script);
            if (loads && !script.async) {
              waiting.push(new Promise((done) => ['load', 'error'].forEach((type) => script.addEventListener(type, done))));
            }
            el.replaceWith(script);
          } else {
            const content = doc.importNode((el as HTMLTemplateElement).content, true);
            // Declared by the site: the rule list does not second-guess what it contains.
            content.querySelectorAll('*').forEach((node) => own.add(node));
            clones.set(el, [...content.childNodes]);
            el.after(content);
          }
        }),
      );
  };

  return {
    _queue: queue,
    /** Queued or live already. */
    _claimed: (el: Element) => claimed.has(el),
    /** Takes a released template's nodes out again; true if there were any. */
    _undo(el: Element): boolean {
      const nodes = clones.get(el);
      nodes?.forEach((node) => node.parentNode?.removeChild(node));
      clones.delete(el);
      claimed.delete(el);
      return !!nodes;
    },
  };
}
