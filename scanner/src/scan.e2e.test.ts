// The scanner against local sites in real Chromium: a site whose trackers fire before consent
// fails `--fail-on leaks`; the config and markup it drafts, applied, gate everything it found.
// Every host name but 127.0.0.1 resolves to the stand-in server: nothing leaves the machine.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core';
import type { Config } from '../../src/types';
import { check } from './testing/schema';
import { NAIVE_BANNER, page, startServers, TRACKER_TAGS, type Servers } from './testing/fixture-site';
import type { ScanResult } from './types';

const BIN = new URL('../../bin/consentgate.mjs', import.meta.url).pathname;
let servers: Servers;
let out: string;

/** Runs the real command line, as a site's CI would. */
async function cli(dir: string, pages = 5, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [BIN, 'scan', `${servers.site}/`, '--out', dir, '--pages', String(pages), '--settle', '300', '--timeout', '10', ...servers.browserArgs.flatMap((a) => ['--browser-arg', a]), '--fail-on', 'leaks', ...extra];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const read = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const names = (r: ScanResult, state: string, kind: 'cookies' | 'storage') =>
  [...new Set(r.pages.flatMap((p) => p.states.filter((s) => s.state === state).flatMap((s) => s[kind].map((c) => c.name))))].sort();

beforeAll(async () => {
  servers = await startServers();
  out = mkdtempSync(join(tmpdir(), 'consentgate-scan-'));
  const links = '<a href="/about">About</a> <a href="/report.pdf">PDF</a> <a href="http://elsewhere.example/">Partner</a> <form action="/subscribe" method="post"><button>Subscribe</button></form>';
  servers.pages.set('/', page({ head: TRACKER_TAGS, body: NAIVE_BANNER + links }));
  servers.pages.set('/about', page({ head: TRACKER_TAGS, body: NAIVE_BANNER + '<a href="/">Home</a>' }));
});
afterAll(async () => {
  await servers?.close();
  if (!process.env.KEEP_SCAN) rmSync(out, { recursive: true, force: true });
  else console.log(out);
});

/** What the stand-ins do before consent on each page, as the scan must report it. */
const LEAKS = [
  'cookie _fbp advertising Facebook',
  'cookie _ga analytics Google Analytics',
  'request cdn.segment.com/analytics.js/v1/k/analytics.min.js analytics Segment',
  'request connect.facebook.net/en_US/fbevents.js advertising Facebook',
  'request static.hotjar.com/c/hotjar-1.js session_replay Hotjar',
  'request www.facebook.com/tr advertising Facebook',
  'request www.google-analytics.com/analytics.js analytics Google Analytics',
  'request www.google-analytics.com/collect analytics Google Analytics',
  'storage _hjSessionUser_123 session_replay Hotjar',
  'storage _hjSession_123 session_replay Hotjar',
  'storage ajs_anonymous_id analytics Segment',
];
const leaks = (r: ScanResult, state: string) =>
  r.violations.filter((v) => v.state === state && v.page === `${servers.site}/`).map((v) => `${v.kind} ${v.name} ${v.category} ${v.vendor}`).sort();

describe('consentgate scan', () => {
  it('fails a site whose trackers fire before consent, naming each leak, and classifies what it found', async () => {
    const { code, stderr } = await cli(out);
    expect(code).toBe(1);
    expect(stderr).toContain(`cookie _ga (analytics, Google Analytics) before any choice on ${servers.site}/`);
    const result = read<ScanResult>(out, 'scan.json');
    expect(check(result)).toEqual([]);
    // Same-site links only, breadth first: not the PDF, not the partner's site, no form sent.
    expect(result.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/about']);
    expect(servers.standInLog.some((r) => r.startsWith('elsewhere.example'))).toBe(false);
    // The banner's buttons were found in its shadow root and pressed.
    expect(result.pages[0]!.banner).toEqual({ consentgate: false, accept: 'Accept all', reject: 'Reject all' });
    expect(result.pages[0]!.states.map((s) => `${s.state}:${s.choice}`)).toEqual(['no-choice:none', 'reject:button', 'accept:button', 'gpc:none']);
    // The notice blocks nothing: the same leaks with no choice, after Reject all and under GPC.
    for (const state of ['no-choice', 'reject', 'gpc']) expect(leaks(result, state), state).toEqual(LEAKS);
    // What no catalog knows is listed for review, not guessed.
    expect(result.unknowns.map((u) => `${u.kind} ${u.name}`).sort()).toEqual(['cookie notice_choice', 'cookie wdgt_state', 'request cdn.widget.example/widget.js', 'storage hotjar-cache']);
    // Who set what, where the browser could tell.
    const ga = result.pages[0]!.states[0]!.cookies.find((c) => c.name === '_ga')!;
    expect(ga).toMatchObject({ setBy: 'https://www.google-analytics.com/analytics.js', path: '/', httpOnly: false, classification: { category: 'analytics', source: 'catalog' } });
    const tag = result.pages[0]!.states[0]!.requests.find((r) => r.path === '/analytics.js')!;
    expect(tag).toMatchObject({ resourceType: 'script', initiator: `${servers.site}/` });
    // The report stands alone: no request leaves it.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('violations');
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
  });

  it('drafts a config the validator accepts, which with its markup gates everything it found', async () => {
    const draft = read<Config>(out, 'consentgate.config.json');
    expect(validateConfig(draft).errors).toEqual([]);
    const services = Object.fromEntries((draft.categories ?? []).flatMap((c) => (c.services ?? []).map((s) => [s.id, `${c.id}: ${JSON.stringify([...(s.cookies ?? []).map((k) => (k as { name: string }).name), ...(s.storageKeys ?? [])])}`])));
    expect(services).toEqual({
      'google-analytics': 'analytics: ["_ga"]',
      segment: 'analytics: ["ajs_anonymous_id"]',
      facebook: 'advertising: ["_fbp"]',
      hotjar: 'session_replay: ["_hjSessionUser_123","_hjSession_123"]',
    });
    expect(draft.gate?.rules).toEqual([{ host: 'cdn.segment.com', category: 'analytics', service: 'segment' }]);
    const markup = readFileSync(join(out, 'gating.html'), 'utf8').split('\n').filter((l) => l.startsWith('<script'));
    expect(markup).toContain('<script type="text/plain" data-consent="analytics" data-service="google-analytics" src="https://www.google-analytics.com/analytics.js"></script>');
    expect(markup).toHaveLength(4);

    // The site owner applies it: consentgate with the draft, each tracker tag replaced by its line.
    const unknownWidget = '<script src="https://cdn.widget.example/widget.js"></script>';
    servers.pages.set('/', page({ config: draft, head: [...markup, unknownWidget].join('\n'), body: '<a href="/about">About</a>' }));
    servers.pages.set('/about', page({ config: draft, head: [...markup, unknownWidget].join('\n') }));
    const again = mkdtempSync(join(tmpdir(), 'consentgate-scan-'));
    try {
      // One page is enough here: the crawl was proved above.
      // Audited against the draft itself: it declares everything the scan finds.
      const { code, stdout } = await cli(again, 1, '--config', join(out, 'consentgate.config.json'));
      expect(stdout).toContain('0 violations');
      expect(code).toBe(0);
      const result = read<ScanResult>(again, 'scan.json');
      expect(result.violations).toEqual([]);
      expect(result.audit).toEqual({ configErrors: [], undeclared: [] });
      expect(result.pages[0]!.banner).toMatchObject({ consentgate: true, accept: 'Accept all', reject: 'Reject all' });
      // Not a scan that saw nothing: after Accept all every tracker runs, and consentgate's cookie is necessary.
      expect(names(result, 'accept', 'cookies')).toEqual(['_fbp', '_ga', 'consentgate', 'wdgt_state']);
      expect(names(result, 'accept', 'storage')).toEqual(['_hjSessionUser_123', '_hjSession_123', 'ajs_anonymous_id', 'hotjar-cache']);
      expect(names(result, 'reject', 'cookies')).toEqual(['consentgate', 'wdgt_state']);
      const own = result.pages[0]!.states[1]!.cookies.find((c) => c.name === 'consentgate')!;
      expect(own.classification).toMatchObject({ category: 'necessary', source: 'consentgate' });
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
