import type { Browser, Page } from 'playwright-core';
import { axe, violationSummary } from '../support/axe';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { startProduct, type ProductProcess } from '../support/product-process';

const COUNCIL_RU = 'Общественный совет города Кокшетау';

/**
 * "Follow by e-mail" on the council, state body and recommendation pages (double opt-in: the
 * page says nothing comes before the confirmation link is opened, and only that letter is sent),
 * the API's refusal shown in its words, and each page's <title>, rendered on the server and kept
 * up to date by the browser.
 */
describe('portal: follow by e-mail and page titles (Chromium)', () => {
  let product: ProductProcess;
  let mail: Mailbox;
  let browser: Browser;
  let body: { id: string; name: string };

  beforeAll(async () => {
    mail = await startMailbox();
    product = await startProduct({ SMTP_URL: mail.url, PUBLIC_URL: 'http://kenes.test' });
    browser = await launchBrowser();
    const res = await fetch(`${product.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicRecommendation(slug: "kokshetau", number: 1) { obligations { lead body { id name { ru } } } } }' }),
    });
    const { data } = (await res.json()) as { data: { publicRecommendation: { obligations: Array<{ lead: boolean; body: { id: string; name: { ru: string } } }> } } };
    const lead = data.publicRecommendation.obligations.find((o) => o.lead);
    if (!lead) throw new Error('the demo recommendation has no lead addressee');
    body = { id: lead.body.id, name: lead.body.name.ru };
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    await mail?.close();
  });

  async function open(path: string, locale = 'ru-RU', width = 1280): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
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

  it('council page: the form in "Follow and download" sends only a confirmation letter and says so plainly', async () => {
    const { page, errors } = await open('/ru/councils/kokshetau');
    const block = page.locator('section[aria-labelledby="feeds-title"]');
    const form = block.getByRole('form', { name: 'Следить по электронной почте' });
    await form.scrollIntoViewIfNeeded();
    await noViolations(page, 'council page with the follow form');
    await form.getByLabel('Ваш адрес электронной почты').fill('reader@example.kz');
    const weekly = form.getByRole('radio', { name: /Еженедельная сводка/ });
    // Big targets: the whole labelled row is clickable and at least 48 px high.
    const row = await weekly.locator('xpath=ancestor::label').boundingBox();
    expect(row?.height ?? 0).toBeGreaterThanOrEqual(48);
    await page.getByText('Еженедельная сводка').click();
    await expect(weekly.isChecked()).resolves.toBe(true);
    await form.screenshot({ path: screenshotPath('portal-follow-form') });
    await form.getByRole('button', { name: 'Подписаться' }).click();

    const sent = block.getByRole('status');
    await sent.waitFor();
    await expect(sent.textContent()).resolves.toBe('Проверьте почту: откройте ссылку из нашего письма, чтобы подтвердить. Пока вы не подтвердите, мы ничего не пришлём.');
    const letter = await mail.waitFor('reader@example.kz');
    expect(letter.text).toMatch(/http:\/\/kenes\.test\/follow\/confirm\?token=/);
    await noViolations(page, 'council page after following');
    await block.screenshot({ path: screenshotPath('portal-follow-council-sent') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('recommendation and state body pages follow their own record, in English on a phone', async () => {
    const rec = await open('/en/councils/kokshetau/recommendations/1', 'en-US', 390);
    const form = rec.page.getByRole('form', { name: 'Follow by e-mail' });
    await form.getByLabel('Your e-mail address').fill('rec.reader@example.kz');
    await form.getByRole('button', { name: 'Follow' }).click();
    await expect(rec.page.getByRole('status').textContent()).resolves.toBe('Check your mail: open the link we sent to confirm. Nothing is sent until you confirm.');
    expect((await mail.waitFor('rec.reader@example.kz')).text).toContain('/follow/confirm?token=');
    await noViolations(rec.page, 'recommendation page after following');
    await rec.page.locator('section[aria-labelledby="follow-recommendation-title"]').screenshot({ path: screenshotPath('portal-follow-recommendation-phone') });
    expect(rec.errors).toEqual([]);
    await rec.page.context().close();

    const bodyPage = await open(`/kk/bodies/${body.id}`, 'kk-KZ');
    const bodyForm = bodyPage.page.getByRole('form', { name: 'Электрондық пошта арқылы бақылау' });
    await bodyForm.getByLabel('Электрондық пошта мекенжайыңыз').fill('body.reader@example.kz');
    await bodyForm.getByRole('button', { name: 'Жазылу' }).click();
    await bodyPage.page.getByRole('status').waitFor();
    expect((await mail.waitFor('body.reader@example.kz')).text).toContain('/follow/confirm?token=');
    await noViolations(bodyPage.page, 'state body page after following');
    await bodyPage.page.context().close();
  });

  it("shows the API's refusal in its own words (too many requests from one address)", async () => {
    // Ten requests a day from one address are accepted: this test's three above, and seven more.
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${product.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($i: FollowInput!) { followRecord(input: $i) }', variables: { i: { email: `n${i}@example.kz`, kind: 'COUNCIL', councilSlug: 'kokshetau' } } }),
      });
      expect(((await res.json()) as { errors?: unknown[] }).errors).toBeUndefined();
    }
    const { page } = await open('/ru/councils/kokshetau');
    const form = page.getByRole('form', { name: 'Следить по электронной почте' });
    await form.getByLabel('Ваш адрес электронной почты').fill('late@example.kz');
    await form.getByRole('button', { name: 'Подписаться' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    // The server's message (TOO_MANY_REQUESTS in Russian), not the form's generic failure.
    await expect(alert.textContent()).resolves.toMatch(/слишком много запросов/);
    await noViolations(page, 'council page with a refusal');
    await form.screenshot({ path: screenshotPath('portal-follow-refused') });
    await page.context().close();
  });

  it('every page type has a meaningful <title>, rendered on the server', async () => {
    const titles: Array<[string, string]> = [
      ['/ru', 'Общественные советы Казахстана · Kenes'],
      ['/ru/councils/kokshetau', `${COUNCIL_RU} · Kenes`],
      ['/ru/councils/kokshetau/competitions', `Конкурсы в члены совета — ${COUNCIL_RU} · Kenes`],
      ['/ru/councils/kokshetau/meetings/1', `Заседание № 1 — ${COUNCIL_RU} · Kenes`],
      ['/ru/councils/kokshetau/recommendations/1', `Рекомендация № 1 — ${COUNCIL_RU} · Kenes`],
      [`/ru/bodies/${body.id}`, `${body.name} · Kenes`],
      [`/ru/search?q=${encodeURIComponent('проезд')}`, 'Поиск: «проезд» · Kenes'],
      ['/ru/search', 'Поиск · Kenes'],
      ['/ru/no-such-page', 'Страница не найдена · Kenes'],
      ['/ru/councils/no-such-council', 'Страница не найдена · Kenes'],
      ['/en/councils/kokshetau/meetings/1', /^Meeting No\. 1 — .+ · Kenes$/.source],
    ];
    for (const [path, title] of titles) {
      const html = await (await fetch(`${product.url}${path}`)).text();
      const got = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      if (title.startsWith('^')) expect([path, got]).toEqual([path, expect.stringMatching(new RegExp(title))]);
      else expect([path, got]).toEqual([path, title]);
    }
  });

  it('the browser keeps the title in step when the reader moves between pages and languages', async () => {
    const { page, errors } = await open('/ru/councils/kokshetau');
    await expect(page.title()).resolves.toBe(`${COUNCIL_RU} · Kenes`);
    await page.locator('a[href="/ru/councils/kokshetau/meetings/1"]').first().click();
    await page.waitForURL(/\/meetings\/1$/);
    await page.waitForFunction((t) => document.title === t, `Заседание № 1 — ${COUNCIL_RU} · Kenes`);
    await page.goto(`${product.url}/ru/councils/kokshetau/recommendations/1`, { waitUntil: 'networkidle' });
    await expect(page.title()).resolves.toBe(`Рекомендация № 1 — ${COUNCIL_RU} · Kenes`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.title.startsWith('Recommendation No. 1 — '));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
