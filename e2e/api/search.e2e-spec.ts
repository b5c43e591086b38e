import { Client } from 'pg';
import { startTestServer, type TestServer } from '../support/test-server';

const PUBLIC = { path: '/public/graphql' };
const SEARCH = `query($q: String!, $slug: String, $body: ID, $from: String, $to: String, $kinds: [SearchKind!]) {
  searchRecord(query: $q, councilSlug: $slug, bodyId: $body, from: $from, to: $to, kinds: $kinds) {
    total hits { kind councilSlug meetingNumber recommendationNumber date title path snippet { text match } } } }`;

interface Results {
  searchRecord: {
    total: number;
    hits: Array<{ kind: string; councilSlug: string; meetingNumber: number | null; recommendationNumber: number | null; date: string; title: string; path: string; snippet: Array<{ text: string; match: boolean }> }>;
  };
}

describe('search across agenda items, decisions and recommendations', () => {
  let t: TestServer;
  let db: Client;
  const search = async (variables: Record<string, unknown>, lang = 'ru') => {
    const res = await t.gql<Results>(SEARCH, variables, { ...PUBLIC, headers: { cookie: `lang=${lang}` } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data?.searchRecord as Results['searchRecord'];
  };

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('finds Russian words in any form (stemming) and marks them in plain-text snippets', async () => {
    const r = await search({ q: 'льгота' });
    expect(r.total).toBeGreaterThanOrEqual(3);
    expect(r.hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['AGENDA_ITEM', 'DECISION', 'RECOMMENDATION']));
    // The June item, and the December follow-up on the announced meeting №4.
    expect(r.hits.filter((h) => h.kind === 'AGENDA_ITEM').map((h) => h.meetingNumber).sort()).toEqual([2, 4]);
    const item = r.hits.find((h) => h.kind === 'AGENDA_ITEM' && h.meetingNumber === 2);
    expect(item).toMatchObject({ councilSlug: 'kokshetau', meetingNumber: 2, path: '/councils/kokshetau/meetings/2', date: '2026-06-11' });
    expect(item?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['льготах']);
    const rec = r.hits.find((h) => h.kind === 'RECOMMENDATION');
    expect(rec?.path).toBe(`/councils/kokshetau/recommendations/${rec?.recommendationNumber}`);
    // ts_headline would start it at «льготах», dropping the «О» of the title.
    expect(rec?.snippet.map((p) => p.text).join('')).toMatch(/^О льготах на проезд/);
  });

  it('starts every snippet at a sentence, or says with an ellipsis that it starts later, never inside a word', async () => {
    for (const [q, lang] of [['льгота OR бюджет OR помощь OR план', 'ru'], ['жеңілдіктер', 'kk'], ['budget OR assistance', 'en']]) {
      const r = await search({ q }, lang);
      expect(r.hits.length).toBeGreaterThan(0);
      for (const hit of r.hits) {
        const text = hit.snippet.map((p) => p.text).join('');
        expect([hit.title, text]).toEqual([hit.title, expect.stringMatching(/^(\p{Lu}|«|\d|… [\p{L}\d«])/u)]);
        expect(text).not.toMatch(/ … $|\s{2}/);
        expect(hit.snippet.some((p) => p.match)).toBe(true);
      }
    }
  });

  it('finds Kazakh words as written, and answers in the language asked', async () => {
    const r = await search({ q: 'жеңілдіктер', kinds: ['AGENDA_ITEM'] }, 'kk');
    expect(r.hits.map((h) => h.title).sort()).toEqual(['Азаматтардың жекелеген санаттарына қоғамдық көліктегі жеңілдіктер', 'Қоғамдық көліктегі жеңілдіктер туралы ұсынымның орындалуы']);
    for (const hit of r.hits) expect(hit.snippet.some((p) => p.match && p.text === 'жеңілдіктер')).toBe(true);
  });

  it('filters by council, body and dates', async () => {
    expect((await search({ q: 'льгота', slug: 'almaty' })).total).toBe(0);
    const social = (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' LIKE '%Social Programmes%'`)).rows[0].id;
    const bySocial = await search({ q: 'социальной помощи', body: social });
    expect(bySocial.hits.length).toBeGreaterThan(0);
    expect((await search({ q: 'льгота', body: social })).total).toBe(0);
    expect((await search({ q: 'льгота', from: '2026-07-01', to: '2026-11-30' })).total).toBe(0);
    expect((await search({ q: 'льгота', from: '2026-12-01' })).hits.map((h) => h.meetingNumber)).toEqual([4]);
    expect((await search({ q: 'льгота', from: '2026-06-01', to: '2026-06-30' })).total).toBeGreaterThan(0);
    const bad = await t.gql(SEARCH, { q: 'льгота', from: '2026-13-40' }, PUBLIC);
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('never finds drafts or unpublished councils', async () => {
    const c = (await db.query<{ id: string; v: string }>(
      `SELECT c.id, v.id AS v FROM council c JOIN convocation v ON v.council_id = c.id WHERE c.slug = 'kokshetau' AND v.ends_on > '2026-12-20' AND v.starts_on <= '2026-12-20'`,
    )).rows[0];
    const m = await db.query<{ id: string }>(
      `INSERT INTO meeting (council_id, convocation_id, number, type, state, starts_at, revision) VALUES ($1, $2, 98, 'regular', 'draft', '2026-12-20T05:00:00Z', 0) RETURNING id`,
      [c.id, c.v],
    );
    await db.query(`INSERT INTO agenda_item (meeting_id, position, title, category, source) VALUES ($1, 1, '{"ru": "Секретнейший вопрос черновика"}', 'other', 'secretary')`, [m.rows[0].id]);
    expect((await search({ q: 'секретнейший' })).total).toBe(0);
  });

  it('runs the same two statements however much there is to find', async () => {
    const few = await t.countQueries(() => t.gql(SEARCH, { q: 'жители' }, PUBLIC));
    const many = await t.countQueries(() => t.gql(SEARCH, { q: 'льгота OR бюджет OR помощь OR план' }, PUBLIC));
    expect(many).toHaveLength(few.length);
    expect(few).toHaveLength(2);
  });
});
