// DuckDuckGo's cookie-popup protection, the real thing: the content script that
// @duckduckgo/autoconsent ships for Playwright, driven over its message protocol the way a
// browser drives it (the page sends `init`, we answer `initResp` with a config and the rule
// bundle; it then reports `cmpDetected`, `popupFound`, `optOutResult`, `autoconsentDone`, and
// answers `selfTest`; its `eval` requests are run in the page). Nothing of its detection is stubbed: it walks the page itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { filterCompactRules } from '@duckduckgo/autoconsent';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('@duckduckgo/autoconsent'));
const CONTENT_SCRIPT = readFileSync(join(DIST, 'autoconsent.playwright.js'), 'utf8');
const COMPACT_RULES = JSON.parse(readFileSync(require.resolve('@duckduckgo/autoconsent/rules/compact-rules.json'), 'utf8'));

export interface AutoconsentMessage {
  type: string;
  cmp?: string;
  result?: boolean;
  [key: string]: unknown;
}

/** What the browser side sees: every message the content script sent, in order. */
export interface Autoconsent {
  messages: AutoconsentMessage[];
  /** Resolves with the first message of that type (rejects after `timeout` ms). */
  next(type: string, timeout?: number): Promise<AutoconsentMessage>;
  /** Asks the content script to check its own work, as the browser does after an opt-out. */
  selfTest(): Promise<AutoconsentMessage>;
}

/**
 * Installs the message channel on `page` before it navigates; call `inject(page)` after
 * `goto(url, { waitUntil: 'commit' })`, as DuckDuckGo's own runner does. The config is the one
 * its apps use for heuristic protection: opt out automatically, heuristic mode "reject" (click
 * a Reject button of a pop-up it finds), with the shipped rules for known CMPs.
 */
export async function autoconsent(page: Page): Promise<Autoconsent & { inject(): Promise<void> }> {
  const messages: AutoconsentMessage[] = [];
  const waiting: Array<() => void> = [];
  let frame: Frame | undefined;
  await page.exposeBinding('autoconsentSendMessage', async ({ frame: from }: { frame: Frame }, message: AutoconsentMessage) => {
    messages.push(message);
    waiting.splice(0).forEach((wake) => wake());
    // Its checks for known CMPs' globals run in the page's own world, through the browser.
    if (message.type === 'eval') {
      const result = await from.evaluate(message.code as string).catch(() => false);
      await from.evaluate(`autoconsentReceiveMessage(${JSON.stringify({ type: 'evalResp', id: message.id, result })})`);
    }
    if (message.type !== 'init' || from.parentFrame()) return;
    frame = from;
    const config = {
      enabled: true,
      autoAction: 'optOut',
      disabledCmps: [],
      enablePrehide: false,
      enableCosmeticRules: true,
      enableHeuristicDetection: true,
      heuristicMode: 'reject',
      detectRetries: 20,
      logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: true, messages: false, waits: false },
    };
    const rules = { compact: filterCompactRules(COMPACT_RULES, { url: from.url(), mainFrame: true }) };
    await from.evaluate(`autoconsentReceiveMessage(${JSON.stringify({ type: 'initResp', config, rules })})`);
  });
  const next = (type: string, timeout = 15_000) =>
    new Promise<AutoconsentMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`autoconsent sent no "${type}"; it sent: ${messages.map((m) => m.type).join(', ')}`)), timeout);
      const look = () => {
        const found = messages.find((m) => m.type === type);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiting.push(look);
      };
      look();
    });
  return {
    messages,
    next,
    inject: async () => {
      await page.evaluate(CONTENT_SCRIPT);
    },
    async selfTest() {
      await frame!.evaluate(`autoconsentReceiveMessage({ type: 'selfTest' })`);
      return next('selfTestResult');
    },
  };
}
