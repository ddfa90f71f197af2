// The embed placeholder on phones: it grows to hold its content at every width down to 320 px
// (an embed's width and height give it a shape, never a cap), its buttons' labels wrap inside
// them, and the held element under it stays hidden whatever the site's own CSS says.
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/suite';

const suite = chromiumSuite();

const CONFIG = {
  regime: 'opt-in',
  categories: [
    { id: 'necessary' },
    {
      id: 'social',
      services: [
        { id: 'x', name: 'X (Twitter) embedded posts and share button', provider: 'X Corp.' },
        { id: 'youtube', name: 'YouTube', provider: 'Google Ireland Limited' },
      ],
    },
  ],
};

// The site's own rules, as themes write them: embeds as blocks, full width.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>placeholder layout</title>
<style>body { margin: 0; padding: 0 16px; font: 18px/1.6 Georgia, serif } .embed iframe { display: block; width: 100%; height: 315px }</style>
<script type="application/json" id="consentgate-config">${JSON.stringify(CONFIG)}</script>
<script src="/dist/consentgate.js"></script>
</head><body>
<p>The shift favours buyers with cash and storage.</p>
<div class="embed"><template data-consent="social" data-service="x" data-consent-embed width="560" height="315"
  data-consent-title="Post on X from @PantryLedger about cocoa futures"><blockquote>post</blockquote></template></div>
<div class="embed"><iframe width="560" height="315" data-consent="social" data-service="youtube"
  data-src="https://www.youtube-nocookie.com/embed/x" title="YouTube video player"></iframe></div>
<p>After the embeds.</p>
</body></html>`;

type Rect = { top: number; bottom: number; left: number; right: number; width: number; height: number };

describe('the embed placeholder on narrow screens', () => {
  for (const width of [320, 375]) {
    it(`holds its title, text and both buttons inside its border at ${width} px, labels wrapped in their buttons`, async () => {
      const { page, site } = suite;
      await page.setViewportSize({ width, height: 800 });
      await page.goto(site.page(`/layout-${width}`, PAGE));
      await page.locator('.consentgate-placeholder').nth(1).waitFor();
      const boxes = await page.evaluate(() => {
        const rect = (el: Element) => el.getBoundingClientRect().toJSON() as Rect;
        return [...document.querySelectorAll('.consentgate-placeholder')].map((box) => ({
          box: rect(box),
          parts: [...box.children].map((part) => {
            // The label's own lines, not the button's box: a label that overflows shows here.
            const range = document.createRange();
            range.selectNodeContents(part);
            return { name: part.className, rect: rect(part), text: range.getBoundingClientRect().toJSON() as Rect };
          }),
        }));
      });
      expect(boxes).toHaveLength(2);
      for (const { box, parts } of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        for (const { name, rect, text } of parts) {
          expect({ name, inside: rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= box.left && rect.right <= box.right }).toEqual({ name, inside: true });
          expect({ name, label: text.top >= rect.top && text.bottom <= rect.bottom + 0.5 && text.left >= rect.left && text.right <= rect.right + 0.5 }).toEqual({ name, label: true });
        }
      }
      // The long label wraps (more than one line) rather than running out of its button.
      const allow = boxes[0]!.parts.find((p) => p.name === 'consentgate-placeholder-allow')!;
      expect(allow.rect.height).toBeGreaterThan(40);
      // The 560 × 315 embeds keep their shape where they have the room for it: never shorter than 16:9.
      for (const { box } of boxes) expect(box.height).toBeGreaterThanOrEqual(Math.floor((box.width * 315) / 560));
      expect(suite.errors).toEqual([]);
    });
  }

  it('keeps the embed’s own size where its content fits (a desktop)', async () => {
    const { page, site } = suite;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.page('/layout-wide', PAGE));
    await page.locator('.consentgate-placeholder').nth(1).waitFor();
    const sizes = await page.locator('.consentgate-placeholder').evaluateAll((boxes) =>
      boxes.map((box) => [box.getBoundingClientRect().width, box.getBoundingClientRect().height]),
    );
    expect(sizes).toEqual([[560, 315], [560, 315]]);
  });

  it('keeps the held iframe hidden when the site styles embeds as blocks, with no inline style', async () => {
    const { page, site } = suite;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(site.page('/layout-hidden', PAGE));
    await page.locator('.consentgate-placeholder').nth(1).waitFor();
    const iframe = page.locator('iframe[title="YouTube video player"]');
    expect(await iframe.evaluate((el) => [getComputedStyle(el).display, el.getBoundingClientRect().height, el.hasAttribute('style')])).toEqual([
      'none',
      0,
      false,
    ]);
    expect(await page.locator('[style]').count()).toBe(0);
    // Allowed, it shows as the site styles it.
    await page.getByRole('button', { name: 'Allow YouTube' }).click();
    await page.waitForFunction(() => !document.querySelector('iframe')!.hasAttribute('hidden'));
    expect(await iframe.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(315);
  });
});
