import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { Client } from 'pg';
import { POPOLO_SCHEMA } from '@kenes/api/opendata';
import { ROOT, startTestServer, type TestServer } from '../support/test-server';

describe('feeds and open data: parsed by independent libraries, published record only', () => {
  let t: TestServer;
  let db: Client;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

  beforeAll(async () => {
    t = await startTestServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('publishes a council’s meetings as iCalendar (drafts never), in the language asked', async () => {
    const res = await get('/feeds/councils/kokshetau/meetings.ics?lang=kk');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent');
    const published = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM meeting m JOIN council c ON c.id = m.council_id WHERE c.slug = 'kokshetau' AND m.state <> 'draft'`);
    expect(events).toHaveLength(published.rows[0].n);
    expect(String(events[0]?.getFirstPropertyValue('summary'))).toMatch(/^Кезекті отырыс №1 — Көкшетау қаласының қоғамдық кеңесі$/);
    expect(String(events[0]?.getFirstPropertyValue('url'))).toMatch(/\/kk\/councils\/kokshetau\/meetings\/1$/);
  });

  it('publishes a body’s response deadlines as iCalendar', async () => {
    const body = (await db.query<{ id: string }>(`SELECT id FROM state_body WHERE name->>'en' = 'Akimat of Kokshetau'`)).rows[0].id;
    const res = await get(`/feeds/bodies/${body}/deadlines.ics?lang=ru`);
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual(['Срок ответа: №1 О 18 предложениях жителей со встречи акима с населением']);
    expect(String(events[0]?.getFirstPropertyValue('dtstart'))).toMatch(/^2026-04-13T04:00:00/);
  });

  it('publishes decisions as Atom and RSS that a feed reader parses', async () => {
    const parser = new Parser();
    const closed = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id
        WHERE c.slug = 'kokshetau' AND mo.state = 'closed'`,
    );
    for (const format of ['atom', 'rss']) {
      const res = await get(`/feeds/councils/kokshetau/decisions.${format}?lang=ru`);
      expect(res.status).toBe(200);
      const feed = await parser.parseString(await res.text());
      expect(feed.title).toBe('Общественный совет города Кокшетау — решения и рекомендации');
      expect(feed.items).toHaveLength(closed.rows[0].n);
      expect(feed.items.map((i) => i.title)).toContain('Принято: О льготах на проезд в общественном транспорте для отдельных категорий граждан');
    }
  });

  it('exports roll calls and obligations as CSV', async () => {
    const votes = parseCsv(await (await get('/open-data/councils/kokshetau/votes.csv?lang=ru')).text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    const count = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM vote v JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id WHERE c.slug = 'kokshetau'`,
    );
    expect(votes).toHaveLength(count.rows[0].n);
    expect(Object.keys(votes[0] ?? {})).toEqual(['meeting_number', 'meeting_date', 'item', 'motion_number', 'motion_kind', 'adopted', 'member', 'vote']);
    const obligations = parseCsv(await (await get('/open-data/councils/kokshetau/obligations.csv?lang=en')).text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(obligations.map((o) => o['state']).sort()).toEqual(['answered', 'answered', 'answered', 'escalated']);
  });

  it('exports the council as Popolo that validates against the published JSON Schema (the same as in docs)', async () => {
    const served = (await (await get('/open-data/schema/popolo-kenes.schema.json')).json()) as object;
    expect(served).toEqual(POPOLO_SCHEMA);
    expect(JSON.parse(readFileSync(join(ROOT, 'docs/open-data/popolo-kenes.schema.json'), 'utf8'))).toEqual(POPOLO_SCHEMA);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(served);
    for (const slug of ['kokshetau', 'almaty']) {
      const doc = (await (await get(`/open-data/councils/${slug}.json?lang=kk`)).json()) as Record<string, unknown[]>;
      expect(validate(doc) ? [] : validate.errors).toEqual([]);
      expect(doc['persons']?.length).toBeGreaterThan(10);
    }
    const k = (await (await get('/open-data/councils/kokshetau.json?lang=ru')).json()) as { 'kenes:recommendations': Array<{ obligations: Array<{ commitments: unknown[] }> }>; vote_events: unknown[] };
    expect(k['kenes:recommendations'][0]?.obligations[0]?.commitments).toHaveLength(18);
    expect(k.vote_events.length).toBeGreaterThan(0);
  });

  it('lists a jurisdiction’s councils with links to their exports', async () => {
    const j = (await (await get('/open-data/jurisdictions/KZ-AKM.json?lang=en')).json()) as { councils: Array<{ slug: string }> };
    expect(j.councils.map((c) => c.slug).sort()).toEqual(['akmola', 'kokshetau']);
  });

  it('answers with ETag and Cache-Control, and 304 when nothing changed', async () => {
    const first = await get('/open-data/councils/kokshetau.json');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await get('/open-data/councils/kokshetau.json', { 'if-none-match': etag })).status).toBe(304);
  });

  it('never reaches an unpublished council, a draft meeting or personal data', async () => {
    for (const path of ['/feeds/councils/kokshetau-youth-draft/meetings.ics', '/open-data/councils/kokshetau-youth-draft.json', '/open-data/councils/kokshetau-youth-draft/votes.csv']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toMatch(/SELECT|\.ts:|at Object/);
    }
    // A draft meeting of a published council, with a distinctive place.
    const council = (await db.query<{ id: string; convocation: string }>(
      `SELECT c.id, v.id AS convocation FROM council c JOIN convocation v ON v.council_id = c.id WHERE c.slug = 'kokshetau' AND v.starts_on <= '2026-12-20' AND v.ends_on > '2026-12-20'`,
    )).rows[0];
    await db.query(
      `INSERT INTO meeting (council_id, convocation_id, number, type, state, starts_at, place, revision) VALUES ($1, $2, 99, 'regular', 'draft', '2026-12-20T05:00:00Z', '{"ru": "СЕКРЕТНЫЙ ЧЕРНОВИК"}', 0)`,
      [council.id, council.convocation],
    );
    const everything = await Promise.all(
      [
        '/feeds/councils/kokshetau/meetings.ics',
        '/feeds/councils/kokshetau/decisions.atom',
        '/feeds/councils/kokshetau/decisions.rss',
        '/open-data/councils/kokshetau/votes.csv',
        '/open-data/councils/kokshetau/obligations.csv',
        '/open-data/councils/kokshetau.json?lang=ru',
        '/open-data/jurisdictions/KZ.json',
      ].map(async (p) => (await get(p)).text()),
    );
    const births = (await db.query<{ d: string }>(`SELECT birth_date::text AS d FROM person WHERE birth_date IS NOT NULL`)).rows.map((r) => r.d);
    const emails = (await db.query<{ e: string }>(`SELECT email AS e FROM user_account`)).rows.map((r) => r.e);
    for (const text of everything) {
      expect(text).not.toContain('СЕКРЕТНЫЙ ЧЕРНОВИК');
      expect(text).not.toContain('kokshetau-youth-draft');
      for (const d of births) expect(text).not.toContain(d);
      for (const e of emails) expect(text).not.toContain(e);
    }
  });
});
