// The store on both back ends: receipts kept in a chain per site, idempotent, looked up by
// record, and every kind of direct tampering with the database found by verify, before and
// after a retention purge.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS, freshStore } from './test-support/backends.js';
import { receipt } from './test-support/receipts.js';
import { openStore, type Store } from './store.js';

describe.each(BACKENDS)('the store on %s', (kind) => {
  let store: Store;
  beforeEach(async () => {
    store = await freshStore(kind);
  });
  afterEach(() => store.close());

  const site = 'https://shop.example';
  const add = (r = receipt()) => store.append({ site, receipt: r });

  it('chains each site separately and hands back the same hash for the same receipt', async () => {
    const a = await add();
    const b = await add();
    const other = await store.append({ site: 'https://news.example', receipt: receipt({ url: 'https://news.example/' }) });
    expect([a.status, b.status, other.status]).toEqual(['stored', 'stored', 'stored']);
    expect(a.status === 'stored' && b.status === 'stored' && [a.seq, b.seq]).toEqual([1, 2]);
    expect(other.status === 'stored' && other.seq).toBe(1);
    expect(await store.verify()).toMatchObject({ ok: true, sites: 2, entries: 3 });
  });

  it('is idempotent on record id and time: the same body is not stored twice, another body is refused', async () => {
    const r = receipt();
    const first = await add(r);
    const again = await add({ ...r });
    expect(again).toMatchObject({ status: 'duplicate', hash: (first as { hash: string }).hash });
    expect(await add({ ...r, method: 'reject-all' })).toMatchObject({ status: 'conflict', field: 'time' });
    expect((await store.record(r.id)).length).toBe(1);
  });

  it('acknowledges receipts sent at the same moment once each, in one chain', async () => {
    const many = Array.from({ length: 60 }, () => receipt());
    const twice = [...many, ...many.slice(0, 10)];
    const outcomes = await Promise.all(twice.map((r) => add(r)));
    expect(outcomes.filter((o) => o.status === 'stored').length).toBe(60);
    expect(outcomes.filter((o) => o.status === 'duplicate').length).toBe(10);
    expect(await store.verify()).toEqual({ ok: true, sites: 1, entries: 60, problems: [] });
  });

  it('shares one chain with another instance on the same database, forking nothing and storing each receipt once', async () => {
    const other = await openStore({ db: { ...store.db, close: async () => undefined } });
    try {
      const sent = Array.from({ length: 40 }, () => receipt());
      // Waves alternate between the instances, so each one's idea of the head is stale in turn.
      for (let wave = 0; wave < 4; wave++) {
        const part = sent.slice(wave * 10, wave * 10 + 10);
        const outcomes = await Promise.all(part.map((r, i) => ((i + wave) % 2 ? other : store).append({ site, receipt: r })));
        expect(outcomes.map((o) => o.status)).toEqual(part.map(() => 'stored'));
      }
      const again = await Promise.all(sent.slice(0, 5).map((r) => other.append({ site, receipt: { ...r } })));
      expect(again.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
      expect(await store.verify()).toEqual({ ok: true, sites: 1, entries: 40, problems: [] });
    } finally {
      await other.close();
    }
  });

  it("lists a record's receipts oldest decision first", async () => {
    const r = receipt({ time: '2026-12-01T10:00:00.000Z' });
    await add({ ...r, time: '2026-12-02T10:00:00.000Z', method: 'reject-all' });
    await add(r);
    await add();
    const rows = await store.record(r.id);
    expect(rows.map((x) => (x.receipt as { method: string }).method)).toEqual(['accept-all', 'reject-all']);
  });

  describe('verify finds direct tampering with the database', () => {
    beforeEach(async () => {
      for (let i = 0; i < 5; i++) await add();
      expect((await store.verify()).ok).toBe(true);
    });
    const tamper = (sql: string) => store.db.exec(sql);
    const problems = async () => (await store.verify()).problems.join('\n');

    it('an edited receipt', async () => {
      await tamper(`update receipts set body = replace(body, '"accept-all"', '"reject-all"') where seq = 3`);
      expect(await problems()).toMatch(/entry 3 was altered/);
    });
    it('an edited arrival time', async () => {
      await tamper(`update receipts set received_at = received_at - interval '1 day' where seq = 2`);
      expect(await problems()).toMatch(/entry 2 was altered/);
    });
    it('a moved record id column', async () => {
      await tamper(`update receipts set record_id = 'someone-else' where seq = 4`);
      expect(await problems()).toMatch(/entry 4's record id or time column differs/);
    });
    it('a deleted row in the middle and at the end', async () => {
      await tamper('delete from receipts where seq = 2');
      expect(await problems()).toMatch(/entry 2 expected, found 3/);
      await tamper('delete from receipts where seq >= 2');
      expect(await problems()).toMatch(/the chain ends at entry 1 but its head is entry 5/);
    });
    it('an inserted row, even one copying a real row', async () => {
      await tamper(`insert into receipts select site, seq, record_id, time, received_at, body, prev, hash from receipts where seq = 5`);
      expect(await problems()).toMatch(/entry 6 expected, found 5/);
    });
    it('rows of a site that has no chain', async () => {
      await tamper(`insert into receipts select 'https://forged.example', seq, record_id, time, received_at, body, prev, hash from receipts`);
      expect(await problems()).toMatch(/forged\.example: entries are stored but the site has no chain head/);
    });
  });

  it('purges what arrived before the cut-off, leaves a checkpoint, and still verifies and finds tampering', async () => {
    for (let i = 0; i < 4; i++) await add();
    await store.db.exec(`update receipts set received_at = received_at - interval '800 days' where seq <= 2`);
    // Moving arrival times is itself tampering; re-chain those two as if they had arrived then.
    await rechain(store, site);
    expect((await store.verify()).ok).toBe(true);
    const purged = await store.purge(new Date(Date.now() - 760 * 24 * 3600_000));
    expect(purged).toEqual([{ site, deleted: 2, checkpoint: 2 }]);
    expect(await store.verify()).toMatchObject({ ok: true, entries: 2 });
    expect(await store.purge(new Date(Date.now() - 760 * 24 * 3600_000))).toEqual([]);
    await store.db.exec('delete from receipts where seq = 3');
    expect((await store.verify()).problems.join()).toMatch(/entry 3 expected, found 4/);
  });
});

/** Recomputes a site's chain from its rows as they now stand (a test's way to back-date rows). */
async function rechain(store: Store, site: string) {
  const { linkHash, GENESIS } = await import('./chain.js');
  let prev = GENESIS;
  const rows = [];
  for await (const row of store.rows()) if (row.site === site) rows.push(row);
  for (const row of rows) {
    const hash = linkHash(prev, row);
    await store.db.query('update receipts set prev = $1, hash = $2 where site = $3 and seq = $4', [prev, hash, site, row.seq]);
    prev = hash;
  }
  await store.db.query('update chain_heads set hash = $1 where site = $2', [prev, site]);
}
