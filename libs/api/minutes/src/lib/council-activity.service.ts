import { Injectable } from '@nestjs/common';
import { DomainError, TransactionalConnection, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import { basisView, kazakhstanToday } from '@kenes/api/composition';
import { ObligationsService } from '@kenes/api/obligations';
import { CouncilEntity } from '@kenes/api/registry';
import { councilActivity, findRule, formatIsoDate, type IsoDate } from '@kenes/domain';
import { PeriodStatusEnum, RecommendationProgressEnum, type CouncilActivityView } from './council-activity.graphql';

const HELD = `m.state IN ('closed', 'minutesApproved', 'published')`;
const PUBLIC = `m.state NOT IN ('draft', 'cancelled')`;
const DAY = `(m.starts_at AT TIME ZONE 'Asia/Almaty')::date`;

/**
 * "What this council did": a year of a published council's public record — meetings held and
 * scheduled, the questions, the recommendations and where each stands, the answers and promises
 * of state bodies — counted by the domain (`councilActivity`). Seven statements whatever the size
 * of the record, plus the rule set and the calendar.
 */
@Injectable()
export class CouncilActivityService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly obligations: ObligationsService,
  ) {}

  async forYear(ctx: RequestContext, slug: string, year?: number): Promise<CouncilActivityView> {
    const m = this.connection.manager(ctx);
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneBy({ slug });
    if (!council?.publishedAt) throw DomainError.notFound('entity.council');
    const today = kazakhstanToday();
    const y = year ?? Number(today.slice(0, 4));
    const from = formatIsoDate(y, 1, 1);
    const to = formatIsoDate(y, 12, 31);
    const inYear = `${DAY} BETWEEN $2::date AND $3::date`;
    const args = [council.id, from, to];

    const years: Array<{ year: number; report: boolean }> = await m.query(
      `SELECT t.year, bool_or(t.report) AS report FROM (
         SELECT extract(year FROM ${DAY})::int AS year, false AS report FROM meeting m WHERE m.council_id = $1 AND ${PUBLIC}
         UNION ALL SELECT extract(year FROM r.adopted_on)::int, false FROM recommendation r WHERE r.council_id = $1
         UNION ALL SELECT a.year, true FROM annual_report a WHERE a.council_id = $1 AND a.state = 'published'
       ) t GROUP BY t.year ORDER BY t.year DESC`,
      [council.id],
    );
    const meetings: Array<{ number: number; date: string; held: boolean; items: number; minutes_published: boolean }> = await m.query(
      `SELECT m.number, ${DAY}::text AS date, ${HELD} AS held,
              (SELECT count(*)::int FROM agenda_item i WHERE i.meeting_id = m.id) AS items,
              EXISTS (SELECT 1 FROM minutes mi WHERE mi.meeting_id = m.id AND mi.state = 'published') AS minutes_published
         FROM meeting m WHERE m.council_id = $1 AND ${PUBLIC} AND ${inYear} ORDER BY m.starts_at, m.number`,
      args,
    );
    const topics: Array<{ meeting_number: number; position: number; title: LocalizedValue }> = await m.query(
      `SELECT m.number AS meeting_number, i.position, i.title FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
        WHERE m.council_id = $1 AND ${HELD} AND ${inYear} ORDER BY m.starts_at, m.number, i.position`,
      args,
    );
    const recommendations: Array<{ id: string; number: number; title: LocalizedValue }> = await m.query(
      `SELECT r.id, r.number, r.title FROM recommendation r WHERE r.council_id = $1 AND r.adopted_on BETWEEN $2::date AND $3::date ORDER BY r.number`,
      args,
    );
    const obligations: Array<{ recommendation_id: string; due: string; answered_on: string | null; stopped: boolean }> = await m.query(
      `SELECT o.recommendation_id, o.due::text AS due, o.answered_on::text AS answered_on, o.clock_stopped_on IS NOT NULL AS stopped
         FROM obligation o JOIN recommendation r ON r.id = o.recommendation_id
        WHERE r.council_id = $1 AND r.adopted_on BETWEEN $2::date AND $3::date`,
      args,
    );
    const commitments: Array<{ recommendation_id: string; due: string; done_on: string | null }> = await m.query(
      `SELECT o.recommendation_id, c.due::text AS due, c.done_on::text AS done_on
         FROM commitment c JOIN obligation o ON o.id = c.obligation_id JOIN recommendation r ON r.id = o.recommendation_id
        WHERE r.council_id = $1 AND r.adopted_on BETWEEN $2::date AND $3::date`,
      args,
    );

    // The rule in force on the day looked at, or on the year's last day for a past year.
    const ruleDay = (today < to ? today : to);
    const { ruleSet, calendar } = await this.obligations.context(ctx, council, ruleDay);
    const rule = findRule(ruleSet, 'meetings.frequency', ruleDay);
    const a = councilActivity(
      {
        year: y,
        frequency: rule?.value ?? null,
        meetings: meetings.map((x) => ({ number: x.number, date: x.date as IsoDate, held: x.held, items: x.items, minutesPublished: x.minutes_published })),
        recommendations: recommendations.map((r) => ({
          number: r.number,
          obligations: obligations
            .filter((o) => o.recommendation_id === r.id)
            .map((o) => ({ due: o.due as IsoDate, ...(o.answered_on ? { answeredOn: o.answered_on as IsoDate } : {}), clockStopped: o.stopped })),
          commitments: commitments.filter((c) => c.recommendation_id === r.id).map((c) => ({ due: c.due as IsoDate, ...(c.done_on ? { doneOn: c.done_on as IsoDate } : {}) })),
        })),
      },
      calendar,
      today,
    );
    const titles = new Map(recommendations.map((r) => [r.number, r.title]));
    return {
      year: y,
      years: years.map((r) => r.year),
      asOf: today,
      meetingsHeld: a.meetingsHeld,
      meetingsScheduled: a.meetingsScheduled,
      questions: a.questions,
      minutesPublished: a.minutesPublished,
      frequency:
        a.frequency && rule
          ? { ...a.frequency, periods: a.frequency.periods.map((p) => ({ ...p, status: p.status as PeriodStatusEnum })), basis: basisView(rule.basis, ctx.locale) }
          : null,
      meetings: meetings.map((x) => ({ number: x.number, date: x.date, held: x.held, items: x.items, minutesPublished: x.minutes_published })),
      topics: topics.map((t) => ({ meetingNumber: t.meeting_number, position: t.position, title: t.title })),
      recommendations: a.recommendations.map((r) => ({ ...r, title: titles.get(r.number) ?? { ru: '' }, progress: r.progress as RecommendationProgressEnum })),
      answers: a.answers,
      commitments: a.commitments,
      annualReportPublished: years.some((r) => r.year === y && r.report),
    };
  }
}
