// The visitor's UI in real Chromium: accessibility (axe-core, keyboard only), equal Accept and
// Reject, light-DOM buttons for visitors' tools, no layout shift, narrow screens.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { LANGUAGES } from '../../src/ui/i18n/pick';
import { ARTICLE, axeViolations, CONFIG, focused, tabTo, uiPage, uiState } from './support/ui-page';

const suite = chromiumSuite();
/** This test's page: the suite opens a fresh one for each test. */
let page: Page;
beforeEach(() => {
  page = suite.page;
});

let pages = 0;
/** Serves a fresh page and opens it, waiting for the first layer (or the UI host) to render. */
async function open(options: Parameters<typeof uiPage>[0] = {}, waitFor = 'consentgate-ui > button'): Promise<void> {
  await page.goto(suite.site.page(`/ui/${++pages}`, uiPage({ config: CONFIG, ...options })));
  await page.waitForSelector(waitFor);
}

const button = (name: string) => page.locator('consentgate-ui > button', { hasText: name });
/** A first-layer button's rendered size, in whole pixels. */
const size = (name: string) =>
  button(name).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  });
/** A first-layer button's size and everything that makes it stand out. */
const look = (name: string) =>
  button(name).evaluate((el) => {
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
      ...Object.fromEntries(
        ['font-size', 'font-weight', 'font-family', 'color', 'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'padding-top', 'padding-left', 'text-decoration-line', 'opacity'].map((p) => [p, s.getPropertyValue(p)]),
      ),
    };
  });
const openDialog = async () => {
  await button('Customise').click();
  await page.waitForSelector('dialog.d[open]');
};

describe('accessibility (axe-core, WCAG 2.2 A/AA with target-size)', () => {
  it('the banner has no violations', async () => {
    await open();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the dialog with every category expanded has no violations', async () => {
    await open();
    await openDialog();
    await page.evaluate(() => {
      for (const d of document.querySelector('consentgate-ui')!.shadowRoot!.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the dark scheme has no violations, banner and dialog', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open();
    const background = await page.evaluate(() => {
      const frame = document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('.f')!;
      return getComputedStyle(frame).backgroundColor;
    });
    expect(background).toBe('rgb(31, 31, 31)');
    expect(await axeViolations(page)).toEqual([]);
    await openDialog();
    await page.evaluate(() => {
      for (const d of document.querySelector('consentgate-ui')!.shadowRoot!.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the gate's placeholder for a blocked embed has no violations", async () => {
    await open({
      body: `<main><h1>Video</h1><iframe data-consent="social" data-src="https://www.youtube-nocookie.com/embed/x" title="Launch video"></iframe></main>`,
    });
    await page.waitForSelector('.consentgate-placeholder');
    expect(await axeViolations(page, '.consentgate-placeholder')).toEqual([]);
  });
});

describe('first layer', () => {
  it('gives Accept and Reject the same size, weight and colours, and decides in one click each', async () => {
    // Every layout, with and without the privacy-policy link, on a desktop, a tablet and phones.
    const { privacyPolicyUrl: _, ...noPolicy } = CONFIG;
    for (const layout of [{ layout: 'bar' }, { layout: 'bar', position: 'top' }, { layout: 'box' }, { layout: 'modal' }]) {
      for (const config of [CONFIG, noPolicy]) {
        await suite.browser.context.clearCookies();
        await page.setViewportSize({ width: 1280, height: 720 });
        await open({ config: { ...config, ui: layout } });
        for (const [width, height] of [[1280, 720], [800, 1000], [375, 667], [320, 640]] as const) {
          await page.setViewportSize({ width, height });
          const where = `${JSON.stringify(layout)} ${config === CONFIG ? 'with' : 'without'} the link, ${width} px`;
          const accept = await look('Accept all');
          expect(await look('Reject all'), where).toEqual(accept);
          expect(accept.height).toBeGreaterThanOrEqual(24);
          // Customise is quieter in colour, never in size.
          expect(await size('Customise'), where).toEqual(await size('Accept all'));
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await button('Reject all').click();
    expect((await uiState(page)).record?.method).toBe('reject-all');
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);

    await suite.browser.context.clearCookies();
    await open();
    await button('Accept all').click();
    const state = await uiState(page);
    expect(state.record?.method).toBe('accept-all');
    expect(state.categories.advertising!.granted).toBe(true);
  });

  it('keeps Accept all, Reject all and Customise the same size in every language, on a desktop bar and a phone', async () => {
    const { privacyPolicyUrl: _, ...noPolicy } = CONFIG;
    for (const lang of LANGUAGES) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await open({ lang, config: noPolicy });
      await page.waitForFunction(() => document.querySelector('consentgate-ui > button')!.textContent !== 'Accept all');
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 720 });
        const [accept, reject, customise] = await page.$$eval('consentgate-ui > button', (buttons) =>
          buttons.map((b) => {
            const box = b.getBoundingClientRect();
            return { width: Math.round(box.width), height: Math.round(box.height) };
          }),
        );
        expect([reject, customise], `${lang} at ${width} px`).toEqual([accept, accept]);
      }
    }
  });

  it('keeps its buttons in the light DOM, where visitors\' tools look for "Reject all"', async () => {
    await open();
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('button')].filter((b) => b.textContent === 'Reject all').map((b) => b.getRootNode() === document),
    );
    expect(found).toEqual([true]);
    expect(await page.evaluate(() => document.querySelector('consentgate-ui > p')!.textContent)).toMatch(/We use cookies/);
  });

  it('never shifts the page (CLS 0) and is not the largest paint', async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number; lcp: Element | null };
      w.cls = 0;
      w.lcp = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!e.hadRecentInput) w.cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1) as (PerformanceEntry & { element: Element | null }) | undefined;
        if (last) w.lcp = last.element;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await open();
    await page.waitForTimeout(500);
    const { cls, lcp } = await page.evaluate(() => {
      const w = window as unknown as { cls: number; lcp: Element | null };
      return { cls: w.cls, lcp: w.lcp ? `${w.lcp.tagName} in banner: ${!!w.lcp.closest('consentgate-ui')}` : 'none' };
    });
    expect(cls).toBe(0);
    expect(lcp).toBe('P in banner: false');
  });

  // Layout shifts, counted from the first frame on (buffered), for each page opened after this.
  const countShifts = () =>
    page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!e.hadRecentInput) w.cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  /** The layout shifts so far, the page's first element, the bar and the scroll padding, at scroll 0. */
  const topBar = () =>
    page.evaluate(() => ({
      cls: (window as unknown as { cls: number }).cls,
      first: document.querySelector('body > :not(consentgate-ui)')!.getBoundingClientRect().top,
      bar: document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('.f')!.getBoundingClientRect().bottom,
      padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      scrollY,
    }));

  it('a top bar takes its room above the page before the first frame: nothing covered, nothing shifted', async () => {
    await countShifts();
    await open({ config: { ...CONFIG, ui: { position: 'top' } } });
    await page.waitForTimeout(300);
    const seen = await topBar();
    expect(seen.scrollY).toBe(0);
    expect(seen.cls).toBe(0);
    expect(seen.bar).toBeGreaterThan(40);
    expect(seen.first).toBeGreaterThanOrEqual(seen.bar);
    expect(seen.padding).toBeGreaterThanOrEqual(seen.bar);

    // The visitor decides: the room goes with the bar (a shift that follows their input).
    await button('Reject all').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('body > :not(consentgate-ui)')!.getBoundingClientRect().top)).toBeLessThan(seen.bar);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
  });

  it('a top bar in the page language holds the first frame for its language file, and takes its room', async () => {
    await countShifts();
    await open({ lang: 'de', config: { ...CONFIG, ui: { position: 'top' } } });
    await page.waitForTimeout(300);
    expect(await page.locator('consentgate-ui > button').first().textContent()).toBe('Alle akzeptieren');
    const seen = await topBar();
    expect(seen.cls).toBe(0);
    expect(seen.first).toBeGreaterThanOrEqual(seen.bar);
  });

  it('a top bar whose language file is slow lets the page draw after a short hold, then covers the top rather than shift it', async () => {
    await countShifts();
    await page.route('**/i18n/de.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await open({ lang: 'de', config: { ...CONFIG, ui: { position: 'top' } } });
    await page.waitForTimeout(300);
    expect(await page.locator('consentgate-ui > button').first().textContent()).toBe('Alle akzeptieren');
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
    expect(paint).toBeLessThan(1200);
    const seen = await topBar();
    expect(seen.cls).toBe(0);
    expect(seen.padding).toBeGreaterThanOrEqual(seen.bar);
  });

  it('a top bar survives a page that rewrites its body while parsing, still without a shift', async () => {
    await countShifts();
    // A slow script in the body: the page (and the bar) are drawn while it loads, then it
    // replaces the body, bar included. The new body starts as the old one did (a first child with
    // other margins moves <body> itself, with or without us) and has no privacy-choices link (that
    // draws at DOMContentLoaded and may push down what follows).
    const rewritten = '<p>Rewritten</p><main><p>The page drew its own body.</p></main>';
    await page.route('**/rewrite.js', async (route) => {
      await new Promise((done) => setTimeout(done, 300));
      await route.fulfill({ contentType: 'text/javascript', body: `document.body.innerHTML = ${JSON.stringify(rewritten)};` });
    });
    await open({ config: { ...CONFIG, ui: { position: 'top' } }, body: '<p>Loading</p><script src="/rewrite.js"></script><p>more</p>' });
    await page.waitForFunction(() => document.querySelector('body > p')?.textContent === 'Rewritten');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.body.firstElementChild!.tagName)).toBe('CONSENTGATE-UI');
    const seen = await topBar();
    expect(seen.cls).toBe(0);
    expect(seen.first).toBeGreaterThanOrEqual(seen.bar);
  });

  it('a top bar that arrives after the first frame covers the top rather than shift the page', async () => {
    await countShifts();
    // Loaded at the end of <body>: the page may already be on screen.
    const html = uiPage({ config: { ...CONFIG, ui: { position: 'top' } } }).replace(/(<script src=[^>]*><\/script>)([\s\S]*)<\/body>/, '$2$1</body>');
    await page.goto(suite.site.page(`/ui/${++pages}`, html));
    await page.waitForSelector('consentgate-ui > button');
    await page.waitForTimeout(300);
    const seen = await topBar();
    expect(seen.cls).toBe(0);
    expect(seen.padding).toBeGreaterThanOrEqual(seen.bar);
  });

  it("adds its room to the page's own padding and scroll-padding on <html> instead of replacing them", async () => {
    // A page with a sticky header keeps focus clear of it with scroll-padding-top, and pads its
    // own end; the banner's room comes on top of both, and goes with the banner.
    const head = '<style>html{padding-top:30px;padding-bottom:40px;scroll-padding-top:50px}</style>';
    const html = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.documentElement);
        const frame = document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('.f');
        return {
          room: frame ? (frame as HTMLElement).offsetHeight + 8 : 0,
          values: [s.paddingTop, s.paddingBottom, s.scrollPaddingTop, s.scrollPaddingBottom].map(parseFloat),
        };
      });

    await open({ head });
    await page.waitForTimeout(300);
    const bottom = await html();
    expect(bottom.room).toBeGreaterThan(40);
    expect(bottom.values).toEqual([30, 40 + bottom.room, 50, bottom.room]);
    await button('Reject all').click();
    await page.waitForTimeout(300);
    expect((await html()).values.slice(0, 3)).toEqual([30, 40, 50]);

    await page.context().clearCookies();
    await open({ head, config: { ...CONFIG, ui: { position: 'top' } } });
    await page.waitForTimeout(300);
    const top = await html();
    expect(top.values.slice(0, 3)).toEqual([30 + top.room, 40, 50 + top.room]);
  });

  it('fits a 320 px wide screen without horizontal scrolling, and leaves most of a 400% zoom viewport free', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const name of ['Accept all', 'Reject all', 'Customise']) {
      const box = (await button(name).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await openDialog();
    expect(await page.evaluate(() => {
      const d = document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('dialog')!;
      return d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().right <= 320;
    })).toBe(true);

    // 1280 x 720 at 400% zoom is 320 x 180 CSS pixels.
    await page.setViewportSize({ width: 320, height: 180 });
    await page.keyboard.press('Escape');
    const height = await page.evaluate(() => document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('.f')!.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(180 * 0.6 + 1);
  });

  it('keeps focused page content clear of the bar (WCAG 2.4.11)', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<p><a href="#l${i}">Link ${i}</a></p>`).join('');
    await open({ body: `<main><h1>Links</h1>${links}</main>` });
    const bannerTop = await page.evaluate(() => document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('.f')!.getBoundingClientRect().top);
    await tabTo(page, (f) => f.text === 'Customise');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate((top) => {
        const r = document.activeElement!.getBoundingClientRect();
        return r.top >= top;
      }, bannerTop);
      expect(hidden, `link ${i} is under the banner`).toBe(false);
    }
  });
});

describe('keyboard only', () => {
  it('reaches the banner within three Tab presses and accepts with Enter', async () => {
    await open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Accept all');
    await page.keyboard.press('Enter');
    expect((await uiState(page)).record?.method).toBe('accept-all');
  });

  it('rejects with Space', async () => {
    await open();
    await tabTo(page, (f) => f.text === 'Reject all', { max: 3 });
    await page.keyboard.press('Space');
    expect((await uiState(page)).record?.method).toBe('reject-all');
  });

  it('customises and saves: focus moves into the dialog and stays there; Escape closes it and returns focus', async () => {
    await open();
    await tabTo(page, (f) => f.text === 'Customise', { max: 4 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.d[open]');
    const first = await focused(page);
    expect(first.inShadow).toBe(true);
    expect(first.label).toBe('Close');

    // Shift+Tab from the first control wraps to the last, Tab wraps back.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Save choices');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Close');

    // Escape closes without deciding and gives focus back to Customise.
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.d').count()).toBe(0);
    expect((await focused(page)).text).toBe('Customise');
    expect((await uiState(page)).needsDecision).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.d[open]');
    const sw = await tabTo(page, (f) => f.role === 'switch' && f.labelledBy === 'Analytics');
    expect(sw.inShadow).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.text === 'Save choices');
    await page.keyboard.press('Enter');
    const state = await uiState(page);
    expect(state.record?.method).toBe('custom');
    expect(state.categories.analytics!.granted).toBe(true);
    expect(state.categories.advertising!.granted).toBe(false);
    expect(await page.locator('dialog.d').count()).toBe(0);
  });

  it('opens the dialog from the page\'s own control, and Escape returns focus to it', async () => {
    await open({ body: `${ARTICLE}<p><button data-consentgate="open-preferences">Cookie settings</button></p>` });
    await button('Reject all').click();
    await page.locator('button[data-consentgate]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.d[open]');
    expect(await page.locator('dialog.d [role=switch][aria-checked=true]').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect((await focused(page)).text).toBe('Cookie settings');
  });
});
