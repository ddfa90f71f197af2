// Receipts: what is sent, how, and that it matches schema/receipt.schema.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createManager } from '../../core';
import type { Config, ConsentManager } from '../../types';
import { testEnv } from '../testing';
import { buildReceipt, sendReceipts } from './receipts';

type Schema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  pattern?: string;
  format?: string;
};
const SCHEMA = JSON.parse(readFileSync(resolve('schema/receipt.schema.json'), 'utf8')) as Schema & { $schema: string };

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value);

/** The subset of JSON Schema 2020-12 the receipt schema uses; returns the problems found. */
function validate(value: unknown, schema: Schema, path = '$'): string[] {
  const problems: string[] = [];
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
  if (types.length && !types.includes(typeOf(value))) return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  if ('const' in schema && value !== schema.const) problems.push(`${path}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${path}: not a date-time`);
    if (schema.format === 'uri' && !URL.canParse(value)) problems.push(`${path}: not a URI`);
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) problems.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      if (sub === false) problems.push(`${path}: unexpected ${key}`);
      else if (sub && sub !== true) problems.push(...validate(item, sub, `${path}.${key}`));
    }
  }
  return problems;
}

function manager(config: Config = {}, gpc = false): ConsentManager {
  return createManager(config, testEnv({ gpc, now: Date.UTC(2026, 0, 15, 9, 30) }));
}

let beacon: ReturnType<typeof vi.fn>;
beforeEach(() => {
  beacon = vi.fn(() => true);
  Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true, writable: true });
  window.history.replaceState(null, '', '/article/42?utm_source=mail&email=a%40b.example#comments');
  document.documentElement.lang = 'de';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('receipts', () => {
  it('the schema is draft 2020-12 and the validator catches a bad receipt', () => {
    expect(SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate({ v: 2, id: 'x', extra: true }, SCHEMA).length).toBeGreaterThan(3);
  });

  it('posts one schema-valid receipt per decision by sendBeacon, with nothing identifying beyond the record id', () => {
    const m = manager({ region: 'US-CA', revision: '2026-01' }, true);
    sendReceipts(m, { endpoint: '/consent-receipts' });
    m.set({ analytics: true }, undefined, 'custom');
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.mock.calls[0]!;
    expect(url).toBe(`${location.origin}/consent-receipts`);
    const receipt = JSON.parse(body as string);
    expect(validate(receipt, SCHEMA)).toEqual([]);
    expect(receipt).toMatchObject({
      v: 1,
      id: m.record!.id,
      time: '2026-01-15T09:30:00.000Z',
      revision: '2026-01',
      regime: 'opt-out',
      region: 'US-CA',
      method: 'custom',
      signals: { gpc: true, dnt: false },
      language: 'de',
      url: `${location.origin}/article/42`,
    });
    expect(receipt.choices.categories.analytics).toBe(true);
    expect(receipt.granted.advertising).toBe(false);
    expect(body).not.toMatch(/utm_source|email|comments|Mozilla|jsdom/);
    m.acceptAll();
    expect(beacon).toHaveBeenCalledTimes(2);
  });

  it('falls back to a keepalive fetch without cookies when the beacon is refused, and reports failures', async () => {
    beacon.mockReturnValue(false);
    const fetch = vi.fn(() => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('fetch', fetch);
    const report = vi.fn();
    const m = manager({ region: 'DE' });
    sendReceipts(m, { endpoint: 'https://receipts.example/c' }, { report });
    m.rejectAll();
    expect(fetch).toHaveBeenCalledWith('https://receipts.example/c', expect.objectContaining({ method: 'POST', keepalive: true, credentials: 'omit' }));
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith('consentgate: the receipt could not be sent', expect.any(TypeError)));
  });

  it('reports an error status from the endpoint', async () => {
    delete (navigator as { sendBeacon?: unknown }).sendBeacon;
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve({ type: 'basic', ok: false, status: 500 })));
    const report = vi.fn();
    const m = manager({ region: 'DE' });
    sendReceipts(m, { endpoint: '/r' }, { report, language: () => 'fr' });
    m.acceptAll();
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith('consentgate: the receipt endpoint answered 500'));
  });

  it('refuses an endpoint that is not http(s), and sends nothing', () => {
    const report = vi.fn();
    const m = manager({ region: 'DE' });
    sendReceipts(m, { endpoint: 'javascript:alert(1)' }, { report });
    sendReceipts(m, { endpoint: 42 } as never, { report });
    m.acceptAll();
    expect(beacon).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls[0]![0]).toContain('receipts.endpoint');
  });

  it('builds nothing without a record, and never throws into the page when sending fails', () => {
    const m = manager({ region: 'DE' });
    expect(buildReceipt(m.state(), null, location)).toBeNull();
    beacon.mockImplementation(() => {
      throw new Error('blocked');
    });
    const report = vi.fn();
    sendReceipts(m, { endpoint: '/r' }, { report });
    expect(() => m.acceptAll()).not.toThrow();
    expect(report).toHaveBeenCalled();
  });

  it('with env.wrote, also proves a signal opt-out the manager stored by itself, once, schema-valid', () => {
    let wrote = true; // as consentgate-receipts.js reports a write made while the manager started
    const taken = () => [wrote, (wrote = false)][0]!;
    const m = manager({ region: 'US-CA' }, true);
    sendReceipts(m, { endpoint: '/r' }, { wrote: taken });
    expect(beacon).toHaveBeenCalledTimes(1);
    const receipt = JSON.parse(beacon.mock.calls[0]![1] as string);
    expect(validate(receipt, SCHEMA)).toEqual([]);
    expect(receipt).toMatchObject({ id: m.record!.id, method: 'gpc', signals: { gpc: true } });
    expect(receipt.granted.advertising).toBe(false);
    // A refresh that only reads (another tab's record) is not news; a decision sends its own receipt.
    m.refresh();
    expect(beacon).toHaveBeenCalledTimes(1);
    wrote = true;
    m.set({ analytics: true });
    expect(beacon).toHaveBeenCalledTimes(2);
    expect(JSON.parse(beacon.mock.calls[1]![1] as string).method).toBe('api');
  });

  it('without a write of its own, a remembered signal opt-out gets no second receipt', () => {
    const m = manager({ region: 'US-CA' }, true);
    sendReceipts(m, { endpoint: '/r' }, { wrote: () => false });
    m.refresh();
    expect(beacon).not.toHaveBeenCalled();
  });
});
