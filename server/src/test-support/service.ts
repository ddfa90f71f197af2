// An HTTP service on 127.0.0.1 over a test store, and a small client for it.
import { listen } from '../http/app.js';
import type { Store } from '../store.js';

export const SITE = 'https://shop.example';
export const TOKEN = 'test-admin-token-0123456789';

export async function serve(store: Store, options: { ratePerMinute?: number; adminToken?: string | undefined; origins?: string[] } = {}) {
  const server = await listen(store, {
    port: 0,
    host: '127.0.0.1',
    origins: options.origins ?? [SITE, 'https://news.example'],
    adminToken: 'adminToken' in options ? options.adminToken : TOKEN,
    retentionDays: 760,
    ratePerMinute: options.ratePerMinute ?? 100_000,
  });
  const request = (path: string, init: RequestInit = {}) => fetch(server.url + path, init);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request('/v1/receipts', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      // An empty value leaves the header out (a request from a server, not a browser).
      headers: Object.fromEntries(Object.entries({ 'content-type': 'text/plain;charset=UTF-8', origin: SITE, ...headers }).filter(([, v]) => v !== '')),
    });
  const admin = (path: string) => request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { ...server, request, post, admin };
}
