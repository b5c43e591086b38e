import { Client } from 'pg';
import { Pub } from '@kenes/client/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };
const INDEX = Pub.PublicCouncilIndexDocument.toString();
const DIRECTORY = Pub.PublicCouncilDirectoryDocument.toString();
const PAGE_SIZE = 50;

interface Seeded {
  slug: string;
  name: string;
  jurisdiction: string;
  body: { id: string; name: string };
}

/**
 * The portal's national index on a registry of national size: 150 published councils in an
 * oblast with its districts and cities, a city of republican significance, the republic's
 * ministries and the demo's councils, plus drafts (one jurisdiction and one host body have
 * drafts only). Checks the order under headings, paging past 100, the filters (an oblast
 * includes what lies under it), that counts and facets never count a draft, and that a page of
 * the index costs the same SQL statements for 3 councils as for 150.
 */
describe('the national index of councils (public API)', () => {
  let t: TestServer;
  let db: Client;
  const seeded: Seeded[] = [];
  let fewStatements: string[] = [];
  let fewDirectoryStatements: string[] = [];
  let draftOnlyBody = '';

  const sql = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query<T>(text, params)).rows;
  const one = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T> => (await sql<T>(text, params))[0] as T;
  const index = async (variables: Pub.PublicCouncilIndexQueryVariables): Promise<Pub.PublicCouncilIndexQuery> => {
    const res = await t.gql<Pub.PublicCouncilIndexQuery>(INDEX, variables as Record<string, unknown>, PUBLIC);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as Pub.PublicCouncilIndexQuery;
  };
  const slugs = (r: Pub.PublicCouncilIndexQuery) => r.councils.items.map((c) => c.slug);

  async function jurisdiction(code: string, kind: string, parent: string, ru: string): Promise<string> {
    const row = await one<{ id: string }>(
      `INSERT INTO jurisdiction (code, kind, name, parent_id) VALUES ($1, $2, $3, (SELECT id FROM jurisdiction WHERE code = $4)) RETURNING id`,
      [code, kind, { ru, kk: `${ru} (kk)` }, parent],
    );
    return row.id;
  }
  async function body(jurisdictionCode: string, kind: string, ru: string): Promise<{ id: string; name: string }> {
    const row = await one<{ id: string }>(
      `INSERT INTO state_body (jurisdiction_id, kind, name) VALUES ((SELECT id FROM jurisdiction WHERE code = $1), $2, $3) RETURNING id`,
      [jurisdictionCode, kind, { ru, kk: `${ru} (kk)` }],
    );
    return { id: row.id, name: ru };
  }
  async function council(slug: string, jurisdictionCode: string, host: { id: string; name: string }, ru: string, published: boolean): Promise<void> {
    await db.query(
      `INSERT INTO council (slug, jurisdiction_id, host_body_id, level, name, published_at, version)
       VALUES ($1, (SELECT id FROM jurisdiction WHERE code = $2), $3, $4, $5, $6, 1)`,
      [slug, jurisdictionCode, host.id, jurisdictionCode === 'KZ' ? 'republican' : 'local', { ru, kk: `${ru} (kk)`, en: null }, published ? new Date() : null],
    );
    if (published) seeded.push({ slug, name: ru, jurisdiction: jurisdictionCode, body: host });
  }

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();

    // Three published councils (the demo's Kokshetau, Almaty and Akmola; the ministries' wait), then 150.
    await db.query(`UPDATE council SET published_at = NULL WHERE slug IN ('minfin', 'mki')`);
    expect((await index({ page: { offset: 0, limit: PAGE_SIZE } })).councils.total).toBe(3);
    fewStatements = await t.countQueries(() => index({ page: { offset: 0, limit: PAGE_SIZE } }));
    fewDirectoryStatements = await t.countQueries(() => t.gql(DIRECTORY, {}, PUBLIC));
    await db.query(`UPDATE council SET published_at = now() WHERE slug IN ('minfin', 'mki')`);

    const demo = await sql<{ slug: string; name: string; code: string; body_id: string; body_name: string }>(
      `SELECT c.slug, c.name->>'ru' AS name, j.code, b.id AS body_id, b.name->>'ru' AS body_name
         FROM council c JOIN jurisdiction j ON j.id = c.jurisdiction_id JOIN state_body b ON b.id = c.host_body_id WHERE c.published_at IS NOT NULL`,
    );
    seeded.push(...demo.map((d) => ({ slug: d.slug, name: d.name, jurisdiction: d.code, body: { id: d.body_id, name: d.body_name } })));

    await jurisdiction('KZ-TE', 'oblast', 'KZ', 'Восточная тестовая область');
    await jurisdiction('KZ-TE-A', 'district', 'KZ-TE', 'Аральский район');
    await jurisdiction('KZ-TE-B', 'city_oblast', 'KZ-TE', 'город Береговск');
    await jurisdiction('KZ-TW', 'oblast', 'KZ', 'Западная тестовая область');
    await jurisdiction('KZ-TW-A', 'district', 'KZ-TW', 'Абайский район');
    await jurisdiction('KZ-TC', 'city_republican', 'KZ', 'город Тестоград');
    await jurisdiction('KZ-AKM-T', 'district', 'KZ-AKM', 'Бурабайский район');
    await jurisdiction('KZ-TD', 'oblast', 'KZ', 'Дальняя область');

    // 145 more published councils: a few host bodies per jurisdiction, names not in insertion order.
    const places = ['KZ', 'KZ-TE', 'KZ-TE-A', 'KZ-TE-B', 'KZ-TW', 'KZ-TW-A', 'KZ-TC', 'KZ-AKM-T'];
    const hosts = new Map<string, Array<{ id: string; name: string }>>();
    for (const code of places) {
      const list = [];
      for (const n of [3, 1, 2]) list.push(await body(code, code === 'KZ' ? 'ministry' : 'akim_office_department', `Орган ${n} (${code})`));
      hosts.set(code, list);
    }
    for (let i = 0; i < 145; i++) {
      const code = places[i % places.length] as string;
      const host = (hosts.get(code) as Array<{ id: string; name: string }>)[Math.floor(i / places.length) % 3] as { id: string; name: string };
      await council(`index-${i}`, code, host, `Общественный совет № ${String((i * 37) % 145).padStart(3, '0')}`, true);
    }
    // Drafts: in a jurisdiction with drafts only, under a body with drafts only, and next to published ones.
    const far = await body('KZ-TD', 'akimat', 'Акимат Дальней области');
    await council('draft-far-1', 'KZ-TD', far, 'Черновик 1', false);
    await council('draft-far-2', 'KZ-TD', far, 'Черновик 2', false);
    const drafts = await body('KZ-TE', 'akim_office_department', 'Отдел одних черновиков');
    draftOnlyBody = drafts.id;
    await council('draft-te-1', 'KZ-TE', drafts, 'Черновик 3', false);
    await council('draft-te-2', 'KZ-TE', (hosts.get('KZ-TE') as Array<{ id: string; name: string }>)[0] as { id: string; name: string }, 'Черновик 4', false);
    expect(seeded).toHaveLength(150);
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** The expected index order, computed here from the seeded rows; names compare in the database's collation. */
  async function expectedOrder(rows: Seeded[]): Promise<string[]> {
    const tree = await sql<{ code: string; parent: string | null; name: string }>(
      `SELECT j.code, p.code AS parent, j.name->>'ru' AS name FROM jurisdiction j LEFT JOIN jurisdiction p ON p.id = j.parent_id`,
    );
    const names = [...new Set([...tree.map((j) => j.name), ...rows.flatMap((r) => [r.name, r.body.name])])];
    const sorted = (await one<{ s: string[] }>(`SELECT array_agg(s ORDER BY s) AS s FROM unnest($1::text[]) s`, [names])).s;
    const rank = new Map(sorted.map((s, i) => [s, i]));
    const byCode = new Map(tree.map((j) => [j.code, j]));
    const path = (code: string): Array<[number, string]> => {
      const j = byCode.get(code);
      if (!j) return [];
      return [...(j.parent ? path(j.parent) : []), [rank.get(j.name) as number, j.code]];
    };
    const cmp = (a: Array<number | string>, b: Array<number | string>): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number | string) < (b[i] as number | string) ? -1 : 1;
      return a.length - b.length;
    };
    return [...rows]
      .sort((x, y) => {
        const byPlace = cmp(path(x.jurisdiction).flat(), path(y.jurisdiction).flat());
        if (byPlace) return byPlace;
        if (x.jurisdiction !== y.jurisdiction) return x.jurisdiction < y.jurisdiction ? -1 : 1;
        return cmp(
          [rank.get(x.body.name) as number, x.body.id, rank.get(x.name) as number, x.slug],
          [rank.get(y.body.name) as number, y.body.id, rank.get(y.name) as number, y.slug],
        );
      })
      .map((r) => r.slug);
  }

  async function allPages(filter: Pub.CouncilFilter = {}): Promise<{ total: number; pages: string[][] }> {
    const pages: string[][] = [];
    let total = 0;
    for (let offset = 0; pages.length === 0 || offset < total; offset += PAGE_SIZE) {
      const r = await index({ filter, page: { offset, limit: PAGE_SIZE } });
      total = r.councils.total;
      pages.push(slugs(r));
    }
    return { total, pages };
  }

  it('lists every published council in index order, 50 to a page: page 3 has the rest', async () => {
    const { total, pages } = await allPages();
    expect(total).toBe(150);
    expect(pages.map((p) => p.length)).toEqual([50, 50, 50]);
    expect(pages.flat()).toEqual(await expectedOrder(seeded));
    const past = await index({ page: { offset: 150, limit: PAGE_SIZE } });
    expect(past.councils).toEqual({ total: 150, items: [] });
  });

  it('orders by jurisdiction (the republic, then each oblast followed by its own districts and cities), then host body, then name', async () => {
    const { pages } = await allPages();
    const bySlug = new Map(seeded.map((s) => [s.slug, s]));
    const places = pages.flat().map((s) => bySlug.get(s)?.jurisdiction);
    const runs = places.filter((p, i) => p !== places[i - 1]);
    // Each jurisdiction is one run (a heading), the republic first, and districts and cities right after their oblast.
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs[0]).toBe('KZ');
    expect(runs.indexOf('KZ-AKM-KOK')).toBeGreaterThan(runs.indexOf('KZ-AKM'));
    for (const [oblast, children] of [
      ['KZ-AKM', ['KZ-AKM-KOK', 'KZ-AKM-T']],
      ['KZ-TE', ['KZ-TE-A', 'KZ-TE-B']],
      ['KZ-TW', ['KZ-TW-A']],
    ] as const) {
      const at = runs.indexOf(oblast);
      expect(runs.slice(at + 1, at + 1 + children.length).sort()).toEqual([...children].sort());
    }
    expect(runs).not.toContain('KZ-TD');
    // Within a jurisdiction, each host body is one run too.
    const groups = pages.flat().map((s) => `${bySlug.get(s)?.jurisdiction}/${bySlug.get(s)?.body.id}`);
    const bodyRuns = groups.filter((g, i) => g !== groups[i - 1]);
    expect(new Set(bodyRuns).size).toBe(bodyRuns.length);
  });

  it('keeps the admin list in its own order (by name), unchanged', async () => {
    const admin = await t.signIn('admin@kenes.demo');
    const res = await t.gql<{ councils: { total: number; items: Array<{ slug: string; name: { ru: string } }> } }>(
      `{ councils(page: { offset: 0, limit: 100 }) { total items { slug name { ru } } } }`,
      {},
      { headers: { cookie: admin } },
    );
    const names = res.body.data?.councils.items.map((c) => c.name.ru) ?? [];
    expect(res.body.data?.councils.total).toBe((await one<{ n: number }>(`SELECT count(*)::int AS n FROM council`)).n);
    const sorted = (await one<{ s: string[] }>(`SELECT array_agg(s ORDER BY s) AS s FROM unnest($1::text[]) s`, [names])).s;
    expect(names).toEqual(sorted);
  });

  it('filters by jurisdiction with everything under it, by host body, level and name; counts only published councils', async () => {
    const expectFor = (pred: (s: Seeded) => boolean) => expectedOrder(seeded.filter(pred));
    const akmola = await allPages({ jurisdictionCode: 'KZ-AKM' });
    expect(akmola.pages.flat()).toEqual(await expectFor((s) => s.jurisdiction.startsWith('KZ-AKM')));
    expect(akmola.pages.flat()).toContain('kokshetau');

    const east = await allPages({ jurisdictionCode: 'KZ-TE' });
    expect(east.total).toBe(seeded.filter((s) => s.jurisdiction.startsWith('KZ-TE')).length);
    expect(east.pages.flat()).toEqual(await expectFor((s) => s.jurisdiction.startsWith('KZ-TE')));
    expect(east.pages.flat().some((s) => s.startsWith('draft'))).toBe(false);

    const district = await allPages({ jurisdictionCode: 'KZ-TE-A' });
    expect(district.pages.flat()).toEqual(await expectFor((s) => s.jurisdiction === 'KZ-TE-A'));
    expect((await index({ filter: { jurisdictionCode: 'KZ-TD' } })).councils).toEqual({ total: 0, items: [] });
    expect((await index({ filter: { jurisdictionCode: 'NO-SUCH' } })).councils.total).toBe(0);

    const host = seeded.find((s) => s.jurisdiction === 'KZ-TE')?.body as { id: string };
    const byBody = await allPages({ bodyId: host.id });
    expect(byBody.pages.flat()).toEqual(await expectFor((s) => s.body.id === host.id));
    expect((await index({ filter: { bodyId: draftOnlyBody } })).councils.total).toBe(0);

    const republican = await index({ filter: { level: 'REPUBLICAN', jurisdictionCode: 'KZ' }, page: { offset: 0, limit: PAGE_SIZE } });
    expect(republican.councils.total).toBe(seeded.filter((s) => s.jurisdiction === 'KZ').length);
    const named = await allPages({ search: 'совет № 01', jurisdictionCode: 'KZ-TW' });
    const expected = await expectFor((s) => s.name.includes('совет № 01') && s.jurisdiction.startsWith('KZ-TW'));
    expect(expected.length).toBeGreaterThan(0);
    expect(named.pages.flat()).toEqual(expected);
  });

  it('offers the jurisdictions and host bodies that have published councils, with counts that never include drafts', async () => {
    const r = await index({ jurisdiction: 'KZ-TE' });
    const facets = new Map(r.councilJurisdictions.map((j) => [j.code, j]));
    const count = (pred: (s: Seeded) => boolean) => seeded.filter(pred).length;
    expect(facets.get('KZ')).toMatchObject({ depth: 0, councils: 150 });
    expect(facets.get('KZ-AKM')).toMatchObject({ depth: 1, councils: count((s) => s.jurisdiction.startsWith('KZ-AKM')) });
    expect(facets.get('KZ-AKM-KOK')).toMatchObject({ depth: 2, councils: 1 });
    expect(facets.get('KZ-TE')).toMatchObject({ depth: 1, councils: count((s) => s.jurisdiction.startsWith('KZ-TE')) });
    expect(facets.get('KZ-TE-B')).toMatchObject({ depth: 2, councils: count((s) => s.jurisdiction === 'KZ-TE-B') });
    expect(facets.has('KZ-TD')).toBe(false);
    // In index order: the republic first, each oblast followed by what lies under it.
    const codes = r.councilJurisdictions.map((j) => j.code);
    expect(codes[0]).toBe('KZ');
    expect(codes.slice(codes.indexOf('KZ-TE'), codes.indexOf('KZ-TE') + 3)).toEqual(['KZ-TE', 'KZ-TE-A', 'KZ-TE-B']);

    // Host bodies of the chosen oblast and what lies under it; the drafts' own body is not there.
    const bodies = r.councilHostBodies;
    expect(bodies.every((b) => b.jurisdiction.code.startsWith('KZ-TE'))).toBe(true);
    expect(bodies.map((b) => b.id)).not.toContain(draftOnlyBody);
    expect(bodies.reduce((n, b) => n + b.councils, 0)).toBe(count((s) => s.jurisdiction.startsWith('KZ-TE')));
    for (const b of bodies) expect(b.councils).toBe(count((s) => s.body.id === b.id));
    const everywhere = await index({});
    expect(everywhere.councilHostBodies.reduce((n, b) => n + b.councils, 0)).toBe(150);
    expect(everywhere.councilHostBodies.map((b) => b.id)).not.toContain(draftOnlyBody);
  });

  it('lists every published council for pickers in one statement, in index order by jurisdiction', async () => {
    const res = await t.gql<Pub.PublicCouncilDirectoryQuery>(DIRECTORY, {}, PUBLIC);
    const list = res.body.data?.councilDirectory ?? [];
    expect(list).toHaveLength(150);
    expect(new Set(list.map((c) => c.slug))).toEqual(new Set(seeded.map((s) => s.slug)));
    const places = list.map((c) => c.jurisdiction.code);
    const runs = places.filter((p, i) => p !== places[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs[0]).toBe('KZ');
  });

  it('runs the same SQL statements for a page of the index with 3 councils and with 150 (4: page, total, jurisdictions, bodies)', async () => {
    const many = await t.countQueries(() => index({ page: { offset: 0, limit: PAGE_SIZE } }));
    const filtered = await t.countQueries(() => index({ filter: { jurisdictionCode: 'KZ-TE', level: 'LOCAL', search: 'совет' }, page: { offset: 50, limit: PAGE_SIZE }, jurisdiction: 'KZ-TE' }));
    expect(fewStatements).toHaveLength(4);
    expect(many).toHaveLength(fewStatements.length);
    expect(filtered).toHaveLength(fewStatements.length);
    const directory = await t.countQueries(() => t.gql(DIRECTORY, {}, PUBLIC));
    expect(fewDirectoryStatements).toHaveLength(1);
    expect(directory).toHaveLength(1);
  });
});
