import { IDENTITY_ENTITIES } from '@kenes/api/identity';
import type { DataSource } from 'typeorm';
import { AuditEventEntity, AuditService, RequestContext, TransactionalConnection } from '@kenes/api/core';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { REGISTRY_ENTITIES } from '@kenes/api/registry';
import { DEMO_BODIES, DEMO_COUNCILS, DEMO_JURISDICTIONS } from './demo-registry';
import { seedDemo } from './demo-seed';

interface Counts {
  jurisdictions: number;
  bodies: number;
  councils: number;
  published: number;
  auditEvents: number;
}

async function open(): Promise<{ db: TestDatabase; ds: DataSource; conn: TransactionalConnection; audit: AuditService }> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 5, entities: [AuditEventEntity, ...REGISTRY_ENTITIES, ...IDENTITY_ENTITIES] });
  await ds.initialize();
  const conn = new TransactionalConnection(ds);
  return { db, ds, conn, audit: new AuditService(conn) };
}

async function counts(ds: DataSource): Promise<Counts> {
  const [row] = await ds.query<Counts[]>(`
    SELECT (SELECT count(*) FROM jurisdiction)::int AS jurisdictions,
           (SELECT count(*) FROM state_body)::int AS bodies,
           (SELECT count(*) FROM council)::int AS councils,
           (SELECT count(*) FROM council WHERE published_at IS NOT NULL)::int AS published,
           (SELECT count(*) FROM audit_event)::int AS "auditEvents"`);
  return row;
}

const EXPECTED: Counts = {
  jurisdictions: DEMO_JURISDICTIONS.length,
  bodies: DEMO_BODIES.length,
  councils: DEMO_COUNCILS.length,
  published: DEMO_COUNCILS.filter((c) => c.published).length,
  auditEvents: DEMO_COUNCILS.length,
};

describe('seedDemo on PostgreSQL', () => {
  describe('one caller', () => {
    let t: Awaited<ReturnType<typeof open>>;

    beforeAll(async () => {
      t = await open();
    });
    afterAll(async () => {
      if (t?.ds.isInitialized) await t.ds.destroy();
      await t?.db.drop();
    });

    it('loads the demo registry into an empty database, audited', async () => {
      expect(await counts(t.ds)).toEqual({ jurisdictions: 0, bodies: 0, councils: 0, published: 0, auditEvents: 0 });
      expect(await seedDemo(t.conn, t.audit)).toEqual({ seeded: true, councils: DEMO_COUNCILS.length });
      expect(EXPECTED.councils).toBeGreaterThan(0);
      expect(await counts(t.ds)).toEqual(EXPECTED);

      const parents: Array<{ code: string; parent: string | null }> = await t.ds.query(
        'SELECT j.code, p.code AS parent FROM jurisdiction j LEFT JOIN jurisdiction p ON p.id = j.parent_id ORDER BY j.code',
      );
      expect(parents).toEqual(
        DEMO_JURISDICTIONS.map((j) => ({ code: j.code, parent: j.parent ?? null })).sort((a, b) => a.code.localeCompare(b.code)),
      );
      // every council sits in its host body's jurisdiction
      const mismatched: unknown[] = await t.ds.query('SELECT c.slug FROM council c JOIN state_body b ON b.id = c.host_body_id WHERE b.jurisdiction_id <> c.jurisdiction_id');
      expect(mismatched).toEqual([]);

      const chains: Array<{ chain: string }> = await t.ds.query('SELECT DISTINCT chain FROM audit_event');
      expect(chains.length).toBeGreaterThan(1);
      for (const { chain } of chains) {
        expect(await t.audit.verify(RequestContext.system(), chain)).toMatchObject({ brokenAt: null });
      }
    });

    it('does nothing the second time', async () => {
      const before = await counts(t.ds);
      expect(before).toEqual(EXPECTED);
      expect(await seedDemo(t.conn, t.audit)).toEqual({ seeded: false, councils: 0 });
      expect(await counts(t.ds)).toEqual(before);
    });
  });

  describe('two callers at once', () => {
    let t: Awaited<ReturnType<typeof open>>;

    beforeAll(async () => {
      t = await open();
    });
    afterAll(async () => {
      if (t?.ds.isInitialized) await t.ds.destroy();
      await t?.db.drop();
    });

    it('seeds exactly once (the advisory lock makes the second wait, then see the data)', async () => {
      const results = await Promise.all([seedDemo(t.conn, t.audit), seedDemo(t.conn, t.audit)]);
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      expect(await counts(t.ds)).toEqual(EXPECTED);
    });
  });
});
