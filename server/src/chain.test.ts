// The link hash as documented: SHA-256 of the previous hash followed by the canonical JSON of
// { site, seq, receivedAt, receipt }, whichever way the writer builds that text.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS, canonicalJson, linkHash, linkHashOfBody } from './chain.js';
import { receipt } from './test-support/receipts.js';

describe('the link hash', () => {
  it('is SHA-256(previous hash ‖ canonical JSON of the entry), also when built from the stored body', () => {
    const r = receipt({ region: null, choices: { categories: { necessary: true, 'a"b': false }, services: { x: true } } });
    const entry = { site: 'https://shop.example', seq: 42, receivedAt: '2026-12-08T02:00:00.123Z', receipt: r };
    const text = `{"receipt":${canonicalJson(r)},"receivedAt":"2026-12-08T02:00:00.123Z","seq":42,"site":"https://shop.example"}`;
    expect(canonicalJson(entry)).toBe(text);
    const expected = createHash('sha256').update(GENESIS + text).digest('hex');
    expect(linkHash(GENESIS, entry)).toBe(expected);
    expect(linkHashOfBody(GENESIS, entry, canonicalJson(r))).toBe(expected);
  });
});
