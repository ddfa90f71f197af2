// The two back ends every store test runs on. One PGlite and one Postgres database per test
// process (PGlite's start-up costs seconds), emptied before each test that asks for one.
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

export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A migrated, empty store on the shared database of that kind (its close() leaves the db open). */
export async function freshStore(kind: Backend): Promise<Store> {
  const db = await sharedDb(kind);
  await db.exec(`
    do $$ begin
      if exists (select 1 from pg_class where relname = 'chain_heads') then
        truncate receipts, chain_heads, checkpoints;
      end if;
    end $$;`);
  const store = await openStore({ db: { ...db, close: async () => undefined } });
  return store;
}

/**
 * A copy of the shared PGlite database as a data-directory tarball: a service process started on
 * a directory made from it skips initdb (which takes PGlite seconds to tens of seconds).
 */
export async function pgliteTemplate(): Promise<Blob> {
  const db = (await sharedDb('pglite')) as Db & { dump(): Promise<Blob> };
  return db.dump();
}
