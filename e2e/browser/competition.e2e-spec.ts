import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

/**
 * The Kokshetau secretary runs a competition from the call to a published decision in the admin
 * app, fills a vacancy from the reserve list, and the portal shows the results with reasons and
 * no personal data. Then Almaty's age gap against its population, on both sides.
 */
describe('competition: the secretary runs a competition to a decision; the portal shows the results (Chromium)', () => {
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

  async function signIn(p: Page, email: string): Promise<void> {
    await p.goto(`${product.url}/admin/sign-in`);
    await p.getByLabel('Электронная почта').fill(email);
    await p.getByLabel('Пароль').fill('kenes-demo-2026');
    await p.getByRole('button', { name: 'Войти' }).click();
    await p.waitForURL(`${product.url}/admin/`);
  }

  it('takes a competition through its five steps, with eligibility reasons, scores, a reserve list, and publishes it', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await signIn(p, 'secretary@kenes.demo');
    await p.getByRole('link', { name: 'Советы' }).click();
    await p.getByRole('link', { name: 'Общественный совет города Кокшетау' }).click();
    await p.getByRole('link', { name: 'Конкурсы в члены совета' }).click();
    await p.waitForURL('**/competitions');
    await p.getByLabel('Текст объявления (на русском)').fill('Конкурс на вакантное место в общественном совете');
    await p.getByLabel('Критерии оценки').fill('Опыт общественной работы\nЗнание проблем города');
    await p.getByLabel('Приём заявок с').fill('2026-10-01');
    await p.getByLabel('Приём заявок до').fill('2026-10-20');
    await p.screenshot({ path: screenshotPath('admin-competitions-ru'), fullPage: true });
    await p.getByRole('button', { name: 'Создать конкурс' }).click();
    await p.waitForURL(/\/admin\/competitions\/[0-9a-f-]+$/);

    // Step 1: the working group, with its own state-share check.
    for (const [name, head] of [['Асель Руководитель', true], ['Марат Общественник', false], ['Ирина Чиновник', false]] as const) {
      await p.getByLabel('Фамилия, имя, отчество').fill(name);
      if (head) await p.getByLabel('Руководитель рабочей группы').check();
      if (name === 'Ирина Чиновник') await p.getByLabel('Представитель госоргана').check();
      await p.getByRole('button', { name: 'Добавить в рабочую группу' }).click();
      await p.locator(`[data-wg="${name}"]`).waitFor();
    }
    await p.locator('[data-rule="workingGroup.stateShare"]').filter({ hasText: 'Соответствует' }).waitFor();
    await p.screenshot({ path: screenshotPath('admin-competition-working-group-ru'), fullPage: true });
    await p.getByRole('button', { name: 'Начать приём заявок' }).click();
    await p.getByRole('heading', { name: 'Внести бумажную заявку' }).waitFor();

    // Step 2: paper applications entered by the secretary, checked against the law.
    const enter = async (name: string, birth: string, documents: string) => {
      await p.getByLabel('Фамилия, имя, отчество').fill(name);
      await p.getByLabel('Дата рождения').fill(birth);
      await p.getByLabel('Сданные документы').fill(documents);
      await p.getByRole('button', { name: 'Сохранить заявку' }).click();
      await p.locator(`tr[data-application="${name}"], [role="alert"]`).first().waitFor();
      if (await p.locator('[role="alert"]').count()) throw new Error(`refused: ${await p.locator('[role="alert"]').textContent()}`);
      const check = p.locator(`tr[data-application="${name}"]`).getByRole('button', { name: 'Проверить' });
      await check.click();
      await check.waitFor({ state: 'detached' });
    };
    await enter('Айдос Первый', '1980-03-01', 'Заявление\nБиография');
    await enter('Бота Вторая', '1975-06-10', 'Заявление\nРекомендация НПО');
    await enter('Тимур Третий', '1988-11-11', 'Заявление');
    await enter('Юный Кандидат', '2010-01-01', 'Заявление');
    const young = p.locator('tr[data-application="Юный Кандидат"]');
    await expect(young.textContent()).resolves.toContain('Отказано в допуске');
    await expect(young.textContent()).resolves.toContain('ст. 10 п. 1');
    await p.screenshot({ path: screenshotPath('admin-competition-applications-ru'), fullPage: true });
    await p.getByRole('button', { name: 'Завершить приём заявок' }).click();
    await p.getByRole('heading', { name: 'Оценки рабочей группы' }).waitFor();

    // Step 3: scores of the working group, saved one by one.
    const scores: Record<string, number[]> = { 'Айдос Первый': [7, 6, 8], 'Бота Вторая': [9, 9, 8], 'Тимур Третий': [5, 6, 5] };
    for (const [name, values] of Object.entries(scores)) {
      for (const [i, member] of ['Асель Руководитель', 'Марат Общественник', 'Ирина Чиновник'].entries()) {
        const stored = p.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ScoreApplication'));
        await p.getByLabel(`${name} — ${member}`).selectOption(String(values[i]));
        await stored;
      }
    }
    await p.screenshot({ path: screenshotPath('admin-competition-scoring-ru'), fullPage: true });
    await p.getByRole('button', { name: 'Подвести итоги' }).click();

    // Step 4: the decision with reasons and the reserve list; published.
    await p.locator('tr[data-result="Бота Вторая"]').waitFor();
    await expect(p.locator('tr[data-result="Бота Вторая"]').textContent()).resolves.toContain('Отобран');
    await expect(p.locator('tr[data-result="Айдос Первый"]').textContent()).resolves.toContain('1-й в резервном списке');
    await p.getByRole('button', { name: 'Опубликовать итоги на портале' }).click();
    await p.getByText('Итоги опубликованы на портале.').first().waitFor();

    // A seat falls vacant: the next on the reserve list is appointed through the composition rules.
    await expect(p.getByText('Следующий: Айдос Первый').textContent()).resolves.toContain('1-й в резерве');
    await p.getByRole('button', { name: 'Назначить в совет' }).click();
    await p.locator('tr[data-result="Айдос Первый"]').filter({ hasText: 'Назначен на вакантное место' }).waitFor();
    await p.getByText('Следующий: Тимур Третий').waitFor();
    await p.screenshot({ path: screenshotPath('admin-competition-decision-ru'), fullPage: true });
    await context.close();

    const portal = await browser.newPage({ locale: 'ru-RU' });
    await portal.goto(`${product.url}/ru/councils/kokshetau`, { waitUntil: 'networkidle' });
    await portal.getByRole('link', { name: 'Итоги конкурсов и их причины' }).click();
    await portal.waitForURL('**/councils/kokshetau/competitions');
    const card = portal.locator('article').filter({ hasText: 'Конкурс на вакантное место в общественном совете' });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Бота Вторая');
    expect(text).toMatch(/Средний балл 8\.67.*отобран/);
    expect(text).toContain('Позже назначен(а) в совет');
    expect(text).toContain('Заявок, не допущенных к конкурсу: 1');
    expect(text).not.toMatch(/Юный|1980-03-01|Биография/);
    await portal.screenshot({ path: screenshotPath('portal-competitions-ru'), fullPage: true });
    await portal.close();
  });

  it('shows Almaty’s age gap against the city’s population in the admin app and on the portal', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await signIn(p, 'almaty.secretary@kenes.demo');
    await p.getByRole('link', { name: 'Советы' }).click();
    await p.getByRole('link', { name: 'Общественный совет города Алматы' }).click();
    await p.locator('[data-gap-median]').waitFor();
    await expect(p.locator('[data-gap-median]').textContent()).resolves.toMatch(/Медианный возраст членов совета — 6\d(\.\d)?, взрослых жителей — 40/);
    await expect(p.locator('tr[data-band="18-34"]').textContent()).resolves.toContain('меньше на');
    await p.locator('tr[data-band="18-34"]').scrollIntoViewIfNeeded();
    await p.screenshot({ path: screenshotPath('admin-composition-gap-almaty-ru'), fullPage: true });
    await context.close();

    const portal = await browser.newPage({ locale: 'ru-RU' });
    await portal.goto(`${product.url}/ru/councils/almaty`, { waitUntil: 'networkidle' });
    await expect(portal.locator('[data-gap-median]').textContent()).resolves.toContain('взрослых жителей — 40');
    await expect(portal.locator('tr[data-band="18-34"]').textContent()).resolves.toContain('38%');
    await portal.screenshot({ path: screenshotPath('portal-council-gap-almaty-ru'), fullPage: true });
    await portal.close();
  });
});
