import { Client } from 'pg';
import { pdfText as extract } from '../support/pdf-text';
import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };
const MIN = `id meetingId meetingNumber state dueOn currentVersion firstPublishedVersion text items { itemId position summary }
  versions { version kind reason } corrections { id state declineReason proposerName resultingVersion }
  signatures { role signerName version method } diffFromPrevious { op text } pdfUrl`;

interface Minutes {
  id: string;
  meetingId: string;
  meetingNumber: number;
  state: string;
  currentVersion: number;
  firstPublishedVersion: number | null;
  text: string[];
  items: Array<{ itemId: string; position: number; summary: string }>;
  versions: Array<{ version: number; kind: string; reason: string | null }>;
  corrections: Array<{ id: string; state: string; declineReason: string | null; proposerName: string; resultingVersion: number | null }>;
  signatures: Array<{ role: string; signerName: string; version: number; method: string }>;
  diffFromPrevious: Array<{ op: string; text: string }>;
  pdfUrl: string;
}

describe('minutes: generated, corrected, approved, signed, published, locked; PDF; annual report', () => {
  let t: TestServer;
  let db: Client;
  let secretary: string;
  let chair: string;
  let member: string;
  let councilId: string;
  let meetingId: string;
  let minutes: Minutes;

  const call = <T>(cookie: string, query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, { headers: { cookie: `${cookie}; lang=ru` } });
  const ok = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await call<T>(cookie, query, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  };

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    secretary = await t.signIn('secretary@kenes.demo');
    chair = await t.signIn('chair@kenes.demo');
    member = await t.signIn('member@kenes.demo');
    const councils = await ok<{ councils: { items: Array<{ id: string; slug: string }> } }>(secretary, '{ councils { items { id slug } } }');
    councilId = councils.councils.items.find((c) => c.slug === 'kokshetau')?.id as string;
    const closed = await db.query<{ id: string }>(`SELECT id FROM meeting WHERE council_id = $1 AND state = 'closed' ORDER BY number DESC LIMIT 1`, [councilId]);
    meetingId = closed.rows[0]?.id as string;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('generates the draft from the record of a closed meeting: attendance, quorum, counts, roll call', async () => {
    minutes = (await ok<{ generateMinutes: Minutes }>(secretary, `mutation($id: ID!) { generateMinutes(meetingId: $id) { ${MIN} } }`, { id: meetingId })).generateMinutes;
    expect(minutes).toMatchObject({ state: 'draft', currentVersion: 1 });
    const text = minutes.text.join('\n');
    expect(text).toContain('ПРОТОКОЛ');
    expect(text).toMatch(/Кворум: присутствовали \d+ из \d+/);
    expect(text).toMatch(/Итоги голосования: за — \d+/);
    const votes = await db.query<{ full_name: string }>(
      `SELECT p.full_name FROM vote v JOIN person p ON p.id = v.person_id JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item i ON i.id = mo.item_id WHERE i.meeting_id = $1 LIMIT 3`,
      [meetingId],
    );
    for (const v of votes.rows) expect(text).toContain(v.full_name);
    // Generating again with nothing new changes nothing.
    const again = (await ok<{ generateMinutes: Minutes }>(secretary, `mutation($id: ID!) { generateMinutes(meetingId: $id) { ${MIN} } }`, { id: meetingId })).generateMinutes;
    expect(again.currentVersion).toBe(1);
  });

  it('the secretary edits a summary; a member’s correction is accepted, another declined with the reason shown', async () => {
    const itemId = minutes.items[0]?.itemId as string;
    minutes = (
      await ok<{ editMinutes: Minutes }>(secretary, `mutation($i: EditMinutesInput!) { editMinutes(input: $i) { ${MIN} } }`, {
        i: { minutesId: minutes.id, summaries: [{ itemId, summary: 'Докладчик сообщил о ходе работы. Члены совета задали вопросы.' }] },
      })
    ).editMinutes;
    expect(minutes.currentVersion).toBe(2);
    expect(minutes.diffFromPrevious.some((d) => d.op === 'added' && d.text.includes('Члены совета задали вопросы'))).toBe(true);
    const propose = (text: string) =>
      ok<{ proposeMinutesCorrection: { id: string; state: string } }>(member, `mutation($i: ProposeMinutesCorrectionInput!) { proposeMinutesCorrection(input: $i) { id state } }`, {
        i: { minutesId: minutes.id, itemId, text, comment: 'уточнение' },
      });
    const accepted = (await propose('Докладчик сообщил о ходе работы. Члены совета задали вопросы о сроках ремонта.')).proposeMinutesCorrection;
    const declined = (await propose('Совет одобрил всё единогласно.')).proposeMinutesCorrection;
    minutes = (await ok<{ decideMinutesCorrection: Minutes }>(secretary, `mutation($i: DecideMinutesCorrectionInput!) { decideMinutesCorrection(input: $i) { ${MIN} } }`, { i: { correctionId: accepted.id, accept: true } }))
      .decideMinutesCorrection;
    expect(minutes.currentVersion).toBe(3);
    expect(minutes.items[0]?.summary).toContain('о сроках ремонта');
    const noReason = await call(secretary, `mutation($i: DecideMinutesCorrectionInput!) { decideMinutesCorrection(input: $i) { id } }`, { i: { correctionId: declined.id, accept: false } });
    expect(noReason.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    minutes = (
      await ok<{ decideMinutesCorrection: Minutes }>(secretary, `mutation($i: DecideMinutesCorrectionInput!) { decideMinutesCorrection(input: $i) { ${MIN} } }`, {
        i: { correctionId: declined.id, accept: false, reason: 'Голосование не было единогласным: см. поимённый список' },
      })
    ).decideMinutesCorrection;
    expect(minutes.currentVersion).toBe(3);
    // The proposer sees the decision and the reason.
    const seen = (await ok<{ minutesOfMeeting: Minutes }>(member, `query($id: ID!) { minutesOfMeeting(meetingId: $id) { ${MIN} } }`, { id: meetingId })).minutesOfMeeting;
    expect(seen.corrections.map((c) => [c.state, c.declineReason, c.resultingVersion])).toEqual([
      ['accepted', null, 3],
      ['declined', 'Голосование не было единогласным: см. поимённый список', null],
    ]);
    // A member attaches a dissenting opinion: a new version carrying it.
    minutes = (await ok<{ attachDissent: Minutes }>(member, `mutation($i: AttachDissentInput!) { attachDissent(input: $i) { ${MIN} } }`, { i: { minutesId: minutes.id, itemId, text: 'Считаю сроки нереальными.' } })).attachDissent;
    expect(minutes.currentVersion).toBe(4);
    expect(minutes.text.join('\n')).toContain('ОСОБЫЕ МНЕНИЯ');
  });

  it('the chair approves and signs, the secretary signs, publication locks the minutes and the meeting is published', async () => {
    const early = await call(secretary, `mutation($id: ID!) { publishMinutes(minutesId: $id) { id } }`, { id: minutes.id });
    expect(early.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const byMember = await call(member, `mutation($i: ApproveMinutesInput!) { approveMinutes(input: $i) { id } }`, { i: { minutesId: minutes.id } });
    expect(byMember.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    minutes = (await ok<{ approveMinutes: Minutes }>(chair, `mutation($i: ApproveMinutesInput!) { approveMinutes(input: $i) { ${MIN} } }`, { i: { minutesId: minutes.id } })).approveMinutes;
    expect(minutes.state).toBe('approved');
    const unsigned = await call(secretary, `mutation($id: ID!) { publishMinutes(minutesId: $id) { id } }`, { id: minutes.id });
    expect(unsigned.body.errors?.[0]?.message).toMatch(/подписи председателя и секретаря/);
    await ok(secretary, `mutation($id: ID!) { signMinutes(minutesId: $id) { id } }`, { id: minutes.id });
    minutes = (await ok<{ publishMinutes: Minutes }>(secretary, `mutation($id: ID!) { publishMinutes(minutesId: $id) { ${MIN} } }`, { id: minutes.id })).publishMinutes;
    expect(minutes).toMatchObject({ state: 'published', firstPublishedVersion: 4 });
    expect(minutes.signatures.map((s) => [s.role, s.version, s.method])).toEqual([
      ['chair', 4, 'simple'],
      ['secretary', 4, 'simple'],
    ]);
    expect(minutes.signatures.every((s) => s.signerName.length > 0)).toBe(true);
    const meeting = await db.query<{ state: string }>('SELECT state FROM meeting WHERE id = $1', [meetingId]);
    expect(meeting.rows[0]?.state).toBe('published');
  });

  it('refuses every edit of published minutes through the API and in the database', async () => {
    const itemId = minutes.items[0]?.itemId as string;
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      [secretary, `mutation($id: ID!) { generateMinutes(meetingId: $id) { id } }`, { id: meetingId }],
      [secretary, `mutation($i: EditMinutesInput!) { editMinutes(input: $i) { id } }`, { i: { minutesId: minutes.id, summaries: [{ itemId, summary: 'x' }] } }],
      [member, `mutation($i: ProposeMinutesCorrectionInput!) { proposeMinutesCorrection(input: $i) { id } }`, { i: { minutesId: minutes.id, itemId, text: 'x' } }],
      [member, `mutation($i: AttachDissentInput!) { attachDissent(input: $i) { id } }`, { i: { minutesId: minutes.id, text: 'x' } }],
      [chair, `mutation($i: ApproveMinutesInput!) { approveMinutes(input: $i) { id } }`, { i: { minutesId: minutes.id } }],
      [secretary, `mutation($id: ID!) { signMinutes(minutesId: $id) { id } }`, { id: minutes.id }],
      [secretary, `mutation($id: ID!) { publishMinutes(minutesId: $id) { id } }`, { id: minutes.id }],
    ];
    for (const [cookie, doc, vars] of attempts) {
      const res = await call(cookie, doc, vars);
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    }
    const declinedId = minutes.corrections[1]?.id;
    for (const sql of [
      [`UPDATE minutes_version SET document = '{}'::jsonb WHERE minutes_id = $1`, [minutes.id]],
      [`DELETE FROM minutes_version WHERE minutes_id = $1`, [minutes.id]],
      [`INSERT INTO minutes_version (minutes_id, version, kind, document, sha256) SELECT minutes_id, 99, 'edit', document, sha256 FROM minutes_version WHERE minutes_id = $1 AND version = 1`, [minutes.id]],
      [`UPDATE minutes SET state = 'draft', first_published_version = NULL WHERE id = $1`, [minutes.id]],
      [`UPDATE minutes SET current_version = 1 WHERE id = $1`, [minutes.id]],
      [`DELETE FROM minutes WHERE id = $1`, [minutes.id]],
      [`DELETE FROM minutes_signature WHERE minutes_id = $1`, [minutes.id]],
      [`UPDATE minutes_correction SET state = 'pending', decline_reason = NULL WHERE id = $1`, [declinedId]],
    ] as Array<[string, unknown[]]>) {
      await expect(db.query(sql[0], sql[1])).rejects.toMatchObject({ code: 'KN003' });
    }
  });

  it('a correction is a new published version; the portal shows every version and the diff', async () => {
    const itemId = minutes.items[0]?.itemId as string;
    minutes = (
      await ok<{ publishMinutesCorrection: Minutes }>(secretary, `mutation($i: PublishMinutesCorrectionInput!) { publishMinutesCorrection(input: $i) { ${MIN} } }`, {
        i: { minutesId: minutes.id, summaries: [{ itemId, summary: 'Докладчик сообщил о ходе работы. Члены совета задали вопросы о сроках ремонта дорог.' }], reason: 'Опечатка в кратком содержании' },
      })
    ).publishMinutesCorrection;
    expect(minutes).toMatchObject({ state: 'published', currentVersion: 5 });
    const res = await t.gql<{ publicMinutes: { versions: Array<{ version: number; reason: string | null; diff: Array<{ op: string; text: string }> }> } }>(
      `query($n: Int!) { publicMinutes(slug: "kokshetau", number: $n) { versions { version reason diff { op text } } pdfUrl } }`,
      { n: minutes.meetingNumber },
      { ...PUBLIC, headers: { 'x-kenes-locale': 'ru' } },
    );
    expect(res.body.errors).toBeUndefined();
    const versions = res.body.data?.publicMinutes.versions ?? [];
    expect(versions.map((v) => [v.version, v.reason])).toEqual([
      [4, null],
      [5, 'Опечатка в кратком содержании'],
    ]);
    expect(versions[0]?.diff).toEqual([]);
    expect(versions[1]?.diff.filter((d) => d.op !== 'same').map((d) => d.op)).toEqual(['removed', 'added']);
    expect(versions[1]?.diff.find((d) => d.op === 'added')?.text).toContain('ремонта дорог');
  });

  it('serves the minutes as a PDF (public once published) whose text holds Kazakh letters, counts and names', async () => {
    const pdfText = async (url: string) => {
      const res = await fetch(`${t.url}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect([res.headers.get('cache-control'), res.headers.get('content-disposition')]).toEqual(['public, max-age=300', expect.stringMatching(/^inline; filename="[a-z]+-\d+\.pdf"; filename\*=UTF-8''[a-z]+-\d+\.pdf$/)]);
      return extract(new Uint8Array(await res.arrayBuffer()));
    };
    const kk = await pdfText(`${minutes.pdfUrl}?lang=kk`);
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(kk).toContain(letter);
    expect(kk).toContain('ХАТТАМА');
    const ru = (await pdfText(`${minutes.pdfUrl}?lang=ru`)).replace(/\s+/g, ' ');
    const motion = await db.query<{ result: { for: number; against: number; abstain: number } }>(
      `SELECT mo.result FROM motion mo JOIN agenda_item i ON i.id = mo.item_id WHERE i.meeting_id = $1 AND mo.state = 'closed' ORDER BY i.position, mo.number LIMIT 1`,
      [meetingId],
    );
    const r = motion.rows[0]?.result;
    expect(ru).toContain(`за — ${r?.for}, против — ${r?.against}, воздержались — ${r?.abstain}`);
    const names = await db.query<{ full_name: string }>(`SELECT p.full_name FROM vote v JOIN person p ON p.id = v.person_id JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item i ON i.id = mo.item_id WHERE i.meeting_id = $1`, [meetingId]);
    for (const n of names.rows.slice(0, 5)) expect(ru).toContain(n.full_name);
    const html = await fetch(`${t.url}/files/minutes/${meetingId}.html?lang=kk`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('ХАТТАМА');
    const agenda = await pdfText(`/files/agenda/${meetingId}.pdf?lang=kk`);
    expect(agenda).toContain('КҮН ТӘРТІБІ');
  });

  it('keeps a draft’s PDF for those who may read the council', async () => {
    const other = await db.query<{ id: string }>(`SELECT id FROM meeting WHERE council_id = $1 AND state = 'closed' ORDER BY number LIMIT 1`, [councilId]);
    const id = other.rows[0]?.id as string;
    await ok(secretary, `mutation($id: ID!) { generateMinutes(meetingId: $id) { id } }`, { id });
    expect((await fetch(`${t.url}/files/minutes/${id}.pdf`)).status).toBe(401);
    const draft = await fetch(`${t.url}/files/minutes/${id}.pdf`, { headers: { cookie: secretary } });
    expect([draft.status, draft.headers.get('cache-control'), draft.headers.get('content-type')]).toEqual([200, 'private, no-store', 'application/pdf']);
  });

  it('generates the annual report of 2026 with figures from the record, approved and published', async () => {
    const REPORT = `state meetingsHeld meetingsRequired meetingsMinimumMet items recommendations onTimeRate commitments commitmentsExecuted executionRate
      attendance { name attended of } itemsByCategory { key count } bodies { name total answeredOnTime } compositionChanges { name change }`;
    const gen = (await ok<{ generateAnnualReport: Record<string, unknown> }>(secretary, `mutation($c: ID!) { generateAnnualReport(councilId: $c, year: 2026) { ${REPORT} } }`, { c: councilId }))
      .generateAnnualReport;
    const expected = await db.query<{ meetings: number; items: number; recs: number }>(
      `SELECT (SELECT count(*)::int FROM meeting WHERE council_id = $1 AND state IN ('closed','minutesApproved','published') AND extract(year FROM starts_at AT TIME ZONE 'Asia/Almaty') = 2026) AS meetings,
              (SELECT count(*)::int FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE m.council_id = $1 AND m.state IN ('closed','minutesApproved','published') AND extract(year FROM m.starts_at AT TIME ZONE 'Asia/Almaty') = 2026) AS items,
              (SELECT count(*)::int FROM recommendation WHERE council_id = $1 AND extract(year FROM adopted_on) = 2026) AS recs`,
      [councilId],
    );
    expect(gen).toMatchObject({ state: 'draft', meetingsHeld: expected.rows[0]?.meetings, meetingsRequired: 4, items: expected.rows[0]?.items, recommendations: expected.rows[0]?.recs });
    // The seeded year of Kokshetau (DEMO-DATA.md): three quarterly meetings held of the four required, seven items,
    // three recommendations; the akim's 18 measures (11 executed) and the transport department's 2 (1 executed).
    expect(gen).toMatchObject({ meetingsHeld: 3, meetingsMinimumMet: false, items: 7, recommendations: 3, commitments: 20, commitmentsExecuted: 12, executionRate: 0.6 });
    const bodies = gen['bodies'] as Array<{ name: string; total: number; answeredOnTime: number }>;
    expect(bodies.map((b) => [b.total, b.answeredOnTime]).sort()).toEqual([
      [1, 0],
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
    await ok(chair, `mutation($c: ID!) { approveAnnualReport(councilId: $c, year: 2026) { state } }`, { c: councilId });
    await ok(secretary, `mutation($c: ID!) { publishAnnualReport(councilId: $c, year: 2026) { state } }`, { c: councilId });
    const again = await call(secretary, `mutation($c: ID!) { generateAnnualReport(councilId: $c, year: 2026) { state } }`, { c: councilId });
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    // Each step of the report is in the audit log, with who took it (the refused one is not).
    const audit = await db.query<{ action: string; actor: string | null; year: number }>(
      `SELECT e.action, u.email AS actor, (e.data->>'year')::int AS year FROM audit_event e LEFT JOIN user_account u ON u.id = e.actor_id
        WHERE e.entity_type = 'annual_report' AND e.data->>'councilId' = $1 ORDER BY e.id`,
      [councilId],
    );
    expect(audit.rows.map((r) => [r.action, r.year])).toEqual([
      ['annualReport.generated', 2026],
      ['annualReport.approved', 2026],
      ['annualReport.published', 2026],
    ]);
    expect(audit.rows.every((r) => r.actor !== null)).toBe(true);
    await expect(db.query(`UPDATE annual_report SET summary = 'x' WHERE council_id = $1`, [councilId])).rejects.toMatchObject({ code: 'KN003' });
    const pub = await t.gql<{ publicAnnualReport: { meetingsHeld: number; pdfUrl: string } }>(`{ publicAnnualReport(slug: "kokshetau", year: 2026) { meetingsHeld pdfUrl } }`, {}, PUBLIC);
    expect(pub.body.data?.publicAnnualReport.meetingsHeld).toBe(expected.rows[0]?.meetings);
    const pdf = await fetch(`${t.url}${pub.body.data?.publicAnnualReport.pdfUrl}?lang=kk`);
    expect(pdf.status).toBe(200);
    const text = await extract(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('ЖЫЛДЫҚ ЕСЕП 2026');
  });
});
