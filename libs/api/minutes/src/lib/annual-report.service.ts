import { Injectable } from '@nestjs/common';
import { DomainError, TransactionalConnection, type RequestContext } from '@kenes/api/core';
import { CompositionRepository, kazakhstanToday } from '@kenes/api/composition';
import { MeetingsRepository } from '@kenes/api/meetings';
import { ObligationsService } from '@kenes/api/obligations';
import type { CouncilEntity } from '@kenes/api/registry';
import { annualReportFigures, findRule, type IsoDate } from '@kenes/domain';
import { AnnualReportEntity } from './minutes.entities';

/**
 * The annual report of a council (383-V art. 7 p. 2 sp. 4): figures generated from the record by
 * the domain (`annualReportFigures`), reviewed (regenerated while a draft), approved by the chair,
 * published; the database locks it once published.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly composition: CompositionRepository,
    private readonly obligations: ObligationsService,
    private readonly meetings: MeetingsRepository,
  ) {}

  async find(ctx: RequestContext, councilId: string, year: number): Promise<{ report: AnnualReportEntity | null; council: CouncilEntity }> {
    const council = await this.composition.councilFor(ctx, councilId, 'council.read');
    const report = await this.connection.getRepository(ctx, AnnualReportEntity).findOneBy({ councilId, year });
    return { report, council };
  }

  async generate(ctx: RequestContext, councilId: string, year: number): Promise<AnnualReportEntity> {
    const council = await this.composition.councilFor(ctx, councilId, 'meeting.manage');
    await this.connection.manager(ctx).query('SELECT id FROM council WHERE id = $1 FOR UPDATE', [council.id]);
    const repo = this.connection.getRepository(ctx, AnnualReportEntity);
    const existing = await repo.findOneBy({ councilId, year });
    if (existing && existing.state !== 'draft') throw DomainError.conflict(existing.state === 'published' ? 'annualReport.locked' : 'annualReport.wrongState');
    const figures = await this.figures(ctx, council, year);
    const saved = await repo.save({ ...(existing ?? { councilId, year, summary: '' }), state: 'draft', figures, generatedAt: new Date(), approvedByName: null, approvedAt: null, publishedAt: null });
    await this.meetings.record(ctx, council, 'annualReport.generated', 'annual_report', saved.id, { year });
    return saved;
  }

  async approve(ctx: RequestContext, councilId: string, year: number): Promise<AnnualReportEntity> {
    const council = await this.composition.councilFor(ctx, councilId, 'minutes.approve');
    const report = await this.locked(ctx, councilId, year);
    if (report.state !== 'draft') throw DomainError.conflict(report.state === 'published' ? 'annualReport.locked' : 'annualReport.wrongState');
    Object.assign(report, { state: 'approved', approvedByName: ctx.user?.displayName ?? null, approvedAt: new Date() });
    const saved = await this.connection.getRepository(ctx, AnnualReportEntity).save(report);
    await this.meetings.record(ctx, council, 'annualReport.approved', 'annual_report', saved.id, { year });
    return saved;
  }

  async publish(ctx: RequestContext, councilId: string, year: number): Promise<AnnualReportEntity> {
    const council = await this.composition.councilFor(ctx, councilId, 'meeting.manage');
    const report = await this.locked(ctx, councilId, year);
    if (report.state !== 'approved') throw DomainError.conflict(report.state === 'published' ? 'annualReport.locked' : 'annualReport.wrongState');
    Object.assign(report, { state: 'published', publishedAt: new Date() });
    const saved = await this.connection.getRepository(ctx, AnnualReportEntity).save(report);
    await this.meetings.record(ctx, council, 'annualReport.published', 'annual_report', saved.id, { year });
    return saved;
  }

  private async locked(ctx: RequestContext, councilId: string, year: number): Promise<AnnualReportEntity> {
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query('SELECT id FROM annual_report WHERE council_id = $1 AND year = $2 FOR UPDATE', [councilId, year]);
    if (!rows[0]) throw DomainError.notFound('entity.annualReport');
    return this.connection.getRepository(ctx, AnnualReportEntity).findOneByOrFail({ id: rows[0].id });
  }

  /** Reads the year once per kind of row and lets the domain count. */
  async figures(ctx: RequestContext, council: CouncilEntity, year: number) {
    const m = this.connection.manager(ctx);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const inYear = `(m.starts_at AT TIME ZONE 'Asia/Almaty')::date BETWEEN $2::date AND $3::date`;
    const meetings: Array<{ id: string; date: string }> = await m.query(
      `SELECT m.id, (m.starts_at AT TIME ZONE 'Asia/Almaty')::date::text AS date FROM meeting m
        WHERE m.council_id = $1 AND m.state IN ('closed', 'minutesApproved', 'published') AND ${inYear} ORDER BY m.starts_at`,
      [council.id, from, to],
    );
    // Every voting member seated on the day of each meeting, and whether they attended.
    const attendance: Array<{ meeting_id: string; person_id: string; name: string; present: boolean }> = await m.query(
      `SELECT m.id AS meeting_id, ms.person_id, p.full_name AS name, COALESCE(a.status IN ('inPerson', 'remote'), false) AS present
         FROM meeting m
         JOIN membership ms ON ms.convocation_id = m.convocation_id AND ms.is_voting_member
              AND ms.starts_on <= (m.starts_at AT TIME ZONE 'Asia/Almaty')::date AND (ms.ends_on IS NULL OR ms.ends_on > (m.starts_at AT TIME ZONE 'Asia/Almaty')::date)
         JOIN person p ON p.id = ms.person_id
         LEFT JOIN attendance a ON a.meeting_id = m.id AND a.person_id = ms.person_id
        WHERE m.council_id = $1 AND m.state IN ('closed', 'minutesApproved', 'published') AND ${inYear}`,
      [council.id, from, to],
    );
    const items: Array<{ category: string; source: string }> = await m.query(
      `SELECT i.category, i.source FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
        WHERE m.council_id = $1 AND m.state IN ('closed', 'minutesApproved', 'published') AND ${inYear}`,
      [council.id, from, to],
    );
    const [{ count: recommendations }]: Array<{ count: number }> = await m.query(
      `SELECT count(*)::int AS count FROM recommendation WHERE council_id = $1 AND adopted_on BETWEEN $2::date AND $3::date`,
      [council.id, from, to],
    );
    const obligations: Array<{ body_id: string; body_name: { ru: string }; due: string; answered_on: string | null; adequate: boolean | null; stopped: boolean }> = await m.query(
      `SELECT o.body_id, b.name AS body_name, o.due::text AS due, o.answered_on::text AS answered_on, o.adequate, o.clock_stopped_on IS NOT NULL AS stopped
         FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id JOIN state_body b ON b.id = o.body_id
        WHERE r.council_id = $1 AND r.adopted_on BETWEEN $2::date AND $3::date`,
      [council.id, from, to],
    );
    const commitments: Array<{ due: string; done_on: string | null }> = await m.query(
      `SELECT c.due::text AS due, c.done_on::text AS done_on FROM commitment c JOIN obligation o ON o.id = c.obligation_id JOIN recommendation r ON r.id = o.recommendation_id
        WHERE r.council_id = $1 AND r.adopted_on BETWEEN $2::date AND $3::date`,
      [council.id, from, to],
    );
    const changes: Array<{ name: string; starts_on: string; ends_on: string | null; end_reason: string | null; selection_method: string }> = await m.query(
      `SELECT p.full_name AS name, ms.starts_on::text AS starts_on, ms.ends_on::text AS ends_on, ms.end_reason, ms.selection_method
         FROM membership ms JOIN convocation c ON c.id = ms.convocation_id JOIN person p ON p.id = ms.person_id
        WHERE c.council_id = $1 AND (ms.starts_on BETWEEN $2::date AND $3::date OR ms.ends_on BETWEEN $2::date AND $3::date)`,
      [council.id, from, to],
    );
    const asOf = (kazakhstanToday() < to ? kazakhstanToday() : to) as IsoDate;
    const { ruleSet, calendar } = await this.obligations.context(ctx, council, asOf);
    const frequency = findRule(ruleSet, 'meetings.frequency', asOf)?.value ?? null;
    return annualReportFigures(
      {
        year,
        frequency,
        meetings: meetings.map((x) => ({ id: x.id, date: x.date as IsoDate })),
        attendance: attendance.map((a) => ({ meetingId: a.meeting_id, personId: a.person_id, name: a.name, present: a.present })),
        items,
        recommendations,
        obligations: obligations.map((o) => ({
          bodyId: o.body_id,
          bodyName: o.body_name.ru,
          due: o.due as IsoDate,
          ...(o.answered_on ? { answeredOn: o.answered_on as IsoDate } : {}),
          ...(o.adequate === null ? {} : { adequate: o.adequate }),
          clockStopped: o.stopped,
        })),
        commitments: commitments.map((c) => ({ due: c.due as IsoDate, ...(c.done_on ? { doneOn: c.done_on as IsoDate } : {}) })),
        compositionChanges: changes.flatMap((c) => [
          ...(c.starts_on >= from && c.starts_on <= to ? [{ name: c.name, change: 'joined' as const, on: c.starts_on as IsoDate, reason: c.selection_method }] : []),
          ...(c.ends_on && c.ends_on >= from && c.ends_on <= to ? [{ name: c.name, change: 'left' as const, on: c.ends_on as IsoDate, reason: c.end_reason }] : []),
        ]),
      },
      calendar,
      asOf,
    );
  }
}
