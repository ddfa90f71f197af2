// Serves /dist/ from copies read once per browser: other work rebuilds dist/ (deleted, then
// recreated) while tests run, and a page must not catch it half-way. A file is retried while
// the build is missing; a file the finished build lacks is a real 404.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A file of dist/, waiting out a rebuild in progress; null when the finished build lacks it. */
export async function readDist(file: string): Promise<Buffer | null> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const body = readFileSync(join('dist', file));
      if (body.length > 0) return body;
    } catch {
      if (existsSync('dist/consentgate.js') && existsSync('dist/consentgate.css')) return null;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return null;
}

export async function pinBundle(context: BrowserContext): Promise<void> {
  const cache = new Map<string, Promise<Buffer | null>>();
  await readDist('consentgate.js'); // fail early and clearly without a build
  await context.route(/^http:\/\/[^/]*(127\.0\.0\.1|localhost):\d+\/dist\//, async (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.slice('/dist/'.length));
    if (file.includes('..')) return route.fulfill({ status: 404, body: '' });
    if (!cache.has(file)) cache.set(file, readDist(file));
    const body = await cache.get(file)!;
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
}
