// The script-tag composition root: reads the page's config, starts the manager and puts the
// API on `window.consentgate`. Nothing imports this file.
import { answerFrames, browserEnv, frameOrigins, inCrossOriginFrame, syncAcrossTabs } from '../browser';
import { createManager } from '../core';
import { createGate } from '../gate';
import { googleConsentMode, sendReceipts, vendorConsent } from '../integrations';
import { mountUi } from '../ui';
import { frameStorage } from '../storage';
import type { Config, ConsentManager, GateOptions } from '../types';
import { VERSION } from '../utils/version';
import { readConfig } from './read-config';
import { replayQueue } from './replay-queue';

type Stub = { q?: unknown[] };
// A registry symbol, not a property name: minifiers leave it alone, and two different builds
// of the bundle on one page still recognise each other.
const INSTALLED = Symbol.for('consentgate.manager');
type Installed = ConsentManager & { version: string; showPreferences(): void; [INSTALLED]?: true };

function start(): void {
  const existing = (window as { consentgate?: Partial<Installed> & Stub }).consentgate;
  // Loaded twice: the first manager stays the only one.
  if (existing && existing[INSTALLED]) return;

  const config = readConfig(document, document.currentScript);
  // In a frame of another site, the record is the top page's, asked for by postMessage: a
  // third-party cookie would be blocked or partitioned. Until the top answers, nothing is stored.
  const frame = inCrossOriginFrame() ? frameStorage(window.top!) : null;
  const manager = createManager(config, frame ? { ...browserEnv(), storage: frame } : browserEnv());
  frame?.onChange(() => manager.refresh());
  // Consent Mode's default must be the first dataLayer entry, pushed before the gate can release
  // any Google tag; the dataLayer event, vendor calls and receipts then follow every decision.
  const options: Config = typeof config === 'object' && config !== null ? config : {};
  const { gateHosts } = googleConsentMode(manager, options);
  vendorConsent(manager, options.vendors);
  sendReceipts(manager, options.receipts);
  // Started before anything else can run: trackers the page adds from here on are caught. In a
  // `consentMode.advanced` region the Google tag hosts join `firstParty`; an invalid `firstParty`
  // is left as it is, so the gate still reports it and locks.
  const gate: GateOptions = { ...(config as { gate?: GateOptions }).gate };
  if (gateHosts.length && (gate.firstParty === undefined || Array.isArray(gate.firstParty))) {
    gate.firstParty = [...(gate.firstParty ?? []), ...gateHosts];
  }
  createGate(manager, { ...gate, document });
  // The visitor's UI (banner, preferences, privacy-choices links), mounted once the DOM is ready;
  // language files and the fallback stylesheet load from beside this script, with its nonce.
  const ui = mountUi(manager, options.ui, document.currentScript);
  const api: Installed = Object.assign(manager, {
    version: VERSION,
    showPreferences: ui.showPreferences,
    [INSTALLED]: true as const,
  });
  manager.on('change', (event) => {
    document.dispatchEvent(new CustomEvent('consentgate:change', { detail: event.state }));
  });
  manager.on('error', ({ message, cause }) => console.error(message, cause ?? ''));
  syncAcrossTabs(manager);
  if (window.top === window) {
    // The top page answers its frames: reads from any, writes only from `frames.origins`.
    const frames = frameOrigins((config as { frames?: unknown }).frames);
    for (const error of frames.errors) console.error(error);
    answerFrames(manager, { origins: frames.origins });
  }
  (window as { consentgate?: unknown }).consentgate = api;
  replayQueue(existing?.q, api, (message) => console.error(message));
}

try {
  start();
} catch (cause) {
  // Never take the host page down; with no manager nothing gated is ever released.
  console.error('consentgate: could not start', cause);
}
