// Reading the chain back: a record's receipts, every row in chain order (constant memory, by
// key-set pages), chain heads and checkpoints, and verification of what is stored.
import { GENESIS, chainWalker, type ChainRow, type ChainStart } from './chain.js';
import type { Queryable } from './db/driver.js';

export interface StoredRow extends ChainRow {
  recordId: string;
  /** The decision time column, in ms, as stored beside the body (checked against it by verify). */
  timeMs: number;
}

const COLUMNS = `site, seq::text as seq, record_id, round(extract(epoch from time) * 1000)::text as ms,
  to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as received_at, body, prev, hash`;

type Raw = { site: string; seq: string; record_id: string; ms: string; received_at: string; body: string; prev: string; hash: string };

function toRow(raw: Raw): StoredRow {
  return {
    site: raw.site,
    seq: Number(raw.seq),
    receivedAt: raw.received_at,
    receipt: JSON.parse(raw.body) as unknown,
    prev: raw.prev,
    hash: raw.hash,
    recordId: raw.record_id,
    timeMs: Number(raw.ms),
  };
}

/** A record's receipts, oldest decision first. */
export async function recordReceipts(db: Queryable, recordId: string): Promise<StoredRow[]> {
  const rows = await db.query<Raw>(`select ${COLUMNS} from receipts where record_id = $1 order by receipts.time, receipts.site, receipts.seq limit 1000`, [recordId]);
  return rows.map(toRow);
}

export interface Range {
  /** Arrival time bounds (ISO), `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  /** Per site, the last entry to include (the heads when the walk began). */
  upTo?: Map<string, number>;
}

/** Every row in (site, seq) order, fetched `page` at a time. */
export async function* walkRows(db: Queryable, range: Range = {}, page = 500): AsyncGenerator<StoredRow> {
  let after: [string, number] = ['', -1];
  for (;;) {
    const rows = await db.query<Raw>(
      `select ${COLUMNS} from receipts
        where (site, seq) > ($1, $2)
          and ($3::timestamptz is null or received_at >= $3) and ($4::timestamptz is null or received_at < $4)
        order by receipts.site, receipts.seq limit $5`,
      [after[0], after[1], range.from ?? null, range.to ?? null, page],
    );
    for (const raw of rows) {
      const row = toRow(raw);
      const last = range.upTo?.get(row.site);
      if (range.upTo && (last === undefined || row.seq > last)) continue;
      yield row;
    }
    if (rows.length < page) return;
    const last = rows[rows.length - 1]!;
    after = [last.site, Number(last.seq)];
  }
}

export async function chainHeads(db: Queryable): Promise<Map<string, ChainStart>> {
  const rows = await db.query<{ site: string; seq: string; hash: string }>('select site, seq::text as seq, hash from chain_heads order by site');
  return new Map(rows.map((r) => [r.site, { seq: Number(r.seq), hash: r.hash }]));
}

export async function checkpoints(db: Queryable): Promise<Map<string, ChainStart>> {
  const rows = await db.query<{ site: string; seq: string; hash: string }>('select site, seq::text as seq, hash from checkpoints order by site');
  return new Map(rows.map((r) => [r.site, { seq: Number(r.seq), hash: r.hash }]));
}

export interface Verdict {
  ok: boolean;
  sites: number;
  entries: number;
  problems: string[];
}

/**
 * Checks every chain: each link, the columns the service reads beside the body, the head each
 * chain must end at, and the checkpoint it starts from after a purge.
 */
export async function verifyChains(db: Queryable): Promise<Verdict> {
  const heads = await chainHeads(db);
  const starts = await checkpoints(db);
  const problems: string[] = [];
  let entries = 0;
  let walker: ReturnType<typeof chainWalker> | null = null;
  let site: string | null = null;
  const seen = new Set<string>();
  const close = () => {
    if (walker && site !== null) {
      const problem = walker.end(heads.get(site));
      if (problem) problems.push(problem);
    }
  };
  const headless = new Set<string>();
  for await (const row of walkRows(db)) {
    const head = heads.get(row.site);
    // Appended after the heads were read: the next verify covers it.
    if (head && row.seq > head.seq) continue;
    if (!head) {
      headless.add(row.site);
      continue;
    }
    if (row.site !== site) {
      close();
      site = row.site;
      seen.add(site);
      walker = chainWalker(site, starts.get(site) ?? { seq: 0, hash: GENESIS });
    }
    entries += 1;
    const receipt = row.receipt as { id?: string; time?: string };
    if (receipt.id !== row.recordId || Date.parse(receipt.time ?? '') !== row.timeMs)
      problems.push(`${row.site}: entry ${row.seq}'s record id or time column differs from its receipt`);
    walker!.add(row);
  }
  close();
  // A site with rows but no head is tampering, unless its first receipt arrived during the walk.
  const later = await chainHeads(db);
  for (const name of headless) if (!later.has(name)) problems.push(`${name}: entries are stored but the site has no chain head`);
  for (const [name, head] of heads) {
    const start = starts.get(name) ?? { seq: 0, hash: GENESIS };
    if (!seen.has(name) && (head.seq !== start.seq || head.hash !== start.hash))
      problems.push(`${name}: the head is entry ${head.seq} but no entries are stored`);
  }
  return { ok: problems.length === 0, sites: new Set([...heads.keys(), ...seen]).size, entries, problems };
}
