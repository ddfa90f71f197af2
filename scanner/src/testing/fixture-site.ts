// Test sites on 127.0.0.1: the site's own server, and one stand-in server that answers for
// every other host name. Chromium is told to resolve every name but 127.0.0.1 to the stand-in
// (--host-resolver-rules), so a scan sees real tracker URLs and nothing leaves the machine.
// Trackers' hosts are HSTS-preloaded, so the stand-in speaks TLS (a certificate made for the run;
// the scan is given --ignore-certificate-errors, as a staging site would need).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Servers {
  site: string;
  /** The site's pages and answers by path (a string is served as HTML). */
  pages: Map<string, string | Handler>;
  /** Each request the stand-in answered: "host/path". */
  standInLog: string[];
  /** The flags that map every host name but 127.0.0.1 to the stand-in and accept its certificate. */
  browserArgs: string[];
  close(): Promise<void>;
}

const DIST = new URL('../../../dist/', import.meta.url);
const BUNDLE = new URL('consentgate.js', DIST);
/** consentgate.js and what it loads from beside itself: its UI chunk, add-ons, language files. */
const DIST_FILE = /^\/((?:consentgate[\w-]*|i18n\/[\w-]+)\.js)$/;

/** Stand-in trackers, by host and path: each does what the real one is known to do to a visitor. */
export const STAND_INS: Record<string, string> = {
  'www.google-analytics.com/analytics.js': `document.cookie = '_ga=GA1.1.42.1; path=/; max-age=63072000';
    new Image().src = 'https://www.google-analytics.com/collect?v=1&t=pageview';`,
  'connect.facebook.net/en_US/fbevents.js': `document.cookie = '_fbp=fb.1.42; path=/; max-age=7776000';
    new Image().src = 'https://www.facebook.com/tr?id=1&ev=PageView';`,
  'static.hotjar.com/c/hotjar-1.js': `localStorage.setItem('_hjSessionUser_123', '{"id":"x"}');
    sessionStorage.setItem('_hjSession_123', '{"s":1}');
    indexedDB.open('hotjar-cache');`,
  'cdn.segment.com/analytics.js/v1/k/analytics.min.js': `localStorage.setItem('ajs_anonymous_id', '"42"');`,
  'cdn.widget.example/widget.js': `document.cookie = 'wdgt_state=1; path=/; max-age=600';`,
};

/** The tags that load the stand-ins, as a site pastes them from each vendor. */
export const TRACKER_TAGS = Object.keys(STAND_INS)
  .map((path) => `<script src="https://${path}"></script>`)
  .join('\n');

async function listen(handler: Handler): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A self-signed certificate for the stand-in, made with openssl for this run. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'consentgate-standin-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=stand-in', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stand-in speaks HTTPS only: every tracker URL in the fixtures is https, as on the web. */
async function listenTls(handler: Handler): Promise<{ port: number; close(): Promise<void> }> {
  const server = createTlsServer(certificate(), handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

export async function startServers(): Promise<Servers> {
  if (!existsSync(BUNDLE)) throw new Error('dist/consentgate.js is missing: run `npm run build` at the repository root first');
  const pages = new Map<string, string | Handler>();
  const standInLog: string[] = [];
  const site = await listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = DIST_FILE.exec(path)?.[1];
    if (file && existsSync(new URL(file, DIST))) {
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(new URL(file, DIST)));
    }
    const page = pages.get(path);
    if (typeof page === 'function') return page(req, res);
    if (page === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  const standIn = await listenTls((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    standInLog.push(host + path);
    const body = STAND_INS[host + path];
    if (body !== undefined) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    // Another site's home page, for links and redirects that lead off-site.
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title>');
    res.writeHead(path.endsWith('.js') ? 404 : 204).end();
  });
  return {
    site: `http://127.0.0.1:${site.port}`,
    pages,
    standInLog,
    browserArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${standIn.port}, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
    close: async () => {
      site.server.closeAllConnections();
      await new Promise((r) => site.server.close(r));
      await standIn.close();
    },
  };
}

/**
 * A cookie notice that blocks nothing (the commonest misconfiguration): Accept all and Reject
 * all in an open shadow root, which only remember the answer and hide the notice.
 */
export const NAIVE_BANNER = `<cookie-notice></cookie-notice>
<script>
customElements.define('cookie-notice', class extends HTMLElement {
  connectedCallback() {
    if (/notice_choice=/.test(document.cookie)) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>We use cookies.</p><button id="accept">Accept all</button> <button id="reject">Reject all</button>';
    root.addEventListener('click', (event) => {
      document.cookie = 'notice_choice=' + event.target.id + '; path=/; max-age=86400';
      this.remove();
    });
  }
});
</script>`;

/** A page of the site: consentgate with `config` (when given), then `head`, then `body`. */
export function page({ config, head = '', body = '' }: { config?: unknown; head?: string; body?: string }): string {
  const consentgate =
    config === undefined
      ? ''
      : `<script type="application/json" id="consentgate-config">${JSON.stringify(config)}</script>
<script src="/consentgate.js" data-region="DE"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture</title>
${consentgate}
${head}
</head><body><main style="min-height:1500px">${body}</main></body></html>`;
}
