import { Injectable } from '@nestjs/common';
import { TransactionalConnection, type LocalizedValue, type RequestContext } from '@kenes/api/core';

export interface CouncilRow {
  id: string;
  slug: string;
  name: LocalizedValue;
  level: string;
  host_body_id: string;
  jurisdiction_code: string;
  published_at: Date;
}

/**
 * The published record, read for feeds and exports. Every query starts from a published council
 * and skips drafts: nothing here can reach what the public endpoint cannot. Each kind of row is
 * read once per council, never once per meeting or recommendation.
 */
@Injectable()
export class OpenDataRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private q<T>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager(ctx).query(sql, params);
  }

  async council(ctx: RequestContext, slug: string): Promise<CouncilRow | null> {
    const rows = await this.q<CouncilRow>(
      ctx,
      `SELECT c.id, c.slug, c.name, c.level, c.host_body_id, j.code AS jurisdiction_code, c.published_at
         FROM council c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE c.slug = $1 AND c.published_at IS NOT NULL`,
      [slug],
    );
    return rows[0] ?? null;
  }

  councilsOfJurisdiction(ctx: RequestContext, code: string) {
    return this.q<CouncilRow & { meetings: string; recommendations: string }>(
      ctx,
      `WITH RECURSIVE down AS (
         SELECT id FROM jurisdiction WHERE code = $1
         UNION ALL SELECT j.id FROM jurisdiction j JOIN down ON j.parent_id = down.id)
       SELECT c.id, c.slug, c.name, c.level, c.host_body_id, j.code AS jurisdiction_code, c.published_at,
              (SELECT count(*) FROM meeting m WHERE m.council_id = c.id AND m.state <> 'draft') AS meetings,
              (SELECT count(*) FROM recommendation r WHERE r.council_id = c.id) AS recommendations
         FROM council c JOIN jurisdiction j ON j.id = c.jurisdiction_id
        WHERE c.published_at IS NOT NULL AND c.jurisdiction_id IN (SELECT id FROM down)
        ORDER BY c.slug`,
      [code],
    );
  }

  bodies(ctx: RequestContext, councilId: string) {
    return this.q<{ id: string; name: LocalizedValue; kind: string; parent_id: string | null }>(
      ctx,
      `SELECT DISTINCT b.id, b.name, b.kind, b.parent_id FROM state_body b
        WHERE b.id = (SELECT host_body_id FROM council WHERE id = $1)
           OR b.id IN (SELECT o.body_id FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id WHERE r.council_id = $1)
           OR b.id IN (SELECT a.state_body_id FROM motion_addressee a JOIN motion mo ON mo.id = a.motion_id JOIN agenda_item i ON i.id = mo.item_id
                        JOIN meeting m ON m.id = i.meeting_id WHERE m.council_id = $1 AND m.state <> 'draft')`,
      [councilId],
    );
  }

  /** Names, roles and categories only: the composition the portal shows (no birth dates, no contacts). */
  memberships(ctx: RequestContext, councilId: string) {
    return this.q<{ id: string; person_id: string; full_name: string; role: string; category: LocalizedValue; state_linked: boolean; starts_on: string; ends_on: string | null; end_reason: string | null }>(
      ctx,
      `SELECT ms.id, ms.person_id, p.full_name, ms.role, cat.name AS category, cat.state_linked, ms.starts_on::text, ms.ends_on::text, ms.end_reason
         FROM membership ms JOIN convocation v ON v.id = ms.convocation_id JOIN person p ON p.id = ms.person_id
         JOIN affiliation_category cat ON cat.id = ms.category_id
        WHERE v.council_id = $1 ORDER BY ms.starts_on, p.full_name, ms.id`,
      [councilId],
    );
  }

  meetings(ctx: RequestContext, councilId: string) {
    return this.q<{ id: string; number: number; type: string; state: string; starts_at: Date; ends_at: Date | null; place: LocalizedValue | null; online_url: string | null; cancel_reason: string | null; announced_at: Date | null; revision: number }>(
      ctx,
      `SELECT id, number, type, state, starts_at, ends_at, place, online_url, cancel_reason, announced_at, revision
         FROM meeting WHERE council_id = $1 AND state <> 'draft' ORDER BY starts_at, number`,
      [councilId],
    );
  }

  motions(ctx: RequestContext, councilId: string) {
    return this.q<{
      id: string;
      meeting_id: string;
      item_title: LocalizedValue;
      item_position: number;
      number: number;
      kind: string;
      text: string;
      points: string[];
      state: string;
      opened_at: Date | null;
      closed_at: Date | null;
      result: { for: number; against: number; abstain: number; recused: number; adopted: boolean } | null;
    }>(
      ctx,
      `SELECT mo.id, m.id AS meeting_id, i.title AS item_title, i.position AS item_position, mo.number, mo.kind, mo.text, mo.points, mo.state, mo.opened_at, mo.closed_at, mo.result
         FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id
        WHERE m.council_id = $1 AND m.state <> 'draft' AND mo.state <> 'draft'
        ORDER BY m.starts_at, i.position, mo.number`,
      [councilId],
    );
  }

  votes(ctx: RequestContext, councilId: string) {
    return this.q<{ motion_id: string; person_id: string; full_name: string; choice: string }>(
      ctx,
      `SELECT v.motion_id, v.person_id, p.full_name, v.choice
         FROM vote v JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id JOIN person p ON p.id = v.person_id
        WHERE m.council_id = $1 AND m.state <> 'draft' AND mo.state = 'closed'
        ORDER BY m.starts_at, i.position, mo.number, p.full_name`,
      [councilId],
    );
  }

  recommendations(ctx: RequestContext, councilId: string) {
    return this.q<{ id: string; number: number; motion_id: string; title: LocalizedValue; text: string; adopted_on: string; document_type: string; points: Array<{ number: number; text: string }> }>(
      ctx,
      `SELECT r.id, r.number, r.motion_id, r.title, r.text, r.adopted_on::text, r.document_type,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('number', p.number, 'text', p.text) ORDER BY p.number) FROM recommendation_point p WHERE p.recommendation_id = r.id), '[]') AS points
         FROM recommendation r WHERE r.council_id = $1 ORDER BY r.number`,
      [councilId],
    );
  }

  obligations(ctx: RequestContext, where: { councilId?: string; bodyId?: string }) {
    return this.q<{
      id: string;
      recommendation_id: string;
      recommendation_number: number;
      council_slug: string;
      title: LocalizedValue;
      body_id: string;
      body_name: LocalizedValue;
      lead: boolean;
      state: string;
      dispatched_on: string;
      due: string;
      answered_on: string | null;
      escalation_level: number;
      adequate: boolean | null;
    }>(
      ctx,
      `SELECT o.id, o.recommendation_id, r.number AS recommendation_number, c.slug AS council_slug, r.title, o.body_id, b.name AS body_name, o.lead, o.state,
              o.dispatched_on::text, o.due::text, o.answered_on::text, o.escalation_level, o.adequate
         FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id JOIN council c ON c.id = r.council_id JOIN state_body b ON b.id = o.body_id
        WHERE c.published_at IS NOT NULL AND ($1::uuid IS NULL OR c.id = $1) AND ($2::uuid IS NULL OR o.body_id = $2)
        ORDER BY o.due, r.number, o.id`,
      [where.councilId ?? null, where.bodyId ?? null],
    );
  }

  answers(ctx: RequestContext, councilId: string) {
    return this.q<{ obligation_id: string; version: number; signed_at: Date; signed_by_name: string; point_number: number; verdict: string; scope: string | null; reasons: string | null; study_until: string | null }>(
      ctx,
      `SELECT a.obligation_id, a.version, a.signed_at, a.signed_by_name, p.number AS point_number, ap.verdict, ap.scope, ap.reasons, ap.study_until::text
         FROM obligation_answer a JOIN answer_point ap ON ap.answer_id = a.id JOIN recommendation_point p ON p.id = ap.point_id
         JOIN obligation o ON o.id = a.obligation_id JOIN recommendation r ON r.id = o.recommendation_id
        WHERE r.council_id = $1 AND a.state = 'signed' ORDER BY a.version, p.number`,
      [councilId],
    );
  }

  commitments(ctx: RequestContext, councilId: string) {
    return this.q<{ id: string; obligation_id: string; point_number: number; title: string; owner: string; due: string; state: string; done_on: string | null; evidence: Array<{ url?: string; fileId?: string }> }>(
      ctx,
      `SELECT c.id, c.obligation_id, p.number AS point_number, c.title, c.owner, c.due::text, c.state, c.done_on::text,
              COALESCE((SELECT jsonb_agg(e) FROM commitment_update u, jsonb_array_elements(u.evidence) e WHERE u.commitment_id = c.id AND u.kind = 'done'), '[]') AS evidence
         FROM commitment c JOIN recommendation_point p ON p.id = c.point_id JOIN recommendation r ON r.id = p.recommendation_id
        WHERE r.council_id = $1 ORDER BY r.number, p.number`,
      [councilId],
    );
  }

  trail(ctx: RequestContext, councilId: string) {
    return this.q<{ obligation_id: string; type: string; date: string }>(
      ctx,
      `SELECT e.obligation_id, e.type, e.date::text FROM obligation_event e JOIN obligation o ON o.id = e.obligation_id
         JOIN recommendation r ON r.id = o.recommendation_id WHERE r.council_id = $1 ORDER BY e.obligation_id, e.seq`,
      [councilId],
    );
  }

  async body(ctx: RequestContext, bodyId: string) {
    const rows = await this.q<{ id: string; name: LocalizedValue }>(ctx, 'SELECT id, name FROM state_body WHERE id = $1', [bodyId]);
    return rows[0] ?? null;
  }
}
