// Opt-out (US) regime with Global Privacy Control on in the browser: everything that is a "sale"
// or "share" stays silent without any interaction; analytics follows its own sale flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatePage, launchGateBrowser, settle, under, type GateBrowser } from './support/gate-site';
import { HOSTS, configScript } from './support/gate-vendors';

let browser: GateBrowser;
beforeAll(async () => {
  browser = await launchGateBrowser({ gpc: true });
});
afterAll(async () => {
  await browser?.close();
});

async function visit(path: string, config: string) {
  browser.site.page(path, gatePage({ config }));
  const page = await browser.newPage();
  const from = browser.thirdPartyRequests.length;
  await page.goto(browser.url(path));
  await settle(page, 500);
  const hosts = browser.hostsSince(from);
  const traces = await browser.traces(page);
  await page.close();
  return { hosts, traces };
}

describe('gate, opt-out regime with GPC', () => {
  it('never requests advertising, session replay or social hosts, nor analytics sold by default', async () => {
    const { hosts, traces } = await visit('/us', configScript("regime: 'opt-out',"));
    expect(hosts).toEqual([]);
    expect(traces.ran).toEqual([]);
    expect(traces.cookies).toEqual([]);
  });

  it('runs analytics that the site marks as no sale, and still nothing else', async () => {
    const config = configScript("regime: 'opt-out',").replace("{ id: 'analytics',", "{ id: 'analytics', sale: false,");
    const { hosts, traces } = await visit('/us-own-analytics', config);
    expect(hosts.filter((host) => !under(host, HOSTS.analytics))).toEqual([]);
    expect(hosts).toEqual(expect.arrayContaining(['www.googletagmanager.com', 'cdn.usefathom.com']));
    expect(traces.ran.sort()).toEqual(['fathom', 'fathom:signup-view', 'gtag', 'snippet:fathom', 'snippet:ga']);
  });
});
