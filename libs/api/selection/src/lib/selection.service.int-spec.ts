import type { DataSource } from 'typeorm';
import { AuditEventEntity, AuditService, DomainError, ErrorCode, RequestContext, TransactionalConnection } from '@kenes/api/core';
import { COMPOSITION_ENTITIES, CompositionRepository, ConvocationEntity, RuleSetService } from '@kenes/api/composition';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { CouncilEntity, CouncilService, JurisdictionEntity, REGISTRY_ENTITIES, StateBodyEntity } from '@kenes/api/registry';
import { permissionsOf } from '@kenes/domain';
import { SELECTION_ENTITIES } from './selection.entities';
import type { SubmitApplicationInput } from './selection.inputs';
import { toPublicCompetition } from './selection.mappers';
import { RefusalGround } from './selection.models';
import { SelectionService } from './selection.service';

let requests = 0;
const sys = () => new RequestContext('ru', `sel-${++requests}`, undefined, true);

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as DomainError,
  );
}

describe('SelectionService on PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let conn: TransactionalConnection;
  let s: SelectionService;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({
      url: db.url,
      poolSize: 6,
      entities: [AuditEventEntity, ...REGISTRY_ENTITIES, ...COMPOSITION_ENTITIES, ...SELECTION_ENTITIES],
    });
    await ds.initialize();
    conn = new TransactionalConnection(ds);
    const audit = new AuditService(conn);
    s = new SelectionService(conn, new CompositionRepository(conn), new RuleSetService(conn, audit), new CouncilService(conn, audit), audit);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  const tx = <T>(fn: (c: RequestContext) => Promise<T>, ctx = sys()) => conn.withTransaction(ctx, fn);

  /** A published local council with a forming convocation, and one seated member nominated by BIN 111111111111. */
  async function council(code: string) {
    const jurisdiction = await ds.getRepository(JurisdictionEntity).save({ code, kind: 'city_oblast', name: { ru: code }, parentId: null });
    const body = await ds
      .getRepository(StateBodyEntity)
      .save({ jurisdictionId: jurisdiction.id, parentId: null, kind: 'akimat', name: { ru: `Акимат ${code}` }, bin: null });
    const c = await ds.getRepository(CouncilEntity).save({
      slug: code.toLowerCase(),
      jurisdictionId: jurisdiction.id,
      hostBodyId: body.id,
      level: 'local',
      name: { ru: `Совет ${code}` },
      publishedAt: new Date(),
    });
    const convocation = await ds
      .getRepository(ConvocationEntity)
      .save({ councilId: c.id, number: 1, startsOn: '2026-06-01', endsOn: '2029-06-01', status: 'forming' });
    const [cat] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO affiliation_category (jurisdiction_id, code, name, state_linked) VALUES ($1, 'ngo', '{"ru":"НПО"}', false) RETURNING id`,
      [jurisdiction.id],
    );
    const [person] = await ds.query<Array<{ id: string }>>(`INSERT INTO person (full_name) VALUES ('Сидящий Член') RETURNING id`);
    await ds.query(
      `INSERT INTO membership (convocation_id, person_id, role, is_voting_member, category_id, nominating_org_bin, selection_method, starts_on)
       VALUES ($1, $2, 'member', true, $3, '111111111111', 'competition', '2026-06-01')`,
      [convocation.id, person?.id, cat?.id],
    );
    const created = await tx((ctx) =>
      s.create(ctx, {
        councilId: c.id,
        convocationId: convocation.id,
        seats: 2,
        callText: { ru: 'Конкурс в общественный совет' },
        criteria: [{ ru: 'Опыт общественной работы' }],
        opensOn: '2026-03-01',
        closesOn: '2026-04-01',
      }),
    );
    return { council: c, jurisdiction, competitionId: created.competition.id };
  }

  const addMember = (competitionId: string, fullName: string, stateLinked: boolean, isHead = false) =>
    tx((ctx) => s.addWorkingGroupMember(ctx, { competitionId, fullName, stateLinked, isHead }));

  let n = 0;
  const candidate = (competitionId: string, over: Partial<SubmitApplicationInput> = {}): SubmitApplicationInput => ({
    competitionId,
    fullName: `Кандидат ${++n}`,
    birthDate: '1985-01-01',
    residesInJurisdiction: true,
    citizen: true,
    convictionDeclared: false,
    mentalHealthCertificate: true,
    criminalRecordCertificate: true,
    selfNominated: true,
    isWorkingGroupMember: false,
    ...over,
  });
  const submitAndReview = async (competitionId: string, over: Partial<SubmitApplicationInput> = {}) => {
    const app = await tx((ctx) => s.submit(ctx, candidate(competitionId, over)));
    return tx((ctx) => s.admitOrRefuse(ctx, { applicationId: app.id }));
  };
  const auditCount = async (action: string) =>
    (await ds.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [action]))[0]?.n;

  it('keeps the working group’s state share at most 1/3 (art. 8), naming the rule', async () => {
    const { competitionId } = await council('SEL-WG');
    await addMember(competitionId, 'Глава Группы', false, true);
    await addMember(competitionId, 'Член НПО', false);
    await addMember(competitionId, 'Чиновник Один', true);
    const e = await rejection(addMember(competitionId, 'Чиновник Два', true));
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe(ErrorCode.CONFLICT);
    expect(e.details).toMatchObject({ ruleCode: 'workingGroup.stateShare' });
    expect(String(e.details['basis'])).toContain('8');
    const detail = await s.competition(sys(), competitionId);
    expect(detail.workingGroup).toHaveLength(3);
    // The group shows its own check: 1 of 3 state-linked passes the 1/3 limit.
    expect(detail.workingGroupCheck).toEqual([expect.objectContaining({ code: 'workingGroup.stateShare', status: 'pass' })]);
    expect((await rejection(addMember(competitionId, 'Второй Глава', false, true))).messageKey).toBe('selection.headTaken');
  });

  it('refuses on every art. 10 ground with its legal basis, and a second candidate of a seated or selected BIN', async () => {
    const { competitionId } = await council('SEL-ELIG');
    await addMember(competitionId, 'Айгерім Жұмыстоп', false, true);
    await tx((ctx) => s.open(ctx, competitionId));

    const ok = await submitAndReview(competitionId, { selfNominated: false, nominatingOrgBin: '222222222222', nominatingOrgName: 'НПО' });
    expect(ok.status).toBe('admitted');
    const cases: Array<[Partial<SubmitApplicationInput>, string, string, string]> = [
      [{ citizen: false }, 'candidate.citizenship', 'eligibilityNotMet', '10'],
      [{ birthDate: '2008-04-02' }, 'candidate.minimumAge', 'eligibilityNotMet', '10'],
      [{ residesInJurisdiction: false }, 'candidate.localResidency', 'eligibilityNotMet', '10'],
      [{ convictionDeclared: true }, 'candidate.noConviction', 'eligibilityNotMet', '10'],
      [{ criminalRecordCertificate: false }, 'candidate.documents', 'documentsMissing', '10'],
      [{ fullName: ' айгерім  жұмыстоп ' }, 'candidate.notWorkingGroupMember', 'eligibilityNotMet', '10'],
      [{ nominatingOrgBin: '111111111111', selfNominated: false }, 'composition.maxPerOrganisation', 'eligibilityNotMet', '9'],
    ];
    for (const [facts, ruleCode, ground, article] of cases) {
      const app = await submitAndReview(competitionId, facts);
      expect(app.status).toBe('refused');
      expect(app.refusalReasons).toEqual([
        expect.objectContaining({ ruleCode, ground, basis: expect.objectContaining({ article }), name: expect.objectContaining({ ru: expect.any(String) }) }),
      ]);
    }
    // 18 on the closing day is enough.
    expect((await submitAndReview(competitionId, { birthDate: '2008-04-01' })).status).toBe('admitted');

    // The secretary may add a refusal (false information), never lift one; a reviewed application stays reviewed.
    const doubtful = await tx((ctx) => s.submit(ctx, candidate(competitionId)));
    const refused = await tx((ctx) =>
      s.admitOrRefuse(ctx, { applicationId: doubtful.id, refuseOn: RefusalGround.FALSE_INFORMATION, note: 'Диплом не подтверждён' }),
    );
    expect(refused.refusalReasons).toEqual([expect.objectContaining({ ruleCode: null, ground: 'falseInformation', note: 'Диплом не подтверждён' })]);
    expect((await rejection(tx((ctx) => s.admitOrRefuse(ctx, { applicationId: doubtful.id })))).messageKey).toBe('selection.wrongStatus');
    expect(await auditCount('application.refused')).toBeGreaterThanOrEqual(8);
  });

  it('ranks by average score, selects the seats, lists the reserve in order with reasons, and publishes names only', async () => {
    const { council: c, competitionId } = await council('SEL-DECIDE');
    await addMember(competitionId, 'Глава', false, true);
    await addMember(competitionId, 'Член', false);
    const wg = (await s.competition(sys(), competitionId)).workingGroup;
    await tx((ctx) => s.open(ctx, competitionId));
    const [a, b, cc, d] = [
      await submitAndReview(competitionId, { fullName: 'Алия А' }),
      await submitAndReview(competitionId, { fullName: 'Бауыржан Б', selfNominated: false, nominatingOrgBin: '333333333333' }),
      await submitAndReview(competitionId, { fullName: 'Галым В' }),
      await submitAndReview(competitionId, { fullName: 'Дана Г' }),
    ];
    const refused = await submitAndReview(competitionId, { fullName: 'Ерлан Отказ', convictionDeclared: true });
    expect(refused.status).toBe('refused');
    expect((await rejection(tx((ctx) => s.decide(ctx, { competitionId })))).messageKey).toBe('selection.wrongState');
    await tx((ctx) => s.close(ctx, competitionId));

    const score = (applicationId: string, scorer: number, value: number) =>
      tx((ctx) => s.score(ctx, { applicationId, scorerId: wg[scorer].id, value }));
    // The same scorer scoring at the same instant yields one row, the last word kept.
    await Promise.all([score(a.id, 0, 6), score(a.id, 0, 6), score(a.id, 0, 6)]);
    await score(a.id, 1, 7); // a: 6.5
    await score(b.id, 0, 9);
    await score(b.id, 1, 9); // b: 9
    await score(cc.id, 0, 8); // c: 8
    await score(d.id, 0, 5);
    await score(d.id, 1, 6); // d: 5.5
    const [{ n: rows }] = await ds.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM score WHERE application_id = $1', [a.id]);
    expect(rows).toBe(2);
    expect((await rejection(score(refused.id, 0, 5))).messageKey).toBe('selection.wrongStatus');

    const decided = await tx((ctx) => s.decide(ctx, { competitionId }));
    expect(decided.competition.state).toBe('decided');
    const byName = new Map(decided.applications.map((x) => [x.fullName, x]));
    expect(['Бауыржан Б', 'Галым В', 'Алия А', 'Дана Г'].map((name) => {
      const x = byName.get(name)!;
      return [x.status, x.rank, x.reservePosition, x.averageScore];
    })).toEqual([
      ['selected', 1, null, '9.00'],
      ['selected', 2, null, '8.00'],
      ['reserve', 3, 1, '6.50'],
      ['reserve', 4, 2, '5.50'],
    ]);
    expect(byName.get('Алия А')!.decisionReasons).toMatchObject({ ru: expect.stringContaining('1-й в резервном списке') });
    expect(byName.get('Бауыржан Б')!.decisionReasons?.kk).toBeTruthy();
    expect(byName.get('Ерлан Отказ')!.status).toBe('refused');
    expect(await auditCount('competition.decided')).toBe(1);

    // Not public until published; then names and reasons only.
    expect(await s.published(sys(), c.slug)).toEqual([]);
    await tx((ctx) => s.publish(ctx, competitionId));
    const [pub] = (await s.published(sys(), c.slug))!;
    const view = toPublicCompetition(pub, 'ru');
    expect(view.refusedCount).toBe(1);
    expect(view.results.map((r) => [r.fullName, r.status, r.reservePosition])).toEqual([
      ['Бауыржан Б', 'selected', null],
      ['Галым В', 'selected', null],
      ['Алия А', 'reserve', 1],
      ['Дана Г', 'reserve', 2],
    ]);
    expect(JSON.stringify(view)).not.toMatch(/1985-01-01|birthDate|Certificate|conviction|Ерлан/);

    expect(await auditCount('competition.published')).toBe(1);

    // A later competition for the same convocation refuses a second candidate of a selected BIN (art. 9 p. 4).
    const next = await tx((ctx) =>
      s.create(ctx, {
        councilId: c.id,
        convocationId: decided.competition.convocationId,
        seats: 1,
        callText: { ru: 'Дополнительный конкурс' },
        criteria: [],
        opensOn: '2026-09-01',
        closesOn: '2026-09-15',
      }),
    );
    await addMember(next.competition.id, 'Глава', false, true);
    await tx((ctx) => s.open(ctx, next.competition.id));
    const second = await submitAndReview(next.competition.id, { selfNominated: false, nominatingOrgBin: '333333333333' });
    expect(second.refusalReasons).toEqual([expect.objectContaining({ ruleCode: 'composition.maxPerOrganisation' })]);
  });

  it('hides another council’s competition from a secretary (NOT_FOUND) and lets the council’s own secretary read it', async () => {
    const { council: mine, competitionId } = await council('SEL-ACCESS-A');
    const other = await council('SEL-ACCESS-B');
    const secretaryOf = (councilId: string) => {
      const ctx = new RequestContext('ru', `sel-${++requests}`);
      const grants = [{ role: 'councilSecretary' as const, scope: { kind: 'council' as const, id: councilId } }];
      ctx.user = {
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        sessionId: 's',
        displayName: 'Secretary',
        grants,
        permissions: permissionsOf(grants),
        jurisdictionClosure: {},
      };
      return ctx;
    };
    expect((await s.competition(secretaryOf(mine.id), competitionId)).competition.id).toBe(competitionId);
    const e = await rejection(s.competition(secretaryOf(mine.id), other.competitionId));
    expect(e.code).toBe(ErrorCode.NOT_FOUND);
    const w = await rejection(tx((ctx) => s.open(ctx, other.competitionId), secretaryOf(mine.id)));
    expect(w.code).toBe(ErrorCode.NOT_FOUND);
  });
});
