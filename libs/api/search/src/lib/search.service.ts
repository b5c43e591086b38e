import { Injectable } from '@nestjs/common';
import { DomainError, TransactionalConnection, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import { isIsoDate } from '@kenes/domain';
import { SearchKind, type SearchArgs, type SearchResults } from './search.models';
import { HEADLINE_OPTIONS, snippetParts } from './search-snippet';

/**
 * Full-text search over what the portal publishes: agenda items, decisions and recommendations of
 * published councils, never drafts. Russian words are stemmed, Kazakh ones matched as written
 * (`simple`), English stemmed; the documents are built by the `kenes_doc` function the indexes use.
 * Two statements per search (hits and total), whatever the data; snippets start at a sentence or
 * at least a word, with an ellipsis where text was cut (search-snippet.ts).
 */
@Injectable()
export class SearchService {
  constructor(private readonly connection: TransactionalConnection) {}

  async search(ctx: RequestContext, args: SearchArgs): Promise<SearchResults> {
    for (const [field, value] of [['from', args.from], ['to', args.to]] as const) {
      if (value !== undefined && !isIsoDate(value)) throw DomainError.badInput([{ path: field, messageKey: 'validation.invalid' }]);
    }
    const kinds = args.kinds?.length ? args.kinds : Object.values(SearchKind);
    const lang = ctx.locale;
    const params = [args.query, args.councilSlug ?? null, args.bodyId ?? null, args.from ?? null, args.to ?? null, kinds, lang];
    const union = `
      WITH q AS (SELECT websearch_to_tsquery('russian', $1) || websearch_to_tsquery('simple', $1) || websearch_to_tsquery('english', $1) AS q)
      SELECT * FROM (
        SELECT 'agendaItem' AS kind, i.id, c.slug, c.name AS council_name, m.number AS meeting_number, NULL::int AS recommendation_number,
               (m.starts_at AT TIME ZONE 'Asia/Almaty')::date::text AS date,
               i.title AS title, COALESCE(i.title->>$7, i.title->>'ru') AS body,
               ts_rank(kenes_doc(i.title->>'ru', i.title->>'kk', i.title->>'en'), q.q) AS rank
          FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id, q
         WHERE 'agendaItem' = ANY($6) AND c.published_at IS NOT NULL AND m.state <> 'draft'
           AND kenes_doc(i.title->>'ru', i.title->>'kk', i.title->>'en') @@ q.q
           AND ($2::text IS NULL OR c.slug = $2) AND ($3::uuid IS NULL OR i.related_body_id = $3)
           AND ($4::date IS NULL OR (m.starts_at AT TIME ZONE 'Asia/Almaty')::date >= $4::date) AND ($5::date IS NULL OR (m.starts_at AT TIME ZONE 'Asia/Almaty')::date <= $5::date)
        UNION ALL
        SELECT 'decision', mo.id, c.slug, c.name, m.number, NULL::int,
               (COALESCE(mo.closed_at, m.starts_at) AT TIME ZONE 'Asia/Almaty')::date::text,
               i.title, mo.text || ' ' || array_to_string(ARRAY(SELECT jsonb_array_elements_text(mo.points)), ' '),
               ts_rank(kenes_doc(mo.text || ' ' || mo.points::text, NULL, NULL), q.q)
          FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id JOIN council c ON c.id = m.council_id, q
         WHERE 'decision' = ANY($6) AND c.published_at IS NOT NULL AND m.state <> 'draft' AND mo.state <> 'draft'
           AND kenes_doc(mo.text || ' ' || mo.points::text, NULL, NULL) @@ q.q
           AND ($2::text IS NULL OR c.slug = $2)
           AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM motion_addressee a WHERE a.motion_id = mo.id AND a.state_body_id = $3))
           AND ($4::date IS NULL OR (m.starts_at AT TIME ZONE 'Asia/Almaty')::date >= $4::date) AND ($5::date IS NULL OR (m.starts_at AT TIME ZONE 'Asia/Almaty')::date <= $5::date)
        UNION ALL
        SELECT 'recommendation', r.id, c.slug, c.name, m.number, r.number, r.adopted_on::text,
               r.title, COALESCE(r.title->>$7, r.title->>'ru') || ' — ' || r.text,
               ts_rank(kenes_doc((r.title->>'ru') || ' ' || r.text, r.title->>'kk', r.title->>'en'), q.q)
          FROM recommendation r JOIN council c ON c.id = r.council_id JOIN meeting m ON m.id = r.meeting_id, q
         WHERE 'recommendation' = ANY($6) AND c.published_at IS NOT NULL
           AND kenes_doc((r.title->>'ru') || ' ' || r.text, r.title->>'kk', r.title->>'en') @@ q.q
           AND ($2::text IS NULL OR c.slug = $2)
           AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM obligation o WHERE o.recommendation_id = r.id AND o.body_id = $3))
           AND ($4::date IS NULL OR r.adopted_on >= $4::date) AND ($5::date IS NULL OR r.adopted_on <= $5::date)
      ) hits`;
    const m = this.connection.manager(ctx);
    const [rows, [{ total }]] = await Promise.all([
      m.query<Array<{ kind: SearchKind; id: string; slug: string; council_name: LocalizedValue; meeting_number: number | null; recommendation_number: number | null; date: string; title: LocalizedValue; body: string; headline: string }>>(
        `${union.replace('SELECT * FROM (', 'SELECT hits.*, ts_headline(CASE WHEN $7 = \'kk\' THEN \'simple\' WHEN $7 = \'en\' THEN \'english\' ELSE \'russian\' END::regconfig, hits.body, (SELECT q FROM q), $8) AS headline FROM (')}
         ORDER BY rank DESC, date DESC, id LIMIT ${args.limit} OFFSET ${args.offset}`,
        [...params, HEADLINE_OPTIONS],
      ),
      m.query<Array<{ total: number }>>(`${union.replace('SELECT * FROM (', 'SELECT count(*)::int AS total FROM (')}`, params),
    ]);
    return {
      total,
      hits: rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        councilSlug: r.slug,
        councilName: r.council_name,
        meetingNumber: r.meeting_number,
        recommendationNumber: r.recommendation_number,
        date: r.date,
        title: r.title[lang] || r.title.ru,
        snippet: snippetParts(r.headline, r.body),
        path: r.kind === SearchKind.RECOMMENDATION ? `/councils/${r.slug}/recommendations/${r.recommendation_number}` : `/councils/${r.slug}/meetings/${r.meeting_number}`,
      })),
    };
  }
}
