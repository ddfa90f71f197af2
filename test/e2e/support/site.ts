// The test site: the built bundle and pages that each test writes, served on 127.0.0.1.
import type { IncomingMessage, ServerResponse } from 'node:http';
// @ts-expect-error: a plain .mjs module shared with `npm start`
import { send, startStaticServer } from '../../../scripts/static-server.mjs';

export interface Site {
  url: string;
  /** Serves `html` at `path` (e.g. "/article") and returns its full URL. */
  page(path: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const { url, close } = await startStaticServer({
    mounts: { '/dist/': 'dist', '/demo/': 'demo' },
    handle(req: IncomingMessage, res: ServerResponse) {
      const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!page) return false;
      send(req, res, 200, 'text/html; charset=utf-8', Buffer.from(page.html), page.headers);
      return true;
    },
  });
  return {
    url,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return url + path;
    },
    close,
  };
}

/** A page that loads the script-tag bundle with an inline config, as a site owner would. */
export function consentPage({ config = {}, head = '', body = '' }: { config?: unknown; head?: string; body?: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>test page</title>
<script type="application/json" id="consentgate-config">${JSON.stringify(config)}</script>
<script src="/dist/consentgate.js"></script>
${head}
</head><body>${body}</body></html>`;
}

/** A page with the frame bridge: the add-on first, then consentgate.js, as the README says. */
export function bridgedPage({ config, body = '' }: { config: unknown; body?: string }): string {
  return consentPage({ config, body }).replace('<script src="/dist/consentgate.js">', '<script src="/dist/consentgate-frames.js"></script>$&');
}
