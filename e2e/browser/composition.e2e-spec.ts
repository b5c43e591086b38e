import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

describe('composition: the secretary fixes Kokshetau guided by the rule panel (Chromium)', () => {
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

  const civilSocietyRule = (p: Page) => p.locator('[data-rule="composition.civilSocietyShare"]');

  it('shows the quota failure with its basis, then meets it after the change, on the portal too', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${product.url}/admin/sign-in`);
    await p.getByLabel('Электронная почта').fill('secretary@kenes.demo');
    await p.getByLabel('Пароль').fill('kenes-demo-2026');
    await p.getByRole('button', { name: 'Войти' }).click();
    await p.waitForURL(`${product.url}/admin/`);
    await p.getByRole('link', { name: 'Советы' }).click();
    await p.getByRole('link', { name: 'Общественный совет города Кокшетау' }).click();
    await p.waitForURL('**/composition');
    await civilSocietyRule(p).waitFor();
    await expect(civilSocietyRule(p).textContent()).resolves.toContain('Нарушено');
    await expect(civilSocietyRule(p).textContent()).resolves.toContain('Закон 383-V ст. 1 п. 7');
    // The term ends on 15 January 2027: two months before, the screen says it is time to renew.
    await expect(p.locator('[data-renewal]').textContent()).resolves.toContain('Пора формировать новый состав: полномочия истекают 2027-01-15');
    await p.screenshot({ path: screenshotPath('admin-composition-before-ru'), fullPage: true });

    // The remedy says: replace one state-linked member. The deputy akim leaves the council.
    const row = p.locator('tr[data-member="Ержан Болатұлы Смағұлов"]');
    await row.getByRole('button', { name: 'Вывести из состава' }).click();
    await row.getByLabel('Причина').selectOption('REPLACED_BY_BODY');
    await row.getByRole('button', { name: 'Подтвердить' }).click();
    // 10 of 15 meets the 2/3 rule; the Assembly seat supervised by the akimat keeps a warning.
    await civilSocietyRule(p).filter({ hasText: '10 из 15' }).waitFor();
    await expect(civilSocietyRule(p).textContent()).resolves.toContain('Внимание');

    // A civil-society member joins from an NGO; the share still holds.
    await p.getByLabel('Фамилия, имя, отчество').fill('Әсел Төлегенқызы Бекова');
    await p.getByLabel('Категория').selectOption({ label: 'Неправительственная организация' });
    await p.getByLabel('Выдвинувшая организация (если есть)').fill('ОФ «Көкшетау жастары»');
    await p.getByLabel('БИН организации (12 цифр)').fill('180840012345');
    await p.getByLabel('Как выбран').selectOption('NOMINATION');
    await p.getByRole('button', { name: 'Добавить' }).click();
    await p.locator('tr[data-member="Әсел Төлегенқызы Бекова"]').waitFor();
    await civilSocietyRule(p).filter({ hasText: '11 из 16' }).waitFor();
    await expect(civilSocietyRule(p).textContent()).resolves.not.toContain('Нарушено');
    await p.screenshot({ path: screenshotPath('admin-composition-after-ru'), fullPage: true });
    await context.close();

    const portal = await browser.newPage({ locale: 'ru-RU' });
    await portal.goto(`${product.url}/ru/councils/kokshetau`, { waitUntil: 'networkidle' });
    await expect(civilSocietyRule(portal).textContent()).resolves.toContain('11 из 16');
    await expect(civilSocietyRule(portal).textContent()).resolves.not.toContain('Нарушено');
    await expect(portal.locator('table').textContent()).resolves.toContain('Әсел Төлегенқызы Бекова');
    await expect(portal.locator('table').textContent()).resolves.not.toContain('Ержан Болатұлы Смағұлов');
    await portal.screenshot({ path: screenshotPath('portal-composition-ru'), fullPage: true });
    await portal.close();
  });

  it('refuses a change that would break the quota, with the reason and the legal basis', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const p = await context.newPage();
    await p.goto(`${product.url}/admin/sign-in`);
    await p.getByLabel('Электронная почта').fill('secretary@kenes.demo');
    await p.getByLabel('Пароль').fill('kenes-demo-2026');
    await p.getByRole('button', { name: 'Войти' }).click();
    await p.waitForURL(`${product.url}/admin/`);
    await p.getByRole('link', { name: 'Советы' }).click();
    await p.getByRole('link', { name: 'Общественный совет города Кокшетау' }).click();
    await civilSocietyRule(p).waitFor();
    // Two more state-linked seats would break the 2/3 rule again.
    for (const name of ['Чиновник Первый', 'Чиновник Второй']) {
      await p.getByLabel('Фамилия, имя, отчество').fill(name);
      await p.getByLabel('Категория').selectOption({ label: 'Депутат маслихата' });
      await p.getByLabel('Как выбран').selectOption('DESIGNATED_BY_BODY');
      await p.getByRole('button', { name: 'Добавить' }).click();
      await Promise.race([p.getByRole('status').waitFor(), p.getByRole('alert').waitFor()]);
    }
    await expect(p.getByRole('alert').textContent()).resolves.toMatch(/Это изменение нарушает правило: Доля представителей гражданского общества/);
    await expect(p.getByRole('alert').textContent()).resolves.toContain('Закон 383-V ст. 1 п. 7');
    await p.screenshot({ path: screenshotPath('admin-composition-refused-ru'), fullPage: true });
    await context.close();
  });

  it('sets up a new council in three plain steps, and the portal shows it', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${product.url}/admin/sign-in`);
    await p.getByLabel('Электронная почта').fill('admin@kenes.demo');
    await p.getByLabel('Пароль').fill('kenes-demo-2026');
    await p.getByRole('button', { name: 'Войти' }).click();
    await p.waitForURL(`${product.url}/admin/`);
    await p.getByRole('link', { name: 'Советы' }).click();
    await p.getByRole('link', { name: 'Новый совет' }).click();
    await p.getByLabel('Название на казахском').fill('Көкшетау қаласының экология жөніндегі кеңесі');
    await p.getByLabel('Название на русском').fill('Совет по экологии города Кокшетау');
    await p.getByLabel('При каком органе').selectOption({ label: 'Акимат города Кокшетау' });
    await p.getByLabel('Адрес на портале (латиницей)').fill('kokshetau-ecology');
    await p.getByRole('button', { name: 'Создать совет' }).click();
    await p.getByText('Совет создан (пока не опубликован).').waitFor();
    await p.getByRole('button', { name: 'Утвердить срок' }).click();
    await p.getByText(/Состав № 1:/).waitFor();
    await p.getByRole('button', { name: 'Опубликовать на портале' }).click();
    await p.getByText('Совет опубликован на портале.').waitFor();
    await p.screenshot({ path: screenshotPath('admin-council-setup-ru'), fullPage: true });
    await context.close();

    const portal = await browser.newPage();
    await portal.goto(`${product.url}/kk/councils/kokshetau-ecology`, { waitUntil: 'networkidle' });
    await expect(portal.locator('h1').textContent()).resolves.toBe('Көкшетау қаласының экология жөніндегі кеңесі');
    await portal.close();
  });
});
