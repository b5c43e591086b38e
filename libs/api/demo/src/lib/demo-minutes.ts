import type { AuditService, RequestContext, TransactionalConnection } from '@kenes/api/core';
import { CompositionRepository, RuleSetService, WorkingCalendarService } from '@kenes/api/composition';
import { MeetingEntity, MeetingsRepository, MotionEvents, localDate } from '@kenes/api/meetings';
import { AnnualReportService, MinutesRecordReader, SimpleMinutesSigner, sha256 } from '@kenes/api/minutes';
import { ObligationsService } from '@kenes/api/obligations';
import { CouncilEntity } from '@kenes/api/registry';
import { addWorkingDays, assembleMinutes, findDeadlineRule, type IsoDate } from '@kenes/domain';
import { DEMO_MEETINGS } from './demo-meetings';

/** Annual reports the demo shows as published: a whole past year of a council's meetings. */
export const DEMO_REPORTS: ReadonlyArray<{ council: string; year: number; approvedOn: IsoDate; publishedOn: IsoDate }> = [
  { council: 'almaty', year: 2025, approvedOn: '2026-01-22', publishedOn: '2026-01-26' },
];

/** Meetings whose minutes the demo publishes. */
export const DEMO_PUBLISHED_MINUTES = DEMO_MEETINGS.filter((m) => m.state === 'closed' && m.minutesPublished);

const at = (day: IsoDate, time: string) => new Date(`${day}T${time}:00+05:00`);

/**
 * Publishes the minutes of the demo meetings that have them, and the demo's annual reports, the way
 * the product makes them: the document assembled by the domain from the meeting record (read by
 * the minutes library's own reader) with the secretary's summaries, signed by the council's chair
 * and secretary (the product's simple signature), published within the rule set's term counted on
 * the jurisdiction's calendar; the report's figures computed by the minutes library from the
 * record (the product audits neither a report's approval nor its publication, so neither does the
 * demo). Runs once (when no minutes exist); one audit event per published minutes.
 */
export async function seedDemoMinutes(ctx: RequestContext, connection: TransactionalConnection, audit: AuditService): Promise<number> {
  const m = connection.manager(ctx);
  const [{ n }]: Array<{ n: number }> = await m.query('SELECT count(*)::int AS n FROM minutes');
  if (n > 0) return 0;
  const composition = new CompositionRepository(connection);
  const rules = new RuleSetService(connection, audit);
  const meetings = new MeetingsRepository(connection, composition, rules, audit);
  const reader = new MinutesRecordReader(connection, meetings);
  const obligations = new ObligationsService(connection, new WorkingCalendarService(connection, rules), audit, new MotionEvents());
  const signer = new SimpleMinutesSigner();
  let seeded = 0;

  for (const dm of DEMO_PUBLISHED_MINUTES) {
    const meeting = await connection
      .getRepository(ctx, MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin(CouncilEntity, 'c', 'c.id = m.council_id')
      .where('c.slug = :slug AND m.starts_at = :startsAt', { slug: dm.council, startsAt: new Date(dm.startsAt) })
      .getOne();
    if (!meeting) continue;
    const council = await connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: meeting.councilId });
    const chair = await signerOf(ctx, connection, council.id, 'councilChair');
    const secretary = await signerOf(ctx, connection, council.id, 'councilSecretary');
    if (!chair || !secretary) throw new Error(`demo minutes of ${dm.council} need the council's chair and secretary accounts`);

    const meetingOn = localDate(meeting.startsAt);
    const { ruleSet, calendar } = await obligations.context(ctx, council, meetingOn);
    const term = findDeadlineRule(ruleSet, 'minutesPublication', meetingOn)?.value.amount ?? 5;
    const day = (workingDays: number): IsoDate => addWorkingDays(calendar, meetingOn, Math.min(workingDays, term));
    const record = await reader.read(ctx, meeting, council);
    const summaries = Object.fromEntries(
      record.items.flatMap((item) => {
        const text = dm.items[item.position - 1]?.summary;
        return text ? [[item.id, text]] : [];
      }),
    );
    const document = assembleMinutes(record, summaries);
    const hash = sha256(document);

    const [minutes]: Array<{ id: string }> = await m.query(
      `INSERT INTO minutes (meeting_id, council_id, state, current_version, due_on, created_at) VALUES ($1, $2, 'draft', 1, $3, $4) RETURNING id`,
      [meeting.id, council.id, addWorkingDays(calendar, meetingOn, term), at(day(1), '11:00')],
    );
    await m.query(
      `INSERT INTO minutes_version (minutes_id, version, kind, document, sha256, reason, author_id, author_name, created_at) VALUES ($1, 1, 'generated', $2, $3, NULL, $4, $5, $6)`,
      [minutes.id, JSON.stringify(document), hash, secretary.userId, secretary.name, at(day(1), '11:00')],
    );
    for (const [role, who, time] of [['chair', chair, '10:00'], ['secretary', secretary, '11:00']] as const) {
      const evidence = await signer.sign(ctx, { minutesId: minutes.id, version: 1, sha256: hash, role, signerName: who.name });
      await m.query(
        `INSERT INTO minutes_signature (minutes_id, version, role, user_id, signer_name, method, evidence, signed_at) VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
        [minutes.id, role, who.userId, who.name, evidence.method, JSON.stringify(evidence.data), at(day(3), time)],
      );
    }
    await m.query(`UPDATE minutes SET state = 'approved', approved_by = 'chair', approved_at = $2 WHERE id = $1`, [minutes.id, at(day(3), '10:00')]);
    await m.query(`UPDATE minutes SET state = 'published', first_published_version = 1, published_at = $2 WHERE id = $1`, [minutes.id, at(day(3), '12:00')]);
    await m.query(`UPDATE meeting SET state = 'published' WHERE id = $1`, [meeting.id]);
    await audit.record(ctx, { chain: council.jurisdictionId, action: 'minutes.published', entityType: 'minutes', entityId: minutes.id, data: { version: 1, source: 'demo-seed' } });
    seeded++;
  }

  const reports = new AnnualReportService(connection, composition, obligations, meetings);
  for (const r of DEMO_REPORTS) {
    const council = await connection.getRepository(ctx, CouncilEntity).findOneBy({ slug: r.council });
    const chair = council ? await signerOf(ctx, connection, council.id, 'councilChair') : null;
    if (!council || !chair) continue;
    const figures = await reports.figures(ctx, council, r.year);
    await m.query(
      `INSERT INTO annual_report (council_id, year, state, figures, summary, generated_at, approved_by_name, approved_at, published_at)
       VALUES ($1, $2, 'published', $3, '', $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT "UQ_annual_report" DO NOTHING`,
      [council.id, r.year, JSON.stringify(figures), at(r.approvedOn, '09:00'), chair.name, at(r.approvedOn, '15:00'), at(r.publishedOn, '10:00')],
    );
  }
  return seeded;
}

/** The account holding the role on the council, and the name it signs with (its seat's, else its own). */
async function signerOf(ctx: RequestContext, connection: TransactionalConnection, councilId: string, role: 'councilChair' | 'councilSecretary'): Promise<{ userId: string; name: string } | null> {
  const rows: Array<{ user_id: string; name: string }> = await connection.manager(ctx).query(
    `SELECT u.id AS user_id, COALESCE(p.full_name, u.display_name) AS name
       FROM access_grant g JOIN user_account u ON u.id = g.user_id
       LEFT JOIN person_account pa ON pa.user_id = u.id LEFT JOIN person p ON p.id = pa.person_id
      WHERE g.role = $1 AND g.scope_id = $2 AND g.ends_at IS NULL
      ORDER BY g.starts_at, u.email LIMIT 1`,
    [role, councilId],
  );
  return rows[0] ? { userId: rows[0].user_id, name: rows[0].name } : null;
}
