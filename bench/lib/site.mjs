// The bench site on 127.0.0.1 (gzip, no-store): the shared article page filled in per
// contender, the contenders' own files, the gated stand-ins and /pixel.gif.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { send, startStaticServer } from '../../scripts/static-server.mjs';

const TEMPLATE = 'bench/pages/article.html';
// The smallest transparent GIF, the body real tracking pixels answer with.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PRIVACY = '<!doctype html><title>Privacy</title><h1>Privacy policy</h1><p>Stand-in page.</p>';

/**
 * Copies dist/ to a temporary folder so that one run measures one bundle, even when someone
 * runs `npm run build` (which deletes dist/ first) during the run. Waits for a missing bundle.
 */
export async function snapshotDist({ waitMs = 120_000 } = {}) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (existsSync('dist/consentgate.js')) {
      const dir = mkdtempSync(join(tmpdir(), 'consentgate-bench-'));
      try {
        // The script-tag bundle and what it may load from beside itself (fallback stylesheet,
        // language files); not the ESM build or the type declarations.
        cpSync('dist', dir, { recursive: true, filter: (src) => !/[\\/](esm|types)$/.test(src) });
        if (!existsSync(join(dir, 'consentgate.js'))) throw new Error('dist/consentgate.js vanished while copying');
        return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        if (Date.now() > deadline) throw error; // a rebuild deleted it mid-copy: try again
      }
    } else if (Date.now() > deadline) {
      throw new Error('dist/consentgate.js is missing: run `npm run build` first');
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
}

/** The article page with the contender's markup in its slots (`<!-- bench:name -->`). */
export function buildPage(template, contender) {
  return template.replace(/<!-- bench:([a-z-]+) -->/g, (_, slot) => contender.slots[slot] ?? '');
}

export async function startBenchSite(contenders) {
  const template = readFileSync(TEMPLATE, 'utf8');
  const pages = new Map(contenders.map((c) => [`/page/${c.id}`, Buffer.from(buildPage(template, c))]));
  const mounts = { '/bench/': 'bench/pages' };
  for (const c of contenders) if (c.mount) mounts[c.mount.prefix] = c.mount.dir;

  const { url, close } = await startStaticServer({
    mounts,
    handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (pages.has(path)) send(req, res, 200, 'text/html; charset=utf-8', pages.get(path));
      else if (path === '/pixel.gif') send(req, res, 200, 'image/gif', PIXEL);
      else if (path === '/privacy') send(req, res, 200, 'text/html; charset=utf-8', Buffer.from(PRIVACY));
      else if (path === '/favicon.ico') res.writeHead(204).end();
      else return false;
      return true;
    },
  });
  return { url, pageUrl: (c) => `${url}/page/${c.id}`, close };
}
