// While a page may sit in the back/forward cache its channel is closed (a message would evict
// it from Chromium's cache); on restore it opens again and the decision is re-read.
import { afterEach, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory';
import type { Unsubscribe } from '../types';
import { createConsent } from './create-consent';
import { syncAcrossTabs } from './tab-sync';

const stops: Unsubscribe[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('closes the channel on a cacheable pagehide, re-reads and listens again on pageshow', async () => {
  const storage = memoryStorage();
  const cached = createConsent({}, { storage });
  const other = createConsent({}, { storage });
  stops.push(syncAcrossTabs(cached), syncAcrossTabs(other));

  dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
  other.acceptAll();
  await settle();
  expect(cached.get('analytics')).toBe(false); // frozen: heard nothing

  dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  expect(cached.get('analytics')).toBe(true); // re-read on restore

  other.set({ analytics: false });
  await settle();
  expect(cached.get('analytics')).toBe(false); // listening again
});

it('keeps listening after a pagehide that is not cacheable (the page is going away)', async () => {
  const storage = memoryStorage();
  const page = createConsent({}, { storage });
  const other = createConsent({}, { storage });
  stops.push(syncAcrossTabs(page), syncAcrossTabs(other));
  dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  other.acceptAll();
  await settle();
  expect(page.get('analytics')).toBe(true);
});
