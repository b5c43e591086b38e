import { Injectable } from '@nestjs/common';
import { DomainError, TransactionalConnection, assertAllowed, jurisdictionPath, scopeFor, translate, type ApiMessageKey, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import { CouncilEntity, StateBodyEntity } from '@kenes/api/registry';
import { formatDate, formatMessage, isAfter, isIsoDate, responsivenessFigures, workingDaysBetween, type IsoDate } from '@kenes/domain';
import type { ObligationEntity } from './obligations.entities';
import type {
  BodyFigures,
  CommitmentStateEnum,
  InboxEntry,
  ObligationStateEnum,
  ObligationView,
  RecommendationSummary,
  RecommendationView,
  UpdateKindEnum,
  VerdictEnum,
} from './obligations.models';
import { ObligationsService } from './obligations.service';

type Row<T> = T & Record<string, unknown>;

export const evidenceUrl = (fileId: string): string => `/files/evidence/${fileId}`;

/**
 * Read models of recommendations: the public page (clock, trail, answers, commitments), the body's
 * inbox and its responsiveness figures. Each reads every kind of row once for all obligations.
 */
@Injectable()
export class ObligationsQueries {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly obligations: ObligationsService,
  ) {}

  /** The recommendation of a council by number. `publicView` hides unsigned drafts. */
  async recommendation(ctx: RequestContext, council: CouncilEntity, number: number, publicView: boolean): Promise<RecommendationView> {
    const m = this.connection.manager(ctx);
    const [rec]: Array<Row<{ id: string; number: number; title: LocalizedValue; text: string; adopted_on: string; document_type: string; meeting_number: number }>> = await m.query(
      `SELECT r.id, r.number, r.title, r.text, r.adopted_on::text, r.document_type, mt.number AS meeting_number
         FROM recommendation r JOIN meeting mt ON mt.id = r.meeting_id WHERE r.council_id = $1 AND r.number = $2`,
      [council.id, number],
    );
    if (!rec) throw DomainError.notFound('entity.recommendation');
    const q = <T>(sql: string): Promise<T[]> => m.query(sql, [rec.id]);
    const [points, obligations, trail, answers, answerPoints, commitments, updates] = await Promise.all([
      q<{ id: string; number: number; text: string }>('SELECT id, number, text FROM recommendation_point WHERE recommendation_id = $1 ORDER BY number'),
      q<Row<{ id: string; body_id: string; body_name: LocalizedValue }> & ObligationEntity>(
        `SELECT o.*, o.dispatched_on::text AS dispatched_on, o.due::text AS due, o.clock_start::text AS clock_start, o.clock_stopped_on::text AS clock_stopped_on,
                o.answered_on::text AS answered_on, o.last_event_on::text AS last_event_on, b.name AS body_name
           FROM obligation o JOIN state_body b ON b.id = o.body_id WHERE o.recommendation_id = $1 ORDER BY o.lead DESC, o.created_at`,
      ),
      q<{ obligation_id: string; type: string; date: string; data: Record<string, unknown>; actor_name: string | null }>(
        `SELECT e.obligation_id, e.type, e.date::text AS date, e.data, e.actor_name FROM obligation_event e JOIN obligation o ON o.id = e.obligation_id
          WHERE o.recommendation_id = $1 ORDER BY e.seq`,
      ),
      q<{ id: string; obligation_id: string; version: number; state: string; summary: string; signed_by_name: string | null; signed_at: Date | null }>(
        `SELECT a.id, a.obligation_id, a.version, a.state, a.summary, a.signed_by_name, a.signed_at FROM obligation_answer a JOIN obligation o ON o.id = a.obligation_id
          WHERE o.recommendation_id = $1 ORDER BY a.version`,
      ),
      q<{ answer_id: string; number: number; verdict: string; scope: string | null; reasons: string | null; study_until: string | null; commitment_owner: string | null; commitment_due: string | null }>(
        `SELECT ap.answer_id, p.number, ap.verdict, ap.scope, ap.reasons, ap.study_until::text, ap.commitment_owner, ap.commitment_due::text
           FROM answer_point ap JOIN recommendation_point p ON p.id = ap.point_id WHERE p.recommendation_id = $1 ORDER BY p.number`,
      ),
      q<{ id: string; obligation_id: string; number: number; title: string; owner: string; due: string; state: string; done_on: string | null }>(
        `SELECT c.id, c.obligation_id, p.number, c.title, c.owner, c.due::text, c.state, c.done_on::text FROM commitment c JOIN recommendation_point p ON p.id = c.point_id
          WHERE p.recommendation_id = $1 ORDER BY p.number`,
      ),
      q<{ commitment_id: string; kind: string; text: string; author_name: string; evidence: Array<{ fileId?: string; url?: string; fileName?: string }>; created_at: Date }>(
        `SELECT u.commitment_id, u.kind, u.text, u.author_name, u.evidence, u.created_at FROM commitment_update u JOIN commitment c ON c.id = u.commitment_id
           JOIN recommendation_point p ON p.id = c.point_id WHERE p.recommendation_id = $1 ORDER BY u.created_at`,
      ),
    ]);
    const today = this.obligations.today();
    const bodyNames = new Map<string, LocalizedValue>(obligations.map((o) => [o.body_id, o.body_name]));
    const views: ObligationView[] = obligations.map((o) => ({
      id: o.id,
      recommendationId: rec.id,
      body: { id: o.body_id, name: o.body_name },
      lead: o.lead,
      state: o.state as ObligationStateEnum,
      dispatchedOn: o['dispatched_on'] as string,
      due: o['due'],
      clockStoppedOn: (o['clock_stopped_on'] as string | null) ?? null,
      answeredOn: (o['answered_on'] as string | null) ?? null,
      escalationLevel: o['escalation_level'] as number,
      extendedWorkingDays: o['extended_working_days'] as number,
      adequate: (o['adequate']) ?? null,
      overdue: o.state === 'overdue' || o.state === 'escalated' || (!o['answered_on'] && !o['clock_stopped_on'] && isAfter(today, o['due'] as IsoDate)),
      dueExplanation: (o['explanation']).map((x) => formatMessage(x, ctx.locale)),
      trail: trail
        .filter((t) => t.obligation_id === o.id)
        .map((t) => ({
          type: t.type,
          date: t.date,
          text: this.trailText(ctx, t.type, t.data, bodyNames),
          grounds: typeof t.data['grounds'] === 'string' ? t.data['grounds'] : null,
          actorName: t.actor_name,
        })),
      answers: answers
        .filter((a) => a.obligation_id === o.id && (!publicView || a.state === 'signed'))
        .map((a) => ({
          id: a.id,
          version: a.version,
          state: a.state,
          summary: a.summary,
          signedByName: a.signed_by_name,
          signedAt: a.signed_at,
          points: answerPoints
            .filter((p) => p.answer_id === a.id)
            .map((p) => ({
              pointNumber: p.number,
              verdict: p.verdict as VerdictEnum,
              scope: p.scope,
              reasons: p.reasons,
              studyUntil: p.study_until,
              commitmentOwner: p.commitment_owner,
              commitmentDue: p.commitment_due,
            })),
        })),
      commitments: commitments
        .filter((c) => c.obligation_id === o.id)
        .map((c) => ({
          id: c.id,
          pointNumber: c.number,
          title: c.title,
          owner: c.owner,
          due: c.due,
          state: c.state as CommitmentStateEnum,
          doneOn: c.done_on,
          overdue: c.state !== 'done' && isAfter(today, c.due as IsoDate),
          updates: updates
            .filter((u) => u.commitment_id === c.id)
            .map((u) => ({
              kind: u.kind as UpdateKindEnum,
              text: u.text,
              authorName: u.author_name,
              createdAt: u.created_at,
              evidence: u.evidence.map((e) => ({ fileName: e.fileName ?? null, url: e.fileId ? evidenceUrl(e.fileId) : (e.url ?? '') })),
            })),
        })),
    }));
    return {
      id: rec.id,
      number: rec.number,
      councilId: council.id,
      councilSlug: council.slug,
      councilName: council.name,
      meetingNumber: rec.meeting_number,
      title: rec.title,
      text: rec.text,
      adoptedOn: rec.adopted_on,
      documentType: rec.document_type,
      points,
      obligations: views,
    };
  }

  async recommendations(ctx: RequestContext, council: CouncilEntity): Promise<RecommendationSummary[]> {
    const rows: Array<{ id: string; number: number; title: LocalizedValue; adopted_on: string; total: string; answered: string; overdue: string }> = await this.connection.manager(ctx).query(
      `SELECT r.id, r.number, r.title, r.adopted_on::text,
              count(o.id) AS total,
              count(o.id) FILTER (WHERE o.state IN ('answered', 'closed')) AS answered,
              count(o.id) FILTER (WHERE o.state IN ('overdue', 'escalated') OR (o.state NOT IN ('answered', 'closed') AND o.clock_stopped_on IS NULL AND o.due < $2::date)) AS overdue
         FROM recommendation r LEFT JOIN obligation o ON o.recommendation_id = r.id
        WHERE r.council_id = $1 GROUP BY r.id ORDER BY r.number DESC LIMIT 200`,
      [council.id, this.obligations.today()],
    );
    return rows.map((r) => ({ id: r.id, number: r.number, title: r.title, adoptedOn: r.adopted_on, obligations: Number(r.total), answered: Number(r.answered), overdue: Number(r.overdue) }));
  }

  /** The obligations of the bodies the caller answers for: overdue first, then by due date. */
  async inbox(ctx: RequestContext): Promise<InboxEntry[]> {
    const scope = scopeFor(ctx.user, 'obligation.respond');
    if (!scope.all && !scope.stateBodyIds.length && !scope.jurisdictionIds.length) return [];
    const today = this.obligations.today();
    const rows: Array<Row<{ id: string; recommendation_id: string; number: number; slug: string; council_name: LocalizedValue; title: LocalizedValue; body_id: string; body_name: LocalizedValue; state: string; due: string; clock_stopped_on: string | null; has_draft: boolean; jurisdiction_id: string }>> =
      await this.connection.manager(ctx).query(
        `SELECT o.id, o.recommendation_id, r.number, c.slug, c.name AS council_name, r.title, o.body_id, b.name AS body_name, o.state, o.due::text AS due,
                o.clock_stopped_on::text AS clock_stopped_on, c.jurisdiction_id,
                EXISTS (SELECT 1 FROM obligation_answer a WHERE a.obligation_id = o.id AND a.state = 'draft') AS has_draft
           FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id JOIN council c ON c.id = r.council_id JOIN state_body b ON b.id = o.body_id
          WHERE o.state NOT IN ('closed') AND ($1 OR o.body_id = ANY($2) OR b.jurisdiction_id = ANY($3))
          ORDER BY (o.state IN ('overdue', 'escalated') OR (o.state NOT IN ('answered') AND o.clock_stopped_on IS NULL AND o.due < $4::date)) DESC,
                   (o.state = 'answered'), o.due, o.id
          LIMIT 500`,
        [scope.all, scope.stateBodyIds, scope.jurisdictionIds, today],
      );
    const calendar = await this.obligations.calendarFor(ctx, null, [Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]);
    return rows.map((r) => {
      const overdue = r.state === 'overdue' || r.state === 'escalated' || (r.state !== 'answered' && !r.clock_stopped_on && isAfter(today, r.due as IsoDate));
      return {
        obligationId: r.id,
        recommendationId: r.recommendation_id,
        recommendationNumber: r.number,
        councilSlug: r.slug,
        councilName: r.council_name,
        title: r.title,
        body: { id: r.body_id, name: r.body_name },
        state: r.state as ObligationStateEnum,
        due: r.due,
        overdue,
        workingDaysLeft: workingDaysBetween(calendar, today, r.due as IsoDate),
        hasDraft: r.has_draft,
      };
    });
  }

  /** A body's responsiveness over all its obligations, with the method in words. */
  async bodyFigures(ctx: RequestContext, bodyId: string): Promise<BodyFigures> {
    const body = await this.connection.getRepository(ctx, StateBodyEntity).findOneBy({ id: bodyId });
    if (!body) throw DomainError.notFound('entity.stateBody');
    const m = this.connection.manager(ctx);
    const obligations: Array<{ due: string; answered_on: string | null; adequate: boolean | null; clock_stopped_on: string | null }> = await m.query(
      `SELECT o.due::text, o.answered_on::text, o.adequate, o.clock_stopped_on::text FROM obligation o
         JOIN recommendation r ON r.id = o.recommendation_id JOIN council c ON c.id = r.council_id
        WHERE o.body_id = $1 AND c.published_at IS NOT NULL`,
      [bodyId],
    );
    const commitments: Array<{ due: string; done_on: string | null }> = await m.query(
      `SELECT c.due::text, c.done_on::text FROM commitment c JOIN obligation o ON o.id = c.obligation_id
         JOIN recommendation r ON r.id = o.recommendation_id JOIN council k ON k.id = r.council_id
        WHERE c.body_id = $1 AND k.published_at IS NOT NULL`,
      [bodyId],
    );
    const today = this.obligations.today();
    const year = Number(today.slice(0, 4));
    const calendar = await this.obligations.calendarFor(ctx, body.jurisdictionId, [year - 3, year - 2, year - 1, year, year + 1]);
    const f = responsivenessFigures(
      calendar,
      obligations.map((o) => ({
        due: o.due as IsoDate,
        ...(o.answered_on ? { answeredOn: o.answered_on as IsoDate } : {}),
        ...(o.adequate !== null ? { adequate: o.adequate } : {}),
        clockStopped: o.clock_stopped_on !== null,
      })),
      commitments.map((c) => ({ due: c.due as IsoDate, ...(c.done_on ? { doneOn: c.done_on as IsoDate } : {}) })),
      today,
    );
    return { body: { id: body.id, name: body.name }, ...f, method: translate('figures.method', {}, ctx.locale) };
  }

  async councilOfSlug(ctx: RequestContext, slug: string): Promise<CouncilEntity> {
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneBy({ slug });
    if (!council?.publishedAt) throw DomainError.notFound('entity.council');
    return council;
  }

  councilById(ctx: RequestContext, id: string): Promise<CouncilEntity> {
    return this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id });
  }

  /** The council by slug, if the caller may read it (NOT_FOUND otherwise). */
  async councilOfSlugForUser(ctx: RequestContext, slug: string): Promise<CouncilEntity> {
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneBy({ slug });
    if (!council) throw DomainError.notFound('entity.council');
    const path = await this.path(ctx, council.jurisdictionId);
    assertAllowed(ctx, 'council.read', { kind: 'council', councilId: council.id, hostBodyId: council.hostBodyId, jurisdictionPath: path }, () => DomainError.notFound('entity.council'));
    return council;
  }

  async path(ctx: RequestContext, jurisdictionId: string): Promise<string[]> {
    return jurisdictionPath(this.connection.manager(ctx), jurisdictionId);
  }

  private trailText(ctx: RequestContext, type: string, data: Record<string, unknown>, bodies: Map<string, LocalizedValue>): string {
    const key = `trail.${type}` as ApiMessageKey;
    let text = translate(key, {}, ctx.locale);
    if (typeof data['due'] === 'string' && isIsoDate(data['due']) && ['dispatch', 'extend', 'resumeClock', 'redirect', 'assessInadequate'].includes(type)) text += ` → ${formatDate(data['due'], ctx.locale)}`;
    if (typeof data['toBodyId'] === 'string') {
      const name = bodies.get(data['toBodyId']);
      if (name) text += `: ${name[ctx.locale] || name.ru}`;
    }
    return text;
  }
}

