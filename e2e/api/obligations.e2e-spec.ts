import { Client } from 'pg';
import { EscalationService } from '@kenes/api/obligations';
import { MeetingLive } from '@kenes/api/meetings';
import { samplePng } from '@kenes/api/files/testing';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { loadConfig } from '@kenes/api/core';
import { createServer } from '../../apps/api/src/server';
import { ROOT, startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };

const REC = `id number text adoptedOn documentType points { id number text }
  obligations { id lead state due dispatchedOn answeredOn clockStoppedOn escalationLevel extendedWorkingDays adequate overdue dueExplanation
    body { id name { ru } }
    trail { type date text grounds }
    answers { version state summary signedByName points { pointNumber verdict scope reasons commitmentOwner commitmentDue } }
    commitments { id pointNumber title owner due state doneOn updates { kind text authorName evidence { url } } } }`;

interface Obligation {
  id: string;
  lead: boolean;
  state: string;
  due: string;
  answeredOn: string | null;
  clockStoppedOn: string | null;
  escalationLevel: number;
  extendedWorkingDays: number;
  adequate: boolean | null;
  overdue: boolean;
  dueExplanation: string[];
  body: { id: string; name: { ru: string } };
  trail: Array<{ type: string; date: string; text: string; grounds: string | null }>;
  answers: Array<{ version: number; state: string; signedByName: string | null; points: Array<{ pointNumber: number; verdict: string }> }>;
  commitments: Array<{ id: string; pointNumber: number; title: string; state: string; doneOn: string | null; updates: Array<{ kind: string }> }>;
}
interface Recommendation {
  id: string;
  number: number;
  adoptedOn: string;
  documentType: string;
  points: Array<{ id: string; number: number; text: string }>;
  obligations: Obligation[];
}

describe('recommendations and binding responses: legal clocks, answers, commitments, escalation', () => {
  let t: TestServer;
  let db: Client;
  let mail: Mailbox;
  let secretary: string;
  let officer: string;
  let head: string;
  let member: string;
  let councilId: string;
  let transportId: string;
  let socialId: string;

  const call = <T>(cookie: string, query: string, variables: Record<string, unknown> = {}, locale = 'ru') => t.gql<T>(query, variables, { headers: { cookie: `${cookie}; lang=${locale}` } });
  const ok = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await call<T>(cookie, query, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  };

  /** A meeting adopts a recommendation to the transport department (lead) and the social department. */
  async function adopt(points = ['Распространить льготу на пенсионеров с 63 лет', 'Ввести единую карту льготника', 'Отчитаться совету']): Promise<Recommendation> {
    const { createMeeting } = await ok<{ createMeeting: { id: string; attendance: Array<{ personId: string }> } }>(
      secretary,
      `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id attendance { personId } } }`,
      { i: { councilId, type: 'EXTRAORDINARY', startsAt: '2026-12-08T10:00:00+05:00' } },
    );
    const { addAgendaItem } = await ok<{ addAgendaItem: { items: Array<{ id: string }> } }>(
      secretary,
      `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { items { id } } }`,
      { i: { meetingId: createMeeting.id, title: { ru: 'О льготах на проезд' }, category: 'CITIZEN_APPEAL' } },
    );
    const itemId = addAgendaItem.items[0].id;
    await ok(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id: createMeeting.id });
    await ok(secretary, `mutation($id: ID!) { openMeeting(id: $id) { id } }`, { id: createMeeting.id });
    for (const [i, s] of createMeeting.attendance.entries()) {
      await ok(secretary, `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`, {
        i: { meetingId: createMeeting.id, personId: s.personId, status: i < 12 ? 'IN_PERSON' : 'ABSENT' },
      });
    }
    const { createMotion } = await ok<{ createMotion: { items: Array<{ motions: Array<{ id: string }> }> } }>(
      secretary,
      `mutation($i: CreateMotionInput!) { createMotion(input: $i) { items { motions { id } } } }`,
      {
        i: {
          itemId,
          kind: 'RECOMMENDATION',
          text: 'Рекомендовать акимату расширить льготы на проезд',
          points,
          addressees: [
            { stateBodyId: transportId, lead: true },
            { stateBodyId: socialId, lead: false },
          ],
        },
      },
    );
    const motionId = createMotion.items[0].motions[0].id;
    await ok(secretary, `mutation($id: ID!) { openVote(motionId: $id) { id } }`, { id: motionId });
    await ok(member, `mutation($i: CastVoteInput!) { castVote(input: $i) { choice } }`, { i: { motionId, choice: 'FOR' } });
    await ok(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { id } }`, { id: motionId });
    // Twelve were present; eleven voted by a show of hands the console missed: the recorded correction adopts it.
    await ok(secretary, `mutation($i: CorrectResultInput!) { correctVoteResult(input: $i) { id } }`, {
      i: { motionId, for: 10, against: 1, abstain: 1, reason: 'Голоса, поданные поднятием руки, внесены по протоколу счётной комиссии' },
    });
    const list = await ok<{ recommendations: Array<{ number: number }> }>(secretary, '{ recommendations(slug: "kokshetau") { number } }');
    return (await ok<{ recommendation: Recommendation }>(secretary, `query($c: ID!, $n: Int!) { recommendation(councilId: $c, number: $n) { ${REC} } }`, { c: councilId, n: list.recommendations[0].number })).recommendation;
  }

  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({ SMTP_URL: mail.url, PUBLIC_URL: 'http://kenes.test' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    secretary = await t.signIn('secretary@kenes.demo');
    officer = await t.signIn('officer@kenes.demo');
    head = await t.signIn('head@kenes.demo');
    member = await t.signIn('member@kenes.demo');
    const councils = await ok<{ councils: { items: Array<{ id: string; slug: string }> } }>(secretary, '{ councils { items { id slug } } }');
    councilId = councils.councils.items.find((c) => c.slug === 'kokshetau')?.id as string;
    const bodies = await db.query<{ id: string; en: string }>(`SELECT id, name->>'en' AS en FROM state_body`);
    transportId = bodies.rows.find((b) => b.en.includes('Passenger Transport'))?.id as string;
    socialId = bodies.rows.find((b) => b.en.includes('Social Programmes'))?.id as string;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await mail?.close();
  });

  it('turns an adopted recommendation into an obligation of each addressee, due in a month (moved off days off), explained', async () => {
    const rec = await adopt();
    expect(rec).toMatchObject({ adoptedOn: '2026-11-28', documentType: 'recommendation' });
    expect(rec.points.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(rec.obligations.map((o) => [o.body.id, o.lead, o.state, o.due])).toEqual([
      [transportId, true, 'DISPATCHED', '2026-12-28'],
      [socialId, false, 'DISPATCHED', '2026-12-28'],
    ]);
    const explanation = rec.obligations[0].dueExplanation.join('\n');
    expect(explanation).toMatch(/28\.11\.2026/);
    expect(explanation).toMatch(/383-V/);
    expect(rec.obligations[0].trail.map((s) => s.type)).toEqual(['dispatch']);
    // The public sees it at once, by council and number.
    const pub = await t.gql<{ publicRecommendation: Recommendation }>(`query($n: Int!) { publicRecommendation(slug: "kokshetau", number: $n) { ${REC} } }`, { n: rec.number }, PUBLIC);
    expect(pub.body.data?.publicRecommendation.obligations).toHaveLength(2);
  });

  it('lets the body acknowledge, answer point by point, and its head sign; accepted points become commitments', async () => {
    const rec = await adopt();
    const mine = rec.obligations.find((o) => o.body.id === transportId) as Obligation;
    const theirs = rec.obligations.find((o) => o.body.id === socialId) as Obligation;
    const inbox = await ok<{ obligationInbox: Array<{ obligationId: string; workingDaysLeft: number; overdue: boolean }> }>(officer, '{ obligationInbox { obligationId workingDaysLeft overdue } }');
    expect(inbox.obligationInbox.map((e) => e.obligationId)).toContain(mine.id);
    expect(inbox.obligationInbox.map((e) => e.obligationId)).not.toContain(theirs.id);
    // Another body's obligation is not the officer's to touch.
    const foreign = await call(officer, `mutation($id: ID!) { acknowledgeObligation(obligationId: $id) { id } }`, { id: theirs.id });
    expect(foreign.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const ack = await ok<{ acknowledgeObligation: Recommendation }>(officer, `mutation($id: ID!) { acknowledgeObligation(obligationId: $id) { ${REC} } }`, { id: mine.id });
    expect(ack.acknowledgeObligation.obligations[0]).toMatchObject({ state: 'RECEIVED' });

    const [p1, p2, p3] = rec.points;
    const draft = (points: Array<Record<string, unknown>>) =>
      call<{ draftAnswer: Recommendation }>(officer, `mutation($i: DraftAnswerInput!) { draftAnswer(input: $i) { ${REC} } }`, { i: { obligationId: mine.id, summary: 'Ответ отдела', points } });
    const rejectedWithoutReasons = await draft([
      { pointId: p1.id, verdict: 'ACCEPTED', commitmentOwner: 'Начальник отдела', commitmentDue: '2027-03-01' },
      { pointId: p2.id, verdict: 'REJECTED' },
      { pointId: p3.id, verdict: 'ACCEPTED', commitmentOwner: 'Заместитель', commitmentDue: '2027-01-31' },
    ]);
    expect(rejectedWithoutReasons.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(rejectedWithoutReasons.body.errors?.[0]?.extensions)).toMatch(/укажите причины/);
    const missingPoint = await draft([{ pointId: p1.id, verdict: 'NEEDS_STUDY', studyUntil: '2027-02-01' }]);
    expect(JSON.stringify(missingPoint.body.errors?.[0]?.extensions)).toMatch(/на каждый пункт/);
    const good = await draft([
      { pointId: p1.id, verdict: 'ACCEPTED', commitmentOwner: 'Начальник отдела', commitmentDue: '2027-03-01' },
      { pointId: p2.id, verdict: 'REJECTED', reasons: 'Единая карта вводится республиканской программой в 2028 году' },
      { pointId: p3.id, verdict: 'PARTLY_ACCEPTED', scope: 'Ежеквартальный отчёт на сайте акимата', commitmentOwner: 'Заместитель', commitmentDue: '2027-01-31' },
    ]);
    expect(good.body.errors).toBeUndefined();
    // The draft is the body's own until signed: the public does not see it.
    const before = await t.gql<{ publicRecommendation: Recommendation }>(`query($n: Int!) { publicRecommendation(slug: "kokshetau", number: $n) { ${REC} } }`, { n: rec.number }, PUBLIC);
    expect(before.body.data?.publicRecommendation.obligations[0].answers).toEqual([]);
    expect((await call(officer, `mutation($id: ID!) { signAnswer(obligationId: $id) { id } }`, { id: mine.id })).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const signed = await ok<{ signAnswer: Recommendation }>(head, `mutation($id: ID!) { signAnswer(obligationId: $id) { ${REC} } }`, { id: mine.id });
    const o = signed.signAnswer.obligations.find((x) => x.id === mine.id) as Obligation;
    expect(o).toMatchObject({ state: 'ANSWERED', answeredOn: '2026-11-28', overdue: false });
    expect(o.answers).toEqual([expect.objectContaining({ version: 1, state: 'signed', signedByName: 'Серік Назаров' })]);
    expect(o.commitments.map((c) => [c.pointNumber, c.state, c.title])).toEqual([
      [1, 'OPEN', p1.text],
      [3, 'OPEN', 'Ежеквартальный отчёт на сайте акимата'],
    ]);

    // "Done" needs evidence; a citizen may dispute a "done" with evidence, which reopens it.
    const commitment = o.commitments[0];
    const noEvidence = await call(officer, `mutation($i: CommitmentReportInput!) { reportOnCommitment(input: $i) { id } }`, { i: { commitmentId: commitment.id, done: true, text: 'Сделано', evidence: [] } });
    expect(JSON.stringify(noEvidence.body.errors?.[0])).toMatch(/Приложите подтверждение/);
    await ok(officer, `mutation($i: CommitmentReportInput!) { reportOnCommitment(input: $i) { id } }`, {
      i: { commitmentId: commitment.id, done: true, text: 'Постановление акимата принято', evidence: [{ url: 'https://kokshetau.gov.kz/post/123', fileName: 'Постановление' }] },
    });
    await expect(db.query(`INSERT INTO commitment_update (commitment_id, kind, text, evidence, author_name) VALUES ($1, 'done', 'x', '[]', 'sql')`, [commitment.id])).rejects.toThrow(/CK_commitment_update_evidence/);
    const dispute = await t.gql(
      `mutation($i: CitizenDisputeInput!) { disputeCommitmentAsCitizen(input: $i) }`,
      { i: { commitmentId: commitment.id, name: 'Пенсионерка', text: 'Льготы в автобусах не действуют', evidence: [{ url: 'https://example.kz/photo.jpg' }] } },
      PUBLIC,
    );
    expect(dispute.body.errors).toBeUndefined();
    const after = await t.gql<{ publicRecommendation: Recommendation }>(`query($n: Int!) { publicRecommendation(slug: "kokshetau", number: $n) { ${REC} } }`, { n: rec.number }, PUBLIC);
    const reopened = after.body.data?.publicRecommendation.obligations[0].commitments[0];
    expect(reopened).toMatchObject({ state: 'OPEN', doneOn: null });
    expect(reopened?.updates.map((u) => u.kind)).toEqual(['DONE', 'DISPUTE']);
    // The body does the work and reports it done again, with new evidence.
    await ok(officer, `mutation($i: CommitmentReportInput!) { reportOnCommitment(input: $i) { id } }`, {
      i: { commitmentId: commitment.id, done: true, text: 'Льгота действует во всех автобусах с 1 декабря', evidence: [{ url: 'https://kokshetau.gov.kz/post/124' }] },
    });
    const finally_ = await t.gql<{ publicRecommendation: Recommendation }>(`query($n: Int!) { publicRecommendation(slug: "kokshetau", number: $n) { ${REC} } }`, { n: rec.number }, PUBLIC);
    expect(finally_.body.data?.publicRecommendation.obligations[0].commitments[0]).toMatchObject({ state: 'DONE', doneOn: '2026-11-28' });

    // The council finds the answer inadequate: the body gets a new clock.
    const assessed = await ok<{ assessAnswer: Recommendation }>(secretary, `mutation($i: AssessInput!) { assessAnswer(input: $i) { ${REC} } }`, { i: { obligationId: mine.id, adequate: false } });
    expect(assessed.assessAnswer.obligations[0]).toMatchObject({ state: 'REOPENED', adequate: false, due: '2026-12-28' });
    expect(assessed.assessAnswer.obligations[0].trail.map((s) => s.type)).toEqual(['dispatch', 'receive', 'answer', 'assessInadequate']);
  });

  it('stops and resumes the clock, extends it lawfully, and refuses what the law does not allow, with reasons', async () => {
    const rec = await adopt(['Один пункт']);
    const id = rec.obligations[0].id;
    await ok(officer, `mutation($i: GroundsInput!) { requestClarification(input: $i) { id } }`, { i: { obligationId: id, grounds: 'Уточните категории льготников' } });
    const stopped = await ok<{ recommendation: Recommendation }>(secretary, `query($c: ID!, $n: Int!) { recommendation(councilId: $c, number: $n) { ${REC} } }`, { c: councilId, n: rec.number });
    expect(stopped.recommendation.obligations[0]).toMatchObject({ clockStoppedOn: '2026-11-28' });
    const again = await call(officer, `mutation($i: GroundsInput!) { requestClarification(input: $i) { id } }`, { i: { obligationId: id, grounds: 'Ещё раз' } });
    expect(again.body.errors?.[0]?.message).toMatch(/^Это действие невозможно: /);
    await ok(secretary, `mutation($id: ID!) { resumeObligationClock(obligationId: $id) { id } }`, { id });
    await ok(officer, `mutation($i: ExtensionInput!) { requestExtension(input: $i) { id } }`, { i: { obligationId: id, grounds: 'Нужен расчёт бюджета', workingDays: 5 } });
    const extended = await ok<{ extendObligation: Recommendation }>(secretary, `mutation($i: ExtensionInput!) { extendObligation(input: $i) { ${REC} } }`, {
      i: { obligationId: id, grounds: 'Запрос отдела от 28.11.2026 обоснован', workingDays: 5 },
    });
    const o = extended.extendObligation.obligations[0];
    // Five working days after 28 December: 29, 30, 31 December, then 5 and 6 January (1–2 January are New Year, and
    // Saturday 2 January carries over to Monday 4).
    expect(o).toMatchObject({ due: '2027-01-06', extendedWorkingDays: 5, clockStoppedOn: null });
    expect(o.trail.map((s) => s.type)).toEqual(['dispatch', 'stopClock', 'resumeClock', 'extensionRequested', 'extend']);
    expect(o.trail[4]).toMatchObject({ grounds: 'Запрос отдела от 28.11.2026 обоснован' });
    // The secretary redirects the social department's part to the akimat: the clock restarts there.
    const akimat = (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' = 'Akimat of Kokshetau'`)).rows[0].id;
    const redirected = await ok<{ redirectObligation: Recommendation }>(secretary, `mutation($i: RedirectInput!) { redirectObligation(input: $i) { ${REC} } }`, {
      i: { obligationId: rec.obligations[1].id, toBodyId: akimat, grounds: 'Вопрос в компетенции акимата' },
    });
    expect(redirected.redirectObligation.obligations.map((x) => x.body.id)).toContain(akimat);
  });

  it('escalates on the ladder’s days, once, whichever instance runs it, and puts it on the next agenda', async () => {
    const rec = await adopt(['Пункт']);
    const id = rec.obligations[0].id;
    const escalation = t.server.app.get(EscalationService);
    expect(await escalation.run('2026-12-22')).toEqual([]);
    // Three working days before 28 December (Monday): Wednesday 23 December.
    const reminders = await escalation.run('2026-12-23');
    expect(reminders.filter((s) => s.obligationId === id).map((s) => s.code)).toEqual(['reminder']);
    const reminder = await mail.waitFor('officer@kenes.demo');
    expect(reminder.subject).toMatch(/Напоминание о приближении срока — №/);
    expect(reminder.text).toMatch(/http:\/\/kenes.test\/ru\/councils\/kokshetau\/recommendations\//);
    // Two API instances (each with its own connection pool) running the same day take each step once.
    const second = await createServer(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', KENES_TODAY: '2026-11-28', DATABASE_URL: t.db.url, DATABASE_POOL_SIZE: '3', KENES_SEED_DEMO: 'false', KENES_SERVE_FRONTENDS: 'false' }, ROOT),
    );
    await second.app.init();
    const [a, b] = await Promise.all([escalation.run('2027-01-14'), second.app.get(EscalationService).run('2027-01-14')]).finally(() => second.close());
    // 14 January 2027 is the tenth working day after the due date (1–2 January, the carried-over 4th and Christmas on
    // the 7th skipped): every notice is due.
    const mine: string[] = [...a, ...b].filter((s) => s.obligationId === id).map((s) => s.code);
    expect(mine.sort()).toEqual(['headNotice', 'nextAgenda', 'overdueNotice', 'supervisorNotice']);
    const later = await escalation.run('2027-01-14');
    expect(later.filter((s) => s.obligationId === id)).toEqual([]);
    await escalation.run('2027-02-01');
    const steps = await db.query<{ code: string }>('SELECT code FROM escalation_step WHERE obligation_id = $1 ORDER BY code', [id]);
    expect(steps.rows.map((r) => r.code)).toEqual(['headNotice', 'nextAgenda', 'overdueNotice', 'reminder', 'supervisorNotice']);
    const view = await ok<{ recommendation: Recommendation }>(secretary, `query($c: ID!, $n: Int!) { recommendation(councilId: $c, number: $n) { ${REC} } }`, { c: councilId, n: rec.number });
    const o = view.recommendation.obligations[0];
    expect(o).toMatchObject({ state: 'ESCALATED', escalationLevel: 2, overdue: true });
    expect(o.trail.map((s) => s.type)).toEqual(expect.arrayContaining(['reminder', 'markOverdue', 'overdueNotice', 'escalate', 'headNotice', 'supervisorNotice', 'nextAgenda']));
    // The council's next meeting (the announced demo meeting №4) now has the item.
    const next = await t.gql<{ publicMeeting: { items: Array<{ title: { ru: string } }> } }>('{ publicMeeting(slug: "kokshetau", number: 4) { items { title { ru } } } }', {}, PUBLIC);
    expect(next.body.data?.publicMeeting.items.map((i) => i.title.ru)).toContain(`Неотвеченная рекомендация №${rec.number}: О льготах на проезд`);
  });

  it('reads a recommendation page in the same number of SQL statements for 2 points or 18', async () => {
    await t.server.app.get(MeetingLive).idle();
    const read = (n: number) => t.countQueries(() => t.gql(`query($n: Int!) { publicRecommendation(slug: "kokshetau", number: $n) { ${REC} } }`, { n }, PUBLIC));
    const akim = await read(1); // 18 points, 18 commitments, 11 with evidence
    const transport = await read(2); // 2 points, two addressees
    expect(transport).toHaveLength(akim.length);
    expect(akim.length).toBeLessThanOrEqual(12);
  });

  it('publishes each body’s responsiveness with the method stated', async () => {
    const f = await t.gql<{ stateBodyFigures: Record<string, unknown> & { method: string; total: number; open: number; answeredOnTime: number; answeredLate: number; overdue: number } }>(
      `query($id: ID!) { stateBodyFigures(bodyId: $id) { total open answeredOnTime answeredLate overdue medianDelayWorkingDays adequacyRate assessed commitments commitmentsExecuted commitmentsOverdue executionRate method } }`,
      { id: transportId },
      PUBLIC,
    );
    const figures = f.body.data?.stateBodyFigures;
    expect(figures?.total).toBeGreaterThan(0);
    expect((figures?.open ?? 0) + (figures?.answeredOnTime ?? 0) + (figures?.answeredLate ?? 0) + (figures?.overdue ?? 0)).toBe(figures?.total);
    expect(figures?.method).toMatch(/^Метод: сроки считаются в рабочих днях/);
    // The demo's akimat: the 18 measures promised at the akim's accountability meeting, 11 executed.
    const akimat = (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' = 'Akimat of Kokshetau'`)).rows[0].id;
    const a = await t.gql<{ stateBodyFigures: { commitments: number; commitmentsExecuted: number; executionRate: number; answeredOnTime: number } }>(
      `query($id: ID!) { stateBodyFigures(bodyId: $id) { commitments commitmentsExecuted executionRate answeredOnTime } }`,
      { id: akimat },
      PUBLIC,
    );
    const fig = a.body.data?.stateBodyFigures;
    expect([fig?.commitmentsExecuted, fig?.commitments, Math.round((fig?.executionRate ?? 0) * 100)]).toEqual([11, 18, 61]);
    expect(fig?.answeredOnTime).toBe(1);
  });

  it('lets the authorized body enter a year of the calendar for its jurisdiction only', async () => {
    const operator = await t.signIn('operator@kenes.demo');
    const jurisdictions = await db.query<{ id: string; code: string }>('SELECT id, code FROM jurisdiction');
    const kok = jurisdictions.rows.find((j) => j.code === 'KZ-AKM-KOK')?.id;
    const almaty = jurisdictions.rows.find((j) => j.code === 'KZ-ALA')?.id;
    const set = (jurisdictionId: string | undefined) =>
      call<{ setHolidayYear: { year: number; extraDaysOff: string[] } }>(operator, `mutation($i: HolidayYearInput!) { setHolidayYear(input: $i) { year extraDaysOff } }`, {
        i: { jurisdictionId, year: 2027, datedHolidays: [{ date: '2027-05-16', name: { ru: 'Курбан айт' } }], extraDaysOff: [{ date: '2027-01-08', name: { ru: 'Перенос' } }], workingDays: [], confirmed: true },
      });
    expect((await set(kok)).body.data?.setHolidayYear).toEqual({ year: 2027, extraDaysOff: ['2027-01-08'] });
    expect((await db.query(`SELECT chain FROM audit_event WHERE action = 'calendar.yearSet'`)).rows).toEqual([{ chain: kok }]);
    // Outside the operator's jurisdiction the target is not even visible.
    expect((await set(almaty)).body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
  it('takes evidence as an uploaded photo, checked by content, public once a report cites it', async () => {
    const rec = await adopt(['Отремонтировать остановку']);
    const id = rec.obligations[0].id;
    await ok(officer, `mutation($i: DraftAnswerInput!) { draftAnswer(input: $i) { id } }`, {
      i: { obligationId: id, summary: '', points: [{ pointId: rec.points[0].id, verdict: 'ACCEPTED', commitmentOwner: 'Отдел', commitmentDue: '2027-05-01' }] },
    });
    const signed = await ok<{ signAnswer: Recommendation }>(head, `mutation($id: ID!) { signAnswer(obligationId: $id) { ${REC} } }`, { id });
    const commitmentId = signed.signAnswer.obligations[0].commitments[0].id;
    const png = samplePng();
    const upload = (cookie: string) =>
      fetch(`${t.url}/files/evidence`, { method: 'POST', headers: { cookie, 'x-kenes-upload': '1', 'x-file-name': encodeURIComponent('Остановка.png') }, body: new Uint8Array(png) });
    const up = await upload(officer);
    expect(up.status).toBe(201);
    const file = (await up.json()) as { id: string; url: string; mediaType: string };
    expect(file.mediaType).toBe('image/png');
    // Not cited yet: only its uploader sees it.
    expect((await fetch(`${t.url}${file.url}`)).status).toBe(404);
    const own = await fetch(`${t.url}${file.url}`, { headers: { cookie: officer } });
    expect([own.status, own.headers.get('cache-control'), own.headers.get('content-type')]).toEqual([200, 'private, no-store', 'image/png']);
    await ok(officer, `mutation($i: CommitmentReportInput!) { reportOnCommitment(input: $i) { id } }`, {
      i: { commitmentId, done: true, text: 'Остановка отремонтирована, фотоотчёт', evidence: [{ fileId: file.id, fileName: 'Остановка.png' }] },
    });
    const pub = await fetch(`${t.url}${file.url}`);
    expect(pub.status).toBe(200);
    expect([pub.headers.get('cache-control'), pub.headers.get('content-disposition')]).toEqual([
      'public, max-age=3600',
      `inline; filename="_________.png"; filename*=UTF-8''${encodeURIComponent('Остановка.png')}`,
    ]);
    expect(Buffer.from(await pub.arrayBuffer()).equals(png)).toBe(true);
    // Anonymous uploads are refused.
    expect((await fetch(`${t.url}/files/evidence`, { method: 'POST', headers: { 'x-kenes-upload': '1' }, body: new Uint8Array(png) })).status).toBe(401);
  });
  it('runs the ladder on a BullMQ schedule when REDIS_URL is set (several instances take turns)', async () => {
    const withRedis = await startTestServer({ REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' });
    try {
      const escalation = withRedis.server.app.get(EscalationService);
      await escalation.startScheduler(300);
      const deadline = Date.now() + 15_000;
      while (!escalation.lastRun && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(escalation.lastRun).toMatchObject({ via: 'bullmq', today: '2026-11-28' });
    } finally {
      await withRedis.close();
    }
  });
});
