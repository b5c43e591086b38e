import { Injectable } from '@nestjs/common';
import { AuditService, DomainError, ErrorCode, TransactionalConnection, type ApiMessageKey, type RequestContext } from '@kenes/api/core';
import { CompositionRepository, RuleSetService } from '@kenes/api/composition';
import type { CouncilEntity } from '@kenes/api/registry';
import type { IsoDate, Permission, RuleSet } from '@kenes/domain';
import { AgendaItemEntity, MeetingEntity, MotionEntity } from './meetings.entities';

/** The local (Kazakhstan, UTC+5) calendar date of an instant: the date the law counts. */
export function localDate(at: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at) as IsoDate;
}

/** A member of the council as the meeting sees them: who they are, and whether they vote. */
export interface Seat {
  personId: string;
  fullName: string;
  role: string;
  isVotingMember: boolean;
}

/**
 * The SQL shared by the meetings services: access to a meeting (through its council's grants),
 * row locks, the seats of the convocation on the meeting's date, and the caller's own seat.
 */
@Injectable()
export class MeetingsRepository {
  constructor(
    readonly connection: TransactionalConnection,
    private readonly composition: CompositionRepository,
    private readonly rules: RuleSetService,
    private readonly audit: AuditService,
  ) {}

  councilFor(ctx: RequestContext, councilId: string, permission: Permission, notFound: ApiMessageKey = 'entity.council'): Promise<CouncilEntity> {
    return this.composition.councilFor(ctx, councilId, permission, notFound);
  }

  /** The meeting, if the caller holds `permission` on its council; otherwise NOT_FOUND. */
  async meetingFor(ctx: RequestContext, id: string, permission: Permission): Promise<{ meeting: MeetingEntity; council: CouncilEntity }> {
    const meeting = await this.connection.getRepository(ctx, MeetingEntity).findOneBy({ id });
    if (!meeting) throw DomainError.notFound('entity.meeting');
    const council = await this.composition.councilFor(ctx, meeting.councilId, permission, 'entity.meeting');
    return { meeting, council };
  }

  /** As `meetingFor`, then locks the meeting row and reads it again: transitions never race. */
  async lockedMeeting(ctx: RequestContext, id: string, permission: Permission): Promise<{ meeting: MeetingEntity; council: CouncilEntity }> {
    const { council } = await this.meetingFor(ctx, id, permission);
    await this.connection.manager(ctx).query('SELECT id FROM meeting WHERE id = $1 FOR UPDATE', [id]);
    const meeting = await this.connection.getRepository(ctx, MeetingEntity).findOneByOrFail({ id });
    return { meeting, council };
  }

  async itemFor(
    ctx: RequestContext,
    itemId: string,
    permission: Permission,
  ): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity; council: CouncilEntity }> {
    const item = await this.connection.getRepository(ctx, AgendaItemEntity).findOneBy({ id: itemId });
    if (!item) throw DomainError.notFound('entity.agendaItem');
    const meeting = await this.connection.getRepository(ctx, MeetingEntity).findOneByOrFail({ id: item.meetingId });
    const council = await this.composition.councilFor(ctx, meeting.councilId, permission, 'entity.agendaItem');
    return { item, meeting, council };
  }

  async motionFor(
    ctx: RequestContext,
    motionId: string,
    permission: Permission,
  ): Promise<{ motion: MotionEntity; item: AgendaItemEntity; meeting: MeetingEntity; council: CouncilEntity }> {
    const motion = await this.connection.getRepository(ctx, MotionEntity).findOneBy({ id: motionId });
    if (!motion) throw DomainError.notFound('entity.motion');
    const { item, meeting, council } = await this.itemFor(ctx, motion.itemId, permission).catch((e: unknown) => {
      if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) throw DomainError.notFound('entity.motion');
      throw e;
    });
    return { motion, item, meeting, council };
  }

  /** Everyone seated in the meeting's convocation on its date (the secretary too: `isVotingMember` says who votes). */
  async seats(ctx: RequestContext, meeting: MeetingEntity): Promise<Seat[]> {
    const rows: Array<{ person_id: string; full_name: string; role: string; is_voting_member: boolean }> = await this.connection
      .manager(ctx)
      .query(
        `SELECT m.person_id, p.full_name, m.role, m.is_voting_member
           FROM membership m JOIN person p ON p.id = m.person_id
          WHERE m.convocation_id = $1 AND m.starts_on <= $2 AND (m.ends_on IS NULL OR m.ends_on > $2)
          ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'deputyChair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, p.full_name, m.person_id`,
        [meeting.convocationId, localDate(meeting.startsAt)],
      );
    return rows.map((r) => ({ personId: r.person_id, fullName: r.full_name, role: r.role, isVotingMember: r.is_voting_member }));
  }

  /** The caller's seat in the meeting's convocation, through the account linked to their person; null if none. */
  async mySeat(ctx: RequestContext, meeting: MeetingEntity): Promise<Seat | null> {
    if (!ctx.user) return null;
    const rows: Array<{ person_id: string; full_name: string; role: string; is_voting_member: boolean }> = await this.connection
      .manager(ctx)
      .query(
        `SELECT m.person_id, p.full_name, m.role, m.is_voting_member
           FROM person_account pa
           JOIN membership m ON m.person_id = pa.person_id
           JOIN person p ON p.id = m.person_id
          WHERE pa.user_id = $1 AND m.convocation_id = $2 AND m.starts_on <= $3 AND (m.ends_on IS NULL OR m.ends_on > $3)
          LIMIT 1`,
        [ctx.user.id, meeting.convocationId, localDate(meeting.startsAt)],
      );
    const r = rows[0];
    return r ? { personId: r.person_id, fullName: r.full_name, role: r.role, isVotingMember: r.is_voting_member } : null;
  }

  async ruleSet(ctx: RequestContext, council: CouncilEntity, onDate: IsoDate): Promise<RuleSet> {
    return (await this.rules.forJurisdiction(ctx, council.jurisdictionId, onDate)).ruleSet;
  }

  record(ctx: RequestContext, council: CouncilEntity, action: string, entityType: string, entityId: string, data: Record<string, unknown>): Promise<void> {
    return this.audit.record(ctx, {
      chain: council.jurisdictionId,
      action,
      entityType,
      entityId,
      actorId: ctx.user?.id,
      data: { councilId: council.id, ...data },
    });
  }
}
