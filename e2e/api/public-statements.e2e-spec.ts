import { Client } from 'pg';
import { Pub } from '@kenes/client/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };

/** Rows of the demo data a recipe needs (looked up once the server has seeded it). */
interface Known {
  /** Kokshetau's item open for citizens' comments (meeting № 4). */
  commentedItem: string;
  /** Kokshetau's transport department: an addressee of recommendation № 2. */
  transport: string;
}

interface Recipe {
  variables: (k: Known) => Record<string, unknown>;
  /** Whether the grown data shows in the answer (false: the record read cannot grow, e.g. a published annual report is locked). */
  grows: boolean;
}

/**
 * How each of the portal's page queries is called. A query document added to
 * libs/client/graphql/src/operations/public without a recipe here fails the test: a new page
 * means deciding what it reads and how to make that grow.
 */
const RECIPES: Record<string, Recipe> = {
  PublicCouncilActivity: { variables: () => ({ slug: 'kokshetau', year: 2026 }), grows: true },
  PublicCouncilIndex: { variables: () => ({ page: { offset: 0, limit: 50 }, jurisdiction: 'KZ-AKM' }), grows: true },
  PublicCouncilDirectory: { variables: () => ({}), grows: true },
  PublicCouncil: { variables: () => ({ slug: 'kokshetau' }), grows: false },
  PublicComposition: { variables: () => ({ slug: 'kokshetau' }), grows: true },
  PublicCompetitions: { variables: () => ({ slug: 'kokshetau' }), grows: true },
  PublicMeetings: { variables: () => ({ slug: 'kokshetau' }), grows: true },
  PublicMeeting: { variables: () => ({ slug: 'kokshetau', number: 2 }), grows: true },
  PublicComments: { variables: (k) => ({ itemId: k.commentedItem }), grows: true },
  PublicMinutes: { variables: () => ({ slug: 'kokshetau', number: 2 }), grows: true },
  PublicAnnualReport: { variables: () => ({ slug: 'almaty', year: 2025 }), grows: false },
  PublicRecommendations: { variables: () => ({ slug: 'kokshetau' }), grows: true },
  PublicRecommendation: { variables: () => ({ slug: 'kokshetau', number: 2 }), grows: true },
  StateBodyFigures: { variables: (k) => ({ bodyId: k.transport }), grows: true },
  PublicSearch: { variables: () => ({ query: 'льгота', offset: 0, limit: 20 }), grows: true },
};

/** Every query document the portal's generated client exports (subscriptions and mutations are out of scope). */
const DOCUMENTS: Array<{ name: string; text: string }> = Object.entries(Pub)
  .filter(([key, value]) => key.endsWith('Document') && String(value).trimStart().startsWith('query'))
  .map(([key, value]) => ({ name: key.slice(0, -'Document'.length), text: String(value) }))
  .sort((a, b) => a.name.localeCompare(b.name));

interface Measure {
  statements: number;
  bytes: number;
}

/**
 * Issue #8: every public page query runs a fixed number of SQL statements however much data
 * there is. Each document of the generated public client is measured on the demo data, then
 * Kokshetau grows by 40 closed meetings of 5 items (motions, roll calls, addressees, documents,
 * conflicts, approved comments), 12 members with their attendance, 40 recommendations with
 * points, obligations to five bodies, signed answers, commitments and their updates, 20 more
 * published minutes, competitions with their applications, and the registry by 60 published
 * councils and 10 host bodies; the very records measured grow too (meeting № 2 and its minutes,
 * recommendation № 2, the commented item). Each document must then run the same statements, and
 * its answer must show the growth.
 */
describe('SQL statements per public page query as the data grows', () => {
  let t: TestServer;
  let db: Client;
  let known: Known;
  const before = new Map<string, Measure>();
  const after = new Map<string, Measure>();

  const rows = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query<T>(sql, params)).rows;
  const one = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => {
    const [row] = await rows<T>(sql, params);
    if (!row) throw new Error(`no row: ${sql}`);
    return row;
  };

  async function measure(into: Map<string, Measure>): Promise<void> {
    for (const doc of DOCUMENTS) {
      const recipe = RECIPES[doc.name];
      if (!recipe) continue;
      const variables = recipe.variables(known);
      let body = '';
      const statements = await t.countQueries(async () => {
        const res = await t.gql(doc.text, variables, PUBLIC);
        if (res.body.errors?.length || !res.body.data) throw new Error(`${doc.name} ${JSON.stringify(variables)} failed: ${JSON.stringify(res.body.errors)}`);
        body = JSON.stringify(res.body.data);
      });
      into.set(doc.name, { statements: statements.length, bytes: body.length });
    }
  }

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    known = {
      commentedItem: (
        await one<{ id: string }>(
          `SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id WHERE c.slug = 'kokshetau' AND m.number = 4 AND i.public_comments_open`,
        )
      ).id,
      transport: (await one<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Passenger Transport%'`)).id,
    };
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('has a variables recipe for every query document of the public client', () => {
    expect(DOCUMENTS.length).toBeGreaterThan(10);
    const missing = DOCUMENTS.map((d) => d.name).filter((name) => !(name in RECIPES));
    if (missing.length) {
      throw new Error(`No variables recipe for ${missing.join(', ')}: add one to RECIPES in e2e/api/public-statements.e2e-spec.ts (and make what it reads grow below).`);
    }
  });

  it('runs the same statements for each document on the demo data and on data grown many times over', async () => {
    const k = await one<{ council: string; convocation: string; jurisdiction: string }>(
      `SELECT c.id AS council, v.id AS convocation, c.jurisdiction_id AS jurisdiction FROM council c JOIN convocation v ON v.council_id = c.id
        WHERE c.slug = 'kokshetau' AND v.starts_on <= '2026-11-28' AND v.ends_on > '2026-11-28'`,
    );
    const bodies = (await rows<{ id: string }>(`SELECT b.id FROM state_body b JOIN jurisdiction j ON j.id = b.jurisdiction_id WHERE j.code = 'KZ-AKM-KOK' ORDER BY b.id`)).map((r) => r.id);
    const finance = (await one<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Economy and Finance%'`)).id;
    const social = (await one<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Social Programmes%'`)).id;

    // The demo has no published competition, and an empty list answers early: measure one with two results.
    const competition = async (opens: string, applications: number): Promise<void> => {
      const c = await one<{ id: string }>(
        `INSERT INTO competition (council_id, convocation_id, seats, call_text, criteria, opens_on, closes_on, state, decided_at, published_at)
         VALUES ($1, $2, 2, '{"ru": "Конкурс на место в совете", "kk": "Кеңестегі орынға конкурс"}', '[{"ru": "Опыт общественной работы"}]', $3, $3::date + 20, 'published', now(), now()) RETURNING id`,
        [k.council, k.convocation, opens],
      );
      await db.query(
        `INSERT INTO application (competition_id, full_name, birth_date, resides_in_jurisdiction, citizen, conviction_declared, mental_health_certificate,
                                  criminal_record_certificate, nominating_org_name, self_nominated, is_working_group_member, status, rank, average_score, reserve_position, decision_reasons)
         SELECT $1, 'Кандидат ' || g, date '1980-01-01' + g, true, true, false, true, true, 'Общественное объединение ' || g, false, false,
                (ARRAY['selected', 'reserve', 'not_selected', 'refused'])[1 + g % 4], g, 7.5, CASE WHEN g % 4 = 1 THEN g END,
                CASE WHEN g % 4 < 3 THEN '{"ru": "Набрал баллы по критериям"}'::jsonb END
           FROM generate_series(0, $2::int - 1) g`,
        [c.id, applications],
      );
    };
    await competition('2026-04-01', 2);

    await measure(before);

    // Registry: 60 more published councils under Akmola region and Kokshetau, 10 more host bodies.
    await db.query(
      `INSERT INTO state_body (jurisdiction_id, kind, name) SELECT (SELECT id FROM jurisdiction WHERE code = 'KZ-AKM'), 'akim_office_department', jsonb_build_object('ru', 'Управление ' || g, 'kk', 'Басқарма ' || g)
         FROM generate_series(1, 10) g`,
    );
    await db.query(
      `INSERT INTO council (slug, jurisdiction_id, host_body_id, level, name, published_at, version)
       SELECT 'grown-' || g, j.id, b.id, 'local', jsonb_build_object('ru', 'Общественный совет № ' || g, 'kk', 'Қоғамдық кеңес № ' || g), now(), 1
         FROM generate_series(1, 60) g
         JOIN jurisdiction j ON j.code = CASE WHEN g % 2 = 0 THEN 'KZ-AKM' ELSE 'KZ-AKM-KOK' END
         JOIN LATERAL (SELECT id FROM state_body WHERE jurisdiction_id = j.id ORDER BY id OFFSET g % 3 LIMIT 1) b ON true`,
    );

    // Members: 12 more citizens on the council.
    await db.query(
      `WITH p AS (INSERT INTO person (full_name, birth_date, gender) SELECT 'Житель ' || g, date '1970-01-01' + g * 400, CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END
                    FROM generate_series(1, 12) g RETURNING id)
       INSERT INTO membership (convocation_id, person_id, role, is_voting_member, category_id, selection_method, starts_on)
       SELECT $1, p.id, 'member', true, (SELECT ac.id FROM membership m JOIN affiliation_category ac ON ac.id = m.category_id WHERE m.convocation_id = $1 AND ac.code = 'citizen' LIMIT 1), 'selfNomination', '2024-01-15'
         FROM p`,
      [k.convocation],
    );

    // Meetings: 40 closed ones, each with 5 items; meeting № 2 (measured) gets 10 more items.
    await db.query(
      `INSERT INTO meeting (council_id, convocation_id, number, type, state, starts_at, ends_at, place, announced_at, opened_at, closed_at, revision)
       SELECT $1, $2, 100 + g, 'regular', 'closed', s, s + interval '2 hours', '{"ru": "Зал заседаний"}', s - interval '10 days', s, s + interval '2 hours', 0
         FROM generate_series(0, 39) g, LATERAL (SELECT timestamptz '2026-01-08T05:00:00Z' + g * interval '7 days' AS s) x`,
      [k.council, k.convocation],
    );
    const grown = `m.council_id = '${k.council}' AND (m.number >= 100 OR m.number = 2)`;
    await db.query(
      `INSERT INTO agenda_item (meeting_id, position, title, category, source, rapporteur, related_body_id, public_comments_open)
       SELECT m.id, top.n + p, jsonb_build_object('ru', 'О льготах и бюджете, вопрос ' || m.number || '.' || p, 'kk', 'Жеңілдіктер туралы, ' || m.number || '.' || p),
              'citizenAppeal', 'citizen', 'Докладчик роста', $1, true
         FROM meeting m
         JOIN LATERAL (SELECT coalesce(max(position), 0) AS n FROM agenda_item WHERE meeting_id = m.id) top ON true
         JOIN LATERAL generate_series(1, CASE WHEN m.number = 2 THEN 10 ELSE 5 END) p ON true
        WHERE ${grown}`,
      [known.transport],
    );
    const items = `SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE ${grown} AND i.rapporteur = 'Докладчик роста'`;
    await db.query(
      `INSERT INTO attendance (meeting_id, person_id, status, recorded_at)
       SELECT m.id, ms.person_id, 'inPerson', m.starts_at FROM meeting m JOIN membership ms ON ms.convocation_id = m.convocation_id AND ms.ends_on IS NULL AND ms.is_voting_member
        WHERE ${grown} ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO meeting_invitee (meeting_id, kind, name, state_body_id) SELECT m.id, 'stateBody', 'Представитель ' || b.ord, b.id
         FROM meeting m, unnest($1::uuid[]) WITH ORDINALITY AS b(id, ord) WHERE ${grown}`,
      [bodies],
    );
    await db.query(
      `INSERT INTO agenda_document (item_id, file_name, media_type, size_bytes, sha256, storage_key)
       SELECT g.id, 'Справка ' || d || '.pdf', 'application/pdf', 1000 + d, 'grown', 'grown/' || g.id || '/' || d FROM (${items}) g, generate_series(1, 2) d`,
    );
    await db.query(
      `INSERT INTO conflict_declaration (item_id, person_id, reason)
       SELECT g.id, (SELECT p.id FROM person p WHERE p.full_name = 'Житель 1'), 'Родственник работает в отделе' FROM (${items}) g`,
    );
    await db.query(
      `INSERT INTO public_comment (item_id, author_name, body, status, source_hash)
       SELECT g.id, 'Житель города ' || c, 'Поддерживаю, нужно расширить льготы (' || c || ')', 'approved', 'grown' FROM (${items}) g, generate_series(1, 3) c
       UNION ALL
       SELECT $1, 'Житель города ' || c, 'Мнение жителя № ' || c, 'approved', 'grown' FROM generate_series(1, 30) c`,
      [known.commentedItem],
    );
    // A motion on every grown item: opened, voted by everyone present, addressed to three bodies, closed.
    await db.query(
      `INSERT INTO motion (item_id, number, kind, text, points, state, opened_at, quorum_at_open)
       SELECT i.id, 1, CASE WHEN i.position = 1 OR m.number = 2 THEN 'recommendation' ELSE 'decision' END, 'Рекомендовать расширить льготы.',
              '["Расширить льготы.", "Доложить совету."]', 'open', m.starts_at, '{"present": 28, "reached": true, "required": 19, "totalMembers": 28}'
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id IN (${items})`,
    );
    const motions = `SELECT mo.id FROM motion mo WHERE mo.item_id IN (${items})`;
    await db.query(
      `INSERT INTO vote (motion_id, person_id, choice, cast_at)
       SELECT mo.id, a.person_id, CASE WHEN row_number() OVER (PARTITION BY mo.id ORDER BY a.person_id) % 7 = 0 THEN 'abstain' ELSE 'for' END, mo.opened_at
         FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN attendance a ON a.meeting_id = i.meeting_id AND a.status <> 'absent'
        WHERE mo.id IN (${motions})`,
    );
    await db.query(
      `INSERT INTO motion_addressee (motion_id, state_body_id, lead) SELECT mo.id, b.id, b.id = $1 FROM (${motions}) mo, unnest($2::uuid[]) b(id)`,
      [known.transport, [known.transport, finance, social]],
    );
    await db.query(
      `UPDATE motion mo SET state = 'closed', closed_at = mo.opened_at + interval '1 hour',
              result = jsonb_build_object('for', t.f, 'against', 0, 'abstain', t.a, 'recused', 0, 'present', t.f + t.a, 'totalMembers', 28,
                                          'required', 15, 'adopted', true, 'reason', 'adopted', 'tieBrokenByChair', false)
         FROM (SELECT motion_id, count(*) FILTER (WHERE choice = 'for') AS f, count(*) FILTER (WHERE choice = 'abstain') AS a FROM vote GROUP BY motion_id) t
        WHERE t.motion_id = mo.id AND mo.id IN (${motions})`,
    );

    // Minutes: three published corrections of meeting № 2's; 20 of the new meetings' published.
    const minutes2 = await one<{ id: string; document: Record<string, unknown> }>(
      `SELECT mi.id, v.document FROM minutes mi JOIN minutes_version v ON v.minutes_id = mi.id AND v.version = mi.current_version JOIN meeting m ON m.id = mi.meeting_id
        WHERE m.council_id = $1 AND m.number = 2`,
      [k.council],
    );
    for (const version of [2, 3, 4]) {
      await db.query(
        `INSERT INTO minutes_version (minutes_id, version, kind, document, sha256, reason, author_name) VALUES ($1, $2, 'publishedCorrection', $3, 'grown', $4, 'Секретарь')`,
        [minutes2.id, version, { ...minutes2.document, chair: `Председатель (исправление ${version})` }, `Исправление № ${version}`],
      );
      await db.query(`UPDATE minutes SET current_version = $2 WHERE id = $1`, [minutes2.id, version]);
    }
    const published = await rows<{ id: string; meeting: string }>(
      `INSERT INTO minutes (meeting_id, council_id, state, current_version, due_on, approved_by, approved_at)
       SELECT m.id, m.council_id, 'approved', 1, m.starts_at::date + 7, 'chair', m.starts_at + interval '3 days' FROM meeting m WHERE m.council_id = $1 AND m.number BETWEEN 100 AND 119
       RETURNING id, meeting_id AS meeting`,
      [k.council],
    );
    for (const m of published) {
      await db.query(`INSERT INTO minutes_version (minutes_id, version, kind, document, sha256, author_name) VALUES ($1, 1, 'generated', $2, 'grown', 'Секретарь')`, [m.id, minutes2.document]);
      await db.query(`UPDATE minutes SET state = 'published', first_published_version = 1, published_at = approved_at WHERE id = $1`, [m.id]);
      await db.query(`UPDATE meeting SET state = 'published' WHERE id = $1`, [m.meeting]);
    }

    // Recommendations: one from each new meeting's first item; with № 2 (measured) each gets 6 more
    // points, obligations to five bodies with their trail, signed answers to every point, a
    // commitment per accepted point and two updates per commitment.
    await db.query(
      `INSERT INTO recommendation (motion_id, council_id, meeting_id, number, title, text, document_type, adopted_on)
       SELECT mo.id, m.council_id, m.id, m.number, i.title, mo.text, 'recommendation', (m.starts_at AT TIME ZONE 'Asia/Almaty')::date
         FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id
        WHERE m.council_id = $1 AND m.number >= 100 AND i.position = 1`,
      [k.council],
    );
    const recs = `SELECT r.id FROM recommendation r WHERE r.council_id = '${k.council}' AND (r.number >= 100 OR r.number = 2)`;
    await db.query(
      `INSERT INTO recommendation_point (recommendation_id, number, text)
       SELECT r.id, top.n + p, 'Пункт ' || (top.n + p) || ': расширить льготы' FROM (${recs}) r
         JOIN LATERAL (SELECT coalesce(max(number), 0) AS n FROM recommendation_point WHERE recommendation_id = r.id) top ON true, generate_series(1, 6) p`,
    );
    const explanation = (await one<{ explanation: unknown }>(`SELECT explanation FROM obligation ORDER BY created_at LIMIT 1`)).explanation;
    await db.query(
      `INSERT INTO obligation (recommendation_id, body_id, lead, document_type, state, dispatched_on, clock_start, due, answered_on, last_event_on, explanation, adequate)
       SELECT r.id, b.id, b.id = $1, 'recommendation', 'answered', r.adopted_on, r.adopted_on, r.adopted_on + 30, r.adopted_on + 20, r.adopted_on + 20, $3, true
         FROM recommendation r, unnest($2::uuid[]) b(id) WHERE r.id IN (${recs})
       ON CONFLICT DO NOTHING`,
      [known.transport, bodies, JSON.stringify(explanation)],
    );
    const obligations = `SELECT o.id FROM obligation o WHERE o.recommendation_id IN (${recs})`;
    await db.query(
      `INSERT INTO obligation_event (obligation_id, seq, type, date, data, actor_name)
       SELECT o.id, e.seq, e.type, o.dispatched_on + e.seq, jsonb_build_object('due', o.due::text), 'Секретарь'
         FROM obligation o, (VALUES (1, 'dispatch'), (2, 'receive'), (3, 'answer')) e(seq, type)
        WHERE o.id IN (${obligations}) AND NOT EXISTS (SELECT 1 FROM obligation_event x WHERE x.obligation_id = o.id)`,
    );
    await db.query(
      `INSERT INTO obligation_answer (obligation_id, version, state, summary, signed_by_name, signed_at)
       SELECT o.id, 1, 'signed', 'Рекомендация принята', 'Руководитель органа', o.answered_on::timestamptz FROM obligation o
        WHERE o.id IN (${obligations}) AND NOT EXISTS (SELECT 1 FROM obligation_answer x WHERE x.obligation_id = o.id)`,
    );
    await db.query(
      `INSERT INTO answer_point (answer_id, point_id, verdict, commitment_owner, commitment_due)
       SELECT a.id, p.id, 'accepted', 'Заместитель руководителя', o.due + 60 FROM obligation_answer a JOIN obligation o ON o.id = a.obligation_id
         JOIN recommendation_point p ON p.recommendation_id = o.recommendation_id
        WHERE o.id IN (${obligations}) AND a.state = 'signed'
       ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO commitment (answer_point_id, obligation_id, body_id, point_id, title, owner, due, state, done_on)
       SELECT ap.id, o.id, o.body_id, ap.point_id, 'Исполнить пункт ' || p.number, ap.commitment_owner, ap.commitment_due,
              CASE WHEN p.number % 2 = 0 THEN 'done' ELSE 'open' END, CASE WHEN p.number % 2 = 0 THEN ap.commitment_due - 5 END
         FROM answer_point ap JOIN obligation_answer a ON a.id = ap.answer_id JOIN obligation o ON o.id = a.obligation_id JOIN recommendation_point p ON p.id = ap.point_id
        WHERE o.id IN (${obligations}) AND ap.verdict IN ('accepted', 'partlyAccepted')
       ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO commitment_update (commitment_id, kind, text, evidence, author_name, created_at)
       SELECT c.id, 'progress', 'Ход исполнения ' || u, jsonb_build_array(jsonb_build_object('url', 'https://example.kz/report/' || u, 'fileName', 'Отчёт')), 'Исполнитель', c.created_at + u * interval '1 day'
         FROM commitment c, generate_series(1, 2) u WHERE c.obligation_id IN (${obligations})`,
    );

    // Competitions: five more published, and the measured one's results grow too.
    for (const opens of ['2025-02-01', '2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01']) await competition(opens, 20);
    await db.query(
      `INSERT INTO application (competition_id, full_name, birth_date, resides_in_jurisdiction, citizen, conviction_declared, mental_health_certificate,
                                criminal_record_certificate, self_nominated, is_working_group_member, status, rank)
       SELECT c.id, 'Кандидат ' || g, date '1985-01-01' + g, true, true, false, true, true, true, false, 'not_selected', 10 + g
         FROM competition c, generate_series(1, 20) g WHERE c.council_id = $1 AND c.opens_on = '2026-04-01'`,
      [k.council],
    );

    await measure(after);

    const table = DOCUMENTS.filter((d) => before.has(d.name)).map((d) => {
      const b = before.get(d.name) as Measure;
      const a = after.get(d.name) as Measure;
      return `| ${d.name} | ${b.statements} | ${a.statements} | ${b.bytes} | ${a.bytes} |`;
    });
    console.log(['| Document | Statements (demo) | Statements (grown) | Answer bytes (demo) | Answer bytes (grown) |', '| --- | --- | --- | --- | --- |', ...table].join('\n'));

    const statements = (m: Map<string, Measure>) => Object.fromEntries([...m].map(([name, x]) => [name, x.statements]));
    expect(statements(after)).toEqual(statements(before));
    // The growth is in what each document read (else the equality above would prove nothing).
    const notGrown = [...after].filter(([name, a]) => RECIPES[name]?.grows && a.bytes <= (before.get(name)?.bytes ?? 0)).map(([name]) => name);
    expect(notGrown).toEqual([]);
  }, 120_000);
});
