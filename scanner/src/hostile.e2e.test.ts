// Pages that try to hold a crawler: dialogs, beforeunload, a server that never answers, redirect
// loops, a redirect to another site, a page that never goes quiet. Each is scanned or reported
// and skipped, and the scan ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from './index';
import { progress } from './progress';
import { scan } from './scan';
import { page, startServers, type Servers } from './testing/fixture-site';

let servers: Servers;
let out: string;

beforeAll(async () => {
  servers = await startServers();
  out = mkdtempSync(join(tmpdir(), 'consentgate-scan-'));
  const paths = ['/alert', '/unload', '/slow', '/loop', '/away', '/busy', '/own-words'];
  servers.pages.set('/', page({ body: paths.map((p) => `<a href="${p}">${p}</a>`).join(' ') }));
  servers.pages.set('/alert', page({ head: `<script>alert('hello'); confirm('sure?'); prompt('name?');</script>` }));
  servers.pages.set('/unload', page({ head: `<script>addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });</script>` }));
  servers.pages.set('/slow', () => {}); // never answers
  servers.pages.set('/loop', (_req, res) => void res.writeHead(302, { location: '/loop' }).end());
  servers.pages.set('/away', (_req, res) => void res.writeHead(302, { location: 'https://elsewhere.example/' }).end());
  // consentgate with buttons worded so no tool recognises them: the scan uses its API instead.
  servers.pages.set('/own-words', page({
    config: { ui: { text: { accept: 'Sounds good', reject: 'No, thanks' } } },
    head: '<script type="text/plain" data-consent="analytics" src="https://www.google-analytics.com/analytics.js"></script>',
  }));
  servers.pages.set('/busy', page({ head: `<script>setInterval(() => fetch('/ping').catch(() => {}), 20);</script>` }));
});
afterAll(async () => {
  await servers?.close();
  rmSync(out, { recursive: true, force: true });
});

it('reports hostile pages and skips them, and the scan still ends', async () => {
  const result = await scan(
    { url: `${servers.site}/`, pages: 20, out, concurrency: 2, timeout: 3, settle: 100, browserArgs: servers.browserArgs },
    progress(process.stderr, true),
  );
  const byPath = Object.fromEntries(result.pages.map((p) => [new URL(p.url).pathname, p.skipped ?? 'scanned']));
  expect(byPath).toEqual({
    '/': 'scanned',
    '/alert': 'scanned',
    '/unload': 'scanned',
    '/slow': expect.stringMatching(/Timeout 3000ms exceeded/),
    '/loop': expect.stringMatching(/ERR_TOO_MANY_REDIRECTS/),
    '/away': 'redirected off-site to https://elsewhere.example/',
    '/busy': 'scanned',
    '/own-words': 'scanned',
  });
  // No banner anywhere: nothing to accept or reject, and the report says so.
  const home = result.pages.find((p) => p.url === `${servers.site}/`)!;
  expect(home.banner).toEqual({ consentgate: false });
  expect(home.states.map((s) => `${s.state}:${s.choice}`)).toEqual(['no-choice:none', 'reject:unavailable', 'accept:unavailable', 'gpc:none']);
  expect(result.violations).toEqual([]);
  const own = result.pages.find((p) => p.url.endsWith('/own-words'))!;
  expect(own.banner).toEqual({ consentgate: true });
  expect(own.states.map((s) => `${s.state}:${s.choice}:${s.cookies.map((c) => c.name).sort()}`)).toEqual([
    'no-choice:none:',
    'reject:api:consentgate',
    'accept:api:_ga,consentgate',
    // GPC is remembered as an opt-out in consentgate's own cookie.
    'gpc:none:consentgate',
  ]);
});

it('fails, not passes, when no page could be scanned: a CI check must not pass on a site that is down', async () => {
  const written: string[] = [];
  const sink = { write: (t: string) => written.push(t), isTTY: false } as unknown as NodeJS.WriteStream;
  const code = await main([`${servers.site}/loop`, '--out', out, '--timeout', '2', '--settle', '0', '--fail-on', 'leaks', ...servers.browserArgs.flatMap((a) => ['--browser-arg', a])], sink, sink);
  expect(code).toBe(2);
  expect(written.join('')).toMatch(/no page could be scanned \(page\.goto: net::ERR_TOO_MANY_REDIRECTS/);
});
