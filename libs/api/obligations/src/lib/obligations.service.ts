import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  AuditService,
  DomainError,
  ErrorCode,
  TransactionalConnection,
  type RequestContext,
  assertAllowed,
  jurisdictionPath,
} from '@kenes/api/core';
import { WorkingCalendarService, kazakhstanToday } from '@kenes/api/composition';
import { MotionEvents, type MotionAdopted } from '@kenes/api/meetings';
import { CouncilEntity, StateBodyEntity } from '@kenes/api/registry';
import {
  applyObligationEvent,
  findRule,
  formatMessage,
  openObligation,
  type DeadlineDocumentType,
  type HolidayCalendar,
  type IsoDate,
  type ObligationEvent,
  type Permission,
  type ResponseObligation,
  type RuleSet,
} from '@kenes/domain';
import {
  AnswerPointEntity,
  CommitmentEntity,
  CommitmentUpdateEntity,
  ObligationAnswerEntity,
  ObligationEntity,
  RecommendationEntity,
  RecommendationPointEntity,
} from './obligations.entities';

/** Agenda categories whose recommendations answer on the shorter term of draft budget programmes and plans. */
const BUDGET_CATEGORIES = new Set(['budgetProgramme', 'strategicPlan']);

export interface AnswerPointInput {
  pointId: string;
  verdict: 'accepted' | 'partlyAccepted' | 'rejected' | 'needsStudy';
  scope?: string;
  reasons?: string;
  studyUntil?: string;
  commitmentOwner?: string;
  commitmentDue?: string;
}

export interface Evidence {
  fileId?: string;
  url?: string;
  fileName?: string;
}

/**
 * Recommendations and the obligations they create: the legal clock of each addressee (computed by
 * the domain on the working-day calendar), its trail of events, the body's answers per point, and
 * the commitments they make. Every change of an obligation locks its row, runs the domain's state
 * machine, and writes the new state and one trail step in the same transaction.
 */
@Injectable()
export class ObligationsService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly calendars: WorkingCalendarService,
    private readonly audit: AuditService,
    private readonly motions: MotionEvents,
  ) {}

  onModuleInit(): void {
    this.motions.onAdopted((ctx, e) => this.fromAdoptedMotion(ctx, e).then(() => undefined));
  }

  // ---- calendar and rules --------------------------------------------------------------------

  /** The working-day calendar of a jurisdiction for some years: the statutory seed plus what the authorized body entered (WorkingCalendarService). */
  calendarFor(ctx: RequestContext, jurisdictionId: string | null, years: readonly number[]): Promise<HolidayCalendar> {
    return this.calendars.calendarFor(ctx, jurisdictionId, years);
  }

  /** The council's rule set on `from` and its calendar around it (WorkingCalendarService). */
  context(ctx: RequestContext, council: CouncilEntity, from: IsoDate): Promise<{ ruleSet: RuleSet; calendar: HolidayCalendar }> {
    return this.calendars.context(ctx, council, from);
  }

  // ---- recommendations ----------------------------------------------------------------------

  /** An adopted recommendation motion becomes a recommendation; its clocks start when the rule set says. Idempotent. */
  async fromAdoptedMotion(ctx: RequestContext, e: MotionAdopted): Promise<RecommendationEntity | null> {
    const m = this.connection.manager(ctx);
    const existing = await this.connection.getRepository(ctx, RecommendationEntity).findOneBy({ motionId: e.motionId });
    if (existing) return existing;
    const [motion]: Array<{ text: string; points: string[]; title: RecommendationEntity['title']; category: string }> = await m.query(
      `SELECT mo.text, mo.points, i.title, i.category FROM motion mo JOIN agenda_item i ON i.id = mo.item_id WHERE mo.id = $1`,
      [e.motionId],
    );
    if (!motion) return null;
    const addressees: Array<{ state_body_id: string; lead: boolean }> = await m.query(
      'SELECT state_body_id, lead FROM motion_addressee WHERE motion_id = $1 ORDER BY lead DESC, id',
      [e.motionId],
    );
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: e.councilId });
    await m.query('SELECT id FROM council WHERE id = $1 FOR UPDATE', [council.id]);
    const [{ next }]: Array<{ next: number }> = await m.query('SELECT COALESCE(max(number), 0) + 1 AS next FROM recommendation WHERE council_id = $1', [council.id]);
    const documentType: DeadlineDocumentType = BUDGET_CATEGORIES.has(motion.category) ? 'budgetProgramme' : 'recommendation';
    const rec = await this.connection.getRepository(ctx, RecommendationEntity).save({
      motionId: e.motionId,
      councilId: council.id,
      meetingId: e.meetingId,
      number: next,
      title: motion.title,
      text: motion.text,
      documentType,
      adoptedOn: e.adoptedOn,
    });
    await this.connection
      .getRepository(ctx, RecommendationPointEntity)
      .insert(motion.points.map((text, i) => ({ recommendationId: rec.id, number: i + 1, text })));
    await this.record(ctx, council, 'recommendation.adopted', 'recommendation', rec.id, { motionId: e.motionId, number: next, addressees: addressees.length });
    const { ruleSet } = await this.context(ctx, council, e.adoptedOn);
    const start = findRule(ruleSet, 'obligations.clockStart', e.adoptedOn)?.value.on ?? 'adoption';
    if (start === 'adoption') await this.startClocks(ctx, rec, addressees, e.adoptedOn);
    return rec;
  }

  /**
   * Dispatches the recommendation to each addressee with a due date computed from `dispatchedOn`.
   * Called at adoption, or — when the rule set starts clocks on publication of the minutes — then.
   */
  async startClocks(ctx: RequestContext, rec: RecommendationEntity, addressees: Array<{ state_body_id: string; lead: boolean }>, dispatchedOn: IsoDate): Promise<ObligationEntity[]> {
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: rec.councilId });
    const dctx = await this.context(ctx, council, dispatchedOn);
    const saved: ObligationEntity[] = [];
    for (const a of addressees) {
      const o = openObligation(dctx, { documentType: rec.documentType, addresseeBodyId: a.state_body_id, dispatchedOn });
      const row = await this.connection.getRepository(ctx, ObligationEntity).save({
        recommendationId: rec.id,
        bodyId: a.state_body_id,
        lead: a.lead,
        documentType: rec.documentType,
        ...this.columns(o),
        receivedAt: null,
        adequate: null,
      });
      await this.trail(ctx, row.id, 'dispatch', dispatchedOn, { due: o.due });
      await this.record(ctx, council, 'obligation.dispatched', 'obligation', row.id, { bodyId: a.state_body_id, due: o.due });
      saved.push(row);
    }
    return saved;
  }

  // ---- obligation events ----------------------------------------------------------------------

  /** The obligation and its council, if the caller may act on it from the body's side or the council's. */
  async access(
    ctx: RequestContext,
    id: string,
    side: { body?: Permission; council?: Permission },
  ): Promise<{ obligation: ObligationEntity; rec: RecommendationEntity; council: CouncilEntity }> {
    const obligation = await this.connection.getRepository(ctx, ObligationEntity).findOneBy({ id });
    if (!obligation) throw DomainError.notFound('entity.obligation');
    const rec = await this.connection.getRepository(ctx, RecommendationEntity).findOneByOrFail({ id: obligation.recommendationId });
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneByOrFail({ id: rec.councilId });
    if (ctx.isSystem) return { obligation, rec, council };
    const notFound = () => DomainError.notFound('entity.obligation');
    if (side.body) {
      const body = await this.connection.getRepository(ctx, StateBodyEntity).findOneByOrFail({ id: obligation.bodyId });
      const path = await jurisdictionPath(this.connection.manager(ctx), body.jurisdictionId);
      assertAllowed(ctx, side.body, { kind: 'stateBody', stateBodyId: body.id, jurisdictionPath: path }, notFound);
    } else if (side.council) {
      const path = await jurisdictionPath(this.connection.manager(ctx), council.jurisdictionId);
      assertAllowed(ctx, side.council, { kind: 'council', councilId: council.id, hostBodyId: council.hostBodyId, jurisdictionPath: path }, notFound);
    }
    return { obligation, rec, council };
  }

  /** Applies a domain event under the obligation's row lock and writes the trail step. */
  async apply(
    ctx: RequestContext,
    id: string,
    side: { body?: Permission; council?: Permission },
    event: ObligationEvent,
    extra: Record<string, unknown> = {},
  ): Promise<ObligationEntity> {
    const { council } = await this.access(ctx, id, side);
    await this.connection.manager(ctx).query('SELECT id FROM obligation WHERE id = $1 FOR UPDATE', [id]);
    const row = await this.connection.getRepository(ctx, ObligationEntity).findOneByOrFail({ id });
    const dctx = await this.context(ctx, council, row.clockStart as IsoDate);
    const r = applyObligationEvent(dctx, this.domain(row), event);
    if (!r.ok) {
      const explanation = formatMessage(r.error.message, ctx.locale);
      throw new DomainError(ErrorCode.CONFLICT, 'obligations.refused', { explanation }, [], { reason: r.error.kind, explanation });
    }
    Object.assign(row, this.columns(r.value));
    if (event.type === 'assess') row.adequate = event.adequate;
    if (event.type === 'receive') row.receivedAt = new Date();
    await this.connection.getRepository(ctx, ObligationEntity).save(row);
    const type = event.type === 'assess' ? (event.adequate ? 'assessAdequate' : 'assessInadequate') : event.type;
    const data: Record<string, unknown> = { ...extra, due: r.value.due };
    if ('grounds' in event) data['grounds'] = event.grounds;
    if ('toBodyId' in event && event.toBodyId) data['toBodyId'] = event.toBodyId;
    if (event.type === 'extend') data['workingDays'] = event.workingDays;
    await this.trail(ctx, row.id, type, event.date, data);
    await this.record(ctx, council, `obligation.${type}`, 'obligation', row.id, data);
    return row;
  }

  today(): IsoDate {
    return kazakhstanToday();
  }


  // ---- answers ----------------------------------------------------------------------------------

  /** Saves the body's draft answer, point by point (replacing an earlier draft of the same version). */
  async draftAnswer(ctx: RequestContext, obligationId: string, summary: string, points: AnswerPointInput[]): Promise<ObligationAnswerEntity> {
    const { obligation, rec, council } = await this.access(ctx, obligationId, { body: 'obligation.respond' });
    await this.connection.manager(ctx).query('SELECT id FROM obligation WHERE id = $1 FOR UPDATE', [obligation.id]);
    const fresh = await this.connection.getRepository(ctx, ObligationEntity).findOneByOrFail({ id: obligation.id });
    if (!['dispatched', 'received', 'overdue', 'escalated', 'reopened'].includes(fresh.state)) throw DomainError.conflict('obligations.notAnswerable');
    const recPoints = await this.connection.getRepository(ctx, RecommendationPointEntity).find({ where: { recommendationId: rec.id } });
    const ids = new Set(recPoints.map((p) => p.id));
    if (points.length !== recPoints.length || new Set(points.map((p) => p.pointId)).size !== points.length || points.some((p) => !ids.has(p.pointId))) {
      throw DomainError.badInput([{ path: 'points', messageKey: 'obligations.answerPointsMismatch' }]);
    }
    points.forEach((p, i) => {
      const path = `points.${i}`;
      if (p.verdict === 'rejected' && !p.reasons?.trim()) throw DomainError.badInput([{ path: `${path}.reasons`, messageKey: 'obligations.reasonsRequired' }]);
      if (p.verdict === 'partlyAccepted' && !p.scope?.trim()) throw DomainError.badInput([{ path: `${path}.scope`, messageKey: 'obligations.scopeRequired' }]);
      if (p.verdict === 'needsStudy' && !p.studyUntil) throw DomainError.badInput([{ path: `${path}.studyUntil`, messageKey: 'obligations.studyDateRequired' }]);
      if ((p.verdict === 'accepted' || p.verdict === 'partlyAccepted') && (!p.commitmentOwner?.trim() || !p.commitmentDue))
        throw DomainError.badInput([{ path: `${path}.commitmentOwner`, messageKey: 'obligations.commitmentRequired' }]);
    });
    const answers = this.connection.getRepository(ctx, ObligationAnswerEntity);
    const signedCount = await answers.countBy({ obligationId: obligation.id, state: 'signed' });
    const version = signedCount + 1;
    let answer = await answers.findOneBy({ obligationId: obligation.id, version });
    if (answer) await this.connection.getRepository(ctx, AnswerPointEntity).delete({ answerId: answer.id });
    answer = await answers.save({ ...(answer ?? {}), obligationId: obligation.id, version, state: 'draft', summary: summary.trim(), draftedBy: ctx.user?.id ?? null, signedBy: null, signedByName: null, signedAt: null });
    await this.connection.getRepository(ctx, AnswerPointEntity).insert(
      points.map((p) => ({
        answerId: answer.id,
        pointId: p.pointId,
        verdict: p.verdict,
        scope: p.scope?.trim() || null,
        reasons: p.reasons?.trim() || null,
        studyUntil: p.studyUntil ?? null,
        commitmentOwner: p.verdict === 'accepted' || p.verdict === 'partlyAccepted' ? (p.commitmentOwner?.trim() ?? null) : null,
        commitmentDue: p.verdict === 'accepted' || p.verdict === 'partlyAccepted' ? (p.commitmentDue ?? null) : null,
      })),
    );
    await this.record(ctx, council, 'answer.drafted', 'obligation_answer', answer.id, { obligationId: obligation.id, version });
    return answer;
  }

  /** The head signs the draft: it becomes the answer (the clock stops there), accepted points become commitments. */
  async signAnswer(ctx: RequestContext, obligationId: string): Promise<ObligationEntity> {
    const { obligation, council } = await this.access(ctx, obligationId, { body: 'obligation.sign' });
    await this.connection.manager(ctx).query('SELECT id FROM obligation WHERE id = $1 FOR UPDATE', [obligation.id]);
    const answers = this.connection.getRepository(ctx, ObligationAnswerEntity);
    const draft = await answers.findOne({ where: { obligationId: obligation.id, state: 'draft' }, order: { version: 'DESC' } });
    if (!draft) throw DomainError.conflict('obligations.noDraft');
    const today = this.today();
    const row = await this.apply(ctx, obligation.id, { body: 'obligation.sign' }, { type: 'answer', date: today }, { version: draft.version });
    Object.assign(draft, { state: 'signed', signedBy: ctx.user?.id ?? null, signedByName: ctx.user?.displayName ?? 'system', signedAt: new Date() });
    await answers.save(draft);
    const points = await this.connection.getRepository(ctx, AnswerPointEntity).find({ where: { answerId: draft.id }, relations: { point: true } });
    for (const p of points) {
      if ((p.verdict !== 'accepted' && p.verdict !== 'partlyAccepted') || !p.commitmentOwner || !p.commitmentDue) continue;
      await this.connection.getRepository(ctx, CommitmentEntity).save({
        answerPointId: p.id,
        obligationId: obligation.id,
        bodyId: obligation.bodyId,
        pointId: p.pointId,
        title: p.verdict === 'partlyAccepted' && p.scope ? p.scope : (p.point?.text ?? ''),
        owner: p.commitmentOwner,
        due: p.commitmentDue,
        state: 'open',
        doneOn: null,
      });
    }
    await this.record(ctx, council, 'answer.signed', 'obligation_answer', draft.id, { obligationId: obligation.id, version: draft.version });
    return row;
  }

  // ---- commitments ------------------------------------------------------------------------------

  private async lockedCommitment(ctx: RequestContext, id: string, side: { body?: Permission; council?: Permission }) {
    const found = await this.connection.getRepository(ctx, CommitmentEntity).findOneBy({ id });
    if (!found) throw DomainError.notFound('entity.commitment');
    const { council } = await this.access(ctx, found.obligationId, side).catch((e: unknown) => {
      if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) throw DomainError.notFound('entity.commitment');
      throw e;
    });
    await this.connection.manager(ctx).query('SELECT id FROM commitment WHERE id = $1 FOR UPDATE', [id]);
    return { commitment: await this.connection.getRepository(ctx, CommitmentEntity).findOneByOrFail({ id }), council };
  }

  /** The body reports progress, or that it is done (evidence required: the database checks it too). */
  async report(ctx: RequestContext, id: string, kind: 'progress' | 'done', text: string, evidence: Evidence[]): Promise<CommitmentEntity> {
    const { commitment, council } = await this.lockedCommitment(ctx, id, { body: 'obligation.respond' });
    if (commitment.state === 'done') throw DomainError.conflict('obligations.alreadyDone');
    if (kind === 'done' && !evidence.length) throw DomainError.badInput([{ path: 'evidence', messageKey: 'obligations.evidenceRequired' }]);
    await this.connection.getRepository(ctx, CommitmentUpdateEntity).save({ commitmentId: id, kind, text, evidence, authorId: ctx.user?.id ?? null, authorName: ctx.user?.displayName ?? '' });
    if (kind === 'done') Object.assign(commitment, { state: 'done', doneOn: this.today() });
    await this.connection.getRepository(ctx, CommitmentEntity).save(commitment);
    await this.record(ctx, council, `commitment.${kind}`, 'commitment', id, { evidence: evidence.length });
    return commitment;
  }

  /** A council member, the secretary or a citizen disputes a "done" with evidence: it reopens. */
  async dispute(ctx: RequestContext, id: string, text: string, evidence: Evidence[], authorName: string, side: { council?: Permission } | 'public'): Promise<CommitmentEntity> {
    const { commitment, council } = await this.lockedCommitment(ctx, id, side === 'public' ? {} : side);
    if (commitment.state !== 'done') throw DomainError.conflict('obligations.notDone');
    if (!evidence.length) throw DomainError.badInput([{ path: 'evidence', messageKey: 'obligations.evidenceRequired' }]);
    await this.connection.getRepository(ctx, CommitmentUpdateEntity).save({ commitmentId: id, kind: 'dispute', text, evidence, authorId: ctx.user?.id ?? null, authorName });
    Object.assign(commitment, { state: 'open', doneOn: null });
    await this.connection.getRepository(ctx, CommitmentEntity).save(commitment);
    await this.record(ctx, council, 'commitment.disputed', 'commitment', id, { public: side === 'public' });
    return commitment;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  domain(row: ObligationEntity): ResponseObligation {
    return {
      documentType: row.documentType,
      addresseeBodyId: row.bodyId,
      state: row.state,
      dispatchedOn: row.dispatchedOn as IsoDate,
      clockStart: row.clockStart as IsoDate,
      due: row.due as IsoDate,
      ...(row.clockStoppedOn ? { clockStoppedOn: row.clockStoppedOn as IsoDate } : {}),
      escalationLevel: row.escalationLevel,
      extendedWorkingDays: row.extendedWorkingDays,
      ...(row.answeredOn ? { answeredOn: row.answeredOn as IsoDate } : {}),
      lastEventOn: row.lastEventOn as IsoDate,
      explanation: row.explanation,
    };
  }

  private columns(o: ResponseObligation): Partial<ObligationEntity> {
    return {
      bodyId: o.addresseeBodyId,
      state: o.state,
      dispatchedOn: o.dispatchedOn,
      clockStart: o.clockStart,
      due: o.due,
      clockStoppedOn: o.clockStoppedOn ?? null,
      escalationLevel: o.escalationLevel,
      extendedWorkingDays: o.extendedWorkingDays,
      answeredOn: o.answeredOn ?? null,
      lastEventOn: o.lastEventOn,
      explanation: [...o.explanation],
    };
  }

  async trail(ctx: RequestContext, obligationId: string, type: string, date: string, data: Record<string, unknown> = {}): Promise<void> {
    await this.connection.manager(ctx).query(
      `INSERT INTO obligation_event (obligation_id, seq, type, date, data, actor_id, actor_name)
       SELECT $1, COALESCE(max(seq), 0) + 1, $2, $3, $4, $5, $6 FROM obligation_event WHERE obligation_id = $1`,
      [obligationId, type, date, JSON.stringify(data), ctx.user?.id ?? null, ctx.user?.displayName ?? null],
    );
  }

  record(ctx: RequestContext, council: CouncilEntity, action: string, entityType: string, entityId: string, data: Record<string, unknown>): Promise<void> {
    return this.audit.record(ctx, { chain: council.jurisdictionId, action, entityType, entityId, actorId: ctx.user?.id, data: { councilId: council.id, ...data } });
  }
}
