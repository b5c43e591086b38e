import type { DataSource } from 'typeorm';
import { AuditEventEntity, DomainError, ErrorCode } from '@kenes/api/core';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { JurisdictionEntity, REGISTRY_ENTITIES } from '@kenes/api/registry';
import { COMPOSITION_ENTITIES } from './composition.entities';
import type { SetPopulationReferenceInput } from './population.inputs';
import { addCouncil, appointment, compositionServices, systemCtx, userCtx, type CompositionServices, type CouncilFixture } from './testing/composition-fixture';

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as DomainError,
  );
}

const BANDS = [
  { band: '18-34', percent: 40 },
  { band: '35-49', percent: 30 },
  { band: '50-64', percent: 20 },
  { band: '65+', percent: 10 },
];

describe('PopulationReferenceService and the demographic gap on PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let s: CompositionServices;
  let city: CouncilFixture;
  let other: CouncilFixture;
  let region: JurisdictionEntity;

  const input = (over: Partial<SetPopulationReferenceInput> = {}): SetPopulationReferenceInput => ({
    jurisdictionId: city.jurisdiction.id,
    asOf: '2025-01-01',
    ageBands: BANDS,
    femalePercent: 52,
    medianAge: 38,
    source: 'Бюро национальной статистики',
    ...over,
  });
  const operatorOf = (jurisdictionId: string) => userCtx([{ role: 'authorizedBodyOperator', scope: { kind: 'jurisdiction', id: jurisdictionId } }]);
  const set = (i: SetPopulationReferenceInput, ctx = operatorOf(city.jurisdiction.id)) => s.conn.withTransaction(ctx, (c) => s.population.set(c, i));

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 5, entities: [AuditEventEntity, ...REGISTRY_ENTITIES, ...COMPOSITION_ENTITIES] });
    await ds.initialize();
    s = compositionServices(ds);
    city = await addCouncil(ds, 'POPA');
    other = await addCouncil(ds, 'POPB');
    region = await ds.getRepository(JurisdictionEntity).save({ code: 'POP-REG', kind: 'oblast', name: { ru: 'Область' }, parentId: null });
    await ds.getRepository(JurisdictionEntity).update({ id: other.jurisdiction.id }, { parentId: region.id });
    const convocation = await s.conn.withTransaction(systemCtx(), (c) => s.convocations.open(c, { councilId: city.council.id, startsOn: '2024-01-15' }));
    for (const birthDate of ['1950-03-01', '1958-03-01', '1962-03-01', '1990-03-01']) {
      await s.conn.withTransaction(systemCtx(), (c) =>
        s.memberships.appoint(c, appointment(convocation.id, city.categories.ngo, { startsOn: '2024-01-15', person: { fullName: `Член ${birthDate}`, birthDate, isCivilServant: false } })),
      );
    }
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  it('stores a reference entered by the authorized body, audited, and compares the council with it', async () => {
    const saved = await set(input());
    expect(saved).toMatchObject({ asOf: '2025-01-01', source: 'Бюро национальной статистики' });
    expect([Number(saved.femalePercent), Number(saved.medianAge)]).toEqual([52, 38]);
    const audit = await ds.getRepository(AuditEventEntity).findOneByOrFail({ entityId: saved.id });
    expect(audit).toMatchObject({ action: 'populationReference.set', chain: city.jurisdiction.id });

    const snapshot = await s.compositions.composition(systemCtx(), city.council.id, '2026-01-01');
    expect(snapshot.population?.reference.id).toBe(saved.id);
    // ages 75, 67, 63 and 35: nobody aged 18-34, against 40 % of the city
    expect(snapshot.population?.gap.ageBands[0]).toEqual({ band: '18-34', councilPercent: 0, populationPercent: 40, gapPoints: -40, notable: true });
    expect(snapshot.population?.gap.largestAgeGap).toEqual({ band: '18-34', gapPoints: -40 });
  });

  it('uses the newest reference on or before the date, and none before the first', async () => {
    const newer = await set(input({ asOf: '2026-01-01', medianAge: 39 }));
    expect((await s.compositions.composition(systemCtx(), city.council.id, '2026-06-01')).population?.reference.id).toBe(newer.id);
    expect((await s.compositions.composition(systemCtx(), city.council.id, '2025-06-01')).population?.reference.medianAge).toBe('38.0');
    expect((await s.compositions.composition(systemCtx(), city.council.id, '2024-06-01')).population).toBeNull();
  });

  it('falls back to the nearest jurisdiction above the council’s', async () => {
    expect((await s.compositions.composition(systemCtx(), other.council.id, '2026-01-01')).population).toBeNull();
    const regional = await set(input({ jurisdictionId: region.id }), operatorOf(region.id));
    const snapshot = await s.compositions.composition(systemCtx(), other.council.id, '2026-01-01');
    expect(snapshot.population?.reference.id).toBe(regional.id);
  });

  it('refuses figures that do not add up, with a translated message per field', async () => {
    const e = await rejection(set(input({ asOf: '2027-01-01', ageBands: BANDS.map((b) => (b.band === '65+' ? { ...b, percent: 12 } : b)) })));
    expect(e.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(e.fields).toEqual([{ path: 'ageBands', messageKey: 'population.sumNot100', params: { sum: 102 } }]);
    const missing = await rejection(set(input({ asOf: '2027-01-01', ageBands: BANDS.slice(1) })));
    expect(missing.fields.map((f) => f.messageKey)).toContain('population.bandsMismatch');
  });

  it('refuses a second reference for the same date (versions are only added)', async () => {
    const e = await rejection(set(input()));
    expect(e.code).toBe(ErrorCode.CONFLICT);
  });

  it('lets an operator enter figures only inside their own jurisdiction, and a secretary not at all', async () => {
    const outside = await rejection(set(input({ jurisdictionId: other.jurisdiction.id, asOf: '2028-01-01' })));
    expect(outside.code).toBe(ErrorCode.NOT_FOUND);
    const secretary = userCtx([{ role: 'councilSecretary', scope: { kind: 'council', id: city.council.id } }]);
    const refused = await rejection(set(input({ asOf: '2028-01-01' }), secretary));
    expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]).toContain(refused.code);
    const admin = userCtx([{ role: 'platformAdmin', scope: { kind: 'platform', id: null } }]);
    expect((await set(input({ jurisdictionId: other.jurisdiction.id, asOf: '2028-01-01' }), admin)).jurisdictionId).toBe(other.jurisdiction.id);
  });
});
