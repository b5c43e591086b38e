import { Column, type DataSource, Entity, type EntityManager, PrimaryGeneratedColumn } from 'typeorm';
import { MIGRATIONS, createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { ENTITIES } from './entities';

/** The guard compares the migrations with the entities the product registers (the app's list). */

/** An entity no migration creates: proves the drift check can see drift. */
@Entity('drift_probe')
class DriftProbeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  label!: string;
}

interface ForeignKey {
  table: string;
  constraint: string;
  columns: string;
  indexed: boolean;
}

/** Every foreign key of the public schema, and whether an index leads with its column(s). */
async function foreignKeys(manager: EntityManager): Promise<ForeignKey[]> {
  return manager.query(`
    SELECT c.conrelid::regclass::text AS "table",
           c.conname AS "constraint",
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
              FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS "columns",
           EXISTS (
             SELECT 1 FROM pg_index i
              WHERE i.indrelid = c.conrelid
                AND i.indpred IS NULL
                AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] = c.conkey
           ) AS "indexed"
      FROM pg_constraint c
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
     ORDER BY 1, 3`);
}

describe('database schema', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 5, entities: ENTITIES });
    await ds.initialize();
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  async function pendingSchemaChanges(source: DataSource = ds): Promise<string[]> {
    const sql = await source.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  }

  it('never synchronises the schema from the entities, nor migrates implicitly', () => {
    expect(ds.options.synchronize).toBe(false);
    expect(ds.options.migrationsRun).toBe(false);
    expect(ds.options.dropSchema ?? false).toBe(false);
  });

  it('starts every test database fully migrated', async () => {
    expect(await ds.showMigrations()).toBe(false);
    expect(await ds.runMigrations({ transaction: 'each' })).toEqual([]);
    const applied: Array<{ name: string }> = await ds.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
  });

  it('matches the entities exactly after the migrations (schema-drift guard)', async () => {
    expect(ENTITIES.length).toBeGreaterThanOrEqual(4);
    expect(await pendingSchemaChanges()).toEqual([]);
  });

  it('would notice an entity that no migration creates', async () => {
    const probe = createDataSource({ url: db.url, poolSize: 1, entities: [...ENTITIES, DriftProbeEntity] });
    await probe.initialize();
    try {
      const pending = await pendingSchemaChanges(probe);
      expect(pending).toEqual([expect.stringContaining('CREATE TABLE "drift_probe"')]);
    } finally {
      await probe.destroy();
    }
  });

  it('indexes every foreign-key column', async () => {
    const fks = await foreignKeys(ds.manager);
    expect(fks.map((f) => `${f.table}.${f.columns}`)).toEqual(
      expect.arrayContaining(['council.host_body_id', 'council.jurisdiction_id', 'jurisdiction.parent_id', 'state_body.jurisdiction_id', 'state_body.parent_id']),
    );
    expect(fks.filter((f) => !f.indexed)).toEqual([]);
  });

  it('would notice a foreign key without an index', async () => {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('CREATE TABLE fk_probe (id int PRIMARY KEY, council_id uuid REFERENCES council(id), other uuid)');
      await runner.query('CREATE INDEX fk_probe_other ON fk_probe (other, council_id)');
      const unindexed = (await foreignKeys(runner.manager)).filter((f) => !f.indexed);
      expect(unindexed).toEqual([expect.objectContaining({ table: 'fk_probe', columns: 'council_id' })]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('reverts every migration and re-applies them to the same schema', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables: Array<{ tablename: string }> = await ds.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.map((t) => t.tablename)).toEqual(['migrations']);

    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await pendingSchemaChanges()).toEqual([]);
    expect((await foreignKeys(ds.manager)).filter((f) => !f.indexed)).toEqual([]);
  });
});
