// A Postgres server through `pg`'s pool: what N stateless service instances share.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable, Row } from './driver.js';

// timestamptz and bigint come back as strings: the chain hashes the exact text, never a Date.
for (const oid of [1184, 1114, 20]) pg.types.setTypeParser(oid, (value: string) => value);

export async function openPostgres(url: string, max = 8): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its server must not take the service down; the next query reports it.
  pool.on('error', (error) => console.error('consentgate-server: postgres connection lost:', error.message));
  await pool.query('select 1');
  // Statements with parameters are prepared once per connection, named by their text: the
  // ingest statement is parsed and planned once, not per batch.
  const names = new Map<string, string>();
  const named = (sql: string) => {
    let name = names.get(sql);
    if (!name) names.set(sql, (name = `cg_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`));
    return name;
  };
  const wrap = (q: { query: pg.Pool['query'] }): Queryable => ({
    async query<T extends Row>(sql: string, params?: unknown[]) {
      const result = params === undefined ? await q.query(sql) : await q.query({ name: named(sql), text: sql, values: params });
      return result.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
