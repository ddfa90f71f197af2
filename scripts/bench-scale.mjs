// What a large config costs, in real Chromium: 20 categories, 300 services, 1,000 cookie
// declarations (scripts/scale-config.mjs). Each round is a fresh page running the package's
// ES module (dist/esm) and timing, in order: validation (createConsent, which validates the
// config and reads the stored decision), a decision (acceptAll, then state()), and a withdrawal
// with cleanup (rejectAll with a gate attached, deleting 160 seeded vendor cookies and 160
// storage keys matched against all 1,000 declarations, on every domain and path variant): the
// withdrawal's own task, the longest of the cleanup's later tasks, and the time until every
// cookie is gone. Medians are printed against one frame at 60 Hz (16.7 ms); the last figure is
// wall time across tasks, not one task.
// Run `npm run build` first.
//   node scripts/bench-scale.mjs [rounds]
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { configSource } from './scale-config.mjs';
import { startStaticServer } from './static-server.mjs';

const ROUNDS = Number(process.argv[2] ?? 15);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FRAME = 1000 / 60;
if (!existsSync('dist/esm/index.js')) throw new Error('dist/esm/index.js is missing: run npm run build first');

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>bench scale</title>
<script type="importmap">{"imports":{"js-cookie":"/node_modules/js-cookie/dist/js.cookie.mjs"}}</script>
<script>window.config = ${configSource()};</script>
<script type="module">
import * as cg from '/dist/esm/index.js';
window.round = async () => {
  const t = [];
  let start = performance.now();
  const manager = cg.createConsent(window.config);
  t.push(performance.now() - start);
  if (manager.state().categories.cat1 === undefined) throw new Error('config rejected');

  start = performance.now();
  manager.acceptAll();
  const state = manager.state();
  t.push(performance.now() - start);
  if (!state.categories.cat19.granted) throw new Error('acceptAll did not grant');

  const gate = cg.createGate(manager);
  // Vendors 15–94 (optional categories): 160 cookies, under Chromium's 180 per domain, and 160
  // storage keys; vendor 0 is necessary, so its cookie and key must survive.
  document.cookie = '_v0_c1=1; path=/';
  localStorage.setItem('_v0_store', '1');
  for (let n = 15; n < 95; n++) {
    document.cookie = '_v' + n + '_c1=1; path=/';
    document.cookie = '_v' + n + '_abc=1; path=/';
    localStorage.setItem('_v' + n + '_store', '1');
    localStorage.setItem('_v' + n + '_ls_x', '1');
  }
  // A read waits until the browser has stored the seeded cookies, so their cost is not timed.
  document.cookie;
  const leftover = () => document.cookie.split(';').filter((c) => c.trim().startsWith('_v') && !c.trim().startsWith('_v0_')).length +
    Object.keys(localStorage).filter((k) => k.startsWith('_v') && k !== '_v0_store').length;
  start = performance.now();
  manager.rejectAll();
  const withdrawn = performance.now();
  t.push(withdrawn - start);
  // The gate deletes the likeliest places at once and the rest in later short tasks: poll every
  // millisecond; the longest gap between polls bounds the longest of those tasks.
  let longest = 0;
  let last = performance.now();
  while (leftover() && performance.now() - withdrawn < 2000) {
    await new Promise((done) => setTimeout(done, 1));
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  t.push(longest, performance.now() - withdrawn);
  const left = leftover();
  if (!document.cookie.includes('_v0_c1=1') || localStorage.getItem('_v0_store') !== '1') throw new Error('a necessary vendor lost its cookie');
  document.cookie = '_v0_c1=; max-age=0; path=/';
  localStorage.clear();
  if (left) throw new Error(left + ' vendor cookies or keys survived the withdrawal: ' + document.cookie + ' | ' + Object.keys(localStorage).join(','));
  gate.destroy();
  document.cookie = 'consentgate=; max-age=0; path=/';
  return t;
};
window.ready = true;
</script></head><body></body></html>`;

const { url, close } = await startStaticServer({
  mounts: { '/dist/': 'dist', '/node_modules/': 'node_modules' },
  handle(req, res) {
    if (req.url !== '/bench') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
    return true;
  },
});
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const names = [
  'validate (createConsent)',
  'decide (acceptAll + state())',
  'withdraw (rejectAll, first cleanup)',
  'longest later cleanup task (≤)',
  'until every cookie is gone (wall)',
];
const samples = names.map(() => []);
try {
  for (let r = 0; r < ROUNDS; r++) {
    const page = await browser.newPage();
    await page.goto(url + '/bench');
    await page.waitForFunction(() => window.ready === true);
    const t = await page.evaluate(() => window.round());
    t.forEach((ms, i) => samples[i].push(ms));
    await page.close();
  }
} finally {
  await browser.close();
  await close();
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`consentgate at scale: 20 categories, 300 services, 1,000 cookie declarations; Chromium, ${ROUNDS} rounds`);
for (const [i, name] of names.entries()) {
  const m = median(samples[i]);
  const max = Math.max(...samples[i]);
  console.log(`${name.padEnd(36)} median ${m.toFixed(2).padStart(7)} ms  max ${max.toFixed(2).padStart(7)} ms  ${(m / FRAME * 100).toFixed(0).padStart(4)}% of a 16.7 ms frame`);
}
