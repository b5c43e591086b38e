import { Client } from 'pg';
import { startTestServer, type TestServer } from '../support/test-server';

interface Announced {
  announceMeeting: { notice: { status: string; given: number; required: number; explanation: string | null } };
}

/**
 * The notice of a meeting is counted in working days on the calendar the authorized body entered
 * (decreed days off, working Saturdays), the same calendar the answers' clocks use, not on the
 * statutory seed alone. Its own database: the entered days off must not move other tests' dates.
 */
describe('meeting notice: counted on the working-day calendar as entered', () => {
  let t: TestServer;
  let db: Client;
  let secretary: string;
  let operator: string;
  let councilId: string;
  let kokshetau: string;

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    secretary = await t.signIn('secretary@kenes.demo');
    operator = await t.signIn('operator@kenes.demo');
    const rows = (await db.query<{ id: string; jurisdiction_id: string }>(`SELECT id, jurisdiction_id FROM council WHERE slug = 'kokshetau'`)).rows;
    councilId = rows[0].id;
    kokshetau = rows[0].jurisdiction_id;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const ok = async <T>(cookie: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await t.gql<T>(query, variables, { headers: { cookie: `${cookie}; lang=ru` } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  };

  /** A regular meeting on Thursday 3 December 2026, announced today (Saturday 28 November, KENES_TODAY). */
  async function announceForThursday(): Promise<Announced['announceMeeting']['notice']> {
    const { createMeeting } = await ok<{ createMeeting: { id: string } }>(secretary, `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`, {
      i: { councilId, type: 'REGULAR', startsAt: '2026-12-03T10:00:00+05:00', place: { ru: 'Зал акимата' } },
    });
    await ok(secretary, `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`, { i: { meetingId: createMeeting.id, title: { ru: 'Вопрос' }, category: 'OTHER' } });
    const announced = await ok<Announced>(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notice { status given required explanation } } }`, {
      id: createMeeting.id,
    });
    return announced.announceMeeting.notice;
  }

  it('gives three working days on the statutory calendar, and two once the authorized body decrees a day off in between', async () => {
    // Monday 30 November, Tuesday 1 and Wednesday 2 December: the 3 working days the rule asks for.
    const before = await announceForThursday();
    expect(before).toMatchObject({ status: 'ok', given: 3, required: 3 });

    await ok(operator, `mutation($i: HolidayYearInput!) { setHolidayYear(input: $i) { year } }`, {
      i: { jurisdictionId: kokshetau, year: 2026, datedHolidays: [], extraDaysOff: [{ date: '2026-12-01', name: { ru: 'Перенос выходного дня' } }], workingDays: [], confirmed: false },
    });

    const after = await announceForThursday();
    expect(after).toMatchObject({ status: 'short', given: 2, required: 3 });
    // A soft rule: announced with a warning that says why.
    expect(after.explanation).toMatch(/2/);
  });
});
