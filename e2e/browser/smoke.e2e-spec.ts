import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

describe('smoke: the built product in Chromium', () => {
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

  async function open(path: string, locale = 'ru-RU'): Promise<{ page: Page; graphqlRequests: string[]; errors: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const graphqlRequests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => r.url().includes('graphql') && graphqlRequests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${product.url}${path}`, { waitUntil: 'networkidle' });
    return { page, graphqlRequests, errors };
  }

  it('sends a bare / to the browser’s language', async () => {
    const { page } = await open('/', 'kk-KZ');
    expect(new URL(page.url()).pathname).toBe('/kk');
    await page.context().close();
  });

  it('shows the demo councils in Kazakh, server-rendered and hydrated without fetching again', async () => {
    const { page, graphqlRequests, errors } = await open('/kk');
    await expect(page.locator('h1').textContent()).resolves.toBe('Қоғамдық кеңестер');
    await expect(page.getByRole('link', { name: 'Көкшетау қаласының қоғамдық кеңесі' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    // The server's data travels in the page: the browser asks the API nothing.
    expect(graphqlRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('portal-kk'), fullPage: true });
    await page.context().close();
  });

  it('shows the demo councils in Russian and switches language with one click', async () => {
    const { page } = await open('/ru');
    await expect(page.getByRole('link', { name: 'Общественный совет города Кокшетау' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('portal-ru'), fullPage: true });
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.waitForURL('**/kk');
    await expect(page.getByRole('link', { name: 'Көкшетау қаласының қоғамдық кеңесі' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('opens a council page and filters the index', async () => {
    const { page } = await open('/ru');
    await page.getByRole('link', { name: 'Общественный совет города Кокшетау' }).click();
    await page.waitForURL('**/ru/councils/kokshetau');
    await expect(page.locator('h1').textContent()).resolves.toBe('Общественный совет города Кокшетау');
    await page.screenshot({ path: screenshotPath('portal-council-ru'), fullPage: true });
    await page.goto(`${product.url}/ru?level=REPUBLICAN`, { waitUntil: 'networkidle' });
    await expect(page.getByText('2 совета').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('sends pages, scripts and GraphQL answers gzip-compressed to a client that accepts it (and plain to one that does not)', async () => {
    const html = await fetch(`${product.url}/ru`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.headers.get('content-encoding')).toBe('gzip');
    const page = await html.text();
    const script = /<script src="(main-[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${product.url}/${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect([js.status, js.headers.get('content-encoding')]).toEqual([200, 'gzip']);
    const admin = await fetch(`${product.url}/admin/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(admin.headers.get('content-encoding')).toBe('gzip');
    const gql = await fetch(`${product.url}/public/graphql?query=${encodeURIComponent('{ composition(slug: "kokshetau") { members { fullName role category { name { kk ru en } } } } }')}`, {
      headers: { 'accept-encoding': 'gzip', 'apollo-require-preflight': 'true' },
    });
    expect(gql.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${product.url}/ru`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('<html');
  });

  it('answers an unknown page with 404 in the page’s language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${product.url}/ru/no-such-page`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Страница не найдена');
    await context.close();
  });

  it('serves the admin app under /admin/ and asks to sign in', async () => {
    const { page, errors } = await open('/admin/', 'ru-RU');
    await page.waitForURL('**/admin/sign-in?next=%2F');
    await expect(page.locator('h1').textContent()).resolves.toBe('Вход в систему');
    await page.screenshot({ path: screenshotPath('admin-sign-in-ru'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
