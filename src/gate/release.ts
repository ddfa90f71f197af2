import type { Ctx } from './context';
import { liveScript } from './markup';

/**
 * Releases declared scripts and templates in document order. Scripts that load keep their
 * order among themselves while downloading in parallel; inline code and templates wait until
 * every earlier one has loaded (or failed), so a snippet can use the library above it. Each
 * element runs once: a script is replaced by its live copy, a template is marked released.
 * `stillAllowed` is asked again when the element's turn comes.
 */
export function releaser(ctx: Ctx, stillAllowed: (el: Element) => boolean) {
  const { _doc: doc, _own: own } = ctx;
  const claimed = new WeakSet<Element>();
  const clones = new Map<Element, Node[]>(); // released templates and the nodes they inserted
  let chain: Promise<unknown> = Promise.resolve();
  let waiting: Array<Promise<unknown>> = [];

  return {
    _queue(el: Element) {
      claimed.add(el);
      const script = el.localName === 'script';
      const loads = script && el.getAttribute('data-type') !== 'module' && !!(el.getAttribute('data-src') ?? el.getAttribute('src'));
      chain = chain
        .then((): unknown => loads || Promise.all(waiting.splice(0)))
        .then(
          ctx._guard(() => {
            // The page may have removed it, or the visitor changed their mind, meanwhile.
            if (!el.parentNode || !stillAllowed(el)) return void claimed.delete(el);
            if (script) {
              let live!: HTMLScriptElement;
              ctx._quietly(() => (live = liveScript(el as HTMLScriptElement)));
              own.add(live);
              if (loads && !live.async) waiting.push(new Promise((done) => ['load', 'error'].forEach((type) => live.addEventListener(type, done))));
              el.replaceWith(live);
            } else {
              const content = doc.importNode((el as HTMLTemplateElement).content, true);
              // Declared by the site: the rule list does not second-guess what it contains.
              content.querySelectorAll('*').forEach((node) => own.add(node));
              clones.set(el, [...content.childNodes]);
              el.after(content);
            }
          }),
        );
    },
    /** Queued or live already. */
    _claimed: (el: Element) => claimed.has(el),
    /** Takes a released template's nodes out again. */
    _undo(el: Element) {
      clones.get(el)?.forEach((node) => node.parentNode?.removeChild(node));
      clones.delete(el);
      claimed.delete(el);
    },
  };
}
