import type { Browser, Page } from 'playwright-core';
import { axe, violationSummary } from '../support/axe';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

/**
 * "What this council did", in plain words: reached from the council page in one click, told in
 * sentences whose numbers and words agree, every figure linked to its record; server-rendered;
 * other years one click away; axe finds nothing; on a phone nothing overflows.
 */
describe('portal: what the council did, in plain words (Chromium)', () => {
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

  async function open(path: string, locale: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${product.url}${path}`, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  it('one click from the council page; sentences in Russian with the numbers agreeing, each linked to its record', async () => {
    const { page, errors } = await open('/ru/councils/kokshetau', 'ru-RU');
    await page.getByRole('link', { name: 'Что сделал совет — простыми словами' }).click();
    await page.waitForURL(/\/ru\/councils\/kokshetau\/activity$/);
    await page.locator('h1', { hasText: 'Что сделал совет в 2026 году' }).waitFor();
    const meetings = page.locator('[data-activity="meetings"]');
    await expect(meetings.locator('.say').first().textContent()).resolves.toMatch(/Совет провёл 3 заседания\.\s+Ещё 1 заседание назначено\./);
    await expect(meetings.textContent()).resolves.toContain('По закону совет должен собираться не реже 1 раза в квартал.');
    await expect(meetings.locator('[data-period="4"] .status').textContent()).resolves.toBe('ещё идёт');
    await expect(page.locator('[data-activity="questions"] .say').textContent()).resolves.toBe('На заседаниях совет рассмотрел 7 вопросов:');
    await expect(page.locator('[data-activity="recommendations"] .say').textContent()).resolves.toBe('Совет принял 3 рекомендации:');
    await expect(page.locator('[data-activity="answers"]').textContent()).resolves.toContain('Органы пообещали 20 действий: выполнено 12');
    await expect(page.locator('[data-activity="composition"] .say').first().textContent()).resolves.toMatch(/В совете 16 членов: от гражданского общества — \d+/);

    // Every meeting and recommendation mentioned is a link to its page.
    const hrefs = await page.locator('main a[href*="/meetings/"], main a[href*="/recommendations/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(4 + 7 + 3);
    for (const href of [...new Set(hrefs)]) {
      const res = await fetch(`${product.url}${href}`);
      expect([href, res.status]).toEqual([href, 200]);
    }
    await page.screenshot({ path: screenshotPath('portal-activity-ru'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is rendered on the server, in Kazakh and English too, with its title', async () => {
    const kk = await (await fetch(`${product.url}/kk/councils/kokshetau/activity`)).text();
    expect(kk).toContain('Кеңес 2026 жылы не істеді');
    expect(kk).toContain('Кеңес 3 отырыс өткізді.');
    expect(kk).toMatch(/<title>Кеңес 2026 жылы не істеді — [^<]+ · Kenes<\/title>/);
    const en = await (await fetch(`${product.url}/en/councils/kokshetau/activity`)).text();
    expect(en).toContain('The council held 3 meetings.');
    expect(en).toContain('The council adopted 3 recommendations:');
  });

  it('another year is one click away; a year without a record says so plainly', async () => {
    const { page, errors } = await open('/ru/councils/kokshetau/activity?year=2019', 'ru-RU');
    await expect(page.locator('h1').textContent()).resolves.toBe('Что сделал совет в 2019 году');
    await expect(page.locator('[data-activity="meetings"] .say').first().textContent()).resolves.toContain('В этом году совет не провёл ни одного заседания.');
    await expect(page.locator('[data-activity="recommendations"] .say').textContent()).resolves.toBe('В этом году совет не принимал рекомендаций.');
    await page.getByRole('navigation', { name: 'Другие годы' }).getByRole('link', { name: '2026' }).click();
    await page.waitForURL(/year=2026/);
    await page.locator('h1', { hasText: 'Что сделал совет в 2026 году' }).waitFor();
    await expect(page.locator('[data-activity="meetings"] .say').first().textContent()).resolves.toContain('Совет провёл 3 заседания.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unknown council is a 404 page', async () => {
    const res = await fetch(`${product.url}/ru/councils/no-such-council/activity`);
    expect(res.status).toBe(404);
  });

  for (const [lang, locale] of [['kk', 'kk-KZ'], ['ru', 'ru-RU']] as const) {
    it(`axe finds nothing (${lang}), and on a phone nothing is wider than the screen`, async () => {
      const { page, errors } = await open(`/${lang}/councils/kokshetau/activity`, locale, 360);
      const { violations, passed } = await axe(page);
      expect(passed).toBeGreaterThan(10);
      expect(violationSummary(`activity (${lang})`, violations)).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await page.screenshot({ path: screenshotPath(`portal-activity-${lang}-phone`), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
