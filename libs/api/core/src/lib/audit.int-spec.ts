import type { DataSource } from 'typeorm';
// The test harness only: core (type:util) code never depends on the database library.
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { RequestContext } from './request-context';
import { TransactionalConnection } from './transactional-connection';

describe('AuditService on PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let conn: TransactionalConnection;
  let audit: AuditService;

  beforeAll(async () => {
    db = await createTestDatabase();
    // The tables of every feature exist (migrations); this test maps only the audit log.
    ds = createDataSource({ url: db.url, poolSize: 5, entities: [AuditEventEntity] });
    await ds.initialize();
    conn = new TransactionalConnection(ds);
    audit = new AuditService(conn);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  const ctxFor = (requestId: string) => new RequestContext('ru', requestId);

  async function seqs(chain: string): Promise<number[]> {
    const rows: Array<{ seq: number }> = await ds.query('SELECT seq FROM audit_event WHERE chain = $1 ORDER BY seq', [chain]);
    return rows.map((r) => r.seq);
  }

  it('numbers the events of a chain 1..n, links them by hash and verifies them', async () => {
    const chain = 'chain-sequential';
    for (let i = 0; i < 5; i++) {
      await conn.withTransaction(ctxFor(`req-${i}`), (ctx) =>
        audit.record(ctx, { chain, action: 'thing.changed', entityType: 'thing', entityId: String(i), data: { i, name: { ru: 'Совет', kk: 'Кеңес' } } }),
      );
    }
    // another chain does not share the numbering
    await conn.withTransaction(ctxFor('other'), (ctx) => audit.record(ctx, { chain: 'chain-other', action: 'a', entityType: 't' }));

    expect(await seqs(chain)).toEqual([1, 2, 3, 4, 5]);
    expect(await seqs('chain-other')).toEqual([1]);
    const rows = await ds.getRepository(AuditEventEntity).find({ where: { chain }, order: { seq: 'ASC' } });
    expect(rows[0]?.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(rows.map((r) => r.requestId)).toEqual(['req-0', 'req-1', 'req-2', 'req-3', 'req-4']);
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 5, brokenAt: null });
    expect(await audit.verify(ctxFor('v'), 'chain-empty')).toEqual({ events: 0, brokenAt: null });
  });

  it('serialises 20 concurrent writers on one chain: seq 1..20, no gaps, no duplicates, chain intact', async () => {
    const chain = 'chain-concurrent';
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        conn.withTransaction(ctxFor(`writer-${i}`), async (ctx) => {
          await audit.record(ctx, { chain, action: 'thing.changed', entityType: 'thing', entityId: String(i), data: { writer: i } });
          // keep the transaction open a little so that writers overlap
          await conn.manager(ctx).query('SELECT pg_sleep(0.01)');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await seqs(chain)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const writers: Array<{ entity_id: string }> = await ds.query('SELECT DISTINCT entity_id FROM audit_event WHERE chain = $1', [chain]);
    expect(writers).toHaveLength(20);
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 20, brokenAt: null });
  });

  it('keeps a chain safe when events are recorded without an open transaction', async () => {
    const chain = 'chain-no-transaction';
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => audit.record(ctxFor(`bare-${i}`), { chain, action: 'thing.changed', entityType: 'thing', data: { i } })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await seqs(chain)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 10, brokenAt: null });
  });

  it('has a unique (chain, seq) index as the last line of defence', async () => {
    const chain = 'chain-unique';
    await conn.withTransaction(ctxFor('u'), (ctx) => audit.record(ctx, { chain, action: 'a', entityType: 't' }));
    const duplicate = ds.query(
      "INSERT INTO audit_event (chain, seq, action, entity_type, prev_hash, hash) VALUES ($1, 1, 'a', 't', 'x', 'y')",
      [chain],
    );
    await expect(duplicate).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23505' }) });
  });

  it('reports the first tampered event: edited data, and a deleted event', async () => {
    const chain = 'chain-tampered';
    for (let i = 1; i <= 5; i++) {
      await conn.withTransaction(ctxFor(`t-${i}`), (ctx) => audit.record(ctx, { chain, action: 'vote.cast', entityType: 'vote', data: { votesFor: i } }));
    }
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 5, brokenAt: null });

    await ds.query(`UPDATE audit_event SET data = '{"votesFor": 99}' WHERE chain = $1 AND seq = 3`, [chain]);
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 5, brokenAt: 3 });

    // Restoring the content restores the chain: the hash covers exactly the content.
    await ds.query(`UPDATE audit_event SET data = '{"votesFor": 3}' WHERE chain = $1 AND seq = 3`, [chain]);
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 5, brokenAt: null });

    await ds.query(`UPDATE audit_event SET action = 'vote.retracted' WHERE chain = $1 AND seq = 4`, [chain]);
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 5, brokenAt: 4 });
    await ds.query(`UPDATE audit_event SET action = 'vote.cast' WHERE chain = $1 AND seq = 4`, [chain]);

    await ds.query('DELETE FROM audit_event WHERE chain = $1 AND seq = 2', [chain]);
    expect(await audit.verify(ctxFor('v'), chain)).toEqual({ events: 4, brokenAt: 3 });
  });

  it('rolls the audit event back together with the change when the transaction fails', async () => {
    const chain = 'chain-rollback';
    const ctx = ctxFor('rollback');
    const afterCommit = jest.fn();
    const work = conn.withTransaction(ctx, async (c) => {
      await conn.manager(c).query(`INSERT INTO jurisdiction (code, kind, name) VALUES ('T-ROLLBACK', 'oblast', '{"ru": "Тест"}')`);
      await audit.record(c, { chain, action: 'jurisdiction.created', entityType: 'jurisdiction', data: { code: 'T-ROLLBACK' } });
      c.afterCommit(afterCommit);
      // the event is visible inside the transaction, not outside it…
      expect(await seqs(chain)).toEqual([]);
      const inside: unknown[] = await conn.manager(c).query('SELECT 1 FROM audit_event WHERE chain = $1', [chain]);
      expect(inside).toHaveLength(1);
      throw new Error('boom');
    });
    await expect(work).rejects.toThrow('boom');
    // …and neither survives it.
    expect(await ds.query(`SELECT 1 FROM jurisdiction WHERE code = 'T-ROLLBACK'`)).toEqual([]);
    expect(await seqs(chain)).toEqual([]);
    expect(afterCommit).not.toHaveBeenCalled();
    expect(ctx.manager).toBeUndefined();

    // The chain starts at 1 afterwards: nothing of the failed attempt remains.
    await conn.withTransaction(ctxFor('again'), (c) => audit.record(c, { chain, action: 'a', entityType: 't' }));
    expect(await seqs(chain)).toEqual([1]);
  });

  it('runs after-commit hooks only once the transaction has committed', async () => {
    const ctx = ctxFor('commit');
    let seenAtHook: number[] | undefined;
    await conn.withTransaction(ctx, async (c) => {
      await audit.record(c, { chain: 'chain-hooks', action: 'a', entityType: 't' });
      c.afterCommit(async () => {
        seenAtHook = await seqs('chain-hooks');
      });
    });
    expect(seenAtHook).toEqual([1]);
  });
});
