// `npm run bench`: consentgate against other consent managers in headless Chromium.
// Not part of `npm test`. BENCH_ROUNDS (default 15) measured rounds after BENCH_WARMUP (default
// 1); BENCH_ONLY=consentgate,klaro limits the contenders (the baseline always runs).
// BENCH_BEFORE=<dir> adds "consentgate-before", the consentgate.js in <dir> (an older build), run in
// the same rounds: the way to compare two builds side by side on a machine whose load drifts.
// Method and caveats: bench/README.md. Writes bench/results.md and bench/results.json.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const { CONTENDERS } = await import('../bench/contenders/index.mjs');
const { launchBrowser } = await import('../bench/lib/browser.mjs');
const { insertionVisit, tracedVisit, visitAcceptReturn } = await import('../bench/lib/measure.mjs');
const { buildResults, writeResults } = await import('../bench/lib/report.mjs');
const { snapshotDist, startBenchSite } = await import('../bench/lib/site.mjs');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
if (!(ROUNDS >= 1) || !(WARMUP >= 0)) throw new Error('BENCH_ROUNDS must be ≥ 1 and BENCH_WARMUP ≥ 0');

const before = process.env.BENCH_BEFORE;
const [current] = CONTENDERS;
const earlier = before && {
  ...current,
  id: 'consentgate-before',
  name: 'consentgate (before)',
  version: '—',
  mount: { prefix: '/cmp/consentgate-before/', dir: before },
  slots: { ...current.slots, 'cmp-head': current.slots['cmp-head'].replace('/cmp/consentgate/', '/cmp/consentgate-before/') },
};
const all = earlier ? [current, earlier, ...CONTENDERS.slice(1)] : CONTENDERS;
const contenders = all.filter((c) => c.baseline || !only || only.includes(c.id) || (c.id === 'consentgate-before' && only.includes('consentgate')));

// One bundle for the whole run, copied away from dist/ (see snapshotDist).
const dist = await snapshotDist();
const bundle = readFileSync(`${dist.dir}/consentgate.js`);
const consentgate = contenders.find((c) => c.id === 'consentgate');
if (consentgate) {
  consentgate.mount.dir = dist.dir;
  consentgate.version = JSON.parse(readFileSync('package.json', 'utf8')).version;
}

const site = await startBenchSite(contenders);
const { browser, version: chromium } = await launchBrowser();

const states = contenders.map((contender) => ({
  contender,
  samples: [],
  files: null,
  failures: [],
  notes: new Set(),
  offHost: [],
  errors: [],
  bannerSeen: false,
}));

const started = Date.now();
const loadAtStart = loadavg()[0];
try {
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const warm = round < WARMUP;
    // A b c, a b c…: each round runs every contender once, so drift on the machine (thermal,
    // other processes) spreads over all of them rather than landing on one.
    for (const state of states) {
      if (state.failures.length) continue;
      const { contender } = state;
      const opts = {
        browser,
        site,
        contender,
        offHost: state.offHost,
        errors: state.errors,
        // Wait the full time until a banner has been seen once; a contender whose banner never
        // came in the warm-up (consentgate before its UI lands) is not made to wait every load.
        bannerTimeout: warm || state.bannerSeen ? 5000 : 1500,
      };
      const visit = await visitAcceptReturn(opts);
      const traced = await tracedVisit(opts);
      const insertion = await insertionVisit(opts);
      if (visit.sample.bannerPaint !== null) state.bannerSeen = true;
      state.files ??= visit.files;
      for (const note of [...visit.notes, ...insertion.notes]) state.notes.add(note);
      const failures = [...visit.failures, ...insertion.failures];
      if (failures.length) {
        // Correctness first: a contender that leaks or never releases is not timed any further.
        state.failures.push({ round: warm ? 'warm-up' : round - WARMUP + 1, failures });
        console.log(`${label(round)} ${contender.id}: FAILED — ${failures.join('; ')}`);
        continue;
      }
      if (!warm) {
        state.samples.push({
          round: round - WARMUP + 1,
          ...visit.sample,
          script: traced?.scriptMs,
          scriptWall: traced?.scriptWallMs,
          compile: traced?.compileMs,
          insert: insertion.insertMs,
          insertLayout: insertion.insertLayoutMs,
        });
      }
      console.log(`${label(round)} ${contender.id}: ${brief(visit.sample, traced, insertion)}`);
    }
  }
} finally {
  await browser.close();
  await site.close();
  dist.remove();
}

function label(round) {
  return round < WARMUP ? `warm-up ${round + 1}/${WARMUP}` : `round ${round - WARMUP + 1}/${ROUNDS}`;
}

function brief(s, traced, insertion) {
  const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)}ms` : 'n/a');
  return [
    `banner ${ms(s.bannerPaint)}`,
    `script ${ms(traced?.scriptMs)}`,
    `accept→run ${ms(s.acceptToScript)}`,
    `return→run ${ms(s.returningScript)}`,
    `insert ${ms(insertion.insertMs)} (+layout ${ms(insertion.insertLayoutMs)})`,
  ].join(', ');
}

const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown').trim();
const results = buildResults({
  states,
  meta: {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: {
      nproc: availableParallelism(),
      cpu,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      loadAverage: { start: loadAtStart.toFixed(2), end: loadavg()[0].toFixed(2) },
    },
    chromium,
    playwright: JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8')).version,
    node: process.versions.node,
    rounds: ROUNDS,
    warmup: WARMUP,
    consentgateBundle: `dist/consentgate.js, ${bundle.length.toLocaleString('en-US')} bytes, sha256 ${createHash('sha256').update(bundle).digest('hex').slice(0, 12)}`,
  },
});
// A comparison run is a working measurement, not the published table.
const out = before ? { json: '/tmp/bench-compare.json', md: '/tmp/bench-compare.md' } : { json: 'bench/results.json', md: 'bench/results.md' };
writeResults(results, out);
console.log(`\nwrote ${out.md} and ${out.json} (${results.durationSeconds}s)`);
