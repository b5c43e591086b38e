import { Client } from 'pg';
import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: Array<{ name: string; type: TypeRef; defaultValue: string | null }>;
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeString = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeString(t.ofType as TypeRef)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType as TypeRef)}]` : (t.name as string));

/** Every field of a type, recursively (fields that need arguments are left out), within the endpoint's limits. */
function selection(types: Map<string, FullType>, typeName: string, depth: number): string {
  const type = types.get(typeName);
  if (!type?.fields) return '';
  const parts: string[] = [];
  for (const f of type.fields) {
    if (f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
    const inner = named(f.type);
    if (inner.kind === 'OBJECT') {
      if (depth <= 1) continue;
      const sub = selection(types, inner.name as string, depth - 1);
      if (sub) parts.push(`${f.name} { ${sub} }`);
    } else parts.push(f.name);
  }
  return parts.join(' ');
}

/**
 * Publication boundary: every root field of /public/graphql is called with published and
 * unpublished arguments, selecting every field it can reach, with drafts, unpublished councils,
 * moderation queues, internal comments, unsigned answers and personal data seeded; no response
 * may contain any of it. A root field without a recipe below fails the test: a new public field
 * means deciding how to probe it.
 */
describe('the publication boundary of /public/graphql', () => {
  let t: TestServer;
  let db: Client;
  const SENTINELS = [
    'SENTINEL-DRAFT-MEETING',
    'SENTINEL-DRAFT-ITEM',
    'SENTINEL-PENDING-COMMENT',
    'SENTINEL-REJECTED-COMMENT',
    'SENTINEL-MODERATION-REASON',
    'SENTINEL-PROPOSAL',
    'proposer-sentinel@example.kz',
    'SENTINEL-INTERNAL-COMMENT',
    'invitee-sentinel@example.kz',
    'SENTINEL-DRAFT-ANSWER',
    'Совет по делам молодёжи',
  ];

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    const one = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query<T>(sql, params)).rows[0] as T;
    const council = await one<{ id: string; v: string }>(
      `SELECT c.id, v.id AS v FROM council c JOIN convocation v ON v.council_id = c.id WHERE c.slug = 'kokshetau' AND v.starts_on <= '2026-12-20' AND v.ends_on > '2026-12-20'`,
    );
    const draft = await one<{ id: string }>(
      `INSERT INTO meeting (council_id, convocation_id, number, type, state, starts_at, place, revision) VALUES ($1, $2, 97, 'regular', 'draft', '2026-12-20T05:00:00Z', '{"ru": "SENTINEL-DRAFT-MEETING"}', 0) RETURNING id`,
      [council.id, council.v],
    );
    await db.query(`INSERT INTO agenda_item (meeting_id, position, title, category, source) VALUES ($1, 1, '{"ru": "SENTINEL-DRAFT-ITEM"}', 'other', 'secretary')`, [draft.id]);
    const item = await one<{ id: string; meeting_id: string }>(
      `SELECT i.id, i.meeting_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id WHERE c.slug = 'kokshetau' AND m.number = 4 AND i.public_comments_open`,
    );
    await db.query(
      `INSERT INTO public_comment (item_id, author_name, body, status, moderation_reason, source_hash)
       VALUES ($1, 'A', 'SENTINEL-PENDING-COMMENT', 'pending', NULL, 'x'), ($1, 'B', 'SENTINEL-REJECTED-COMMENT', 'rejected', 'SENTINEL-MODERATION-REASON', 'x')`,
      [item.id],
    );
    await db.query(
      `INSERT INTO agenda_proposal (council_id, source, proposer_name, proposer_email, title, description, category, status) VALUES ($1, 'citizen', 'C', 'proposer-sentinel@example.kz', 'SENTINEL-PROPOSAL', 'SENTINEL-PROPOSAL', 'other', 'pending')`,
      [council.id],
    );
    const user = await one<{ id: string }>(`SELECT id FROM user_account WHERE email = 'member@kenes.demo'`);
    await db.query(`INSERT INTO item_comment (item_id, author_user_id, author_name, body) VALUES ($1, $2, 'Member', 'SENTINEL-INTERNAL-COMMENT')`, [item.id, user.id]);
    await db.query(`INSERT INTO meeting_invitee (meeting_id, kind, name, email) VALUES ($1, 'expert', 'Expert', 'invitee-sentinel@example.kz')`, [item.meeting_id]);
    const escalated = await one<{ id: string }>(`SELECT id FROM obligation WHERE state = 'escalated' LIMIT 1`);
    await db.query(`INSERT INTO obligation_answer (obligation_id, version, state, summary) VALUES ($1, 1, 'draft', 'SENTINEL-DRAFT-ANSWER')`, [escalated.id]);
    const births = await db.query<{ d: string }>(`SELECT DISTINCT birth_date::text AS d FROM person WHERE birth_date IS NOT NULL`);
    const emails = await db.query<{ e: string }>(`SELECT email AS e FROM user_account`);
    SENTINELS.push(...births.rows.map((r) => r.d), ...emails.rows.map((r) => r.e));
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('lets nothing unpublished or personal through any root field', async () => {
    const ids = async (sql: string) => (await db.query<{ id: string }>(sql)).rows.map((r) => r.id);
    const slugs = ['kokshetau', 'almaty', 'kokshetau-youth-draft'];
    const bodies = await ids('SELECT id FROM state_body');
    const items = await ids('SELECT id FROM agenda_item');
    const numbers = [1, 2, 3, 4, 97];
    const recipes: Record<string, Array<Record<string, unknown>>> = {
      competitions: slugs.map((slug) => ({ slug })),
      composition: slugs.flatMap((slug) => [{ slug }, { slug, onDate: '2026-06-01' }]),
      council: slugs.map((slug) => ({ slug })),
      councils: [
        {},
        { page: { offset: 0, limit: 100 } },
        ...['KZ', 'KZ-AKM', 'KZ-AKM-KOK'].map((jurisdictionCode) => ({ filter: { jurisdictionCode }, page: { offset: 0, limit: 100 } })),
        ...bodies.map((bodyId) => ({ filter: { bodyId } })),
      ],
      councilDirectory: [{}],
      councilHostBodies: [{}, ...['KZ', 'KZ-AKM', 'KZ-AKM-KOK'].map((jurisdictionCode) => ({ jurisdictionCode }))],
      councilJurisdictions: [{}],
      jurisdictions: [{}],
      publicComments: items.map((itemId) => ({ itemId })),
      publicMeeting: slugs.flatMap((slug) => numbers.map((number) => ({ slug, number }))),
      publicMeetings: slugs.map((slug) => ({ slug })),
      publicRecommendation: slugs.flatMap((slug) => [1, 2, 3, 4].map((number) => ({ slug, number }))),
      publicRecommendations: slugs.map((slug) => ({ slug })),
      searchRecord: ['SENTINEL', 'молодёжи', 'черновик', 'льгота', 'жители'].map((query) => ({ query })),
      stateBodyFigures: bodies.map((bodyId) => ({ bodyId })),
      publicMinutes: slugs.flatMap((slug) => numbers.map((number) => ({ slug, number }))),
      publicAnnualReport: slugs.flatMap((slug) => [2025, 2026].map((year) => ({ slug, year }))),
      publicCouncilActivity: slugs.flatMap((slug) => [{ slug }, { slug, year: 2025 }, { slug, year: 2026 }]),
    };
    const schema = await t.gql<{ __schema: { queryType: { name: string }; types: FullType[] } }>(INTROSPECTION, {}, PUBLIC);
    expect(schema.body.errors).toBeUndefined();
    const types = new Map((schema.body.data?.__schema.types ?? []).map((x) => [x.name, x]));
    const root = types.get(schema.body.data?.__schema.queryType.name ?? 'Query') as FullType;
    const missing = (root.fields ?? []).map((f) => f.name).filter((n) => !(n in recipes));
    expect(missing).toEqual([]);
    let calls = 0;
    for (const field of root.fields ?? []) {
      const inner = named(field.type);
      const sel = inner.kind === 'OBJECT' ? `{ ${selection(types, inner.name as string, 6)} }` : '';
      for (const args of recipes[field.name] ?? []) {
        const used = field.args.filter((a) => a.name in args);
        const decl = used.length ? `(${used.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ')})` : '';
        const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
        for (const lang of ['kk', 'ru', 'en']) {
          const res = await t.gql(`query Probe${decl} { ${field.name}${call} ${sel} }`, args, { ...PUBLIC, headers: { cookie: `lang=${lang}` } });
          calls++;
          const text = JSON.stringify(res.body);
          expect(res.body.errors?.filter((e) => e.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED') ?? []).toEqual([]);
          for (const s of SENTINELS) if (text.includes(s)) throw new Error(`${field.name}(${JSON.stringify(args)}) leaked ${s}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(100);
  });

  it('lets nothing unpublished or personal through any feed or export (every route under /feeds and /open-data)', async () => {
    // The routes as the HTTP server has them, so a new feed or export needs a recipe here.
    const express = t.server.app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
    interface Layer {
      route?: { path: string; methods: Record<string, boolean> };
    }
    const routes = [...new Set(((express.router ?? express._router)?.stack ?? []).flatMap((l) => (l.route && l.route.methods['get'] && /^\/(feeds|open-data)\//.test(l.route.path) ? [l.route.path] : [])))];
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const bodies = (await db.query<{ id: string }>('SELECT id FROM state_body')).rows.map((r) => r.id);
    const slugs = ['kokshetau', 'almaty', 'kokshetau-youth-draft'];
    const codes = (await db.query<{ code: string }>('SELECT code FROM jurisdiction')).rows.map((r) => r.code);
    const perLang = (paths: string[]) => paths.flatMap((p) => ['kk', 'ru', 'en'].map((l) => `${p}${p.includes('?') ? '&' : '?'}lang=${l}`));
    const recipes: Record<string, string[]> = {
      '/feeds/councils/:slug/meetings.ics': perLang(slugs.map((s) => `/feeds/councils/${s}/meetings.ics`)),
      '/feeds/bodies/:id/deadlines.ics': perLang(bodies.map((b) => `/feeds/bodies/${b}/deadlines.ics`)),
      '/feeds/councils/:slug/decisions.atom': perLang(slugs.map((s) => `/feeds/councils/${s}/decisions.atom`)),
      '/feeds/councils/:slug/decisions.rss': perLang(slugs.map((s) => `/feeds/councils/${s}/decisions.rss`)),
      '/open-data/councils/:slug/votes.csv': slugs.map((s) => `/open-data/councils/${s}/votes.csv`),
      '/open-data/councils/:slug/obligations.csv': slugs.map((s) => `/open-data/councils/${s}/obligations.csv`),
      '/open-data/councils/:slug.json': perLang(slugs.map((s) => `/open-data/councils/${s}.json`)),
      '/open-data/schema/popolo-kenes.schema.json': ['/open-data/schema/popolo-kenes.schema.json'],
      '/open-data/jurisdictions/:code.json': perLang(codes.map((c) => `/open-data/jurisdictions/${c}.json`)),
    };
    expect(routes.filter((r) => !(r in recipes))).toEqual([]);
    let probes = 0;
    for (const route of routes) {
      for (const path of recipes[route] ?? []) {
        const res = await fetch(`${t.url}${path}`);
        probes++;
        expect([path, res.status < 500]).toEqual([path, true]);
        const text = await res.text();
        if (path.includes('kokshetau-youth-draft')) expect([path, res.status]).toEqual([path, 404]);
        for (const sentinel of SENTINELS) if (text.includes(sentinel)) throw new Error(`${path} leaked ${sentinel}`);
        expect(text).not.toMatch(/SELECT |\.ts:\d|at Object\./);
      }
    }
    expect(probes).toBeGreaterThan(50);
  });

  it('counts published councils only: the index total, its jurisdiction and host body facets and the pickers’ list', async () => {
    const published = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM council WHERE published_at IS NOT NULL`)).rows[0]?.n;
    const draftOnlyBodies = (
      await db.query<{ id: string }>(
        `SELECT host_body_id AS id FROM council GROUP BY host_body_id HAVING bool_and(published_at IS NULL)`,
      )
    ).rows.map((r) => r.id);
    expect(draftOnlyBodies.length).toBeGreaterThan(0); // the demo's draft council has a host of its own
    const res = await t.gql<{
      councils: { total: number };
      councilJurisdictions: Array<{ code: string; depth: number; councils: number }>;
      councilHostBodies: Array<{ id: string; councils: number }>;
      councilDirectory: Array<{ slug: string }>;
    }>(`{ councils { total } councilJurisdictions { code depth councils } councilHostBodies { id councils } councilDirectory { slug } }`, {}, PUBLIC);
    const data = res.body.data;
    expect(data?.councils.total).toBe(published);
    expect(data?.councilJurisdictions.find((j) => j.depth === 0)?.councils).toBe(published);
    expect(data?.councilHostBodies.reduce((n, b) => n + b.councils, 0)).toBe(published);
    expect(data?.councilHostBodies.filter((b) => draftOnlyBodies.includes(b.id))).toEqual([]);
    expect(data?.councilDirectory).toHaveLength(published as number);
  });
});
