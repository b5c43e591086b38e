import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type ApiMessageKey, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import type { CouncilEntity } from '@kenes/api/registry';
import {
  formatMessage,
  frequencyCheck,
  noticeCheck,
  transitionMeeting,
  type IsoDate,
  type MeetingState,
} from '@kenes/domain';
import { WorkingCalendarService, kazakhstanToday } from '@kenes/api/composition';
import {
  AgendaItemEntity,
  AgendaProposalEntity,
  MeetingEntity,
  MeetingInviteeEntity,
  type ItemCategory,
  type ItemSource,
} from './meetings.entities';
import type {
  AcceptProposalInput,
  AddAgendaItemInput,
  CancelMeetingInput,
  CreateMeetingInput,
  DeclineProposalInput,
  MeetingDetailsInput,
  MoveAgendaItemInput,
  ProposeAgendaItemInput,
  RecordAttendanceInput,
  SetCurrentItemInput,
  UpdateAgendaItemInput,
  UpdateMeetingInput,
} from './meetings.inputs';
import { AttendanceStatusEnum, type MeetingFrequency, type NoticeView } from './meetings.models';
import { MeetingsRepository, localDate } from './meetings.repository';
import { MeetingNotifier } from './meeting-notifier';
import { MeetingLive } from './meeting-live';
import { MotionEvents } from './motion-events';

const localized = (v: { kk?: string | null; ru: string; en?: string | null }): LocalizedValue => ({
  ru: v.ru.trim(),
  kk: v.kk?.trim() || null,
  en: v.en?.trim() || null,
});

const LIST_LIMIT = 100;

/**
 * Meetings from the draft to the closing: details and invitees, the notice (with the rule set's
 * notice period and the e-mails), the agenda and its proposal queue, attendance and the item under
 * discussion. Votes live in VotingService. Every write locks the meeting row first.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly notifier: MeetingNotifier,
    private readonly live: MeetingLive,
    private readonly events: MotionEvents,
    private readonly calendars: WorkingCalendarService,
  ) {}

  private get connection() {
    return this.repo.connection;
  }

  async list(ctx: RequestContext, councilId: string): Promise<Array<{ meeting: MeetingEntity; council: CouncilEntity; itemCount: number }>> {
    const council = await this.repo.councilFor(ctx, councilId, 'council.read');
    return this.listOf(ctx, council, false);
  }

  /** Meetings of a council, soonest first, then the most recent: drafts only for the admin side. */
  async listOf(ctx: RequestContext, council: CouncilEntity, publicOnly: boolean): Promise<Array<{ meeting: MeetingEntity; council: CouncilEntity; itemCount: number }>> {
    const rows: Array<{ id: string; item_count: string }> = await this.connection.manager(ctx).query(
      `SELECT m.id, (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id) AS item_count
         FROM meeting m
        WHERE m.council_id = $1 ${publicOnly ? `AND m.state <> 'draft'` : ''}
        ORDER BY m.starts_at DESC, m.number DESC
        LIMIT ${LIST_LIMIT}`,
      [council.id],
    );
    if (!rows.length) return [];
    const meetings = await this.connection
      .getRepository(ctx, MeetingEntity)
      .createQueryBuilder('m')
      .where('m.id = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .orderBy('m.starts_at', 'DESC')
      .addOrderBy('m.number', 'DESC')
      .getMany();
    const counts = new Map(rows.map((r) => [r.id, Number(r.item_count)]));
    return meetings.map((meeting) => ({ meeting, council, itemCount: counts.get(meeting.id) ?? 0 }));
  }

  async frequency(ctx: RequestContext, councilId: string): Promise<MeetingFrequency> {
    const council = await this.repo.councilFor(ctx, councilId, 'council.read');
    const today = kazakhstanToday();
    const rows: Array<{ starts_at: Date }> = await this.connection
      .manager(ctx)
      .query(`SELECT starts_at FROM meeting WHERE council_id = $1 AND state NOT IN ('draft', 'cancelled') AND starts_at > now() - interval '800 days'`, [
        council.id,
      ]);
    const since: Array<{ starts_on: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT min(starts_on)::text AS starts_on FROM convocation WHERE council_id = $1`, [council.id]);
    const ruleSet = await this.repo.ruleSet(ctx, council, today);
    const r = frequencyCheck(
      ruleSet,
      rows.map((x) => localDate(x.starts_at)),
      today,
      (since[0]?.starts_on as IsoDate | undefined) ?? undefined,
    );
    return { status: r.status, count: r.count, required: r.required, explanation: r.message ? formatMessage(r.message, ctx.locale) : '' };
  }

  async create(ctx: RequestContext, input: CreateMeetingInput): Promise<MeetingEntity> {
    const council = await this.repo.councilFor(ctx, input.councilId, 'meeting.manage');
    this.checkTimes(input);
    // Numbering is per council: lock the council so two secretaries never take the same number.
    await this.connection.manager(ctx).query('SELECT id FROM council WHERE id = $1 FOR UPDATE', [council.id]);
    const convocationId = await this.convocationOn(ctx, council.id, localDate(input.startsAt));
    const [{ next }]: Array<{ next: number }> = await this.connection
      .manager(ctx)
      .query('SELECT COALESCE(max(number), 0) + 1 AS next FROM meeting WHERE council_id = $1', [council.id]);
    const repo = this.connection.getRepository(ctx, MeetingEntity);
    const meeting = await repo.save(
      repo.create({
        councilId: council.id,
        convocationId,
        number: next,
        type: input.type,
        state: 'draft',
        ...this.details(input),
        announcedAt: null,
        openedAt: null,
        closedAt: null,
        cancelReason: null,
        currentItemId: null,
        revision: 0,
      }),
    );
    await this.replaceInvitees(ctx, meeting.id, input);
    await this.repo.record(ctx, council, 'meeting.created', 'meeting', meeting.id, { number: meeting.number, type: meeting.type, startsAt: meeting.startsAt });
    return meeting;
  }

  async update(ctx: RequestContext, input: UpdateMeetingInput): Promise<MeetingEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, input.meetingId, 'meeting.manage');
    this.requireState(meeting, ['draft', 'announced']);
    this.checkTimes(input);
    const convocationId = await this.convocationOn(ctx, council.id, localDate(input.startsAt));
    Object.assign(meeting, { type: input.type, convocationId, ...this.details(input), revision: meeting.revision + 1 });
    await this.connection.getRepository(ctx, MeetingEntity).save(meeting);
    await this.replaceInvitees(ctx, meeting.id, input);
    await this.repo.record(ctx, council, 'meeting.updated', 'meeting', meeting.id, { startsAt: meeting.startsAt, revision: meeting.revision });
    if (meeting.state === 'announced') {
      // Members already hold the invitation: send the change with a higher SEQUENCE.
      await this.notifier.notify(ctx, meeting, council, 'REQUEST');
      this.live.changed(ctx, meeting.id, 'state');
    }
    return meeting;
  }

  /**
   * Announces: checks the notice the rule set asks for (a hard rule refuses, a soft one warns),
   * publishes the notice and agenda, and e-mails members and invitees an iCalendar invitation.
   */
  async announce(ctx: RequestContext, id: string): Promise<{ meeting: MeetingEntity; notice: NoticeView; notified: number }> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, id, 'meeting.manage');
    this.transition(meeting, 'announced');
    const today = kazakhstanToday();
    const meetingOn = localDate(meeting.startsAt);
    // Dates, not instants: the legal "today" (KENES_TODAY in demos and tests) decides what is past.
    if (meetingOn < today) throw DomainError.badInput([{ path: 'startsAt', messageKey: 'meetings.inPast' }]);
    const items = await this.connection.getRepository(ctx, AgendaItemEntity).countBy({ meetingId: meeting.id });
    if (!items) throw DomainError.conflict('meetings.emptyAgenda');
    const ruleSet = await this.repo.ruleSet(ctx, council, today);
    const years = [...new Set([Number(today.slice(0, 4)), Number(meetingOn.slice(0, 4))])];
    // Counted on the calendar the authorized body entered (decreed days off, working Saturdays), as the answers' clocks are.
    const calendar = await this.calendars.calendarFor(ctx, council.jurisdictionId, years);
    const check = noticeCheck(ruleSet, calendar, { type: meeting.type, announcedOn: today, meetingOn });
    const explanation = check.message ? formatMessage(check.message, ctx.locale) : null;
    if (check.status === 'short' && check.severity === 'hard') {
      throw new DomainError(ErrorCode.CONFLICT, 'meetings.noticeTooShort', { explanation: explanation ?? '' }, [], {
        ruleCode: check.ruleCode,
        explanation,
      });
    }
    meeting.state = 'announced';
    meeting.announcedAt = new Date();
    await this.connection.getRepository(ctx, MeetingEntity).save(meeting);
    await this.repo.record(ctx, council, 'meeting.announced', 'meeting', meeting.id, { notice: { status: check.status, given: check.given, required: check.required } });
    const notified = await this.notifier.notify(ctx, meeting, council, 'REQUEST');
    this.live.changed(ctx, meeting.id, 'state');
    return { meeting, notice: { status: check.status, given: check.given, required: check.required, explanation }, notified };
  }

  async cancel(ctx: RequestContext, input: CancelMeetingInput): Promise<MeetingEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, input.meetingId, 'meeting.manage');
    const wasAnnounced = meeting.state === 'announced';
    this.transition(meeting, 'cancelled');
    Object.assign(meeting, { state: 'cancelled', cancelReason: input.reason, revision: meeting.revision + 1 });
    await this.connection.getRepository(ctx, MeetingEntity).save(meeting);
    await this.repo.record(ctx, council, 'meeting.cancelled', 'meeting', meeting.id, { reason: input.reason });
    if (wasAnnounced) await this.notifier.notify(ctx, meeting, council, 'CANCEL');
    this.live.changed(ctx, meeting.id, 'state');
    return meeting;
  }

  /** Opens the sitting: attendance and votes can be recorded from now on. */
  async open(ctx: RequestContext, id: string): Promise<MeetingEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, id, 'meeting.manage');
    this.transition(meeting, 'inSession');
    Object.assign(meeting, { state: 'inSession', openedAt: new Date() });
    const first = await this.connection.getRepository(ctx, AgendaItemEntity).findOne({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    meeting.currentItemId = first?.id ?? null;
    await this.connection.getRepository(ctx, MeetingEntity).save(meeting);
    await this.repo.record(ctx, council, 'meeting.opened', 'meeting', meeting.id, {});
    this.live.changed(ctx, meeting.id, 'state');
    return meeting;
  }

  async close(ctx: RequestContext, id: string): Promise<MeetingEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, id, 'meeting.manage');
    this.transition(meeting, 'closed');
    const open: Array<{ id: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT m.id FROM motion m JOIN agenda_item i ON i.id = m.item_id WHERE i.meeting_id = $1 AND m.state = 'open'`, [meeting.id]);
    if (open.length) throw DomainError.conflict('meetings.openVotes');
    Object.assign(meeting, { state: 'closed', closedAt: new Date(), currentItemId: null });
    await this.connection.getRepository(ctx, MeetingEntity).save(meeting);
    await this.repo.record(ctx, council, 'meeting.closed', 'meeting', meeting.id, {});
    await this.events.closed(ctx, { meetingId: meeting.id, councilId: council.id });
    this.live.changed(ctx, meeting.id, 'state');
    return meeting;
  }

  // ---- Agenda -------------------------------------------------------------------------------

  async addItem(ctx: RequestContext, input: AddAgendaItemInput, source?: ItemSource): Promise<AgendaItemEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, input.meetingId, 'meeting.manage');
    this.requireAgendaOpen(meeting);
    const repo = this.connection.getRepository(ctx, AgendaItemEntity);
    const [{ next }]: Array<{ next: number }> = await this.connection
      .manager(ctx)
      .query('SELECT COALESCE(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1', [meeting.id]);
    const item = await repo.save(
      repo.create({
        meetingId: meeting.id,
        position: next,
        title: localized(input.title),
        category: input.category as ItemCategory,
        source: source ?? (input.source as ItemSource | undefined) ?? 'secretary',
        rapporteur: input.rapporteur || null,
        relatedBodyId: input.relatedBodyId ?? null,
        publicCommentsOpen: input.publicCommentsOpen ?? false,
      }),
    );
    await this.repo.record(ctx, council, 'agenda.itemAdded', 'agenda_item', item.id, { meetingId: meeting.id, position: item.position });
    this.live.changed(ctx, meeting.id, 'agenda');
    return item;
  }

  async updateItem(ctx: RequestContext, input: UpdateAgendaItemInput): Promise<AgendaItemEntity> {
    const { item, meeting, council } = await this.lockedItem(ctx, input.itemId);
    // Opening or closing an item to public comment is allowed until the meeting closes; the rest while the agenda is open.
    this.requireState(meeting, ['draft', 'announced', 'inSession']);
    Object.assign(item, {
      title: localized(input.title),
      category: input.category,
      source: input.source ?? item.source,
      rapporteur: input.rapporteur || null,
      relatedBodyId: input.relatedBodyId ?? null,
      publicCommentsOpen: input.publicCommentsOpen ?? item.publicCommentsOpen,
    });
    await this.connection.getRepository(ctx, AgendaItemEntity).save(item);
    await this.repo.record(ctx, council, 'agenda.itemUpdated', 'agenda_item', item.id, { publicCommentsOpen: item.publicCommentsOpen });
    this.live.changed(ctx, meeting.id, 'agenda');
    return item;
  }

  async removeItem(ctx: RequestContext, itemId: string): Promise<MeetingEntity> {
    const { item, meeting, council } = await this.lockedItem(ctx, itemId);
    this.requireAgendaOpen(meeting);
    const used: Array<{ n: string }> = await this.connection
      .manager(ctx)
      .query(
        `SELECT (SELECT count(*) FROM motion WHERE item_id = $1) + (SELECT count(*) FROM agenda_document WHERE item_id = $1)
              + (SELECT count(*) FROM item_comment WHERE item_id = $1) + (SELECT count(*) FROM public_comment WHERE item_id = $1)
              + (SELECT count(*) FROM conflict_declaration WHERE item_id = $1) AS n`,
        [item.id],
      );
    if (Number(used[0]?.n) > 0) throw DomainError.conflict('meetings.itemHasMotions');
    const m = this.connection.manager(ctx);
    if (meeting.currentItemId === item.id) await m.query('UPDATE meeting SET current_item_id = NULL WHERE id = $1', [meeting.id]);
    await m.query(`UPDATE agenda_proposal SET status = 'pending', agenda_item_id = NULL, decided_by = NULL, decided_at = NULL WHERE agenda_item_id = $1`, [item.id]);
    await m.query('DELETE FROM agenda_item WHERE id = $1', [item.id]);
    // Close the gap; the unique position is checked at commit.
    await m.query('UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2', [meeting.id, item.position]);
    await this.repo.record(ctx, council, 'agenda.itemRemoved', 'agenda_item', item.id, { meetingId: meeting.id });
    this.live.changed(ctx, meeting.id, 'agenda');
    return this.connection.getRepository(ctx, MeetingEntity).findOneByOrFail({ id: meeting.id });
  }

  async moveItem(ctx: RequestContext, input: MoveAgendaItemInput): Promise<MeetingEntity> {
    const { item, meeting, council } = await this.lockedItem(ctx, input.itemId);
    this.requireAgendaOpen(meeting);
    const m = this.connection.manager(ctx);
    const [{ n }]: Array<{ n: string }> = await m.query('SELECT count(*) AS n FROM agenda_item WHERE meeting_id = $1', [meeting.id]);
    const to = Math.min(input.position, Number(n));
    if (to !== item.position) {
      if (to < item.position)
        await m.query('UPDATE agenda_item SET position = position + 1 WHERE meeting_id = $1 AND position >= $2 AND position < $3', [meeting.id, to, item.position]);
      else await m.query('UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2 AND position <= $3', [meeting.id, item.position, to]);
      await m.query('UPDATE agenda_item SET position = $2 WHERE id = $1', [item.id, to]);
      await this.repo.record(ctx, council, 'agenda.itemMoved', 'agenda_item', item.id, { from: item.position, to });
      this.live.changed(ctx, meeting.id, 'agenda');
    }
    return this.connection.getRepository(ctx, MeetingEntity).findOneByOrFail({ id: meeting.id });
  }

  async setCurrentItem(ctx: RequestContext, input: SetCurrentItemInput): Promise<MeetingEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, input.meetingId, 'meeting.manage');
    this.requireState(meeting, ['inSession']);
    if (input.itemId) {
      const item = await this.connection.getRepository(ctx, AgendaItemEntity).findOneBy({ id: input.itemId });
      if (!item || item.meetingId !== meeting.id) throw DomainError.badInput([{ path: 'itemId', messageKey: 'meetings.itemNotInMeeting' }]);
    }
    meeting.currentItemId = input.itemId ?? null;
    await this.connection.getRepository(ctx, MeetingEntity).save(meeting);
    await this.repo.record(ctx, council, 'meeting.currentItem', 'meeting', meeting.id, { itemId: meeting.currentItemId });
    this.live.changed(ctx, meeting.id, 'currentItem');
    return meeting;
  }

  // ---- Attendance ---------------------------------------------------------------------------

  async recordAttendance(ctx: RequestContext, input: RecordAttendanceInput): Promise<MeetingEntity> {
    const { meeting, council } = await this.repo.lockedMeeting(ctx, input.meetingId, 'meeting.manage');
    this.requireState(meeting, ['announced', 'inSession']);
    if (input.status !== AttendanceStatusEnum.ABSENT && input.absenceReason) throw DomainError.badInput([{ path: 'absenceReason', messageKey: 'meetings.absenceReasonOnlyAbsent' }]);
    const seat = (await this.repo.seats(ctx, meeting)).find((s) => s.personId === input.personId && s.isVotingMember);
    if (!seat) throw DomainError.badInput([{ path: 'personId', messageKey: 'meetings.personNotSeated' }]);
    await this.connection
      .manager(ctx)
      .query(
        `INSERT INTO attendance (meeting_id, person_id, status, absence_reason, recorded_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT ON CONSTRAINT "UQ_attendance_meeting_person" DO UPDATE SET status = EXCLUDED.status, absence_reason = EXCLUDED.absence_reason, recorded_at = now()`,
        [meeting.id, seat.personId, input.status, input.absenceReason || null],
      );
    await this.repo.record(ctx, council, 'meeting.attendance', 'attendance', meeting.id, { personId: seat.personId, status: input.status });
    this.live.changed(ctx, meeting.id, 'attendance');
    return meeting;
  }

  // ---- Agenda proposals ---------------------------------------------------------------------

  async proposals(ctx: RequestContext, councilId: string, status?: string): Promise<AgendaProposalEntity[]> {
    const council = await this.repo.councilFor(ctx, councilId, 'council.read');
    const qb = this.connection
      .getRepository(ctx, AgendaProposalEntity)
      .createQueryBuilder('p')
      .where('p.council_id = :id', { id: council.id })
      .orderBy('p.created_at', 'DESC')
      .take(LIST_LIMIT);
    if (status) qb.andWhere('p.status = :status', { status });
    // Members and officers see the queue; a citizen's address stays with the secretary.
    return qb.getMany();
  }

  async propose(ctx: RequestContext, input: ProposeAgendaItemInput): Promise<AgendaProposalEntity> {
    const council = await this.repo.councilFor(ctx, input.councilId, 'agenda.propose');
    const isOfficer = ctx.user?.grants.some((g) => g.scope.kind === 'stateBody');
    const isSecretary = ctx.user?.grants.some((g) => g.role === 'councilSecretary' || g.role === 'platformAdmin');
    const source: ItemSource = isSecretary ? 'secretary' : isOfficer ? 'stateBody' : 'member';
    return this.saveProposal(ctx, council, {
      source,
      proposerUserId: ctx.user?.id ?? null,
      proposerName: ctx.user?.displayName ?? '',
      proposerEmail: null,
      title: input.title,
      description: input.description,
      category: input.category,
    });
  }

  async saveProposal(
    ctx: RequestContext,
    council: CouncilEntity,
    p: Pick<AgendaProposalEntity, 'source' | 'proposerUserId' | 'proposerName' | 'proposerEmail' | 'title' | 'description' | 'category'>,
  ): Promise<AgendaProposalEntity> {
    const repo = this.connection.getRepository(ctx, AgendaProposalEntity);
    const saved = await repo.save(repo.create({ councilId: council.id, ...p, status: 'pending', declineReason: null, agendaItemId: null, decidedBy: null, decidedAt: null }));
    await this.repo.record(ctx, council, 'agenda.proposed', 'agenda_proposal', saved.id, { source: saved.source });
    return saved;
  }

  async acceptProposal(ctx: RequestContext, input: AcceptProposalInput): Promise<AgendaProposalEntity> {
    const proposal = await this.lockedProposal(ctx, input.proposalId);
    const { meeting } = await this.repo.meetingFor(ctx, input.meetingId, 'meeting.manage');
    if (meeting.councilId !== proposal.councilId) throw DomainError.badInput([{ path: 'meetingId', messageKey: 'error.notFound', params: { entity: 'entity.meeting' } }]);
    const item = await this.addItem(
      ctx,
      { meetingId: meeting.id, title: { ru: proposal.title, kk: proposal.title, en: proposal.title }, category: proposal.category as never },
      proposal.source,
    );
    if (input.position) await this.moveItem(ctx, { itemId: item.id, position: input.position });
    Object.assign(proposal, { status: 'accepted', agendaItemId: item.id, decidedBy: ctx.user?.id ?? null, decidedAt: new Date() });
    await this.connection.getRepository(ctx, AgendaProposalEntity).save(proposal);
    const council = await this.repo.councilFor(ctx, proposal.councilId, 'meeting.manage');
    await this.repo.record(ctx, council, 'agenda.proposalAccepted', 'agenda_proposal', proposal.id, { itemId: item.id });
    return proposal;
  }

  async declineProposal(ctx: RequestContext, input: DeclineProposalInput): Promise<AgendaProposalEntity> {
    const proposal = await this.lockedProposal(ctx, input.proposalId);
    Object.assign(proposal, { status: 'declined', declineReason: input.reason, decidedBy: ctx.user?.id ?? null, decidedAt: new Date() });
    await this.connection.getRepository(ctx, AgendaProposalEntity).save(proposal);
    const council = await this.repo.councilFor(ctx, proposal.councilId, 'meeting.manage');
    await this.repo.record(ctx, council, 'agenda.proposalDeclined', 'agenda_proposal', proposal.id, { reason: input.reason });
    await this.notifier.proposalDeclined(ctx, proposal);
    return proposal;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private async lockedProposal(ctx: RequestContext, id: string): Promise<AgendaProposalEntity> {
    const found = await this.connection.getRepository(ctx, AgendaProposalEntity).findOneBy({ id });
    if (!found) throw DomainError.notFound('entity.agendaProposal');
    await this.repo.councilFor(ctx, found.councilId, 'meeting.manage', 'entity.agendaProposal');
    await this.connection.manager(ctx).query('SELECT id FROM agenda_proposal WHERE id = $1 FOR UPDATE', [id]);
    const proposal = await this.connection.getRepository(ctx, AgendaProposalEntity).findOneByOrFail({ id });
    if (proposal.status !== 'pending') throw DomainError.conflict('meetings.proposalDecided');
    return proposal;
  }

  private async lockedItem(ctx: RequestContext, itemId: string): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity; council: CouncilEntity }> {
    const { meeting: m } = await this.repo.itemFor(ctx, itemId, 'meeting.manage');
    const { meeting, council } = await this.repo.lockedMeeting(ctx, m.id, 'meeting.manage');
    const item = await this.connection.getRepository(ctx, AgendaItemEntity).findOneByOrFail({ id: itemId });
    return { item, meeting, council };
  }

  private async convocationOn(ctx: RequestContext, councilId: string, date: IsoDate): Promise<string> {
    const rows: Array<{ id: string }> = await this.connection
      .manager(ctx)
      .query('SELECT id FROM convocation WHERE council_id = $1 AND starts_on <= $2 AND ends_on > $2 LIMIT 1', [councilId, date]);
    if (!rows[0]) throw DomainError.badInput([{ path: 'startsAt', messageKey: 'meetings.noConvocation' }]);
    return rows[0].id;
  }

  private details(input: MeetingDetailsInput): Pick<MeetingEntity, 'startsAt' | 'endsAt' | 'place' | 'onlineUrl' | 'livestreamUrl'> {
    return {
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      place: input.place ? localized(input.place) : null,
      onlineUrl: input.onlineUrl ?? null,
      livestreamUrl: input.livestreamUrl ?? null,
    };
  }

  private checkTimes(input: MeetingDetailsInput): void {
    if (input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) throw DomainError.badInput([{ path: 'endsAt', messageKey: 'meetings.endBeforeStart' }]);
  }

  private async replaceInvitees(ctx: RequestContext, meetingId: string, input: MeetingDetailsInput): Promise<void> {
    if (!input.invitees) return;
    const repo = this.connection.getRepository(ctx, MeetingInviteeEntity);
    await repo.delete({ meetingId });
    if (input.invitees.length)
      await repo.insert(input.invitees.map((v) => ({ meetingId, kind: v.kind, name: v.name, email: v.email?.toLowerCase() ?? null, stateBodyId: v.stateBodyId ?? null })));
  }

  private transition(meeting: MeetingEntity, to: MeetingState): void {
    const r = transitionMeeting(meeting.state, to);
    if (!r.ok) throw new DomainError(ErrorCode.CONFLICT, 'meetings.wrongState', { state: stateLabel(meeting.state) }, [], { explanation: r.error.message });
  }

  private requireState(meeting: MeetingEntity, states: MeetingState[]): void {
    if (!states.includes(meeting.state)) throw DomainError.conflict('meetings.wrongState', { state: stateLabel(meeting.state) });
  }

  private requireAgendaOpen(meeting: MeetingEntity): void {
    if (!['draft', 'announced', 'inSession'].includes(meeting.state)) throw DomainError.conflict('meetings.agendaLocked');
  }
}

/** The state's name as a message key, so the error is translated at the edge. */
function stateLabel(state: MeetingState): ApiMessageKey {
  return `meetingState.${state}`;
}
