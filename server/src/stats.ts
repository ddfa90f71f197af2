// What the dashboard shows, computed in SQL over a time range of decisions.
import type { Queryable } from './db/driver.js';

export interface Stats {
  total: number;
  gpc: number;
  days: { day: string; method: string; count: number }[];
  categories: { category: string; granted: number; count: number }[];
  regions: { key: string; count: number; acceptAll: number; rejectAll: number; custom: number; signal: number }[];
  languages: Stats['regions'];
  revisions: { revision: string; count: number }[];
}

const num = (value: unknown) => Number(value ?? 0);

export async function consentStats(db: Queryable, from: Date, to: Date): Promise<Stats> {
  const range = [from.toISOString(), to.toISOString()];
  const where = 'where time >= $1 and time < $2';
  const [totals] = await db.query<{ total: string; gpc: string }>(
    `select count(*)::text as total, count(*) filter (where (body::jsonb->'signals'->>'gpc')::boolean)::text as gpc from receipts ${where}`,
    range,
  );
  const days = await db.query<{ day: string; method: string; count: string }>(
    `select to_char(time at time zone 'UTC', 'YYYY-MM-DD') as day, body::jsonb->>'method' as method, count(*)::text as count
       from receipts ${where} group by 1, 2 order by 1, 2`,
    range,
  );
  const categories = await db.query<{ category: string; granted: string; count: string }>(
    `select g.key as category, count(*) filter (where g.value = 'true')::text as granted, count(*)::text as count
       from receipts, jsonb_each_text(body::jsonb->'granted') g ${where} group by 1 order by 1`,
    range,
  );
  const split = (column: string) =>
    db.query<Record<string, string>>(
      `select coalesce(body::jsonb->>'${column}', 'unknown') as key, count(*)::text as count,
              count(*) filter (where body::jsonb->>'method' = 'accept-all')::text as accept_all,
              count(*) filter (where body::jsonb->>'method' = 'reject-all')::text as reject_all,
              count(*) filter (where body::jsonb->>'method' in ('custom', 'api'))::text as custom,
              count(*) filter (where body::jsonb->>'method' in ('gpc', 'dnt'))::text as signal
         from receipts ${where} group by 1 order by count(*) desc, 1 limit 50`,
      range,
    );
  const shape = (rows: Record<string, string>[]) =>
    rows.map((r) => ({
      key: r.key!,
      count: num(r.count),
      acceptAll: num(r.accept_all),
      rejectAll: num(r.reject_all),
      custom: num(r.custom),
      signal: num(r.signal),
    }));
  const revisions = await db.query<{ revision: string; count: string }>(
    `select body::jsonb->>'revision' as revision, count(*)::text as count from receipts ${where} group by 1 order by 1`,
    range,
  );
  return {
    total: num(totals?.total),
    gpc: num(totals?.gpc),
    days: days.map((d) => ({ day: d.day, method: d.method, count: num(d.count) })),
    categories: categories.map((c) => ({ category: c.category, granted: num(c.granted), count: num(c.count) })),
    regions: shape(await split('region')),
    languages: shape(await split('language')),
    revisions: revisions.map((r) => ({ revision: r.revision, count: num(r.count) })),
  };
}
