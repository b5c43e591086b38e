import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

interface Seat {
  personId: string;
  fullName: string;
}

/**
 * The portal's meeting page: a closed Kokshetau meeting in Kazakh and Russian (roll call and
 * the result in words), a citizen's comment on the upcoming meeting (after moderation, and the
 * API's refusal shown as it is), and a meeting in session followed live while a member votes.
 */
describe('portal meeting page: roll call, results, public comments, live votes (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  async function open(path: string, locale: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${product.url}${path}`, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  async function signIn(email: string): Promise<string> {
    const res = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password: 'kenes-demo-2026' } } }),
    });
    const cookie = res.headers.get('set-cookie');
    if (!cookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
    return cookie.split(';')[0] as string;
  }

  async function admin<T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${cookie}; lang=ru` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors[0]?.message}`);
    return body.data as T;
  }

  it('shows a closed meeting in Kazakh and in Russian: agenda, each member’s vote, the result in words, attendance and quorum', async () => {
    const { page: kk, errors } = await open('/kk/councils/kokshetau/meetings/2', 'kk-KZ');
    await expect(kk.locator('h1').textContent()).resolves.toContain('№ 2 отырыс');
    await expect(kk.locator('dl.facts').textContent()).resolves.toContain('2026 жылғы 11 маусым, 10:00');
    const first = kk.locator('[data-item="1"] [data-motion="1"]');
    await expect(first.locator('[data-result]').textContent()).resolves.toContain('Шешім қабылданды: қолдайды — 11, қарсы — 0, қалыс қалды — 1');
    await expect(first.locator('tr[data-voter="Нина Васильевна Орлова"]').textContent()).resolves.toContain('Қалыс қалды');
    await expect(first.locator('tr[data-voter="Сергей Александрович Морозов"]').textContent()).resolves.toContain('Қатыспады');
    // Two addressees: the transport department leads, finance contributes.
    await expect(first.locator('.addressees li').first().textContent()).resolves.toContain('жауапты орган');
    expect(await first.locator('.addressees li').count()).toBe(2);
    await expect(kk.locator('[data-quorum]').textContent()).resolves.toContain('Кворум бар: 16 мүшеден 12 қатысуда');
    expect(errors).toEqual([]);
    await kk.screenshot({ path: screenshotPath('portal-meeting-closed-kk'), fullPage: true });
    // A cheap phone.
    await kk.setViewportSize({ width: 360, height: 740 });
    await kk.screenshot({ path: screenshotPath('portal-meeting-closed-kk-phone'), fullPage: true });
    await kk.context().close();

    const { page: ru } = await open('/ru/councils/kokshetau/meetings/2', 'ru-RU');
    await expect(ru.locator('h1').textContent()).resolves.toContain('Заседание № 2');
    const second = ru.locator('[data-item="2"] [data-motion="1"]');
    await expect(second.locator('[data-result]').textContent()).resolves.toContain('Не принято');
    await expect(second.locator('[data-result]').textContent()).resolves.toContain('Решение не принято: за — 6, против — 5, воздержались — 1; нужно не менее 7 голосов «за»');
    await expect(second.locator('tr[data-voter="Михаил Петрович Волков"]').textContent()).resolves.toContain('Против');
    await expect(second.locator('tr[data-voter="Бауыржан Есенов"]').textContent()).resolves.toContain('За');
    await expect(second.locator('[data-roll-call] tbody tr').count()).resolves.toBe(16);
    await expect(ru.locator('[data-attendance]').textContent()).resolves.toContain('Командировка');
    await ru.screenshot({ path: screenshotPath('portal-meeting-closed-ru'), fullPage: true });

    // The council page lists it among past meetings and links to it.
    await ru.goto(`${product.url}/ru/councils/kokshetau`, { waitUntil: 'networkidle' });
    const upcoming = ru.locator('[data-meetings] ul').first();
    await expect(upcoming.textContent()).resolves.toContain('Заседание № 4 · 10 декабря 2026 г., 10:00');
    await ru.screenshot({ path: screenshotPath('portal-meeting-council-list-ru'), fullPage: false, clip: { x: 0, y: 0, width: 1280, height: 1400 } });
    await ru.getByRole('link', { name: /Заседание № 2/ }).click();
    await ru.waitForURL('**/ru/councils/kokshetau/meetings/2');
    await ru.locator('[data-result]').first().waitFor();
    await ru.context().close();
  });

  it('takes a citizen’s comment on meeting 4 and says it appears after moderation; a refusal is shown as the API words it', async () => {
    const { page } = await open('/ru/councils/kokshetau/meetings/4', 'ru-RU');
    await expect(page.locator('h1').textContent()).resolves.toContain('Заседание № 4');
    const comments = page.locator('k-public-comments').first();
    await expect(comments.textContent()).resolves.toContain('после проверки секретарём (модерации)');
    await comments.getByLabel('Ваше имя').fill('Гульмира из микрорайона Сарыарка');
    await comments.getByLabel('Ваше мнение').fill('Прошу отчитаться о ремонте дорог во дворах.');
    await comments.getByRole('button', { name: 'Отправить мнение' }).click();
    await expect(comments.getByRole('status').textContent()).resolves.toContain('Оно появится здесь после проверки (модерации)');
    await page.screenshot({ path: screenshotPath('portal-meeting-comment-sent-ru'), fullPage: true });

    // Six more from the same address reach the hourly limit; the next is refused with the API's words.
    const itemId = await page.evaluate(async () => {
      const res = await fetch('/public/graphql?query=' + encodeURIComponent('{ publicMeeting(slug: "kokshetau", number: 4) { items { id publicCommentsOpen } } }'), {
        headers: { 'apollo-require-preflight': 'true' },
      });
      const body = (await res.json()) as { data: { publicMeeting: { items: Array<{ id: string; publicCommentsOpen: boolean }> } } };
      return body.data.publicMeeting.items.find((i) => i.publicCommentsOpen)?.id;
    });
    for (let i = 0; i < 6; i++) {
      await fetch(`${product.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($i: PublicCommentInput!) { submitPublicComment(input: $i) { id } }', variables: { i: { itemId, name: 'Житель', body: `Ещё ${i}` } } }),
      });
    }
    await page.reload({ waitUntil: 'networkidle' });
    const again = page.locator('k-public-comments').first();
    await again.getByLabel('Ваше имя').fill('Гульмира');
    await again.getByLabel('Ваше мнение').fill('И ещё одно');
    await again.getByRole('button', { name: 'Отправить мнение' }).click();
    await expect(again.getByRole('alert').textContent()).resolves.toMatch(/Попробуйте через час/);
    await again.getByRole('alert').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('portal-meeting-comment-refused-ru') });
    await page.context().close();
  });

  it('takes a citizen’s agenda proposal on the council page', async () => {
    const { page } = await open('/kk/councils/kokshetau', 'kk-KZ');
    const form = page.locator('k-propose-item');
    await form.getByLabel('Атыңыз').fill('Ерлан');
    await form.getByLabel('Электрондық пошта (жарияланбайды)').fill('erlan@example.kz');
    await form.getByLabel('Мәселе қысқаша').fill('Аулалардағы жарық');
    await form.getByLabel('Толығырақ').fill('Сарыарқа шағын ауданында кешке аулалар қараңғы.');
    await form.getByRole('button', { name: 'Ұсынысты жіберу' }).click();
    await expect(form.getByRole('status').textContent()).resolves.toContain('Ұсынысыңыз хатшыға жіберілді');
    await page.context().close();
  });

  it('follows a meeting in session: a member’s vote appears on the open page without a reload', async () => {
    const secretary = await signIn('secretary@kenes.demo');
    const chair = await signIn('chair@kenes.demo');
    const db = new Client({ connectionString: product.db.url });
    await db.connect();
    const transport = (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Passenger Transport%'`)).rows[0]?.id;
    await db.end();
    const councils = await admin<{ councils: { items: Array<{ id: string; slug: string }> } }>(secretary, '{ councils { items { id slug } } }');
    const councilId = councils.councils.items.find((c) => c.slug === 'kokshetau')?.id;

    const created = await admin<{ createMeeting: { id: string; number: number } }>(secretary, `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id number } }`, {
      i: {
        councilId,
        type: 'EXTRAORDINARY',
        startsAt: '2026-12-08T10:00:00+05:00',
        place: { ru: 'г. Кокшетау, ул. Абая, 89, зал заседаний акимата', kk: 'Көкшетау қ., Абай к-сі, 89, әкімдіктің мәжіліс залы' },
        livestreamUrl: 'https://www.youtube.com/@kokshetau-akimat/live',
      },
    });
    const meetingId = created.createMeeting.id;
    const added = await admin<{ addAgendaItem: { items: Array<{ id: string }> } }>(secretary, `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { items { id } } }`, {
      i: { meetingId, title: { ru: 'О тарифах на проезд в автобусах', kk: 'Автобустағы жол ақысы туралы' }, category: 'PUBLIC_CONTROL', rapporteur: 'Асхат Бекмұхамбетов' },
    });
    await admin(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id: meetingId });
    const opened = await admin<{ openMeeting: { attendance: Seat[] } }>(secretary, `mutation($id: ID!) { openMeeting(id: $id) { attendance { personId fullName } } }`, { id: meetingId });
    const seats = [...opened.openMeeting.attendance].sort((a, b) => Number(b.fullName === 'Бауыржан Есенов') - Number(a.fullName === 'Бауыржан Есенов'));
    for (const [n, s] of seats.entries()) {
      await admin(secretary, `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`, {
        i: { meetingId, personId: s.personId, status: n < 11 ? 'IN_PERSON' : 'ABSENT' },
      });
    }

    const { page, errors } = await open(`/ru/councils/kokshetau/meetings/${created.createMeeting.number}`, 'ru-RU');
    await page.locator('[data-live]').filter({ hasText: 'В прямом эфире' }).waitFor();
    await expect(page.locator('[data-state]').textContent()).resolves.toContain('Идёт сейчас');

    // The motion, the opened vote and the vote itself arrive while the page stays open.
    const motion = await admin<{ createMotion: { items: Array<{ id: string; motions: Array<{ id: string }> }> } }>(
      secretary,
      `mutation($i: CreateMotionInput!) { createMotion(input: $i) { items { id motions { id } } } }`,
      {
        i: {
          itemId: added.addAgendaItem.items[0]?.id,
          kind: 'RECOMMENDATION',
          text: 'Рекомендовать акимату пересмотреть тарифы.',
          points: ['Сохранить тариф для пенсионеров.', 'Опубликовать расчёт тарифа.'],
          addressees: [{ stateBodyId: transport, lead: true }],
        },
      },
    );
    const motionId = motion.createMotion.items[0]?.motions[0]?.id;
    await admin(secretary, `mutation($id: ID!) { openVote(motionId: $id) { id } }`, { id: motionId });
    const chairRow = page.locator('[data-motion="1"] tr[data-voter="Бауыржан Есенов"]');
    await chairRow.filter({ hasText: 'Ещё не проголосовал(а)' }).waitFor();
    await admin(chair, `mutation($i: CastVoteInput!) { castVote(input: $i) { choice } }`, { i: { motionId, choice: 'FOR' } });
    await chairRow.filter({ hasText: /^\s*Бауыржан Есенов\s*За\s*$/ }).waitFor();
    await expect(page.locator('[data-tally]').textContent()).resolves.toContain('За — 1, против — 0, воздержались — 0');
    await page.screenshot({ path: screenshotPath('portal-meeting-live-ru'), fullPage: true });

    // The vote closes: the result in words arrives too.
    await admin(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { id } }`, { id: motionId });
    await page.locator('[data-result]').filter({ hasText: 'Решение не принято: за — 1' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
