// The HTTP service: routes, CORS, rate limits, admin checks and metrics around the store. No
// request can take it down: every handler's error becomes a 500 for that request alone.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ServiceConfig } from '../config.js';
import type { Store } from '../store.js';
import { bearerOk } from './auth.js';
import { originPolicy } from './cors.js';
import { dashboardRoute } from './dashboard.js';
import { streamExport } from './export.js';
import { rateLimiter } from './limits.js';
import { metrics as createMetrics } from './metrics.js';
import { postReceipt } from './receipts.js';
import { json, problem } from './respond.js';

const RECORD_ID = /^[A-Za-z0-9_-]{8,64}$/;
const openapi = () => readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8');

type Options = Pick<ServiceConfig, 'origins' | 'adminToken' | 'retentionDays' | 'ratePerMinute'>;

export function createApp(store: Store, config: Options) {
  const cors = originPolicy(config.origins);
  const limiter = rateLimiter(config.ratePerMinute);
  const metrics = createMetrics();
  const route = { store, metrics, retentionDays: config.retentionDays, siteAllowed: cors.allowed };

  const admin = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (config.adminToken === undefined) return problem(res, 404, 'admin routes are off: set CONSENTGATE_ADMIN_TOKEN'), false;
    if (!bearerOk(req, config.adminToken))
      return problem(res, 401, 'send Authorization: Bearer <admin token>', 'authorization', { 'www-authenticate': 'Bearer' }), false;
    return true;
  };

  const date = (url: URL, name: string): string | undefined | null => {
    const value = url.searchParams.get(name);
    if (value === null || value === '') return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://service');
    const path = url.pathname;
    if (path.startsWith('/v1/receipts') || path.startsWith('/v1/records/')) {
      const headers = req.method === 'OPTIONS' ? cors.preflight(req) : cors.headers(req);
      if (headers === null) {
        metrics.refused('origin');
        return problem(res, 403, `origin ${req.headers.origin ?? '(none)'} is not allowed`, 'origin');
      }
      if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
      const wait = limiter.take(req.socket.remoteAddress ?? '');
      if (wait > 0) {
        metrics.refused('rate');
        return problem(res, 429, 'too many requests from this client', undefined, { ...headers, 'retry-after': wait });
      }
      if (path === '/v1/receipts' && req.method === 'POST') return postReceipt(req, res, headers, route);
      if (path.startsWith('/v1/records/') && req.method === 'GET') {
        const id = decodeURIComponent(path.slice('/v1/records/'.length));
        if (!RECORD_ID.test(id)) return problem(res, 400, 'recordId must be 8 to 64 letters, digits, _ or -', 'recordId', headers);
        const rows = await store.record(id);
        if (rows.length === 0) return problem(res, 404, 'no receipts are stored for this record', 'recordId', headers);
        const receipts = rows.map((r) => ({ receipt: r.receipt, site: r.site, seq: r.seq, receivedAt: r.receivedAt, hash: r.hash }));
        return json(res, 200, { recordId: id, receipts }, { ...headers, 'referrer-policy': 'no-referrer' });
      }
      return problem(res, 405, `${req.method} is not allowed here`, 'method', headers);
    }
    if (path === '/v1/export' && req.method === 'GET') {
      if (!admin(req, res)) return;
      const format = url.searchParams.get('format') ?? 'ndjson';
      if (format !== 'ndjson' && format !== 'csv') return problem(res, 400, 'format must be ndjson or csv', 'format');
      const from = date(url, 'from');
      const to = date(url, 'to');
      if (from === null) return problem(res, 400, 'from must be a date or date-time', 'from');
      if (to === null) return problem(res, 400, 'to must be a date or date-time', 'to');
      return streamExport(res, store, format, from, to);
    }
    if (path === '/v1/verify' && req.method === 'GET') {
      if (!admin(req, res)) return;
      return json(res, 200, await store.verify());
    }
    if (path === '/v1/openapi.json' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(openapi());
      return;
    }
    if (path === '/healthz') {
      const ok = await store.healthy();
      return json(res, ok ? 200 : 503, { status: ok ? 'ok' : 'storage unavailable', storage: store.db.kind });
    }
    if (path === '/metrics' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics.render(store.db.kind));
      return;
    }
    if (await dashboardRoute(req, res, url, store, config.adminToken)) return;
    problem(res, 404, `nothing at ${path}`);
  }

  return {
    metrics,
    async listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const started = process.hrtime.bigint();
      res.on('finish', () => metrics.observe(Number(process.hrtime.bigint() - started) / 1e9));
      try {
        await handle(req, res);
      } catch (error) {
        console.error('consentgate-server: request failed:', error);
        if (!res.headersSent) problem(res, 500, 'internal error');
        else res.destroy();
      }
    },
  };
}

export function listen(store: Store, config: Options & Pick<ServiceConfig, 'port' | 'host'>): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const app = createApp(store, config);
  const server = createServer((req, res) => void app.listener(req, res));
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nmalformed request');
    else socket.destroy();
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      resolve({ server, url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
