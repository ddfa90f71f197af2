// Admin routes: export (NDJSON and CSV, verifiable offline), verify, the dashboard's sign-in,
// health and metrics; all of it off without a token.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from '../test-support/backends.js';
import { receipt } from '../test-support/receipts.js';
import { serve, SITE, TOKEN } from '../test-support/service.js';
import { verifyExport } from '../verify-file.js';
import type { Store } from '../store.js';

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('admin routes', () => {
  let store: Store;
  let service: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    store = await freshStore('postgres');
    service = await serve(store);
    for (const method of ['accept-all', 'reject-all', 'custom', 'gpc'] as const)
      for (let i = 0; i < 3; i++)
        await service.post(receipt({ method, signals: { gpc: method === 'gpc', dnt: false }, region: i ? 'DE' : 'US-CA' }));
    await service.post(receipt({ url: 'https://news.example/' }), { origin: 'https://news.example' });
  });
  afterAll(() => service.close());

  it('refuses export and verify without the token', async () => {
    const res = await service.request('/v1/export');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ field: 'authorization' });
    expect((await service.request('/v1/verify', { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
  });

  it('exports NDJSON that verifies offline, and a tampered export that does not', async () => {
    const text = await (await service.admin('/v1/export')).text();
    const rows = lines(text).map((l) => JSON.parse(l) as { type: string });
    expect(rows.filter((r) => r.type === 'receipt').length).toBe(13);
    expect(rows.filter((r) => r.type === 'head').length).toBe(2);
    expect(await verifyExport(lines(text))).toMatchObject({ ok: true, sites: 2, entries: 13 });
    const edited = text.replace('"reject-all"', '"accept-all"');
    expect((await verifyExport(lines(edited))).problems.join()).toMatch(/was altered/);
    const dropped = lines(text).filter((l) => !l.includes('"seq":12,"receivedAt"'));
    expect((await verifyExport(dropped)).ok).toBe(false);
  });

  it('verifies an export file with `consentgate-server verify`: exit 0 when whole, 1 when edited', async () => {
    const text = await (await service.admin('/v1/export')).text();
    const dir = mkdtempSync(join(tmpdir(), 'consentgate-export-'));
    const cli = (file: string) => spawnSync(process.execPath, [new URL('../../bin/consentgate-server.mjs', import.meta.url).pathname, 'verify', file], { encoding: 'utf8' });
    try {
      writeFileSync(join(dir, 'whole.ndjson'), text);
      writeFileSync(join(dir, 'edited.ndjson'), text.replace('"custom"', '"accept-all"'));
      const whole = cli(join(dir, 'whole.ndjson'));
      expect(whole.status).toBe(0);
      expect(JSON.parse(whole.stdout)).toMatchObject({ ok: true, entries: 13 });
      const edited = cli(join(dir, 'edited.ndjson'));
      expect(edited.status).toBe(1);
      expect(edited.stdout).toMatch(/was altered/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports a time range, and CSV with a row per receipt', async () => {
    const none = await (await service.admin('/v1/export?to=2020-01-01')).text();
    expect(lines(none).filter((l) => l.includes('"type":"receipt"'))).toEqual([]);
    expect(await verifyExport(lines(none))).toMatchObject({ ok: true });
    const csv = lines(await (await service.admin('/v1/export?format=csv')).text());
    expect(csv[0]).toMatch(/^kind,site,seq,received_at,record_id/);
    expect(csv.filter((l) => l.startsWith('receipt,')).length).toBe(13);
    expect(await (await service.admin('/v1/export?from=yesterday')).json()).toMatchObject({ field: 'from' });
  });

  it('verifies every chain, and names the broken one', async () => {
    expect(await (await service.admin('/v1/verify')).json()).toEqual({ ok: true, sites: 2, entries: 13, problems: [] });
    await store.db.exec(`update receipts set body = replace(body, 'US-CA', 'DE') where site = '${SITE}' and seq = 1`);
    const verdict = (await (await service.admin('/v1/verify')).json()) as { ok: boolean; problems: string[] };
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([`${SITE}: entry 1 was altered (its hash does not match its content)`]);
  });

  it('opens the dashboard only through the sign-in form, with an HttpOnly SameSite=Strict cookie', async () => {
    const anonymous = await service.request('/dashboard');
    const signIn = await anonymous.text();
    expect(signIn).toMatch(/<form method="post" action="\/dashboard\/login"/);
    expect(signIn).not.toMatch(/data-figure/);
    const form = (token: string) =>
      service.request('/dashboard/login', { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual' });
    expect((await form('not-the-token')).status).toBe(401);
    const ok = await form(TOKEN);
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const page = await service.request('/dashboard', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toMatch(/data-figure="total">13</);
    expect(html).toMatch(/data-figure="gpc">23.1%</);
    const forged = await service.request('/dashboard', { headers: { cookie: 'consentgate_admin=99999999999999.forged' } });
    expect(await forged.text()).not.toMatch(/data-figure/);
  });

  it('reports health and Prometheus metrics', async () => {
    expect(await (await service.request('/healthz')).json()).toEqual({ status: 'ok', storage: 'postgres' });
    const metrics = await (await service.request('/metrics')).text();
    expect(metrics).toMatch(/consentgate_receipts_accepted_total\{duplicate="false"\} 13/);
    expect(metrics).toMatch(/consentgate_http_request_duration_seconds_bucket\{le="\+Inf"\} \d+/);
  });

  it('turns admin routes and the dashboard off without a token', async () => {
    const off = await serve(store, { adminToken: undefined });
    try {
      expect((await off.admin('/v1/export')).status).toBe(404);
      expect((await off.request('/dashboard')).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
