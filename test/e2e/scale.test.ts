// A large site's config (20 categories, 300 services, 1,000 cookie declarations; the same one
// scripts/bench-scale.mjs times): the preferences dialog opens, keeps each category's service list
// collapsed, scrolls with the wheel to the last category, and Save records the choice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentManager } from '../../src/types';
import { launchChromium, type Browser } from './support/chromium';
import { startSite, type Site } from './support/site';
import { pinBundle } from './support/stable-bundle';
// @ts-expect-error: a plain .mjs module shared with the benchmark
import { configSource } from '../../scripts/scale-config.mjs';

type W = { consentgate: ConsentManager };

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
  await pinBundle(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>large config</title>
<script>window.consentgateConfig = ${(configSource as () => string)()};</script>
<script src="/dist/consentgate.js"></script></head>
<body><main><h1>Shop</h1><p>Products.</p></main></body></html>`;

/** The dialog's scrolling box: the dialog itself or the first descendant that overflows. */
const scroller = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('consentgate-ui')!.shadowRoot?.querySelector('dialog') ?? document.querySelector('dialog')!;
    const boxes = [dialog, ...dialog.querySelectorAll('*')] as HTMLElement[];
    const box = boxes.find((el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY));
    return box ? { top: box.scrollTop, max: box.scrollHeight - box.clientHeight } : null;
  });

it('the preferences dialog with 20 categories and 300 services opens, scrolls and saves', async () => {
  await page_(async (page) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(site.page('/scale', PAGE));
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.locator('consentgate-ui > button', { hasText: 'Customise' }).click();
    await page.waitForSelector('dialog.d[open]', { timeout: 5000 });

    // Every category is listed, each service list collapsed behind its summary.
    expect(await page.locator('dialog.d details').count()).toBe(20);
    expect(await page.locator('dialog.d details[open]').count()).toBe(0);
    expect(await page.locator('dialog.d summary', { hasText: '(15)' }).count()).toBe(20);
    expect(await page.locator('dialog.d [role=switch]').count()).toBe(19);

    // The dialog fits the viewport and scrolls with the wheel down to the last category.
    const box = await page.locator('dialog.d').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(720);
    const before = await scroller(page);
    expect(before, 'the dialog has a scrolling area').not.toBeNull();
    expect(before!.max).toBeGreaterThan(0);
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    for (let i = 0; i < 40 && (await scroller(page))!.top < before!.max - 1; i++) await page.mouse.wheel(0, 600);
    expect((await scroller(page))!.top).toBeGreaterThan(before!.top);
    const last = page.locator('dialog.d [role=switch]').last();
    await expect.poll(() => last.isVisible()).toBe(true);

    // Opening one category's list shows its 15 services; the dialog still works.
    await page.locator('dialog.d summary').nth(19).click();
    expect(await page.locator('dialog.d details[open]').count()).toBe(1);
    await last.click();
    await page.locator('dialog.d button', { hasText: 'Save choices' }).click();
    await page.waitForFunction(() => !document.querySelector('consentgate-ui')?.shadowRoot?.querySelector('dialog[open]') && !document.querySelector('dialog.d[open]'));
    const state = await page.evaluate(() => (window as unknown as W).consentgate.state());
    expect(state.needsDecision).toBe(false);
    expect(state.categories.cat19!.granted).toBe(true);
    expect(state.categories.cat1!.granted).toBe(false);
    expect(state.services.s299!.granted).toBe(true);
    expect(state.persisted).toBe(true);
    expect(errors).toEqual([]);
  });
});

async function page_(run: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  try {
    await run(page);
  } finally {
    await page.close();
  }
}
