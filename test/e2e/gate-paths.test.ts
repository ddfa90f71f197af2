// Issue 20's matrix in real Chromium: every scenario of support/gate-paths, in default and
// `network: true` modes, run while the page parses and after load. Chromium sends every
// non-loopback request to a recording proxy, so frames, workers and the preload scanner are
// logged too. For each scenario: nothing reaches the catalogued host before consent; a held item
// is sent exactly once after Accept all, nothing after Reject all; an uncatalogued URL is sent
// at once, exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './support/chromium';
import { SCENARIOS, runAll, type Scenario } from './support/gate-paths';
import { startProxy, type RecordingProxy } from './support/proxy';
import { startSite, type Site } from './support/site';

let site: Site;
let proxy: RecordingProxy;
let browser: Browser;
beforeAll(async () => {
  site = await startSite();
  site.page('/blank', '<!doctype html><title>blank</title>');
  proxy = await startProxy({ '.js': { contentType: 'text/javascript', body: '/* stand-in */' } });
  browser = await launchChromium({ args: proxy.args, unrouted: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await proxy?.close();
});

type Outcome = 'accept' | 'reject' | 'first-party';
const TRACKER = 'http://static.hotjar.com/t/';
const UNCATALOGUED = 'http://static.shop-cdn.test/t/';

/** Opens a page that runs `scenarios` at `timing`, and returns how often each scenario's URL was requested. */
async function run(scenarios: Scenario[], network: boolean, timing: 'parse' | 'load', outcome: Outcome) {
  const tag = `${network ? 'net' : 'dom'}-${timing}-${outcome}`;
  const urls = Object.fromEntries(scenarios.map((s) => [s.id, `${outcome === 'first-party' ? UNCATALOGUED : TRACKER}${s.id}-${tag}.js`]));
  const code = runAll(scenarios, urls);
  const config = JSON.stringify({ regime: 'opt-in', gate: { network } });
  const path = `/paths/${tag}`;
  site.page(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>paths</title>
<script type="application/json" id="consentgate-config">${config}</script>
<script src="/dist/consentgate.js"></script></head><body><p>Article.</p>
${timing === 'parse' ? `<script>${code}</script>` : ''}<p>More article.</p></body></html>`,
  );
  const port = new URL(site.url).port;
  // A fresh visitor each time: no decision from an earlier page.
  await browser.context.clearCookies();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://www.shop.localhost:${port}${path}`);
  if (timing === 'load') await page.evaluate(code);
  await page.waitForTimeout(700);
  const count = () => Object.fromEntries(scenarios.map((s) => [s.id, proxy.log.filter((url) => url.includes(`/${s.id}-${tag}.js`)).length]));
  const before = count();
  if (outcome !== 'first-party') {
    await page.evaluate((how) => (window as unknown as { consentgate: Record<string, () => void> }).consentgate[how === 'accept' ? 'acceptAll' : 'rejectAll']!(), outcome);
    await page.waitForTimeout(700);
  }
  const after = count();
  const thrown = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
  await page.close();
  return { before, after, thrown: [...thrown, ...errors] };
}

/** Scenarios whose counts differ from what each outcome promises, as `id: before → after`. */
function wrong(scenarios: Scenario[], outcome: Outcome, { before, after }: { before: Record<string, number>; after: Record<string, number> }) {
  return scenarios
    .filter((s) => {
      const [b, a] = [before[s.id], after[s.id]];
      if (outcome === 'first-party') return b !== 1 || a !== 1;
      if (outcome === 'reject' || s.kind !== 'held') return b !== 0 || a !== 0;
      return b !== 0 || a !== 1;
    })
    .map((s) => `${s.id}: ${before[s.id]} → ${after[s.id]}`);
}

for (const network of [false, true]) {
  const scenarios = SCENARIOS.filter((s) => network || s.kind === 'held');
  for (const timing of ['parse', 'load'] as const) {
    describe(`${network ? 'network: true' : 'default mode'}, code run ${timing === 'parse' ? 'while the page parses' : 'after load'}`, () => {
      it('sends nothing to a catalogued host before consent, and each held item once after Accept all', async () => {
        const result = await run(scenarios, network, timing, 'accept');
        expect(wrong(scenarios, 'accept', result)).toEqual([]);
      });
      it('sends nothing after Reject all', async () => {
        const result = await run(scenarios, network, timing, 'reject');
        expect(wrong(scenarios, 'reject', result)).toEqual([]);
      });
      it('blocks nothing uncatalogued: each such URL is sent at once, exactly once', async () => {
        const result = await run(scenarios, network, timing, 'first-party');
        expect(result.thrown).toEqual([]);
        expect(wrong(scenarios, 'first-party', result)).toEqual([]);
      });
    });
  }
}

describe('a worker started before consent', () => {
  it('sends to the catalogued host once the visitor accepts, and not before (network: true)', async () => {
    site.page(
      '/paths/worker-later',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>worker</title>
<script type="application/json" id="consentgate-config">${JSON.stringify({ regime: 'opt-in', gate: { network: true } })}</script>
<script src="/dist/consentgate.js"></script></head><body><p>Article.</p></body></html>`,
    );
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await page.goto(`http://www.shop.localhost:${new URL(site.url).port}/paths/worker-later`);
    const sent = (n: number) => proxy.log.filter((url) => url.endsWith(`/worker-later-${n}.js`)).length;
    // The worker sends whenever it is told to, as a tag runner reporting an event does.
    await page.evaluate((base) => {
      const source = `onmessage = (e) => fetch('${base}worker-later-' + e.data + '.js').catch(() => {})`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      (window as unknown as { tell(n: number): void }).tell = (n) => worker.postMessage(n);
    }, TRACKER);
    await page.evaluate(() => (window as unknown as { tell(n: number): void }).tell(1));
    await page.waitForTimeout(500);
    expect(sent(1)).toBe(0);
    await page.evaluate(() => (window as unknown as { consentgate: { acceptAll(): void } }).consentgate.acceptAll());
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as { tell(n: number): void }).tell(2));
    await page.waitForTimeout(500);
    expect([sent(1), sent(2)]).toEqual([0, 1]);
    await page.close();
  });
});
