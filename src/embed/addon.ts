// What consentgate.js and its script-tag add-ons (consentgate-frames.js, consentgate-receipts.js)
// share on the page. Registry symbols, not property names: minifiers leave them alone, and
// separately built scripts still recognise each other.
import type { Config, ConsentManager, Env } from '../types';

/** Marks the API consentgate.js installed on `window.consentgate`. */
export const INSTALLED = Symbol.for('consentgate.manager');
/**
 * The env hook: `window[ENV_HOOK](env)` is called by consentgate.js with its environment just
 * before it creates the manager, so an add-on included BEFORE consentgate.js may swap or watch
 * the storage. One function; add-ons chain onto it (see `beforeStart`).
 */
export const ENV_HOOK = Symbol.for('consentgate.env');

/** The script-tag add-ons on the page, by name (`frames`, `receipts`): each adds itself as it runs. */
export const ADDONS = Symbol.for('consentgate.addons');

type Stub = ((...args: unknown[]) => void) & { q?: unknown[] };
export type Page = {
  consentgate?: Stub & Partial<ConsentManager> & { [INSTALLED]?: true };
  consentgateConfig?: unknown;
  [ENV_HOOK]?: (env: Env) => void;
  [ADDONS]?: string[];
};

const page = () => window as Page;

/** Tells consentgate.js this add-on is on the page, so its config key is not reported as doing nothing. */
export const announce = (name: string): number => (page()[ADDONS] ??= []).push(name);

/** The page's config where consentgate.js reads it: the inline JSON first, else `window.consentgateConfig`. */
export function pageConfig(): Config {
  let config = page().consentgateConfig;
  try {
    const inline = document.getElementById('consentgate-config');
    if (inline) config = JSON.parse(inline.textContent!);
  } catch {
    // consentgate.js reports the broken JSON and fails closed; the add-on keeps its defaults.
    config = 0;
  }
  return typeof config === 'object' && config !== null ? config : {};
}

/** Hands the manager to `use`: at once if consentgate.js already started, else through its documented queue. */
export function whenStarted(use: (manager: ConsentManager) => void): void {
  const w = page();
  if (w.consentgate?.[INSTALLED]) return use(w.consentgate as ConsentManager);
  w.consentgate ??= function () {
    (w.consentgate!.q ??= []).push(arguments);
  };
  w.consentgate(use);
}

/**
 * Runs `hook` on consentgate.js's environment before the manager exists. False when
 * consentgate.js already started (the add-on came too late). A storage provider passes
 * `first`, so an add-on that only watches the storage sees the provider's, whatever the order
 * the add-ons were included in.
 */
export function beforeStart(hook: (env: Env) => void, first?: boolean): boolean {
  const w = page();
  if (w.consentgate?.[INSTALLED]) return false;
  const previous = w[ENV_HOOK];
  w[ENV_HOOK] = (env) => {
    if (first) hook(env);
    previous?.(env);
    if (!first) hook(env);
  };
  return true;
}
