// The script-tag composition root: reads the page's config, starts the manager and puts the
// API on `window.consentgate`. Nothing imports this file. Opt-in features are separate add-ons
// (consentgate-gpp.js, consentgate-frames.js, consentgate-receipts.js; see ./addon.ts).
import { browserEnv, syncAcrossTabs } from '../browser';
import { ADDON_KEYS, createManager } from '../core';
import { createGate } from '../gate';
import { googleConsentMode, vendorConsent } from '../integrations';
import type { Config, GateOptions } from '../types';
import { beforeFrame } from '../utils/frame';
import { VERSION } from '../utils/version';
import { ADDONS, ENV_HOOK, INSTALLED, type Page } from './addon';
import { lazyUi } from './lazy-ui';
import { readConfig } from './read-config';
import { replayQueue } from './replay-queue';

function start(): void {
  const w = window as Page;
  // Loaded twice: the first manager stays the only one.
  if (w.consentgate?.[INSTALLED]) return;
  const script = document.currentScript;
  const config = readConfig(script);
  const options: Config = typeof config === 'object' && config ? config : {};
  const env = browserEnv();
  // Add-ons included before this script adapt the environment here: in a cross-site frame
  // consentgate-frames.js swaps in the top page's record. Without it such a frame keeps its own
  // (often blocked) cookie: a choice there holds for that page alone, nothing is granted without one.
  w[ENV_HOOK]?.(env);
  const manager = createManager(config, env);
  // A feature key only an add-on reads does nothing without it: told once every script the page
  // loads has run (the GPP add-on comes after this one; it is known by the `__gpp` it installs
  // at once, the others add their name to `ADDONS`).
  const addons = () => {
    for (const key of ADDON_KEYS.split(' ')) {
      const addon = key === 'usp' ? 'gpp' : key;
      // `__${addon}`, not '__gpp': the minifier would shorten a name starting with "_".
      if (key in options && !(addon === 'gpp' ? `__${addon}` in w : w[ADDONS]?.includes(addon))) {
        manager._warn({ key, message: `consentgate: "${key}" does nothing without consentgate-${addon}.js on the page` });
      }
    }
  };
  if (document.readyState === 'complete') addons();
  else addEventListener('load', addons);
  // Consent Mode's default must be the first dataLayer entry, pushed before the gate can release
  // any Google tag; the dataLayer event and the vendor calls then follow every decision.
  const gateHosts = googleConsentMode(manager, options).gateHosts;
  vendorConsent(manager, options.vendors);
  // The UI is a chunk loaded from beside this script, with its nonce, only when the page needs it
  // (./lazy-ui.ts); the handle exists at once, so the gate's placeholders speak the UI's language
  // once it has come.
  const src = script instanceof HTMLScriptElement && script.src;
  const ui = lazyUi(manager, options.ui, { base: src ? new URL('.', src).href : undefined, nonce: script?.nonce });
  // Started before any page code can run: trackers the page adds from here on are caught. In a
  // `consentMode.advanced` region the Google tag hosts join `firstParty`; an invalid `firstParty`
  // is left as it is, so the gate still reports it and locks.
  const gate: GateOptions & { document?: Document; _ui?: typeof ui } = { ...options.gate, document, _ui: ui };
  const own = gate.firstParty === undefined ? [] : gate.firstParty;
  if (Array.isArray(own)) gate.firstParty = own.concat(gateHosts);
  createGate(manager, gate);
  const api = Object.assign(manager, {
    version: VERSION,
    showPreferences: ui.showPreferences,
    [INSTALLED]: true as const,
  });
  manager.on('change', (event) => document.dispatchEvent(new CustomEvent('consentgate:change', { detail: event.state })));
  manager.on('error', (event) => console.error(event.message, event.cause ?? ''));
  // Listening to other tabs waits until the page has drawn; within a second in any case (a
  // hidden page, or a frame the browser does not draw, gets no animation frames).
  syncAcrossTabs(manager, (open) => {
    beforeFrame(() => setTimeout(open));
    setTimeout(open, 1e3);
  });
  // The queue is read last: add-ons may have queued calls from inside the env hook.
  const queue = w.consentgate?.q;
  w.consentgate = api as unknown as Page['consentgate'];
  replayQueue(queue, api);
}

try {
  start();
} catch (cause) {
  // Never take the host page down; with no manager nothing gated is ever released.
  console.error('consentgate: could not start', cause);
}
