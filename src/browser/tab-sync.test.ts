import { afterEach, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory';
import type { Unsubscribe } from '../types';
import { createConsent } from './create-consent';
import { syncAcrossTabs } from './tab-sync';

const stops: Unsubscribe[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Two tabs on one storage; tab A's channel opens when the test calls `openA` (pass `later` as its `when`). */
function twoTabs() {
  const storage = memoryStorage();
  const tabs = {
    tabA: createConsent({}, { storage }),
    tabB: createConsent({}, { storage }),
    openA: (): void => {},
    later: (open: () => void) => void (tabs.openA = open),
  };
  return tabs;
}

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

it('opens the channel only when `when` says so, then re-reads what another tab decided meanwhile', async () => {
  const tabs = twoTabs();
  const { tabA, tabB } = tabs;
  stops.push(syncAcrossTabs(tabA, tabs.later), syncAcrossTabs(tabB));

  tabB.acceptAll();
  await settle();
  expect(tabA.get('analytics')).toBe(false); // not listening yet
  tabs.openA();
  expect(tabA.get('analytics')).toBe(true); // re-read at once

  // From now on it listens like any tab.
  tabB.set({ analytics: false });
  await settle();
  expect(tabA.get('analytics')).toBe(false);
});

it('announces a change made before its channel opened, once it opens', async () => {
  const tabs = twoTabs();
  const { tabA, tabB } = tabs;
  stops.push(syncAcrossTabs(tabA, tabs.later), syncAcrossTabs(tabB));

  tabA.acceptAll();
  await settle();
  expect(tabB.get('analytics')).toBe(false);
  tabs.openA();
  await settle();
  expect(tabB.get('analytics')).toBe(true);
});

it('neither re-reads nor announces when the deferred open comes after syncing was stopped', () => {
  const tabs = twoTabs();
  const { tabA, tabB } = tabs;
  syncAcrossTabs(tabA, tabs.later)();
  tabB.acceptAll();
  tabs.openA();
  expect(tabA.get('analytics')).toBe(false);
});

it('never opens a channel once syncing was stopped', async () => {
  const tabs = twoTabs();
  const { tabA, tabB } = tabs;
  syncAcrossTabs(tabA, tabs.later)();
  stops.push(syncAcrossTabs(tabB));
  tabs.openA();
  tabB.acceptAll();
  await settle();
  expect(tabA.get('analytics')).toBe(false);
});
