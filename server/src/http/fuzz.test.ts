// Fuzzing POST /v1/receipts (fast-check): arbitrary bodies, content types and origins. The
// service never crashes, every refusal is a 4xx with a reason, and a row is stored only for a
// body that is a valid receipt of an allowed site.
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from '../test-support/backends.js';
import { receipt } from '../test-support/receipts.js';
import { serve, SITE } from '../test-support/service.js';
import { checkReceipt } from '../validate.js';
import type { Store } from '../store.js';

function post(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/receipts`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const fields = Object.keys(receipt());
/** A valid receipt with one field replaced, removed, or left alone. */
const mutated = fc.record({
  field: fc.constantFrom(...fields, 'extra'),
  value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ maxLength: 80 })),
  keep: fc.boolean(),
}).map(({ field, value, keep }) => JSON.stringify(keep ? receipt() : { ...receipt(), [field]: value }));

const bodies = fc.oneof(
  mutated,
  fc.json(),
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.nat({ max: 40_000 }).map((n) => JSON.stringify({ ...receipt(), uiVersion: 'x'.repeat(n) })),
);
const types = fc.constantFrom('text/plain;charset=UTF-8', 'application/json', 'TEXT/PLAIN', 'text/html', 'multipart/form-data', '', 'application/json; charset=latin1');
const origins = fc.constantFrom(SITE, 'https://evil.example', 'null', '', 'https://shop.example.evil.example');

describe('fuzzing the receipt endpoint', () => {
  let store: Store;
  let service: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    store = await freshStore('pglite');
    service = await serve(store);
  });
  afterAll(() => service.close());

  it('answers every request with 202 or a 4xx naming a reason, and stores valid receipts only', async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(bodies, types, origins, async (body, type, origin) => {
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (origin) headers.origin = origin;
        const res = await post(service.url, Buffer.from(body, 'latin1'), headers);
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(Buffer.from(body, 'latin1').toString('utf8'));
        } catch {
          /* invalid JSON */
        }
        const valid = checkReceipt(parsed);
        const expectStored =
          valid.ok && ['text/plain', 'application/json'].includes(type.split(';')[0]!.toLowerCase()) &&
          (origin === '' || origin === SITE) && new URL(valid.receipt.url).origin === SITE && body.length <= 16 * 1024;
        if (res.status === 202) stored += 1;
        expect(res.status).toBe(expectStored ? 202 : res.status);
        if (!expectStored) {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect((JSON.parse(res.text) as { error: string }).error).toMatch(/\w/);
        }
      }),
      { numRuns: 300 },
    );
    expect((await service.request('/healthz')).status).toBe(200);
    expect(await store.verify()).toMatchObject({ ok: true, entries: stored });
  });
});
