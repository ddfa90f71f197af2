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
  /**
   * Takes over an element about to load `url` (from its attribute `name`, `src` unless told) if
   * a rule holds it back; true when it did. A frame's `srcdoc` and `data:` document are read for
   * the URLs they would load.
   */
  _take(el: Element, url: string, byCode?: boolean, name?: string): boolean;
  /** Gives a same-origin window (a frame's, a popup's) the interceptors of this one; once each. */
  _adopt(win: Window | null): void;
  /** Nodes the gate made live itself: never taken again. */
  _own: WeakSet<Node>;
  /** Runs `write` without `_take` interfering: the gate's own releases. */
  _quietly(write: () => void): void;
  /** Wraps an entry point: an error is reported, never thrown into the page. */
  _guard<A extends unknown[]>(run: (...args: A) => void): (...args: A) => void;
  /** Restores what the gate changed in the browser: run by `destroy()`. */
  _undo: Array<() => void>;
}
