import { Injectable } from '@nestjs/common';
import { TransactionalConnection, type Locale, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import type { CouncilEntity } from '@kenes/api/registry';
import { findRule, formatMessage, msg, quorum, type IsoDate, type RuleSet } from '@kenes/domain';
import type { AttendanceStatus, MeetingEntity, MotionResult, QuorumSnapshot } from './meetings.entities';
import type {
  AgendaItem,
  AttendanceRecord,
  AttendanceStatusEnum,
  BodyRef,
  InviteeKindEnum,
  ItemCategoryEnum,
  ItemSourceEnum,
  Meeting,
  MeetingStateEnum,
  MeetingTypeEnum,
  Motion,
  MotionKindEnum,
  MotionResultView,
  MotionStateEnum,
  QuorumView,
  VoteChoiceEnum,
} from './meetings.models';
import { MeetingsRepository, localDate, type Seat } from './meetings.repository';

/** Where a document of a meeting is downloaded from (served by the documents controller). */
export const documentUrl = (id: string): string => `/files/agenda-documents/${id}`;

const body = (id: string | null, name: LocalizedValue | null): BodyRef | null => (id && name ? { id, name } : null);

export function quorumView(ruleSet: RuleSet, q: Omit<QuorumSnapshot, 'required' | 'reached'>, locale: Locale, onDate?: IsoDate): QuorumView {
  const r = quorum(ruleSet, { totalMembers: q.totalMembers, present: Math.min(q.present, q.totalMembers) }, onDate);
  return { present: r.present, totalMembers: r.totalMembers, required: r.required, reached: r.reached, explanation: formatMessage(r.message, locale) };
}

export function resultView(ruleSet: RuleSet, r: MotionResult, corrections: number, locale: Locale): MotionResultView {
  const rule = findRule(ruleSet, 'meetings.majority');
  const explanation = rule
    ? formatMessage(msg('meetings.vote', { reason: r.reason, for: r.for, against: r.against, abstain: r.abstain, required: r.required, basis: rule.basis }), locale)
    : '';
  return { ...r, explanation, corrections };
}

/**
 * Builds the whole meeting — agenda, documents, conflicts, motions, addressees, roll calls,
 * attendance and quorum — in a fixed number of SQL statements, however long the agenda: each
 * kind of row is read once for the meeting, never once per item.
 */
@Injectable()
export class MeetingView {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly repo: MeetingsRepository,
  ) {}

  async build(ctx: RequestContext, meeting: MeetingEntity, council: CouncilEntity): Promise<Meeting> {
    return this.render(await this.load(ctx, meeting, council), ctx.locale);
  }

  /** The meeting in every language, from one read: what a live update carries to every viewer. */
  async buildAll(ctx: RequestContext, meeting: MeetingEntity, council: CouncilEntity): Promise<Record<Locale, Meeting>> {
    const data = await this.load(ctx, meeting, council);
    return { kk: this.render(data, 'kk'), ru: this.render(data, 'ru'), en: this.render(data, 'en') };
  }

  private async load(ctx: RequestContext, meeting: MeetingEntity, council: CouncilEntity) {
    const q = <T>(sql: string): Promise<T[]> => this.connection.manager(ctx).query(sql, [meeting.id]);
    const rules = await this.repo.ruleSet(ctx, council, localDate(meeting.startsAt));
    const [items, documents, conflicts, motions, addressees, votes, attendance, invitees, seats] = await Promise.all([
      q<{ id: string; position: number; title: LocalizedValue; category: string; source: string; rapporteur: string | null; public_comments_open: boolean; body_id: string | null; body_name: LocalizedValue | null }>(
        `SELECT i.id, i.position, i.title, i.category, i.source, i.rapporteur, i.public_comments_open, b.id AS body_id, b.name AS body_name
           FROM agenda_item i LEFT JOIN state_body b ON b.id = i.related_body_id
          WHERE i.meeting_id = $1 ORDER BY i.position`,
      ),
      q<{ id: string; item_id: string; file_name: string; media_type: string; size_bytes: number }>(
        `SELECT d.id, d.item_id, d.file_name, d.media_type, d.size_bytes
           FROM agenda_document d JOIN agenda_item i ON i.id = d.item_id
          WHERE i.meeting_id = $1 ORDER BY d.created_at, d.id`,
      ),
      q<{ item_id: string; person_id: string; full_name: string; reason: string; declared_at: Date }>(
        `SELECT c.item_id, c.person_id, p.full_name, c.reason, c.declared_at
           FROM conflict_declaration c JOIN agenda_item i ON i.id = c.item_id JOIN person p ON p.id = c.person_id
          WHERE i.meeting_id = $1 ORDER BY c.declared_at, c.id`,
      ),
      q<{ id: string; item_id: string; number: number; kind: string; text: string; points: string[]; state: string; opened_at: Date | null; closed_at: Date | null; quorum_at_open: QuorumSnapshot | null; result: MotionResult | null; correction_count: number }>(
        `SELECT m.id, m.item_id, m.number, m.kind, m.text, m.points, m.state, m.opened_at, m.closed_at, m.quorum_at_open, m.result, m.correction_count
           FROM motion m JOIN agenda_item i ON i.id = m.item_id
          WHERE i.meeting_id = $1 ORDER BY m.number, m.id`,
      ),
      q<{ motion_id: string; lead: boolean; body_id: string; body_name: LocalizedValue }>(
        `SELECT a.motion_id, a.lead, b.id AS body_id, b.name AS body_name
           FROM motion_addressee a JOIN motion m ON m.id = a.motion_id JOIN agenda_item i ON i.id = m.item_id JOIN state_body b ON b.id = a.state_body_id
          WHERE i.meeting_id = $1 ORDER BY a.lead DESC, a.id`,
      ),
      q<{ motion_id: string; person_id: string; full_name: string; choice: string }>(
        `SELECT v.motion_id, v.person_id, p.full_name, v.choice
           FROM vote v JOIN motion m ON m.id = v.motion_id JOIN agenda_item i ON i.id = m.item_id JOIN person p ON p.id = v.person_id
          WHERE i.meeting_id = $1 ORDER BY p.full_name, v.person_id`,
      ),
      q<{ person_id: string; status: AttendanceStatus; absence_reason: string | null }>(
        `SELECT person_id, status, absence_reason FROM attendance WHERE meeting_id = $1`,
      ),
      q<{ id: string; kind: string; name: string; body_id: string | null; body_name: LocalizedValue | null }>(
        `SELECT v.id, v.kind, v.name, b.id AS body_id, b.name AS body_name
           FROM meeting_invitee v LEFT JOIN state_body b ON b.id = v.state_body_id
          WHERE v.meeting_id = $1 ORDER BY v.kind, v.name, v.id`,
      ),
      this.repo.seats(ctx, meeting),
    ]);
    return { meeting, council, rules, items, documents, conflicts, motions, addressees, votes, attendance, invitees, seats };
  }

  private render(data: Awaited<ReturnType<MeetingView['load']>>, locale: Locale): Meeting {
    const { meeting, council, rules, items, documents, conflicts, motions, addressees, votes, attendance, invitees, seats } = data;

    const voting = seats.filter((s) => s.isVotingMember);
    const attendanceOf = new Map(attendance.map((a) => [a.person_id, a]));
    const present = new Set(attendance.filter((a) => a.status !== 'absent').map((a) => a.person_id));
    const presentVoting = voting.filter((s) => present.has(s.personId)).length;
    const date = localDate(meeting.startsAt);

    const motionViews = motions.map((m): Motion => {
      const mv = votes.filter((v) => v.motion_id === m.id);
      const recusedNow = conflicts.filter((c) => c.item_id === m.item_id && present.has(c.person_id)).length;
      const count = (choice: string) => mv.filter((v) => v.choice === choice).length;
      const result = m.result ? resultView(rules, m.result, m.correction_count, locale) : null;
      return {
        id: m.id,
        itemId: m.item_id,
        number: m.number,
        kind: m.kind as MotionKindEnum,
        text: m.text,
        points: m.points,
        state: m.state as MotionStateEnum,
        openedAt: m.opened_at,
        closedAt: m.closed_at,
        quorumAtOpen: m.quorum_at_open ? quorumView(rules, m.quorum_at_open, locale, date) : null,
        tally: m.result
          ? { for: m.result.for, against: m.result.against, abstain: m.result.abstain, recused: m.result.recused }
          : { for: count('for'), against: count('against'), abstain: count('abstain'), recused: recusedNow },
        votes: mv.map((v) => ({ personId: v.person_id, fullName: v.full_name, choice: v.choice as VoteChoiceEnum })),
        result,
        addressees: addressees.filter((a) => a.motion_id === m.id).map((a) => ({ lead: a.lead, stateBody: { id: a.body_id, name: a.body_name } })),
      };
    });

    const itemViews = items.map(
      (i): AgendaItem => ({
        id: i.id,
        meetingId: meeting.id,
        position: i.position,
        title: i.title,
        category: i.category as ItemCategoryEnum,
        source: i.source as ItemSourceEnum,
        rapporteur: i.rapporteur,
        relatedBody: body(i.body_id, i.body_name),
        publicCommentsOpen: i.public_comments_open,
        documents: documents
          .filter((d) => d.item_id === i.id)
          .map((d) => ({ id: d.id, fileName: d.file_name, mediaType: d.media_type, sizeBytes: d.size_bytes, url: documentUrl(d.id) })),
        conflicts: conflicts
          .filter((c) => c.item_id === i.id)
          .map((c) => ({ personId: c.person_id, fullName: c.full_name, reason: c.reason, declaredAt: c.declared_at })),
        motions: motionViews.filter((m) => m.itemId === i.id),
      }),
    );

    return {
      id: meeting.id,
      council: { id: council.id, slug: council.slug, name: council.name },
      number: meeting.number,
      type: meeting.type as MeetingTypeEnum,
      state: meeting.state as MeetingStateEnum,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      livestreamUrl: meeting.livestreamUrl,
      announcedAt: meeting.announcedAt,
      openedAt: meeting.openedAt,
      closedAt: meeting.closedAt,
      cancelReason: meeting.cancelReason,
      currentItemId: meeting.currentItemId,
      invitees: invitees.map((v) => ({ id: v.id, kind: v.kind as InviteeKindEnum, name: v.name, stateBody: body(v.body_id, v.body_name) })),
      items: itemViews,
      attendance: voting.map((s: Seat): AttendanceRecord => {
        const a = attendanceOf.get(s.personId);
        return { personId: s.personId, fullName: s.fullName, role: s.role, status: (a?.status as AttendanceStatusEnum) ?? null, absenceReason: a?.absence_reason ?? null };
      }),
      quorum: quorumView(rules, { present: presentVoting, totalMembers: voting.length }, locale, date),
    };
  }
}
