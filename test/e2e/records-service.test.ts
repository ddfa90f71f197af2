// `npm start`'s pair in real Chromium: the demo site posting receipts to the consent records
// service on its embedded database. A click on the banner becomes a stored receipt that
// verifies; the dashboard passes axe at 320 px and at desktop width under its strict CSP,
// fetching nothing from anywhere else.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { launchChromium, type Browser } from './support/chromium';
// @ts-expect-error: a plain .mjs module shared with `npm start`
import { startDemoStack } from '../../scripts/demo-stack.mjs';

interface Stack {
  demoUrl: string;
  serviceUrl: string;
  dashboardUrl: string;
  adminToken: string;
  close(): Promise<void>;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core, evaluated through DevTools (which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    });
    return violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the demo with its consent records service', () => {
  let stack: Stack;
  let browser: Browser;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'consentgate-records-'));
    stack = (await startDemoStack({ port: 0, servicePort: 0, dataDir: join(dataDir, 'db') })) as Stack;
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = (path: string) => fetch(stack.serviceUrl + path, { headers: { authorization: `Bearer ${stack.adminToken}` } });

  it('stores a verifiable receipt for a click on the banner', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.demoUrl}?region=DE&lang=en`);
    await page.locator('consentgate-ui > button', { hasText: 'Accept all' }).click();
    const recordId = await page.evaluate(() => (window as unknown as { consentgate: ConsentManager }).consentgate.state().record!.id);

    let res = await fetch(`${stack.serviceUrl}/v1/records/${recordId}`);
    for (let i = 0; i < 100 && res.status === 404; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await fetch(`${stack.serviceUrl}/v1/records/${recordId}`);
    }
    expect(res.status).toBe(200);
    const { receipts } = (await res.json()) as { receipts: { receipt: Record<string, unknown>; site: string; hash: string }[] };
    expect(receipts).toHaveLength(1);
    const [stored] = receipts;
    expect(stored!.site).toBe(new URL(stack.demoUrl).origin);
    // The page's address without its query string; the decision as made.
    expect(stored!.receipt).toMatchObject({ id: recordId, method: 'accept-all', region: 'DE', regime: 'opt-in', url: stack.demoUrl });
    expect(stored!.receipt.granted).toMatchObject({ analytics: true, advertising: true });

    expect(await (await admin('/v1/verify')).json()).toMatchObject({ ok: true, problems: [] });
    expect(browser.thirdPartyRequests).toEqual([]);
    await page.close();
  });

  it('serves a dashboard that passes axe at 320 px and desktop width, under its CSP, with no outside requests', async () => {
    // A receipt of its own, so the charts have something to draw whatever ran before.
    const site = new URL(stack.demoUrl).origin;
    const receipt = {
      v: 1, id: 'dashboard-test-record', time: new Date().toISOString(), revision: '1', regime: 'opt-out', region: 'US-CA',
      method: 'gpc', choices: { categories: {}, services: {} }, granted: { necessary: true, advertising: false },
      signals: { gpc: true, dnt: false }, language: 'en', uiVersion: '0.1.0', url: stack.demoUrl,
    };
    const posted = await fetch(`${stack.serviceUrl}/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt), headers: { 'content-type': 'text/plain', origin: site } });
    expect(posted.status).toBe(202);

    const page = await browser.newPage();
    const problems: string[] = [];
    const origins = new Set<string>();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => origins.add(new URL(r.url()).origin));

    await page.goto(stack.dashboardUrl);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#token', stack.adminToken);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-figure=total]');
    expect(Number(await page.textContent('[data-figure=total]'))).toBeGreaterThanOrEqual(1);
    expect(page.url()).not.toContain(stack.adminToken);
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the screen but the tables, which scroll inside themselves.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    expect(problems).toEqual([]);
    expect([...origins]).toEqual([new URL(stack.serviceUrl).origin]);
    await page.close();
  });
});
