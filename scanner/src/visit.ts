// One visit: a fresh browser context, the page loaded, scrolled and left to settle, a choice
// taken where the state asks for one (then the page loaded again with that decision), and
// everything the site stored or requested collected. The context is closed whatever happens.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Classifier } from './classify';
import { siteOf } from './domain';
import { consentgateApi, findChoiceButton, readLinks, readStorage, scrollThrough, trackSetters } from './in-page';
import type { BannerInfo, CookieItem, RequestItem, StateId, StateResult, StorageItem } from './types';

export interface VisitInput {
  browser: Browser;
  url: string;
  state: StateId;
  site: string;
  classifier: Classifier;
  timeoutMs: number;
  settleMs: number;
  /** Called with a JPEG of the banner before the choice, on visits that take one. */
  onBanner?: (jpeg: Buffer) => void;
}

export interface VisitOutput {
  result: StateResult;
  finalUrl?: string;
  /** Set when the page itself could not be scanned (the other states are skipped too). */
  skipped?: string;
  banner?: BannerInfo;
  links: string[];
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn`, but gives up after `ms`: a page that never answers cannot hold the scan. */
async function within<T>(ms: number, what: string, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([fn(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${Math.round(ms / 1000)} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export async function visit(input: VisitInput): Promise<VisitOutput> {
  const { browser, state } = input;
  const empty: StateResult = { state, choice: state === 'accept' || state === 'reject' ? 'unavailable' : 'none', cookies: [], storage: [], requests: [] };
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Load, settle, choice, reload, settle and collecting: the whole visit has a hard limit.
    return await within(input.timeoutMs * 3 + input.settleMs * 4 + 10_000, 'the visit', () => run(context!, input, empty));
  } catch (error) {
    return { result: { ...empty, error: message(error) }, skipped: message(error), links: [] };
  } finally {
    // Closing does not run beforeunload handlers: a page cannot keep its tab open.
    await context?.close().catch(() => {});
  }
}

const message = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!;

async function run(context: BrowserContext, input: VisitInput, empty: StateResult): Promise<VisitOutput> {
  const { url, state, site, classifier, timeoutMs, settleMs } = input;
  await context.addInitScript(trackSetters);
  const requests = new Map<string, RequestItem>();
  const responseSetters = new Map<string, string>();
  let recording = state === 'no-choice' || state === 'gpc';
  context.on('request', (request) => {
    const target = request.url();
    if (!recording || !/^https?:/.test(target) || siteOf(target) === site) return;
    const { host, pathname } = new URL(target);
    const key = `${host}${pathname} ${request.resourceType()}`;
    if (requests.has(key)) return;
    requests.set(key, { host, path: pathname, resourceType: request.resourceType(), url: target, classification: classifier.request(target) });
  });
  context.on('response', (response) => {
    const header = response.headers()['set-cookie'];
    if (!header) return;
    for (const line of header.split('\n')) {
      const name = line.split(';')[0]!.split('=')[0]!.trim();
      if (name) responseSetters.set(name, response.url());
    }
  });
  const page = await context.newPage();
  const setters: Setters = { cookies: {}, storage: {} };
  // The initiator (the script that made a request) comes from the DevTools protocol.
  const initiators = new Map<string, string>();
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const by = initiator.stack?.callFrames.find((f) => /^https?:/.test(f.url))?.url ?? initiator.url;
    if (by && !initiators.has(request.url)) initiators.set(request.url, by);
  });
  await cdp.send('Network.enable');
  // Alerts, confirms and prompts are dismissed; a page cannot wait on a person.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  let crashed = false;
  page.on('crash', () => (crashed = true));

  const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  const finalUrl = page.url();
  if (siteOf(finalUrl) !== site) return { result: empty, finalUrl, skipped: `redirected off-site to ${finalUrl}`, links: [] };
  const type = response?.headers()['content-type'] ?? '';
  if (type && !/html/i.test(type)) return { result: empty, finalUrl, skipped: `not an HTML page (${type.split(';')[0]})`, links: [] };
  if (response && response.status() >= 400) return { result: empty, finalUrl, skipped: `HTTP ${response.status()}`, links: [] };
  await settle(page, settleMs);

  let links: string[] = [];
  let banner: BannerInfo | undefined;
  if (state === 'no-choice') {
    links = await page.evaluate(readLinks).catch(() => []);
    banner = await probeBanner(page);
  }
  let choice: StateResult['choice'] = empty.choice;
  if (state === 'accept' || state === 'reject') {
    if (input.onBanner) input.onBanner(await page.screenshot({ type: 'jpeg', quality: 60, timeout: timeoutMs }).catch(() => Buffer.alloc(0)));
    choice = await choose(page, state);
    if (choice === 'unavailable') return { result: { ...empty, choice }, finalUrl, links };
    recording = true;
    // What the choice releases fires now; the reload below gets the full settle time again.
    await wait(settleMs / 2);
    // A reload forgets the page's notes on who set what: keep them first.
    await readSetters(page, setters);
    // The decision as a returning visitor carries it: the page loaded again.
    await page.reload({ waitUntil: 'load', timeout: timeoutMs });
    await settle(page, settleMs);
  }
  if (crashed) throw new Error('the page crashed');
  await readSetters(page, setters);
  const [cookies, storage] = await Promise.all([collectCookies(context, classifier, setters.cookies, responseSetters), collectStorage(page, classifier, setters.storage)]);
  const found = [...requests.values()].map((r) => {
    const initiator = initiators.get(r.url);
    return initiator ? { ...r, initiator } : r;
  });
  return { result: { ...empty, choice, cookies, storage, requests: found }, finalUrl, links, ...(banner ? { banner } : {}) };
}

async function settle(page: Page, ms: number): Promise<void> {
  await page.evaluate(scrollThrough).catch(() => {});
  await wait(ms);
}

/** In any frame: the banner's buttons, and whether consentgate's API is there. */
async function probeBanner(page: Page): Promise<BannerInfo> {
  const info: BannerInfo = { consentgate: await page.evaluate(consentgateApi, 'probe' as const).catch(() => false) };
  for (const frame of page.frames()) {
    info.accept ??= (await frame.evaluate(findChoiceButton, 'accept' as const).catch(() => null)) ?? undefined;
    info.reject ??= (await frame.evaluate(findChoiceButton, 'reject' as const).catch(() => null)) ?? undefined;
  }
  return info;
}

/** Clicks the banner's button as a visitor would; falls back to consentgate's API. */
async function choose(page: Page, kind: 'accept' | 'reject'): Promise<StateResult['choice']> {
  for (const frame of page.frames()) {
    const label = await frame.evaluate(findChoiceButton, kind).catch(() => null);
    if (label) {
      const clicked = await frame
        .locator(`[data-consentgate-scan="${kind}"]`)
        .first()
        .click({ timeout: 5000 })
        .then(() => true, () => false);
      if (clicked) return 'button';
    }
  }
  return (await page.evaluate(consentgateApi, kind).catch(() => false)) ? 'api' : 'unavailable';
}

interface Setters {
  cookies: Record<string, string>;
  storage: Record<string, string>;
}

/** Adds each frame's notes on which script wrote which cookie and key (earlier notes stay). */
async function readSetters(page: Page, into: Setters): Promise<void> {
  for (const frame of page.frames()) {
    const found = await frame.evaluate(readStorage).catch(() => undefined);
    Object.assign(into.cookies, found?.cookieSetters);
    Object.assign(into.storage, found?.setters);
  }
}

async function collectCookies(context: BrowserContext, classifier: Classifier, scriptSetters: Record<string, string>, responseSetters: Map<string, string>): Promise<CookieItem[]> {
  return (await context.cookies()).map((c) => {
    const setBy = scriptSetters[c.name] ?? responseSetters.get(c.name);
    return {
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : 'session',
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      partitioned: Boolean((c as { partitionKey?: string }).partitionKey),
      ...(setBy ? { setBy } : {}),
      classification: classifier.cookie(c.name, setBy, c.domain),
    };
  });
}

async function collectStorage(page: Page, classifier: Classifier, setters: Record<string, string>): Promise<StorageItem[]> {
  const items: StorageItem[] = [];
  const seen = new Set<string>();
  for (const frame of page.frames()) {
    const found = await frame.evaluate(readStorage).catch(() => undefined);
    if (!found || found.origin === 'null') continue;
    for (const kind of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      for (const name of found[kind]) {
        const key = `${kind} ${found.origin} ${name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const setBy = kind === 'indexedDB' ? undefined : (found.setters[name] ?? setters[name]);
        items.push({ kind, origin: found.origin, name, ...(setBy ? { setBy } : {}), classification: classifier.storage(name, setBy) });
      }
    }
  }
  return items;
}

