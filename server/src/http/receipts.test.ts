// POST /v1/receipts and GET /v1/records/{id} over HTTP, on both back ends: what a browser's
// beacon gets back, and every refusal naming its reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS, freshStore } from '../test-support/backends.js';
import { receipt } from '../test-support/receipts.js';
import { serve, SITE } from '../test-support/service.js';
import type { Store } from '../store.js';

describe.each(BACKENDS)('receipts over HTTP on %s', (kind) => {
  let store: Store;
  let service: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    store = await freshStore(kind);
    service = await serve(store);
  });
  afterAll(() => service.close());
  beforeEach(() => store.db.exec('truncate receipts, chain_heads, checkpoints'));

  it('answers 202 { id, seq, hash } for a beacon (text/plain) and for application/json, and keeps both', async () => {
    const a = receipt();
    const b = receipt({ method: 'reject-all', granted: { necessary: true, analytics: false, advertising: false } });
    const first = await service.post(a);
    expect(first.status).toBe(202);
    expect(first.headers.get('access-control-allow-origin')).toBe(SITE);
    const body = (await first.json()) as { id: string; seq: number; hash: string };
    expect(body).toEqual({ id: a.id, seq: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await service.post(b, { 'content-type': 'application/json' })).status).toBe(202);
    const again = await service.post(a);
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual(body);
    expect((await service.post({ ...a, method: 'custom' })).status).toBe(409);
    expect((await store.verify()).entries).toBe(2);
  });

  it("shows a record's receipts, oldest first, to the origins allowed and nobody else", async () => {
    const r = receipt({ time: '2026-12-01T00:00:00.000Z' });
    await service.post({ ...r, time: '2026-12-03T00:00:00.000Z', method: 'reject-all' });
    await service.post(r);
    const res = await service.request(`/v1/records/${r.id}`, { headers: { origin: SITE } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    const { receipts } = (await res.json()) as { receipts: { receipt: { method: string } }[] };
    expect(receipts.map((x) => x.receipt.method)).toEqual(['accept-all', 'reject-all']);
    expect((await service.request(`/v1/records/${r.id}`, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await service.request('/v1/records/nobody-has-this-id')).status).toBe(404);
    expect(await (await service.request('/v1/records/bad%20id')).json()).toMatchObject({ field: 'recordId' });
  });

  const refusals: [string, () => Promise<Response>, number, Record<string, string>][] = [
    ['invalid JSON', () => service.post('{"v":1,'), 400, { field: 'body' }],
    ['a missing field', () => service.post({ ...receipt(), region: undefined }), 400, { field: 'region', error: 'region is required' }],
    ['a wrong type deep inside', () => service.post(receipt({ choices: { categories: { analytics: 'yes' as unknown as boolean }, services: {} } })), 400, { field: 'choices.categories.analytics' }],
    ['a field the schema does not know', () => service.post({ ...receipt(), ip: '203.0.113.9' }), 400, { field: 'ip', error: 'ip is not a receipt field' }],
    ['a URL with a query string', () => service.post(receipt({ url: 'https://shop.example/?email=a@b.c' })), 400, { field: 'url' }],
    ['a page that is not on the web', () => service.post(receipt({ url: 'urn:example:page' }), { origin: '' }), 400, { field: 'url' }],
    ['a decision dated next week', () => service.post(receipt({ time: new Date(Date.now() + 7 * 864e5).toISOString() })), 400, { field: 'time' }],
    ['a body over 16 KiB', () => service.post({ ...receipt(), uiVersion: 'x'.repeat(17_000) }), 413, { field: 'body' }],
    ['a form post', () => service.post(receipt(), { 'content-type': 'application/x-www-form-urlencoded' }), 415, { field: 'content-type' }],
    ['an origin not listed', () => service.post(receipt(), { origin: 'https://evil.example' }), 403, { field: 'origin' }],
    ["another site's receipt", () => service.post(receipt({ url: 'https://news.example/a' })), 403, { field: 'url' }],
    ['a site not listed, sent without Origin', () => service.post(receipt({ url: 'https://other.example/' }), { origin: '' }), 403, { field: 'url' }],
  ];
  it.each(refusals)('refuses %s with a reason, storing nothing', async (_name, send, status, reason) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject(reason);
    expect((await store.verify()).entries).toBe(0);
  });

  it('answers the CORS preflight for allowed origins only', async () => {
    const preflight = (origin: string) =>
      service.request('/v1/receipts', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const ok = await preflight(SITE);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(ok.headers.get('access-control-allow-headers')).toBe('content-type');
    expect((await preflight('https://evil.example')).status).toBe(403);
  });
});

describe('limits and failures', () => {
  it('answers 429 with Retry-After above the per-client rate', async () => {
    const store = await freshStore('pglite');
    const service = await serve(store, { ratePerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await service.post(receipt())).status);
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
      const limited = await service.post(receipt());
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const metrics = await (await service.request('/metrics')).text();
      expect(metrics).toMatch(/consentgate_receipts_refused_total\{reason="rate"\} 3/);
      expect(metrics).toMatch(/consentgate_receipts_accepted_total\{duplicate="false"\} 3/);
    } finally {
      await service.close();
    }
  });

  it('acknowledges nothing when the database fails, and stays up', async () => {
    const store = await freshStore('pglite');
    const broken = { ...store, append: () => Promise.reject(new Error('disk full')), healthy: async () => false };
    const service = await serve(broken);
    try {
      const res = await service.post(receipt());
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect((await service.request('/healthz')).status).toBe(503);
    } finally {
      await service.close();
    }
  });
});
