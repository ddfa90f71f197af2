// Breadth first over same-site links: never a form, never another registrable domain, at most
// `pages` pages, `concurrency` pages at a time. A page that cannot be loaded in any of its four
// visits is reported and skipped.
import type { Browsers } from './browser';
import type { Classifier } from './classify';
import { siteOf } from './domain';
import type { Progress } from './progress';
import { STATES, type PageResult, type StateId } from './types';
import { visit, type VisitOutput } from './visit';

export interface CrawlInput {
  start: string;
  pages: number;
  concurrency: number;
  timeoutMs: number;
  settleMs: number;
  browsers: Browsers;
  classifier: Classifier;
  progress: Progress;
  onBanner?: (jpeg: Buffer) => void;
}

/** Files that are not pages: never visited. */
const NOT_A_PAGE = /\.(pdf|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|webm|mov|avi|woff2?|ttf|css|js|json|xml|rss|txt|csv|xlsx?|docx?|pptx?)$/i;

/** A link worth visiting, normalised (no fragment), or undefined. */
export function normaliseLink(href: string, site: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || siteOf(url.href) !== site || NOT_A_PAGE.test(url.pathname)) return undefined;
  url.hash = '';
  return url.href;
}

export async function crawl(input: CrawlInput): Promise<PageResult[]> {
  const site = siteOf(input.start);
  const queue = [input.start];
  const queued = new Set(queue);
  const results: PageResult[] = [];
  let next = 0;
  let bannerShot = false;
  input.progress.setTotal(1);

  const visitState = (url: string, state: StateId, page: PageResult): Promise<VisitOutput> => {
    // A page without a banner has no Accept or Reject to press: those visits are not made.
    if ((state === 'accept' || state === 'reject') && page.banner && !page.banner.accept && !page.banner.reject && !page.banner.consentgate) {
      return Promise.resolve({ result: { state, choice: 'unavailable', cookies: [], storage: [], requests: [] }, links: [] });
    }
    input.progress.visit(url, state);
    const takeShot = !bannerShot && state === 'accept' && input.onBanner;
    if (takeShot) bannerShot = true;
    return input.browsers.get(state === 'gpc').then((browser) =>
      visit({
        browser,
        url,
        state,
        site,
        classifier: input.classifier,
        timeoutMs: input.timeoutMs,
        settleMs: input.settleMs,
        ...(takeShot ? { onBanner: input.onBanner } : {}),
      }),
    );
  };

  /**
   * No choice first (it finds the links and the banner), then the other three states at once:
   * each waits mostly on the page settling, so together they take the time of the longest.
   */
  const scanPage = async (url: string): Promise<PageResult> => {
    const page: PageResult = { url, states: [] };
    const first = await visitState(url, 'no-choice', page);
    if (first.banner) page.banner = first.banner;
    const outs = first.skipped ? [first] : [first, ...(await Promise.all(STATES.slice(1).map((state) => visitState(url, state, page))))];
    const skipped = outs.find((o) => o.skipped);
    if (skipped) {
      page.skipped = skipped.skipped;
      if (skipped.finalUrl) page.finalUrl = skipped.finalUrl;
      return page;
    }
    if (first.finalUrl && first.finalUrl !== url) page.finalUrl = first.finalUrl;
    page.states = outs.map((o) => o.result);
    for (const href of first.links) {
      const link = normaliseLink(href, site);
      if (link && !queued.has(link) && queued.size < input.pages) {
        queued.add(link);
        queue.push(link);
      }
    }
    input.progress.setTotal(queue.length);
    return page;
  };

  const worker = async () => {
    // Workers wait for links the pages in flight may still add.
    while (next < queue.length || inFlight > 0) {
      if (next >= queue.length) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const index = next++;
      inFlight++;
      try {
        const page = await scanPage(queue[index]!);
        results[index] = page;
        input.progress.pageDone(page.url, page.skipped);
      } finally {
        inFlight--;
      }
    }
  };
  let inFlight = 0;
  await Promise.all(Array.from({ length: input.concurrency }, worker));
  return results.filter(Boolean);
}
