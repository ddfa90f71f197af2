// Storing receipts. Each site's chain is extended by one statement per batch: the links are
// computed here from the chain head this instance last wrote, and the statement stores them
// only if that head is still the database's and no receipt of the batch is already stored
// (its autocommit is the commit). When it is not (first batch of a site, another instance
// wrote, a receipt sent again), the batch takes the locked path: a transaction holding the
// head's row lock, reading what is stored. Nothing is acknowledged before commit.
import { GENESIS, canonicalJson, linkHashOfBody, type ChainStart } from './chain.js';
import type { Db, Queryable } from './db/driver.js';
import type { Receipt } from './validate.js';

export interface Incoming {
  site: string;
  receipt: Receipt;
}

export type Outcome =
  | { status: 'stored' | 'duplicate'; id: string; seq: number; hash: string }
  | { status: 'conflict'; id: string; field: string; message: string };

/** The head each site's chain had after this instance's last commit: a hint, the database decides. */
export type Heads = Map<string, ChainStart>;

interface Known {
  body: string;
  seq: number;
  hash: string;
}

interface Row {
  seq: number;
  record_id: string;
  time: string;
  body: string;
  prev: string;
  hash: string;
}

const key = (recordId: string, time: string | number) => `${recordId}|${typeof time === 'number' ? time : Date.parse(time)}`;

/**
 * Appends a batch; the outcomes are in the batch's order and valid only once this resolves. A
 * site whose write failed gets its Error in place of outcomes (other sites' receipts stand).
 */
export async function appendBatch(db: Db, batch: readonly Incoming[], now = new Date(), heads: Heads = new Map()): Promise<(Outcome | Error)[]> {
  const receivedAt = now.toISOString();
  const outcomes: (Outcome | Error)[] = new Array(batch.length);
  const bySite = new Map<string, number[]>();
  batch.forEach((item, index) => {
    const list = bySite.get(item.site);
    if (list) list.push(index);
    else bySite.set(item.site, [index]);
  });
  // Each site's statement locks only its own head, so sites are written side by side.
  await Promise.all(
    [...bySite].map(async ([site, indexes]) => {
      const receipts = indexes.map((i) => batch[i]!.receipt);
      try {
        const head = heads.get(site);
        const done =
          (head && (await appendKnownHead(db, site, receipts, receivedAt, head))) ??
          (await db.transaction((tx) => appendLocked(tx, site, receipts, receivedAt)));
        heads.set(site, done.head);
        done.outcomes.forEach((outcome, n) => (outcomes[indexes[n]!] = outcome));
      } catch (error) {
        heads.delete(site);
        for (const i of indexes) outcomes[i] = error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
  return outcomes;
}

interface Written {
  outcomes: Outcome[];
  head: ChainStart;
}

/** Links the receipts onto `head`; `known` holds what is stored already (and grows with the batch). */
function link(site: string, receipts: Receipt[], receivedAt: string, head: ChainStart, known: Map<string, Known>) {
  let { seq, hash: prev } = head;
  const rows: Row[] = [];
  const outcomes = receipts.map((receipt): Outcome => {
    const body = canonicalJson(receipt);
    const same = known.get(key(receipt.id, receipt.time));
    if (same) {
      return same.body === body
        ? { status: 'duplicate', id: receipt.id, seq: same.seq, hash: same.hash }
        : { status: 'conflict', id: receipt.id, field: 'time', message: 'a different receipt for this record and time is already stored' };
    }
    seq += 1;
    const hash = linkHashOfBody(prev, { site, seq, receivedAt }, body);
    rows.push({ seq, record_id: receipt.id, time: receipt.time, body, prev, hash });
    known.set(key(receipt.id, receipt.time), { body, seq, hash });
    prev = hash;
    return { status: 'stored', id: receipt.id, seq, hash };
  });
  return { rows, outcomes, head: { seq, hash: prev } };
}

// The rows travel as one JSON text: one parameter, serialised natively, any batch size.
const ROWS = `json_to_recordset($3::json) as x(seq bigint, record_id text, time timestamptz, body text, prev text, hash text)`;
const INSERT = `insert into receipts (site, seq, record_id, time, received_at, body, prev, hash)
  select $1, seq, record_id, time, $2::timestamptz, body, prev, hash from`;

/**
 * One statement: move the head from `head` to the batch's last link and insert the rows, or do
 * nothing when the head moved or a receipt of the batch (same record id and time, any site) is
 * stored. Another writer of the site holds the head's row lock until its commit; the update then
 * re-reads the head, so a stale `head` is seen even if it changed while this waited.
 */
const KNOWN_HEAD = `
  with batch as materialized (select * from ${ROWS}),
  stored as (select 1 from receipts r join batch b on r.record_id = b.record_id and r.time = b.time limit 1),
  head as (
    update chain_heads set seq = $6, hash = $7
     where site = $1 and seq = $4 and hash = $5 and not exists (select 1 from stored)
    returning 1
  ),
  inserted as (${INSERT} batch where exists (select 1 from head) returning 1)
  select count(*)::int as n from inserted`;

async function appendKnownHead(db: Db, site: string, receipts: Receipt[], receivedAt: string, head: ChainStart): Promise<Written | null> {
  const linked = link(site, receipts, receivedAt, head, new Map());
  const [result] = await db.query<{ n: number }>(KNOWN_HEAD, [
    site,
    receivedAt,
    JSON.stringify(linked.rows),
    head.seq,
    head.hash,
    linked.head.seq,
    linked.head.hash,
  ]);
  return Number(result!.n) === linked.rows.length ? linked : null;
}

async function appendLocked(tx: Queryable, site: string, receipts: Receipt[], receivedAt: string): Promise<Written> {
  // Creates the site's head on its first receipt, and in the same statement locks it (the
  // no-op update), so writers of one site queue here, across instances.
  const [head] = await tx.query<{ seq: string; hash: string }>(
    `insert into chain_heads (site, seq, hash) values ($1, 0, $2)
     on conflict (site) do update set site = excluded.site returning seq::text as seq, hash`,
    [site, GENESIS],
  );
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
  const linked = link(site, receipts, receivedAt, { seq: Number(head!.seq), hash: head!.hash }, known);
  if (linked.rows.length > 0) {
    await tx.query(`${INSERT} ${ROWS}`, [site, receivedAt, JSON.stringify(linked.rows)]);
    await tx.query('update chain_heads set seq = $2, hash = $3 where site = $1', [site, linked.head.seq, linked.head.hash]);
  }
  return linked;
}
