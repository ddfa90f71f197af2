// Where consentgate's retained JS heap goes: loads the bench's article page (the same page, probe
// and browser flags as `npm run bench`) with consentgate, with each older build given, and with no
// CMP, interleaved load by load in fresh contexts; after the bench's settle time it collects
// garbage and reads the heap as the bench does (CDP Runtime.getHeapUsage), then, with --snapshot,
// takes a heap snapshot of one load each and prints what the CMP adds over the page without one,
// by area (compiled code, DOM bindings, …) and by constructor/name (self size). Run `npm run build` first; through the lock:
//   flock /tmp/bench.lock node scripts/profile-heap.mjs [--snapshot | --save=dir] [--loads=N] [--gcs=N] [name=dir …]
// --save=dir also writes the snapshots there (<name>.heapsnapshot, for DevTools' Memory panel).
// Each name=dir is a folder holding another consentgate.js (an older build, a variant), so two
// builds are compared in one run; name=dir@{json} (dir may be empty: this build) also merges
// that JSON into the page's config, e.g. 'nogate=@{"gate":{"autoBlock":false}}'.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, freshContext } from '../bench/lib/browser.mjs';
import { loadAndSettle } from '../bench/lib/measure.mjs';
import { probe } from '../bench/lib/probe.mjs';
import { snapshotDist, startBenchSite } from '../bench/lib/site.mjs';
import baseline from '../bench/contenders/baseline.mjs';
import consentgate from '../bench/contenders/consentgate.mjs';
import { inlineJson } from '../bench/contenders/shared.mjs';

const args = process.argv.slice(2);
const SAVE = args.find((a) => a.startsWith('--save='))?.slice(7);
const SNAPSHOT = args.includes('--snapshot') || Boolean(SAVE);
const LOADS = Number(args.find((a) => a.startsWith('--loads='))?.slice(8) ?? 5);
const GCS = Number(args.find((a) => a.startsWith('--gcs='))?.slice(6) ?? 1);

/**
 * consentgate served from another folder, under its own name (as BENCH_BEFORE does); `extra`
 * (JSON) is merged into its inline config, to see what one part costs (`gate: {autoBlock: false}`).
 */
const variant = (id, dir, extra) => {
  let head = consentgate.slots['cmp-head'].replace('/cmp/consentgate/', `/cmp/${id}/`);
  if (extra) {
    head = head.replace(/(id="consentgate-config">)([\s\S]*?)(<\/script>)/, (_, open, json, close) =>
      open + inlineJson({ ...JSON.parse(json), ...JSON.parse(extra) }) + close,
    );
  }
  return { ...consentgate, id, mount: { prefix: `/cmp/${id}/`, dir }, slots: { ...consentgate.slots, 'cmp-head': head } };
};

const dist = await snapshotDist();
const contenders = [
  variant('consentgate', dist.dir),
  ...args
    .filter((a) => a.includes('=') && !a.startsWith('--'))
    .map((a) => /^([\w-]+)=([^@]*)(?:@(.*))?$/.exec(a))
    .map(([, id, dir, extra]) => variant(id, dir || dist.dir, extra)),
  baseline,
];
const site = await startBenchSite(contenders);
const { browser } = await launchBrowser();

/** One first visit as the bench's: load, banner, settle, GC, then the heap (and a snapshot). */
async function visit(contender, snapshot) {
  const context = await freshContext(browser, { offHost: [], init: { fn: probe, arg: { banner: contender.banner } } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await loadAndSettle(page, { site, contender, bannerTimeout: 5000 });
    // The bench reads the page with `evaluate` before the heap: Playwright's helper script is
    // then in every page alike, the baseline's too.
    await page.evaluate(() => window.__bench.fcp);
    // One collection, as the bench; more (--gcs=N) show whether anything was only waiting for a
    // later one (on Chromium 156, 12 collections or 45 s of settling flushed no bytecode).
    for (let gc = 0; gc < GCS; gc++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    let nodes = null;
    if (snapshot) {
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      if (SAVE) writeFileSync(join(SAVE, `${contender.id}.heapsnapshot`), chunks.join(''));
      nodes = summarise(JSON.parse(chunks.join('')));
    }
    return { usage, nodes };
  } finally {
    await context.close();
  }
}

/**
 * Where a heap-snapshot node belongs: V8's compiled code (bytecode, scope and feedback data,
 * baseline and RegExp machine code), Blink's bindings (templates of the DOM interfaces the page
 * has touched, made once per interface), object shapes, strings, the JS objects themselves, or
 * memory outside the V8 heap that the snapshot also shows (Blink's C++ objects, script sources):
 * the bench's figure (`usedSize`) does not count that last part.
 */
function area(type, name) {
  if (type === 'code') return 'compiled code';
  if (/^system \/ (FunctionTemplateInfo|FunctionTemplateRareData|ObjectTemplateInfo|AccessorPair|ArrayList|InterceptorInfo)$/.test(name)) {
    return 'DOM bindings';
  }
  if (type === 'object shape') return 'object shapes';
  if (type.includes('string')) return 'strings';
  if (type === 'native') return 'outside the V8 heap';
  return 'JS objects, arrays, closures';
}

/** Self size and count per area (above) and per "type name" of a V8 heap snapshot. */
function summarise({ snapshot: { meta }, nodes, strings }) {
  const width = meta.node_fields.length;
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((f) => meta.node_fields.indexOf(f));
  const types = meta.node_types[0];
  const byKey = new Map();
  const add = (key, size) => {
    const entry = byKey.get(key) ?? { size: 0, count: 0 };
    entry.size += size;
    entry.count++;
    byKey.set(key, entry);
  };
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + TYPE]];
    // Strings by their first characters, so one big text shows up as itself.
    const name = strings[nodes[i + NAME]];
    const label = type.includes('string') ? JSON.stringify(name.slice(0, 50)) : name;
    add(`[${area(type, name)}]`, nodes[i + SIZE]);
    add(`${type} ${label}`, nodes[i + SIZE]);
  }
  return byKey;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const used = new Map(contenders.map((c) => [c.id, []]));
const snapshots = new Map();
try {
  for (let load = 0; load <= LOADS; load++) {
    for (const contender of contenders) {
      const { usage, nodes } = await visit(contender, SNAPSHOT && load === LOADS);
      if (load > 0 || LOADS === 0) used.get(contender.id).push(usage.usedSize);
      if (nodes) snapshots.set(contender.id, nodes);
    }
  }
} finally {
  await browser.close();
  await site.close();
  dist.remove();
}

const base = median(used.get('baseline'));
console.log(`JS heap after GC, Δ vs the page without a CMP (KB), median (min–max) of ${used.get('baseline').length} loads after a warm-up:`);
for (const [id, values] of used) {
  const delta = values.map((v) => v - base);
  console.log(`  ${id.padEnd(24)} ${kb(median(delta)).padStart(8)} (${kb(Math.min(...delta))}–${kb(Math.max(...delta))})${id === 'baseline' ? `  ref. ${kb(base)}` : ''}`);
}

if (SNAPSHOT) {
  const none = snapshots.get('baseline');
  for (const [id, nodes] of snapshots) {
    if (id === 'baseline') continue;
    const rows = [...nodes]
      .map(([key, { size, count }]) => [key, size - (none.get(key)?.size ?? 0), count - (none.get(key)?.count ?? 0)])
      .filter(([, size]) => Math.abs(size) >= 1024);
    const total = [...nodes.values()].reduce((s, e) => s + e.size, 0) / 2 - [...none.values()].reduce((s, e) => s + e.size, 0) / 2;
    console.log(`\n${id}: snapshot self size Δ ${kb(total)} KB; by area (KB, count):`);
    for (const [key, size, count] of rows.filter(([k]) => k.startsWith('[')).sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kb(size).padStart(8)} ${String(count).padStart(7)}  ${key}`);
    }
    console.log('  largest by name (KB, count):');
    for (const [key, size, count] of rows.filter(([k]) => !k.startsWith('[')).sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`  ${kb(size).padStart(8)} ${String(count).padStart(7)}  ${key.slice(0, 110)}`);
    }
  }
}
