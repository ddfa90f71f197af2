// An installed Chromium through playwright-core; never a downloaded one. GPC is the browser's own
// feature (`Sec-GPC: 1` and navigator.globalPrivacyControl), so GPC visits get a second browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
// The flags the whole project runs Chromium with: nothing of Chromium's own reaches the network.
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export class MissingBrowserError extends Error {}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new MissingBrowserError(
      `consentgate scan needs Chromium, and there is none at ${path}.\n` +
        `Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.\n` +
        `The scanner never downloads a browser.`,
    );
  }
  return path;
}

export interface Browsers {
  get(gpc: boolean): Promise<Browser>;
  close(): Promise<void>;
}

export function browsers(extraArgs: readonly string[]): Browsers {
  const executablePath = chromiumPath();
  const launched = new Map<boolean, Promise<Browser>>();
  return {
    get(gpc) {
      let browser = launched.get(gpc);
      if (!browser) {
        const args = [...CHROMIUM_FLAGS, ...extraArgs, ...(gpc ? ['--enable-features=GlobalPrivacyControlForce'] : [])];
        browser = chromium.launch({ executablePath, headless: true, args });
        launched.set(gpc, browser);
      }
      return browser;
    },
    async close() {
      await Promise.all([...launched.values()].map((b) => b.then((x) => x.close()).catch(() => {})));
    },
  };
}
