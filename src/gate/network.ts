import type { Ctx } from './context';
import { patch } from './patch';

/**
 * Drops `fetch`, `XMLHttpRequest` and `sendBeacon` calls to blocked hosts: scripts that already
 * ran keep sending after a withdrawal, and some trackers report only through these. Calls are
 * dropped, never queued, so nothing collected before consent is sent later. One warning per
 * host keeps the console readable.
 */
export function guardNetwork(ctx: Ctx): void {
  const { _win: win, _undo: undo } = ctx;
  const warned = new Set<string>();
  const dropped = new WeakSet<object>();
  const stop = (target: unknown) => {
    const rule = ctx._blocked(target instanceof win.Request ? target.url : String(target));
    if (rule && !warned.has(rule._host)) {
      warned.add(rule._host);
      console.warn(`consentgate: dropped requests to ${rule._host} until "${rule._category}" is allowed`);
    }
    return rule;
  };
  patch(undo, win, 'fetch', (fetch) => (input, init) =>
    stop(input) ? Promise.reject(new TypeError('consentgate: blocked until consent')) : fetch.call(win, input, init),
  );
  patch(undo, win.navigator, 'sendBeacon', (send) =>
    function (this: Navigator, url, data) {
      return !stop(url) && send.call(this, url, data);
    },
  );
  const xhr = win.XMLHttpRequest.prototype;
  patch(undo, xhr, 'open', (open) =>
    function (this: XMLHttpRequest, ...args) {
      if (stop(args[1])) dropped.add(this);
      else dropped.delete(this);
      return open.apply(this, args);
    },
  );
  patch(undo, xhr, 'send', (send) =>
    function (this: XMLHttpRequest, body) {
      if (!dropped.has(this)) send.call(this, body);
    },
  );
}
