// The consent cookie in real Chromium: a decision survives a reload, a new policy revision
// asks again, and a damaged cookie is treated as no decision at all.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConsentManager, ConsentState } from '../../src/types';
import { consentPage } from './support/site';
import { chromiumSuite } from './support/suite';

type W = { consentgate: ConsentManager };

const state = (page: Page): Promise<ConsentState> => page.evaluate(() => (window as unknown as W).consentgate.state());
const DAY_S = 86_400;

describe('the consent record in Chromium', () => {
  const suite = chromiumSuite();

  const consentCookie = async (name = 'consentgate') =>
    (await suite.browser.context.cookies(suite.site.url)).find((cookie) => cookie.name === name);

  it('keeps a stored choice across a reload', async () => {
    const { site, page, errors } = suite;
    const url = site.page('/record/choice', consentPage({ config: { regime: 'opt-in' } }));
    await page.goto(url);
    const before = await state(page);
    expect(before.needsDecision).toBe(true);
    expect(before.categories.analytics).toEqual({ granted: false, reason: 'default' });

    await page.evaluate(() => (window as unknown as W).consentgate.set({ analytics: true }, undefined, 'custom'));
    await page.reload();

    const after = await state(page);
    expect(after.needsDecision).toBe(false);
    expect(after.categories.analytics).toEqual({ granted: true, reason: 'choice' });
    // What was not chosen stays refused, now as part of the choice.
    expect(after.categories.advertising).toEqual({ granted: false, reason: 'choice' });
    expect(after.record?.method).toBe('custom');
    expect(after.persisted).toBe(true);

    expect(await page.evaluate(() => document.cookie)).toMatch(/(^|; )consentgate=1~/);
    const cookie = await consentCookie();
    expect(cookie).toBeDefined();
    expect(cookie!.name.length + 1 + cookie!.value.length).toBeLessThan(400);
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.path).toBe('/');
    // Default lifetime: 182 days.
    const days = (cookie!.expires - Date.now() / 1000) / DAY_S;
    expect(days).toBeGreaterThan(181);
    expect(days).toBeLessThanOrEqual(182.01);
    expect(errors).toEqual([]);
  });

  it('keeps accept-all across a reload', async () => {
    const { site, page } = suite;
    const url = site.page('/record/accept', consentPage({ config: { regime: 'opt-in' } }));
    await page.goto(url);
    await page.evaluate(() => (window as unknown as W).consentgate.acceptAll());
    await page.reload();
    const after = await state(page);
    expect(after.needsDecision).toBe(false);
    for (const [id, grant] of Object.entries(after.categories)) {
      expect(grant, id).toEqual(id === 'necessary' ? { granted: true, reason: 'necessary' } : { granted: true, reason: 'choice' });
    }
    expect(after.record?.method).toBe('accept-all');
  });

  it('asks again after the policy revision is bumped', async () => {
    const { site, page } = suite;
    const v1 = site.page('/record/rev1', consentPage({ config: { regime: 'opt-in' } }));
    const v2 = site.page('/record/rev2', consentPage({ config: { regime: 'opt-in', revision: 2 } }));
    await page.goto(v1);
    await page.evaluate(() => (window as unknown as W).consentgate.acceptAll());
    await page.goto(v1);
    expect((await state(page)).categories.analytics).toEqual({ granted: true, reason: 'choice' });

    await page.goto(v2);
    const asked = await state(page);
    expect(asked.needsDecision).toBe(true);
    expect(asked.record).toBeNull();
    expect(asked.categories.analytics).toEqual({ granted: false, reason: 'default' });
    expect(asked.categories.advertising).toEqual({ granted: false, reason: 'default' });

    // Deciding again under revision 2 sticks.
    await page.evaluate(() => (window as unknown as W).consentgate.rejectAll());
    await page.reload();
    const decided = await state(page);
    expect(decided.needsDecision).toBe(false);
    expect(decided.record?.revision).toBe('2');
    expect(decided.categories.analytics).toEqual({ granted: false, reason: 'choice' });
  });

  it('reads a damaged cookie as no decision, and the page keeps working', async () => {
    const { site, browser, page, errors } = suite;
    const url = site.page('/record/corrupt', consentPage({ config: { regime: 'opt-in' } }));
    await page.goto(url);
    await page.evaluate(() => (window as unknown as W).consentgate.acceptAll());
    const good = (await consentCookie())!.value;
    const fields = good.split('~');
    const damaged = {
      garbage: 'not-a-consent-record',
      'bad percent-encoding': '%E0%A4%A',
      truncated: good.slice(0, good.length - 12),
      'extra field': `${good}~x`,
      'other schema version': ['2', ...fields.slice(1)].join('~'),
      'unknown method letter': [...fields.slice(0, 6), 'z', ...fields.slice(7)].join('~'),
      'updated before created': [...fields.slice(0, 4), 'zzzzzz', '1', ...fields.slice(6)].join('~'),
    };
    expect(new Set(Object.values(damaged)).size).toBe(Object.keys(damaged).length);

    for (const [label, value] of Object.entries(damaged)) {
      await browser.context.clearCookies();
      await browser.context.addCookies([{ name: 'consentgate', value, url: site.url }]);
      await page.goto(url);
      const read = await state(page);
      expect(read.record, label).toBeNull();
      expect(read.needsDecision, label).toBe(true);
      for (const [id, grant] of Object.entries(read.categories)) {
        expect(grant.granted, `${label}: ${id}`).toBe(id === 'necessary');
      }
    }
    expect(errors).toEqual([]);

    // A decision made now replaces the damaged value with a good one.
    await page.evaluate(() => (window as unknown as W).consentgate.set({ analytics: true }));
    await page.reload();
    const fixed = await state(page);
    expect(fixed.needsDecision).toBe(false);
    expect(fixed.categories.analytics).toEqual({ granted: true, reason: 'choice' });
    expect((await consentCookie())!.value).toMatch(/^1~/);
  });
});
