import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { axe, violationSummary } from '../support/axe';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

/**
 * The national index on more councils than one page holds: headings by jurisdiction and host
 * body (repeated, marked as continued, when a group goes on to the next page), filters in the
 * URL (an oblast includes its cities), page links that work without script, and the search
 * page's council list with every council, not the first 100.
 */
describe('portal: the national index of councils (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  const EXTRA = 120;
  const TOTAL = 5 + EXTRA; // the demo's five published councils

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    // An oblast whose akimat hosts more councils than fit on the first page, and a district of Akmola oblast.
    const db = new Client({ connectionString: product.db.url });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO jurisdiction (code, kind, name, parent_id) VALUES
           ('KZ-TE', 'oblast', '{"ru": "Восточная тестовая область", "kk": "Шығыс сынақ облысы", "en": "East Test Region"}', (SELECT id FROM jurisdiction WHERE code = 'KZ')),
           ('KZ-AKM-T', 'district', '{"ru": "Бурабайский район", "kk": "Бурабай ауданы", "en": "Burabay District"}', (SELECT id FROM jurisdiction WHERE code = 'KZ-AKM'))`,
      );
      await db.query(
        `INSERT INTO state_body (jurisdiction_id, kind, name) VALUES
           ((SELECT id FROM jurisdiction WHERE code = 'KZ-TE'), 'akimat', '{"ru": "Акимат Восточной тестовой области", "kk": "Шығыс сынақ облысының әкімдігі", "en": "Akimat of East Test Region"}'),
           ((SELECT id FROM jurisdiction WHERE code = 'KZ-AKM-T'), 'akimat', '{"ru": "Акимат Бурабайского района", "kk": "Бурабай ауданының әкімдігі", "en": "Akimat of Burabay District"}')`,
      );
      await db.query(
        `INSERT INTO council (slug, jurisdiction_id, host_body_id, level, name, published_at, version)
         SELECT 'east-' || i, b.jurisdiction_id, b.id, 'local',
                jsonb_build_object('ru', 'Общественный совет отрасли № ' || lpad(i::text, 3, '0'), 'kk', lpad(i::text, 3, '0') || ' салалық қоғамдық кеңес', 'en', 'Sector public council No. ' || lpad(i::text, 3, '0')),
                now(), 1
           FROM generate_series(1, $1::int - 1) i, state_body b WHERE b.name->>'ru' = 'Акимат Восточной тестовой области'`,
        [EXTRA],
      );
      await db.query(
        `INSERT INTO council (slug, jurisdiction_id, host_body_id, level, name, published_at, version)
         SELECT 'burabay', b.jurisdiction_id, b.id, 'local', '{"ru": "Общественный совет Бурабайского района", "kk": "Бурабай ауданының қоғамдық кеңесі", "en": "Burabay District Public Council"}', now(), 1
           FROM state_body b WHERE b.name->>'ru' = 'Акимат Бурабайского района'`,
      );
      // A draft in the same oblast: never listed, never counted.
      await db.query(
        `INSERT INTO council (slug, jurisdiction_id, host_body_id, level, name, published_at, version)
         SELECT 'east-draft', b.jurisdiction_id, b.id, 'local', '{"ru": "Черновик совета"}', NULL, 1
           FROM state_body b WHERE b.name->>'ru' = 'Акимат Восточной тестовой области'`,
      );
    } finally {
      await db.end();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  async function open(path: string, options: { lang?: string; width?: number; javaScript?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({
      locale: options.lang === 'kk' ? 'kk-KZ' : 'ru-RU',
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${product.url}${path}`, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  async function noViolations(page: Page, name: string): Promise<void> {
    const { violations, passed } = await axe(page);
    expect(passed).toBeGreaterThan(10);
    expect(violationSummary(name, violations)).toEqual([]);
  }

  const headings = (page: Page, level: 'h2' | 'h3') => page.locator(`main ${level}`).allTextContents();

  it('shows the first 50 under headings by jurisdiction and host body, with the count and page links', async () => {
    const { page, errors } = await open('/ru');
    await expect(page.locator('.count').textContent()).resolves.toMatch(new RegExp(`${TOTAL} советов · Страница 1 из 3`));
    await expect(page.locator('main .councils a').count()).resolves.toBe(50);
    const h2 = await headings(page, 'h2');
    expect(h2.map((h) => h.trim())).toEqual(['Республика Казахстан', 'Акмолинская область', 'Бурабайский район', 'город Кокшетау', 'Восточная тестовая область']);
    await expect(headings(page, 'h3')).resolves.toContain('Министерство финансов Республики Казахстан');
    expect(await page.locator('main').textContent()).not.toContain('Черновик');

    const pager = page.getByRole('navigation', { name: 'Страницы списка' });
    await expect(pager.locator('a[aria-current="page"]').textContent()).resolves.toBe('1');
    await expect(pager.getByRole('link', { name: 'Страница 3' }).getAttribute('href')).resolves.toBe('/ru?page=3');
    // Big targets: the page numbers and the council links are at least 48 px high.
    for (const link of [pager.getByRole('link', { name: 'Страница 2' }), page.locator('main .councils a').first()]) {
      const box = await link.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    }
    await noViolations(page, 'index page 1');
    await page.screenshot({ path: screenshotPath('portal-index') });
    await pager.scrollIntoViewIfNeeded();
    await pager.screenshot({ path: screenshotPath('portal-index-pager') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a page link leads to the next 50; a group that goes on repeats its headings, marked as continued', async () => {
    const { page, errors } = await open('/ru');
    await page.getByRole('navigation', { name: 'Страницы списка' }).getByRole('link', { name: 'Страница 2' }).click();
    await page.waitForURL(/\/ru\?page=2$/);
    await page.locator('a[aria-current="page"]', { hasText: '2' }).waitFor();
    await expect(headings(page, 'h2')).resolves.toEqual(['Восточная тестовая область (продолжение)']);
    await expect(headings(page, 'h3')).resolves.toEqual(['Акимат Восточной тестовой области (продолжение)']);
    await expect(page.locator('main .councils a').count()).resolves.toBe(50);
    await expect(page.getByRole('link', { name: '← Предыдущая страница' }).getAttribute('href')).resolves.toBe('/ru');
    await noViolations(page, 'index page 2');
    await page.screenshot({ path: screenshotPath('portal-index-page-2') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by jurisdiction from the URL: Akmola oblast includes Kokshetau city and the Burabay district (on a phone, in Kazakh)', async () => {
    const { page, errors } = await open('/kk', { lang: 'kk', width: 390 });
    await page.getByLabel('Аумақ').selectOption('KZ-AKM');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await page.waitForURL(/\/kk\?jurisdiction=KZ-AKM$/);
    await page.locator('.count', { hasText: '3 кеңес' }).waitFor();
    await expect(headings(page, 'h2')).resolves.toEqual(['Ақмола облысы', 'Бурабай ауданы', 'Көкшетау қаласы']);
    await expect(page.locator('main .councils a').allTextContents()).resolves.toEqual([
      'Ақмола облысының қоғамдық кеңесі',
      'Бурабай ауданының қоғамдық кеңесі',
      'Көкшетау қаласының қоғамдық кеңесі',
    ]);
    // The jurisdiction list counts what lies under each place; the body list is the chosen oblast's.
    await expect(page.locator('select[name="jurisdiction"] option:checked').textContent()).resolves.toBe('Ақмола облысы (3)');
    await expect(page.locator('select[name="body"] option').count()).resolves.toBe(4);
    await expect(page.locator('nav.pager').count()).resolves.toBe(0);
    await noViolations(page, 'index filtered (kk, phone)');
    await page.screenshot({ path: screenshotPath('portal-index-filtered-phone'), fullPage: true });
    await page.getByRole('link', { name: 'Көкшетау қаласының қоғамдық кеңесі' }).click();
    await page.waitForURL(/\/kk\/councils\/kokshetau$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works without JavaScript: the filter form and the page links are plain GET requests rendered on the server', async () => {
    const { page } = await open('/ru', { javaScript: false });
    await page.getByLabel('Территория').selectOption('KZ-TE');
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/jurisdiction=KZ-TE/);
    await expect(page.locator('.count').textContent()).resolves.toMatch(new RegExp(`${EXTRA - 1} советов · Страница 1 из 3`));
    await page.getByRole('link', { name: 'Страница 3' }).click();
    await page.waitForURL(/page=3/);
    await expect(page.locator('a[aria-current="page"]').textContent()).resolves.toBe('3');
    await expect(page.locator('main .councils a').count()).resolves.toBe(EXTRA - 1 - 100);
    await expect(headings(page, 'h2')).resolves.toEqual(['Восточная тестовая область (продолжение)']);
    await page.context().close();
  });

  it('a page past the end answers 404 and offers the first page', async () => {
    const res = await fetch(`${product.url}/ru?jurisdiction=KZ-TE&page=9`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('?jurisdiction=KZ-TE"');
    expect((await fetch(`${product.url}/ru?jurisdiction=KZ-TE&page=3`)).status).toBe(200);
  });

  it('the search page offers every published council, grouped by jurisdiction, not only the first 100', async () => {
    const { page, errors } = await open('/ru/search');
    const options = page.locator('select[name="council"] option:not([value=""])');
    await expect(options.count()).resolves.toBe(TOTAL);
    const groups = await page.locator('select[name="council"] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(groups).toEqual(['Республика Казахстан', 'Акмолинская область', 'Бурабайский район', 'город Кокшетау', 'Восточная тестовая область', 'город Алматы']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
