// Launches Debian's Chromium with real privacy signals: GPC through the browser's own feature
// flag, DNT through the profile preference a person would set. Every request that leaves
// 127.0.0.1 is answered by a local stand-in and recorded, so no test reaches the internet.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright adds --headless itself (headless: true); these are the rest of the flags this
// machine needs, since its closed network refuses Chromium's background connections.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Every request made to a host other than 127.0.0.1, in order. */
  thirdPartyRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  gpc?: boolean;
  dnt?: boolean;
  /** Stand-in bodies by URL substring; the default answers 204 with no body. */
  standIns?: Record<string, { contentType: string; body: string }>;
}

export async function launchChromium({ gpc = false, dnt = false, standIns = {} }: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'consentgate-profile-'));
  if (dnt) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ enable_do_not_track: true }));
  }
  const args = [...BASE_ARGS, ...(gpc ? ['--enable-features=GlobalPrivacyControlForce'] : [])];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  const thirdPartyRequests: string[] = [];
  await context.route('**/*', async (route, request: Request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    thirdPartyRequests.push(request.url());
    const match = Object.keys(standIns).find((key) => request.url().includes(key));
    if (match) return route.fulfill({ status: 200, contentType: standIns[match]!.contentType, body: standIns[match]!.body });
    return route.fulfill({ status: 204, body: '' });
  });
  return {
    context,
    newPage: () => context.newPage(),
    thirdPartyRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
