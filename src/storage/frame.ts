import type { StorageAdapter, Unsubscribe } from '../types';

/** The record kept by the top-level site, reached from a cross-site frame (see `frameStorage`). */
export interface FrameStorage extends StorageAdapter {
  /** True once the top page's consentgate has answered a read. */
  readonly answered: boolean;
  /** Called when the top page's record arrives or changes; the embed calls `manager.refresh()`. */
  onChange(listener: () => void): Unsubscribe;
  /** Stops listening for the top page's messages. */
  close(): void;
}

type Message = { consentgate?: unknown; id?: unknown; value?: unknown };

/**
 * Storage for consentgate inside a cross-site iframe: the top-level site's first-party record,
 * read and written through its page's `postMessage` API (see `answerFrames`), so no third-party
 * cookie is ever needed. A read is requested at once (and again after 0.25, 1.25 and 4.25 s while
 * unanswered, for a top page that loads consentgate late); until the top page answers, `read()`
 * returns nothing, so nothing optional is granted, and `write()` returns false (the decision
 * holds for this page only). Writes are posted and cached; the top page stores them only when
 * it lists this frame's origin, and otherwise answers with its own record, which replaces ours.
 */
export function frameStorage(target: Window = globalThis.parent, self: Window = globalThis as unknown as Window): FrameStorage {
  let cache: string | undefined;
  let answered = false;
  let origin = '*';
  let count = 0;
  const listeners = new Set<() => void>();

  const post = (message: Message): void => {
    try {
      target.postMessage(message, origin);
    } catch {
      // A detached or navigated top: nothing to tell.
    }
  };
  const ask = (): void => post({ consentgate: 'read', id: `cg${++count}` });

  const onMessage = (event: MessageEvent): void => {
    const data = event.data as Message | null;
    if (event.source !== target || typeof data !== 'object' || data === null) return;
    if (data.consentgate === 'changed') return ask();
    if (data.consentgate !== 'value') return;
    // Later posts go to the origin that answered, so a top page that navigates away hears nothing.
    if (event.origin && event.origin !== 'null') origin = event.origin;
    const next = typeof data.value === 'string' && data.value !== '' ? data.value : undefined;
    const first = !answered;
    answered = true;
    if (next === cache && !first) return;
    cache = next;
    for (const listener of [...listeners]) listener();
  };

  self.addEventListener('message', onMessage);
  ask();
  // A top page whose consentgate loads after this frame missed the first request: ask again a
  // few times, then stay closed.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = (delays: number[]): void => {
    const [delay, ...rest] = delays;
    if (delay !== undefined) timer = setTimeout(() => answered || (ask(), retry(rest)), delay);
  };
  retry([250, 1000, 3000]);

  return {
    get answered() {
      return answered;
    },
    read: () => cache,
    write(_name, value) {
      cache = value;
      post({ consentgate: 'write', value });
      return answered;
    },
    remove() {
      cache = undefined;
      post({ consentgate: 'remove' });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      self.removeEventListener('message', onMessage);
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
