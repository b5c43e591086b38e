import type { DataSource } from 'typeorm';
import { AuditEventEntity, DomainError, ErrorCode } from '@kenes/api/core';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { JurisdictionEntity, REGISTRY_ENTITIES } from '@kenes/api/registry';
import { defaultKazakhstanRuleSet, type Rule } from '@kenes/domain';
import { AffiliationCategoryEntity, COMPOSITION_ENTITIES, RuleSetEntity } from './composition.entities';
import type { UpdateRuleSetInput } from './composition.inputs';
import { toDomainRuleSet } from './rule-set.service';
import { addCouncil, appointment, compositionServices, systemCtx, userCtx, type CompositionServices } from './testing/composition-fixture';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

const PLATFORM_ADMIN = [{ role: 'platformAdmin' as const, scope: { kind: 'platform' as const, id: null } }];

/** The default rules with the civil-society share raised to 3/4, as a jurisdiction might decide. */
function stricterRules(): Rule[] {
  return defaultKazakhstanRuleSet.rules.map((r) =>
    r.code === 'composition.civilSocietyShare' && r.value.kind === 'share'
      ? { ...r, value: { ...r.value, numerator: 3, denominator: 4 } }
      : r,
  );
}

describe('RuleSetService, ConvocationService and categories on PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let s: CompositionServices;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 5, entities: [AuditEventEntity, ...REGISTRY_ENTITIES, ...COMPOSITION_ENTITIES] });
    await ds.initialize();
    s = compositionServices(ds);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  const addVersion = (input: UpdateRuleSetInput, ctx = userCtx(PLATFORM_ADMIN)) =>
    s.conn.withTransaction(ctx, (c) => s.ruleSets.addVersion(c, input));

  describe('rule sets', () => {
    it('starts with the domain’s statutory defaults as the national version 1 (seeded by the migration)', async () => {
      const rows = await ds.getRepository(RuleSetEntity).find({ order: { version: 'ASC' } });
      // Version 1 as first seeded, version 2 with the meeting and obligation rules, version 3 with who approves the minutes (all by migrations).
      expect(rows.map((r) => [r.jurisdictionId, r.version, r.effectiveFrom])).toEqual([
        [null, 1, defaultKazakhstanRuleSet.effectiveFrom],
        [null, 2, defaultKazakhstanRuleSet.effectiveFrom],
        [null, 3, defaultKazakhstanRuleSet.effectiveFrom],
      ]);
      const row = rows[rows.length - 1];
      // A change to the domain's defaults must arrive as a new version, not by editing the migration.
      expect(toDomainRuleSet(row)).toEqual({ ...defaultKazakhstanRuleSet, id: row.id, jurisdiction: 'national' });
      expect(toDomainRuleSet(rows[0]).rules.map((r) => r.code)).not.toContain('obligations.escalation');
      expect(toDomainRuleSet(rows[1]).rules.map((r) => r.code)).not.toContain('minutes.approval');
    });

    it('applies the version in force on the date, and the earliest one (flagged) before any took effect', async () => {
      const { jurisdiction } = await addCouncil(ds, 'RS-DATES');
      const before = await s.ruleSets.forJurisdiction(systemCtx(), jurisdiction.id, '2021-06-01');
      expect(before).toMatchObject({ inForce: false, row: { version: 1, jurisdictionId: null } });
      const after = await s.ruleSets.forJurisdiction(systemCtx(), jurisdiction.id, '2024-06-01');
      expect(after).toMatchObject({ inForce: true, row: { version: 3 } });
    });

    it('stores a jurisdiction’s own version that takes over from its date, without a deploy, for it and the units below it only', async () => {
      const strict = await addCouncil(ds, 'RS-STRICT');
      const other = await addCouncil(ds, 'RS-OTHER');
      const child = await ds
        .getRepository(JurisdictionEntity)
        .save({ code: 'RS-STRICT-CHILD', kind: 'rural_okrug', name: { ru: 'Округ' }, parentId: strict.jurisdiction.id });
      const convocation = await s.conn.withTransaction(systemCtx(), (c) =>
        s.convocations.open(c, { councilId: strict.council.id, startsOn: '2025-01-01' }),
      );
      for (let i = 0; i < 6; i++)
        await s.conn.withTransaction(systemCtx(), (c) => s.memberships.appoint(c, appointment(convocation.id, strict.categories.ngo)));
      for (let i = 0; i < 3; i++)
        await s.conn.withTransaction(systemCtx(), (c) => s.memberships.appoint(c, appointment(convocation.id, strict.categories.state)));

      const saved = await addVersion({ jurisdictionId: strict.jurisdiction.id, effectiveFrom: '2027-01-01', rules: stricterRules() });
      expect(saved).toMatchObject({ jurisdictionId: strict.jurisdiction.id, version: 1, effectiveFrom: '2027-01-01' });
      expect(saved.body['name']).toEqual(defaultKazakhstanRuleSet.name);

      const share = async (onDate: string) =>
        (await s.compositions.composition(systemCtx(), strict.council.id, onDate)).evaluation.find(
          (r) => r.code === 'composition.civilSocietyShare',
        );
      expect(await share('2026-12-31')).toMatchObject({ status: 'pass', figures: expect.objectContaining({ count: 6, limit: 6 }) });
      expect(await share('2027-01-02')).toMatchObject({ status: 'fail', figures: expect.objectContaining({ count: 6, limit: 7 }) });

      expect((await s.ruleSets.forJurisdiction(systemCtx(), child.id, '2027-02-01')).row.id).toBe(saved.id);
      expect((await s.ruleSets.forJurisdiction(systemCtx(), other.jurisdiction.id, '2027-02-01')).row.jurisdictionId).toBeNull();

      const next = await addVersion({
        jurisdictionId: strict.jurisdiction.id,
        effectiveFrom: '2027-06-01',
        name: { ru: 'Правила области' },
        rules: [...defaultKazakhstanRuleSet.rules],
      });
      expect(next).toMatchObject({
        version: 2,
        body: expect.objectContaining({ name: { kk: 'Правила области', ru: 'Правила области', en: 'Правила области' } }),
      });
      expect((await s.ruleSets.versions(systemCtx(), strict.jurisdiction.id)).map((v) => v.version)).toEqual([2, 1]);
      const audited = await ds.query<Array<{ chain: string; data: { version: number } }>>(
        "SELECT chain, data FROM audit_event WHERE action = 'ruleSet.versionAdded' ORDER BY seq",
      );
      expect(audited).toEqual([
        expect.objectContaining({ chain: strict.jurisdiction.id, data: expect.objectContaining({ version: 1 }) }),
        expect.objectContaining({ chain: strict.jurisdiction.id, data: expect.objectContaining({ version: 2 }) }),
      ]);
    });

    it('adds national versions for the platform admin only', async () => {
      const saved = await addVersion({ effectiveFrom: '2030-01-01', rules: [...defaultKazakhstanRuleSet.rules] });
      expect(saved).toMatchObject({ jurisdictionId: null, version: 4 });
      const { jurisdiction } = await addCouncil(ds, 'RS-OPERATOR');
      const operator = userCtx([{ role: 'authorizedBodyOperator', scope: { kind: 'jurisdiction', id: jurisdiction.id } }]);
      expect(
        await rejection(addVersion({ effectiveFrom: '2030-02-01', rules: [...defaultKazakhstanRuleSet.rules] }, operator)),
      ).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(
        await rejection(addVersion({ jurisdictionId: '00000000-0000-4000-8000-000000000000', effectiveFrom: '2030-02-01', rules: [] })),
      ).toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
    });

    it('refuses a version that would change the past, or rules that are malformed, invalid or looser than the database allows', async () => {
      const { jurisdiction } = await addCouncil(ds, 'RS-BAD');
      const bad = (rules: unknown[], effectiveFrom = '2031-01-01') =>
        rejection(addVersion({ jurisdictionId: jurisdiction.id, effectiveFrom, rules }));

      expect(await bad([...defaultKazakhstanRuleSet.rules], '2020-01-01')).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ path: 'effectiveFrom', messageKey: 'composition.ruleSetBackdated' }],
      });
      expect(
        await bad([
          ...defaultKazakhstanRuleSet.rules.slice(1),
          { code: 'x', severity: 'hard', value: { kind: 'share' }, basis: { act: 'no' } },
        ]),
      ).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [
          { path: `rules.${defaultKazakhstanRuleSet.rules.length - 1}.basis.act`, messageKey: 'validation.invalid' },
          { path: `rules.${defaultKazakhstanRuleSet.rules.length - 1}.basis.confidence`, messageKey: 'validation.invalid' },
        ],
      });
      expect(await bad(defaultKazakhstanRuleSet.rules.filter((r) => r.code !== 'meetings.quorum'))).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [
          { path: 'rules.meetings.quorum.rules', messageKey: 'composition.ruleSetInvalid', params: { problems: expect.any(String) } },
        ],
      });
      const looser = defaultKazakhstanRuleSet.rules.map((r) =>
        r.value.kind === 'maxPerOrganisation' ? { ...r, value: { ...r.value, max: 2 } } : r,
      );
      expect(await bad(looser)).toMatchObject({
        fields: [{ path: 'rules.composition.maxPerOrganisation.max', messageKey: 'composition.ruleSetBinLimit', params: { max: 1 } }],
      });
      const unknownKind = [
        ...defaultKazakhstanRuleSet.rules,
        { ...defaultKazakhstanRuleSet.rules[0], code: 'local.extra', value: { kind: 'nonsense' } },
      ];
      expect(await bad(unknownKind)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
      expect(await ds.getRepository(RuleSetEntity).countBy({ jurisdictionId: jurisdiction.id })).toBe(0);
    });
  });

  describe('openConvocation', () => {
    it('numbers terms, takes their length from the rule set, and refuses overlaps and longer terms', async () => {
      const f = await addCouncil(ds, 'CONV');
      const open = (startsOn: string, endsOn?: string) =>
        s.conn.withTransaction(systemCtx(), (c) => s.convocations.open(c, { councilId: f.council.id, startsOn, endsOn }));
      expect(await open('2019-01-10')).toMatchObject({ number: 1, startsOn: '2019-01-10', endsOn: '2022-01-10', status: 'ended' });
      expect(await open('2022-01-10', '2024-06-01')).toMatchObject({ number: 2, endsOn: '2024-06-01' });
      expect(await rejection(open('2024-01-01'))).toMatchObject({
        code: ErrorCode.CONFLICT,
        messageKey: 'composition.convocationOverlap',
        params: { number: 2 },
      });
      expect(await rejection(open('2024-06-01', '2028-01-01'))).toMatchObject({
        fields: [{ path: 'endsOn', messageKey: 'composition.termTooLong', params: { max: '2027-06-01' } }],
      });
      expect(await open('2024-06-01')).toMatchObject({ number: 3, endsOn: '2027-06-01', status: 'active' });
      const audited = await ds.query<unknown[]>(
        "SELECT 1 FROM audit_event WHERE action = 'convocation.opened' AND data->>'councilId' = $1",
        [f.council.id],
      );
      expect(audited).toHaveLength(3);
    });
  });

  describe('affiliationCategories', () => {
    it('offers the categories of the jurisdiction and those above it, the nearest definition winning', async () => {
      const parent = await addCouncil(ds, 'CAT-PARENT');
      const child = await ds
        .getRepository(JurisdictionEntity)
        .save({ code: 'CAT-CHILD', kind: 'district', name: { ru: 'Район' }, parentId: parent.jurisdiction.id });
      await ds
        .getRepository(AffiliationCategoryEntity)
        .save({ jurisdictionId: child.id, code: 'ngo', name: { ru: 'НПО района' }, stateLinked: false, supervisedByHost: false });
      const categories = await s.compositions.categories(systemCtx(), child.id);
      expect(categories.map((c) => [c.code, c.jurisdictionId === child.id])).toEqual(
        expect.arrayContaining([
          ['ngo', true],
          ['state_body_representative', false],
        ]),
      );
      expect(categories.filter((c) => c.code === 'ngo')).toHaveLength(1);
      // civil society first
      expect(categories[0]?.stateLinked).toBe(false);
      expect(categories[categories.length - 1]?.stateLinked).toBe(true);
      await expect(s.compositions.categories(systemCtx(), '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(DomainError);
    });
  });
});
