// How much of consentgate's start-up is V8 compiling it lazily on the main thread: loads the
// bench's article page (bench/contenders/consentgate.mjs) in fresh contexts of real Chromium with
// V8's function-event log on, and sums, per function of dist/consentgate.js, the time spent
// parsing it fully and generating its bytecode the first time it was called (`parse-function`
// and `interpreter` events logged after the script was created; the streaming compile of the
// whole file, off the main thread, comes before). Times are wall-clock on a shared machine:
// compare totals over several loads, and read single small functions as noise.
// Run `npm run build` first; like every timing script, through the lock:
//   flock /tmp/bench.lock node scripts/profile-compile.mjs [loads]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { snapshotDist, startBenchSite } from '../bench/lib/site.mjs';
import consentgate from '../bench/contenders/consentgate.mjs';

const LOADS = Number(process.argv[2] ?? 7);
const bundle = readFileSync('dist/consentgate.js', 'utf8');
const logs = mkdtempSync(join(tmpdir(), 'consentgate-compile-'));
const snapshot = await snapshotDist();
consentgate.mount.dir = snapshot.dir;
const site = await startBenchSite([consentgate]);
// One log file per process (%p): each fresh context's page gets its own renderer.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_FLAGS, `--js-flags=--log-function-events --logfile=${logs}/v8-%p.log --no-logfile-per-isolate`],
});
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  await (await context.newPage()).goto(site.pageUrl(consentgate));
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await context.close();
}
await browser.close();
await site.close();
snapshot.remove();

const perFunction = new Map();
let loads = 0;
for (const file of readdirSync(logs)) {
  let script = null;
  for (const line of readFileSync(join(logs, file), 'utf8').split('\n')) {
    const [kind, event, id, start, end, ms] = line.split(',');
    // `script-details,<script id>,<url>,…`
    if (kind === 'script-details' && line.includes('/cmp/consentgate/consentgate.js')) {
      script = event;
      loads++;
    } else if (kind === 'function' && id === script && (event === 'parse-function' || event === 'interpreter')) {
      const key = `${start},${end}`;
      perFunction.set(key, (perFunction.get(key) ?? 0) + Number(ms));
    }
  }
}
rmSync(logs, { recursive: true, force: true });
const rows = [...perFunction].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`lazy compile on the main thread, ms per load over ${loads} loads: ${(total / loads).toFixed(2)} in ${rows.length} functions`);
for (const [key, ms] of rows.slice(0, 25)) {
  const [start, end] = key.split(',').map(Number);
  console.log((ms / loads).toFixed(3).padStart(7), String(end - start).padStart(6), 'bytes ', bundle.slice(start, start + 60));
}
