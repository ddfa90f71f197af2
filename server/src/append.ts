// Storing receipts: one transaction per batch, each site's chain extended under its head's row
// lock, idempotent on (site, record id, decision time). Nothing is acknowledged before commit.
import { GENESIS, canonicalJson, linkHash } from './chain.js';
import type { Db, Queryable } from './db/driver.js';
import type { Receipt } from './validate.js';

export interface Incoming {
  site: string;
  receipt: Receipt;
}

export type Outcome =
  | { status: 'stored' | 'duplicate'; id: string; seq: number; hash: string }
  | { status: 'conflict'; id: string; field: string; message: string };

interface Known {
  body: string;
  seq: number;
  hash: string;
}

const key = (recordId: string, time: string | number) => `${recordId}|${typeof time === 'number' ? time : Date.parse(time)}`;

/** Appends a batch; the outcomes are in the batch's order and valid only once this resolves. */
export async function appendBatch(db: Db, batch: readonly Incoming[], now = new Date()): Promise<Outcome[]> {
  const receivedAt = now.toISOString();
  const outcomes: Outcome[] = new Array(batch.length);
  const bySite = new Map<string, number[]>();
  batch.forEach((item, index) => {
    const list = bySite.get(item.site);
    if (list) list.push(index);
    else bySite.set(item.site, [index]);
  });
  await db.transaction(async (tx) => {
    // Sites in a fixed order, so two instances locking several heads never deadlock.
    for (const site of [...bySite.keys()].sort()) {
      const indexes = bySite.get(site)!;
      await appendToSite(tx, site, indexes.map((i) => batch[i]!.receipt), receivedAt).then((results) =>
        results.forEach((outcome, n) => (outcomes[indexes[n]!] = outcome)),
      );
    }
  });
  return outcomes;
}

async function appendToSite(tx: Queryable, site: string, receipts: Receipt[], receivedAt: string): Promise<Outcome[]> {
  // Creates the site's head on its first receipt, and in the same statement locks it (the
  // no-op update), so writers of one site queue here, across instances.
  const [head] = await tx.query<{ seq: string; hash: string }>(
    `insert into chain_heads (site, seq, hash) values ($1, 0, $2)
     on conflict (site) do update set site = excluded.site returning seq::text as seq, hash`,
    [site, GENESIS],
  );
  let seq = Number(head!.seq);
  let prev = head!.hash;
  const known = new Map<string, Known>();
  const ids = [...new Set(receipts.map((r) => r.id))];
  // By record id alone, so the (record_id, time) index is the only one the planner can take
  // (with the site in the condition, a planner without fresh statistics walks the site's chain).
  const existing = await tx.query<{ site: string; record_id: string; ms: string; body: string; seq: string; hash: string }>(
    `select site, record_id, round(extract(epoch from time) * 1000)::text as ms, body, seq::text as seq, hash
       from receipts where record_id = any($1::text[])`,
    [ids],
  );
  for (const row of existing) if (row.site === site) known.set(key(row.record_id, Number(row.ms)), { body: row.body, seq: Number(row.seq), hash: row.hash });

  const rows = { seq: [] as number[], recordId: [] as string[], time: [] as string[], body: [] as string[], prev: [] as string[], hash: [] as string[] };
  const outcomes = receipts.map((receipt): Outcome => {
    const body = canonicalJson(receipt);
    const same = known.get(key(receipt.id, receipt.time));
    if (same) {
      return same.body === body
        ? { status: 'duplicate', id: receipt.id, seq: same.seq, hash: same.hash }
        : { status: 'conflict', id: receipt.id, field: 'time', message: 'a different receipt for this record and time is already stored' };
    }
    seq += 1;
    const hash = linkHash(prev, { site, seq, receivedAt, receipt });
    rows.seq.push(seq);
    rows.recordId.push(receipt.id);
    rows.time.push(receipt.time);
    rows.body.push(body);
    rows.prev.push(prev);
    rows.hash.push(hash);
    known.set(key(receipt.id, receipt.time), { body, seq, hash });
    prev = hash;
    return { status: 'stored', id: receipt.id, seq, hash };
  });
  if (rows.seq.length === 0) return outcomes;
  await tx.query(
    `insert into receipts (site, seq, record_id, time, received_at, body, prev, hash)
     select $1, s, r, t, $2::timestamptz, b, p, h
       from unnest($3::bigint[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[]) as u(s, r, t, b, p, h)`,
    [site, receivedAt, rows.seq, rows.recordId, rows.time, rows.body, rows.prev, rows.hash],
  );
  await tx.query('update chain_heads set seq = $2, hash = $3 where site = $1', [site, seq, prev]);
  return outcomes;
}
