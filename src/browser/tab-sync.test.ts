import { afterEach, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory';
import type { Unsubscribe } from '../types';
import { createConsent } from './create-consent';
import { syncAcrossTabs } from './tab-sync';

const stops: Unsubscribe[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('brings another tab onto the same decision, withdrawal included, without echoing back', async () => {
  const storage = memoryStorage();
  const tabA = createConsent({}, { storage });
  const tabB = createConsent({}, { storage });
  stops.push(syncAcrossTabs(tabA), syncAcrossTabs(tabB));
  let changesInA = 0;
  tabA.on('change', () => changesInA++);

  tabA.acceptAll();
  await settle();
  expect(tabB.get('analytics')).toBe(true);

  tabA.set({ analytics: false });
  await settle();
  expect(tabB.get('analytics')).toBe(false);
  expect(changesInA).toBe(2);
});

it('re-reads when the page is restored from the back/forward cache', () => {
  const storage = memoryStorage();
  const page = createConsent({}, { storage });
  stops.push(syncAcrossTabs(page));
  createConsent({}, { storage }).acceptAll();
  dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
  expect(page.get('analytics')).toBe(false);
  dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  expect(page.get('analytics')).toBe(true);
});
