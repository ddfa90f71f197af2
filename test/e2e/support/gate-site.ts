// The gate's real-browser harness: Chromium with every vendor answered by a stand-in, and the
// test site served as http://www.shop.localhost:<port> (Chromium resolves *.localhost to the
// loopback address), so vendors can write cookies on the parent domain shop.localhost as they
// do on real sites, and the gate must find and delete them there.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser, type LaunchOptions } from './chromium';
import { startSite, type Site } from './site';
import { BODY, HEAD, STAND_INS, configScript } from './gate-vendors';

export interface GateBrowser extends Browser {
  site: Site;
  /** The page's URL on www.shop.localhost. */
  url(path: string): string;
  /** Everything that makes a third-party request or a tracker cookie/storage entry visible. */
  traces(page: Page): Promise<Traces>;
  /** Third-party requests since `from`, by host. */
  hostsSince(from: number): string[];
}

export interface Traces {
  cookies: string[];
  localStorage: string[];
  sessionStorage: string[];
  ran: string[];
}

export async function launchGateBrowser(options: Omit<LaunchOptions, 'standIns'> = {}): Promise<GateBrowser> {
  const site = await startSite();
  const browser = await launchChromium({ ...options, standIns: STAND_INS });
  const port = new URL(site.url).port;
  // Registered after the harness's catch-all, so it is consulted first (Playwright runs routes
  // newest first): the test site itself is first party and goes through untouched.
  await browser.context.route(/^http:\/\/www\.shop\.localhost:\d+\//, (route) => route.continue());
  // The bundle is read once per browser: other work may rebuild dist/ while a test runs.
  const bundle = await readBundle();
  await browser.context.route(/^http:\/\/www\.shop\.localhost:\d+\/dist\/consentgate\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: bundle }),
  );
  return {
    ...browser,
    site,
    url: (path) => `http://www.shop.localhost:${port}${path}`,
    async traces(page) {
      const cookies = (await browser.context.cookies()).map((c) => c.name).filter((name) => name !== 'consentgate');
      const storage = await page.evaluate(() => ({
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        ran: (window as { __ran?: string[] }).__ran ?? [],
      }));
      return { cookies: cookies.sort(), ...storage };
    },
    hostsSince: (from) => [...new Set(browser.thirdPartyRequests.slice(from).map((url) => new URL(url).hostname))],
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

async function readBundle(): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return readFileSync('dist/consentgate.js', 'utf8');
    } catch (error) {
      if (attempt > 100) throw error; // no build within 20 s: run `npm run build`
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

/** The vendors' test page: the bundle first in <head>, then the gated snippets. */
export function gatePage({ config = configScript(), head = HEAD, body = BODY } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gate test page</title>
<script>window.__ran = []; window.consentgateConfig = ${config};</script>
<script src="/dist/consentgate.js"></script>
${head}
</head><body>${body}</body></html>`;
}

/** Waits until the late tags were added and the page has had time to send whatever it would. */
export async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForFunction(() => (window as { __lateDone?: boolean }).__lateDone === true);
  await page.waitForTimeout(ms);
}

/** True when `host` is, or is under, one of `hosts`. */
export const under = (host: string, hosts: readonly string[]) => hosts.some((h) => host === h || host.endsWith('.' + h));
