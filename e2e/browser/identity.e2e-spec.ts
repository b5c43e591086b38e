import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { linkToken, startMailbox, type Mailbox } from '../support/mailbox';
import { startProduct, type ProductProcess } from '../support/product-process';

describe('identity in the admin app (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  let mail: Mailbox;

  beforeAll(async () => {
    mail = await startMailbox();
    product = await startProduct({ SMTP_URL: mail.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    await mail?.close();
  });

  async function page(locale = 'ru-RU'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    return context.newPage();
  }

  async function signIn(p: Page, email: string, password: string): Promise<void> {
    await p.goto(`${product.url}/admin/sign-in`);
    await p.getByLabel('Электронная почта').fill(email);
    await p.getByLabel('Пароль').fill(password);
    await p.getByRole('button', { name: 'Войти' }).click();
  }

  it('invite → accept → sign in → see only one’s own councils → sign out', async () => {
    const secretary = await page();
    await signIn(secretary, 'secretary@kenes.demo', 'kenes-demo-2026');
    await secretary.waitForURL(`${product.url}/admin/`);
    await expect(secretary.locator('h1').textContent()).resolves.toBe('Здравствуйте, Галина Петровна Ким!');
    await secretary.screenshot({ path: screenshotPath('admin-home-secretary-ru'), fullPage: true });

    await secretary.getByRole('link', { name: 'Люди' }).click();
    await secretary.getByLabel('Фамилия, имя, отчество').fill('Асель Нурланқызы');
    await secretary.getByLabel('Электронная почта').fill('asel@example.kz');
    await secretary.getByLabel('Роль').selectOption('councilMember');
    await secretary.getByRole('button', { name: 'Отправить приглашение' }).click();
    await expect(secretary.getByRole('status').textContent()).resolves.toContain('Приглашение отправлено на asel@example.kz.');
    await secretary.screenshot({ path: screenshotPath('admin-people-ru'), fullPage: true });
    await secretary.context().close();

    const letter = await mail.waitFor('asel@example.kz');
    expect(letter.text).toContain(`${product.url}/admin/accept-invitation?token=`);
    const member = await page();
    await member.goto(`${product.url}/admin/accept-invitation?token=${linkToken(letter)}`);
    await member.getByLabel('Пароль', { exact: true }).fill('my-own-long-password');
    await member.getByLabel('Повторите пароль').fill('my-own-long-password');
    await member.screenshot({ path: screenshotPath('admin-accept-invitation-ru'), fullPage: true });
    await member.getByRole('button', { name: 'Войти' }).click();
    await member.waitForURL(`${product.url}/admin/`);
    await member.getByRole('link', { name: 'Советы' }).click();
    await member.locator('tbody tr').first().waitFor();
    expect(await member.locator('tbody tr').count()).toBe(1);
    await expect(member.locator('tbody').textContent()).resolves.toContain('Общественный совет города Кокшетау');
    await member.getByRole('button', { name: 'Выйти' }).click();
    await member.waitForURL('**/admin/sign-in');
    await member.goto(`${product.url}/admin/councils`);
    await member.waitForURL('**/admin/sign-in?next=%2Fcouncils');
    await member.context().close();

    const again = await page();
    await signIn(again, 'asel@example.kz', 'my-own-long-password');
    await again.waitForURL(`${product.url}/admin/`);
    await again.context().close();
  });

  it('says clearly when the password is wrong and throttles the fifth rapid failure', async () => {
    const p = await page();
    await signIn(p, 'chair@kenes.demo', 'not-my-password');
    await expect(p.getByRole('alert').textContent()).resolves.toBe('Неверный адрес электронной почты или пароль.');
    await p.screenshot({ path: screenshotPath('admin-wrong-password-ru'), fullPage: true });
    const attempt = async (password: string) => {
      await p.getByLabel('Пароль').fill(password);
      await Promise.all([p.waitForResponse((r) => r.url().endsWith('/graphql')), p.getByRole('button', { name: 'Войти' }).click()]);
    };
    for (let i = 0; i < 3; i++) await attempt('not-my-password');
    // The fifth attempt is refused even with the right password.
    await attempt('kenes-demo-2026');
    await p.getByText(/Слишком много неудачных попыток/).waitFor();
    await p.screenshot({ path: screenshotPath('admin-throttled-ru'), fullPage: true });
    await p.context().close();
  });
});
