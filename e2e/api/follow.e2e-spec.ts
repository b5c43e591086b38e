import { Client } from 'pg';
import { FollowService } from '@kenes/api/follow';
import { AuditService, RequestContext } from '@kenes/api/core';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };
const FOLLOW = `mutation($i: FollowInput!) { followRecord(input: $i) }`;

describe('following a council, a body or a recommendation by e-mail', () => {
  let t: TestServer;
  let db: Client;
  let mail: Mailbox;
  let secretary: string;
  const link = (text: string, path: string) => new RegExp(`(http://kenes\\.test${path}\\?token=[A-Za-z0-9_-]+[^\\s]*)`).exec(text)?.[1] as string;
  const local = (url: string) => url.replace('http://kenes.test', t.url);

  async function follow(email: string, input: Record<string, unknown>, lang = 'ru'): Promise<string> {
    const res = await t.gql(FOLLOW, { i: { email, ...input } }, { ...PUBLIC, headers: { cookie: `lang=${lang}` } });
    expect(res.body.errors).toBeUndefined();
    const letter = await mail.waitFor(email);
    const confirm = link(letter.text, '/follow/confirm');
    expect(confirm).toBeDefined();
    return confirm;
  }

  async function announce(): Promise<void> {
    const councils = await t.gql<{ councils: { items: Array<{ id: string; slug: string }> } }>('{ councils { items { id slug } } }', {}, { headers: { cookie: secretary } });
    const councilId = councils.body.data?.councils.items.find((c) => c.slug === 'kokshetau')?.id;
    const created = await t.gql<{ createMeeting: { id: string } }>(`mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`, {
      i: { councilId, type: 'REGULAR', startsAt: '2026-12-15T10:00:00+05:00' },
    }, { headers: { cookie: secretary } });
    const id = created.body.data?.createMeeting.id;
    await t.gql(`mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`, { i: { meetingId: id, title: { ru: 'О бюджете' }, category: 'OTHER' } }, { headers: { cookie: secretary } });
    const res = await t.gql(`mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id }, { headers: { cookie: secretary } });
    expect(res.body.errors).toBeUndefined();
  }

  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({ SMTP_URL: mail.url, PUBLIC_URL: 'http://kenes.test' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    secretary = await t.signIn('secretary@kenes.demo');
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await mail?.close();
  });

  it('sends nothing before the double opt-in, then each event once, with a one-click unsubscribe that works', async () => {
    const follower = t.server.app.get(FollowService);
    await follower.dispatchEvents(); // the cursor starts at the present
    const confirm = await follow('citizen@example.kz', { kind: 'COUNCIL', councilSlug: 'kokshetau' });
    await announce();
    expect(await follower.dispatchEvents()).toBe(0); // not confirmed yet
    const page = await fetch(local(confirm));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Подписка подтверждена');
    expect((await db.query(`SELECT 1 FROM audit_event WHERE action = 'follow.confirmed'`)).rowCount).toBe(1);
    await announce();
    expect(await follower.dispatchEvents()).toBe(1);
    expect(await follower.dispatchEvents()).toBe(0);
    const letter = await mail.waitFor('citizen@example.kz');
    expect(letter.subject).toBe('Kenes: Общественный совет города Кокшетау: Объявлено заседание №6 на 15.12.2026');
    expect(letter.text).toContain('http://kenes.test/ru/councils/kokshetau/meetings/6');
    expect(letter.listUnsubscribe).toMatch(/^<?http:\/\/kenes\.test\/follow\/unsubscribe\?token=/);
    // The link opens a page (a mail scanner unsubscribes no one); the one-click POST unsubscribes.
    const unsubscribe = local(link(letter.text, '/follow/unsubscribe'));
    expect(await (await fetch(unsubscribe)).text()).toContain('Прекратить получать письма?');
    const post = await fetch(unsubscribe, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(await post.text()).toContain('Вы отписались');
    expect((await db.query(`SELECT data FROM audit_event WHERE action = 'follow.unsubscribed'`)).rows).toEqual([{ data: { kind: 'council' } }]);
    await announce();
    expect(await follower.dispatchEvents()).toBe(0);
    const forged = await fetch(local(confirm.replace(/token=[^&]+/, 'token=forged')));
    expect([forged.status, await forged.text()]).toEqual([404, expect.stringContaining('Ссылка недействительна')]);
  });

  it('gathers a week of a body’s events into one digest, in the follower’s language', async () => {
    const follower = t.server.app.get(FollowService);
    const transport = (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Passenger Transport%'`)).rows[0].id;
    const confirm = await follow('weekly@example.kz', { kind: 'BODY', bodyId: transport, mode: 'WEEKLY' }, 'kk');
    await fetch(local(confirm));
    // Something happens to the transport department: its answer to a new obligation is recorded as overdue.
    const obligation = (await db.query<{ id: string; jurisdiction: string; council: string }>(
      `SELECT o.id, c.jurisdiction_id AS jurisdiction, c.id AS council FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id JOIN council c ON c.id = r.council_id WHERE o.body_id = $1 LIMIT 1`,
      [transport],
    )).rows[0];
    await t.server.app.get(AuditService).record(RequestContext.system(), {
      chain: obligation.jurisdiction,
      action: 'obligation.markOverdue',
      entityType: 'obligation',
      entityId: obligation.id,
      data: { councilId: obligation.council },
    });
    expect(await follower.sendDigests(new Date())).toBe(1);
    const digest = await mail.waitFor('weekly@example.kz');
    expect(digest.subject).toBe('Kenes: Апталық шолу (1)');
    expect(digest.text).toContain('ұсынымға жауап беру мерзімін өткізіп алды');
    // Not again within the week.
    expect(await follower.sendDigests(new Date())).toBe(0);
  });

  it('a digest is not crowded out by thousands of events about other things, and each follower reads only what concerns them', async () => {
    const follower = t.server.app.get(FollowService);
    const [social, transport] = await Promise.all(
      ['%Social%', '%Passenger Transport%'].map(async (name) => (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE $1`, [name])).rows[0].id),
    );
    const confirm = await follow('busy-week@example.kz', { kind: 'BODY', bodyId: social, mode: 'WEEKLY' });
    await fetch(local(confirm));
    const of = async (body: string) =>
      (await db.query<{ id: string; council: string }>(
        `SELECT o.id, r.council_id AS council FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id WHERE o.body_id = $1 LIMIT 1`,
        [body],
      )).rows[0];
    const [other, mine] = [await of(transport), await of(social)];
    // 2,100 public events about another body's obligation, then one about the followed body's.
    await db.query(
      `INSERT INTO audit_event (chain, seq, action, entity_type, entity_id, data, prev_hash, hash)
       SELECT 'bulk-test', g, 'obligation.markOverdue', 'obligation', $1, jsonb_build_object('councilId', $2::text), '-', '-' FROM generate_series(1, 2100) g`,
      [other.id, other.council],
    );
    await t.server.app.get(AuditService).record(RequestContext.system(), {
      chain: 'bulk-test-2',
      action: 'obligation.markOverdue',
      entityType: 'obligation',
      entityId: mine.id,
      data: { councilId: mine.council },
    });
    const queries = await t.countQueries(() => follower.sendDigests(new Date()));
    const digest = await mail.waitFor('busy-week@example.kz');
    expect(digest.subject).toBe('Kenes: Недельная сводка (1)');
    // One read of the events per follower due, whatever else happened in the week.
    expect(queries.filter((q) => q.includes('FROM audit_event e')).length).toBeLessThanOrEqual(2);
  });

  it('refuses what does not exist or is not published, and too many requests from one address', async () => {
    const draft = await t.gql(FOLLOW, { i: { email: 'a@example.kz', kind: 'COUNCIL', councilSlug: 'kokshetau-youth-draft' } }, PUBLIC);
    expect(draft.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await t.gql(FOLLOW, { i: { email: `many${i}@example.kz`, kind: 'COUNCIL', councilSlug: 'almaty' } }, PUBLIC));
    const refused = results.filter((r) => r.body.errors?.[0]?.extensions?.['code'] === 'TOO_MANY_REQUESTS');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.body.errors?.[0]?.message).toMatch(/Попробуйте завтра|try again tomorrow|Ертең/);
  });
});
