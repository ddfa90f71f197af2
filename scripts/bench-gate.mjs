// What the gate costs a page that builds a lot of DOM, in real Chromium, with and without
// consentgate.js, on two workloads of 10,000 nodes:
// - "feed": bench/pages/insert.js, the very function `npm run bench` times for its "10,000 DOM
//   insertions" rows (divs, spans and images appended one by one, no URLs): what the gate's
//   MutationObserver costs. Its figures are the page's own, as the bench reads them: `script`
//   (until every observer has handled the batch) and `layout` (plus the style and layout of it).
// - "urls": elements created by code with src set as a property and through setAttribute, and
//   HTML strings (innerHTML, insertAdjacentHTML): what the patched setters cost as well. Images
//   are lazy inside a hidden box, so none is fetched; its figure is the page's wall-clock time.
//
// Method. A page runs its workload on a freshly loaded page, as the bench does and as a real page
// does: the first run is the one that counts, and it runs the gate's code before the engine has
// optimised it. The same page then runs it a second time ("warm"): what an earlier version of
// this script measured, after a warm-up run, which hid much of the gate's cost. Pages with and without the gate are loaded in a rotating
// order within each round, so every run with the gate has runs without it next to it in time;
// the overhead is the median of those paired differences. The renderer main thread's CPU time
// (DevTools' ThreadTime) around each run is printed too: being preempted by the other processes
// on a shared machine does not add to it, but it counts everything the renderer did meanwhile.
// A third page only has an empty MutationObserver on the document: what the browser itself
// charges for creating a record per insertion, a floor that any observer-based gate pays.
//
// Then what a withdrawal costs the page at scale (issue 7): the script tag with the large config of
// scripts/scale-config.mjs (300 services, 1,000 cookie declarations) on www.shop.test/shop/cart,
// 160 vendor cookies (half on the site's parent domain, as Google Analytics sets them) and 160
// storage keys; "Reject all" is called, and a DevTools trace of the page's main thread gives the
// longest single task until every vendor cookie and key is gone: the requirement is that none
// blocks the page for more than a frame (16.7 ms).
// Run `npm run build` first.
//   [GATE_BEFORE=older/consentgate.js] node scripts/bench-gate.mjs [insert|withdraw] [rounds] [config-json]
// e.g. `node scripts/bench-gate.mjs insert 5 '{"gate":{"autoBlock":false}}'` to see what a part costs.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { configSource } from './scale-config.mjs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const PARTS = /^(insert|withdraw)$/.test(args[0] ?? '') ? [args.shift()] : ['insert', 'withdraw'];
const ROUNDS = Number(args[0] ?? 9);
const CONFIG = JSON.stringify({ regime: 'opt-in', ...JSON.parse(args[1] ?? '{}') });
if (!existsSync('dist/consentgate.js')) throw new Error('dist/consentgate.js is missing: run npm run build first');

// The "urls" workload: 7,000 elements made one by one (src set as a property and through
// setAttribute), 3,000 from HTML strings (innerHTML and insertAdjacentHTML).
const URLS = `
window.urls = async function () {
  const box = document.getElementById('box');
  const start = performance.now();
  for (let i = 0; i < 1750; i++) {
    const div = document.createElement('div');
    div.textContent = 'row ' + i;
    box.append(div);
  }
  for (let i = 0; i < 1750; i++) {
    const img = document.createElement('img');
    img.loading = 'lazy';
    img.src = '/img/' + i + '.png';
    box.append(img);
  }
  for (let i = 0; i < 1750; i++) {
    const img = document.createElement('img');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('src', 'https://cdn.example.org/' + i + '.png');
    box.append(img);
  }
  for (let i = 0; i < 1750; i++) {
    const a = document.createElement('a');
    a.href = '/p/' + i;
    box.append(a);
  }
  const items = (from) => {
    let html = '';
    for (let i = from; i < from + 500; i++) html += '<li><img loading="lazy" src="https://cdn.example.org/t' + i + '.png"><span>item</span></li>';
    return html;
  };
  const list = document.createElement('ul');
  list.innerHTML = items(0);
  list.insertAdjacentHTML('beforeend', items(500));
  box.append(list);
  // The MutationObserver callback was queued with the first insertion, so it runs before this
  // continuation: its cost is inside the measurement, unrelated timers and rendering are not.
  await Promise.resolve();
  return { script: performance.now() - start, nodes: box.querySelectorAll('*').length };
};
window.feed = (count) => window.__benchInsert(count).then((ms) => ({ ...ms, nodes: document.getElementById('feed').childElementCount }));
window.reset = () => ['box', 'feed'].forEach((id) => document.getElementById(id).replaceChildren());`;

const gate = (src) => `<script>window.consentgateConfig = ${CONFIG};</script><script src="${src}"></script>`;
const HEADS = {
  without: '',
  observer: '<script>new MutationObserver(() => {}).observe(document.documentElement, { childList: true, subtree: true });</script>',
  with: gate('/dist/consentgate.js'),
  // GATE_BEFORE=path/to/an-older/consentgate.js: that build too, paired with the same runs.
  ...(process.env.GATE_BEFORE ? { before: gate('/before.js') } : {}),
};
const KINDS = Object.keys(HEADS);
const WORKLOADS = ['feed', 'urls'];
const page = (head) => `<!doctype html><html><head><meta charset="utf-8">${head}<script src="/bench/insert.js"></script></head>
<body><div id="feed"></div><div id="box" hidden></div><script>${URLS}</script></body></html>`;

const launch = (args = []) =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...args],
  });

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;
const share = (value, of) => `${((value / of) * 100).toFixed(1).padStart(5)} %`;

async function insertion() {
  const { url, close } = await startStaticServer({
    mounts: { '/dist/': 'dist', '/bench/': 'bench/pages' },
    handle(req, res) {
      if (req.url === '/before.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(process.env.GATE_BEFORE));
        return true;
      }
      const head = HEADS[new URL(req.url, 'http://x').pathname.slice(1)];
      if (head === undefined) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(head));
      return true;
    },
  });
  const browser = await launch();
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.fulfill({ status: 204, body: '' }),
  );

  // samples[workload][run]["kind figure"] = [one value per round]
  const samples = {};
  const add = (workload, runName, key, value) => ((((samples[workload] ??= {})[runName] ??= {})[key] ??= []).push(value));
  // One workload on a fresh page of each kind: the first run (cold), then a second (warm).
  const measure = async (kind, workload) => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${url}/${kind}`);
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
      const got = {};
      for (const runName of ['cold', 'warm']) {
        await tab.evaluate(() => window.reset());
        const before = await thread();
        const result = await tab.evaluate((name) => (name === 'feed' ? window.feed(10_000) : window.urls()), workload);
        const after = await thread();
        if (result.nodes < 10_000) throw new Error(`only ${result.nodes} elements were inserted`);
        got[runName] = { ...result, cpu: (after - before) * 1000 };
      }
      return got;
    } finally {
      await tab.close();
    }
  };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of WORKLOADS) {
        const shift = round % KINDS.length;
        const got = {};
        for (const kind of [...KINDS.slice(shift), ...KINDS.slice(0, shift)]) got[kind] = await measure(kind, workload);
        for (const runName of ['cold', 'warm']) {
          for (const kind of KINDS) {
            for (const figure of ['script', 'layout', 'cpu']) {
              const value = got[kind][runName][figure];
              if (value === undefined) continue;
              add(workload, runName, `${kind} ${figure}`, value);
              if (kind !== 'without') add(workload, runName, `${kind} ${figure} extra`, value - got.without[runName][figure]);
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
    await close();
  }

  console.log(`10,000 nodes inserted; ${ROUNDS} rounds, each a fresh page per workload and kind; config ${CONFIG}`);
  console.log('Medians; "+" is the median of paired differences to the page without a gate, and its share of that page’s time.');
  const LABELS = { with: 'with gate', observer: 'empty observer', before: 'GATE_BEFORE build' };
  const FIGURES = {
    feed: { script: 'script + observers', layout: '+ style and layout', cpu: 'main-thread CPU' },
    urls: { script: 'wall clock', cpu: 'main-thread CPU' },
  };
  for (const workload of WORKLOADS) {
    for (const runName of ['cold', 'warm']) {
      const of = samples[workload][runName];
      console.log(`${workload}, ${runName === 'cold' ? 'first run on the page (what a page pays; what npm run bench times)' : 'second run on the same page'}:`);
      for (const [figure, label] of Object.entries(FIGURES[workload])) {
        const base = median(of[`without ${figure}`]);
        const parts = KINDS.slice(1).map((kind) => `${LABELS[kind]} +${ms(median(of[`${kind} ${figure} extra`])).trim()} (${share(median(of[`${kind} ${figure} extra`]), base).trim()})`);
        console.log(`  ${label.padEnd(20)} without ${ms(base)};  ${parts.join(';  ')}`);
      }
    }
  }
}

// The scale page: the vendors' cookies and keys are seeded by `seed()` once the visitor accepted.
const SCALE = `<!doctype html><html><head><meta charset="utf-8"><title>withdrawal at scale</title>
<script>window.consentgateConfig = ${configSource()};</script>
<script src="/dist/consentgate.js"></script>
<script>
// Vendors 15–94 (optional categories): 160 cookies and 160 storage keys; vendor 0 is necessary,
// so its cookie and key must survive.
window.seed = () => {
  document.cookie = '_v0_c1=1; path=/';
  localStorage.setItem('_v0_store', '1');
  for (let n = 15; n < 95; n++) {
    document.cookie = '_v' + n + '_c1=1; path=/; domain=shop.test';
    document.cookie = '_v' + n + '_abc=1; path=/';
    localStorage.setItem('_v' + n + '_store', '1');
    localStorage.setItem('_v' + n + '_ls_x', '1');
  }
};
// Vendor cookies and keys still there (0 once the cleanup is done).
window.left = () => {
  if (!document.cookie.includes('_v0_c1=1') || localStorage.getItem('_v0_store') !== '1') throw new Error('a necessary vendor lost its cookie');
  return document.cookie.split(';').filter((c) => /^_v(?!0_)/.test(c.trim())).length +
    Object.keys(localStorage).filter((k) => /^_v(?!0_)/.test(k)).length;
};
</script></head><body><h1>Cart</h1></body></html>`;

async function withdrawal() {
  const { url, close } = await startStaticServer({
    mounts: { '/dist/': 'dist' },
    handle(req, res) {
      if (!req.url.startsWith('/shop/cart')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(SCALE);
      return true;
    },
  });
  // A site with a www host and a path two levels deep: 3 domains × 5 paths a cookie may be on.
  const browser = await launch(['--host-resolver-rules=MAP www.shop.test 127.0.0.1']);
  const longest = []; // main-thread CPU time of the longest task
  const longestWall = []; // its wall-clock time, which other processes on the machine add to
  const total = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const tab = await browser.newPage();
      await tab.goto(url.replace('127.0.0.1', 'www.shop.test') + '/shop/cart');
      await tab.evaluate(() => (window.consentgate.acceptAll(), window.seed()));
      if ((await tab.evaluate(() => window.left())) !== 320) throw new Error('the vendor cookies were not all set');
      await browser.startTracing(tab, { categories: ['toplevel', 'blink.user_timing'] });
      // "Reject all", as a click on the banner would run it: in a task of its own. A timer looks
      // every millisecond whether all is clean (its own tasks are tiny).
      await tab.evaluate(
        () =>
          new Promise((done) =>
            setTimeout(() => {
              performance.mark('withdraw');
              window.consentgate.rejectAll();
              const look = () => (window.left() ? setTimeout(look, 1) : done(performance.mark('clean')));
              setTimeout(look, 1);
            }),
          ),
      );
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
      const mark = (name) => traceEvents.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
      const [start, end] = [mark('withdraw'), mark('clean')];
      // The page's main thread: every task from the one that withdrew to the one that found it clean.
      const tasks = traceEvents.filter(
        (e) => /RunTask$/.test(e.name) && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts + e.dur >= start.ts && e.ts <= end.ts,
      );
      // DEBUG=1: every task over 3 ms, as start/wall/CPU in ms from the withdrawal.
      if (process.env.DEBUG) {
        const long = tasks.filter((e) => e.dur > 3000);
        console.log(long.map((e) => [e.ts - start.ts, e.dur, e.tdur ?? NaN].map((t) => (t / 1000).toFixed(1)).join('/')).join('  '));
      }
      longest.push(Math.max(...tasks.map((e) => e.tdur ?? 0)) / 1000);
      longestWall.push(Math.max(...tasks.map((e) => e.dur)) / 1000);
      total.push((end.ts - start.ts) / 1000);
      await tab.close();
    }
  } finally {
    await browser.close();
    await close();
  }
  console.log(`withdrawal at scale (300 services, 1,000 cookie declarations; 160 cookies, 160 keys), ${ROUNDS} rounds`);
  console.log(`  longest task      median ${ms(median(longest))}, max ${ms(Math.max(...longest))} CPU time   (one frame: 16.7 ms)`);
  console.log(`                    median ${ms(median(longestWall))}, max ${ms(Math.max(...longestWall))} wall clock`);
  console.log(`  until all clean   median ${ms(median(total))}, max ${ms(Math.max(...total))}`);
}

if (PARTS.includes('insert')) await insertion();
if (PARTS.includes('withdraw')) await withdrawal();
