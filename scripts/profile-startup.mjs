// Where consentgate's start-up CPU goes: loads the bench's article page (bench/contenders/
// consentgate.mjs) in fresh contexts of real Chromium with the sampling profiler on, and prints
// the functions with the most self time, averaged per load. consentgate's own functions are
// marked `consentgate.js` with the start of their minified code. Run `npm run build` first.
//   node scripts/profile-startup.mjs [loads]
import { readFileSync } from 'node:fs';
import { freshContext, launchBrowser } from '../bench/lib/browser.mjs';
import { snapshotDist, startBenchSite } from '../bench/lib/site.mjs';
import consentgate from '../bench/contenders/consentgate.mjs';

const LOADS = Number(process.argv[2] ?? 10);
const WARM_UP = 2;
const bundle = readFileSync('dist/consentgate.js', 'utf8').split('\n');
const snapshot = await snapshotDist();
consentgate.mount.dir = snapshot.dir;
const site = await startBenchSite([consentgate]);
const { browser } = await launchBrowser();
const selfMs = new Map();

for (let i = 0; i < WARM_UP + LOADS; i++) {
  const context = await freshContext(browser, { offHost: [] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(site.pageUrl(consentgate));
  await page.waitForTimeout(800);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  if (i < WARM_UP) continue;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  profile.samples.forEach((id, k) => {
    const frame = nodes.get(id);
    const ours = frame.url.endsWith('/consentgate.js');
    const code = ours ? ` ${bundle[frame.lineNumber]?.slice(frame.columnNumber, frame.columnNumber + 50)}` : '';
    const key = `${ours ? 'consentgate.js ' : ''}${frame.functionName || '(anonymous)'}${code}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + profile.timeDeltas[k] / 1000);
  });
}
console.log(`self time per load (ms), ${LOADS} loads:`);
for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log((ms / LOADS).toFixed(2).padStart(8), key);
}
await browser.close();
await site.close();
snapshot.remove();
