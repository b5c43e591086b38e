import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAdmin } from '../support/admin-session';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

const DESKTOP = { locale: 'ru-RU', viewport: { width: 1366, height: 1000 } };
const SUMMARY = 'Докладчик сообщил о ходе работы. Члены совета задали вопросы.';
const CORRECTED = 'Докладчик сообщил о ходе работы. Члены совета задали вопросы о сроках ремонта.';

describe('minutes: drafted, corrected, approved, signed, published on the portal with a PDF; the annual report (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let minutesUrl = '';

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

  it('the secretary drafts the minutes of a closed meeting and edits a summary: a new version with its diff', async () => {
    const s = await signIn('secretary@kenes.demo');
    await s.getByRole('link', { name: 'Советы' }).click();
    await s.locator('tr', { hasText: 'Общественный совет города Кокшетау' }).getByRole('link', { name: 'Заседания' }).click();
    await s.waitForURL('**/meetings');
    await s.locator('[data-meeting="3"] [data-minutes-link]').click();
    await s.waitForURL(/\/admin\/meetings\/[0-9a-f-]+\/minutes$/);
    minutesUrl = s.url();
    await s.getByRole('button', { name: 'Составить проект протокола по записи заседания' }).click();
    await s.locator('[data-notice]', { hasText: 'Проект протокола составлен.' }).waitFor();
    await s.locator('[data-state]', { hasText: 'Проект' }).waitFor();
    await expect(s.locator('[data-document]').textContent()).resolves.toContain('ПРОТОКОЛ');
    await expect(s.locator('[data-document]').textContent()).resolves.toMatch(/Кворум: присутствовали \d+ из \d+/);
    await s.screenshot({ path: screenshotPath('minutes-draft-ru'), fullPage: true });

    const item = s.locator('[data-item="1"]');
    await item.getByLabel('Краткое содержание обсуждения').fill(SUMMARY);
    await item.getByRole('button', { name: 'Сохранить (новая версия)' }).click();
    await s.locator('[data-notice]', { hasText: 'Сохранено: новая версия протокола.' }).waitFor();
    await s.locator('[data-versions] [data-version="2"]').waitFor();
    await expect(s.locator('[data-diff] .added').first().textContent()).resolves.toContain('Члены совета задали вопросы');
    await expect(s.locator('[data-document]').textContent()).resolves.toContain(SUMMARY);
  });

  it('a member proposes a correction; the secretary accepts it; the member sees the decision', async () => {
    const m = await signIn('member@kenes.demo');
    await m.goto(minutesUrl);
    const item = m.locator('[data-item="1"]');
    await item.getByRole('button', { name: 'Предложить поправку' }).click();
    await item.getByLabel('Предлагаемый текст').fill(CORRECTED);
    await item.getByLabel('Комментарий (по желанию)').fill('Уточнение по срокам');
    await item.getByRole('button', { name: 'Отправить' }).click();
    await m.locator('[data-notice]', { hasText: 'Поправка отправлена.' }).waitFor();
    await m.locator('[data-correction-state="pending"]', { hasText: 'Ждёт решения секретаря' }).waitFor();
    await m.screenshot({ path: screenshotPath('minutes-member-proposal-ru'), fullPage: true });

    const s = await signIn('secretary@kenes.demo');
    await s.goto(minutesUrl);
    const proposal = s.locator('[data-correction-state="pending"]');
    await expect(proposal.textContent()).resolves.toContain('о сроках ремонта');
    await s.screenshot({ path: screenshotPath('minutes-corrections-inbox-ru'), fullPage: true });
    await proposal.getByRole('button', { name: 'Принять' }).click();
    await s.locator('[data-notice]', { hasText: 'Поправка принята' }).waitFor();
    await s.locator('[data-correction-state="accepted"]', { hasText: 'Принята (версия 3)' }).waitFor();
    await expect(s.locator('[data-document]').textContent()).resolves.toContain(CORRECTED);

    await m.reload();
    await m.locator('[data-correction-state="accepted"]', { hasText: 'Принята (версия 3)' }).waitFor();
  });

  it('the chair approves and signs after a plain confirmation; the secretary signs and publishes', async () => {
    const c = await signIn('chair@kenes.demo');
    await c.goto(minutesUrl);
    await c.getByRole('button', { name: 'Утвердить и подписать' }).click();
    await expect(c.locator('[data-confirm]').textContent()).resolves.toContain('Вы, председатель, утверждаете и подписываете версию 3');
    await c.screenshot({ path: screenshotPath('minutes-chair-confirm-ru'), fullPage: true });
    await c.getByRole('button', { name: 'Да, утверждаю и подписываю' }).click();
    await c.locator('[data-notice]', { hasText: 'Протокол утверждён' }).waitFor();
    await c.locator('[data-state]', { hasText: 'Утверждён, ждёт подписей' }).waitFor();
    await expect(c.locator('[data-signatures]').textContent()).resolves.toMatch(/Председатель: .+ \(версия 3\)/);

    const s = await signIn('secretary@kenes.demo');
    await s.goto(minutesUrl);
    await s.getByRole('button', { name: 'Подписать как секретарь' }).click();
    await s.getByRole('button', { name: 'Да, подписываю' }).click();
    await s.locator('[data-notice]', { hasText: 'Ваша подпись записана.' }).waitFor();
    await s.getByRole('button', { name: 'Опубликовать протокол' }).click();
    await expect(s.locator('[data-confirm]').textContent()).resolves.toContain('После публикации протокол нельзя изменить; исправление станет новой опубликованной версией');
    await s.screenshot({ path: screenshotPath('minutes-publish-confirm-ru'), fullPage: true });
    await s.getByRole('button', { name: 'Да, опубликовать' }).click();
    await s.locator('[data-notice]', { hasText: 'Протокол опубликован' }).waitFor();
    await s.locator('[data-state]', { hasText: 'Опубликован' }).waitFor();
    await expect(s.locator('[data-signatures] li').count()).resolves.toBe(2);

    // A later correction is a new published version with its reason.
    await s.locator('[data-item="1"]').getByLabel('Краткое содержание обсуждения').fill(`${CORRECTED} Решение принято.`);
    await s.locator('[data-correction]').getByLabel('Причина исправления (видна всем)').fill('Пропущено последнее предложение');
    await s.locator('[data-correction]').getByRole('button', { name: 'Опубликовать исправление' }).click();
    await s.locator('[data-notice]', { hasText: 'Исправление опубликовано как новая версия.' }).waitFor();
    await s.locator('[data-versions] [data-version="4"]').waitFor();
    await s.screenshot({ path: screenshotPath('minutes-published-admin-ru'), fullPage: true });
  });

  it('the portal shows the minutes in force, the signatures, the earlier version with its diff and the PDF', async () => {
    const context = await browser.newContext(DESKTOP);
    contexts.push(context);
    const p = await context.newPage();
    await p.goto(`${product.url}/ru/councils/kokshetau/meetings/3`);
    await p.locator('[data-minutes-link]').click();
    await p.waitForURL('**/ru/councils/kokshetau/meetings/3/minutes');
    await expect(p.locator('h1').textContent()).resolves.toContain('Протокол заседания № 3');
    await expect(p.locator('[data-document]').textContent()).resolves.toContain('Решение принято.');
    await expect(p.locator('[data-in-force]').textContent()).resolves.toContain('версия 4');
    await expect(p.locator('[data-signatures]').textContent()).resolves.toMatch(/Председатель: .+ — подписал\(а\)/);
    await expect(p.locator('[data-signatures]').textContent()).resolves.toMatch(/Секретарь: .+ — подписал\(а\)/);
    const v4 = p.locator('[data-history] [data-version="4"]');
    await expect(v4.textContent()).resolves.toContain('Причина исправления: Пропущено последнее предложение');
    await expect(v4.locator('ins').first().textContent()).resolves.toContain('Решение принято.');
    await expect(v4.locator('del').first().textContent()).resolves.toContain('о сроках ремонта.');
    await p.screenshot({ path: screenshotPath('minutes-portal-ru'), fullPage: true });

    const href = await p.locator('[data-pdf]').getAttribute('href');
    const pdf = await fetch(`${product.url}${href}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const print = await fetch(`${product.url}${await p.locator('[data-print]').getAttribute('href')}`);
    expect(await print.text()).toContain('ПРОТОКОЛ');

    await p.goto(`${product.url}/kk/councils/kokshetau/meetings/3/minutes`);
    await expect(p.locator('[data-document]').textContent()).resolves.toContain('ХАТТАМА');
    await p.screenshot({ path: screenshotPath('minutes-portal-kk'), fullPage: true });
  });

  it('the annual report: generated, reviewed, approved by the chair, published, on the portal with its PDF', async () => {
    const s = await signIn('secretary@kenes.demo');
    await s.goto(`${product.url}/admin/councils`);
    await s.locator('tr', { hasText: 'Общественный совет города Кокшетау' }).getByRole('link', { name: 'Заседания' }).click();
    await s.locator('[data-report-link]').click();
    await s.waitForURL('**/reports/2026');
    await s.getByRole('button', { name: 'Составить отчёт по записям' }).click();
    await s.locator('[data-notice]', { hasText: 'Отчёт составлен.' }).waitFor();
    await expect(s.locator('[data-figures]').textContent()).resolves.toContain('Проведено заседаний');
    await s.screenshot({ path: screenshotPath('minutes-report-draft-ru'), fullPage: true });
    const reportUrl = s.url();

    const c = await signIn('chair@kenes.demo');
    await c.goto(reportUrl);
    await c.getByRole('button', { name: 'Утвердить отчёт' }).click();
    await c.locator('[data-notice]', { hasText: 'Отчёт утверждён.' }).waitFor();

    await s.reload();
    await s.getByRole('button', { name: 'Опубликовать отчёт' }).click();
    await s.locator('[data-notice]', { hasText: 'Отчёт опубликован.' }).waitFor();

    const context = await browser.newContext(DESKTOP);
    contexts.push(context);
    const p = await context.newPage();
    await p.goto(`${product.url}/ru/councils/kokshetau`);
    await p.locator('[data-reports]').getByRole('link', { name: 'Отчёт за 2026 год' }).click();
    await p.waitForURL('**/ru/councils/kokshetau/reports/2026');
    await expect(p.locator('h1').textContent()).resolves.toContain('Годовой отчёт за 2026 год');
    await expect(p.locator('[data-figures]').textContent()).resolves.toMatch(/Проведено заседаний\s*\d+/);
    await p.screenshot({ path: screenshotPath('minutes-report-portal-ru'), fullPage: true });
    const pdf = await fetch(`${product.url}${await p.locator('[data-pdf]').getAttribute('href')}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});
