import { startTestServer, type TestServer } from '../support/test-server';

const CREATE = `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id slug publishedAt hostBody { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishCouncil(id: $id) { id publishedAt } }`;
const PUBLIC_ONE = `query($s: String!) { council(slug: $s) { slug name { ru } } }`;

describe('registry: setting up and publishing a council', () => {
  let t: TestServer;
  let admin: string;
  let bodyId: string;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.signIn('admin@kenes.demo');
    const bodies = await t.gql<{ stateBodies: { items: Array<{ id: string; name: { ru: string } }> } }>(
      `{ stateBodies(page: { offset: 0, limit: 100 }) { items { id name { ru } } } }`,
      {},
      { headers: { cookie: admin } },
    );
    bodyId = bodies.body.data?.stateBodies.items.find((b) => b.name.ru === 'Кокшетауский городской маслихат')?.id as string;
  });
  afterAll(async () => {
    await t?.close();
  });

  const as = (cookie: string, locale = 'ru') => ({ headers: { cookie: `${cookie}; lang=${locale}` } });

  it('validates the input with translated messages per field', async () => {
    const res = await t.gql(CREATE, { i: { hostBodyId: bodyId, level: 'LOCAL', slug: 'Bad Slug!', name: { ru: '' } } }, as(admin));
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (res.body.errors?.[0]?.extensions?.['fields'] as Array<{ path: string; message: string }>).map((f) => f.path).sort();
    expect(fields).toEqual(['name.ru', 'slug']);
  });

  it('creates a draft council that stays off the portal until it is published', async () => {
    const created = await t.gql<{ createCouncil: { id: string; publishedAt: string | null } }>(
      CREATE,
      { i: { hostBodyId: bodyId, level: 'LOCAL', slug: 'kokshetau-ecology', name: { ru: 'Совет по экологии Кокшетау', kk: 'Көкшетау экология кеңесі' } } },
      as(admin),
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data?.createCouncil.id as string;
    expect(created.body.data?.createCouncil.publishedAt).toBeNull();
    const before = await t.gql<{ council: unknown }>(PUBLIC_ONE, { s: 'kokshetau-ecology' }, { path: '/public/graphql' });
    expect(before.body.data?.council).toBeNull();

    const dup = await t.gql(CREATE, { i: { hostBodyId: bodyId, level: 'LOCAL', slug: 'kokshetau-ecology', name: { ru: 'Дубль' } } }, as(admin));
    expect(dup.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'Значение поля «slug» уже используется.' });

    const stranger = await t.signIn('almaty.secretary@kenes.demo');
    const refused = await t.gql(PUBLISH, { id }, as(stranger));
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const published = await t.gql<{ publishCouncil: { publishedAt: string } }>(PUBLISH, { id }, as(admin));
    expect(published.body.data?.publishCouncil.publishedAt).toEqual(expect.any(String));
    const after = await t.gql<{ council: { name: { ru: string } } }>(PUBLIC_ONE, { s: 'kokshetau-ecology' }, { path: '/public/graphql' });
    expect(after.body.data?.council?.name.ru).toBe('Совет по экологии Кокшетау');

    const events = (await t.server.database.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [id],
    )) as Array<{ action: string }>;
    expect(events.map((e) => e.action)).toEqual(['council.created', 'council.published']);
  });
});
