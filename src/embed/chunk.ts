import { trusted } from '../utils/trusted-types';
import { INTEGRITY } from './integrity';

/** The event a chunk fires on its own script element, with its exports (see ./ui-chunk.ts). */
export const CHUNK_EVENT = 'consentgate:chunk';

/** Where consentgate.js came from: chunks load from beside it, with its nonce. */
export interface Origin {
  /** The folder of consentgate.js, ending in "/". */
  base?: string;
  nonce?: string;
}

/**
 * Loads `file` from beside consentgate.js and resolves with what it exports. Pinned: the build
 * wrote the file's SHA-384 into consentgate.js, so a tampered or stale copy on a CDN is refused
 * by the browser like a missing one. A failure is retried once; then one console error names the
 * file and the promise rejects, leaving the caller to stay closed (nothing is ever granted because
 * a chunk arrived or did not). Without a known base (an inline copy of the script) there is
 * nothing to load from: it rejects at once.
 */
export function loadChunk<T>(file: string, origin: Origin, hold?: number | false): Promise<T> {
  return new Promise((done, fail) => {
    const url = origin.base && new URL(file, origin.base);
    const attempt = (left: number) => {
      if (!url) return fail(Error(`consentgate: no address to load ${file} from`));
      const script = document.createElement('script');
      // Through our Trusted Types policy: a strict CSP refuses a plain string here.
      script.src = trusted(window)._scriptUrl(url.href);
      if (origin.nonce) script.nonce = origin.nonce;
      const hash = INTEGRITY[file];
      if (hash) {
        script.integrity = hash;
        // A copy on another origin (a CDN) is checked only when fetched with CORS.
        if (url.origin !== location.origin) script.crossOrigin = 'anonymous';
      }
      if (hold) {
        // The page's first frame waits up to `hold` ms for the chunk (honoured while <body> is unparsed).
        script.blocking = 'render';
        setTimeout(() => (script.blocking = ''), hold);
      }
      let got = false;
      script.addEventListener(CHUNK_EVENT, (event) => {
        got = true;
        done((event as CustomEvent<T>).detail);
      });
      const failed = () => {
        const error = Error(`consentgate: could not load ${url.href} (missing, blocked or not matching its integrity hash)`);
        console.error(error.message);
        fail(error);
      };
      // load fires after the file ran: a file that ran without handing anything over is not ours.
      script.onload = () => got || failed();
      script.onerror = () => {
        script.remove();
        if (left) attempt(left - 1);
        else failed();
      };
      document.head.appendChild(script);
    };
    attempt(1);
  });
}
