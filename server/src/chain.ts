// The tamper-evident chain: every stored receipt's hash covers the previous hash of its site's
// chain and the canonical JSON of the entry (site, position, arrival time, receipt), so editing,
// inserting, reordering or deleting any row breaks a link that verify finds.
import { createHash } from 'node:crypto';

/** The `prev` of a chain's first entry. */
export const GENESIS = '0'.repeat(64);

export interface Entry {
  site: string;
  seq: number;
  receivedAt: string;
  receipt: unknown;
}

/** JSON with object keys sorted at every level and no white space: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('not representable in JSON');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** SHA-256 (hex) of the previous hash followed by the entry's canonical JSON. */
export function linkHash(prev: string, entry: Entry): string {
  return linkHashOfBody(prev, entry, canonicalJson(entry.receipt));
}

/**
 * linkHash for a receipt whose canonical JSON (`body`) is already at hand, so the writer
 * serialises each receipt once. The entry's keys in sorted order: receipt, receivedAt, seq, site.
 */
export function linkHashOfBody(prev: string, entry: Omit<Entry, 'receipt'>, body: string): string {
  const text = `{"receipt":${body},"receivedAt":${JSON.stringify(entry.receivedAt)},"seq":${canonicalJson(entry.seq)},"site":${JSON.stringify(entry.site)}}`;
  return createHash('sha256').update(prev).update(text).digest('hex');
}

export interface ChainRow extends Entry {
  prev: string;
  hash: string;
}

export interface ChainStart {
  seq: number;
  hash: string;
}

/**
 * Walks one site's rows in `seq` order from `start` (genesis, or a retention checkpoint) and
 * reports the first broken link. Feed rows one at a time, then call end() with the head.
 */
export function chainWalker(site: string, start: ChainStart = { seq: 0, hash: GENESIS }) {
  let seq = start.seq;
  let hash = start.hash;
  let problem: string | null = null;
  const fail = (message: string) => {
    problem ??= `${site}: ${message}`;
  };
  return {
    add(row: ChainRow): void {
      if (problem) return;
      if (row.seq !== seq + 1) return fail(`entry ${seq + 1} expected, found ${row.seq} (a row was inserted or deleted)`);
      if (row.prev !== hash) return fail(`entry ${row.seq} does not link to the entry before it`);
      if (linkHash(row.prev, row) !== row.hash) return fail(`entry ${row.seq} was altered (its hash does not match its content)`);
      seq = row.seq;
      hash = row.hash;
    },
    end(head?: ChainStart): string | null {
      if (!problem && head && (head.seq !== seq || head.hash !== hash))
        fail(`the chain ends at entry ${seq} but its head is entry ${head.seq} (rows were deleted or the head altered)`);
      return problem;
    },
    get last(): ChainStart {
      return { seq, hash };
    },
  };
}
