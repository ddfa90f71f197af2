// Test support for the integrations (kept out of the build: tsconfig.build.json leaves testing.ts
// files out): the environment a manager runs on in their tests, with the record held in memory.
import type { Env } from '../types';

export interface TestEnvOptions {
  gpc?: boolean;
  dnt?: string;
  /** Where the record is kept; pass one object to share it between managers. */
  values?: Record<string, string>;
  /** The fixed time, in ms. */
  now?: number;
}

export function testEnv({ gpc, dnt, values = {}, now = Date.UTC(2026, 0, 15) }: TestEnvOptions = {}): Env {
  return {
    storage: { read: (n) => values[n], write: (n, v) => ((values[n] = v), true), remove: (n) => void delete values[n] },
    signals: { navigator: { globalPrivacyControl: gpc, doNotTrack: dnt ?? null } },
    clock: () => now,
    random: (bytes) => bytes.fill(7),
    timeZone: () => undefined,
  };
}
