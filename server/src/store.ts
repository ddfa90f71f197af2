// The records store: a database (PGlite or Postgres), migrated, with the operations the HTTP
// layer needs. Everything here is behind the Db interface; nothing is kept that the database
// does not also hold, so any number of instances can share one Postgres.
import { appendBatch, type Heads, type Incoming, type Outcome } from './append.js';
import { batcher } from './batcher.js';
import type { Db } from './db/driver.js';
import { ensurePartitions, migrate } from './db/migrations.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { chainHeads, checkpoints, recordReceipts, verifyChains, walkRows, type Range } from './read.js';
import { purgeBefore } from './retention.js';
import { consentStats } from './stats.js';

export interface StoreOptions {
  /** postgres://… for a server; otherwise PGlite in `dataDir` (in memory when both are absent). */
  databaseUrl?: string;
  dataDir?: string;
  /** An already open database (tests). */
  db?: Db;
}

export async function openStore(options: StoreOptions) {
  const db =
    options.db ?? (options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir));
  await migrate(db);
  await ensurePartitions(db);
  const heads: Heads = new Map();
  const writer = batcher<Incoming, Outcome>((batch) => appendBatch(db, batch, new Date(), heads));
  return {
    db,
    append: (item: Incoming) => writer.push(item),
    record: (recordId: string) => recordReceipts(db, recordId),
    rows: (range?: Range) => walkRows(db, range),
    heads: () => chainHeads(db),
    checkpoints: () => checkpoints(db),
    verify: () => verifyChains(db),
    purge: (cutoff: Date) => purgeBefore(db, cutoff),
    stats: (from: Date, to: Date) => consentStats(db, from, to),
    partitions: () => ensurePartitions(db),
    async healthy(): Promise<boolean> {
      try {
        await db.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close(): Promise<void> {
      await writer.idle();
      await db.close();
    },
  };
}

export type Store = Awaited<ReturnType<typeof openStore>>;
