import { startTestServer, type TestServer } from '../support/test-server';

describe('public demographics of a composition', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows Almaty’s age structure in aggregate, with no birth date or gender per person', async () => {
    const res = await t.gql<{ composition: { demographics: { total: number; medianAge: number; ageBands: Array<{ band: string; count: number }>; female: number; male: number; genderUnknown: number }; members: Array<Record<string, unknown>> } }>(
      `{ composition(slug: "almaty") { demographics { total medianAge ageUnknown female male genderUnknown ageBands { band count } } members { fullName role } } }`,
      {},
      { path: '/public/graphql' },
    );
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data?.composition.demographics;
    expect(d?.total).toBe(30);
    expect(d?.medianAge).toBeGreaterThanOrEqual(58);
    expect(d?.ageBands.map((b) => b.band)).toEqual(['18-34', '35-49', '50-64', '65+']);
    expect((d?.ageBands ?? []).reduce((s, b) => s + b.count, 0)).toBeLessThanOrEqual(30);
    expect((d?.female ?? 0) + (d?.male ?? 0) + (d?.genderUnknown ?? 0)).toBe(30);
    // People are listed by name and role only.
    for (const m of res.body.data?.composition.members ?? []) expect(Object.keys(m).sort()).toEqual(['fullName', 'role']);
    const probe = await t.gql(`{ composition(slug: "almaty") { members { birthDate } } }`, {}, { path: '/public/graphql' });
    expect(probe.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
