import { cookieStorage } from '../storage';
import type { Env } from '../types';

/** The live browser: the consent cookie, the real navigator, the secure random source. */
export function browserEnv(): Env {
  return {
    storage: cookieStorage(),
    signals: { navigator: globalThis.navigator, window: globalThis },
    clock: Date.now,
    random: (bytes) => globalThis.crypto.getRandomValues(bytes),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
