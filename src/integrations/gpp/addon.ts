// dist/consentgate-gpp.js, the script-tag add-on: include it right after consentgate.js, in
// <head>, before any ad script. __gpp exists from the moment it runs; it follows the page's
// consentgate manager as soon as there is one (at once when consentgate.js came first).
import type { Config, ConsentManager } from '../../types';
import { installGpp } from './install';

type Queue = ((...args: unknown[]) => void) & { q?: unknown[] };
// How consentgate.js marks its installed API (a registry symbol survives minification).
const INSTALLED = Symbol.for('consentgate.manager');

/** The page's config, where consentgate.js reads it: the inline JSON first, else `window.consentgateConfig`. */
function pageConfig(): Config {
  const inline = document.getElementById('consentgate-config');
  try {
    if (inline) return JSON.parse(inline.textContent ?? '') as Config;
  } catch {
    // consentgate.js reports the broken JSON; the GPP defaults stand.
  }
  return (window as { consentgateConfig?: Config }).consentgateConfig ?? {};
}

try {
  const config = pageConfig();
  const handle = installGpp(typeof config === 'object' && config ? config : {});
  const w = window as unknown as { consentgate?: Queue & ConsentManager & { [INSTALLED]?: true } };
  if (w.consentgate?.[INSTALLED]) handle.attach(w.consentgate);
  else {
    // consentgate.js is not there yet: its documented queue hands us the manager when it starts.
    w.consentgate ??= function () {
      (w.consentgate!.q ??= []).push(arguments);
    } as Queue & ConsentManager;
    w.consentgate((manager: ConsentManager) => handle.attach(manager));
  }
} catch (cause) {
  console.error('consentgate: the GPP add-on could not start', cause);
}
