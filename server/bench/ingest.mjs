// `npm run bench:server`: ingest throughput and latency of the records service, as its own
// process, on PGlite (a fresh data directory) and on a Postgres 15 started for the run (fsync
// on), at 1, 10 and 100 concurrent clients over keep-alive HTTP. Writes bench/results.md.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres } from '../dist/temp-postgres.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CLIENTS = [1, 10, 100];
const SITE = 'https://shop.example';
const here = new URL('.', import.meta.url).pathname;

function startService(env) {
  const child = spawn(process.execPath, [join(here, '../bin/consentgate-server.mjs')], {
    env: { ...process.env, PORT: '0', CONSENTGATE_ORIGINS: SITE, CONSENTGATE_RATE_LIMIT: '10000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`service exited ${code}: ${out}`)));
  });
}

const body = () =>
  JSON.stringify({
    v: 1, id: randomBytes(12).toString('base64url'), time: new Date().toISOString(), revision: '2024-10-03',
    regime: 'opt-in', region: 'DE', method: 'accept-all',
    choices: { categories: { necessary: true, analytics: true, advertising: false }, services: {} },
    granted: { necessary: true, analytics: true, advertising: false }, signals: { gpc: false, dnt: false },
    language: 'en', uiVersion: '0.1.0', url: `${SITE}/article`,
  });

function post(url, agent) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(`${url}/v1/receipts`, { method: 'POST', agent, headers: { 'content-type': 'text/plain', origin: SITE } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 202 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body());
  });
}

async function load(url, clients) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  const end = Date.now() + SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < end) latencies.push(await post(url, agent));
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { clients, perSecond: Math.round(latencies.length / elapsed), p50: at(0.5).toFixed(1), p99: at(0.99).toFixed(1), count: latencies.length };
}

async function run(name, env) {
  const service = await startService(env);
  const rows = [];
  try {
    await load(service.url, 10); // warm-up: JIT, connections, first partition
    for (const clients of CLIENTS) {
      const row = await load(service.url, clients);
      console.log(`${name.padEnd(11)} ${String(clients).padStart(3)} clients: ${row.perSecond} receipts/s, p50 ${row.p50} ms, p99 ${row.p99} ms`);
      rows.push({ name, ...row });
    }
  } finally {
    await service.stop();
  }
  return rows;
}

// The machine may be shared: its load average beside the figures says how far to trust them.
const loadAverage = () => loadavg()[0].toFixed(1);
const loadBefore = loadAverage();
const dir = mkdtempSync(join(tmpdir(), 'consentgate-bench-'));
const pg = await startTempPostgres();
const rows = [];
try {
  rows.push(...(await run('PGlite', { CONSENTGATE_DATA: join(dir, 'data') })));
  rows.push(...(await run('Postgres 15', { DATABASE_URL: pg.url })));
} finally {
  pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
const table = [
  `Ingest, ${SECONDS} s per row, service and load generator on one ${cpus().length}-core machine (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadBefore} before, ${loadAverage()} after):`,
  '',
  '| storage | clients | receipts/s | p50 ms | p99 ms |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.clients} | ${r.perSecond} | ${r.p50} | ${r.p99} |`),
].join('\n');
writeFileSync(join(here, 'results.md'), `${table}\n`);
console.log(`\n${table}`);
