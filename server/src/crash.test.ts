// kill -9 under load, then a restart on the same data: every receipt that got a 202 is there,
// once, and the chains verify. The service runs as its own process (the built CLI), on PGlite
// in a data directory and on the test Postgres.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { seedPgliteDir } from './test-support/backends.js';
import { receipt } from './test-support/receipts.js';
import { SITE, TOKEN } from './test-support/service.js';

const CLI = new URL('../bin/consentgate-server.mjs', import.meta.url).pathname;

function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, PORT: '0', CONSENTGATE_ORIGINS: SITE, CONSENTGATE_ADMIN_TOKEN: TOKEN, CONSENTGATE_RATE_LIMIT: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening:\n${output}`)));
  });
}

async function crashUnderLoad(env: Record<string, string>) {
  const first = await start(env);
  const acked = new Map<string, string>();
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const r = receipt({ url: `${SITE}/` });
      try {
        const res = await fetch(`${first.url}/v1/receipts`, { method: 'POST', body: JSON.stringify(r), headers: { 'content-type': 'text/plain', origin: SITE } });
        if (res.status === 202) acked.set(r.id, ((await res.json()) as { hash: string }).hash);
      } catch {
        /* the process died mid-request: not acknowledged */
      }
    }
  };
  const workers = Array.from({ length: 8 }, worker);
  while (acked.size < 60) await new Promise((r) => setTimeout(r, 5));
  const exited = new Promise((r) => first.child.once('exit', r));
  first.child.kill('SIGKILL');
  stop = true;
  await Promise.all(workers);
  await exited;

  const second = await start(env);
  try {
    // Eight look-ups at a time, as the load was sent.
    const pending = [...acked];
    const check = async () => {
      for (let next = pending.pop(); next; next = pending.pop()) {
        const [id, hash] = next;
        const res = await fetch(`${second.url}/v1/records/${id}`);
        expect(res.status, `receipt ${id} was acknowledged but is gone`).toBe(200);
        const { receipts } = (await res.json()) as { receipts: { hash: string }[] };
        expect(receipts.map((x) => x.hash)).toEqual([hash]);
      }
    };
    await Promise.all(Array.from({ length: 8 }, check));
    const verdict = (await (await fetch(`${second.url}/v1/verify`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { ok: boolean; entries: number };
    expect(verdict.ok).toBe(true);
    expect(verdict.entries).toBeGreaterThanOrEqual(acked.size);
  } finally {
    const exited = new Promise((r) => second.child.once('exit', r));
    second.child.kill('SIGTERM');
    await exited;
  }
}

describe('a crash under load loses no acknowledged receipt', () => {
  if (!existsSync(new URL('../dist/cli.js', import.meta.url))) throw new Error('build the service first: npm run build -w @consentgate/server');

  it('on Postgres', async () => {
    const admin = new pg.Client(inject('databaseUrl'));
    await admin.connect();
    await admin.query('drop database if exists crash_test');
    await admin.query('create database crash_test');
    await admin.end();
    await crashUnderLoad({ DATABASE_URL: inject('databaseUrl').replace(/\/postgres$/, '/crash_test') });
  });

  it('on PGlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentgate-crash-'));
    try {
      await seedPgliteDir(join(dir, 'data'));
      await crashUnderLoad({ CONSENTGATE_DATA: join(dir, 'data') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
