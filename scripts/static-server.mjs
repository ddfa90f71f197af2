// A small static file server for the demo and the real-browser tests. Binds 127.0.0.1 only,
// and gzips text responses so sizes seen by the browser match what a CDN would send.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ({ '/dist/': 'dist', '/': 'demo' }); `handle(req, res)` may answer first
 * (return true) for routes a test generates. Resolves to { server, url, close }.
 */
export async function startStaticServer({ port = 0, mounts, handle } = {}) {
  const root = resolve('.');
  const server = createServer(async (req, res) => {
    try {
      if (handle && (await handle(req, res))) return;
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
      if (!prefix) return notFound(res);
      const base = resolve(root, mounts[prefix]);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) return notFound(res);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return notFound(res);
      send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { server, url, close: () => new Promise((done) => server.close(done)) };
}

export function send(req, res, status, type, body, headers = {}) {
  const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const compress = accepts && /text|json|javascript|svg/.test(type);
  const payload = compress ? gzipSync(body, { level: 9 }) : body;
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(compress ? { 'content-encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(payload);
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}
