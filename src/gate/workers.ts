import { trusted } from '../utils/trusted-types';
import type { Ctx } from './context';
import { patch } from './patch';

type Row = [host: string, path: string, blocked: boolean];

/**
 * Runs first inside a worker the page starts from a `blob:` or `data:` URL (Partytown-style tag
 * runners): the gate's rules, with whether each holds now, kept current over a broadcast
 * channel. `importScripts` of a blocked URL fails as a load error would (a worker cannot wait
 * for consent there); with `network`, `fetch`, `XMLHttpRequest`, `WebSocket` and `EventSource`
 * to blocked hosts are dropped, as on the page. Written without outside references: it is sent
 * to the worker as its source text.
 */
function workerGuard(rows: Row[], own: string[], network: boolean, channel: string): void {
  const scope = self as unknown as Record<string, (...args: unknown[]) => unknown>;
  const refuse = () => new DOMException('consentgate: blocked until consent', 'NetworkError');
  const blocked = (url: unknown): boolean => {
    try {
      const { hostname, pathname, search } = new URL(String((url as Request)?.url ?? url), location.href);
      const host = hostname.replace(/\.$/, '');
      const under = (suffix: string) => host === suffix || host.endsWith('.' + suffix);
      if (own.some(under)) return false;
      return !!rows.find(([ruleHost, path]) => under(ruleHost) && (pathname + search).startsWith(path))?.[2];
    } catch {
      return false;
    }
  };
  new BroadcastChannel(channel).onmessage = (event) => (rows = event.data as Row[]);
  const wrap = (name: string, make: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const original = scope[name];
    if (original) scope[name] = make(original);
  };
  wrap('importScripts', (load) => (...urls) => {
    if (urls.some(blocked)) throw refuse();
    return load(...urls);
  });
  if (!network) return;
  wrap('fetch', (send) => (input, init) => (blocked(input) ? Promise.reject(new TypeError(refuse().message)) : send(input, init)));
  const xhr = XMLHttpRequest.prototype;
  const { open, send } = xhr;
  const dropped = new WeakSet<object>();
  xhr.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    dropped[blocked(args[1]) ? 'add' : 'delete'](this);
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  xhr.send = function (this: XMLHttpRequest, body) {
    if (!dropped.has(this)) send.call(this, body);
  };
  for (const name of ['WebSocket', 'EventSource']) {
    const Make = scope[name] as unknown as new (...args: unknown[]) => object;
    if (!Make) continue;
    const Guarded = function (url: unknown, ...rest: unknown[]) {
      if (blocked(url)) throw refuse();
      return new Make(url, ...rest);
    };
    Guarded.prototype = Make.prototype;
    scope[name] = Guarded as never;
  }
}

/**
 * Workers and worklets are realms the page's interceptors never reach. A worker started from a
 * `blob:` or `data:` URL (page code's own source) gets the guard above prepended; one started
 * from a URL is the site's own script (a browser refuses cross-origin worker scripts), and stays
 * as it is. A worklet module from a blocked URL is added once its category is granted.
 */
export function guardWorkers(ctx: Ctx): void {
  const { _win: win, _undo: undo, _settings: settings, _manager: manager } = ctx;
  const channel = 'consentgate-workers';
  const rows = (): Row[] => settings.rules.map((r) => [r._host, r._path, !!ctx._blocked(`https://${r._host}/${r._path.replace(/^\//, '')}`)]);
  const own = [...settings.firstParty, win.location.hostname];
  const sources = new Map<string, Blob>(); // blob URLs the page made, to prepend the guard to their content
  const wrapped = new Map<string, string>(); // one wrapped URL per original: shared workers stay shared
  let broadcast: BroadcastChannel | undefined;

  const URL_ = win.URL;
  patch(undo, URL_, 'createObjectURL', (create) => (blob) => {
    const url = create.call(URL_, blob) as string;
    if (blob instanceof win.Blob) sources.set(url, blob);
    return url;
  });
  patch(undo, URL_, 'revokeObjectURL', (revoke) => (url) => {
    sources.delete(String(url));
    return revoke.call(URL_, url);
  });

  const guarded = (url: string, module: boolean): string => {
    if (!broadcast) {
      broadcast = new win.BroadcastChannel(channel);
      const post = () => broadcast!.postMessage(rows());
      undo.push(manager.on('change', ctx._guard(post)), () => broadcast!.close());
    }
    const key = url + module;
    if (!wrapped.has(key)) {
      const start = `(${workerGuard})(${JSON.stringify(rows())},${JSON.stringify(own)},${settings.network},"${channel}");\n`;
      const body = sources.get(url) ?? (module ? `await import(${JSON.stringify(url)})` : `importScripts(${JSON.stringify(url)})`);
      wrapped.set(key, URL_.createObjectURL(new win.Blob([start, body], { type: 'text/javascript' })));
    }
    return wrapped.get(key)!;
  };
  for (const name of ['Worker', 'SharedWorker'] as const) {
    patch(undo, win, name, (Make) => {
      // A subclass: `instanceof Worker` and `new` behave as before.
      return class extends (Make as unknown as typeof Worker) {
        constructor(url: string | URL, options?: WorkerOptions) {
          const href = String(url);
          super(/^\s*(?:blob|data):/i.test(href) ? trusted(win)._scriptUrl(guarded(href, options?.type === 'module')) : url, options);
        }
      } as never;
    });
  }

  const worklet = win.Worklet?.prototype;
  if (worklet) {
    patch(undo, worklet, 'addModule', (add) =>
      function (this: Worklet, url, options) {
        const later = () => ctx._blocked(new URL_(String(url), ctx._doc.baseURI).href);
        if (!later()) return add.call(this, url, options);
        return new Promise<void>((done) => {
          const stop = manager.on('change', () => !later() && (stop(), done()));
        }).then(() => add.call(this, url, options));
      },
    );
  }
}
