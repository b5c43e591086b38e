import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAdmin } from '../support/admin-session';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startProduct, type ProductProcess } from '../support/product-process';

const CHAIR = 'Бауыржан Есенов';
const MEMBER = 'Нина Васильевна Орлова';
const MEMBER2 = 'Айжан Маратқызы Нұрланова';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU' };

describe('meeting: a secretary runs a sitting, three members vote from phones and see each other live (Chromium)', () => {
  let product: ProductProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await product?.stop();
  });

  async function signIn(email: string, options: Parameters<Browser['newContext']>[0]): Promise<Page> {
    const p = await signInAdmin(browser, product.url, email, options ?? {});
    contexts.push(p.context());
    return p;
  }

  /** A member opens the meeting in session from the home page's "your meeting" card. */
  async function memberJoins(email: string): Promise<Page> {
    const p = await signIn(email, PHONE);
    const card = p.locator('[data-next-meeting]');
    await card.filter({ hasText: 'Заседание идёт сейчас' }).waitFor();
    await card.getByRole('link', { name: 'Перейти к заседанию' }).click();
    await p.waitForURL('**/member');
    await p.locator('[data-item="О ремонте дорог в микрорайоне Сарыарка"]').waitFor();
    return p;
  }

  const vote = (p: Page, name: string) => p.locator('[data-vote-panel]').getByRole('button', { name, exact: true }).click();

  it('creates, announces, opens, takes attendance, votes live and publishes the result', async () => {
    // The secretary prepares the meeting.
    const s = await signIn('secretary@kenes.demo', { locale: 'ru-RU', viewport: { width: 1366, height: 1000 } });
    await s.getByRole('link', { name: 'Советы' }).click();
    await s.locator('tr', { hasText: 'Общественный совет города Кокшетау' }).getByRole('link', { name: 'Заседания' }).click();
    await s.waitForURL('**/meetings');
    await s.locator('[data-frequency]').waitFor();
    await s.getByRole('button', { name: 'Новое заседание' }).click();
    await s.getByLabel('Внеочередное').check();
    await s.getByRole('button', { name: 'Далее' }).click();
    await s.getByLabel('Дата').fill('2026-12-08');
    await s.getByLabel('Начало').fill('10:00');
    await s.getByRole('button', { name: 'Далее' }).click();
    await s.getByLabel('Место на русском').fill('Зал заседаний акимата, ул. Абая, 96');
    await s.getByLabel('Место на казахском').fill('Әкімдіктің мәжіліс залы, Абай к-сі, 96');
    await s.getByRole('button', { name: 'Далее' }).click();
    await s.getByRole('button', { name: 'Создать заседание (черновик)' }).click();
    await s.waitForURL(/\/admin\/meetings\/[0-9a-f-]+$/);
    const number = Number((await s.locator('h1').textContent())?.match(/№ (\d+)/)?.[1]);
    expect(number).toBeGreaterThan(4);

    await s.getByLabel('Вопрос на казахском').fill('Сарыарқа шағынауданындағы жолдарды жөндеу туралы');
    await s.getByLabel('Вопрос на русском').fill('О ремонте дорог в микрорайоне Сарыарка');
    await s.getByLabel('Докладчик').fill('Ержан Әбдірахманов');
    await s.getByRole('button', { name: 'Добавить вопрос' }).click();
    await s.locator('[data-item="О ремонте дорог в микрорайоне Сарыарка"]').waitFor();
    await s.getByRole('button', { name: 'Объявить заседание' }).click();
    await expect(s.locator('[data-notice]').textContent()).resolves.toMatch(/Заседание объявлено\. Извещения отправлены: \d+/);
    await s.screenshot({ path: screenshotPath('meeting-announced-ru'), fullPage: true });

    // The console: open the sitting, take attendance until there is a quorum.
    await s.getByRole('link', { name: 'Вести заседание' }).click();
    await s.waitForURL('**/console');
    await s.getByRole('button', { name: 'Открыть заседание' }).click();
    await s.locator('[data-state]', { hasText: 'Идёт заседание' }).waitFor();
    await expect(s.locator('[data-quorum]').textContent()).resolves.toContain('Кворума нет: присутствуют 0 из 16');
    const names = await s.locator('li[data-person]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person') as string));
    expect(names).toHaveLength(16);
    const present = [CHAIR, MEMBER, MEMBER2, ...names.filter((n) => ![CHAIR, MEMBER, MEMBER2].includes(n))].slice(0, 11);
    for (const name of present) {
      const row = s.locator(`li[data-person="${name}"]`);
      await row.getByRole('button', { name: 'Лично' }).click();
      await s.locator(`li[data-person="${name}"][data-status="IN_PERSON"]`).waitFor();
    }
    await s.locator('[data-quorum]', { hasText: 'Кворум есть: присутствуют 11 из 16, требуется не менее 11' }).waitFor();

    // A motion with numbered points on the current item.
    await expect(s.locator('[data-current-item]').textContent()).resolves.toContain('О ремонте дорог в микрорайоне Сарыарка');
    await s.getByRole('button', { name: 'Подготовить проект решения' }).click();
    await s.getByLabel('Вводный текст').fill('Рекомендовать акимату города:');
    await s.getByLabel('Пункты (каждый с новой строки)').fill('Включить ремонт улиц Сарыарки в план 2027 года\nОтчитаться совету до 1 марта 2027 года');
    await s.getByRole('button', { name: 'Сохранить проект' }).click();
    await s.locator('[data-motion="1"][data-motion-state="DRAFT"]').waitFor();

    // Three members on their phones.
    const chair = await memberJoins('chair@kenes.demo');
    const member = await memberJoins('member@kenes.demo');
    const member2 = await memberJoins('member2@kenes.demo');
    for (const p of [chair, member, member2]) await expect(p.locator('[aria-current="step"]').textContent()).resolves.toContain('Обсуждается сейчас');

    await s.getByRole('button', { name: 'Начать голосование' }).click();
    await s.locator('[data-motion="1"][data-motion-state="OPEN"]').waitFor();
    for (const p of [chair, member, member2]) await p.locator('[data-vote-panel]').waitFor();

    await vote(chair, 'За');
    // The other members see the chair's vote arrive without reloading.
    await member.locator(`[data-vote-panel] [data-vote="${CHAIR}"]`, { hasText: 'За' }).waitFor();
    await member2.locator(`[data-vote-panel] [data-vote="${CHAIR}"]`, { hasText: 'За' }).waitFor();
    await vote(member, 'Против');
    await chair.locator(`[data-vote-panel] [data-vote="${MEMBER}"]`, { hasText: 'Против' }).waitFor();
    // A member may change the vote until the close; everyone sees the change.
    await vote(member, 'За');
    await member.locator('[data-my-vote]', { hasText: 'Ваш голос: За.' }).waitFor();
    await chair.locator(`[data-vote-panel] [data-vote="${MEMBER}"]`, { hasText: 'За' }).waitFor();
    await vote(member2, 'Воздерживаюсь');
    await member.locator(`[data-vote-panel] [data-vote="${MEMBER2}"]`, { hasText: 'Воздерживаюсь' }).waitFor();
    await member.locator('[data-vote-panel] [data-tally]', { hasText: 'За: 2 · Против: 0 · Воздержались: 1' }).waitFor();
    await expect(member.getByRole('button', { name: 'За', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await member.screenshot({ path: screenshotPath('meeting-member-phone-ru'), fullPage: true });
    await member.screenshot({ path: screenshotPath('meeting-member-phone-viewport-ru') });

    // The console saw each vote as it was cast.
    await s.locator('[data-motion="1"] [data-tally]', { hasText: 'За: 2 · Против: 0 · Воздержались: 1' }).waitFor();
    await s.locator(`[data-motion="1"] [data-vote="${MEMBER2}"]`).waitFor();
    await s.screenshot({ path: screenshotPath('meeting-console-voting-ru'), fullPage: true });

    await s.getByRole('button', { name: 'Завершить голосование' }).click();
    const result = s.locator('[data-motion="1"] [data-result]');
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(/Решение не принято.*за — 2, против — 0, воздержались — 1/s);
    await s.screenshot({ path: screenshotPath('meeting-console-result-ru'), fullPage: true });
    // Members see the result arrive too, and the buttons are gone.
    await member2.locator('[data-item="О ремонте дорог в микрорайоне Сарыарка"] [data-result]').waitFor();
    await expect(member2.locator('[data-vote-panel]').count()).resolves.toBe(0);
    await member2.screenshot({ path: screenshotPath('meeting-member-phone-result-ru'), fullPage: true });

    await s.getByRole('button', { name: 'Закрыть заседание' }).click();
    await s.locator('[data-state]', { hasText: 'Закрыто' }).waitFor();

    // The public record.
    const res = await fetch(`${product.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
      body: JSON.stringify({
        query: `query($n: Int!) { publicMeeting(slug: "kokshetau", number: $n) { state items { motions { votes { fullName choice } result { for against abstain adopted explanation } } } } }`,
        variables: { n: number },
      }),
    });
    const body = (await res.json()) as {
      data: { publicMeeting: { state: string; items: Array<{ motions: Array<{ votes: Array<{ fullName: string; choice: string }>; result: { for: number; against: number; abstain: number; adopted: boolean } }> }> } };
    };
    const motion = body.data.publicMeeting.items[0].motions[0];
    expect(body.data.publicMeeting.state).toBe('CLOSED');
    expect(motion.result).toMatchObject({ for: 2, against: 0, abstain: 1, adopted: false });
    expect(motion.votes.map((v) => [v.fullName, v.choice])).toEqual(expect.arrayContaining([[CHAIR, 'FOR'], [MEMBER, 'FOR'], [MEMBER2, 'ABSTAIN']]));

    // The portal's meeting page, where it is built, shows the same result.
    const portal = await browser.newPage({ locale: 'ru-RU' });
    const page = await portal.goto(`${product.url}/ru/councils/kokshetau/meetings/${number}`, { waitUntil: 'networkidle' });
    if (page?.status() === 200 && (await portal.locator('body').textContent())?.includes('О ремонте дорог')) {
      await expect(portal.locator('body').textContent()).resolves.toContain(MEMBER2);
      await portal.screenshot({ path: screenshotPath('meeting-portal-result-ru'), fullPage: true });
    }
    await portal.close();
  });

  it('refuses to open a vote without a quorum, and says why with the legal basis', async () => {
    const s = await signIn('secretary@kenes.demo', { locale: 'ru-RU', viewport: { width: 1366, height: 1000 } });
    // Meeting No. 4 of the demo is announced: open it, mark only two members, try to vote.
    await s.getByRole('link', { name: 'Советы' }).click();
    await s.locator('tr', { hasText: 'Общественный совет города Кокшетау' }).getByRole('link', { name: 'Заседания' }).click();
    await s.locator('tr[data-meeting="4"]').getByRole('link', { name: 'Вести заседание' }).click();
    await s.waitForURL('**/console');
    await s.getByRole('button', { name: 'Открыть заседание' }).click();
    for (const name of [CHAIR, MEMBER]) {
      await s.locator(`li[data-person="${name}"]`).getByRole('button', { name: 'Онлайн' }).click();
      await s.locator(`li[data-person="${name}"][data-status="REMOTE"]`).waitFor();
    }
    await s.getByRole('button', { name: 'Подготовить проект решения' }).click();
    await s.getByLabel('Вводный текст').fill('Принять к сведению');
    await s.getByLabel('Пункты (каждый с новой строки)').fill('Принять информацию к сведению');
    await s.getByRole('button', { name: 'Сохранить проект' }).click();
    await s.getByRole('button', { name: 'Начать голосование' }).click();
    const alert = s.locator('[data-motion] [data-error]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Голосование не открыто\. Кворума нет: присутствуют 2 из 16/);
    await expect(alert.textContent()).resolves.toMatch(/Основание:|13/);
    await s.screenshot({ path: screenshotPath('meeting-console-no-quorum-ru'), fullPage: true });
  });
});
