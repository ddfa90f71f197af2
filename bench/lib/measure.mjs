// The measurements. Each opens its own fresh context (empty cookies and cache), loads the
// contender's page, and returns plain numbers; the runner interleaves them round by round.
// Correctness problems are returned as `failures` rather than thrown, so the runner can mark
// the contender failed instead of timing it.
import { freshContext } from './browser.mjs';
import { probe } from './probe.mjs';
import { scriptTime, TRACE_CATEGORIES } from './trace.mjs';

/** How long after `load` (and after the banner, when there is one) the page is left to settle. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);
/** How long a gated tag may take to run after the accept, or on a returning visit. */
const RUN_TIMEOUT_MS = 5000;
export const INSERT_COUNT = 10_000;

/**
 * Options shared by every measurement:
 *   browser, site, contender, offHost (array to push off-host requests to), errors (array for
 *   page errors), bannerTimeout (ms to wait for the banner; short once it is known not to come).
 */
async function open(opts) {
  const { browser, contender, offHost, errors } = opts;
  const context = await freshContext(browser, { offHost, init: { fn: probe, arg: { banner: contender.banner } } });
  const page = await context.newPage();
  const pixelRequests = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/pixel.gif') pixelRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error).slice(0, 300)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 300));
  });
  return { context, page, pixelRequests };
}

/** Loads the page and waits for `load`, the banner (if the contender has one) and a quiet spell. */
export async function loadAndSettle(page, opts) {
  await page.goto(opts.site.pageUrl(opts.contender), { waitUntil: 'load' });
  if (opts.contender.banner) await waitForBanner(page, opts.bannerTimeout);
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Polls with plain `evaluate` calls, as the page without a CMP is read too. Not
 * `waitForFunction`: that installs Playwright's own selector engine in the page (a 320 KB
 * script, about 500 KB of heap), which the heap figure would then charge to every contender
 * with a banner and not to the baseline it is compared with.
 */
async function waitForBanner(page, timeout) {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(() => window.__bench.bannerPaint !== null)) && Date.now() < deadline) {
    await page.waitForTimeout(50);
  }
}

const analytics = (page) => page.evaluate(() => window.__benchAnalytics ?? null);

async function waitForGated(page, pixelRequests) {
  await page
    .waitForFunction(() => window.__benchAnalytics && window.__bench.pixelAt !== null, null, {
      timeout: RUN_TIMEOUT_MS,
      polling: 'raf',
    })
    .catch(() => {});
  return { script: await analytics(page), pixel: pixelRequests.length > 0 };
}

/**
 * First visit, accept, then a returning visit in the same context (the contender's own cookie
 * from the accept is what makes it "returning"). One context, two page loads.
 */
export async function visitAcceptReturn(opts) {
  const { contender } = opts;
  const { context, page, pixelRequests } = await open(opts);
  const failures = [];
  const notes = [];
  try {
    const cdp = await context.newCDPSession(page);
    await loadAndSettle(page, opts);
    const prefix = contender.mount?.prefix ?? null;
    const seen = await page.evaluate((prefix) => {
      const b = window.__bench;
      // Total blocking time as Lighthouse counts it: each long task's time beyond 50 ms,
      // from first contentful paint on (here until the end of the settle window).
      const tbt = b.longTasks.reduce((sum, [start, duration]) => {
        const end = start + duration;
        const from = Math.max(start, b.fcp ?? 0);
        return end - from > 50 ? sum + (end - from - 50) : sum;
      }, 0);
      const files = prefix
        ? performance
            .getEntriesByType('resource')
            .filter((e) => new URL(e.name).pathname.startsWith(prefix))
            .map((e) => ({ path: new URL(e.name).pathname, raw: e.decodedBodySize, gzip: e.encodedBodySize }))
        : [];
      return { fcp: b.fcp, lcp: b.lcp, cls: b.cls, tbt, longTasks: b.longTasks.length, bannerPaint: b.bannerPaint, files };
    }, prefix);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();

    const sample = {
      fcp: seen.fcp,
      lcp: seen.lcp,
      bannerPaint: seen.bannerPaint,
      cls: seen.cls,
      tbt: seen.tbt,
      heap: usedSize,
      bytesRaw: seen.files.reduce((sum, f) => sum + f.raw, 0),
      bytesGzip: seen.files.reduce((sum, f) => sum + f.gzip, 0),
      requests: seen.files.length,
    };
    const files = seen.files;

    if (!contender.baseline) {
      // Correctness, part 1: nothing gated may have run before a choice.
      if (await analytics(page)) failures.push('gated script ran before consent');
      if (pixelRequests.length) failures.push('gated pixel was requested before consent');

      // Accept: a real click on the banner's button, or (consentgate without its UI) the API.
      let via = 'click';
      if (seen.bannerPaint !== null) {
        await page.locator(contender.accept).first().click({ timeout: 5000 });
      } else if (contender.acceptByApi) {
        via = 'api';
        await page.evaluate(contender.acceptByApi);
      } else {
        failures.push('no banner appeared, so there was nothing to accept');
      }
      if (!failures.length) {
        // Correctness, part 2: both gated things run once the visitor accepts.
        const ran = await waitForGated(page, pixelRequests);
        const clickAt = await page.evaluate(() => window.__bench.clickAt);
        if (!ran.script) failures.push('gated script did not run after accept');
        if (!ran.pixel) failures.push('gated pixel was not requested after accept');
        if (ran.script?.runs > 1) notes.push(`gated script ran ${ran.script.runs} times after one accept`);
        if (ran.script && clickAt !== null) sample.acceptToScript = ran.script.ranAt - clickAt;
        const pixelAt = await page.evaluate(() => window.__bench.pixelAt);
        if (pixelAt !== null && clickAt !== null) sample.acceptToPixel = pixelAt - clickAt;
        sample.acceptVia = via;
      }
    }

    if (!failures.length) {
      // Returning visitor: same context, stored consent; time from navigation to the tag.
      pixelRequests.length = 0;
      await page.goto(opts.site.pageUrl(contender), { waitUntil: 'load' });
      const ran = await waitForGated(page, pixelRequests);
      if (!ran.script) failures.push('gated script did not run for a returning visitor');
      else sample.returningScript = ran.script.ranAt;
      if (!ran.pixel) failures.push('gated pixel was not requested for a returning visitor');
      const banner = await page.evaluate(() => window.__bench.bannerSeenAt);
      if (banner !== null && !contender.baseline) notes.push('banner shown again to a returning visitor');
    }
    return { sample, files, failures, notes };
  } finally {
    await context.close();
  }
}

/** First visit under Chromium's tracer: JavaScript compile + evaluate time on the main thread. */
export async function tracedVisit(opts) {
  const { browser } = opts;
  const { context, page } = await open(opts);
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let buffer;
    try {
      await loadAndSettle(page, opts);
    } finally {
      buffer = await browser.stopTracing();
    }
    return scriptTime(buffer, opts.site.pageUrl(opts.contender));
  } finally {
    await context.close();
  }
}

/**
 * First visit, banner up, nothing decided: the page appends INSERT_COUNT nodes. This is where
 * an observer that checks every new node (consentgate's gate) pays its cost.
 */
export async function insertionVisit(opts) {
  const { context, page, pixelRequests } = await open(opts);
  try {
    await loadAndSettle(page, opts);
    const ms = await page.evaluate((count) => window.__benchInsert(count), INSERT_COUNT);
    const inserted = await page.evaluate(() => document.getElementById('feed').childElementCount);
    const failures = [];
    const notes = inserted === INSERT_COUNT ? [] : [`after the insertion the feed held ${inserted} of ${INSERT_COUNT} nodes`];
    if (!opts.contender.baseline && ((await analytics(page)) || pixelRequests.length)) {
      failures.push('gated tag ran before consent (insertion page)');
    }
    return { insertMs: ms.script, insertLayoutMs: ms.layout, failures, notes };
  } finally {
    await context.close();
  }
}
