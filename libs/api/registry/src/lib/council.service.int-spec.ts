import type { DataSource } from 'typeorm';
import { AuditEventEntity, AuditService, classifyError, DomainError, ErrorCode, RequestContext, TransactionalConnection } from '@kenes/api/core';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { CouncilService } from './council.service';
import { CouncilEntity, JurisdictionEntity, REGISTRY_ENTITIES, StateBodyEntity } from './registry.entities';
import type { CouncilsArgs, CreateCouncilInput } from './registry.inputs';
import { CouncilLevel } from './registry.models';

describe('CouncilService on PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let conn: TransactionalConnection;
  let audit: AuditService;
  let service: CouncilService;
  let jurisdiction: JurisdictionEntity;
  let body: StateBodyEntity;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 5, entities: [AuditEventEntity, ...REGISTRY_ENTITIES] });
    await ds.initialize();
    conn = new TransactionalConnection(ds);
    audit = new AuditService(conn);
    service = new CouncilService(conn, audit);
    ({ jurisdiction, body } = await addJurisdiction('KZ-TST'));
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  async function addJurisdiction(code: string): Promise<{ jurisdiction: JurisdictionEntity; body: StateBodyEntity }> {
    const j = await ds.getRepository(JurisdictionEntity).save({ code, kind: 'oblast', name: { ru: `Область ${code}`, kk: `${code} облысы`, en: null }, parentId: null });
    const b = await ds.getRepository(StateBodyEntity).save({ jurisdictionId: j.id, parentId: null, kind: 'akimat', name: { ru: `Акимат ${code}` }, bin: null });
    return { jurisdiction: j, body: b };
  }

  function input(slug: string, over: Partial<CreateCouncilInput> = {}): CreateCouncilInput {
    return { slug, hostBodyId: body.id, level: CouncilLevel.LOCAL, name: { ru: `Общественный совет ${slug}`, kk: `${slug} қоғамдық кеңесі` }, ...over };
  }

  /** As the admin resolver does: one transaction per mutation. */
  function create(value: CreateCouncilInput, ctx = new RequestContext('ru', `req-${value.slug}`, undefined, true)): Promise<CouncilEntity> {
    return conn.withTransaction(ctx, (c) => service.create(c, value));
  }

  async function rejection(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e,
    );
  }

  const countCouncils = async (slug: string) => (await ds.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM council WHERE slug = $1', [slug]))[0]?.n;
  const auditEventsFor = (slug: string) =>
    ds.query<Array<{ chain: string; action: string; entity_type: string; entity_id: string; actor_id: string | null; data: Record<string, unknown> }>>(
      "SELECT chain, action, entity_type, entity_id, actor_id, data FROM audit_event WHERE data->>'slug' = $1",
      [slug],
    );
  const ctx = () => RequestContext.system();

  describe('create', () => {
    it('persists the council, audits it once and returns it with its jurisdiction and host body', async () => {
      const requestCtx = new RequestContext('kk', 'req-create');
      requestCtx.user = {
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        sessionId: 'session',
        displayName: 'Admin',
        grants: [{ role: 'platformAdmin', scope: { kind: 'platform', id: null } }],
        permissions: new Set(['registry.manage']),
        jurisdictionClosure: {},
      };
      const council = await create(input('kokshetau-tst', { name: { ru: 'Совет', kk: 'Кеңес', en: 'Council' } }), requestCtx);

      expect(council).toMatchObject({
        slug: 'kokshetau-tst',
        level: 'local',
        name: { ru: 'Совет', kk: 'Кеңес', en: 'Council' },
        jurisdictionId: jurisdiction.id,
        hostBodyId: body.id,
        publishedAt: null,
        version: 1,
        jurisdiction: { id: jurisdiction.id, code: 'KZ-TST', kind: 'oblast' },
        hostBody: { id: body.id, kind: 'akimat', name: { ru: 'Акимат KZ-TST' } },
      });
      expect(council.id).toMatch(/^[0-9a-f-]{36}$/);

      const row = await ds.getRepository(CouncilEntity).findOneByOrFail({ id: council.id });
      expect(row).toMatchObject({ slug: 'kokshetau-tst', jurisdictionId: jurisdiction.id, hostBodyId: body.id });

      expect(await auditEventsFor('kokshetau-tst')).toEqual([
        {
          chain: jurisdiction.id,
          action: 'council.created',
          entity_type: 'council',
          entity_id: council.id,
          actor_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
          data: { slug: 'kokshetau-tst', level: 'local', name: { ru: 'Совет', kk: 'Кеңес', en: 'Council' }, hostBodyId: body.id },
        },
      ]);
      expect(await audit.verify(ctx(), jurisdiction.id)).toEqual({ events: expect.any(Number), brokenAt: null });
    });

    it('refuses a duplicate slug with CONFLICT error.duplicate, writing nothing', async () => {
      await create(input('dup-tst'));
      const error = await rejection(create(input('dup-tst', { name: { ru: 'Другой совет' } })));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: ErrorCode.CONFLICT, messageKey: 'error.duplicate', params: { field: 'slug' } });
      expect(await countCouncils('dup-tst')).toBe(1);
      expect(await auditEventsFor('dup-tst')).toHaveLength(1);
    });

    it('refuses an unknown host body with BAD_USER_INPUT on hostBodyId, writing nothing', async () => {
      const error = await rejection(create(input('orphan-tst', { hostBodyId: '00000000-0000-4000-8000-000000000000' })));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ path: 'hostBodyId', messageKey: 'error.notFound', params: { entity: 'entity.stateBody' } }],
      });
      expect(await countCouncils('orphan-tst')).toBe(0);
      expect(await auditEventsFor('orphan-tst')).toEqual([]);
    });

    it('lets exactly one of two simultaneous creates of a slug win; the other gets CONFLICT', async () => {
      for (let round = 0; round < 5; round++) {
        const slug = `race-tst-${round}`;
        const results = await Promise.allSettled([create(input(slug)), create(input(slug))]);
        const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(rejected).toHaveLength(1);
        expect(classifyError(rejected[0]?.reason).code).toBe(ErrorCode.CONFLICT);
        expect(await countCouncils(slug)).toBe(1);
        expect(await auditEventsFor(slug)).toHaveLength(1);
      }
    });

    it('turns the unique-constraint race (both pass the friendly check) into CONFLICT too', async () => {
      const slug = 'race-tst-constraint';
      // The first transaction has inserted but not committed; the second cannot see its row,
      // passes the existence check, and waits on the unique index.
      let commitFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve));
      let firstInserted!: () => void;
      const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
      const first = conn.withTransaction(new RequestContext('ru', 'first', undefined, true), async (c) => {
        const council = await service.create(c, input(slug));
        firstInserted();
        await firstMayCommit;
        return council;
      });
      await inserted;
      const second = create(input(slug), new RequestContext('ru', 'second', undefined, true));
      // wait until the second transaction is blocked on the first one's row
      for (let i = 0; ; i++) {
        const waiting = await ds.query<unknown[]>("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        if (waiting.length > 0) break;
        if (i > 200) throw new Error('the second create never waited on the first');
        await new Promise((r) => setTimeout(r, 10));
      }
      commitFirst();
      await expect(first).resolves.toMatchObject({ slug });
      const error = await rejection(second);
      expect(error).not.toBeInstanceOf(DomainError);
      expect(classifyError(error)).toEqual({ code: ErrorCode.CONFLICT, messageKey: 'error.conflict' });
      expect(await countCouncils(slug)).toBe(1);
      expect(await auditEventsFor(slug)).toHaveLength(1);
      expect(await audit.verify(ctx(), jurisdiction.id)).toMatchObject({ brokenAt: null });
    });
  });

  describe('findAll', () => {
    let other: { jurisdiction: JurisdictionEntity; body: StateBodyEntity };

    beforeAll(async () => {
      other = await addJurisdiction('KZ-FND');
      const inOther = (slug: string, ru: string, extra: Partial<CreateCouncilInput> = {}) =>
        create(input(slug, { hostBodyId: other.body.id, name: { ru, kk: `${slug} кеңесі` }, ...extra }));
      await inOther('fnd-published', 'Совет открытых данных');
      await inOther('fnd-draft', 'Совет черновик');
      await inOther('fnd-percent', 'Совет 100% прозрачности');
      await inOther('fnd-underscore', 'Совет snake_case', { level: CouncilLevel.REPUBLICAN });
      await inOther('fnd-backslash', 'Совет C:\\archive');
      await ds.query("UPDATE council SET published_at = now() WHERE slug IN ('fnd-published', 'fnd-percent', 'fnd-underscore')");
    });

    const find = (args: CouncilsArgs, publishedOnly = false) => service.findAll(ctx(), args, { publishedOnly });
    const slugs = (page: { items: CouncilEntity[] }) => page.items.map((c) => c.slug).sort();

    it('with publishedOnly, leaves out unpublished councils, in the list, the total and by slug', async () => {
      const published = await find({ filter: { jurisdictionId: other.jurisdiction.id } }, true);
      expect(slugs(published)).toEqual(['fnd-percent', 'fnd-published', 'fnd-underscore']);
      expect(published.total).toBe(3);

      const all = await find({ filter: { jurisdictionId: other.jurisdiction.id } }, false);
      expect(slugs(all)).toEqual(['fnd-backslash', 'fnd-draft', 'fnd-percent', 'fnd-published', 'fnd-underscore']);
      expect(all.total).toBe(5);

      const everywhere = await find({ page: { offset: 0, limit: 100 } }, true);
      expect(everywhere.items.every((c) => c.publishedAt instanceof Date)).toBe(true);
      expect(everywhere.items.map((c) => c.slug)).not.toContain('fnd-draft');

      expect(await service.findPublishedBySlug(ctx(), 'fnd-draft')).toBeNull();
      expect(await service.findPublishedBySlug(ctx(), 'fnd-published')).toMatchObject({ slug: 'fnd-published', jurisdiction: { code: 'KZ-FND' } });
    });

    it('searches names in any language, case-insensitively', async () => {
      expect(slugs(await find({ filter: { search: 'открытых' } }))).toEqual(['fnd-published']);
      expect(slugs(await find({ filter: { search: 'ЧЕРНОВИК' } }))).toEqual(['fnd-draft']);
      expect(slugs(await find({ filter: { search: 'fnd-draft кеңесі' } }))).toEqual(['fnd-draft']);
    });

    it('escapes % and _ and \\ in the search term: they match themselves only', async () => {
      const percent = await find({ filter: { search: '%' } });
      expect(slugs(percent)).toEqual(['fnd-percent']);
      expect(percent.total).toBe(1);
      expect(slugs(await find({ filter: { search: '_' } }))).toEqual(['fnd-underscore']);
      expect(slugs(await find({ filter: { search: 'snake_c' } }))).toEqual(['fnd-underscore']);
      expect(slugs(await find({ filter: { search: 'snake%case' } }))).toEqual([]);
      expect(slugs(await find({ filter: { search: '\\' } }))).toEqual(['fnd-backslash']);
      expect(slugs(await find({ filter: { search: '100%' } }, true))).toEqual(['fnd-percent']);
    });

    it('filters by level and pages with a stable order and the full total', async () => {
      expect(slugs(await find({ filter: { jurisdictionId: other.jurisdiction.id, level: CouncilLevel.REPUBLICAN } }))).toEqual(['fnd-underscore']);
      const filter = { jurisdictionId: other.jurisdiction.id };
      const first = await find({ filter, page: { offset: 0, limit: 2 } });
      const rest = await find({ filter, page: { offset: 2, limit: 10 } });
      expect(first.total).toBe(5);
      expect(first.items).toHaveLength(2);
      expect(rest.items).toHaveLength(3);
      expect([...slugs(first), ...slugs(rest)].sort()).toEqual(['fnd-backslash', 'fnd-draft', 'fnd-percent', 'fnd-published', 'fnd-underscore']);
      expect(first.items.every((c) => c.hostBody?.id === other.body.id && c.jurisdiction?.code === 'KZ-FND')).toBe(true);
    });
  });
});
