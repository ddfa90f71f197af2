import type { Ctx } from './context';

type Fn = (this: object, ...args: unknown[]) => unknown;

/**
 * Drops `fetch`, `XMLHttpRequest` and `sendBeacon` calls to blocked hosts: scripts that already
 * ran keep sending after a withdrawal, and some trackers report only through these. Calls are
 * dropped, never queued, so nothing collected before consent is sent later. One warning per
 * host keeps the console readable. Returns the function that puts the originals back.
 */
export function guardNetwork(ctx: Ctx): () => void {
  const { _win: win } = ctx;
  const warned = new Set<string>();
  const stop = (target: unknown): boolean => {
    const url = target instanceof win.Request ? target.url : String(target);
    const rule = ctx._blocked(url);
    if (rule && !warned.has(rule._host)) {
      warned.add(rule._host);
      console.warn(`consentgate: dropped requests to ${rule._host} until "${rule._category}" is allowed`);
    }
    return !!rule;
  };
  const undo: Array<() => void> = [];
  const swap = (owner: object, name: string, make: (original: Fn) => Fn): void => {
    const slots = owner as Record<string, Fn>;
    const original = slots[name];
    if (typeof original !== 'function') return;
    slots[name] = make(original);
    undo.push(() => {
      slots[name] = original;
    });
  };

  swap(win, 'fetch', (fetch) => (input, init) =>
    stop(input) ? Promise.reject(new TypeError('consentgate: blocked until consent')) : fetch.call(win, input, init),
  );
  swap(win.navigator, 'sendBeacon', (send) =>
    function (this: object, url, data) {
      return stop(url) ? false : send.call(this, url, data);
    },
  );
  const dropped = new WeakSet<object>();
  const xhr = win.XMLHttpRequest.prototype;
  swap(xhr, 'open', (open) =>
    function (this: object, ...args) {
      if (stop(args[1])) dropped.add(this);
      else dropped.delete(this);
      return open.apply(this, args);
    },
  );
  swap(xhr, 'send', (send) =>
    function (this: object, body) {
      if (!dropped.has(this)) return send.call(this, body);
    },
  );

  return () => {
    for (const restore of undo.reverse()) restore();
  };
}
