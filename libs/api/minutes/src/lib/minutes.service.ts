import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode, TransactionalConnection, type RequestContext } from '@kenes/api/core';
import { kazakhstanToday } from '@kenes/api/composition';
import { MeetingEntity, MeetingsRepository, MotionEvents, localDate } from '@kenes/api/meetings';
import { ObligationsService, RecommendationEntity } from '@kenes/api/obligations';
import { CouncilEntity } from '@kenes/api/registry';
import {
  addWorkingDays,
  assembleMinutes,
  findDeadlineRule,
  findRule,
  transitionMeeting,
  type IsoDate,
  type MinutesDissent,
  type MinutesDocument,
  type Permission,
} from '@kenes/domain';
import {
  MinutesCorrectionEntity,
  MinutesEntity,
  MinutesSignatureEntity,
  MinutesVersionEntity,
  type MinutesVersionKind,
  type SignerRole,
} from './minutes.entities';
import { MinutesRecordReader } from './minutes.record';
import { MINUTES_SIGNER, type MinutesSigner } from './minutes-signer';

export const sha256 = (doc: MinutesDocument) => createHash('sha256').update(JSON.stringify(doc)).digest('hex');

export interface MinutesBundle {
  minutes: MinutesEntity;
  meeting: MeetingEntity;
  council: CouncilEntity;
  current: MinutesVersionEntity;
}

/**
 * The minutes of a meeting from the generated draft to publication: every edit a new version,
 * members' corrections accepted or declined with a reason, approval by the chair or by a vote
 * (the rule set's `minutes.approval`), signatures, publication (which starts the recommendations'
 * clocks when `obligations.clockStart` says so), and published corrections. The database refuses
 * any other change of published minutes (triggers of migration AddMinutes).
 */
@Injectable()
export class MinutesService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly meetings: MeetingsRepository,
    private readonly reader: MinutesRecordReader,
    private readonly obligations: ObligationsService,
    private readonly events: MotionEvents,
    @Inject(MINUTES_SIGNER) private readonly signer: MinutesSigner,
  ) {}

  onModuleInit(): void {
    // The draft is generated when the meeting closes, in the same transaction.
    this.events.onClosed((ctx, e) => this.generateFor(ctx, e.meetingId).then(() => undefined));
  }

  // ---- access ---------------------------------------------------------------------------------

  async forMeeting(ctx: RequestContext, meetingId: string, permission: Permission, lock = false): Promise<MinutesBundle> {
    const { meeting, council } = lock ? await this.meetings.lockedMeeting(ctx, meetingId, permission) : await this.meetings.meetingFor(ctx, meetingId, permission);
    const minutes = await this.connection.getRepository(ctx, MinutesEntity).findOneBy({ meetingId });
    if (!minutes) throw DomainError.notFound('entity.minutes');
    const current = await this.version(ctx, minutes.id, minutes.currentVersion);
    return { minutes, meeting, council, current };
  }

  async byId(ctx: RequestContext, minutesId: string, permission: Permission): Promise<MinutesBundle> {
    const row = await this.connection.getRepository(ctx, MinutesEntity).findOneBy({ id: minutesId });
    if (!row) throw DomainError.notFound('entity.minutes');
    return this.forMeeting(ctx, row.meetingId, permission, true);
  }

  version(ctx: RequestContext, minutesId: string, version: number): Promise<MinutesVersionEntity> {
    return this.connection.getRepository(ctx, MinutesVersionEntity).findOneByOrFail({ minutesId, version });
  }

  versions(ctx: RequestContext, minutesId: string, fromVersion = 1): Promise<MinutesVersionEntity[]> {
    return this.connection
      .getRepository(ctx, MinutesVersionEntity)
      .createQueryBuilder('v')
      .where('v.minutes_id = :minutesId AND v.version >= :fromVersion', { minutesId, fromVersion })
      .orderBy('v.version', 'ASC')
      .getMany();
  }

  corrections(ctx: RequestContext, minutesId: string): Promise<MinutesCorrectionEntity[]> {
    return this.connection.getRepository(ctx, MinutesCorrectionEntity).find({ where: { minutesId }, order: { createdAt: 'ASC' } });
  }

  signatures(ctx: RequestContext, minutesId: string): Promise<MinutesSignatureEntity[]> {
    return this.connection.getRepository(ctx, MinutesSignatureEntity).find({ where: { minutesId }, order: { signedAt: 'ASC' } });
  }

  // ---- the draft ------------------------------------------------------------------------------

  /** Generates the draft of a closed meeting, or regenerates it from the record (a new version keeping summaries and dissents). */
  async generate(ctx: RequestContext, meetingId: string): Promise<MinutesBundle> {
    await this.meetings.lockedMeeting(ctx, meetingId, 'meeting.manage');
    await this.generateFor(ctx, meetingId);
    return this.forMeeting(ctx, meetingId, 'meeting.manage');
  }

  private async generateFor(ctx: RequestContext, meetingId: string): Promise<void> {
    const meeting = await this.connection.getRepository(ctx, MeetingEntity).findOneByOrFail({ id: meetingId });
    const councilRow = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: meeting.councilId });
    if (meeting.state !== 'closed' && meeting.state !== 'minutesApproved' && meeting.state !== 'published') throw DomainError.conflict('minutes.meetingNotClosed');
    const record = await this.reader.read(ctx, meeting, councilRow);
    const repo = this.connection.getRepository(ctx, MinutesEntity);
    const existing = await repo.findOneBy({ meetingId });
    if (!existing) {
      const meetingOn = localDate(meeting.startsAt);
      const { ruleSet, calendar } = await this.obligations.context(ctx, councilRow, meetingOn);
      const term = findDeadlineRule(ruleSet, 'minutesPublication', meetingOn)?.value.amount ?? 5;
      const minutes = await repo.save(
        repo.create({ meetingId, councilId: meeting.councilId, state: 'draft', currentVersion: 1, dueOn: addWorkingDays(calendar, meetingOn, term), approvedBy: null, approvalMotionId: null, approvedAt: null, firstPublishedVersion: null, publishedAt: null }),
      );
      await this.addVersion(ctx, minutes, councilRow, assembleMinutes(record), 'generated', null);
      return;
    }
    this.requireDraft(existing);
    const current = await this.version(ctx, existing.id, existing.currentVersion);
    const next = assembleMinutes(record, summariesOf(current.document), current.document.dissents);
    if (sha256(next) === current.sha256) return;
    await this.addVersion(ctx, existing, councilRow, next, 'generated', null);
  }

  /** The secretary edits the discussion summaries: a new version. */
  async edit(ctx: RequestContext, minutesId: string, summaries: Array<{ itemId: string; summary: string }>, note: string | null): Promise<MinutesBundle> {
    const b = await this.byId(ctx, minutesId, 'meeting.manage');
    this.requireDraft(b.minutes);
    const doc = withSummaries(b.current.document, summaries);
    if (sha256(doc) === b.current.sha256) throw DomainError.badInput([{ path: 'summaries', messageKey: 'minutes.noChange' }]);
    await this.addVersion(ctx, b.minutes, b.council, doc, 'edit', note);
    return this.forMeeting(ctx, b.meeting.id, 'meeting.manage');
  }

  // ---- members: corrections and dissents ------------------------------------------------------

  async proposeCorrection(ctx: RequestContext, minutesId: string, itemId: string, text: string, comment: string | null): Promise<MinutesCorrectionEntity> {
    const b = await this.byId(ctx, minutesId, 'meeting.participate');
    this.requireDraft(b.minutes);
    const seat = await this.meetings.mySeat(ctx, b.meeting);
    if (!seat) throw new DomainError(ErrorCode.FORBIDDEN, 'minutes.notMember');
    if (!b.current.document.items.some((i) => i.itemId === itemId)) throw DomainError.badInput([{ path: 'itemId', messageKey: 'minutes.unknownItem' }]);
    const saved = await this.connection.getRepository(ctx, MinutesCorrectionEntity).save({
      minutesId,
      itemId,
      proposedText: text,
      comment,
      proposerId: ctx.user?.id ?? '',
      proposerName: seat.fullName,
      state: 'pending',
      declineReason: null,
      resultingVersion: null,
      decidedAt: null,
    });
    await this.meetings.record(ctx, b.council, 'minutes.correctionProposed', 'minutes', minutesId, { correctionId: saved.id, itemId });
    return saved;
  }

  async decideCorrection(ctx: RequestContext, correctionId: string, accept: boolean, reason: string | null): Promise<MinutesBundle> {
    const c = await this.connection.getRepository(ctx, MinutesCorrectionEntity).findOneBy({ id: correctionId });
    if (!c) throw DomainError.notFound('entity.minutesCorrection');
    const b = await this.byId(ctx, c.minutesId, 'meeting.manage');
    this.requireDraft(b.minutes);
    const fresh = await this.connection.getRepository(ctx, MinutesCorrectionEntity).findOneByOrFail({ id: correctionId });
    if (fresh.state !== 'pending') throw DomainError.conflict('minutes.correctionDecided');
    if (accept) {
      const doc = withSummaries(b.current.document, [{ itemId: c.itemId, summary: c.proposedText }]);
      const v = await this.addVersion(ctx, b.minutes, b.council, doc, 'correction', `${c.proposerName}: ${c.comment ?? ''}`.trim());
      Object.assign(fresh, { state: 'accepted', resultingVersion: v.version, decidedAt: new Date() });
    } else {
      Object.assign(fresh, { state: 'declined', declineReason: reason, decidedAt: new Date() });
    }
    await this.connection.getRepository(ctx, MinutesCorrectionEntity).save(fresh);
    await this.meetings.record(ctx, b.council, accept ? 'minutes.correctionAccepted' : 'minutes.correctionDeclined', 'minutes', b.minutes.id, { correctionId, reason });
    return this.forMeeting(ctx, b.meeting.id, 'meeting.manage');
  }

  /** A member attaches a dissenting opinion (one per member and item): a new version carrying it. */
  async attachDissent(ctx: RequestContext, minutesId: string, itemId: string | null, text: string): Promise<MinutesBundle> {
    const b = await this.byId(ctx, minutesId, 'meeting.participate');
    this.requireDraft(b.minutes);
    const seat = await this.meetings.mySeat(ctx, b.meeting);
    if (!seat?.isVotingMember) throw new DomainError(ErrorCode.FORBIDDEN, 'minutes.notMember');
    const item = itemId ? b.current.document.items.find((i) => i.itemId === itemId) : null;
    if (itemId && !item) throw DomainError.badInput([{ path: 'itemId', messageKey: 'minutes.unknownItem' }]);
    const position = item?.position ?? null;
    const dissents: MinutesDissent[] = [...b.current.document.dissents.filter((d) => !(d.name === seat.fullName && d.itemPosition === position)), { name: seat.fullName, itemPosition: position, text }];
    await this.addVersion(ctx, b.minutes, b.council, { ...b.current.document, dissents }, 'dissent', null);
    return this.forMeeting(ctx, b.meeting.id, 'meeting.participate');
  }

  // ---- approval, signatures, publication ----------------------------------------------------

  /** The chair approves (and signs), by their own authority or recording the council's vote, per `minutes.approval`. */
  async approve(ctx: RequestContext, minutesId: string, motionId: string | null): Promise<MinutesBundle> {
    const b = await this.byId(ctx, minutesId, 'minutes.approve');
    this.requireDraft(b.minutes);
    const today = kazakhstanToday();
    const { ruleSet } = await this.obligations.context(ctx, b.council, today);
    const by = findRule(ruleSet, 'minutes.approval', today)?.value.by ?? 'chair';
    if (by === 'vote') {
      if (!motionId) throw DomainError.conflict('minutes.approvalVoteRequired');
      const [ok]: Array<{ id: string }> = await this.connection.manager(ctx).query(
        `SELECT mo.id FROM motion mo JOIN agenda_item i ON i.id = mo.item_id JOIN meeting m ON m.id = i.meeting_id
          WHERE mo.id = $1 AND m.council_id = $2 AND m.starts_at > $3 AND mo.state = 'closed' AND (mo.result->>'adopted')::boolean`,
        [motionId, b.council.id, b.meeting.startsAt],
      );
      if (!ok) throw DomainError.conflict('minutes.approvalVoteInvalid');
    }
    const next = transitionMeeting(b.meeting.state, 'minutesApproved');
    if (!next.ok) throw DomainError.conflict('minutes.meetingNotClosed');
    Object.assign(b.minutes, { state: 'approved', approvedBy: by, approvalMotionId: by === 'vote' ? motionId : null, approvedAt: new Date() });
    await this.connection.getRepository(ctx, MinutesEntity).save(b.minutes);
    await this.connection.manager(ctx).query(`UPDATE meeting SET state = 'minutesApproved' WHERE id = $1`, [b.meeting.id]);
    await this.sign(ctx, b, 'chair');
    await this.meetings.record(ctx, b.council, 'minutes.approved', 'minutes', b.minutes.id, { by, motionId, version: b.minutes.currentVersion });
    return this.forMeeting(ctx, b.meeting.id, 'minutes.approve');
  }

  /** The secretary signs the approved version. */
  async signAsSecretary(ctx: RequestContext, minutesId: string): Promise<MinutesBundle> {
    const b = await this.byId(ctx, minutesId, 'meeting.manage');
    if (b.minutes.state !== 'approved') throw DomainError.conflict(b.minutes.state === 'published' ? 'minutes.locked' : 'minutes.notApproved');
    await this.sign(ctx, b, 'secretary');
    return this.forMeeting(ctx, b.meeting.id, 'meeting.manage');
  }

  private async sign(ctx: RequestContext, b: MinutesBundle, role: SignerRole): Promise<void> {
    const signerName = (await this.meetings.mySeat(ctx, b.meeting))?.fullName ?? ctx.user?.displayName ?? '';
    const evidence = await this.signer.sign(ctx, { minutesId: b.minutes.id, version: b.current.version, sha256: b.current.sha256, role, signerName });
    await this.connection.manager(ctx).query(
      `INSERT INTO minutes_signature (minutes_id, version, role, user_id, signer_name, method, evidence, signed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, now())
       ON CONFLICT ON CONSTRAINT "UQ_minutes_signature" DO NOTHING`,
      [b.minutes.id, b.current.version, role, ctx.user?.id, signerName, evidence.method, JSON.stringify(evidence.data)],
    );
    await this.meetings.record(ctx, b.council, 'minutes.signed', 'minutes', b.minutes.id, { role, version: b.current.version, method: evidence.method });
  }

  /** Publishes the approved, signed minutes; the meeting becomes published and, by the rule set, the clocks start. */
  async publish(ctx: RequestContext, minutesId: string): Promise<MinutesBundle> {
    const b = await this.byId(ctx, minutesId, 'meeting.manage');
    if (b.minutes.state === 'published') throw DomainError.conflict('minutes.locked');
    if (b.minutes.state !== 'approved') throw DomainError.conflict('minutes.notApproved');
    const signed = (await this.signatures(ctx, b.minutes.id)).filter((s) => s.version === b.current.version).map((s) => s.role);
    if (!signed.includes('chair') || !signed.includes('secretary')) throw DomainError.conflict('minutes.signaturesMissing');
    const next = transitionMeeting(b.meeting.state, 'published');
    if (!next.ok) throw DomainError.conflict('minutes.notApproved');
    Object.assign(b.minutes, { state: 'published', firstPublishedVersion: b.current.version, publishedAt: new Date() });
    await this.connection.getRepository(ctx, MinutesEntity).save(b.minutes);
    await this.connection.manager(ctx).query(`UPDATE meeting SET state = 'published' WHERE id = $1`, [b.meeting.id]);
    const started = await this.startClocks(ctx, b);
    await this.meetings.record(ctx, b.council, 'minutes.published', 'minutes', b.minutes.id, { version: b.current.version, clocksStarted: started });
    return this.forMeeting(ctx, b.meeting.id, 'meeting.manage');
  }

  /** When the rule set starts clocks on publication, the meeting's recommendations without obligations are dispatched today. */
  private async startClocks(ctx: RequestContext, b: MinutesBundle): Promise<number> {
    const today = kazakhstanToday();
    const { ruleSet } = await this.obligations.context(ctx, b.council, today);
    if (findRule(ruleSet, 'obligations.clockStart', today)?.value.on !== 'minutesPublication') return 0;
    const recs = await this.connection
      .getRepository(ctx, RecommendationEntity)
      .createQueryBuilder('r')
      .where('r.meeting_id = :id AND NOT EXISTS (SELECT 1 FROM obligation o WHERE o.recommendation_id = r.id)', { id: b.meeting.id })
      .getMany();
    let started = 0;
    for (const rec of recs) {
      const addressees: Array<{ state_body_id: string; lead: boolean }> = await this.connection
        .manager(ctx)
        .query('SELECT state_body_id, lead FROM motion_addressee WHERE motion_id = $1 ORDER BY lead DESC, id', [rec.motionId]);
      started += (await this.obligations.startClocks(ctx, rec, addressees, today)).length;
    }
    return started;
  }

  /** A correction of published minutes: a new published version with its reason; earlier versions stay public with the diff. */
  async publishCorrection(ctx: RequestContext, minutesId: string, summaries: Array<{ itemId: string; summary: string }>, reason: string): Promise<MinutesBundle> {
    const b = await this.byId(ctx, minutesId, 'meeting.manage');
    if (b.minutes.state !== 'published') throw DomainError.conflict('minutes.notPublished');
    const doc = withSummaries(b.current.document, summaries);
    if (sha256(doc) === b.current.sha256) throw DomainError.badInput([{ path: 'summaries', messageKey: 'minutes.noChange' }]);
    await this.addVersion(ctx, b.minutes, b.council, doc, 'publishedCorrection', reason);
    return this.forMeeting(ctx, b.meeting.id, 'meeting.manage');
  }

  private requireDraft(minutes: MinutesEntity): void {
    if (minutes.state === 'published') throw DomainError.conflict('minutes.locked');
    if (minutes.state !== 'draft') throw DomainError.conflict('minutes.notDraft');
  }

  private async addVersion(ctx: RequestContext, minutes: MinutesEntity, council: CouncilEntity, document: MinutesDocument, kind: MinutesVersionKind, reason: string | null): Promise<MinutesVersionEntity> {
    const [{ next }]: Array<{ next: number }> = await this.connection
      .manager(ctx)
      .query('SELECT COALESCE(max(version), 0) + 1 AS next FROM minutes_version WHERE minutes_id = $1', [minutes.id]);
    const v = await this.connection.getRepository(ctx, MinutesVersionEntity).save({
      minutesId: minutes.id,
      version: next,
      kind,
      document,
      sha256: sha256(document),
      reason,
      authorId: ctx.user?.id ?? null,
      authorName: ctx.user?.displayName ?? null,
    });
    if (minutes.currentVersion !== next) {
      await this.connection.manager(ctx).query('UPDATE minutes SET current_version = $2 WHERE id = $1', [minutes.id, next]);
      minutes.currentVersion = next;
    }
    await this.meetings.record(ctx, council, 'minutes.version', 'minutes', minutes.id, { version: next, kind, reason });
    return v;
  }
}

function summariesOf(doc: MinutesDocument): Record<string, string> {
  return Object.fromEntries(doc.items.map((i) => [i.itemId, i.summary]));
}

function withSummaries(doc: MinutesDocument, summaries: Array<{ itemId: string; summary: string }>): MinutesDocument {
  for (const s of summaries) if (!doc.items.some((i) => i.itemId === s.itemId)) throw DomainError.badInput([{ path: 'itemId', messageKey: 'minutes.unknownItem' }]);
  const by = new Map(summaries.map((s) => [s.itemId, s.summary.trim()]));
  return { ...doc, items: doc.items.map((i) => (by.has(i.itemId) ? { ...i, summary: by.get(i.itemId) ?? '' } : i)) };
}

export type { IsoDate };
