// The one SQL schema, as numbered migrations, for PGlite and a Postgres server alike. Each runs
// once, in order, inside a transaction holding an advisory lock, so N instances starting together
// migrate once.
import type { Db } from './driver.js';

export const MIGRATIONS: readonly string[] = [
  // 1: receipts, partitioned by month of arrival (declarative partitioning). Old months become
  // whole partitions to drop; the default partition catches anything no month exists for yet.
  // `body` is the canonical JSON that was hashed, kept as text so the bytes never change.
  `
  create table receipts (
    site text not null,
    seq bigint not null,
    record_id text not null,
    time timestamptz not null,
    received_at timestamptz not null,
    body text not null,
    prev text not null,
    hash text not null
  ) partition by range (received_at);
  create table receipts_default partition of receipts default;
  create index receipts_record on receipts (record_id, time);
  create index receipts_chain on receipts (site, seq);
  create index receipts_received on receipts (received_at);

  -- The newest link of each site's chain. Its row lock serialises writers of one site, across
  -- instances; verify checks the rows end exactly here (a deleted last row shows).
  create table chain_heads (site text primary key, seq bigint not null, hash text not null);

  -- Where each chain starts after retention purged its oldest rows.
  create table checkpoints (
    site text primary key,
    seq bigint not null,
    hash text not null,
    purged_at timestamptz not null
  );
  `,
];

export async function migrate(db: Db): Promise<void> {
  await db.exec('create table if not exists schema_migrations (version int primary key, applied_at timestamptz not null default now())');
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(8787001)');
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => Number(r.version)));
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      for (const statement of statements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [version]);
    }
  });
}

/** Splits a migration on `;` at line ends (the schema has no semicolons inside strings). */
function statements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/--.*$/gm, '').trim())
    .filter(Boolean);
}

/** `receipts_2026_12` for the month holding `date`, with its bounds. */
export function monthPartition(date: Date): { name: string; from: string; to: string } {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const iso = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString();
  return { name: `receipts_${y}_${String(m + 1).padStart(2, '0')}`, from: iso(y, m), to: iso(y, m + 1) };
}

/**
 * Makes this month's and next month's partitions exist. Rows already in the default partition
 * for that range would make the attach fail; the service calls this before it takes any
 * receipt and then hourly, so that happens only if the clock jumped.
 */
export async function ensurePartitions(db: Db, now = new Date()): Promise<void> {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  for (const month of [monthPartition(now), monthPartition(next)]) {
    try {
      await db.exec(
        `create table if not exists ${month.name} partition of receipts for values from ('${month.from}') to ('${month.to}')`,
      );
    } catch (error) {
      // Another instance made it at the same moment, or the default partition already holds such rows.
      const exists = await db.query('select 1 from pg_class where relname = $1', [month.name]);
      if (exists.length === 0) console.error(`consentgate-server: partition ${month.name} not created:`, (error as Error).message);
    }
  }
}
