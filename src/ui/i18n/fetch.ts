import { trusted } from '../../utils/trusted-types';

/** The event a language file fires on its own script element (see rollup.config.mjs). */
export const LANGUAGE_EVENT = 'consentgate:i18n';

/**
 * Fetches dist/i18n/<language>.js from beside our own script, with our script's nonce so a
 * strict CSP still allows it, and resolves with its texts as the file hands them over: a list in
 * the order of the English keys (undefined when it could not be loaded). With `hold` (ms), the
 * page's first frame waits up to that long for the file (blocking=render, which browsers honour
 * only while <body> is not parsed yet): a top bar can then take its room in the page's language
 * before anything is drawn. No English here: consentgate.js starts this while the UI chunk is on
 * its way, so the two load side by side.
 */
export function fetchLanguage(language: string, base: string, nonce?: string, hold?: number | false): Promise<string[] | undefined> {
  return new Promise((done) => {
    const script = document.createElement('script');
    // Through our Trusted Types policy: a strict CSP refuses a plain string here.
    script.src = trusted(window)._scriptUrl(`${base}i18n/${language}.js`);
    if (nonce) script.nonce = nonce;
    if (hold) {
      script.blocking = 'render';
      setTimeout(() => (script.blocking = ''), hold);
    }
    script.addEventListener(LANGUAGE_EVENT, (event) => done((event as CustomEvent<string[]>).detail));
    // load fires after the file ran (and so after its event): resolving twice changes nothing.
    script.onload = script.onerror = () => done(undefined);
    document.head.appendChild(script);
  });
}
