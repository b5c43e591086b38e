import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Client } from 'pg';
import { MeetingLive } from '@kenes/api/meetings';
import { sampleExe, samplePdf } from '@kenes/api/files/testing';
import { startTestServer, type TestServer } from '../support/test-server';
import { startMailbox, type Mailbox } from '../support/mailbox';
import ICAL from 'ical.js';

const PUBLIC = { path: '/public/graphql' };

const MEETING = `id number state currentItemId
  quorum { present totalMembers required reached explanation }
  attendance { personId fullName role status }
  items { id position title { ru } conflicts { personId reason }
    motions { id state tally { for against abstain recused } votes { personId fullName choice }
      result { for against abstain recused adopted required explanation corrections } addressees { lead stateBody { id } } } }`;

interface Motion {
  id: string;
  state: string;
  tally: { for: number; against: number; abstain: number; recused: number };
  votes: Array<{ personId: string; fullName: string; choice: string }>;
  result: { for: number; against: number; abstain: number; recused: number; adopted: boolean; required: number; explanation: string; corrections: number } | null;
}
interface Meeting {
  id: string;
  number: number;
  state: string;
  currentItemId: string | null;
  quorum: { present: number; totalMembers: number; required: number; reached: boolean; explanation: string };
  attendance: Array<{ personId: string; fullName: string; role: string; status: string | null }>;
  items: Array<{ id: string; position: number; title: { ru: string }; conflicts: Array<{ personId: string }>; motions: Motion[] }>;
}

describe('meetings: notice, agenda, attendance, quorum and roll-call votes', () => {
  let t: TestServer;
  let secretary: string;
  let members: Record<string, string>;
  let councilId: string;
  let transportId: string;
  let db: Client;
  let mail: Mailbox;

  const as = (cookie: string, locale = 'ru') => ({ headers: { cookie: `${cookie}; lang=${locale}` } });
  const call = <T>(cookie: string, query: string, variables: Record<string, unknown> = {}, locale = 'ru') => t.gql<T>(query, variables, as(cookie, locale));
  const ok = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await call<T>(cookie, query, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  };

  /** A meeting ten days ahead with `items` agenda items, announced and opened, with `present` members marked present. */
  async function runningMeeting(items = 1, present = 11): Promise<Meeting> {
    const startsAt = '2026-12-08T10:00:00+05:00';
    const created = await ok<{ createMeeting: Meeting }>(
      secretary,
      `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { ${MEETING} } }`,
      { i: { councilId, type: 'EXTRAORDINARY', startsAt, place: { ru: 'Зал акимата' } } },
    );
    for (let i = 0; i < items; i++) {
      await ok(secretary, `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`, {
        i: { meetingId: created.createMeeting.id, title: { ru: `Вопрос ${i + 1}`, kk: `Мәселе ${i + 1}` }, category: 'OTHER' },
      });
    }
    await ok(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id: created.createMeeting.id });
    const opened = await ok<{ openMeeting: Meeting }>(secretary, `mutation($id: ID!) { openMeeting(id: $id) { ${MEETING} } }`, { id: created.createMeeting.id });
    const seats = opened.openMeeting.attendance;
    // The linked demo members first, so they can vote.
    const order = [...seats].sort((a, b) => Number(LINKED.includes(b.fullName)) - Number(LINKED.includes(a.fullName)));
    for (const [i, s] of order.entries()) {
      await ok(secretary, `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`, {
        i: { meetingId: created.createMeeting.id, personId: s.personId, status: i < present ? 'IN_PERSON' : 'ABSENT' },
      });
    }
    return (await ok<{ meeting: Meeting }>(secretary, `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`, { id: created.createMeeting.id })).meeting;
  }

  async function motionOn(itemId: string, open = true): Promise<string> {
    const r = await ok<{ createMotion: Meeting }>(secretary, `mutation($i: CreateMotionInput!) { createMotion(input: $i) { ${MEETING} } }`, {
      i: { itemId, kind: 'RECOMMENDATION', text: 'Рекомендовать', points: ['Первое', 'Второе'], addressees: [{ stateBodyId: transportId, lead: true }] },
    });
    const item = r.createMotion.items.find((i) => i.id === itemId);
    const id = item?.motions.at(-1)?.id as string;
    if (open) await ok(secretary, `mutation($id: ID!) { openVote(motionId: $id) { id } }`, { id });
    return id;
  }

  const LINKED = ['Бауыржан Есенов', 'Нина Васильевна Орлова', 'Айжан Маратқызы Нұрланова', 'Михаил Петрович Волков'];
  const vote = (who: string, motionId: string, choice: string) =>
    call<{ castVote: { choice: string } }>(members[who], `mutation($i: CastVoteInput!) { castVote(input: $i) { personId choice } }`, { i: { motionId, choice } });

  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({ SMTP_URL: mail.url, PUBLIC_URL: 'http://kenes.test' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    secretary = await t.signIn('secretary@kenes.demo');
    members = {
      chair: await t.signIn('chair@kenes.demo'),
      member: await t.signIn('member@kenes.demo'),
      member2: await t.signIn('member2@kenes.demo'),
      member3: await t.signIn('member3@kenes.demo'),
    };
    const councils = await ok<{ councils: { items: Array<{ id: string; slug: string }> } }>(secretary, '{ councils { items { id slug } } }');
    councilId = councils.councils.items.find((c) => c.slug === 'kokshetau')?.id as string;
    const bodies = await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Passenger Transport%'`);
    transportId = bodies.rows[0].id;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await mail?.close();
  });

  it('runs a meeting: quorum checked when the vote opens, roll call, result under the rule, public and live', async () => {
    const meeting = await runningMeeting(2, 11);
    expect(meeting.state).toBe('IN_SESSION');
    // The notice reached the members as an iCalendar invitation, in their language.
    const notice = await mail.waitFor('member2@kenes.demo');
    expect(notice.subject).toMatch(/Кезектен тыс отырыс №\d+/);
    expect(notice.text).toMatch(/Күн тәртібі:\n1\. Мәселе 1/);
    const event = new ICAL.Component(ICAL.parse(notice.calendar ?? '')).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('uid')).toBe(`meeting-${meeting.id}@kenes`);
    expect(String(event?.getFirstPropertyValue('url'))).toBe(`http://kenes.test/kk/councils/kokshetau/meetings/${meeting.number}`);
    expect(notice.calendar).toMatch(/METHOD:REQUEST/);
    expect(meeting.quorum).toMatchObject({ present: 11, totalMembers: 16, required: 11, reached: true });
    expect(meeting.currentItemId).toBe(meeting.items[0].id);

    const publicLive = createClient({ url: `${t.url.replace('http', 'ws')}/public/graphql`, webSocketImpl: WebSocket, lazy: false });
    const seen: Array<{ kind: string; meeting: Meeting }> = [];
    const done = new Promise<void>((resolve, reject) => {
      publicLive.subscribe<{ publicMeetingLive: { kind: string; meeting: Meeting } }>(
        { query: `subscription($id: ID!) { publicMeetingLive(meetingId: $id) { kind meeting { ${MEETING} } } }`, variables: { id: meeting.id } },
        {
          next: (r) => {
            if (r.data) seen.push(r.data.publicMeetingLive);
            if (r.data?.publicMeetingLive.kind === 'voteClosed') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));

    const motionId = await motionOn(meeting.items[0].id);
    expect((await vote('chair', motionId, 'FOR')).body.data?.castVote.choice).toBe('FOR');
    expect((await vote('member', motionId, 'AGAINST')).body.errors).toBeUndefined();
    // A member may change the vote until the vote closes.
    expect((await vote('member', motionId, 'FOR')).body.errors).toBeUndefined();
    expect((await vote('member2', motionId, 'ABSTAIN')).body.errors).toBeUndefined();
    // The secretary is not a member and has no vote.
    expect((await call(secretary, `mutation($i: CastVoteInput!) { castVote(input: $i) { choice } }`, { i: { motionId, choice: 'FOR' } })).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const closed = await ok<{ closeVote: Meeting }>(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { ${MEETING} } }`, { id: motionId });
    const motion = closed.closeVote.items[0].motions[0];
    expect(motion.state).toBe('CLOSED');
    expect(motion.result).toMatchObject({ for: 2, against: 0, abstain: 1, adopted: false, required: 6 });
    expect(motion.result?.explanation).toMatch(/^Решение не принято: за — 2, против — 0, воздержались — 1/);
    expect(motion.votes.map((v) => [v.fullName, v.choice])).toEqual(
      expect.arrayContaining([
        ['Бауыржан Есенов', 'FOR'],
        ['Нина Васильевна Орлова', 'FOR'],
        ['Айжан Маратқызы Нұрланова', 'ABSTAIN'],
      ]),
    );
    // After the close, a vote is refused with a clear message.
    const late = await vote('member3', motionId, 'FOR');
    expect(late.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/Голосование по этому проекту не открыто/) });

    await done;
    publicLive.dispose();
    expect(seen.map((e) => e.kind)).toEqual(expect.arrayContaining(['voteOpened', 'vote', 'voteClosed']));
    expect(seen.at(-1)?.meeting.items[0].motions[0].result?.for).toBe(2);

    // The portal reads the same record by council and number.
    const pub = await t.gql<{ publicMeeting: Meeting }>(`query($n: Int!) { publicMeeting(slug: "kokshetau", number: $n) { ${MEETING} } }`, { n: meeting.number }, PUBLIC);
    expect(pub.body.data?.publicMeeting.items[0].motions[0].votes).toHaveLength(3);
  });

  it('refuses to open a vote without quorum and says why, with the legal basis', async () => {
    const meeting = await runningMeeting(1, 10);
    const motionId = await motionOn(meeting.items[0].id, false);
    for (const locale of ['ru', 'kk', 'en']) {
      const res = await call(secretary, `mutation($id: ID!) { openVote(motionId: $id) { id } }`, { id: motionId }, locale);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', ruleCode: 'meetings.quorum', present: 10, required: 11, totalMembers: 16 });
      expect(String(res.body.errors?.[0]?.extensions?.['basis'])).toMatch(/13/);
    }
    const ru = await call(secretary, `mutation($id: ID!) { openVote(motionId: $id) { id } }`, { id: motionId });
    expect(ru.body.errors?.[0]?.message).toMatch(/^Голосование не открыто\. Кворума нет: присутствуют 10 из 16, требуется не менее 11/);
  });

  it('keeps one vote per member per motion under 200 concurrent castVote calls', async () => {
    const meeting = await runningMeeting(1, 11);
    const motionId = await motionOn(meeting.items[0].id);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => vote('member', motionId, i % 2 ? 'FOR' : 'AGAINST')));
    for (const r of results) {
      expect(r.status).toBeLessThan(500);
      if (r.body.errors) expect(r.body.errors[0]?.extensions?.['code']).toBe('CONFLICT');
      else expect(['FOR', 'AGAINST']).toContain(r.body.data?.castVote.choice);
    }
    expect(results.filter((r) => !r.body.errors).length).toBeGreaterThan(150);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM vote WHERE motion_id = $1', [motionId]);
    expect(rows.rows[0].n).toBe(1);
    // The database refuses a second row by itself (the upsert relies on the constraint).
    await expect(db.query(`INSERT INTO vote (motion_id, person_id, choice, cast_at) SELECT motion_id, person_id, 'for', now() FROM vote WHERE motion_id = $1`, [motionId])).rejects.toThrow(/UQ_vote_motion_person/);
  });

  it('accepts no vote after the close, whatever the interleaving', async () => {
    const meeting = await runningMeeting(1, 11);
    for (let round = 0; round < 5; round++) {
      const motionId = await motionOn(meeting.items[0].id);
      const voters = ['chair', 'member', 'member2', 'member3'];
      const [closeRes, ...votes] = await Promise.all([
        call(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { id } }`, { id: motionId }),
        ...voters.flatMap((v) => [vote(v, motionId, 'FOR'), vote(v, motionId, 'AGAINST')]),
      ]);
      expect(closeRes.body.errors).toBeUndefined();
      for (const v of votes) if (v.body.errors) expect(v.body.errors[0]?.extensions?.['code']).toBe('CONFLICT');
      const {
        rows: [{ n, closed_at, last }],
      } = await db.query<{ n: number; closed_at: Date; last: Date | null }>(
        `SELECT (SELECT count(*)::int FROM vote WHERE motion_id = $1) AS n, m.closed_at,
                (SELECT max(GREATEST(cast_at, COALESCE(changed_at, cast_at))) FROM vote WHERE motion_id = $1) AS last
           FROM motion m WHERE m.id = $1`,
        [motionId],
      );
      const {
        rows: [{ result }],
      } = await db.query<{ result: { for: number; against: number; abstain: number } }>('SELECT result FROM motion WHERE id = $1', [motionId]);
      expect(result.for + result.against + result.abstain).toBe(n);
      if (last) expect(new Date(last).getTime()).toBeLessThanOrEqual(new Date(closed_at).getTime());
      // and the database itself refuses a late vote, new or changed (when the close won every race, there is none to change)
      const voter = (await db.query<{ person_id: string }>(`SELECT person_id FROM attendance WHERE meeting_id = $1 AND status <> 'absent' LIMIT 1`, [meeting.id])).rows[0];
      await expect(
        db.query(`INSERT INTO vote (motion_id, person_id, choice, cast_at) VALUES ($1, $2, 'for', now()) ON CONFLICT ON CONSTRAINT "UQ_vote_motion_person" DO UPDATE SET choice = 'abstain'`, [
          motionId,
          voter?.person_id,
        ]),
      ).rejects.toThrow(/not open/);
      if (n > 0) await expect(db.query(`UPDATE vote SET choice = 'abstain' WHERE motion_id = $1`, [motionId])).rejects.toThrow(/not open/);
    }
  });

  it('recuses a member who declares a conflict; the declaration is public', async () => {
    const meeting = await runningMeeting(1, 11);
    const motionId = await motionOn(meeting.items[0].id);
    expect((await vote('member3', motionId, 'FOR')).body.errors).toBeUndefined();
    await ok(members['member3'], `mutation($i: DeclareConflictInput!) { declareConflict(input: $i) }`, { i: { itemId: meeting.items[0].id, reason: 'Работаю в подрядной организации' } });
    const refused = await vote('member3', motionId, 'FOR');
    expect(refused.body.errors?.[0]?.message).toMatch(/конфликте интересов/);
    await ok(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { id } }`, { id: motionId });
    const pub = await t.gql<{ publicMeeting: Meeting }>(`query($n: Int!) { publicMeeting(slug: "kokshetau", number: $n) { ${MEETING} } }`, { n: meeting.number }, PUBLIC);
    const item = pub.body.data?.publicMeeting.items[0];
    expect(item?.conflicts).toHaveLength(1);
    expect(item?.motions[0].votes).toHaveLength(0);
    expect(item?.motions[0].result).toMatchObject({ recused: 1, for: 0 });
  });

  it('changes a closed result only through a recorded correction', async () => {
    const meeting = await runningMeeting(1, 11);
    const motionId = await motionOn(meeting.items[0].id);
    await vote('chair', motionId, 'FOR');
    await ok(secretary, `mutation($id: ID!) { closeVote(motionId: $id) { id } }`, { id: motionId });
    await expect(db.query(`UPDATE motion SET result = jsonb_set(result, '{for}', '9') WHERE id = $1`, [motionId])).rejects.toThrow(/recorded correction/);
    await expect(db.query(`UPDATE motion SET state = 'open' WHERE id = $1`, [motionId])).rejects.toThrow(/cannot be reopened/);
    await expect(db.query(`DELETE FROM motion WHERE id = $1`, [motionId])).rejects.toThrow(/part of the record/);
    const fixed = await ok<{ correctVoteResult: Meeting }>(
      secretary,
      `mutation($i: CorrectResultInput!) { correctVoteResult(input: $i) { ${MEETING} } }`,
      { i: { motionId, for: 8, against: 1, abstain: 0, reason: 'Голоса трёх членов, голосовавших онлайн, не были учтены' } },
    );
    expect(fixed.correctVoteResult.items[0].motions[0].result).toMatchObject({ for: 8, adopted: true, corrections: 1 });
    const corrections = await db.query<{ seq: number; reason: string }>('SELECT seq, reason FROM motion_correction WHERE motion_id = $1', [motionId]);
    expect(corrections.rows).toEqual([{ seq: 1, reason: expect.stringMatching(/онлайн/) }]);
  });

  it('refuses an announcement without an agenda, and a public hearing at short notice (hard rule)', async () => {
    const soon = '2026-12-01T10:00:00+05:00';
    const c = await ok<{ createMeeting: { id: string } }>(secretary, `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`, {
      i: { councilId, type: 'PUBLIC_HEARING', startsAt: soon },
    });
    const empty = await call(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id: c.createMeeting.id });
    expect(empty.body.errors?.[0]?.message).toMatch(/добавьте в повестку/);
    await ok(secretary, `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`, { i: { meetingId: c.createMeeting.id, title: { ru: 'Проект' }, category: 'DRAFT_REGULATION' } });
    const short = await call(secretary, `mutation($id: ID!) { announceMeeting(id: $id) { notified } }`, { id: c.createMeeting.id });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', ruleCode: 'publicHearing.notice' });
    expect(short.body.errors?.[0]?.message).toMatch(/Срок оповещения короче, чем требует закон.*не менее 10/);
    // A draft is never public.
    const list = await t.gql<{ publicMeetings: Array<{ id: string }> }>('{ publicMeetings(slug: "kokshetau") { id } }', {}, PUBLIC);
    expect(list.body.data?.publicMeetings.map((m) => m.id)).not.toContain(c.createMeeting.id);
  });

  it('reads the portal meeting in the same number of SQL statements with 3 and with 100 agenda items', async () => {
    const small = await runningMeeting(3, 11);
    const large = await runningMeeting(100, 11);
    const motionSmall = await motionOn(small.items[0].id);
    const motionLarge = await motionOn(large.items[0].id);
    await vote('chair', motionSmall, 'FOR');
    await vote('chair', motionLarge, 'FOR');
    // Live updates of the votes above are built after commit: let them finish before counting.
    await t.server.app.get(MeetingLive).idle();
    const read = (n: number) => t.countQueries(() => t.gql(`query($n: Int!) { publicMeeting(slug: "kokshetau", number: $n) { ${MEETING} } }`, { n }, PUBLIC));
    const a = await read(small.number);
    const b = await read(large.number);
    expect(b).toHaveLength(a.length);
    expect(a.length).toBeLessThanOrEqual(16);
  });

  it('lets members propose items and the secretary decline with a reason the proposer sees', async () => {
    const p = await ok<{ proposeAgendaItem: { id: string; source: string } }>(members['member'], `mutation($i: ProposeAgendaItemInput!) { proposeAgendaItem(input: $i) { id source } }`, {
      i: { councilId, title: 'Освещение улиц', description: 'Много тёмных улиц в микрорайоне Сарыарка', category: 'OWN_INITIATIVE' },
    });
    expect(p.proposeAgendaItem.source).toBe('MEMBER');
    const d = await ok<{ declineAgendaProposal: { status: string; declineReason: string } }>(
      secretary,
      `mutation($i: DeclineProposalInput!) { declineAgendaProposal(input: $i) { status declineReason } }`,
      { i: { proposalId: p.proposeAgendaItem.id, reason: 'Вопрос уже рассмотрен в сентябре' } },
    );
    expect(d.declineAgendaProposal).toEqual({ status: 'DECLINED', declineReason: 'Вопрос уже рассмотрен в сентябре' });
    const again = await call(secretary, `mutation($i: DeclineProposalInput!) { declineAgendaProposal(input: $i) { status } }`, { i: { proposalId: p.proposeAgendaItem.id, reason: 'x' } });
    expect(again.body.errors?.[0]?.message).toMatch(/уже рассмотрено/);
  });

  it('takes citizens’ comments only on open items, rate-limited, and shows them after moderation', async () => {
    const list = await t.gql<{ publicMeetings: Array<{ number: number; state: string }> }>('{ publicMeetings(slug: "kokshetau") { number state } }', {}, PUBLIC);
    const upcoming = list.body.data?.publicMeetings.find((m) => m.state === 'ANNOUNCED' && m.number === 4);
    expect(upcoming).toBeDefined();
    const m = await t.gql<{ publicMeeting: { items: Array<{ id: string; publicCommentsOpen: boolean }> } }>(
      '{ publicMeeting(slug: "kokshetau", number: 4) { items { id publicCommentsOpen } } }',
      {},
      PUBLIC,
    );
    const items = m.body.data?.publicMeeting.items ?? [];
    const open = items.find((i) => i.publicCommentsOpen)?.id;
    const closed = items.find((i) => !i.publicCommentsOpen)?.id;
    const submit = (itemId: string | undefined, body: string, ip = '203.0.113.7') =>
      t.gql<{ submitPublicComment: { id: string; status: string } }>(
        `mutation($i: PublicCommentInput!) { submitPublicComment(input: $i) { id status } }`,
        { i: { itemId, name: 'Жительница', body } },
        { ...PUBLIC, headers: { 'x-forwarded-for': ip } },
      );
    expect((await submit(closed, 'Комментарий')).body.errors?.[0]?.message).toMatch(/не открыт для комментариев/);
    const first = await submit(open, 'Прошу отчитаться о мерах по дорогам');
    expect(first.body.data?.submitPublicComment.status).toBe('PENDING');
    for (let i = 0; i < 6; i++) await submit(open, `Ещё ${i}`);
    const limited = await submit(open, 'Слишком много');
    expect(limited.body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    expect(limited.body.errors?.[0]?.message).toMatch(/Попробуйте через час/);
    const shownBefore = await t.gql<{ publicComments: unknown[] }>('query($id: ID!) { publicComments(itemId: $id) { body } }', { id: open }, PUBLIC);
    expect(shownBefore.body.data?.publicComments).toEqual([]);
    await ok(secretary, `mutation($i: ModerateCommentInput!) { moderatePublicComment(input: $i) { status } }`, {
      i: { commentId: first.body.data?.submitPublicComment.id, approve: true },
    });
    const shown = await t.gql<{ publicComments: Array<{ body: string }> }>('query($id: ID!) { publicComments(itemId: $id) { body } }', { id: open }, PUBLIC);
    expect(shown.body.data?.publicComments).toEqual([{ body: 'Прошу отчитаться о мерах по дорогам' }]);
  });
  it('stores agenda documents checked by their content, and serves them to the public once announced', async () => {
    const meeting = await runningMeeting(1, 11);
    const itemId = meeting.items[0].id;
    const upload = (body: Buffer, name: string, headers: Record<string, string> = { cookie: secretary, 'x-kenes-upload': '1' }) =>
      fetch(`${t.url}/files/agenda-items/${itemId}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), 'accept-language': 'ru', ...headers },
        body: new Uint8Array(body),
      });
    const pdf = samplePdf('Қала бюджеті 2027');
    const ok201 = await upload(pdf, 'Бюджет 2027.pdf');
    expect(ok201.status).toBe(201);
    const doc = (await ok201.json()) as { id: string; url: string; mediaType: string; fileName: string };
    expect(doc).toMatchObject({ mediaType: 'application/pdf', fileName: 'Бюджет 2027.pdf' });
    // Anyone may read it: the meeting is announced on a published council.
    const got = await fetch(`${t.url}${doc.url}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    // Opened in the browser under its own name, sandboxed, never sniffed, cached by anyone (it is public).
    expect([got.headers.get('content-disposition'), got.headers.get('content-security-policy'), got.headers.get('x-content-type-options'), got.headers.get('cache-control')]).toEqual([
      `inline; filename="______ 2027.pdf"; filename*=UTF-8''${encodeURIComponent('Бюджет 2027.pdf')}`,
      "default-src 'none'; sandbox",
      'nosniff',
      'public, max-age=3600',
    ]);
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    const pub = await t.gql<{ publicMeeting: { items: Array<{ documents: Array<{ url: string }> }> } }>(
      `query($n: Int!) { publicMeeting(slug: "kokshetau", number: $n) { items { documents { url } } } }`,
      { n: meeting.number },
      PUBLIC,
    );
    expect(pub.body.data?.publicMeeting.items[0].documents).toEqual([{ url: doc.url }]);
    // A renamed program is refused by its content, with a translated message and nothing stored.
    const exe = await upload(sampleExe(), 'протокол.pdf');
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as { error: { code: string; message: string } }).error.code).toBe('BAD_USER_INPUT');
    // No custom header (a cross-site form), no session, a member instead of the secretary: refused.
    expect((await upload(pdf, 'a.pdf', { cookie: secretary })).status).toBe(403);
    expect((await upload(pdf, 'a.pdf', { 'x-kenes-upload': '1' })).status).toBe(401);
    expect((await upload(pdf, 'a.pdf', { cookie: members['member'], 'x-kenes-upload': '1' })).status).toBe(403);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM agenda_document WHERE item_id = $1', [itemId]);
    expect(rows.rows[0].n).toBe(1);
    const missing = await fetch(`${t.url}/files/agenda-documents/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).not.toMatch(/at |\.ts|SELECT/);
  });
});
