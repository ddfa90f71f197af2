// The two back ends every store test runs on. One PGlite and one Postgres database per test
// process (PGlite's start-up costs seconds), emptied before each test that asks for one.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';
import type { Db } from '../db/driver.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { openStore, type Store } from '../store.js';

const shared = new Map<string, Promise<Db>>();

function sharedDb(kind: 'pglite' | 'postgres'): Promise<Db> {
  let db = shared.get(kind);
  if (!db) {
    db = kind === 'pglite' ? openPglite() : openPostgres(inject('databaseUrl'));
    shared.set(kind, db);
  }
  return db;
}

/** The shared database of that kind with no receipts, heads or checkpoints left by earlier tests. */
async function empty(kind: Backend): Promise<Db> {
  const db = await sharedDb(kind);
  await db.exec(`
    do $$ begin
      if exists (select 1 from pg_class where relname = 'chain_heads') then
        truncate receipts, chain_heads, checkpoints;
      end if;
    end $$;`);
  return db;
}

export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A migrated, empty store on the shared database of that kind (its close() leaves the db open). */
export async function freshStore(kind: Backend): Promise<Store> {
  const db = await empty(kind);
  const store = await openStore({ db: { ...db, close: async () => undefined } });
  return store;
}

/**
 * Fills `dataDir` with a copy of the shared PGlite database, emptied (earlier tests leave
 * tampered chains behind): a service process started on it skips initdb, which takes PGlite
 * seconds to tens of seconds. The copy is the data directory's own files, unpacked with tar.
 */
export async function seedPgliteDir(dataDir: string): Promise<void> {
  const db = (await empty('pglite')) as Db & { dump(): Promise<Blob> };
  const tarball = Buffer.from(await (await db.dump()).arrayBuffer());
  mkdirSync(dataDir, { recursive: true });
  execFileSync('tar', ['-x', '-f', '-', '-C', dataDir], { input: tarball, stdio: ['pipe', 'ignore', 'pipe'] });
}
