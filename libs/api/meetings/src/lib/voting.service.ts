import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type RequestContext } from '@kenes/api/core';
import { formatMessage, formatBasis, quorum, tallyVote } from '@kenes/domain';
import {
  MotionAddresseeEntity,
  MotionEntity,
  type MotionResult,
  type QuorumSnapshot,
  type VoteChoice,
} from './meetings.entities';
import type { CastVoteInput, CorrectResultInput, CreateMotionInput, DeclareConflictInput, LinkMemberAccountInput } from './meetings.inputs';
import { MotionKindEnum, type RollCallVote, type VoteChoiceEnum } from './meetings.models';
import { MeetingsRepository, localDate, type Seat } from './meetings.repository';
import { MeetingLive } from './meeting-live';
import { MotionEvents } from './motion-events';
import { kazakhstanToday } from '@kenes/api/composition';

/**
 * Motions and roll-call votes. The integrity lives in the database: one vote per member per motion
 * (unique constraint, used by the upsert itself), a vote only while its motion is open (a trigger),
 * and a closed result that changes only with a recorded correction (a trigger). The service adds
 * the locks that make the friendly checks exact: a vote share-locks its motion, closing it takes
 * the lock exclusively, so no vote lands after the close.
 */
@Injectable()
export class VotingService {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly live: MeetingLive,
    private readonly events: MotionEvents,
  ) {}

  private get connection() {
    return this.repo.connection;
  }

  async createMotion(ctx: RequestContext, input: CreateMotionInput): Promise<MotionEntity> {
    const { item, meeting: m, council } = await this.repo.itemFor(ctx, input.itemId, 'meeting.manage');
    const { meeting } = await this.repo.lockedMeeting(ctx, m.id, 'meeting.manage');
    if (!['draft', 'announced', 'inSession'].includes(meeting.state)) throw DomainError.conflict('meetings.agendaLocked');
    const addressees = input.addressees ?? [];
    if (input.kind === MotionKindEnum.DECISION && addressees.length) throw DomainError.badInput([{ path: 'addressees', messageKey: 'meetings.addresseesOnlyRecommendation' }]);
    if (input.kind === MotionKindEnum.RECOMMENDATION && addressees.filter((a) => a.lead).length !== 1) throw DomainError.badInput([{ path: 'addressees', messageKey: 'meetings.leadRequired' }]);
    if (new Set(addressees.map((a) => a.stateBodyId)).size !== addressees.length) throw DomainError.badInput([{ path: 'addressees', messageKey: 'meetings.duplicateAddressee' }]);
    const [{ next }]: Array<{ next: number }> = await this.connection
      .manager(ctx)
      .query('SELECT COALESCE(max(number), 0) + 1 AS next FROM motion WHERE item_id = $1', [item.id]);
    const repo = this.connection.getRepository(ctx, MotionEntity);
    const motion = await repo.save(
      repo.create({
        itemId: item.id,
        number: next,
        kind: input.kind,
        text: input.text,
        points: input.points.map((p) => p.trim()),
        state: 'draft',
        openedAt: null,
        closedAt: null,
        quorumAtOpen: null,
        result: null,
        correctionCount: 0,
      }),
    );
    if (addressees.length) {
      const bodies: Array<{ id: string }> = await this.connection
        .manager(ctx)
        .query('SELECT id FROM state_body WHERE id = ANY($1)', [addressees.map((a) => a.stateBodyId)]);
      if (bodies.length !== addressees.length) throw DomainError.badInput([{ path: 'addressees', messageKey: 'error.notFound', params: { entity: 'entity.stateBody' } }]);
      await this.connection
        .getRepository(ctx, MotionAddresseeEntity)
        .insert(addressees.map((a) => ({ motionId: motion.id, stateBodyId: a.stateBodyId, lead: a.lead })));
    }
    await this.repo.record(ctx, council, 'motion.created', 'motion', motion.id, { itemId: item.id, kind: motion.kind, points: motion.points.length });
    this.live.changed(ctx, meeting.id, 'agenda');
    return motion;
  }

  /** A motion not yet put to the vote can be withdrawn; after that it is part of the record. */
  async withdrawMotion(ctx: RequestContext, motionId: string): Promise<boolean> {
    const { motion, meeting, council } = await this.repo.motionFor(ctx, motionId, 'meeting.manage');
    await this.repo.lockedMeeting(ctx, meeting.id, 'meeting.manage');
    await this.connection.manager(ctx).query('SELECT id FROM motion WHERE id = $1 FOR UPDATE', [motion.id]);
    const fresh = await this.connection.getRepository(ctx, MotionEntity).findOneByOrFail({ id: motion.id });
    if (fresh.state !== 'draft') throw DomainError.conflict('meetings.motionNotDraft');
    await this.connection.manager(ctx).query('DELETE FROM motion WHERE id = $1', [motion.id]);
    await this.repo.record(ctx, council, 'motion.withdrawn', 'motion', motion.id, {});
    this.live.changed(ctx, meeting.id, 'agenda');
    return true;
  }

  /** Opens the vote when the quorum is there; otherwise refuses and says why, with the legal basis. */
  async openVote(ctx: RequestContext, motionId: string): Promise<MotionEntity> {
    const { motion: found, meeting: m, council } = await this.repo.motionFor(ctx, motionId, 'meeting.manage');
    const { meeting } = await this.repo.lockedMeeting(ctx, m.id, 'meeting.manage');
    if (meeting.state !== 'inSession') throw DomainError.conflict('meetings.notInSession');
    const mgr = this.connection.manager(ctx);
    await mgr.query('SELECT id FROM motion WHERE id = $1 FOR UPDATE', [found.id]);
    const motion = await this.connection.getRepository(ctx, MotionEntity).findOneByOrFail({ id: found.id });
    if (motion.state !== 'draft') throw DomainError.conflict('meetings.motionNotDraft');
    const open: unknown[] = await mgr.query(
      `SELECT m.id FROM motion m JOIN agenda_item i ON i.id = m.item_id WHERE i.meeting_id = $1 AND m.state = 'open'`,
      [meeting.id],
    );
    if (open.length) throw DomainError.conflict('meetings.otherVoteOpen');
    const { present, total } = await this.presence(ctx, meeting.id, await this.repo.seats(ctx, meeting));
    const ruleSet = await this.repo.ruleSet(ctx, council, localDate(meeting.startsAt));
    const q = quorum(ruleSet, { totalMembers: total, present }, localDate(meeting.startsAt));
    if (!q.reached) {
      const explanation = formatMessage(q.message, ctx.locale);
      throw new DomainError(ErrorCode.CONFLICT, 'meetings.noQuorum', { explanation }, [], {
        ruleCode: 'meetings.quorum',
        explanation,
        basis: formatBasis(q.basis, ctx.locale),
        present: q.present,
        required: q.required,
        totalMembers: q.totalMembers,
      });
    }
    const snapshot: QuorumSnapshot = { present: q.present, totalMembers: q.totalMembers, required: q.required, reached: true };
    Object.assign(motion, { state: 'open', openedAt: new Date(), quorumAtOpen: snapshot });
    await this.connection.getRepository(ctx, MotionEntity).save(motion);
    if (meeting.currentItemId !== motion.itemId) await mgr.query('UPDATE meeting SET current_item_id = $2 WHERE id = $1', [meeting.id, motion.itemId]);
    await this.repo.record(ctx, council, 'vote.opened', 'motion', motion.id, { quorum: snapshot });
    this.live.changed(ctx, meeting.id, 'voteOpened');
    return motion;
  }

  /**
   * Casts or changes the caller's vote. Idempotent: the same vote twice is one row. The share lock
   * waits for a close in progress and then sees the motion closed.
   */
  async castVote(ctx: RequestContext, input: CastVoteInput): Promise<RollCallVote> {
    const { meeting, item, council } = await this.repo.motionFor(ctx, input.motionId, 'meeting.participate');
    const mgr = this.connection.manager(ctx);
    const [row]: Array<{ state: string }> = await mgr.query('SELECT state FROM motion WHERE id = $1 FOR SHARE', [input.motionId]);
    if (row?.state !== 'open') throw DomainError.conflict('meetings.voteNotOpen');
    const seat = await this.repo.mySeat(ctx, meeting);
    if (!seat || !seat.isVotingMember) throw new DomainError(ErrorCode.FORBIDDEN, 'meetings.notVoter');
    const [check]: Array<{ status: string | null; conflict: boolean }> = await mgr.query(
      `SELECT (SELECT status FROM attendance WHERE meeting_id = $1 AND person_id = $2) AS status,
              EXISTS (SELECT 1 FROM conflict_declaration WHERE item_id = $3 AND person_id = $2) AS conflict`,
      [meeting.id, seat.personId, item.id],
    );
    if (check?.conflict) throw DomainError.conflict('meetings.recused');
    if (!check?.status || check.status === 'absent') throw DomainError.conflict('meetings.notPresent');
    const written: Array<{ inserted: boolean }> = await mgr.query(
      `INSERT INTO vote (motion_id, person_id, choice, cast_at) VALUES ($1, $2, $3, now())
       ON CONFLICT ON CONSTRAINT "UQ_vote_motion_person"
       DO UPDATE SET choice = EXCLUDED.choice, changed_at = now() WHERE vote.choice IS DISTINCT FROM EXCLUDED.choice
       RETURNING (xmax = 0) AS inserted`,
      [input.motionId, seat.personId, input.choice],
    );
    // Nothing written: the same vote again, an idempotent success that leaves no trace.
    if (written.length) {
      await this.repo.record(ctx, council, written[0].inserted ? 'vote.cast' : 'vote.changed', 'motion', input.motionId, {
        personId: seat.personId,
        choice: input.choice,
      });
      this.live.changed(ctx, meeting.id, 'vote');
    }
    return { personId: seat.personId, fullName: seat.fullName, choice: input.choice };
  }

  /** Closes the vote and records the result under the council's rule (majority, tie-break). */
  async closeVote(ctx: RequestContext, motionId: string): Promise<MotionEntity> {
    const { motion: found, meeting: m, item, council } = await this.repo.motionFor(ctx, motionId, 'meeting.manage');
    const { meeting } = await this.repo.lockedMeeting(ctx, m.id, 'meeting.manage');
    const mgr = this.connection.manager(ctx);
    // Exclusive: waits for votes being written, and every later vote then finds the motion closed.
    await mgr.query('SELECT id FROM motion WHERE id = $1 FOR UPDATE', [found.id]);
    const motion = await this.connection.getRepository(ctx, MotionEntity).findOneByOrFail({ id: found.id });
    if (motion.state !== 'open') throw DomainError.conflict('meetings.voteNotOpen');
    const seats = await this.repo.seats(ctx, meeting);
    const votes: Array<{ person_id: string; choice: VoteChoice }> = await mgr.query('SELECT person_id, choice FROM vote WHERE motion_id = $1', [motion.id]);
    const conflicted: Array<{ person_id: string }> = await mgr.query('SELECT person_id FROM conflict_declaration WHERE item_id = $1', [item.id]);
    const { presentIds, total } = await this.presence(ctx, meeting.id, seats);
    // Whoever voted was there when they voted, even if they left before the close.
    for (const v of votes) presentIds.add(v.person_id);
    const recused = conflicted.filter((c) => presentIds.has(c.person_id)).length;
    const count = (c: VoteChoice) => votes.filter((v) => v.choice === c).length;
    const chair = seats.find((s: Seat) => s.role === 'chair' && s.isVotingMember);
    const chairVote = chair ? votes.find((v) => v.person_id === chair.personId)?.choice : undefined;
    const ruleSet = await this.repo.ruleSet(ctx, council, localDate(meeting.startsAt));
    const tally = tallyVote(
      ruleSet,
      { for: count('for'), against: count('against'), abstain: count('abstain'), recused, present: presentIds.size, totalMembers: total, ...(chairVote ? { chairVote } : {}) },
      localDate(meeting.startsAt),
    );
    const result: MotionResult = {
      for: count('for'),
      against: count('against'),
      abstain: count('abstain'),
      recused,
      present: presentIds.size,
      totalMembers: total,
      required: tally.required,
      adopted: tally.adopted,
      reason: tally.reason,
      tieBrokenByChair: tally.tieBrokenByChair,
    };
    Object.assign(motion, { state: 'closed', closedAt: new Date(), result });
    await this.connection.getRepository(ctx, MotionEntity).save(motion);
    await this.repo.record(ctx, council, 'vote.closed', 'motion', motion.id, { result });
    if (result.adopted && motion.kind === 'recommendation') {
      await this.events.adopted(ctx, { motionId: motion.id, meetingId: meeting.id, councilId: council.id, adoptedOn: kazakhstanToday() });
    }
    this.live.changed(ctx, meeting.id, 'voteClosed');
    return motion;
  }

  /** Changes a closed result only with a reason, recorded as a correction the database checks. */
  async correctResult(ctx: RequestContext, input: CorrectResultInput): Promise<MotionEntity> {
    const { motion: found, meeting: m, council } = await this.repo.motionFor(ctx, input.motionId, 'meeting.manage');
    const { meeting } = await this.repo.lockedMeeting(ctx, m.id, 'meeting.manage');
    const mgr = this.connection.manager(ctx);
    await mgr.query('SELECT id FROM motion WHERE id = $1 FOR UPDATE', [found.id]);
    const motion = await this.connection.getRepository(ctx, MotionEntity).findOneByOrFail({ id: found.id });
    if (motion.state !== 'closed' || !motion.result) throw DomainError.conflict('meetings.notClosed');
    const before = motion.result;
    const ruleSet = await this.repo.ruleSet(ctx, council, localDate(meeting.startsAt));
    const tally = tallyVote(
      ruleSet,
      { for: input.for, against: input.against, abstain: input.abstain, recused: before.recused, present: before.present, totalMembers: before.totalMembers },
      localDate(meeting.startsAt),
    );
    if (tally.reason === 'invalidCounts') throw DomainError.badInput([{ path: 'for', messageKey: 'error.badInput' }]);
    const after: MotionResult = {
      ...before,
      for: input.for,
      against: input.against,
      abstain: input.abstain,
      required: tally.required,
      adopted: tally.adopted,
      reason: tally.reason,
      tieBrokenByChair: tally.tieBrokenByChair,
    };
    const seq = motion.correctionCount + 1;
    await mgr.query(
      `INSERT INTO motion_correction (motion_id, seq, reason, before, after, corrected_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [motion.id, seq, input.reason, JSON.stringify(before), JSON.stringify(after), ctx.user?.id ?? null],
    );
    await mgr.query('UPDATE motion SET result = $2, correction_count = $3 WHERE id = $1', [motion.id, JSON.stringify(after), seq]);
    await this.repo.record(ctx, council, 'vote.corrected', 'motion', motion.id, { seq, reason: input.reason, before, after });
    if (after.adopted && !before.adopted && motion.kind === 'recommendation') {
      await this.events.adopted(ctx, { motionId: motion.id, meetingId: meeting.id, councilId: council.id, adoptedOn: kazakhstanToday() });
    }
    this.live.changed(ctx, meeting.id, 'voteClosed');
    return this.connection.getRepository(ctx, MotionEntity).findOneByOrFail({ id: motion.id });
  }

  /** A member declares a conflict of interest on an item: public, and it recuses them (a vote already cast on an open motion is withdrawn). */
  async declareConflict(ctx: RequestContext, input: DeclareConflictInput): Promise<boolean> {
    const { item, meeting, council } = await this.repo.itemFor(ctx, input.itemId, 'meeting.participate');
    if (!['announced', 'inSession'].includes(meeting.state)) throw DomainError.conflict('meetings.wrongState', { state: `meetingState.${meeting.state}` });
    const seat = await this.repo.mySeat(ctx, meeting);
    if (!seat || !seat.isVotingMember) throw new DomainError(ErrorCode.FORBIDDEN, 'meetings.notVoter');
    const mgr = this.connection.manager(ctx);
    const inserted: unknown[] = await mgr.query(
      `INSERT INTO conflict_declaration (item_id, person_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT "UQ_conflict_item_person" DO NOTHING RETURNING id`,
      [item.id, seat.personId, input.reason],
    );
    if (inserted.length) {
      // Share-lock the open motions first, as a vote does, so a close in progress is waited for.
      const open: Array<{ id: string }> = await mgr.query(`SELECT id FROM motion WHERE item_id = $1 AND state = 'open' FOR SHARE`, [item.id]);
      if (open.length) await mgr.query('DELETE FROM vote WHERE person_id = $1 AND motion_id = ANY($2)', [seat.personId, open.map((o) => o.id)]);
      await this.repo.record(ctx, council, 'conflict.declared', 'agenda_item', item.id, { personId: seat.personId, withdrawnVotes: open.length });
      this.live.changed(ctx, meeting.id, 'conflict');
    }
    return true;
  }

  /** The caller's seat in a meeting: whether they vote, their conflicts, their votes on open motions. */
  async participant(ctx: RequestContext, meetingId: string) {
    const { meeting } = await this.repo.meetingFor(ctx, meetingId, 'council.read');
    const seat = await this.repo.mySeat(ctx, meeting);
    if (!seat) return { personId: null, fullName: null, canVote: false, conflictItemIds: [], myVotes: [] };
    const mgr = this.connection.manager(ctx);
    const conflicts: Array<{ item_id: string }> = await mgr.query(
      'SELECT c.item_id FROM conflict_declaration c JOIN agenda_item i ON i.id = c.item_id WHERE i.meeting_id = $1 AND c.person_id = $2',
      [meeting.id, seat.personId],
    );
    const votes: Array<{ motion_id: string; choice: VoteChoiceEnum }> = await mgr.query(
      `SELECT v.motion_id, v.choice FROM vote v JOIN motion m ON m.id = v.motion_id JOIN agenda_item i ON i.id = m.item_id
        WHERE i.meeting_id = $1 AND v.person_id = $2`,
      [meeting.id, seat.personId],
    );
    const canVote = seat.isVotingMember && ctx.user !== undefined && ctx.user.permissions.has('meeting.participate');
    return {
      personId: seat.personId,
      fullName: seat.fullName,
      canVote,
      conflictItemIds: conflicts.map((c) => c.item_id),
      myVotes: votes.map((v) => ({ motionId: v.motion_id, choice: v.choice })),
    };
  }

  /** Links a member's sign-in account to their person, so their votes are theirs. */
  async linkAccount(ctx: RequestContext, councilId: string, input: LinkMemberAccountInput): Promise<boolean> {
    const council = await this.repo.councilFor(ctx, councilId, 'council.manage');
    const mgr = this.connection.manager(ctx);
    const seated: unknown[] = await mgr.query(
      `SELECT 1 FROM membership ms JOIN convocation c ON c.id = ms.convocation_id WHERE c.council_id = $1 AND ms.person_id = $2 LIMIT 1`,
      [council.id, input.personId],
    );
    if (!seated.length) throw DomainError.notFound('entity.person');
    const granted: unknown[] = await mgr.query(
      `SELECT 1 FROM access_grant WHERE user_id = $1 AND scope_kind = 'council' AND scope_id = $2 AND role IN ('councilMember', 'councilChair')
          AND (ends_at IS NULL OR ends_at > now()) LIMIT 1`,
      [input.userId, council.id],
    );
    if (!granted.length) throw DomainError.badInput([{ path: 'userId', messageKey: 'meetings.accountNotInCouncil' }]);
    const inserted: unknown[] = await mgr.query(
      `INSERT INTO person_account (person_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id`,
      [input.personId, input.userId],
    );
    if (!inserted.length) {
      const same: unknown[] = await mgr.query('SELECT 1 FROM person_account WHERE person_id = $1 AND user_id = $2', [input.personId, input.userId]);
      if (!same.length) throw DomainError.conflict('meetings.alreadyLinked');
      return true;
    }
    await this.repo.record(ctx, council, 'member.accountLinked', 'person', input.personId, { userId: input.userId });
    return true;
  }

  private async presence(ctx: RequestContext, meetingId: string, seats: Seat[]): Promise<{ present: number; total: number; presentIds: Set<string> }> {
    const voting = new Set(seats.filter((s) => s.isVotingMember).map((s) => s.personId));
    const rows: Array<{ person_id: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT person_id FROM attendance WHERE meeting_id = $1 AND status <> 'absent'`, [meetingId]);
    const presentIds = new Set(rows.map((r) => r.person_id).filter((id) => voting.has(id)));
    return { present: presentIds.size, total: voting.size, presentIds };
  }
}
