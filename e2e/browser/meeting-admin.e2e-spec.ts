import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sampleExe, samplePdf } from '@kenes/api/files/testing';
import { signInAdmin } from '../support/admin-session';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

const DESKTOP = { locale: 'ru-RU', viewport: { width: 1366, height: 1000 } };
/** Demo meeting No. 4 (announced): the akim's report is open to public comment. */
const REPORT = 'Отчёт акима о выполнении 18 мероприятий по итогам встречи с населением';
/** Demo meeting No. 1 (closed): the budget motion, adopted 9 – 3 – 1. */
const BUDGET = 'О распределении городского бюджета на 2026–2028 годы';

describe('meeting admin: edit details, agenda documents, public comment moderation, result correction (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
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

  async function meetingsList(p: Page): Promise<void> {
    await p.getByRole('link', { name: 'Советы' }).click();
    await p.locator('tr', { hasText: 'Общественный совет города Кокшетау' }).getByRole('link', { name: 'Заседания' }).click();
    await p.waitForURL('**/meetings');
    await p.locator('tr[data-meeting="4"]').waitFor();
  }

  async function publicGql<T>(query: string, variables: Record<string, unknown> = {}, ip = '198.51.100.20'): Promise<{ data?: T; errors?: Array<{ message: string }> }> {
    const res = await fetch(`${product.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ru', 'x-forwarded-for': ip },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  }

  it('changes an announced meeting (members get an updated invitation) and uploads agenda documents checked by content', async () => {
    const s = await signIn('secretary@kenes.demo');
    await meetingsList(s);
    await s.locator('tr[data-meeting="4"]').getByRole('link', { name: 'Подготовка' }).click();
    await s.waitForURL(/\/admin\/meetings\/[0-9a-f-]+$/);
    await s.locator(`[data-item="${REPORT}"]`).waitFor();

    // The details: the announced meeting's members are told beforehand they get an updated invitation.
    await s.getByRole('button', { name: 'Изменить сведения' }).click();
    await expect(s.locator('[data-reinvite]').textContent()).resolves.toContain('получат обновлённое приглашение');
    await s.getByLabel('Начало').fill('11:30');
    await s.getByLabel('Место на русском').fill('г. Кокшетау, ул. Абая, 89, малый зал акимата');
    // The recorded invitees are there; the new row is the one after them (waited for: it renders after the click).
    const names = s.getByLabel('Имя или организация');
    await expect(names.first().inputValue()).resolves.toBe('Кокшетау ТВ');
    const added = await names.count();
    await s.getByRole('button', { name: 'Добавить ещё одного' }).click();
    await names.nth(added).fill('Телеканал «Көкшетау»');
    await s.getByLabel('Кто').nth(added).selectOption({ label: 'СМИ' });
    await s.screenshot({ path: screenshotPath('meeting-admin-edit-details-ru'), fullPage: true });
    await s.getByRole('button', { name: 'Сохранить и разослать обновлённое приглашение' }).click();
    await s.locator('[data-notice]', { hasText: 'Сведения сохранены. Членам совета и приглашённым отправлено обновлённое приглашение.' }).waitFor();
    const details = s.locator('dl.details');
    await expect(details.textContent()).resolves.toMatch(/10\.12\.2026, 11:30/);
    await expect(details.textContent()).resolves.toContain('малый зал акимата');
    await expect(details.textContent()).resolves.toContain('Телеканал «Көкшетау» (СМИ)');

    // A PDF for the akim's report: chosen with the "Add document" button, then listed.
    const item = s.locator(`[data-item="${REPORT}"]`);
    await expect(item.textContent()).resolves.toContain('PDF, документ Word (.docx) или изображение (PNG, JPEG, WebP), не больше 20 МБ');
    const choose = async (name: string, mimeType: string, buffer: Buffer) => {
      const [chooser] = await Promise.all([s.waitForEvent('filechooser'), item.getByRole('button', { name: 'Добавить документ' }).click()]);
      await chooser.setFiles({ name, mimeType, buffer });
    };
    await choose('Отчёт акима 2026.pdf', 'application/pdf', samplePdf('Есеп 2026'));
    await item.locator('[data-document="Отчёт акима 2026.pdf"]').waitFor();
    await expect(item.locator('[data-upload-done]').textContent()).resolves.toContain('Документ «Отчёт акима 2026.pdf» добавлен.');
    await expect(item.locator('[data-document="Отчёт акима 2026.pdf"]').textContent()).resolves.toMatch(/PDF, 1 КБ/);
    const href = await item.locator('[data-document="Отчёт акима 2026.pdf"] a').getAttribute('href');
    const got = await fetch(`${product.url}${href}`);
    expect(got.headers.get('content-type')).toBe('application/pdf');

    // A program renamed to .pdf is refused by its content, in the server's words.
    await choose('протокол.pdf', 'application/pdf', sampleExe());
    const refusal = item.locator('[data-upload-error]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/не принимается/);
    await expect(item.locator('[data-document]').count()).resolves.toBe(1);
    await item.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath('meeting-admin-documents-ru'), fullPage: true });

    // The console offers the same button on the item under discussion.
    await s.getByRole('link', { name: 'Вести заседание' }).click();
    await s.waitForURL('**/console');
    await s.getByRole('button', { name: 'Открыть заседание' }).click();
    await s.locator('[data-state]', { hasText: 'Идёт заседание' }).waitFor();
    const current = s.locator('section.current');
    const goTo = s.locator('ol.agenda li', { hasText: REPORT }).getByRole('button', { name: 'Перейти к этому вопросу' });
    if (await goTo.count()) await goTo.click();
    await current.locator('[data-current-item]', { hasText: REPORT }).waitFor();
    await current.locator('[data-document="Отчёт акима 2026.pdf"]').waitFor();
    await expect(current.getByRole('button', { name: 'Добавить документ' }).count()).resolves.toBe(1);
  });

  it('a citizen comment is approved on the moderation page and then shown publicly; another is rejected with a reason', async () => {
    const meeting = await publicGql<{ publicMeeting: { items: Array<{ id: string; publicCommentsOpen: boolean }> } }>(
      '{ publicMeeting(slug: "kokshetau", number: 4) { items { id publicCommentsOpen } } }',
    );
    const itemId = meeting.data?.publicMeeting.items.find((i) => i.publicCommentsOpen)?.id;
    expect(itemId).toBeDefined();
    const submit = (name: string, body: string) =>
      publicGql<{ submitPublicComment: { id: string; status: string } }>(
        'mutation($i: PublicCommentInput!) { submitPublicComment(input: $i) { id status } }',
        { i: { itemId, name, body } },
      );
    expect((await submit('Жительница Сарыарки', 'Прошу отчитаться о ремонте дорог в Сарыарке')).data?.submitPublicComment.status).toBe('PENDING');
    expect((await submit('Аноним', 'Реклама: купите окна недорого')).data?.submitPublicComment.status).toBe('PENDING');

    const s = await signIn('secretary@kenes.demo');
    await meetingsList(s);
    await s.getByRole('link', { name: 'Комментарии граждан на проверке: 2' }).click();
    await s.waitForURL('**/public-comments');
    const good = s.locator('[data-comment="Прошу отчитаться о ремонте дорог в Сарыарке"]');
    await good.waitFor();
    await expect(good.textContent()).resolves.toContain(`Заседание № 4, вопрос: ${REPORT}`);
    await expect(good.textContent()).resolves.toContain('Автор: Жительница Сарыарки');
    await s.screenshot({ path: screenshotPath('meeting-admin-moderation-ru'), fullPage: true });

    await good.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
    await s.locator('[data-notice]', { hasText: 'Комментарий одобрен и опубликован на портале.' }).waitFor();
    await expect(good.count()).resolves.toBe(0);

    // Rejecting needs a reason: the button waits for one.
    const spam = s.locator('[data-comment="Реклама: купите окна недорого"]');
    await spam.getByRole('button', { name: 'Отклонить' }).click();
    const confirm = spam.getByRole('button', { name: 'Отклонить с этой причиной' });
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await spam.getByLabel('Причина отклонения (обязательно)').fill('Реклама, не относится к вопросу повестки');
    await s.screenshot({ path: screenshotPath('meeting-admin-moderation-reject-ru'), fullPage: true });
    await confirm.click();
    await s.locator('[data-notice]', { hasText: 'Комментарий отклонён.' }).waitFor();
    await s.locator('[data-empty]', { hasText: 'Комментариев на проверке нет.' }).waitFor();

    const shown = await publicGql<{ publicComments: Array<{ body: string; authorName: string }> }>('query($id: ID!) { publicComments(itemId: $id) { body authorName } }', { id: itemId });
    expect(shown.data?.publicComments).toEqual([{ body: 'Прошу отчитаться о ремонте дорог в Сарыарке', authorName: 'Жительница Сарыарки' }]);

    await s.getByRole('link', { name: 'К заседаниям' }).click();
    await s.getByRole('link', { name: 'Комментарии граждан на проверке: 0' }).waitFor();
  });

  it('corrects a closed result from the console with a reason, after a plain confirmation that it is recorded and public', async () => {
    const s = await signIn('secretary@kenes.demo');
    await meetingsList(s);
    await s.locator('tr[data-meeting="1"]').getByRole('link', { name: 'Итоги и исправления' }).click();
    await s.waitForURL('**/console');
    const motion = s.locator('article[data-motion-state="CLOSED"]', { hasText: 'Одобрить проект с замечаниями.' });
    await motion.waitFor();
    await expect(s.locator('[data-result-item], section.current').filter({ hasText: BUDGET }).count()).resolves.toBeGreaterThan(0);
    await expect(motion.locator('[data-result]').textContent()).resolves.toMatch(/Решение принято/);

    await motion.getByRole('button', { name: 'Исправить итог' }).click();
    await motion.getByLabel('За', { exact: true }).fill('10');
    await motion.getByLabel('Против', { exact: true }).fill('2');
    await motion.getByLabel('Воздержались', { exact: true }).fill('1');
    const next = motion.getByRole('button', { name: 'Далее' });
    await expect(next.isDisabled()).resolves.toBe(true);
    await motion.getByLabel('Причина исправления (обязательно)').fill('В протоколе счётной комиссии один голос «против» записан ошибочно');
    await next.click();
    const confirmation = motion.locator('[data-correction-confirm]');
    await expect(confirmation.textContent()).resolves.toContain('Итог изменится: за 9 → 10, против 3 → 2, воздержались 1 → 1.');
    await expect(confirmation.textContent()).resolves.toContain('Оно публикуется на портале, удалить его нельзя.');
    await confirmation.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath('meeting-admin-correction-confirm-ru') });
    await confirmation.getByRole('button', { name: 'Да, записать исправление' }).click();
    await motion.locator('[data-correction-done]', { hasText: 'Исправление записано и опубликовано на портале.' }).waitFor();
    await motion.locator('[data-corrected]', { hasText: 'исправлений: 1' }).waitFor();
    await expect(motion.locator('[data-result]').textContent()).resolves.toMatch(/за — 10, против — 2, воздержались — 1/);
    await motion.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath('meeting-admin-correction-done-ru') });

    const pub = await publicGql<{ publicMeeting: { items: Array<{ motions: Array<{ result: { for: number; against: number; corrections: number } }> }> } }>(
      '{ publicMeeting(slug: "kokshetau", number: 1) { items { motions { result { for against corrections } } } } }',
    );
    expect(pub.data?.publicMeeting.items[1]?.motions[0]?.result).toEqual({ for: 10, against: 2, corrections: 1 });
  });
});
