// The set-up most browser tests share: one local site and one Chromium for the whole file (or
// describe block), and for each test a clean cookie jar and a page of its own whose errors are
// collected, so a test can assert that the page stayed error-free.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchChromium, type Browser, type LaunchOptions } from './chromium';
import { startSite, type Site } from './site';

export interface ChromiumSuite {
  site: Site;
  browser: Browser;
  /** This test's page, opened after the cookies were cleared and closed after the test. */
  page: Page;
  /** Uncaught exceptions and console errors on `page` during this test. */
  errors: string[];
  /** The path of every request `page` made during this test, in order. */
  requests: string[];
}

export interface SuiteOptions extends LaunchOptions {
  /** Whether each test gets a fresh page (default true); without, a test opens its own pages. */
  pagePerTest?: boolean;
  /** Runs once the site is up, before the first test: pages every test shares. */
  setUp?: (site: Site) => void;
}

/**
 * Registers the hooks in the calling file or describe block and returns the object they fill
 * in: read `suite.page` inside a test, never at the top of the file.
 */
export function chromiumSuite({ pagePerTest = true, setUp, ...launch }: SuiteOptions = {}): ChromiumSuite {
  const suite = { errors: [] as string[], requests: [] as string[] } as ChromiumSuite;
  beforeAll(async () => {
    suite.site = await startSite();
    setUp?.(suite.site);
    suite.browser = await launchChromium(launch);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  beforeEach(async () => {
    await suite.browser.context.clearCookies();
    suite.browser.thirdPartyRequests.length = 0;
    const errors: string[] = (suite.errors = []);
    const requests: string[] = (suite.requests = []);
    if (!pagePerTest) return;
    const page = (suite.page = await suite.browser.newPage());
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return () => page.close();
  });
  return suite;
}
