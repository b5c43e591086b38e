import { IDENTITY_ENTITIES } from '@kenes/api/identity';
import type { DataSource } from 'typeorm';
import { AuditEventEntity, AuditService, RequestContext, TransactionalConnection } from '@kenes/api/core';
import { createDataSource } from '@kenes/api/database';
import { createTestDatabase, type TestDatabase } from '@kenes/api/database/testing';
import { REGISTRY_ENTITIES } from '@kenes/api/registry';
import { MEETINGS_ENTITIES } from '@kenes/api/meetings';
import { OBLIGATIONS_ENTITIES } from '@kenes/api/obligations';
import { COMPOSITION_ENTITIES, CompositionRepository, CompositionService, PopulationReferenceService, RuleSetService } from '@kenes/api/composition';
import { CouncilService } from '@kenes/api/registry';
import { ageOn, type IsoDate } from '@kenes/domain';
import { DEMO_CATEGORIES, DEMO_COMPOSITIONS } from './demo-composition';
import { DEMO_ACCOUNTS } from './demo-people';
import { DEMO_BODIES, DEMO_COUNCILS, DEMO_JURISDICTIONS } from './demo-registry';
import { DEMO_POPULATION } from './demo-population';
import { DEMO_MEETINGS, DEMO_MEMBER_LINKS } from './demo-meetings';
import { DEMO_PUBLISHED_MINUTES, DEMO_REPORTS } from './demo-minutes';
import { seedDemo } from './demo-seed';

interface Counts {
  jurisdictions: number;
  bodies: number;
  councils: number;
  published: number;
  people: number;
  convocations: number;
  memberships: number;
  auditEvents: number;
}

async function open(): Promise<{ db: TestDatabase; ds: DataSource; conn: TransactionalConnection; audit: AuditService }> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 5, entities: [AuditEventEntity, ...REGISTRY_ENTITIES, ...IDENTITY_ENTITIES, ...COMPOSITION_ENTITIES, ...MEETINGS_ENTITIES, ...OBLIGATIONS_ENTITIES] });
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
           (SELECT count(*) FROM person)::int AS people,
           (SELECT count(*) FROM convocation)::int AS convocations,
           (SELECT count(*) FROM membership)::int AS memberships,
           (SELECT count(*) FROM audit_event)::int AS "auditEvents"`);
  return row;
}

/** One audit event per recommendation adopted at a held meeting. */
const DEMO_RECOMMENDATIONS = DEMO_MEETINGS.filter((m) => m.state === 'closed').flatMap((m) => m.items).filter((i) => i.motion?.kind === 'recommendation').length;
const MEMBERSHIPS = DEMO_COMPOSITIONS.reduce((n, c) => n + c.members.length * c.convocations.length, 0);
const CONVOCATIONS = DEMO_COMPOSITIONS.reduce((n, c) => n + c.convocations.length, 0);

const EXPECTED: Counts = {
  jurisdictions: DEMO_JURISDICTIONS.length,
  bodies: DEMO_BODIES.length,
  councils: DEMO_COUNCILS.length,
  published: DEMO_COUNCILS.filter((c) => c.published).length,
  people: DEMO_COMPOSITIONS.reduce((n, c) => n + c.members.length, 0),
  convocations: CONVOCATIONS,
  memberships: MEMBERSHIPS,
  // one event per council, grant, category, convocation and seat
  auditEvents: DEMO_COUNCILS.length + DEMO_ACCOUNTS.length + DEMO_CATEGORIES.length + CONVOCATIONS + MEMBERSHIPS + DEMO_POPULATION.length + DEMO_MEMBER_LINKS.length + DEMO_MEETINGS.length + DEMO_RECOMMENDATIONS + DEMO_PUBLISHED_MINUTES.length,
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
      expect(await counts(t.ds)).toEqual({ jurisdictions: 0, bodies: 0, councils: 0, published: 0, people: 0, convocations: 0, memberships: 0, auditEvents: 0 });
      expect(await seedDemo(t.conn, t.audit)).toEqual({ seeded: true, councils: DEMO_COUNCILS.length, memberships: MEMBERSHIPS });
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
      expect(await seedDemo(t.conn, t.audit)).toEqual({ seeded: false, councils: 0, memberships: 0 });
      expect(await counts(t.ds)).toEqual(before);
    });
  });

  describe('the demo compositions', () => {
    let t: Awaited<ReturnType<typeof open>>;
    let compositions: CompositionService;

    beforeAll(async () => {
      t = await open();
      await seedDemo(t.conn, t.audit);
      compositions = new CompositionService(
        new CompositionRepository(t.conn),
        new RuleSetService(t.conn, t.audit),
        new CouncilService(t.conn, t.audit),
        new PopulationReferenceService(t.conn, t.audit),
      );
    });
    afterAll(async () => {
      if (t?.ds.isInitialized) await t.ds.destroy();
      await t?.db.drop();
    });

    const councilId = async (slug: string) => ((await t.ds.query<Array<{ id: string }>>('SELECT id FROM council WHERE slug = $1', [slug]))[0]).id;
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      return sorted.length % 2 ? (sorted[Math.floor(mid)]) : ((sorted[mid - 1]) + (sorted[mid])) / 2;
    };

    it('flags Kokshetau against the 2/3 civil-society rule, counts the Assembly seat as supervised, and proposes the fix', async () => {
      const snapshot = await compositions.composition(RequestContext.system('en'), await councilId('kokshetau'), '2026-06-01');
      const members = snapshot.members.filter((m) => m.role !== 'secretary');
      expect(members).toHaveLength(16);
      expect(snapshot.members.find((m) => m.role === 'secretary')?.person.fullName).toBe('Галина Петровна Ким');
      expect(snapshot.convocation).toMatchObject({ number: 2, startsOn: '2024-01-15', endsOn: '2027-01-15' });
      expect(snapshot.independenceIndex).toMatchObject({ total: 16, stateLinked: 6, supervised: 1, stateLinkedPercent: 37.5, stateLinkedWithSupervisedPercent: 43.75 });
      const share = snapshot.evaluation.find((r) => r.code === 'composition.civilSocietyShare');
      expect(share).toMatchObject({ status: 'fail', severity: 'hard', shortfall: 1, figures: expect.objectContaining({ civilSociety: 10, limit: 11, replace: 1, add: 2 }) });
      expect(share?.remedy).toEqual({ key: 'remedy.share.replaceOrAdd', params: { good: 'civilSociety', replace: 1, add: 2 } });
      expect(share?.notes).toEqual([expect.objectContaining({ key: 'composition.share.supervisedNote' })]);
      // the same seats sat in the first convocation, as found in 2021
      const in2021 = await compositions.composition(RequestContext.system(), await councilId('kokshetau'), '2021-06-01');
      expect(in2021.members.map((m) => m.person.fullName).sort()).toEqual(snapshot.members.map((m) => m.person.fullName).sort());
      expect(in2021.evaluation.find((r) => r.code === 'composition.consecutiveTerms')).toMatchObject({ status: 'pass', figures: expect.objectContaining({ recorded: 16 }) });
      expect(median(members.map((m) => ageOn(m.person.birthDate as IsoDate, '2026-01-01')))).toBe(58);
    });

    it('seats about 30 in Almaty, compliant on the quota, median age about 60, with a secretary aged 67', async () => {
      const snapshot = await compositions.composition(RequestContext.system(), await councilId('almaty'), '2026-11-28');
      const members = snapshot.members.filter((m) => m.role !== 'secretary');
      expect(members).toHaveLength(30);
      expect(snapshot.evaluation.find((r) => r.code === 'composition.civilSocietyShare')).toMatchObject({ status: 'pass' });
      expect(median(members.map((m) => ageOn(m.person.birthDate as IsoDate, '2026-01-01')))).toBe(60.5);
      const secretary = snapshot.members.find((m) => m.role === 'secretary');
      expect(ageOn(secretary?.person.birthDate as IsoDate, '2026-11-28')).toBe(67);
    });

    it('compares Almaty with its population: a council of 60-year-olds in a city of young adults', async () => {
      const snapshot = await compositions.composition(RequestContext.system(), await councilId('almaty'), '2026-11-28');
      expect(snapshot.population?.reference).toMatchObject({ asOf: '2025-01-01', source: expect.stringContaining('Бюро национальной статистики') });
      const gap = snapshot.population?.gap;
      expect(gap?.largestAgeGap?.band).toBe('18-34');
      expect(gap?.ageBands.find((b) => b.band === '18-34')).toMatchObject({ populationPercent: 38, notable: true });
      expect(gap?.ageBands.find((b) => b.band === '18-34')?.gapPoints).toBeLessThan(-25);
      expect(gap?.medianAge.population).toBe(40);
      expect(gap?.medianAge.gapYears).toBeGreaterThan(15);
      // Kokshetau's jurisdiction has no reference: no gap is invented.
      const kokshetau = await compositions.composition(RequestContext.system(), await councilId('kokshetau'), '2026-11-28');
      expect(kokshetau.population).toBeNull();
    });

    it('seeds Kokshetau’s recommendations in every state, and the akim’s 18 measures with 11 executed', async () => {
      const states: Array<{ body: string; state: string; answered_on: string | null; due: string; escalation_level: number }> = await t.ds.query(
        `SELECT b.name->>'en' AS body, o.state, o.answered_on::text, o.due::text, o.escalation_level FROM obligation o JOIN state_body b ON b.id = o.body_id ORDER BY o.dispatched_on, o.lead DESC`,
      );
      expect(states.map((s) => [s.body.split(' ')[0], s.state])).toEqual([
        ['Akimat', 'answered'],
        ['Kokshetau', 'answered'],
        ['Kokshetau', 'answered'],
        ['Kokshetau', 'escalated'],
      ]);
      const [transport, finance, social] = states.slice(1);
      expect(transport.answered_on! <= transport.due).toBe(true);
      expect(finance.answered_on! > finance.due).toBe(true);
      expect(social).toMatchObject({ answered_on: null, escalation_level: 2 });
      const [measures]: Array<{ total: number; done: number }> = await t.ds.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE c.state = 'done')::int AS done FROM commitment c JOIN state_body b ON b.id = c.body_id WHERE b.name->>'en' = 'Akimat of Kokshetau'`,
      );
      expect(measures).toEqual({ total: 18, done: 11 });
      const [overdue]: Array<{ n: number }> = await t.ds.query(`SELECT count(*)::int AS n FROM commitment WHERE state = 'open' AND due < '2026-11-28'`);
      expect(overdue.n).toBe(1);
      const [evidence]: Array<{ n: number }> = await t.ds.query(`SELECT count(*)::int AS n FROM commitment_update WHERE kind = 'done' AND jsonb_array_length(evidence) > 0`);
      expect(evidence.n).toBe(12);
    });

    it('publishes the minutes of Kokshetau’s June meeting and of Almaty’s 2025, signed by chair and secretary, and Almaty’s annual report for 2025', async () => {
      const minutes: Array<{ slug: string; number: number; state: string; meeting_state: string; signers: string[]; hash_ok: boolean; summary: string; published_on: string; due_on: string }> = await t.ds.query(
        `SELECT c.slug, m.number, mi.state, m.state AS meeting_state,
                (SELECT array_agg(s.role || ': ' || s.signer_name ORDER BY s.role) FROM minutes_signature s WHERE s.minutes_id = mi.id AND s.version = 1) AS signers,
                v.sha256 = (SELECT s.evidence->>'sha256' FROM minutes_signature s WHERE s.minutes_id = mi.id AND s.role = 'chair') AS hash_ok,
                v.document->'items'->0->>'summary' AS summary,
                (mi.published_at AT TIME ZONE 'Asia/Almaty')::date::text AS published_on, mi.due_on::text
           FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN council c ON c.id = m.council_id
           JOIN minutes_version v ON v.minutes_id = mi.id AND v.version = mi.current_version
          ORDER BY m.starts_at`,
      );
      expect(minutes.map((x) => `${x.slug} ${x.number}`)).toEqual(['almaty 1', 'almaty 2', 'almaty 3', 'almaty 4', 'kokshetau 2']);
      expect(minutes).toHaveLength(DEMO_PUBLISHED_MINUTES.length);
      for (const x of minutes) {
        expect(x).toMatchObject({ state: 'published', meeting_state: 'published', hash_ok: true });
        expect(x.summary.length).toBeGreaterThan(20);
        expect(x.published_on <= x.due_on).toBe(true);
      }
      expect(minutes[4].signers).toEqual(['chair: Бауыржан Есенов', 'secretary: Галина Петровна Ким']);
      expect(minutes[0].signers).toEqual(['chair: Әлия Жақсылыққызы Серікбаева', 'secretary: Зәуре Омарова']);
      // Kokshetau's other held meetings still wait for their minutes.
      const [{ waiting }]: Array<{ waiting: number }> = await t.ds.query(`SELECT count(*)::int AS waiting FROM meeting m JOIN council c ON c.id = m.council_id WHERE c.slug = 'kokshetau' AND m.state = 'closed'`);
      expect(waiting).toBe(2);

      const reports: Array<{ slug: string; year: number; state: string; held: number; required: number; met: boolean; attendance: number }> = await t.ds.query(
        `SELECT c.slug, r.year, r.state, (r.figures->>'meetingsHeld')::int AS held, (r.figures->>'meetingsRequired')::int AS required,
                (r.figures->>'meetingsMinimumMet')::boolean AS met, jsonb_array_length(r.figures->'attendance') AS attendance
           FROM annual_report r JOIN council c ON c.id = r.council_id`,
      );
      expect(reports).toEqual(DEMO_REPORTS.map((r) => ({ slug: r.council, year: r.year, state: 'published', held: 4, required: 4, met: true, attendance: 30 })));
    });

    it('completes a database whose registry was seeded before compositions existed, once', async () => {
      // Meetings hang off convocations (TRUNCATE: the record's delete guards are row triggers).
      await t.ds.query('TRUNCATE meeting, person_account, recommendation CASCADE');
      await t.ds.query('DELETE FROM membership; DELETE FROM convocation; DELETE FROM person; DELETE FROM affiliation_category');
      expect(await seedDemo(t.conn, t.audit)).toEqual({ seeded: true, councils: 0, memberships: MEMBERSHIPS });
      expect(await seedDemo(t.conn, t.audit)).toEqual({ seeded: false, councils: 0, memberships: 0 });
      expect((await counts(t.ds)).memberships).toBe(MEMBERSHIPS);
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
