// Helpers for the UI's real-browser tests: pages in any language, axe-core, and where focus is.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface UiPageOptions {
  config?: unknown;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** A nonce for our script tag (pair it with a CSP header). */
  nonce?: string;
  head?: string;
  body?: string;
}

/** An ordinary article page that loads the script-tag bundle with an inline config. */
export function uiPage({ config = {}, lang = 'en', dir, nonce, head = '', body = ARTICLE }: UiPageOptions = {}): string {
  return `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>UI test page</title>
<script type="application/json" id="consentgate-config">${JSON.stringify(config)}</script>
<script src="/dist/consentgate.js"${nonce ? ` nonce="${nonce}"` : ''}></script>
${head}
</head><body>${body}</body></html>`;
}

export const ARTICLE = `<header><nav aria-label="Main"><a href="#a">Home</a> <a href="#b">News</a> <a href="#c">About</a></nav></header>
<main><h1>The quarterly report on regional rainfall</h1>
<p>${'Rainfall in the region was above the long-term average for most of the quarter, with the wettest weeks in the middle of the period. '.repeat(6)}</p>
<p>${'Reservoir levels recovered and the drought warnings issued in spring were withdrawn by the end of the quarter. '.repeat(6)}</p>
</main>
<footer><p><span data-consentgate="privacy-choices"></span></p></footer>`;

export const CONFIG = {
  region: 'DE',
  privacyPolicyUrl: '/privacy',
  categories: [
    { id: 'functional' },
    {
      id: 'analytics',
      services: [
        {
          id: 'ga',
          name: 'Google Analytics',
          provider: 'Google Ireland Ltd',
          purpose: 'Counts visits and measures how the site is used.',
          privacyPolicyUrl: 'https://policies.google.com/privacy',
          cookies: [
            { name: '_ga', expiry: '2 years', description: 'Tells visitors apart.' },
            { name: '_gid', expiry: '24 hours', description: 'Tells visitors apart.' },
          ],
        },
      ],
    },
    {
      id: 'advertising',
      services: [
        {
          id: 'meta',
          name: 'Meta Pixel',
          provider: 'Meta Platforms Ireland Ltd',
          purpose: 'Measures ad campaigns.',
          privacyPolicyUrl: 'https://www.facebook.com/privacy/policy',
          cookies: [{ name: '_fbp', expiry: '3 months', description: 'Identifies browsers for ads.' }],
        },
      ],
    },
    { id: 'social' },
  ],
};

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page: WCAG 2.0–2.2 A and AA, with target-size switched on. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    }));
  }, include);
}

export interface Focused {
  tag: string;
  text: string;
  label: string | null;
  role: string | null;
  /** The text of the element that names it through aria-labelledby. */
  labelledBy: string | null;
  inShadow: boolean;
}

/** The focused element, looking into shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let root: Document | ShadowRoot = document;
    while (el?.shadowRoot?.activeElement) {
      root = el.shadowRoot;
      el = el.shadowRoot.activeElement;
    }
    const by = el?.getAttribute('aria-labelledby');
    return {
      tag: el?.tagName ?? '',
      text: (el?.textContent ?? '').trim(),
      label: el?.getAttribute('aria-label') ?? null,
      role: el?.getAttribute('role') ?? null,
      labelledBy: by ? (root.getElementById(by)?.textContent ?? null) : null,
      inShadow: root !== document,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, { back = false, max = 40 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`focus never reached the element after ${max} presses`);
}

/** The manager's state as the page sees it. */
export function uiState(page: Page): Promise<{ needsDecision: boolean; record: { method: string } | null; categories: Record<string, { granted: boolean; reason: string }> }> {
  return page.evaluate(() => (window as unknown as { consentgate: { state(): never } }).consentgate.state());
}
