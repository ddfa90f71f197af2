// Helpers for the UI's jsdom tests (not part of any bundle): a manager with storage in memory.
import { createManager } from '../core';
import type { ConsentManager, Env } from '../types';

export interface TestManagerOptions {
  gpc?: boolean;
  /** Shared between managers to model a later visit. */
  store?: Record<string, string>;
}

export function testManager(config: unknown = {}, { gpc = false, store = {} }: TestManagerOptions = {}): ConsentManager {
  const env: Env = {
    storage: {
      read: (name) => store[name],
      write: (name, value) => ((store[name] = value), true),
      remove: (name) => void delete store[name],
    },
    signals: { navigator: { globalPrivacyControl: gpc } },
    clock: () => Date.UTC(2026, 0, 15),
    random: (bytes) => bytes.fill(7),
    timeZone: () => 'Europe/Berlin',
  };
  return createManager(config, env);
}

/** Waits for Preact's and the browser's queued work. */
export const tick = (): Promise<void> => new Promise((done) => setTimeout(done, 0));
