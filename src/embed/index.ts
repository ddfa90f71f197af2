// The script-tag composition root: reads the page's config, starts the manager and puts the
// API on `window.consentgate`. Nothing imports this file.
import { browserEnv, syncAcrossTabs } from '../browser';
import { createManager } from '../core';
import type { ConsentManager } from '../types';
import { VERSION } from '../utils/version';
import { readConfig } from './read-config';
import { replayQueue } from './replay-queue';

type Stub = { q?: unknown[] };
// A registry symbol, not a property name: minifiers leave it alone, and two different builds
// of the bundle on one page still recognise each other.
const INSTALLED = Symbol.for('consentgate.manager');
type Installed = ConsentManager & { version: string; [INSTALLED]?: true };

function start(): void {
  const existing = (window as { consentgate?: Partial<Installed> & Stub }).consentgate;
  // Loaded twice: the first manager stays the only one.
  if (existing && existing[INSTALLED]) return;

  const manager = createManager(readConfig(document, document.currentScript), browserEnv());
  const api: Installed = Object.assign(manager, { version: VERSION, [INSTALLED]: true as const });
  manager.on('change', (event) => {
    document.dispatchEvent(new CustomEvent('consentgate:change', { detail: event.state }));
  });
  manager.on('error', ({ message, cause }) => console.error(message, cause ?? ''));
  syncAcrossTabs(manager);
  (window as { consentgate?: unknown }).consentgate = api;
  replayQueue(existing?.q, api, (message) => console.error(message));
}

try {
  start();
} catch (cause) {
  // Never take the host page down; with no manager nothing gated is ever released.
  console.error('consentgate: could not start', cause);
}
