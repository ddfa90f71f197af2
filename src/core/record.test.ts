import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../types';
import { decodeRecord, encodeRecord } from './record';

const SAMPLE: ConsentRecord = {
  id: 'vBCyGz4vTTp942YsPwJ2tQ',
  revision: '2024-06.b',
  regime: 'opt-out',
  created: 1_795_320_021_000,
  updated: 1_795_320_099_000,
  method: 'custom',
  categories: { functional: true, analytics: false, advertising: true, session_replay: false, social: true },
  services: { 'google-analytics': false, hotjar: true },
  signals: { gpc: true, dnt: false },
  optOut: 'gpc',
  uiVersion: '0.1.0',
};

// A small seeded generator so a failure can be replayed.
function generator(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('record codec', () => {
  it('round-trips every field', () => {
    expect(decodeRecord(encodeRecord(SAMPLE))).toEqual(SAMPLE);
  });

  it('round-trips every method, regime and signal combination', () => {
    for (const method of ['accept-all', 'reject-all', 'custom', 'api', 'gpc', 'dnt'] as const) {
      for (const regime of ['opt-in', 'opt-out', 'notice'] as const) {
        for (const signals of [{ gpc: false, dnt: false }, { gpc: false, dnt: true }, { gpc: true, dnt: true }]) {
          const record = { ...SAMPLE, method, regime, signals, optOut: null, categories: {}, services: {} };
          expect(decodeRecord(encodeRecord(record))).toEqual(record);
        }
      }
    }
  });

  it('keeps the default config far under the 400-byte target', () => {
    expect(encodeRecord(SAMPLE).length).toBeLessThan(200);
  });

  it('stays within 512 bytes for 16 categories and 8 per-service exceptions (standards 8.6)', () => {
    // Twice the built-in categories, ids of 12 and 20 characters, the longest revision allowed.
    const id = (prefix: string, i: number, length: number) => `${prefix}${i}`.padEnd(length, 'x');
    const biggest: ConsentRecord = {
      ...SAMPLE,
      revision: 'r'.repeat(32),
      uiVersion: '10.20.30-beta.1',
      categories: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [id('c', i, 12), i % 2 === 0])),
      services: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [id('s', i, 20), false])),
    };
    const value = encodeRecord(biggest);
    expect(decodeRecord(value)).toEqual(biggest);
    expect(`consentgate=${value}`.length).toBeLessThanOrEqual(512);
  });

  it('uses only characters a cookie value may hold unescaped', () => {
    expect(encodeRecord(SAMPLE)).toMatch(/^[\w.~!:-]+$/);
  });

  it.each([
    ['another schema version', encodeRecord(SAMPLE).replace(/^1~/, '2~')],
    ['a truncated value', encodeRecord(SAMPLE).slice(0, 30)],
    ['an extra field', `${encodeRecord(SAMPLE)}~x`],
    ['an unknown regime', encodeRecord(SAMPLE).replace('~o~', '~z~')],
    ['a repeated category', encodeRecord({ ...SAMPLE, categories: {} }).replace(/~~(?=[^~]*$)/, '~analytics.!analytics~')],
    ['updated before created', encodeRecord({ ...SAMPLE, updated: SAMPLE.created - 10_000 })],
    ['another site\'s JSON cookie with the same name', '{"analytics":true,"ads":true}'],
    ['URL-encoding garbage', '%E0%A4%A'],
    ['an empty string', ''],
    ['a huge value', '1~'.repeat(5000)],
  ])('reads %s as no record', (_name, value) => {
    expect(decodeRecord(value)).toBeNull();
  });

  it('reads non-strings as no record', () => {
    for (const value of [undefined, null, 42, {}, [], true]) expect(decodeRecord(value)).toBeNull();
  });

  it('reads 1,000 random and corrupted values as no record, without throwing', () => {
    const random = generator(7);
    const valid = encodeRecord(SAMPLE);
    const alphabet = '~.!:_-01azAZ%{}"\\; =\u0000\u00e9\ud83d';
    let decodedValid = 0;
    for (let i = 0; i < 1000; i++) {
      let value: string;
      if (i % 2 === 0) {
        // Pure noise of random length.
        value = Array.from({ length: Math.floor(random() * 300) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      } else {
        // The valid value with one position flipped to a character that breaks its grammar.
        const at = Math.floor(random() * valid.length);
        value = valid.slice(0, at) + '{%"'[i % 3] + valid.slice(at + 1);
      }
      const decoded = decodeRecord(value);
      if (decoded !== null) decodedValid++;
    }
    expect(decodedValid).toBe(0);
  });

  it('accepts a hand-edited but well-formed record: the cookie is a cache, not a proof', () => {
    const flipped = encodeRecord(SAMPLE).replace('!analytics', 'analytics');
    expect(decodeRecord(flipped)?.categories.analytics).toBe(true);
  });
});
