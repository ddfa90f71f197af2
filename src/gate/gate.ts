import type { ChangeEvent, ConsentManager, ConsentState, GateOptions } from '../types';
import { clearServices } from './cleanup';
import { conditionOf, conditionProblem, has, holds, type Condition } from './condition';
import type { Ctx } from './context';
import { guardFrames } from './frames';
import { intercept } from './intercept';
import { describe, neutralize, parsed, reblock, unblock } from './markup';
import { guardNetwork } from './network';
import { observe } from './observe';
import { readOptions } from './options';
import { placeholders, type UiWords } from './placeholder';
import { releaser } from './release';
import { guardWorkers } from './workers';
import { matcher, within } from './rules';

export interface Gate {
  /** Looks at the document again; the gate does this itself on every change it can see. */
  apply(): void;
  /** Stops observing and puts back every browser function the gate replaced. */
  destroy(): void;
}

/**
 * What the gate is given besides its options: the document (jsdom in tests), and, from the
 * script tag only, the UI's words for placeholders (its language and translated labels).
 */
type Input = GateOptions & { document?: Document; _ui?: UiWords };

/**
 * Holds back everything the visitor has not allowed and releases it the moment they do.
 * Never throws: a gate that cannot start, or a part that fails, leaves things blocked.
 */
export function createGate(manager: ConsentManager, options: Input = {}): Gate {
  const report = (cause: unknown) => console.error('consentgate: gate error; what it holds stays blocked', cause);
  const guard =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      try {
        run(...args);
      } catch (cause) {
        report(cause);
      }
    };
  const undo: Array<() => void> = [];
  const gate: Gate = { apply() {}, destroy: guard(() => undo.splice(0).forEach((stop) => stop())) };

  guard(() => {
    const { document: doc = document, _ui, ...rest } = options;
    const win = doc.defaultView as Window & typeof globalThis;
    const settings = readOptions(rest, manager.state(), console.error);
    const match = matcher(settings.rules, [...settings.firstParty, win.location.hostname]);
    const matchAny = matcher(settings.rules, []);
    const pending = new Set<Element>(); // taken before insertion, e.g. `new Image()` pixels
    const made = new WeakSet<Element>(); // scripts code created: never started, so restorable in place
    const reported = new WeakSet<Element>();
    const missing = new Set<string>();
    const ran = new Set<string>(); // categories and services whose code ran on this page
    const adopted = new WeakSet<Window>();
    // This page's document and its same-origin frames', with what restores each frame's functions
    // (kept per frame, so a removed frame's window is not held for the gate's life).
    const docs = new Map<Document, Array<() => void>>([[doc, []]]);
    let quiet = false;
    let reloading = false;

    const ctx: Ctx = {
      _doc: doc,
      _win: win,
      _manager: manager,
      _settings: settings,
      _own: new WeakSet(),
      _guard: guard,
      _undo: undo,
      _quietly(write) {
        quiet = true;
        try {
          write();
        } finally {
          quiet = false;
        }
      },
      _blocked(url) {
        const rule = match(url, doc.baseURI);
        if (!rule) return;
        const { _category: category, _service: service } = rule;
        // As in markup: a rule's service decides for its own category, the rule's category still applies.
        const owner = service && manager.state().services[service]!;
        if (!settings._locked && (owner ? owner.granted && (owner.category === category || manager.get(category)) : manager.get(category))) return;
        if (!missing.has(category) && !has(manager.state().categories, category)) {
          missing.add(category);
          console.error(`consentgate: rule ${rule._host} names unknown category "${category}"; it stays blocked`);
        }
        return rule;
      },
      _take(el, url, byCode, name) {
        if (quiet) return false;
        try {
          // A frame's inline or `data:` document, or a list of image candidates, can name several URLs.
          const several = name === 'srcdoc' || name === 'imagesrcset' || (el.localName === 'iframe' && /^\s*data:/i.test(url));
          const rule = ctx._blocked(url) ?? (several ? within(url, ctx._blocked) : undefined);
          if (rule) {
            neutralize(el, url, rule, name);
            // Its rule's problem, if any, was reported once for the category: not again per element.
            reported.add(el);
            pending.add(el);
            if (byCode) made.add(el);
          }
          return !!rule;
        } catch (cause) {
          report(cause);
          return true;
        }
      },
      _adopt(child) {
        try {
          if (!child || adopted.has(child)) return;
          // Throws for a cross-origin window, which page code cannot reach into either.
          const childDoc = child.document;
          adopted.add(child);
          const childCtx: Ctx = { ...ctx, _win: child as Window & typeof globalThis, _doc: childDoc, _undo: [] };
          docs.set(childDoc, childCtx._undo);
          guardWindow(childCtx);
          // Observed from the document itself: `document.open()` replaces its root element.
          observe(childCtx, apply, childDoc);
        } catch {
          // Not ours to guard: a cross-origin window keeps to its own origin's rules.
        }
      },
    };
    const guardWindow = (c: Ctx) => {
      if (settings.autoBlock) intercept(c);
      if (settings.network) guardNetwork(c);
      if (settings.autoBlock || settings.network) {
        guardFrames(c);
        guardWorkers(c);
      }
    };

    const categoryOf = (url: string) => matchAny(url, doc.baseURI)?._category;
    // The element's condition, or undefined when it can never be met (reported once per element).
    const check = (el: Element, state: ConsentState): Condition | undefined => {
      const condition = conditionOf(el, state, categoryOf);
      const problem = conditionProblem(condition, state);
      if (!problem) return condition;
      if (!reported.has(el)) console.error(`consentgate: ${describe(el)} ${problem}; it stays blocked`);
      reported.add(el);
    };
    const allowed = (condition: Condition | undefined, state: ConsentState): condition is Condition =>
      !!condition && !settings._locked && holds(condition, state);
    const noteRun = ({ _all, _service }: Condition) => [..._all, _service].forEach((id) => id && ran.add(id));

    const notices = placeholders(ctx, _ui);
    const releases = releaser(ctx, (el) => {
      const state = manager.state();
      const condition = check(el, state);
      return allowed(condition, state) && (noteRun(condition), true);
    });

    const apply = guard(() => {
      const state = manager.state();
      const loading = doc.readyState === 'loading';
      let barrier = false;
      // A frame that went away takes its document's elements with it.
      for (const [d] of docs) if (!d.defaultView) docs.delete(d);
      for (let el of [...docs.keys()].flatMap((d) => [...d.querySelectorAll('[data-consent]')])) {
        const tag = el.localName;
        // A script code made is restored where it is, keeping the listeners code gave it (onload);
        // the site's own and the parser's are replaced by a runnable copy, in document order.
        const ordered = (tag === 'script' && !made.has(el)) || tag === 'template';
        const held = el.matches('[data-src],[data-href],[data-srcset],[data-srcdoc],[data-imagesrcset]');
        const claimed = releases._claimed(el);
        if (tag === 'script' && (claimed || !(held || el.getAttribute('type') === 'text/plain'))) continue;
        // The parser may still be adding an inline script's text: stop there, keep the order.
        if (ordered && loading && !held && !claimed && !el.hasAttribute('src') && !parsed(el)) barrier = true;
        if (ordered && barrier) continue;
        const condition = check(el, state);
        if (allowed(condition, state)) {
          notices._hide(el);
          if (ordered) {
            if (!claimed) releases._queue(el);
          } else if (held) {
            if (tag === 'script') noteRun(condition);
            ctx._quietly(() => unblock(el));
          }
          continue;
        }
        if (tag === 'template') releases._undo(el);
        else if (tag === 'iframe' && !held && el.hasAttribute('src')) el = reblock(el);
        if (condition && (tag === 'iframe' || el.hasAttribute('data-consent-embed'))) notices._show(el, condition, state);
      }
      notices._sweep();
      // Elements code never inserted (pixels) are released in place.
      for (const el of pending) {
        if (el.isConnected) pending.delete(el);
        else if (allowed(check(el, state), state)) {
          pending.delete(el);
          ctx._quietly(() => unblock(el));
        }
      }
    });

    const withdraw = ({ state, previous }: ChangeEvent) => {
      const lost = (key: 'categories' | 'services', id: string) => previous[key][id]?.granted && !state[key][id]?.granted;
      const categories = Object.keys(previous.categories).filter((id) => lost('categories', id));
      const services = Object.keys(previous.services).filter((id) => lost('services', id));
      if (!categories.length && !services.length) return;
      // One look-up per service: a config of 300 services would otherwise compare 300 × 300 ids.
      clearServices(ctx, manager.config.categories.flatMap((c) => c.services).filter((s) => lost('services', s.id)));
      guard(settings.onWithdraw)(categories, services);
      // Code that ran cannot be unloaded; the reload waits for the other listeners (receipts).
      if (settings.reloadOnWithdraw && !reloading && [...categories, ...services].some((id) => ran.has(id))) {
        reloading = true;
        win.setTimeout(() => win.location.reload());
      }
    };

    adopted.add(win);
    guardWindow(ctx);
    observe(ctx, apply);
    doc.addEventListener('DOMContentLoaded', apply);
    undo.push(
      () => docs.forEach((steps) => steps.splice(0).forEach((stop) => stop())),
      () => doc.removeEventListener('DOMContentLoaded', apply),
      // Notices drawn before the UI's language file arrived are drawn again in that language.
      // Guarded: it runs inside the UI's own start-up, which an error here must not stop.
      _ui?.onLanguage(
        guard(() => {
          notices._clear();
          apply();
        }),
      ) ?? (() => {}),
      manager.on(
        'change',
        guard((event) => {
          apply();
          withdraw(event);
        }),
      ),
    );
    gate.apply = apply;
    apply();
  })();
  return gate;
}
