// Visitors' own cookie-popup tools answer the first layer for them: DuckDuckGo's autoconsent
// (its heuristic mode, as in DuckDuckGo's browsers) finds the banner in every layout, classifies
// it as one it can reject, presses "Reject all", and consentgate records that refusal. Its
// heuristic looks in the light DOM for a visible fixed (or sticky) box whose text speaks of
// cookies and which holds a reject button: our host element is that box.
import { describe, expect, it } from 'vitest';
import { autoconsent } from './support/autoconsent';
import { chromiumSuite } from './support/suite';
import { CONFIG, uiPage, uiState } from './support/ui-page';

const suite = chromiumSuite();
let pages = 0;

const LAYOUTS: Array<[string, Record<string, unknown>]> = [
  ['bottom bar', { layout: 'bar' }],
  ['top bar', { layout: 'bar', position: 'top' }],
  ['box', { layout: 'box', position: 'bottom-left' }],
  ['modal', { layout: 'modal' }],
];
// A modal the site made blocking is a modal <dialog> in the top layer: its host is a fixed box
// too (covering the page under it), but Chromium reports no offsetParent for the buttons slotted
// into a top-layer dialog, which autoconsent reads as "not visible" (see the README).
const BLOCKING: [string, Record<string, unknown>] = ['blocking modal', { layout: 'modal', block: true }];

describe('the first layer is a fixed box in the light DOM', () => {
  it.each([...LAYOUTS, BLOCKING])('%s: the host holding the text and buttons is itself fixed, visible and unstyled inline', async (_, ui) => {
    const page = suite.page;
    await page.goto(suite.site.page(`/ac/${++pages}`, uiPage({ config: { ...CONFIG, ui } })));
    await page.waitForSelector('consentgate-ui > button');
    const host = await page.evaluate(() => {
      const el = document.querySelector('consentgate-ui')!;
      const box = el.getBoundingClientRect();
      const frame = el.shadowRoot!.querySelector('[part=banner]')!.getBoundingClientRect();
      return {
        // Where the page stays usable, the host is exactly the box the visitor sees.
        sameBox: [box.x - frame.x, box.y - frame.y, box.width - frame.width, box.height - frame.height].every((d) => Math.abs(d) < 1),
        position: getComputedStyle(el).position,
        display: getComputedStyle(el).display,
        width: box.width,
        height: box.height,
        styled: document.querySelectorAll('[style]').length,
        holds: [...el.querySelectorAll(':scope > button')].map((b) => b.textContent),
        text: (el as HTMLElement).innerText,
      };
    });
    expect(host).toMatchObject({ position: 'fixed', styled: 0, holds: ['Accept all', 'Reject all', 'Customise'] });
    expect(host.display).not.toBe('none');
    expect(host.display).not.toBe('contents');
    expect(host.width).toBeGreaterThan(200);
    expect(host.height).toBeGreaterThan(40);
    expect(host.text).toMatch(/We use cookies/);
    expect(host.sameBox).toBe(!ui.block);

    // Once decided, the host is no box at all: nothing fixed is left on the page.
    await page.locator('consentgate-ui > button', { hasText: 'Reject all' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('consentgate-ui')!).display)).toBe('contents');
  });
});

describe("DuckDuckGo's autoconsent (heuristic mode, opt out)", () => {
  it.each(LAYOUTS)('%s: detects the banner as rejectable, presses Reject all, and the refusal is recorded', async (_, ui) => {
    const page = suite.page;
    const tool = await autoconsent(page);
    await page.goto(suite.site.page(`/ac/${++pages}`, uiPage({ config: { ...CONFIG, ui } })), { waitUntil: 'commit' });
    await tool.inject();

    // It found a pop-up by its heuristic (no rule of its own names consentgate) and classified it
    // as one with a reject button.
    expect((await tool.next('popupFound')).cmp).toBe('HEURISTIC-REJECT');
    expect(await tool.next('optOutResult')).toMatchObject({ cmp: 'HEURISTIC-REJECT', result: true });
    await tool.next('autoconsentDone');
    expect(tool.messages.filter((m) => m.type === 'popupFound')).toHaveLength(1);

    // The banner is gone (autoconsent's own check agrees), the refusal holds and is stored.
    expect((await tool.selfTest()).result).toBe(true);
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { consentgate: { get(id: string): boolean } }).consentgate.get('analytics'))).toBe(false);
    const state = await uiState(page);
    expect(state.record?.method).toBe('reject-all');
    expect(Object.values(state.categories).filter((c) => c.granted).length).toBe(1); // necessary only
    expect(suite.errors).toEqual([]);
    // Stored: the next page load reads the refusal back and asks nothing.
    await page.reload();
    await page.waitForSelector('consentgate-ui', { state: 'attached' });
    expect(await uiState(page)).toMatchObject({ needsDecision: false, record: { method: 'reject-all' } });
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);
  });
});
