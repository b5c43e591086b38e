import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { applyObligationEvent, defaultKazakhstanRuleSet, kazakhstanCalendar, openObligation, type IsoDate, type ObligationEvent, type ResponseObligation } from '@kenes/domain';
import { adminApi, signInApi } from '../support/admin-api';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

interface Obligation {
  id: string;
  body: { id: string };
  commitments: Array<{ id: string; pointNumber: number }>;
}
interface Recommendation {
  number: number;
  points: Array<{ id: string; text: string }>;
  obligations: Obligation[];
}

const REC = 'number points { id text } obligations { id body { id } commitments { id pointNumber } }';

/**
 * The portal's recommendation and state-body pages: a Kokshetau recommendation adopted through the
 * admin API, answered on time by the lead body point by point (accepted, rejected with reasons,
 * partly accepted), one commitment reported done with evidence; the contributing body ignored it
 * and was escalated up the ladder. Read in Kazakh and Russian; a citizen disputes the "done".
 */
describe('portal recommendation and state body pages: status in words, clock, trail, answers, commitments, dispute (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  let db: Client;
  let rec: Recommendation;
  let transportId: string;
  let socialId: string;
  let officer: string;

  const signIn = (email: string) => signInApi(product.url, email);
  const admin = <T>(cookie: string, query: string, variables: Record<string, unknown> = {}) => adminApi<T>(product.url, cookie, query, variables);

  async function open(path: string, locale: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${product.url}${path}`, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  /** A meeting of the Kokshetau council adopts a recommendation to the transport department (lead) and the social department. */
  async function adopt(secretary: string, member: string): Promise<Recommendation> {
    const councils = await admin<{ councils: { items: Array<{ id: string; slug: string }> } }>(secretary, '{ councils { items { id slug } } }');
    const councilId = councils.councils.items.find((c) => c.slug === 'kokshetau')?.id;
    const { createMeeting } = await admin<{ createMeeting: { id: string; attendance: Array<{ personId: string }> } }>(
      secretary,
      `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id attendance { personId } } }`,
      { i: { councilId, type: 'EXTRAORDINARY', startsAt: '2026-12-08T10:00:00+05:00' } },
    );
    const meetingId = createMeeting.id;
    const { addAgendaItem } = await admin<{ addAgendaItem: { items: Array<{ id: string }> } }>(secretary, `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { items { id } } }`, {
      i: { meetingId, title: { ru: 'О льготах на проезд', kk: 'Жол жүруге жеңілдіктер туралы' }, category: 'CITIZEN_APPEAL' },
    });
    await admin(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id: meetingId });
    await admin(secretary, `mutation($id: ID!) { openMeeting(id: $id) { id } }`, { id: meetingId });
    for (const [i, s] of createMeeting.attendance.entries()) {
      await admin(secretary, `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`, { i: { meetingId, personId: s.personId, status: i < 12 ? 'IN_PERSON' : 'ABSENT' } });
    }
    const { createMotion } = await admin<{ createMotion: { items: Array<{ motions: Array<{ id: string }> }> } }>(
      secretary,
      `mutation($i: CreateMotionInput!) { createMotion(input: $i) { items { motions { id } } } }`,
      {
        i: {
          itemId: addAgendaItem.items[0]?.id,
          kind: 'RECOMMENDATION',
          text: 'Рекомендовать акимату расширить льготы на проезд в городских автобусах.',
          points: ['Распространить льготу на пенсионеров с 63 лет', 'Ввести единую карту льготника', 'Ежеквартально отчитываться совету'],
          addressees: [
            { stateBodyId: transportId, lead: true },
            { stateBodyId: socialId, lead: false },
          ],
        },
      },
    );
    const motionId = createMotion.items[0]?.motions[0]?.id;
    await admin(secretary, `mutation($id: ID!) { openVote(motionId: $id) { id } }`, { id: motionId });
    await admin(member, `mutation($i: CastVoteInput!) { castVote(input: $i) { choice } }`, { i: { motionId, choice: 'FOR' } });
    await admin(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { id } }`, { id: motionId });
    await admin(secretary, `mutation($i: CorrectResultInput!) { correctVoteResult(input: $i) { id } }`, {
      i: { motionId, for: 10, against: 1, abstain: 1, reason: 'Голоса, поданные поднятием руки, внесены по протоколу счётной комиссии' },
    });
    const list = await admin<{ recommendations: Array<{ number: number }> }>(secretary, '{ recommendations(slug: "kokshetau") { number } }');
    return (await admin<{ recommendation: Recommendation }>(secretary, `query($c: ID!, $n: Int!) { recommendation(councilId: $c, number: $n) { ${REC} } }`, { c: councilId, n: list.recommendations[0]?.number }))
      .recommendation;
  }

  /**
   * The social department ignored it: its obligation is written as if dispatched on 30 September and
   * run up the ladder (overdue notice, the head, the supervising body), with the domain's own clock.
   * The product's scheduler takes these steps only on its own days, which a test cannot wait for.
   */
  async function ignoredSinceSeptember(obligationId: string): Promise<void> {
    const ctx = { ruleSet: defaultKazakhstanRuleSet, calendar: kazakhstanCalendar([2026, 2027]) };
    let o: ResponseObligation = openObligation(ctx, { documentType: 'recommendation', addresseeBodyId: socialId, dispatchedOn: '2026-09-30' as IsoDate });
    const trail: Array<[string, string, Record<string, unknown>]> = [['dispatch', o.dispatchedOn, { due: o.due }]];
    const steps: Array<[ObligationEvent, string]> = [
      [{ type: 'markOverdue', date: '2026-11-02' as IsoDate }, 'overdueNotice'],
      [{ type: 'escalate', date: '2026-11-05' as IsoDate }, 'headNotice'],
      [{ type: 'escalate', date: '2026-11-16' as IsoDate }, 'supervisorNotice'],
    ];
    for (const [event, notice] of steps) {
      const r = applyObligationEvent(ctx, o, event);
      if (!r.ok) throw new Error(`refused: ${r.error.kind}`);
      o = r.value;
      trail.push([event.type, event.date, {}], [notice, event.date, {}]);
    }
    await db.query(
      `UPDATE obligation SET state = $2, dispatched_on = $3, clock_start = $4, due = $5, escalation_level = $6, last_event_on = $7, explanation = $8 WHERE id = $1`,
      [obligationId, o.state, o.dispatchedOn, o.clockStart, o.due, o.escalationLevel, o.lastEventOn, JSON.stringify(o.explanation)],
    );
    await db.query('DELETE FROM obligation_event WHERE obligation_id = $1', [obligationId]);
    for (const [seq, [type, date, data]] of trail.entries()) {
      await db.query('INSERT INTO obligation_event (obligation_id, seq, type, date, data, actor_name) VALUES ($1, $2, $3, $4, $5, $6)', [obligationId, seq + 1, type, date, JSON.stringify(data), 'Kenes']);
    }
  }

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    db = new Client({ connectionString: product.db.url });
    await db.connect();
    const bodies = await db.query<{ id: string; en: string }>(`SELECT id, name->>'en' AS en FROM state_body`);
    transportId = bodies.rows.find((b) => b.en.includes('Passenger Transport'))?.id as string;
    socialId = bodies.rows.find((b) => b.en.includes('Social Programmes'))?.id as string;
    const secretary = await signIn('secretary@kenes.demo');
    officer = await signIn('officer@kenes.demo');
    const head = await signIn('head@kenes.demo');
    rec = await adopt(secretary, await signIn('member@kenes.demo'));

    // The transport department answers point by point on the day; its head signs.
    const mine = rec.obligations.find((o) => o.body.id === transportId) as Obligation;
    const [p1, p2, p3] = rec.points;
    await admin(officer, `mutation($id: ID!) { acknowledgeObligation(obligationId: $id) { id } }`, { id: mine.id });
    await admin(officer, `mutation($i: DraftAnswerInput!) { draftAnswer(input: $i) { id } }`, {
      i: {
        obligationId: mine.id,
        summary: 'Отдел поддерживает рекомендацию в части льгот для пенсионеров.',
        points: [
          { pointId: p1?.id, verdict: 'ACCEPTED', commitmentOwner: 'Начальник отдела пассажирского транспорта', commitmentDue: '2027-03-01' },
          { pointId: p2?.id, verdict: 'REJECTED', reasons: 'Единая карта вводится республиканской программой в 2028 году' },
          { pointId: p3?.id, verdict: 'PARTLY_ACCEPTED', scope: 'Отчёт раз в полгода на сайте акимата', commitmentOwner: 'Заместитель начальника отдела', commitmentDue: '2027-06-30' },
        ],
      },
    });
    const signed = await admin<{ signAnswer: Recommendation }>(head, `mutation($id: ID!) { signAnswer(obligationId: $id) { ${REC} } }`, { id: mine.id });
    const commitment = signed.signAnswer.obligations.find((o) => o.id === mine.id)?.commitments.find((c) => c.pointNumber === 1);
    await admin(officer, `mutation($i: CommitmentReportInput!) { reportOnCommitment(input: $i) { id } }`, {
      i: { commitmentId: commitment?.id, done: true, text: 'Постановление акимата принято, льгота действует', evidence: [{ url: 'https://kokshetau.gov.kz/post/123', fileName: 'Постановление акимата' }] },
    });
    await ignoredSinceSeptember(rec.obligations.find((o) => o.body.id === socialId)?.id as string);
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await product?.stop();
  });

  it('shows the recommendation in Kazakh: status in words, the clock and how it was computed, the trail, the answer per point', async () => {
    const { page, errors } = await open(`/kk/councils/kokshetau/recommendations/${rec.number}`, 'kk-KZ');
    await expect(page.locator('h1').textContent()).resolves.toContain(`№ ${rec.number} ұсыным`);
    await expect(page.locator('[data-points] li').count()).resolves.toBe(3);
    const lead = page.locator(`[data-obligation="${transportId}"]`);
    const other = page.locator(`[data-obligation="${socialId}"]`);
    // Lead body first, its name linking to the body's figures.
    await expect(page.locator('[data-obligation]').first().getAttribute('data-obligation')).resolves.toBe(transportId);
    await expect(lead.locator('h3').textContent()).resolves.toContain('жауапты орган');
    await expect(lead.locator('h3 a').getAttribute('href')).resolves.toBe(`/kk/bodies/${transportId}`);
    await expect(lead.locator('[data-status]').textContent()).resolves.toContain('Мерзімінде жауап берді (2026 жылғы 28 қараша)');
    await expect(lead.locator('[data-due]').textContent()).resolves.toContain('2026 жылғы 28 желтоқсан');
    await expect(other.locator('[data-status]').textContent()).resolves.toMatch(/Мерзімі өтіп кетті.*Органның басшысына және жоғары тұрған органға хабарланды/);
    // The explanation of the due date folds away, and opens.
    const how = lead.locator('[data-explanation]');
    await expect(how.locator('ol').isVisible()).resolves.toBe(false);
    await how.locator('summary').click();
    await expect(how.textContent()).resolves.toMatch(/28\.11\.2026/);
    await expect(how.textContent()).resolves.toMatch(/383-V/);
    await expect(lead.locator('[data-trail] li').first().textContent()).resolves.toContain('2026 жылғы 28 қараша');
    await expect(other.locator('[data-trail] [data-step="supervisorNotice"]').textContent()).resolves.toContain('Жоғары тұрған органға хабарлама');
    await expect(lead.locator('[data-answer] [data-point="2"]').textContent()).resolves.toMatch(/Қабылданбады[\s\S]*Единая карта вводится/);
    await expect(lead.locator('[data-answer] caption').textContent()).resolves.toContain('Серік Назаров');
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('portal-recommendation-kk'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    // Nothing sticks out sideways on a cheap phone (the answer table stacks).
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('portal-recommendation-kk-phone'), fullPage: true });
    await page.context().close();
  });

  it('shows it in Russian and takes a citizen’s dispute of a commitment marked done, which reopens it', async () => {
    const { page, errors } = await open(`/ru/councils/kokshetau/recommendations/${rec.number}`, 'ru-RU');
    const lead = page.locator(`[data-obligation="${transportId}"]`);
    await expect(lead.locator('[data-status]').textContent()).resolves.toContain('Ответил в срок (28 ноября 2026 г.)');
    await expect(page.locator(`[data-obligation="${socialId}"] [data-status]`).textContent()).resolves.toMatch(/Просрочено: ответ нужно было дать до .* 2026 г\., его нет\. Сообщено руководителю органа и вышестоящему органу\./);
    await expect(lead.locator('[data-answer] [data-point="3"]').textContent()).resolves.toMatch(/Принято частично[\s\S]*В какой части принят: Отчёт раз в полгода/);
    const done = lead.locator('[data-commitment]').first();
    await expect(done.locator('[data-commitment-state]').textContent()).resolves.toContain('Выполнено (28 ноября 2026 г.)');
    await expect(done.getByRole('link', { name: 'Постановление акимата' }).getAttribute('href')).resolves.toBe('https://kokshetau.gov.kz/post/123');
    await page.screenshot({ path: screenshotPath('portal-recommendation-ru'), fullPage: true });

    await done.locator('summary', { hasText: 'На самом деле не выполнено?' }).click();
    await done.getByLabel('Ваше имя').fill('Гульмира Сейтказиева');
    await done.getByLabel('Что не так').fill('В автобусах маршрута № 7 льготу пенсионерам не применяют.');
    await done.getByLabel('Ссылка на подтверждение').fill('https://example.kz/photo/bus-7.jpg');
    await done.getByRole('button', { name: 'Отправить возражение' }).click();
    await expect(done.getByRole('status').textContent()).resolves.toContain('обязательство открыто заново');
    await done.locator('[data-update="DISPUTE"]').waitFor();
    await expect(done.locator('[data-update="DISPUTE"]').textContent()).resolves.toContain('Гульмира Сейтказиева');
    await expect(done.locator('[data-commitment-state]').textContent()).resolves.toContain('Выполняется, срок — 1 марта 2027 г.');
    expect(errors).toEqual([]);
    await done.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('portal-recommendation-disputed-ru') });

    // The body reports it done again; someone else disputes it first: the form shows the API's refusal as worded.
    const commitmentId = (await done.getAttribute('data-commitment')) as string;
    await admin(officer, `mutation($i: CommitmentReportInput!) { reportOnCommitment(input: $i) { id } }`, {
      i: { commitmentId, done: true, text: 'Маршрут № 7 проверен, льгота применяется', evidence: [{ url: 'https://kokshetau.gov.kz/post/124' }] },
    });
    await page.reload({ waitUntil: 'networkidle' });
    const again = page.locator(`[data-commitment="${commitmentId}"]`);
    await again.locator('summary').click();
    await fetch(`${product.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: CitizenDisputeInput!) { disputeCommitmentAsCitizen(input: $i) }',
        variables: { i: { commitmentId, name: 'Житель', text: 'Не применяется', evidence: [{ url: 'https://example.kz/2.jpg' }] } },
      }),
    });
    await again.getByLabel('Ваше имя').fill('Гульмира');
    await again.getByLabel('Что не так').fill('Опять не применяют');
    await again.getByLabel('Ссылка на подтверждение').fill('https://example.kz/photo/3.jpg');
    await again.getByRole('button', { name: 'Отправить возражение' }).click();
    await expect(again.getByRole('alert').textContent()).resolves.toContain('Оспорить можно только обязательство, отмеченное как выполненное.');
    await page.context().close();
  });

  it('lists the recommendation on the council page and shows the body’s figures with the method, in Kazakh and Russian', async () => {
    const { page: council } = await open('/ru/councils/kokshetau', 'ru-RU');
    const item = council.locator(`[data-recommendation="${rec.number}"]`);
    await expect(item.textContent()).resolves.toMatch(/принята 28 ноября 2026 г\.[\s\S]*Ответили органы: 1 из 2[\s\S]*Срок ответа истёк у органов: 1/);
    await council.locator('[data-recommendations]').scrollIntoViewIfNeeded();
    await council.screenshot({ path: screenshotPath('portal-recommendation-council-ru') });
    await item.getByRole('link').click();
    await council.waitForURL(`**/ru/councils/kokshetau/recommendations/${rec.number}`);
    await council.locator(`[data-obligation="${socialId}"] h3 a`).click();
    await council.waitForURL(`**/ru/bodies/${socialId}`);
    await council.locator('[data-method]').waitFor();
    // Other bodies' figures may include the demo data: only this test's part is asserted.
    await expect(council.locator('[data-figure="overdue"]').textContent()).resolves.toMatch(/Просрочено, ответа нет\s*[1-9]/);
    await expect(council.locator('[data-method]').textContent()).resolves.toMatch(/^Метод: сроки считаются в рабочих днях/);
    await expect(council.locator('table caption').first().textContent()).resolves.toMatch(/Всего рекомендаций: [1-9]/);
    await council.screenshot({ path: screenshotPath('portal-body-ru'), fullPage: true });
    await council.emulateMedia({ media: 'print' });
    await council.screenshot({ path: screenshotPath('portal-body-ru-print'), fullPage: true });
    await council.context().close();

    const { page, errors } = await open(`/kk/bodies/${transportId}`, 'kk-KZ');
    await expect(page.locator('[data-figure="answeredOnTime"]').textContent()).resolves.toMatch(/Мерзімінде жауап берді\s*[1-9]\d*\s*\d+%/);
    await expect(page.locator('[data-chart="commitments"] caption').textContent()).resolves.toMatch(/Барлығы \d+ міндеттеме/);
    await expect(page.locator('[data-method]').textContent()).resolves.toMatch(/^Әдіс: мерзім еңбек күндерімен/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('portal-body-kk'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('portal-body-kk-phone'), fullPage: true });
    await page.context().close();
  });
});
