// The scenario matrix of issue 20: each way page code can make the browser fetch a URL, written
// as code that runs with `U` bound to that URL. The gate-paths test runs every scenario with a
// catalogued tracker URL (Hotjar: session replay) and with an uncatalogued one, in both gate
// modes and at both times (while the page parses, after load), and reads the recording proxy.

export interface Scenario {
  id: string;
  /** The item: 1 frames and borrowed functions, 2 workers, 3 links, … (0: the README's paths). */
  item: number;
  /** Page code; `U` is the URL, `frame(setUp?)` appends a new iframe and returns it. */
  code: string;
  /**
   * `held`: nothing is sent before consent, one request once allowed. `dropped` (`network: true`
   * only): a network call refused outright, never sent later either. `refused`: the same in both
   * modes (a worker's `importScripts` cannot wait for consent).
   */
  kind: 'held' | 'dropped' | 'refused';
}

const held = (item: number, id: string, code: string): Scenario => ({ id, item, code, kind: 'held' });
const dropped = (item: number, id: string, code: string): Scenario => ({ id, item, code, kind: 'dropped' });
const refused = (item: number, id: string, code: string): Scenario => ({ id, item, code, kind: 'refused' });

export const SCENARIOS: Scenario[] = [
  held(0, 'image-object', `new Image().src = U`),
  held(0, 'script-created', `const s = document.createElement('script'); s.src = U; document.head.append(s)`),

  held(1, 'frame-image-object', `new (frame().contentWindow.Image)().src = U`),
  held(1, 'frame-created-img-inserted', `const d = frame().contentDocument; const i = d.createElement('img'); i.src = U; d.body.append(i)`),
  held(1, 'frame-innerHTML', `frame().contentDocument.body.innerHTML = '<img alt="" src="' + U + '">'`),
  held(1, 'frame-script', `const d = frame().contentDocument; const s = d.createElement('script'); s.src = U; d.head.appendChild(s)`),
  held(1, 'frame-document-write', `const d = frame().contentWindow.document; d.open(); d.write('<script src="' + U + '"><\\/script>'); d.close()`),
  held(1, 'frames-index', `frame(); new (frames[frames.length - 1].Image)().src = U`),
  held(1, 'nested-frame', `const d = frame().contentDocument; const f = d.createElement('iframe'); d.body.append(f); new f.contentWindow.Image().src = U`),
  held(1, 'borrowed-src-setter', `Object.getOwnPropertyDescriptor(frame().contentWindow.HTMLImageElement.prototype, 'src').set.call(new Image(), U)`),
  held(1, 'borrowed-setAttribute', `frame().contentWindow.Element.prototype.setAttribute.call(new Image(), 'src', U)`),
  held(1, 'borrowed-innerHTML', `const div = document.body.appendChild(document.createElement('div')); Object.getOwnPropertyDescriptor(frame().contentWindow.Element.prototype, 'innerHTML').set.call(div, '<img alt="" src="' + U + '">')`),
  dropped(1, 'borrowed-fetch', `frame().contentWindow.fetch(U).catch(() => {})`),
  dropped(1, 'borrowed-xhr', `const x = new (frame().contentWindow.XMLHttpRequest)(); x.open('GET', U); x.send()`),
  dropped(1, 'borrowed-sendBeacon', `const w = frame().contentWindow; w.navigator.sendBeacon(U)`),
  held(1, 'srcdoc', `frame((f) => { f.srcdoc = '<img alt="" src="' + U + '">'; })`),
  held(1, 'srcdoc-attribute', `frame((f) => f.setAttribute('srcdoc', '<img alt="" src="' + U + '">'))`),
  held(1, 'srcdoc-innerHTML', `document.body.insertAdjacentHTML('beforeend', '<iframe srcdoc="&lt;img alt=&quot;&quot; src=&quot;' + U + '&quot;&gt;"></iframe>')`),
  held(1, 'data-frame', `frame((f) => { f.src = 'data:text/html,' + encodeURIComponent('<img alt="" src="' + U + '">'); })`),
  held(1, 'same-origin-frame-on-load', `const f = frame((f) => { f.src = '/blank'; }); f.addEventListener('load', () => { new f.contentWindow.Image().src = U; }, { once: true })`),
  held(1, 'same-origin-frame-frames-index', `frame((f) => { f.src = '/blank'; f.onload = () => { f.onload = null; new (frames[frames.length - 1].Image)().src = U; }; })`),

  refused(2, 'worker-blob-importScripts', `new Worker(blob('importScripts(' + JSON.stringify(U) + ')'))`),
  refused(2, 'worker-blob-revoked-importScripts', `const url = blob('importScripts(' + JSON.stringify(U) + ')'); new Worker(url); URL.revokeObjectURL(url)`),
  refused(2, 'worker-data-importScripts', `new Worker('data:text/javascript,' + encodeURIComponent('importScripts(' + JSON.stringify(U) + ')'))`),
  dropped(2, 'worker-blob-fetch', `new Worker(blob('fetch(' + JSON.stringify(U) + ').catch(() => {})'))`),
  dropped(2, 'worker-module-fetch', `new Worker(blob('fetch(' + JSON.stringify(U) + ').catch(() => {})'), { type: 'module' })`),
  dropped(2, 'worker-xhr', `new Worker(blob('const x = new XMLHttpRequest(); x.open("GET", ' + JSON.stringify(U) + '); x.send()'))`),
  dropped(2, 'shared-worker-fetch', `new SharedWorker(blob('fetch(' + JSON.stringify(U) + ').catch(() => {})'))`),
  dropped(2, 'frame-worker-fetch', `new (frame().contentWindow.Worker)(blob('fetch(' + JSON.stringify(U) + ').catch(() => {})'))`),
  held(2, 'worklet-addModule', `CSS.paintWorklet.addModule(U).catch(() => {})`),

  held(3, 'link-preload-script', `const l = document.createElement('link'); l.rel = 'preload'; l.as = 'script'; l.href = U; document.head.append(l)`),
  held(3, 'link-modulepreload', `const l = document.createElement('link'); l.rel = 'modulepreload'; l.href = U; document.head.append(l)`),
  held(3, 'link-prefetch', `const l = document.createElement('link'); l.rel = 'prefetch'; l.href = U; document.head.append(l)`),
  held(3, 'link-stylesheet', `const l = document.createElement('link'); l.rel = 'stylesheet'; l.href = U; document.head.append(l)`),
  held(3, 'link-rel-last', `const l = document.head.appendChild(document.createElement('link')); l.href = U; l.rel = 'stylesheet'`),
  held(3, 'link-setAttribute', `const l = document.createElement('link'); l.setAttribute('rel', 'preload'); l.setAttribute('as', 'script'); l.setAttribute('HREF', U); document.head.append(l)`),
  held(3, 'link-imageSrcset', `const l = document.createElement('link'); l.rel = 'preload'; l.as = 'image'; l.imageSrcset = U + ' 1x'; document.head.append(l)`),
  held(3, 'link-html-string', `document.head.insertAdjacentHTML('beforeend', '<link rel="preload" as="script" href="' + U + '">')`),
  held(3, 'link-in-frame', `const d = frame().contentDocument; const l = d.createElement('link'); l.rel = 'stylesheet'; l.href = U; d.head.append(l)`),
];

/** The page code that runs every scenario, each with its own URL from `urls` (by id). */
export function runAll(scenarios: Scenario[], urls: Record<string, string>): string {
  const calls = scenarios.map(
    (s) => `try { (function (U) { ${s.code}; })(${JSON.stringify(urls[s.id])}); } catch (e) { __errors.push(${JSON.stringify(s.id)} + ': ' + e); }`,
  );
  return `(function () {
  window.__errors = window.__errors || [];
  var blob = function (source) { return URL.createObjectURL(new Blob([source], { type: 'text/javascript' })); };
  var frame = function (setUp) { var f = document.createElement('iframe'); if (setUp) setUp(f); document.body.appendChild(f); return f; };
  ${calls.join('\n  ')}
})();`;
}
