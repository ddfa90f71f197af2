import { createManager } from '../core';
import type { Config, ConsentManager, Env } from '../types';
import { browserEnv } from './env';

/**
 * Creates a consent manager for this page. Pass `env` to replace any part of the browser
 * environment, e.g. `{ storage: memoryStorage() }` in tests.
 */
export function createConsent(config: Config = {}, env: Partial<Env> = {}): ConsentManager {
  return createManager(config, { ...browserEnv(), ...env });
}
