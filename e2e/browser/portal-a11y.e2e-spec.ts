import type { Browser, Page } from 'playwright-core';
import { axe, violationSummary } from '../support/axe';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

/**
 * Every page type of the portal, in Kazakh and Russian, on the demo data, checked by axe-core
 * with its full default rule set (WCAG 2.0/2.1 A and AA plus best practices): zero violations.
 * Also the keyboard basics axe cannot judge: the skip link comes first and moves focus to the
 * main content, and focus is visible.
 */
describe('portal accessibility: axe-core finds nothing on any page type (Chromium, kk and ru)', () => {
  let product: ProductProcess;
  let browser: Browser;
  let bodyId: string;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    // The lead addressee of the demo's first Kokshetau recommendation (the transport department).
    const res = await fetch(`${product.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicRecommendation(slug: "kokshetau", number: 1) { obligations { lead body { id } } } }' }),
    });
    const { data } = (await res.json()) as {
      data: { publicRecommendation: { obligations: Array<{ lead: boolean; body: { id: string } }> } };
    };
    const lead = data.publicRecommendation.obligations.find((o) => o.lead) ?? data.publicRecommendation.obligations[0];
    if (!lead) throw new Error('the demo recommendation has no addressee');
    bodyId = lead.body.id;
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  async function open(path: string, lang: string): Promise<{ page: Page; status: number; errors: string[] }> {
    const context = await browser.newContext({ locale: lang === 'kk' ? 'kk-KZ' : 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${product.url}${path}`, { waitUntil: 'networkidle' });
    return { page, status: response?.status() ?? 0, errors };
  }

  const pages: Array<[string, (lang: string) => string, number]> = [
    ['national index', (l) => `/${l}`, 200],
    ['council', (l) => `/${l}/councils/kokshetau`, 200],
    ['what the council did', (l) => `/${l}/councils/kokshetau/activity`, 200],
    ['national index, one area', (l) => `/${l}?jurisdiction=KZ-AKM`, 200],
    ['competitions', (l) => `/${l}/councils/kokshetau/competitions`, 200],
    ['meeting', (l) => `/${l}/councils/kokshetau/meetings/1`, 200],
    // The demo publishes the minutes of Kokshetau's June meeting and Almaty's annual report for 2025.
    ['minutes', (l) => `/${l}/councils/kokshetau/meetings/2/minutes`, 200],
    ['annual report', (l) => `/${l}/councils/almaty/reports/2025`, 200],
    ['recommendation', (l) => `/${l}/councils/kokshetau/recommendations/1`, 200],
    ['state body', (l) => `/${l}/bodies/${bodyId}`, 200],
    ['search results', (l) => `/${l}/search?q=${encodeURIComponent(l === 'kk' ? 'жол' : 'проезд')}`, 200],
    [
      'search with filters',
      (l) => `/${l}/search?q=${encodeURIComponent(l === 'kk' ? 'жеңілдіктер' : 'льгота')}&council=kokshetau&kind=RECOMMENDATION&from=2026-01-01&to=2026-12-31`,
      200,
    ],
    ['not found', (l) => `/${l}/no-such-page`, 404],
  ];

  for (const lang of ['kk', 'ru']) {
    for (const [name, path, status] of pages) {
      it(`${name} (${lang}): zero axe violations`, async () => {
        const { page, status: got, errors } = await open(path(lang), lang);
        expect(got).toBe(status);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        await expect(page.locator('h1').count()).resolves.toBe(1);
        const { violations, passed } = await axe(page);
        expect(passed).toBeGreaterThan(10); // axe really ran its rules on this page
        expect(violationSummary(`${name} (${lang})`, violations)).toEqual([]);
        expect(errors).toEqual([]);
        // The filtered search must still find something, or axe would only judge an empty page.
        if (name === 'search with filters') expect(await page.locator('.hit').count()).toBeGreaterThan(0);
        await page.screenshot({ path: screenshotPath(`a11y-${name.replace(/ /g, '-')}-${lang}`), fullPage: true });
        await page.context().close();
      });
    }
  }

  it('the skip link is the first stop of the keyboard and moves focus to the main content, with a visible outline', async () => {
    const { page } = await open('/ru/councils/kokshetau', 'ru');
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.getAttribute('href')).resolves.toBe('/ru/councils/kokshetau#main');
    await expect(skip.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.not.toBe('none');
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    expect(page.url()).toMatch(/\/ru\/councils\/kokshetau(#main)?$/);
    // The next Tab stop is inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => !!document.activeElement?.closest('main'))).resolves.toBe(true);
    await expect(page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.not.toBe('none');
    await page.context().close();
  });

  it('a new page starts at the top and going back returns to where the reader was', async () => {
    const { page, errors } = await open('/ru/councils/kokshetau', 'ru');
    const link = page.locator('a[href="/ru/councils/kokshetau/meetings/1"]').first();
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/meetings\/1$/);
    await page.locator('h1').waitFor();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.goBack();
    await page.waitForURL(/\/councils\/kokshetau$/);
    await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every page has hreflang links for kk, ru, en and x-default, and its canonical address (on the request origin without PUBLIC_URL)', async () => {
    const { page } = await open('/ru/councils/kokshetau/meetings/1', 'ru');
    await expect(page.locator('head link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${product.url}/ru/councils/kokshetau/meetings/1`);
    const links = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(links).toEqual([
      ['kk', `${product.url}/kk/councils/kokshetau/meetings/1`],
      ['ru', `${product.url}/ru/councils/kokshetau/meetings/1`],
      ['en', `${product.url}/en/councils/kokshetau/meetings/1`],
      ['x-default', `${product.url}/kk/councils/kokshetau/meetings/1`],
    ]);
    await page.context().close();
  });

  it('search: the header box leads to results with the matches marked, filters narrow them, and the result links to its page', async () => {
    const { page, errors } = await open('/ru', 'ru');
    await page.getByRole('search', { name: 'Поиск по работе советов' }).getByRole('searchbox').fill('проезд');
    await page.getByRole('search', { name: 'Поиск по работе советов' }).getByRole('button').click();
    await page.waitForURL(/\/ru\/search\?q=/);
    await page.locator('.hit').first().waitFor();
    await expect(page.locator('.hit mark').first().textContent()).resolves.toMatch(/проезд/i);
    await expect(page.locator('.count').textContent()).resolves.toMatch(/Найдено: [1-9]/);
    await page.screenshot({ path: screenshotPath('portal-search'), fullPage: true });

    await page.getByLabel('Что искать').selectOption('RECOMMENDATION');
    await page.getByRole('search', { name: 'Поиск', exact: true }).getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/kind=RECOMMENDATION/);
    await page.locator('.hit').first().waitFor();
    const kinds = await page.locator('.hit .k-badge').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Рекомендация']));
    await page.locator('.hit h3 a').first().click();
    await page.waitForURL(/\/ru\/councils\/kokshetau\/recommendations\/\d+/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the search page is rendered on the server for a given query, snippets as <mark> elements', async () => {
    const html = await (await fetch(`${product.url}/kk/search?q=${encodeURIComponent('проезд')}&council=kokshetau`)).text();
    expect(html).toMatch(/<mark[^>]*>проезд<\/mark>/i);
    expect(html).toMatch(/<option[^>]*value="kokshetau" selected/);
  });

  it('council page: follow and download block with working feed addresses, and the decisions feed in the head', async () => {
    const { page } = await open('/ru/councils/kokshetau', 'ru');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toBe(
      '/feeds/councils/kokshetau/decisions.atom?lang=ru',
    );
    const feeds = page.locator('section[aria-labelledby="feeds-title"]');
    await expect(feeds.locator('h2').textContent()).resolves.toBe('Следить и скачать');
    const hrefs = await feeds.locator('a[data-feed]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(6);
    for (const href of hrefs) {
      const res = await fetch(`${product.url}${href}`);
      expect([href, res.status]).toEqual([href, 200]);
    }
    await feeds.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('portal-council-feeds'), fullPage: true });
    await feeds.screenshot({ path: screenshotPath('portal-council-feeds-block') });
    await page.context().close();

    const body = await open(`/kk/bodies/${bodyId}`, 'kk');
    const href = await body.page.locator('a[data-feed="deadlines"]').getAttribute('href');
    expect(href).toBe(`/feeds/bodies/${bodyId}/deadlines.ics?lang=kk`);
    expect((await fetch(`${product.url}${href}`)).status).toBe(200);
    await body.page.context().close();
  });
});
