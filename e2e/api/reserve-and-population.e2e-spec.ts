import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };

/**
 * Filling a vacancy from a competition's reserve list through the composition rules, the public
 * results read in a constant number of statements, and the population reference the
 * demographic gap is measured against.
 */
describe('reserve list, public results and population reference, end to end', () => {
  let t: TestServer;
  let secretary: string;
  let kokshetauId: string;
  let convocationId: string;
  let categories: Array<{ id: string; code: string; stateLinked: boolean }>;

  const as = (cookie: string, locale = 'ru') => ({ headers: { cookie: `${cookie}; lang=${locale}` } });
  const ok = async <T>(query: string, variables: Record<string, unknown>, cookie = secretary, locale = 'ru'): Promise<T> => {
    const res = await t.gql<T>(query, variables, as(cookie, locale));
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  };

  /** A competition run to publication: `candidates` scored 9, 8, 7…, one seat, the rest on the reserve list. */
  async function publishedCompetition(candidates: number, closesOn = '2026-10-20'): Promise<{ id: string; applications: string[] }> {
    const { createCompetition } = await ok<{ createCompetition: { id: string } }>(
      `mutation($i: CreateCompetitionInput!) { createCompetition(input: $i) { id } }`,
      { i: { councilId: kokshetauId, convocationId, seats: 1, callText: { ru: 'Конкурс на вакантное место' }, criteria: [{ ru: 'Опыт' }], opensOn: '2026-10-01', closesOn } },
    );
    const id = createCompetition.id;
    const { addWorkingGroupMember } = await ok<{ addWorkingGroupMember: { workingGroup: Array<{ id: string }> } }>(
      `mutation($i: AddWorkingGroupMemberInput!) { addWorkingGroupMember(input: $i) { workingGroup { id } } }`,
      { i: { competitionId: id, fullName: 'Глава Группы', stateLinked: false, isHead: true } },
    );
    const scorerId = addWorkingGroupMember.workingGroup[0]?.id;
    await ok(`mutation($id: ID!) { openCompetition(id: $id) { id } }`, { id });
    const applications: string[] = [];
    for (let i = 0; i < candidates; i++) {
      const { submitApplication } = await ok<{ submitApplication: { id: string } }>(
        `mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }`,
        {
          i: {
            competitionId: id,
            fullName: `Кандидат ${closesOn} ${i + 1}`,
            birthDate: '1990-05-05',
            residesInJurisdiction: true,
            citizen: true,
            convictionDeclared: false,
            mentalHealthCertificate: true,
            criminalRecordCertificate: true,
            selfNominated: true,
            documents: ['Заявление', 'Биография'],
          },
        },
      );
      await ok(`mutation($i: AdmitOrRefuseInput!) { admitOrRefuse(input: $i) { id } }`, { i: { applicationId: submitApplication.id } });
      applications.push(submitApplication.id);
    }
    await ok(`mutation($id: ID!) { closeCompetition(id: $id) { id } }`, { id });
    for (const [i, applicationId] of applications.entries()) {
      await ok(`mutation($i: ScoreApplicationInput!) { scoreApplication(input: $i) { id } }`, { i: { applicationId, scorerId, value: 9 - (i % 9) } });
    }
    await ok(`mutation($i: DecideCompetitionInput!) { decideCompetition(input: $i) { id } }`, { i: { competitionId: id } });
    await ok(`mutation($id: ID!) { publishCompetition(id: $id) { id } }`, { id });
    return { id, applications };
  }

  beforeAll(async () => {
    t = await startTestServer();
    secretary = await t.signIn('secretary@kenes.demo');
    const admin = await t.signIn('admin@kenes.demo');
    const councils = await ok<{ councils: { items: Array<{ id: string; slug: string; jurisdiction: { id: string } }> } }>(
      `{ councils(page: { offset: 0, limit: 100 }) { items { id slug jurisdiction { id } } } }`,
      {},
      admin,
    );
    const kokshetau = councils.councils.items.find((c) => c.slug === 'kokshetau');
    kokshetauId = kokshetau?.id as string;
    const data = await ok<{ composition: { convocation: { id: string } }; affiliationCategories: typeof categories }>(
      `query($id: ID!, $j: ID!) { composition(councilId: $id) { convocation { id } } affiliationCategories(jurisdictionId: $j) { id code stateLinked } }`,
      { id: kokshetauId, j: kokshetau?.jurisdiction.id },
    );
    convocationId = data.composition.convocation.id;
    categories = data.affiliationCategories;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reads the public results in a constant number of SQL statements, whatever the number of competitions and applications', async () => {
    const read = () =>
      t.countQueries(async () => {
        const res = await t.gql<{ competitions: Array<{ results: unknown[] }> }>(
          `{ competitions(slug: "kokshetau") { id refusedCount results { fullName status reasons appointedFromReserve } } }`,
          {},
          PUBLIC,
        );
        expect(res.body.errors).toBeUndefined();
      });
    await publishedCompetition(2, '2026-10-10');
    const one = await read();
    await publishedCompetition(5, '2026-10-11');
    await publishedCompetition(3, '2026-10-12');
    const three = await read();
    expect(three).toHaveLength(one.length);
    expect(one.length).toBeLessThanOrEqual(4);
  });

  it('fills a vacancy from the reserve list in order, through the rule engine, and the public sees it', async () => {
    const { id, applications } = await publishedCompetition(3, '2026-10-20');
    const ngo = categories.find((c) => c.code === 'ngo')?.id;
    const state = categories.find((c) => c.stateLinked)?.id;
    const fill = (categoryId: string | undefined, locale = 'ru') =>
      t.gql<{ fillVacancyFromReserve: { application: { id: string; fullName: string }; change: { membership: { id: string; selectionMethod: string } } } }>(
        `mutation($i: FillVacancyFromReserveInput!) { fillVacancyFromReserve(input: $i) { application { id fullName } change { membership { id selectionMethod } } } }`,
        { i: { competitionId: id, categoryId, startsOn: '2026-11-28' } },
        as(secretary, locale),
      );

    // Kokshetau already breaks the 2/3 civil-society share: a state-linked seat would worsen it.
    const refused = await fill(state, 'en');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', ruleCode: 'composition.civilSocietyShare', basis: expect.stringContaining('art. 1') });

    const first = await fill(ngo);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.fillVacancyFromReserve.application.id).toBe(applications[1]);
    expect(first.body.data?.fillVacancyFromReserve.change.membership.selectionMethod).toBe('RESERVE_LIST');
    const second = await fill(ngo);
    expect(second.body.data?.fillVacancyFromReserve.application.id).toBe(applications[2]);
    const empty = await fill(ngo, 'kk');
    expect(empty.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('Резервтік тізімде') });

    const { competition } = await ok<{ competition: { applications: Array<{ id: string; appointedMembershipId: string | null; documents: string[] }> } }>(
      `query($id: ID!) { competition(id: $id) { applications { id appointedMembershipId documents } } }`,
      { id },
    );
    expect(competition.applications.filter((a) => a.appointedMembershipId)).toHaveLength(2);
    expect(competition.applications[0]?.documents).toEqual(['Заявление', 'Биография']);

    const pub = await t.gql<{ competitions: Array<{ id: string; results: Array<{ fullName: string; appointedFromReserve: boolean }> }> }>(
      `{ competitions(slug: "kokshetau") { id results { fullName appointedFromReserve } } }`,
      {},
      PUBLIC,
    );
    expect(pub.body.data?.competitions.find((c) => c.id === id)?.results.filter((r) => r.appointedFromReserve)).toHaveLength(2);
    expect(JSON.stringify(pub.body)).not.toMatch(/1990-05-05|Заявление/);
  });

  it('lets the authorized body enter its population reference, not another region’s, and shows Almaty’s age gap', async () => {
    const operator = await t.signIn('operator@kenes.demo');
    const jurisdictions = await ok<{ jurisdictions: { items: Array<{ id: string; code: string }> } }>(`{ jurisdictions { items { id code } } }`, {}, operator);
    const akmola = jurisdictions.jurisdictions.items.find((j) => j.code === 'KZ-AKM')?.id;
    expect(akmola).toBeDefined();
    const input = (jurisdictionId: string | undefined, percent = 10) => ({
      i: {
        jurisdictionId,
        asOf: '2025-01-01',
        ageBands: [
          { band: '18-34', percent: 35 },
          { band: '35-49', percent: 28 },
          { band: '50-64', percent: 24 },
          { band: '65+', percent: 13 + (percent - 10) },
        ],
        femalePercent: 52.4,
        medianAge: 42,
        source: 'Бюро национальной статистики',
      },
    });
    const mutation = `mutation($i: SetPopulationReferenceInput!) { setPopulationReference(input: $i) { id asOf } }`;
    const bad = await t.gql(mutation, input(akmola, 14), as(operator, 'en'));
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ageBands', message: 'The age bands add up to 104%, not 100%.' }] });
    expect((await t.gql(mutation, input(akmola), as(operator))).body.errors).toBeUndefined();
    const almaty = (await t.gql<{ jurisdictions: { items: Array<{ id: string; code: string }> } }>(`{ jurisdictions { items { id code } } }`, {}, as(await t.signIn('admin@kenes.demo')))).body.data?.jurisdictions.items.find(
      (j) => j.code === 'KZ-ALA',
    )?.id;
    expect((await t.gql(mutation, input(almaty), as(operator, 'en'))).body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await t.gql(mutation, input(akmola), as(secretary, 'en'))).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const gap = await t.gql<{ composition: { demographicGap: { largestGapBand: string; councilMedianAge: number; populationMedianAge: number; ageBands: Array<{ band: string; gapPoints: number; notable: boolean }> } } }>(
      `{ composition(slug: "almaty") { demographicGap { referenceSource largestGapBand councilMedianAge populationMedianAge ageBands { band councilPercent populationPercent gapPoints notable } } } }`,
      {},
      PUBLIC,
    );
    expect(gap.body.errors).toBeUndefined();
    const g = gap.body.data?.composition.demographicGap;
    expect(g?.largestGapBand).toBe('18-34');
    expect(g?.populationMedianAge).toBe(40);
    expect((g?.councilMedianAge ?? 0) - (g?.populationMedianAge ?? 0)).toBeGreaterThan(15);
    expect(g?.ageBands.find((b) => b.band === '18-34')).toMatchObject({ notable: true });
    // Kokshetau now has Akmola's reference (its jurisdiction's parent).
    const kok = await t.gql<{ composition: { demographicGap: { populationMedianAge: number } | null } }>(`{ composition(slug: "kokshetau") { demographicGap { populationMedianAge } } }`, {}, PUBLIC);
    expect(kok.body.data?.composition.demographicGap?.populationMedianAge).toBe(42);
  });
});
