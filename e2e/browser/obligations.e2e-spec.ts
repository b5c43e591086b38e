import type { Browser, BrowserContext, Page } from 'playwright-core';
import { samplePng } from '@kenes/api/files/testing';
import { DEMO_PASSWORD, signInAdmin } from '../support/admin-session';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

const DESKTOP = { locale: 'ru-RU', viewport: { width: 1366, height: 1000 } };
const POINTS = ['Распространить льготу на проезд на пенсионеров с 63 лет', 'Ввести единую карту льготника'];

describe('recommendations: a state body answers point by point, its head signs, the council assesses (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let number = 0;

  /** The admin API as a signed-in demo account (cookie), for what the browser does not show here. */
  async function apiSession(email: string): Promise<<T>(query: string, variables?: Record<string, unknown>) => Promise<T>> {
    const res = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password: DEMO_PASSWORD } } }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
    return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const r = await fetch(`${product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${cookie}; lang=ru` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await r.json()) as { data?: T; errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(`${query}: ${body.errors[0]?.message}`);
      return body.data as T;
    };
  }

  /** A meeting adopts a recommendation to the transport department (lead) and the social department (as the API e2e does). */
  async function adopt(): Promise<number> {
    const secretary = await apiSession('secretary@kenes.demo');
    const member = await apiSession('member@kenes.demo');
    const { councils } = await secretary<{ councils: { items: Array<{ id: string; slug: string }> } }>('{ councils(page: { limit: 100 }) { items { id slug } } }');
    const councilId = councils.items.find((c) => c.slug === 'kokshetau')?.id;
    const { stateBodies } = await secretary<{ stateBodies: { items: Array<{ id: string; name: { en: string | null } }> } }>('{ stateBodies(page: { limit: 100 }) { items { id name { en } } } }');
    const transportId = stateBodies.items.find((b) => b.name.en?.includes('Passenger Transport'))?.id;
    const socialId = stateBodies.items.find((b) => b.name.en?.includes('Social Programmes'))?.id;
    const { createMeeting } = await secretary<{ createMeeting: { id: string; attendance: Array<{ personId: string }> } }>(
      'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id attendance { personId } } }',
      { i: { councilId, type: 'EXTRAORDINARY', startsAt: '2026-12-08T10:00:00+05:00' } },
    );
    const { addAgendaItem } = await secretary<{ addAgendaItem: { items: Array<{ id: string }> } }>('mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { items { id } } }', {
      i: { meetingId: createMeeting.id, title: { ru: 'О льготах на проезд' }, category: 'CITIZEN_APPEAL' },
    });
    await secretary('mutation($id: ID!) { announceMeeting(id: $id) { notified } }', { id: createMeeting.id });
    await secretary('mutation($id: ID!) { openMeeting(id: $id) { id } }', { id: createMeeting.id });
    for (const [i, s] of createMeeting.attendance.entries()) {
      await secretary('mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', { i: { meetingId: createMeeting.id, personId: s.personId, status: i < 12 ? 'IN_PERSON' : 'ABSENT' } });
    }
    const { createMotion } = await secretary<{ createMotion: { items: Array<{ motions: Array<{ id: string }> }> } }>(
      'mutation($i: CreateMotionInput!) { createMotion(input: $i) { items { motions { id } } } }',
      {
        i: {
          itemId: addAgendaItem.items[0]?.id,
          kind: 'RECOMMENDATION',
          text: 'Рекомендовать акимату расширить льготы на проезд',
          points: POINTS,
          addressees: [
            { stateBodyId: transportId, lead: true },
            { stateBodyId: socialId, lead: false },
          ],
        },
      },
    );
    const motionId = createMotion.items[0]?.motions[0]?.id;
    await secretary('mutation($id: ID!) { openVote(motionId: $id) { id } }', { id: motionId });
    await member('mutation($i: CastVoteInput!) { castVote(input: $i) { choice } }', { i: { motionId, choice: 'FOR' } });
    await secretary('mutation($id: ID!) { closeVote(motionId: $id) { id } }', { id: motionId });
    await secretary('mutation($i: CorrectResultInput!) { correctVoteResult(input: $i) { id } }', {
      i: { motionId, for: 10, against: 1, abstain: 1, reason: 'Голоса, поданные поднятием руки, внесены по протоколу счётной комиссии' },
    });
    const { recommendations } = await secretary<{ recommendations: Array<{ number: number }> }>('{ recommendations(slug: "kokshetau") { number } }');
    return Math.max(...recommendations.map((r) => r.number));
  }

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    number = await adopt();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await product?.stop();
  });

  async function signIn(email: string): Promise<Page> {
    const p = await signInAdmin(browser, product.url, email, DESKTOP);
    contexts.push(p.context());
    return p;
  }

  /** From the home page's card to this recommendation's obligation page. */
  async function openObligation(p: Page): Promise<void> {
    await p.locator('[data-owed]').getByRole('link', { name: 'Открыть список' }).click();
    await p.waitForURL('**/obligations');
    await p.locator(`[data-obligation="${number}"]`).getByRole('link', { name: 'Открыть и ответить' }).click();
    await p.waitForURL(/\/admin\/obligations\/[0-9a-f-]+$/);
    await p.locator('[data-clock]').waitFor();
  }

  it('lets the officer acknowledge and draft an answer; the server’s refusal is shown; the head signs; done needs evidence', async () => {
    const officer = await signIn('officer@kenes.demo');
    await expect(officer.locator('[data-owed] h2').textContent()).resolves.toMatch(/Вы должны ответить: \d+, из них просрочено: \d+/);
    await officer.screenshot({ path: screenshotPath('obligations-home-ru') });
    await officer.locator('[data-owed]').getByRole('link', { name: 'Открыть список' }).click();
    await officer.waitForURL('**/obligations');
    const row = officer.locator(`[data-obligation="${number}"]`);
    await expect(row.textContent()).resolves.toContain('О льготах на проезд');
    await expect(row.locator('[data-days-left]').textContent()).resolves.toBe('Осталось рабочих дней: 20');
    await expect(row.textContent()).resolves.toContain('Ответить до 28.12.2026');
    await officer.screenshot({ path: screenshotPath('obligations-inbox-ru'), fullPage: true });
    await row.getByRole('link', { name: 'Открыть и ответить' }).click();
    await officer.waitForURL(/\/admin\/obligations\/[0-9a-f-]+$/);
    const obligationUrl = officer.url();

    // The clock: the due date, how it was computed, the trail.
    await expect(officer.locator('[data-due]').textContent()).resolves.toContain('28.12.2026');
    await officer.locator('[data-explanation] summary').click();
    await expect(officer.locator('[data-explanation]').textContent()).resolves.toMatch(/383-V/);
    await expect(officer.locator('[data-trail] li').count()).resolves.toBe(1);

    await officer.getByRole('button', { name: 'Подтвердить получение' }).click();
    await officer.locator('[data-notice]', { hasText: 'Получение подтверждено' }).waitFor();
    await officer.locator('[data-state]', { hasText: 'Получена, готовится ответ' }).waitFor();
    await officer.locator('[data-trail] li[data-step="receive"]').waitFor();

    // Point 1 accepted with an owner and a date; point 2 rejected without reasons: the server refuses.
    const p1 = officer.locator('[data-point="1"]');
    const p2 = officer.locator('[data-point="2"]');
    await p1.locator('label.verdict.ACCEPTED').click();
    await p1.getByLabel('Ответственный (должность или ФИО)').fill('Начальник отдела пассажирского транспорта');
    await p1.getByLabel('Срок выполнения').fill('2027-03-01');
    await p2.locator('label.verdict.REJECTED').click();
    await officer.getByRole('button', { name: 'Сохранить черновик' }).click();
    await p2.locator('[data-field-error]', { hasText: 'Для отклонённого пункта укажите причины.' }).waitFor();
    await officer.locator('[data-answer-form] [data-error]').waitFor();
    await officer.screenshot({ path: screenshotPath('obligations-answer-refused-ru'), fullPage: true });
    await p2.getByLabel('Почему не принято (причины)').fill('Единая карта вводится республиканской программой в 2028 году');
    await officer.getByRole('button', { name: 'Сохранить черновик' }).click();
    await officer.locator('[data-answer-notice]', { hasText: 'Черновик сохранён.' }).waitFor();
    await officer.locator('[data-wait-head]').waitFor();
    await expect(officer.getByRole('button', { name: 'Подписать и отправить ответ' }).count()).resolves.toBe(0);
    await officer.screenshot({ path: screenshotPath('obligations-answer-draft-ru'), fullPage: true });

    // The head signs after a plain confirmation.
    const head = await signIn('head@kenes.demo');
    await openObligation(head);
    await expect(head.locator('[data-point="2"] textarea').inputValue()).resolves.toContain('республиканской программой');
    await head.getByRole('button', { name: 'Подписать и отправить ответ' }).click();
    await expect(head.locator('[data-sign-confirm]').textContent()).resolves.toContain('Отменить это нельзя');
    await head.screenshot({ path: screenshotPath('obligations-sign-confirm-ru'), fullPage: true });
    await head.getByRole('button', { name: 'Да, подписать и отправить' }).click();
    await head.locator('[data-notice]', { hasText: 'Ответ подписан и отправлен.' }).waitFor();
    await head.locator('[data-state]', { hasText: 'Ответ дан' }).waitFor();
    await expect(head.locator('[data-signed-answer]').textContent()).resolves.toContain('Серік Назаров');
    await head.locator('[data-commitment="1"][data-commitment-state="OPEN"]').waitFor();

    // The officer reports the commitment done: refused without evidence, accepted with an uploaded photo.
    await officer.goto(obligationUrl);
    const commitment = officer.locator('[data-commitment="1"]');
    await commitment.getByRole('button', { name: 'Сообщить о выполнении' }).click();
    await commitment.locator('[data-done-needs-evidence]', { hasText: 'Без подтверждения нельзя' }).waitFor();
    await commitment.getByLabel('Выполнено полностью').check();
    await commitment.getByLabel('Что сделано').fill('Постановление акимата о льготе принято, льгота действует с 1 марта');
    await commitment.getByRole('button', { name: 'Отправить отчёт' }).click();
    await commitment.locator('[data-error]', { hasText: 'Приложите подтверждение' }).waitFor();
    await commitment.locator('input[type=file]').setInputFiles({ name: 'Постановление.png', mimeType: 'image/png', buffer: samplePng() });
    await commitment.locator('[data-evidence-item="Постановление.png"]').waitFor();
    await officer.screenshot({ path: screenshotPath('obligations-report-done-ru'), fullPage: true });
    await commitment.getByRole('button', { name: 'Отправить отчёт' }).click();
    await officer.locator('[data-notice]', { hasText: 'Отчёт отправлен.' }).waitFor();
    const done = officer.locator('[data-commitment="1"][data-commitment-state="DONE"]');
    await done.waitFor();
    const evidence = done.locator('[data-evidence-link]', { hasText: 'Постановление.png' });
    const href = await evidence.getAttribute('href');
    expect((await fetch(`${product.url}${href}`)).status).toBe(200);
  });

  it('lets the secretary find it from the council and record an inadequate assessment: a new clock', async () => {
    const s = await signIn('secretary@kenes.demo');
    await s.getByRole('link', { name: 'Советы' }).click();
    await s.locator('tr', { hasText: 'Общественный совет города Кокшетау' }).getByRole('link', { name: 'Рекомендации' }).click();
    await s.waitForURL('**/recommendations');
    await s.locator(`[data-recommendation="${number}"]`).getByRole('link').click();
    await s.waitForURL(`**/recommendations/${number}`);
    const transport = s.locator('[data-addressee*="пассажирского транспорта"]');
    await transport.locator('[data-state]', { hasText: 'Ответ дан' }).waitFor();
    await expect(transport.textContent()).resolves.toContain('Единая карта вводится республиканской программой');
    await transport.getByRole('button', { name: 'Оценка совета' }).click();
    await expect(transport.locator('[data-assess]').textContent()).resolves.toContain('возвращает ответ органу с новым сроком');
    await transport.getByLabel('Ответ неудовлетворительный — вернуть с новым сроком').check();
    await transport.getByRole('button', { name: 'Сохранить' }).click();
    await s.locator('[data-notice]', { hasText: 'Оценка совета записана.' }).waitFor();
    await transport.locator('[data-state]', { hasText: 'Ответ признан неудовлетворительным, новый срок' }).waitFor();
    await transport.locator('[data-trail] li[data-step="assessInadequate"]').waitFor();
    await expect(transport.locator('[data-due]').textContent()).resolves.toContain('28.12.2026');
    await s.screenshot({ path: screenshotPath('obligations-council-assessed-ru'), fullPage: true });

    // The body sees it back in its inbox with the new clock.
    const officer = await signIn('officer@kenes.demo');
    await officer.getByRole('link', { name: 'Мы должны ответить' }).click();
    await expect(officer.locator(`[data-obligation="${number}"]`).textContent()).resolves.toContain('Ответ признан неудовлетворительным, новый срок');
  });
});
