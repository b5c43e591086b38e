import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };
const COUNCILS = `query($filter: CouncilFilter, $page: PageInput) { councils(filter: $filter, page: $page) { total items { slug name { kk ru en } level jurisdiction { code } hostBody { name { ru } } } } }`;

describe('foundation: the API end to end', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports liveness and readiness with a database check', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('lists the published demo councils in Kazakh and Russian on the public endpoint', async () => {
    const res = await t.gql<{ councils: { total: number; items: Array<{ slug: string; name: { kk: string; ru: string } }> } }>(COUNCILS, {}, PUBLIC);
    expect(res.body.errors).toBeUndefined();
    const slugs = res.body.data?.councils.items.map((c) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(['kokshetau', 'almaty', 'minfin']));
    const kok = res.body.data?.councils.items.find((c) => c.slug === 'kokshetau');
    expect(kok?.name).toMatchObject({ kk: 'Көкшетау қаласының қоғамдық кеңесі', ru: 'Общественный совет города Кокшетау' });
  });

  it('never shows an unpublished council on the public endpoint, by list, filter or slug', async () => {
    const list = await t.gql<{ councils: { items: Array<{ slug: string }> } }>(COUNCILS, { filter: { search: 'черновик' } }, PUBLIC);
    expect(list.body.data?.councils.items).toEqual([]);
    const one = await t.gql<{ council: unknown }>(`{ council(slug: "kokshetau-youth-draft") { slug } }`, {}, PUBLIC);
    expect(one.body.data?.council).toBeNull();
  });

  it('filters and pages, with the page size bounded', async () => {
    const rep = await t.gql<{ councils: { total: number; items: Array<{ level: string }> } }>(COUNCILS, { filter: { level: 'REPUBLICAN' } }, PUBLIC);
    expect(rep.body.data?.councils.total).toBe(2);
    expect(rep.body.data?.councils.items.every((c) => c.level === 'REPUBLICAN')).toBe(true);
    const page = await t.gql<{ councils: { total: number; items: unknown[] } }>(COUNCILS, { page: { offset: 0, limit: 2 } }, PUBLIC);
    expect(page.body.data?.councils.items).toHaveLength(2);
    expect(page.body.data?.councils.total).toBe(5);
    const tooBig = await t.gql(COUNCILS, { page: { offset: 0, limit: 1000 } }, PUBLIC);
    expect(tooBig.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(tooBig.body.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'page.limit' })]);
  });

  it('answers the admin endpoint with UNAUTHENTICATED, translated per caller', async () => {
    const ru = await t.gql(`{ councils { total } }`, {}, { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    expect(ru.body.errors?.[0]).toMatchObject({ message: 'Войдите в систему.', extensions: { code: 'UNAUTHENTICATED' } });
    const kk = await t.gql(`{ councils { total } }`, {}, { headers: { 'x-kenes-locale': 'kk' } });
    expect(kk.body.errors?.[0]?.message).toBe('Жүйеге кіріңіз.');
    const en = await t.gql(`{ councils { total } }`, {}, { headers: { cookie: 'lang=en' } });
    expect(en.body.errors?.[0]?.message).toBe('Please sign in.');
  });

  it('does not expose admin types or operations on the public schema', async () => {
    const res = await t.gql<{ __schema: { types: Array<{ name: string }>; mutationType: { fields: Array<{ name: string }> } | null } }>(
      `{ __schema { types { name } mutationType { fields { name } } } }`,
      {},
      PUBLIC,
    );
    const names = res.body.data?.__schema.types.map((x) => x.name) ?? [];
    expect(names).toContain('PublicCouncil');
    expect(names).not.toContain('Council');
    expect(names).not.toContain('CreateCouncilInput');
    // The only writes open to the public are citizens' input, each moderated or rate-limited.
    expect(res.body.data?.__schema.mutationType?.fields.map((f) => f.name).sort()).toEqual([
      'disputeCommitmentAsCitizen',
      'followRecord',
      'proposeAgendaItemAsCitizen',
      'submitPublicComment',
    ]);
  });

  it('has no personal-data field anywhere on the public schema', async () => {
    const res = await t.gql<{ __schema: { types: Array<{ name: string; fields: Array<{ name: string }> | null }> } }>(
      `{ __schema { types { name fields { name } } } }`,
      {},
      PUBLIC,
    );
    const fields = (res.body.data?.__schema.types ?? []).filter((x) => !x.name.startsWith('__')).flatMap((x) => (x.fields ?? []).map((f) => `${x.name}.${f.name}`));
    expect(fields.length).toBeGreaterThan(10);
    // ("addressee" is a state body a recommendation is addressed to, not a postal address)
    expect(fields.filter((f) => /email|phone|birth|address(?!ee)|password|session|grant/i.test(f))).toEqual([]);
  });

  it('keeps Apollo CSRF prevention on: a simple GET without the preflight header is refused', async () => {
    const res = await fetch(`${t.url}/public/graphql?query=${encodeURIComponent('{ councils { total } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${t.url}/public/graphql?query=${encodeURIComponent('{ councils { total } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('refuses hostile queries (alias bombs, fragment fan-out) before touching the database', async () => {
    const wide = `{ ${Array.from({ length: 100 }, (_, i) => `c${i}: councils { total items { slug } }`).join(' ')} }`;
    const fanOut = `query { councils { items { ...A } } } fragment A on PublicCouncil { ${Array.from({ length: 80 }, (_, i) => `n${i}: name { kk ru en }`).join(' ')} }`;
    for (const q of [wide, fanOut]) {
      const statements = await t.countQueries(async () => {
        const res = await t.gql(q, {}, PUBLIC);
        expect(res.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.body.errors?.[0]?.message).toMatch(/the limit is 300/);
      });
      expect(statements).toHaveLength(0);
    }
    // The admin endpoint has its own, wider limits, and refuses before authentication.
    const adminBomb = `{ ${Array.from({ length: 400 }, (_, i) => `c${i}: currentUser { id }`).join(' ')} }`;
    const admin = await t.gql(adminBomb);
    expect(admin.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(admin.body.errors?.[0]?.message).toMatch(/the limit is 600/);
    // A client's ordinary introspection still passes.
    const { getIntrospectionQuery } = await import('graphql');
    const intro = await t.gql(getIntrospectionQuery(), {}, PUBLIC);
    expect(intro.body.errors).toBeUndefined();
  });

  it('never leaks SQL, stack traces or file paths in errors (NUL byte, bad uuid)', async () => {
    const nul = await t.gql(COUNCILS, { filter: { search: 'a\u0000b' } }, PUBLIC);
    const bad = await t.gql(`query($f: CouncilFilter) { councils(filter: $f) { total } }`, { f: { jurisdictionId: 'not-a-uuid' } }, PUBLIC);
    for (const res of [nul, bad]) {
      const text = JSON.stringify(res.body);
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/SELECT|QueryFailedError|stacktrace|\/work\/|node_modules|at [A-Za-z]+ \(/);
    }
    expect(nul.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('runs a constant number of SQL statements for the council list, whatever the page size', async () => {
    const two = await t.countQueries(() => t.gql(COUNCILS, { page: { offset: 0, limit: 2 } }, PUBLIC));
    const all = await t.countQueries(() => t.gql(COUNCILS, { page: { offset: 0, limit: 100 } }, PUBLIC));
    expect(two).toHaveLength(all.length);
    expect(all.length).toBeLessThanOrEqual(3);
  });
});
