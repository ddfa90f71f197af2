// The UI's languages, right-to-left layout, strict CSP, the blocking modal, and the US opt-out
// regime with a real Global Privacy Control signal, in Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './support/chromium';
import { chromiumSuite } from './support/suite';
import { ARTICLE, axeViolations, CONFIG, focused, uiPage, uiState, type UiPageOptions } from './support/ui-page';

const suite = chromiumSuite();
/** This test's page, and the paths it requested: the suite opens a fresh one for each test. */
let page: Page;
let requests: string[];
beforeEach(() => {
  ({ page, requests } = suite);
});

let pages = 0;
async function open(options: UiPageOptions = {}, headers?: Record<string, string>, waitFor = 'consentgate-ui > button'): Promise<void> {
  await page.goto(suite.site.page(`/ui-i18n/${++pages}`, uiPage({ config: CONFIG, ...options }), headers));
  await page.waitForSelector(waitFor);
}
const bannerButtons = () => page.$$eval('consentgate-ui > button', (buttons) => buttons.map((b) => b.textContent));

describe('languages', () => {
  it('loads no language file for an English page, and exactly one for a German one', async () => {
    await open({ lang: 'en-GB' });
    expect(await bannerButtons()).toEqual(['Accept all', 'Reject all', 'Customise']);
    expect(requests.filter((path) => path.includes('/i18n/'))).toEqual([]);

    await open({ lang: 'de-AT' });
    expect(await bannerButtons()).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    expect(requests.filter((path) => path.includes('/i18n/'))).toEqual(['/dist/i18n/de.js']);
    expect(await page.getAttribute('consentgate-ui', 'lang')).toBe('de');
  });

  it('names the built-in categories in the page language: dialog and cookie table', async () => {
    await open({ lang: 'de', body: `${ARTICLE}<div data-consentgate="cookie-table"></div>` });
    const names = ['Unbedingt erforderlich', 'Funktional', 'Statistik', 'Werbung', 'Soziale Medien'];
    expect(await page.locator('[data-consentgate=cookie-table] section strong').allTextContents()).toEqual(names);
    await page.locator('consentgate-ui > button', { hasText: 'Anpassen' }).click();
    await page.waitForSelector('dialog.d[open]');
    expect(await page.locator('dialog.d h3').allTextContents()).toEqual(names);
    expect(await page.locator('dialog.d #cg-c2d').textContent()).toBe('Zählt Besuche und misst, wie die Website genutzt wird.');
  });

  it("words the gate's placeholders in the page language, again once a late language file arrives", async () => {
    // The German file is held back: the placeholder is drawn in English first.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/i18n/de.js', async (route) => {
      await held;
      await route.continue();
    });
    const body = '<main><iframe data-consent="social" data-src="https://www.youtube-nocookie.com/embed/x"></iframe></main>';
    await page.goto(suite.site.page(`/ui-i18n/${++pages}`, uiPage({ config: CONFIG, lang: 'de', body })), { waitUntil: 'domcontentloaded' });
    const notice = page.locator('.consentgate-placeholder');
    await notice.waitFor();
    expect(await notice.locator('button').allTextContents()).toEqual(['Allow Social media', 'Privacy settings']);

    release();
    await page.waitForSelector('consentgate-ui > button');
    await expect.poll(() => notice.locator('button').allTextContents()).toEqual(['Soziale Medien erlauben', 'Datenschutz-Einstellungen']);
    expect(await notice.locator('p').allTextContents()).toEqual([
      'Eingebetteter Inhalt von www.youtube-nocookie.com',
      'Blockiert, bis Sie es erlauben, da es Daten mit seinem Anbieter teilt.',
    ]);
    expect(await page.locator('.consentgate-placeholder').count()).toBe(1);
    expect(await page.locator('iframe').getAttribute('hidden')).toBe('');
  });

  it('gives Traditional Chinese to Taiwan and Hong Kong, Simplified to mainland China', async () => {
    for (const [lang, file, accept] of [
      ['zh-TW', 'zh-tw', '全部接受'],
      ['zh-HK', 'zh-tw', '全部接受'],
      ['zh-CN', 'zh', '全部接受'],
    ] as const) {
      requests.length = 0;
      await open({ lang });
      expect(requests.filter((path) => path.includes('/i18n/'))).toEqual([`/dist/i18n/${file}.js`]);
      expect((await bannerButtons())[0]).toBe(accept);
    }
    expect(await bannerButtons()).toEqual(['全部接受', '全部拒绝', '自定义']);
    await open({ lang: 'zh-Hant' });
    expect(await bannerButtons()).toEqual(['全部接受', '全部拒絕', '自訂']);
  });

  it('lays Arabic out right to left, with no accessibility violations', async () => {
    await open({ lang: 'ar', dir: 'rtl' });
    expect(requests.filter((path) => path.includes('/i18n/'))).toEqual(['/dist/i18n/ar.js']);
    expect(await bannerButtons()).toEqual(['قبول الكل', 'رفض الكل', 'تخصيص']);
    const layout = await page.evaluate(() => {
      const host = document.querySelector('consentgate-ui')!;
      const [accept, reject] = [...host.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      return {
        hostDir: host.getAttribute('dir'),
        rootDir: host.shadowRoot!.querySelector('.r')!.getAttribute('dir'),
        direction: getComputedStyle(host.querySelector('p')!).direction,
        acceptRightOfReject: accept!.left > reject!.left,
      };
    });
    expect(layout).toEqual({ hostDir: 'rtl', rootDir: 'rtl', direction: 'rtl', acceptRightOfReject: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works under a strict CSP (no unsafe-inline): styles adopted, the language file allowed by our nonce', async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await open(
      { lang: 'fr', nonce: 'r4nd0m' },
      { 'content-security-policy': "default-src 'none'; script-src 'nonce-r4nd0m'; style-src 'none'; img-src 'self'; connect-src 'self'" },
    );
    expect(await bannerButtons()).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
    const look = await page.evaluate(() => {
      const shadow = document.querySelector('consentgate-ui')!.shadowRoot!;
      return {
        // The first layer's fixed box is our host itself, placed by the adopted sheet's :host rules.
        frame: getComputedStyle(document.querySelector('consentgate-ui')!).position,
        accept: getComputedStyle(document.querySelector('consentgate-ui > button')!).backgroundColor,
        styleElements: document.querySelectorAll('style, [style]').length + shadow.querySelectorAll('style, [style]').length,
        violations: (window as unknown as { violations: string[] }).violations,
      };
    });
    expect(look).toEqual({ frame: 'fixed', accept: 'rgb(26, 86, 219)', styleElements: 0, violations: [] });
  });
});

describe('blocking modal', () => {
  it('traps focus in the first layer and ignores Escape until the visitor decides', async () => {
    await open({ config: { ...CONFIG, ui: { layout: 'modal', block: true } } });
    expect(await page.evaluate(() => document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('dialog')!.matches(':modal'))).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.add((await focused(page)).text);
    }
    expect([...seen].sort()).toEqual(['Accept all', 'Customise', 'Privacy policy', 'Reject all']);
    await page.keyboard.press('Escape');
    expect((await uiState(page)).needsDecision).toBe(true);
    expect(await bannerButtons()).toHaveLength(3);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('US opt-out regime with Global Privacy Control', () => {
  let gpc: Browser;
  beforeAll(async () => {
    gpc = await launchChromium({ gpc: true });
  });
  afterAll(async () => {
    await gpc?.close();
  });

  it('shows no banner, says "Opt-Out Request Honored" and shows the switch opted out', async () => {
    page = await gpc.newPage();
    const US = { ...CONFIG, region: 'US-CA' };
    await page.goto(suite.site.page(`/ui-i18n/${++pages}`, uiPage({ config: US })));
    await page.waitForSelector('[data-consentgate=privacy-choices] a');
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);
    expect(await page.locator('dialog').count()).toBe(0);
    const footer = page.locator('[data-consentgate=privacy-choices]');
    expect(await footer.textContent()).toBe('Your Privacy Choices  Opt-Out Request Honored');
    expect(await footer.locator('svg').getAttribute('aria-label')).toBe('California Consumer Privacy Act (CCPA) Opt-Out Icon');

    await footer.locator('a').click();
    await page.waitForSelector('dialog.d[open]');
    expect(await page.locator('#cg-sale + [role=switch]').getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('dialog.d .c [role=status]').textContent()).toBe('Opt-Out Request Honored');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    // Without a link of the site's own, the floating button is the privacy-choices link.
    page = await gpc.newPage();
    await page.goto(suite.site.page(`/ui-i18n/${++pages}`, uiPage({ config: US, body: ARTICLE.replace(/<footer>.*<\/footer>/, '') })));
    const floating = page.locator('consentgate-ui [part=reopen]');
    await floating.waitFor();
    expect(await floating.textContent()).toBe('Your Privacy Choices Opt-Out Request Honored');
    expect(await axeViolations(page)).toEqual([]);
  });
});
