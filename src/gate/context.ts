import type { ConsentManager } from '../types';
import type { Settings } from './options';
import type { Rule } from './rules';

/** What the gate's parts share: one per gate instance, never module-level. */
export interface Ctx {
  _doc: Document;
  _win: Window & typeof globalThis;
  _manager: ConsentManager;
  _settings: Settings;
  /** The rule that holds this URL back right now, if any. */
  _blocked(url: string): Rule | undefined;
  /** Takes over an element about to load `url` if a rule holds it back; true when it did. */
  _take(el: Element, url: string, byCode?: boolean): boolean;
  /** Nodes the gate made live itself: never taken again. */
  _own: WeakSet<Node>;
  /** Runs `write` without `_take` interfering: the gate's own releases. */
  _quietly(write: () => void): void;
  /** Wraps an entry point: an error is reported, never thrown into the page. */
  _guard<A extends unknown[]>(run: (...args: A) => void): (...args: A) => void;
  /** Restores what the gate changed in the browser: run by `destroy()`. */
  _undo: Array<() => void>;
}
