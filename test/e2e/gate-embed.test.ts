// Embeds and withdrawal side effects in real Chromium: the placeholder's own button, and the
// optional reload that ends scripts which already ran.
import { afterEach, describe, expect, it } from 'vitest';
import { gatePage, launchGateBrowser, settle, type GateBrowser } from './support/gate-site';
import { ALL_RAN, configScript } from './support/gate-vendors';

type Api = { consentgate: { acceptAll(): void; set(c: Record<string, boolean>): void; getService(id: string): boolean } };

let browser: GateBrowser;
afterEach(async () => {
  await browser?.close();
});

describe('gate embeds, CSP and reload', () => {
  it('releases scripts under a strict nonce CSP, and its placeholders need no inline style', async () => {
    browser = await launchGateBrowser();
    const csp = "script-src 'nonce-r4nd0m'; style-src 'self'; object-src 'none'; base-uri 'none'";
    const config = configScript("regime: 'opt-in',");
    browser.site.page(
      '/csp',
      `<!doctype html><html><head><meta charset="utf-8"><title>csp</title>
<script nonce="r4nd0m">window.__ran = []; window.consentgateConfig = ${config};</script>
<script nonce="r4nd0m" src="/dist/consentgate.js"></script>
<script nonce="r4nd0m" type="text/plain" data-consent="analytics" data-service="fathom" src="https://cdn.usefathom.com/script.js"></script>
<script nonce="r4nd0m" type="text/plain" data-consent="analytics" data-service="fathom">__ran.push('inline'); fathom.trackEvent('csp');</script>
<script type="text/plain" data-consent="analytics">__ran.push('no nonce')</script>
</head><body>
<iframe data-consent="social" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x" title="Clip"></iframe>
</body></html>`,
      { 'content-security-policy': csp },
    );
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('violation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violation(t: string): void }).violation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      ),
    );
    await page.goto(browser.url('/csp'));
    await page.getByRole('button', { name: 'Allow YouTube' }).waitFor();
    expect(violations.filter((v) => !v.includes('consentgate-ui'))).toEqual([]);
    await page.evaluate(() => (window as unknown as Api).consentgate.acceptAll());
    await page.waitForFunction(() => (window as { __ran?: string[] }).__ran!.includes('fathom:csp'));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __ran?: string[] }).__ran)).toEqual(['fathom', 'inline', 'fathom:csp']);
    // The one script without the page's nonce is refused by the browser, as it would be without the gate.
    expect(violations.filter((v) => v.startsWith('script-src'))).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  });


  it('loads the video, and only the video, from the placeholder’s button', async () => {
    browser = await launchGateBrowser();
    browser.site.page('/video', gatePage());
    const page = await browser.newPage();
    await page.goto(browser.url('/video'));
    await settle(page);
    expect(browser.thirdPartyRequests).toEqual([]);
    await page.getByRole('button', { name: 'Allow YouTube' }).click();
    await page.waitForTimeout(400);
    expect(browser.hostsSince(0)).toEqual(['www.youtube-nocookie.com']);
    expect(await page.frameLocator('iframe[title="YouTube video player"]').locator('p').textContent()).toBe('A video');
    expect(await page.evaluate(() => (window as unknown as Api).consentgate.getService('youtube'))).toBe(true);
    expect(await page.getByRole('group', { name: 'YouTube video player' }).count()).toBe(0);
  });

  it('reloads once when a category whose scripts ran is withdrawn, with reloadOnWithdraw', async () => {
    browser = await launchGateBrowser();
    browser.site.page('/reload', gatePage({ config: configScript().replace('gate: { network: true }', 'gate: { reloadOnWithdraw: true }') }));
    const page = await browser.newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(browser.url('/reload'));
    await page.evaluate(() => (window as unknown as Api).consentgate.acceptAll());
    await page.waitForFunction((n) => (window as { __ran?: string[] }).__ran!.length >= n, ALL_RAN.length);
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => (window as unknown as Api).consentgate.set({ analytics: false }))]);
    await settle(page, 300);
    expect(loads).toBe(2);
    const { ran, cookies } = await browser.traces(page);
    expect(ran).not.toContain('gtag');
    expect(ran).toContain('fbevents');
    expect(cookies.filter((name) => name.startsWith('_ga'))).toEqual([]);
  });
});
