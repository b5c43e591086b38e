import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };

const COMPETITION = `id state seats workingGroup { id fullName stateLinked isHead }
  applications { id fullName status rank averageScore reservePosition decisionReasons refusalReasons { ground ruleCode text basis } scores { scorerId value } }`;

interface Application {
  id: string;
  fullName: string;
  status: string;
  rank: number | null;
  averageScore: number | null;
  reservePosition: number | null;
  decisionReasons: string | null;
  refusalReasons: Array<{ ground: string; ruleCode: string | null; text: string; basis: string | null }>;
}
interface CompetitionBody {
  id: string;
  state: string;
  seats: number;
  workingGroup: Array<{ id: string; fullName: string; stateLinked: boolean; isHead: boolean }>;
  applications: Application[];
}

describe('selection: a competition for seats, end to end', () => {
  let t: TestServer;
  let secretary: string;
  let kokshetauId: string;
  let almatyId: string;
  let convocationId: string;
  let seatedBin: string;

  const as = (cookie: string, locale = 'ru') => ({ headers: { cookie: `${cookie}; lang=${locale}` } });
  const ok = async <T>(query: string, variables: Record<string, unknown>, locale = 'ru'): Promise<T> => {
    const res = await t.gql<T>(query, variables, as(secretary, locale));
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  };

  beforeAll(async () => {
    t = await startTestServer();
    secretary = await t.signIn('secretary@kenes.demo');
    const admin = await t.signIn('admin@kenes.demo');
    const councils = await t.gql<{ councils: { items: Array<{ id: string; slug: string }> } }>(
      `{ councils(page: { offset: 0, limit: 100 }) { items { id slug } } }`,
      {},
      as(admin),
    );
    const id = (slug: string) => councils.body.data?.councils.items.find((c) => c.slug === slug)?.id as string;
    kokshetauId = id('kokshetau');
    almatyId = id('almaty');
    const composition = await ok<{ composition: { convocation: { id: string }; members: Array<{ nominatingOrgBin: string | null }> } }>(
      `query($id: ID!) { composition(councilId: $id, onDate: "2026-06-01") { convocation { id } members { nominatingOrgBin } } }`,
      { id: kokshetauId },
    );
    convocationId = composition.composition.convocation.id;
    seatedBin = composition.composition.members.find((m) => m.nominatingOrgBin)?.nominatingOrgBin as string;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs a competition from the call to published results with reasons, refusing on the law’s grounds', async () => {
    const { createCompetition: created } = await ok<{ createCompetition: CompetitionBody }>(
      `mutation($i: CreateCompetitionInput!) { createCompetition(input: $i) { ${COMPETITION} } }`,
      {
        i: {
          councilId: kokshetauId,
          convocationId,
          seats: 1,
          callText: { ru: 'Конкурс на вакантное место', kk: 'Бос орынға конкурс', en: 'Competition for a vacant seat' },
          criteria: [{ ru: 'Опыт общественной работы' }],
          opensOn: '2026-06-01',
          closesOn: '2026-06-20',
        },
      },
    );
    expect(created).toMatchObject({ state: 'DRAFT', seats: 1 });
    const cid = created.id;

    const add = (fullName: string, stateLinked: boolean, isHead = false) =>
      t.gql<{ addWorkingGroupMember: CompetitionBody }>(
        `mutation($i: AddWorkingGroupMemberInput!) { addWorkingGroupMember(input: $i) { ${COMPETITION} } }`,
        { i: { competitionId: cid, fullName, stateLinked, isHead } },
        as(secretary),
      );
    expect((await add('Асель Руководитель', false, true)).body.errors).toBeUndefined();
    expect((await add('Марат Общественник', false)).body.errors).toBeUndefined();
    const third = await add('Ирина Чиновник', true);
    expect(third.body.errors).toBeUndefined();
    const group = third.body.data?.addWorkingGroupMember.workingGroup ?? [];
    const tooMany = await add('Олег Чиновник', true);
    expect(tooMany.body.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', ruleCode: 'workingGroup.stateShare', basis: expect.stringContaining('ст. 8') },
      message: expect.stringMatching(/^Рабочая группа нарушит правило/),
    });

    await ok(`mutation($id: ID!) { openCompetition(id: $id) { id } }`, { id: cid });
    const submit = async (over: Record<string, unknown>) =>
      (
        await ok<{ submitApplication: Application }>(`mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id status } }`, {
          i: {
            competitionId: cid,
            birthDate: '1984-02-10',
            residesInJurisdiction: true,
            citizen: true,
            convictionDeclared: false,
            mentalHealthCertificate: true,
            criminalRecordCertificate: true,
            selfNominated: true,
            ...over,
          },
        })
      ).submitApplication;
    const review = async (id: string, locale = 'ru') =>
      (
        await ok<{ admitOrRefuse: Application }>(
          `mutation($i: AdmitOrRefuseInput!) { admitOrRefuse(input: $i) { id status refusalReasons { ground ruleCode text basis } } }`,
          { i: { applicationId: id } },
          locale,
        )
      ).admitOrRefuse;

    const first = await submit({ fullName: 'Айдос Первый' });
    const second = await submit({ fullName: 'Бота Вторая', selfNominated: false, nominatingOrgName: 'ОО «Экология»', nominatingOrgBin: '990 140 000 777' });
    const young = await submit({ fullName: 'Юный Кандидат', birthDate: '2008-07-01' });
    const sameOrg = await submit({ fullName: 'Вторая От НПО', selfNominated: false, nominatingOrgBin: seatedBin });
    expect(first.status).toBe('SUBMITTED');
    expect(await review(first.id)).toMatchObject({ status: 'ADMITTED', refusalReasons: [] });
    expect((await review(second.id)).status).toBe('ADMITTED');
    expect(await review(young.id, 'en')).toMatchObject({
      status: 'REFUSED',
      refusalReasons: [{ ground: 'ELIGIBILITY_NOT_MET', ruleCode: 'candidate.minimumAge', basis: 'Law 383-V art. 10 p. 1' }],
    });
    expect((await review(sameOrg.id)).refusalReasons).toEqual([
      expect.objectContaining({ ruleCode: 'composition.maxPerOrganisation', basis: 'Закон 383-V ст. 9 п. 4' }),
    ]);

    await ok(`mutation($id: ID!) { closeCompetition(id: $id) { id } }`, { id: cid });
    const score = (applicationId: string, scorer: number, value: number) =>
      ok(`mutation($i: ScoreApplicationInput!) { scoreApplication(input: $i) { id value } }`, {
        i: { applicationId, scorerId: group[scorer]?.id, value, comment: 'Собеседование' },
      });
    await score(first.id, 0, 6);
    await score(first.id, 1, 7);
    await score(second.id, 0, 9);
    await score(second.id, 1, 8);
    await score(second.id, 1, 9); // scoring again replaces the score
    const { decideCompetition: decided } = await ok<{ decideCompetition: CompetitionBody }>(
      `mutation($i: DecideCompetitionInput!) { decideCompetition(input: $i) { ${COMPETITION} } }`,
      { i: { competitionId: cid } },
    );
    expect(decided.state).toBe('DECIDED');
    const byName = new Map(decided.applications.map((a) => [a.fullName, a]));
    expect(byName.get('Бота Вторая')).toMatchObject({ status: 'SELECTED', rank: 1, averageScore: 9 });
    expect(byName.get('Бота Вторая')?.decisionReasons).toMatch(/отобран/);
    expect(byName.get('Айдос Первый')).toMatchObject({ status: 'RESERVE', rank: 2, reservePosition: 1, averageScore: 6.5 });
    expect(byName.get('Айдос Первый')?.decisionReasons).toMatch(/1-й в резервном списке/);

    const publicQuery = `query($slug: String!) { competitions(slug: $slug) { id seats callText { ru kk } refusedCount
      results { fullName nominatingOrgName status rank averageScore reservePosition reasons } } }`;
    const before = await t.gql<{ competitions: Array<{ id: string }> }>(publicQuery, { slug: 'kokshetau' }, PUBLIC);
    expect(before.body.data?.competitions.map((c) => c.id)).not.toContain(cid);

    await ok(`mutation($id: ID!) { publishCompetition(id: $id) { id state } }`, { id: cid });
    const after = await t.gql<{ competitions: Array<{ id: string; refusedCount: number; results: Array<Record<string, unknown>> }> }>(
      publicQuery,
      { slug: 'kokshetau' },
      { ...PUBLIC, headers: { 'x-kenes-locale': 'en' } },
    );
    expect(after.body.errors).toBeUndefined();
    const published = after.body.data?.competitions.find((c) => c.id === cid);
    expect(published?.refusedCount).toBe(2);
    expect(published?.results).toEqual([
      expect.objectContaining({ fullName: 'Бота Вторая', nominatingOrgName: 'ОО «Экология»', status: 'SELECTED', reasons: expect.stringMatching(/selected/) }),
      expect.objectContaining({ fullName: 'Айдос Первый', status: 'RESERVE', reservePosition: 1 }),
    ]);
    const text = JSON.stringify(after.body);
    expect(text).not.toMatch(/1984-02-10|Юный|990140000777|Certificate|conviction/i);
    // The public schema has no personal fields to ask for.
    const probe = await t.gql(`{ competitions(slug: "kokshetau") { results { birthDate } } }`, {}, PUBLIC);
    expect(probe.body.errors?.[0]?.message).toMatch(/birthDate/);
  });

  it('hides another council’s competitions from the secretary', async () => {
    const res = await t.gql(`query($id: ID!) { competitions(councilId: $id) { id } }`, { id: almatyId }, as(secretary, 'en'));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
