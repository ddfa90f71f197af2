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

  it('runs the one analytics service marked no sale, its loader, inline config and hits, and nothing else', async () => {
    // GA's hits go to google-analytics.com, held by the built-in list for analytics: a site rule
    // files that host under the service, so the service's state decides for it too.
    const config = configScript("regime: 'opt-out',")
      .replace("{ id: 'google-analytics',", "{ id: 'google-analytics', sale: false,")
      .replace(
        'gate: { network: true }',
        "gate: { network: true, rules: [{ host: 'google-analytics.com', category: 'analytics', service: 'google-analytics' }] }",
      );
    const { hosts, traces } = await visit('/us-ga-no-sale', config);
    expect(hosts.sort()).toEqual(['region1.google-analytics.com', 'www.googletagmanager.com']);
    expect(traces.ran.sort()).toEqual(['gtag', 'snippet:ga']);
    expect(traces.cookies).toEqual(['_ga', '_ga_TEST123']);
  });
});
