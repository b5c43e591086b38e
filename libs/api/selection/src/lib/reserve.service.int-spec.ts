import type { DataSource } from 'typeorm';
import { AuditEventEntity, AuditService, DomainError, ErrorCode, RequestContext, TransactionalConnection } from '@kenes/api/core';
import {
  COMPOSITION_ENTITIES,
  CompositionRepository,
  ConvocationEntity,
  MembershipEntity,
  MembershipService,
  RuleSetService,
} from '@kenes/api/composition';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { CouncilEntity, CouncilService, JurisdictionEntity, REGISTRY_ENTITIES, StateBodyEntity } from '@kenes/api/registry';
import { permissionsOf } from '@kenes/domain';
import { ReserveService } from './reserve.service';
import { ReserveAppointmentEntity, SELECTION_ENTITIES } from './selection.entities';
import type { SubmitApplicationInput } from './selection.inputs';
import { SelectionService } from './selection.service';

let requests = 0;
const sys = () => new RequestContext('ru', `res-${++requests}`, undefined, true);

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as DomainError,
  );
}

describe('ReserveService on PostgreSQL: filling a vacancy from the reserve list', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let conn: TransactionalConnection;
  let s: SelectionService;
  let r: ReserveService;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 6, entities: [AuditEventEntity, ...REGISTRY_ENTITIES, ...COMPOSITION_ENTITIES, ...SELECTION_ENTITIES] });
    await ds.initialize();
    conn = new TransactionalConnection(ds);
    const audit = new AuditService(conn);
    const repo = new CompositionRepository(conn);
    const rules = new RuleSetService(conn, audit);
    s = new SelectionService(conn, repo, rules, new CouncilService(conn, audit), audit);
    r = new ReserveService(conn, repo, new MembershipService(conn, repo, rules, audit), audit);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  const tx = <T>(fn: (c: RequestContext) => Promise<T>, ctx = sys()) => conn.withTransaction(ctx, fn);
  let n = 0;

  /**
   * A council with a sitting convocation (one member nominated by BIN 111111111111) and a decided
   * competition: one seat, three candidates on the reserve list, the third from the seated BIN.
   */
  async function decided(code: string) {
    const jurisdiction = await ds.getRepository(JurisdictionEntity).save({ code, kind: 'city_oblast', name: { ru: code }, parentId: null });
    const body = await ds
      .getRepository(StateBodyEntity)
      .save({ jurisdictionId: jurisdiction.id, parentId: null, kind: 'akimat', name: { ru: `Акимат ${code}` }, bin: null });
    const council = await ds.getRepository(CouncilEntity).save({
      slug: code.toLowerCase(),
      jurisdictionId: jurisdiction.id,
      hostBodyId: body.id,
      level: 'local',
      name: { ru: `Совет ${code}` },
      publishedAt: new Date(),
    });
    const convocation = await ds
      .getRepository(ConvocationEntity)
      .save({ councilId: council.id, number: 1, startsOn: '2026-06-01', endsOn: '2029-06-01', status: 'active' });
    const [cat] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO affiliation_category (jurisdiction_id, code, name, state_linked) VALUES ($1, 'ngo', '{"ru":"НПО"}', false) RETURNING id`,
      [jurisdiction.id],
    );
    const categoryId = cat?.id;
    const [person] = await ds.query<Array<{ id: string }>>(`INSERT INTO person (full_name) VALUES ('Сидящий Член') RETURNING id`);
    await ds.query(
      `INSERT INTO membership (convocation_id, person_id, role, is_voting_member, category_id, nominating_org_bin, selection_method, starts_on)
       VALUES ($1, $2, 'member', true, $3, '111111111111', 'competition', '2026-06-01')`,
      [convocation.id, person?.id, categoryId],
    );
    const created = await tx((ctx) =>
      s.create(ctx, { councilId: council.id, convocationId: convocation.id, seats: 1, callText: { ru: 'Конкурс' }, criteria: [], opensOn: '2026-03-01', closesOn: '2026-04-01' }),
    );
    const competitionId = created.competition.id;
    await tx((ctx) => s.addWorkingGroupMember(ctx, { competitionId, fullName: 'Глава', stateLinked: false, isHead: true }));
    const scorer = (await s.competition(sys(), competitionId)).workingGroup[0]?.id;
    await tx((ctx) => s.open(ctx, competitionId));
    const candidate = (over: Partial<SubmitApplicationInput>): SubmitApplicationInput => ({
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
    const ids: string[] = [];
    for (const over of [{ fullName: 'Первый Отобран' }, { fullName: 'Резерв Один' }, { fullName: 'Резерв Два' }, { fullName: 'Резерв Три' }]) {
      const app = await tx((ctx) => s.submit(ctx, candidate(over)));
      await tx((ctx) => s.admitOrRefuse(ctx, { applicationId: app.id }));
      ids.push(app.id);
    }
    await tx((ctx) => s.close(ctx, competitionId));
    for (const [i, id] of ids.entries()) await tx((ctx) => s.score(ctx, { applicationId: id, scorerId: scorer, value: 10 - i }));
    await tx((ctx) => s.decide(ctx, { competitionId }));
    // The third reserve turns out to be nominated by the organisation already seated.
    await ds.query(`UPDATE application SET nominating_org_bin = '111111111111', self_nominated = false WHERE id = $1`, [ids[3]]);
    return { council, convocation, categoryId, competitionId, ids };
  }

  const fill = (competitionId: string, categoryId: string, ctx = sys(), applicationId?: string) =>
    tx((c) => r.fillVacancyFromReserve(c, { competitionId, categoryId, startsOn: '2026-12-01', isCivilServant: false, ...(applicationId ? { applicationId } : {}) }), ctx);

  it('appoints the reserve list in order, through the composition rules, audited, each entry once', async () => {
    const { convocation, categoryId, competitionId, ids } = await decided('RES-ORDER');
    const first = await fill(competitionId, categoryId);
    expect(first.application.id).toBe(ids[1]);
    expect(first.change.membership).toMatchObject({ selectionMethod: 'reserveList', startsOn: '2026-12-01', convocationId: convocation.id });
    expect(first.change.membership.person).toMatchObject({ fullName: 'Резерв Один', birthDate: '1985-01-01' });
    const second = await fill(competitionId, categoryId, sys(), ids[2]);
    expect(second.application.id).toBe(ids[2]);

    const used = await ds.getRepository(ReserveAppointmentEntity).findBy({ competitionId });
    expect(used.map((u) => u.applicationId).sort()).toEqual([ids[1], ids[2]].sort());
    const audit = await ds.query<Array<{ action: string }>>(`SELECT action FROM audit_event WHERE entity_id = ANY($1) ORDER BY seq`, [[ids[1], ids[2]]]);
    expect(audit.filter((a) => a.action === 'competition.reserveUsed')).toHaveLength(2);
    expect((await s.competition(sys(), competitionId)).reserveAppointments).toHaveLength(2);

    // The only entry left breaks the one-member-per-organisation rule: refused with the rule, nothing written.
    const seatsBefore = await ds.getRepository(MembershipEntity).countBy({ convocationId: convocation.id });
    const refused = await rejection(fill(competitionId, categoryId));
    expect(refused.code).toBe(ErrorCode.CONFLICT);
    expect(refused.details).toMatchObject({ ruleCode: 'composition.maxPerOrganisation' });
    expect(await ds.getRepository(MembershipEntity).countBy({ convocationId: convocation.id })).toBe(seatsBefore);
    expect(await ds.getRepository(ReserveAppointmentEntity).countBy({ competitionId })).toBe(2);
  });

  it('refuses when the entry the secretary saw is no longer next, and when the list is used up', async () => {
    const { categoryId, competitionId, ids } = await decided('RES-STALE');
    await fill(competitionId, categoryId);
    expect((await rejection(fill(competitionId, categoryId, sys(), ids[1]))).code).toBe(ErrorCode.CONFLICT);
    await fill(competitionId, categoryId);
    await ds.query(`UPDATE application SET nominating_org_bin = NULL WHERE id = $1`, [ids[3]]);
    await fill(competitionId, categoryId);
    expect((await rejection(fill(competitionId, categoryId))).messageKey).toBe('selection.reserveEmpty');
  });

  it('gives two secretaries clicking at once two different entries', async () => {
    const { categoryId, competitionId, ids } = await decided('RES-RACE');
    const [a, b] = await Promise.all([fill(competitionId, categoryId), fill(competitionId, categoryId)]);
    expect([a.application.id, b.application.id].sort()).toEqual([ids[1], ids[2]].sort());
  });

  it('lets the database refuse a second use of the same entry', async () => {
    const { categoryId, competitionId } = await decided('RES-DB');
    const first = await fill(competitionId, categoryId);
    const row = await ds.getRepository(ReserveAppointmentEntity).findOneByOrFail({ applicationId: first.application.id });
    await expect(
      ds.query(`INSERT INTO reserve_appointment (application_id, competition_id, membership_id) VALUES ($1, $2, $3)`, [
        row.applicationId,
        competitionId,
        row.membershipId,
      ]),
    ).rejects.toThrow(/UQ_reserve_appointment_application|duplicate key/);
  });

  it('needs a decided competition and council.manage on its council', async () => {
    const { council, categoryId, competitionId } = await decided('RES-ACCESS');
    const other = await decided('RES-OTHER');
    const secretaryOf = (councilId: string) => {
      const ctx = new RequestContext('ru', `res-${++requests}`);
      const grants = [{ role: 'councilSecretary' as const, scope: { kind: 'council' as const, id: councilId } }];
      ctx.user = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', sessionId: 's', displayName: 'Секретарь', grants, permissions: permissionsOf(grants), jurisdictionClosure: {} };
      return ctx;
    };
    expect((await rejection(fill(competitionId, categoryId, secretaryOf(other.council.id)))).code).toBe(ErrorCode.NOT_FOUND);
    expect((await fill(competitionId, categoryId, secretaryOf(council.id))).change.membership.selectionMethod).toBe('reserveList');
    const convocationId = (await ds.getRepository(ConvocationEntity).findOneByOrFail({ councilId: council.id })).id;
    const draft = await tx((ctx) =>
      s.create(ctx, { councilId: council.id, convocationId, seats: 1, callText: { ru: 'Ещё' }, criteria: [], opensOn: '2026-12-01', closesOn: '2026-12-20' }),
    );
    expect((await rejection(fill(draft.competition.id, categoryId))).messageKey).toBe('selection.wrongState');
  });
});
