import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'kenes-demo-2026';

/**
 * A fresh browser context signed in to the admin app as one demo account, through the sign-in
 * form (its labels in Russian: pass a `ru-RU` locale). Close it with `page.context().close()`.
 */
export async function signInAdmin(browser: Browser, baseUrl: string, email: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const p = await context.newPage();
  await p.goto(`${baseUrl}/admin/sign-in`);
  await p.getByLabel('Электронная почта').fill(email);
  await p.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await p.getByRole('button', { name: 'Войти' }).click();
  await p.waitForURL(`${baseUrl}/admin/`);
  return p;
}
