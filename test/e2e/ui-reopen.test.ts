// The way back to the preferences, in real Chromium: the floating control stands in for the
// site's own controls, and only for as long as the page lacks them. An embed placeholder's
// "Privacy settings" button is not the site's (it goes once the embed is allowed); in the US
// opt-out regime only a "Your Privacy Choices" element of the site's own counts, and the site
// owner is told to place one.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './support/chromium';
import { chromiumSuite } from './support/suite';
import { ARTICLE, axeViolations, CONFIG, uiPage, uiState } from './support/ui-page';

const suite = chromiumSuite();
let pages = 0;

const NO_FOOTER = ARTICLE.replace(/<footer>.*<\/footer>/, '');
const EMBED = '<iframe data-consent="social" data-src="https://www.youtube-nocookie.com/embed/x" title="Launch video"></iframe>';
const SETTINGS_LINK = '<footer><p><a href="#" data-consentgate="open-preferences">Cookie settings</a></p></footer>';
const US = { ...CONFIG, region: 'US-CA' };

const floating = (page: Page) => page.locator('consentgate-ui [part=reopen]');
const warnings = (page: Page) => {
  const seen: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') seen.push(message.text());
  });
  return seen;
};
async function open(page: Page, body: string, config: unknown = CONFIG, lang = 'en'): Promise<void> {
  await page.goto(suite.site.page(`/reopen/${++pages}`, uiPage({ config, body, lang })));
  await page.waitForLoadState('domcontentloaded');
}

describe('opt-in regime: only the site\'s own controls make the floating control redundant', () => {
  it("a blocked embed's placeholder does not count: the control is there, before and after Accept all", async () => {
    const page = suite.page;
    await open(page, `${NO_FOOTER}${EMBED}`);
    await page.waitForSelector('.consentgate-placeholder-settings');
    await page.locator('consentgate-ui > button', { hasText: 'Accept all' }).click();
    expect(await page.locator('.consentgate-placeholder').count()).toBe(0);
    // The visitor can still withdraw, as easily as they agreed (GDPR Art. 7(3)).
    await floating(page).waitFor();
    expect(await floating(page).textContent()).toBe('Privacy settings');
    await floating(page).click();
    await page.waitForSelector('dialog.d[open]');
    expect(await page.locator('dialog.d [role=switch][aria-checked=true]').count()).toBeGreaterThan(0);
  });

  it('the placeholder\'s own button still opens the preferences', async () => {
    const page = suite.page;
    await open(page, `${NO_FOOTER}${EMBED}`);
    await page.locator('consentgate-ui > button', { hasText: 'Reject all' }).click();
    await page.locator('.consentgate-placeholder-settings').click();
    await page.waitForSelector('dialog.d[open]');
  });

  it('follows the site\'s controls as they come and go', async () => {
    const page = suite.page;
    await open(page, NO_FOOTER);
    await page.locator('consentgate-ui > button', { hasText: 'Reject all' }).click();
    await floating(page).waitFor();

    // A single-page app draws its footer with a settings link: the floating control goes.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), SETTINGS_LINK);
    await floating(page).waitFor({ state: 'detached' });
    // The footer is replaced by one without it: the control comes back.
    await page.evaluate(() => document.querySelector('footer')!.remove());
    await floating(page).waitFor();
    // An element that becomes a control by its attribute counts too.
    await page.evaluate(() => document.querySelector('h1')!.setAttribute('data-consentgate', 'open-preferences'));
    await floating(page).waitFor({ state: 'detached' });
    expect(await uiState(page)).toMatchObject({ needsDecision: false, record: { method: 'reject-all' } });
  });
});

describe('US opt-out regime', () => {
  it('without a privacy-choices element, shows "Your Privacy Choices" with the CPPA icon (a generic settings link does not count), and warns the site owner once', async () => {
    const page = suite.page;
    const warned = warnings(page);
    await open(page, `${NO_FOOTER}${SETTINGS_LINK}`, US);
    await floating(page).waitFor();
    expect(await page.locator('consentgate-ui > button').count()).toBe(0);
    expect(await floating(page).textContent()).toBe('Your Privacy Choices ');
    expect(await floating(page).locator('svg').getAttribute('aria-label')).toBe('California Consumer Privacy Act (CCPA) Opt-Out Icon');
    expect(await axeViolations(page)).toEqual([]);

    await floating(page).click();
    await page.waitForSelector('dialog.d[open]');
    expect(await page.locator('#cg-sale').textContent()).toBe('Sale and sharing of personal information');
    expect(await page.locator('#cg-sale + [role=switch]').getAttribute('aria-checked')).toBe('true');
    expect(warned.filter((w) => w.includes('privacy-choices'))).toHaveLength(1);
    expect(warned[0]).toMatch(/^consentgate: .*data-consentgate=.?privacy-choices.*Your Privacy Choices/);
  });

  it('speaks the page\'s language', async () => {
    const page = suite.page;
    await open(page, `${NO_FOOTER}${SETTINGS_LINK}`, US, 'de');
    await floating(page).waitFor();
    await page.waitForFunction(() => document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('[part=reopen]')!.textContent!.startsWith('Ihre'));
    expect(await floating(page).textContent()).toBe('Ihre Datenschutzoptionen ');
    expect(await floating(page).locator('svg').getAttribute('aria-label')).toBe('Opt-out-Symbol des California Consumer Privacy Act (CCPA)');
  });

  it('a page with its own privacy-choices element keeps it: no floating control, no warning', async () => {
    const page = suite.page;
    const warned = warnings(page);
    await open(page, ARTICLE, US);
    await page.waitForSelector('[data-consentgate=privacy-choices] a');
    await page.waitForTimeout(200);
    expect(await floating(page).count()).toBe(0);
    expect(warned).toEqual([]);
  });

  describe('with Global Privacy Control', () => {
    let gpc: Browser;
    beforeAll(async () => {
      gpc = await launchChromium({ gpc: true });
    });
    afterAll(async () => {
      await gpc?.close();
    });

    it('the control says "Opt-Out Request Honored", and nothing pops up', async () => {
      const page = await gpc.newPage();
      await page.goto(suite.site.page(`/reopen/${++pages}`, uiPage({ config: US, body: `${NO_FOOTER}${SETTINGS_LINK}` })));
      await floating(page).waitFor();
      await page.waitForTimeout(200);
      expect(await floating(page).textContent()).toBe('Your Privacy Choices Opt-Out Request Honored');
      expect(await page.locator('consentgate-ui > button').count()).toBe(0);
      expect(await page.locator('dialog').count()).toBe(0);
      expect((await uiState(page)).categories.advertising).toMatchObject({ granted: false, reason: 'gpc' });
      await page.close();
    });
  });
});
