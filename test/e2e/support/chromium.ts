// Launches Debian's Chromium with real privacy signals: GPC through the browser's own feature
// flag, DNT through the profile preference a person would set. Every request that leaves
// 127.0.0.1 is answered by a local stand-in and recorded, so no test reaches the internet.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/chromium.mjs';

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Every request made to a host other than 127.0.0.1, in order. */
  thirdPartyRequests: string[];
  /** The profile directory in use (kept after close() when it was passed in as `profile`). */
  profile: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  gpc?: boolean;
  dnt?: boolean;
  /** Stand-in bodies by URL substring; the default answers 204 with no body. */
  standIns?: Record<string, { contentType: string; body: string }>;
  /**
   * A profile directory to use (see makeProfile). It is not deleted on close, so a later
   * launch with the same directory sees the same cookies, like a person reopening the browser.
   * Without it, each launch gets a fresh profile that close() deletes.
   */
  profile?: string;
  /**
   * Blocks third-party cookies the way the settings page does (`profile.cookie_controls_mode: 1`
   * in the profile's Preferences, beside the DNT preference). Unset leaves the profile as it is.
   */
  blockThirdPartyCookies?: boolean;
  /** Extra command-line flags (e.g. a recording proxy's). */
  args?: string[];
  /** Leave requests to other hosts unrouted, for a proxy to answer and record. */
  unrouted?: boolean;
}

/** A profile directory that outlives a launch, and how to delete it. */
export interface Profile {
  dir: string;
  remove(): void;
}

export function makeProfile(): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'consentgate-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Sets the DNT preference (and, when asked, the third-party cookie control) the way the settings
 * page would; a reused profile is switched both ways.
 */
function writeDntPreference(profile: string, dnt: boolean, blockThirdPartyCookies?: boolean): void {
  const file = join(profile, 'Default', 'Preferences');
  const cookies =
    blockThirdPartyCookies === undefined ? {} : { cookie_controls_mode: blockThirdPartyCookies ? 1 : 0 };
  if (existsSync(file)) {
    let prefs: Record<string, unknown> = {};
    try {
      prefs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      // An unreadable file is replaced, as Chromium itself would.
    }
    const profilePrefs = { ...(prefs.profile as Record<string, unknown> | undefined), ...cookies };
    writeFileSync(file, JSON.stringify({ ...prefs, enable_do_not_track: dnt, ...(blockThirdPartyCookies === undefined ? {} : { profile: profilePrefs }) }));
  } else if (dnt || blockThirdPartyCookies !== undefined) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...(dnt ? { enable_do_not_track: true } : {}), ...(blockThirdPartyCookies === undefined ? {} : { profile: cookies }) }));
  }
}

export async function launchChromium({
  gpc = false,
  dnt = false,
  standIns = {},
  profile: given,
  blockThirdPartyCookies,
  args: extra = [],
  unrouted = false,
}: LaunchOptions = {}): Promise<Browser> {
  const profile = given ?? mkdtempSync(join(tmpdir(), 'consentgate-profile-'));
  if (given) mkdirSync(given, { recursive: true });
  writeDntPreference(profile, dnt, blockThirdPartyCookies);
  const args = [...CHROMIUM_FLAGS, ...(gpc ? ['--enable-features=GlobalPrivacyControlForce'] : []), ...extra];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  const thirdPartyRequests: string[] = [];
  if (!unrouted) await context.route('**/*', async (route, request: Request) => {
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
    profile,
    async close() {
      await context.close();
      if (!given) rmSync(profile, { recursive: true, force: true });
    },
  };
}
