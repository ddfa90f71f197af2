// Retention: each site's oldest entries that arrived before the cut-off are deleted, and a
// checkpoint keeps the hash of the last one deleted, so the rest of the chain still verifies
// (and tampering with it still shows).
import type { Db } from './db/driver.js';

export interface Purged {
  site: string;
  deleted: number;
  checkpoint: number;
}

export async function purgeBefore(db: Db, cutoff: Date): Promise<Purged[]> {
  const sites = await db.query<{ site: string }>('select site from chain_heads order by site');
  const done: Purged[] = [];
  for (const { site } of sites) {
    const result = await db.transaction(async (tx) => {
      const [head] = await tx.query<{ seq: string }>('select seq::text as seq from chain_heads where site = $1 for update', [site]);
      // Only a prefix of the chain goes: up to the entry before the first one to keep.
      const [bound] = await tx.query<{ upto: string | null }>(
        'select (min(seq) - 1)::text as upto from receipts where site = $1 and received_at >= $2',
        [site, cutoff.toISOString()],
      );
      const upto = bound?.upto === null || bound?.upto === undefined ? Number(head!.seq) : Number(bound.upto);
      const [start] = await tx.query<{ seq: string }>('select seq::text as seq from checkpoints where site = $1', [site]);
      if (upto <= Number(start?.seq ?? 0)) return null;
      const [last] = await tx.query<{ hash: string }>('select hash from receipts where site = $1 and seq = $2', [site, upto]);
      if (!last) throw new Error(`${site}: entry ${upto} is missing; run verify`);
      const deleted = await tx.query('delete from receipts where site = $1 and seq <= $2 returning 1', [site, upto]);
      await tx.query(
        `insert into checkpoints (site, seq, hash, purged_at) values ($1, $2, $3, now())
         on conflict (site) do update set seq = excluded.seq, hash = excluded.hash, purged_at = excluded.purged_at`,
        [site, upto, last.hash],
      );
      return { site, deleted: deleted.length, checkpoint: upto };
    });
    if (result) done.push(result);
  }
  await dropEmptyMonths(db, cutoff);
  return done;
}

/** Month partitions wholly before the cut-off, emptied by the purge, are dropped. */
async function dropEmptyMonths(db: Db, cutoff: Date): Promise<void> {
  const parts = await db.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      join pg_class p on p.oid = i.inhparent where p.relname = 'receipts' and c.relname ~ '^receipts_[0-9]{4}_[0-9]{2}$'`,
  );
  for (const { name } of parts) {
    const [, y, m] = /^receipts_(\d{4})_(\d{2})$/.exec(name)!;
    if (Date.UTC(Number(y), Number(m), 1) > cutoff.getTime()) continue;
    const [row] = await db.query(`select 1 from ${name} limit 1`);
    if (!row) await db.exec(`drop table if exists ${name}`);
  }
}
