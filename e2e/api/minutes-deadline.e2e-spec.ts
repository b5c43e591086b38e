import { Client } from 'pg';
import { MinutesDeadlineService } from '@kenes/api/minutes';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { startTestServer, type TestServer } from '../support/test-server';

describe('the publication term of the minutes', () => {
  let t: TestServer;
  let db: Client;
  let mail: Mailbox;

  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({ SMTP_URL: mail.url, PUBLIC_URL: 'http://kenes.test' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await mail?.close();
  });

  it('reminds the secretary once when one working day is left and once when it has passed', async () => {
    const secretary = await t.signIn('secretary@kenes.demo');
    const meeting = (await db.query<{ id: string }>(`SELECT m.id FROM meeting m JOIN council c ON c.id = m.council_id WHERE c.slug = 'kokshetau' AND m.number = 3`)).rows[0].id;
    const res = await t.gql<{ generateMinutes: { id: string; dueOn: string } }>(`mutation($id: ID!) { generateMinutes(meetingId: $id) { id dueOn } }`, { id: meeting }, { headers: { cookie: secretary } });
    expect(res.body.errors).toBeUndefined();
    // Meeting of Thursday 10 September 2026: five working days → Thursday 17 September.
    expect(res.body.data?.generateMinutes.dueOn).toBe('2026-09-17');
    const deadline = t.server.app.get(MinutesDeadlineService);
    expect(await deadline.run('2026-09-15')).toEqual([]);
    expect((await deadline.run('2026-09-16')).map((r) => r.code)).toEqual(['dueSoon']);
    expect(await deadline.run('2026-09-17')).toEqual([]);
    const soon = await mail.waitFor('secretary@kenes.demo');
    expect(soon.subject).toBe('Kenes: протокол заседания №3 — срок публикации близко');
    expect(soon.text).toContain('до 17.09.2026');
    const [a, b] = await Promise.all([deadline.run('2026-09-18'), deadline.run('2026-09-18')]);
    expect([...a, ...b].map((r) => r.code)).toEqual(['overdue']);
    expect((await mail.waitFor('secretary@kenes.demo')).subject).toBe('Kenes: протокол заседания №3 просрочен');
  });
});
