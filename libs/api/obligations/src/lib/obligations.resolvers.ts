import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuditService, Ctx, DomainError, ErrorCode, Public, RequestContext, Transaction, TransactionalConnection, assertAllowed } from '@kenes/api/core';
import { CompositionRepository, HolidayYearEntity } from '@kenes/api/composition';
import { createHmac } from 'node:crypto';
import { ObligationEntity, RecommendationEntity } from './obligations.entities';
import {
  AssessInput,
  BodyArgs,
  CitizenDisputeInput,
  CommitmentReportInput,
  DisputeInput,
  DraftAnswerInput,
  ExtensionInput,
  GroundsInput,
  HolidayYearInput,
  ObligationArgs,
  PublicCouncilArgs,
  PublicRecommendationArgs,
  RecommendationArgs,
  RedirectInput,
} from './obligations.inputs';
import { BodyFigures, HolidayYearView, InboxEntry, RecommendationSummary, RecommendationView } from './obligations.models';
import { ObligationsQueries } from './obligations.queries';
import { ObligationsService } from './obligations.service';

const COUNCIL = { council: 'meeting.manage' } as const;
const BODY = { body: 'obligation.respond' } as const;

/** The authenticated side: council secretaries and members, and the state bodies' officers and heads. */
@Resolver(() => RecommendationView)
export class ObligationsAdminResolver {
  constructor(
    private readonly service: ObligationsService,
    private readonly queries: ObligationsQueries,
    private readonly composition: CompositionRepository,
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  private async view(ctx: RequestContext, obligationId: string, publicView = false): Promise<RecommendationView> {
    const o = await this.connection.getRepository(ctx, ObligationEntity).findOneByOrFail({ id: obligationId });
    const rec = await this.connection.getRepository(ctx, RecommendationEntity).findOneByOrFail({ id: o.recommendationId });
    const council = await this.composition.councilFor(ctx, rec.councilId, 'council.read').catch(() => null);
    const c = council ?? (await this.queries.councilById(ctx, rec.councilId));
    return this.queries.recommendation(ctx, c, rec.number, publicView);
  }

  @Query(() => [RecommendationSummary], { description: 'A council’s recommendations, newest first.' })
  @Allow('council.read')
  async recommendations(@Ctx() ctx: RequestContext, @Args() args: PublicCouncilArgs): Promise<RecommendationSummary[]> {
    const council = await this.queries.councilOfSlugForUser(ctx, args.slug);
    return this.queries.recommendations(ctx, council);
  }

  @Query(() => RecommendationView, { description: 'A recommendation of a council, with every addressee’s clock, trail, answers and commitments.' })
  @Allow('council.read')
  async recommendation(@Ctx() ctx: RequestContext, @Args() args: RecommendationArgs): Promise<RecommendationView> {
    const council = await this.composition.councilFor(ctx, args.councilId, 'council.read', 'entity.recommendation');
    return this.queries.recommendation(ctx, council, args.number, false);
  }

  @Query(() => [InboxEntry], { description: 'The obligations of the caller’s body: overdue first, then by due date.' })
  @Allow('obligation.respond')
  obligationInbox(@Ctx() ctx: RequestContext): Promise<InboxEntry[]> {
    return this.queries.inbox(ctx);
  }

  @Query(() => RecommendationView, { description: 'The recommendation behind an obligation of the caller’s body (drafts included).' })
  @Allow('obligation.respond')
  async obligationRecommendation(@Ctx() ctx: RequestContext, @Args() args: ObligationArgs): Promise<RecommendationView> {
    await this.service.access(ctx, args.obligationId, BODY);
    return this.view(ctx, args.obligationId);
  }

  @Query(() => [HolidayYearView], { description: 'Years of the working-day calendar as entered (national and by jurisdiction).' })
  @Allow('registry.read')
  async holidayYears(@Ctx() ctx: RequestContext): Promise<HolidayYearView[]> {
    const rows = await this.connection.getRepository(ctx, HolidayYearEntity).find({ order: { year: 'DESC' }, take: 100 });
    return rows.map((r) => ({
      id: r.id,
      year: r.year,
      jurisdictionId: r.jurisdictionId,
      confirmed: r.confirmed,
      datedHolidays: r.datedHolidays.map((d) => d.date),
      extraDaysOff: r.extraDaysOff.map((d) => d.date),
      workingDays: r.workingDays.map((d) => d.date),
    }));
  }

  @Mutation(() => RecommendationView, { description: 'The body acknowledges receipt (the time is recorded).' })
  @Allow('obligation.respond')
  @Transaction()
  async acknowledgeObligation(@Ctx() ctx: RequestContext, @Args() args: ObligationArgs): Promise<RecommendationView> {
    await this.service.apply(ctx, args.obligationId, BODY, { type: 'receive', date: this.service.today() });
    return this.view(ctx, args.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'The body asks the council for a clarification: the clock stops until the secretary resumes it.' })
  @Allow('obligation.respond')
  @Transaction()
  async requestClarification(@Ctx() ctx: RequestContext, @Args('input') input: GroundsInput): Promise<RecommendationView> {
    await this.service.apply(ctx, input.obligationId, BODY, { type: 'stopClock', date: this.service.today(), grounds: input.grounds });
    return this.view(ctx, input.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'The body asks for an extension with grounds; the council’s secretary decides.' })
  @Allow('obligation.respond')
  @Transaction()
  async requestExtension(@Ctx() ctx: RequestContext, @Args('input') input: ExtensionInput): Promise<RecommendationView> {
    const { council } = await this.service.access(ctx, input.obligationId, BODY);
    await this.service.trail(ctx, input.obligationId, 'extensionRequested', this.service.today(), { grounds: input.grounds, workingDays: input.workingDays });
    await this.service.record(ctx, council, 'obligation.extensionRequested', 'obligation', input.obligationId, { workingDays: input.workingDays });
    return this.view(ctx, input.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'Resumes a stopped clock; the due date moves by the time it stood still.' })
  @Allow('meeting.manage')
  @Transaction()
  async resumeObligationClock(@Ctx() ctx: RequestContext, @Args() args: ObligationArgs): Promise<RecommendationView> {
    await this.service.apply(ctx, args.obligationId, COUNCIL, { type: 'resumeClock', date: this.service.today() });
    return this.view(ctx, args.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'Grants a lawful extension in working days, with grounds (before the due date).' })
  @Allow('meeting.manage')
  @Transaction()
  async extendObligation(@Ctx() ctx: RequestContext, @Args('input') input: ExtensionInput): Promise<RecommendationView> {
    await this.service.apply(ctx, input.obligationId, COUNCIL, { type: 'extend', date: this.service.today(), workingDays: input.workingDays, grounds: input.grounds });
    return this.view(ctx, input.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'Redirects to the competent body: the clock restarts there, the history stays.' })
  @Allow('meeting.manage')
  @Transaction()
  async redirectObligation(@Ctx() ctx: RequestContext, @Args('input') input: RedirectInput): Promise<RecommendationView> {
    await this.service.apply(ctx, input.obligationId, COUNCIL, { type: 'redirect', date: this.service.today(), toBodyId: input.toBodyId, grounds: input.grounds });
    return this.view(ctx, input.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'Records the council’s assessment of an answer; inadequate returns it to the body with a new clock.' })
  @Allow('meeting.manage')
  @Transaction()
  async assessAnswer(@Ctx() ctx: RequestContext, @Args('input') input: AssessInput): Promise<RecommendationView> {
    await this.service.apply(ctx, input.obligationId, COUNCIL, { type: 'assess', date: this.service.today(), adequate: input.adequate });
    return this.view(ctx, input.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'Saves the body’s draft answer, point by point.' })
  @Allow('obligation.respond')
  @Transaction()
  async draftAnswer(@Ctx() ctx: RequestContext, @Args('input') input: DraftAnswerInput): Promise<RecommendationView> {
    await this.service.draftAnswer(ctx, input.obligationId, input.summary, input.points);
    return this.view(ctx, input.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'The head signs the draft: it becomes the answer; accepted points become commitments.' })
  @Allow('obligation.sign')
  @Transaction()
  async signAnswer(@Ctx() ctx: RequestContext, @Args() args: ObligationArgs): Promise<RecommendationView> {
    await this.service.signAnswer(ctx, args.obligationId);
    return this.view(ctx, args.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'Reports progress on a commitment, or that it is done (evidence required).' })
  @Allow('obligation.respond')
  @Transaction()
  async reportOnCommitment(@Ctx() ctx: RequestContext, @Args('input') input: CommitmentReportInput): Promise<RecommendationView> {
    const c = await this.service.report(ctx, input.commitmentId, input.done ? 'done' : 'progress', input.text, input.evidence);
    return this.view(ctx, c.obligationId);
  }

  @Mutation(() => RecommendationView, { description: 'A council member or the secretary disputes a “done” with evidence; it reopens.' })
  @Allow('council.read')
  @Transaction()
  async disputeCommitment(@Ctx() ctx: RequestContext, @Args('input') input: DisputeInput): Promise<RecommendationView> {
    const perm = ctx.user?.permissions.has('meeting.manage') ? 'meeting.manage' : 'meeting.participate';
    const c = await this.service.dispute(ctx, input.commitmentId, input.text, input.evidence, ctx.user?.displayName ?? '', { council: perm });
    return this.view(ctx, c.obligationId);
  }

  @Mutation(() => HolidayYearView, { description: 'Enters a year of the working-day calendar (moving holidays, decreed transfers).' })
  @Allow('calendar.manage')
  @Transaction()
  async setHolidayYear(@Ctx() ctx: RequestContext, @Args('input') input: HolidayYearInput): Promise<HolidayYearView> {
    if (!ctx.user) throw DomainError.unauthenticated();
    const target = input.jurisdictionId
      ? ({ kind: 'jurisdiction', jurisdictionPath: await this.queries.path(ctx, input.jurisdictionId) } as const)
      : ({ kind: 'platform' } as const);
    assertAllowed(ctx, 'calendar.manage', target, () => DomainError.notFound('entity.jurisdiction'));
    for (const d of [...input.datedHolidays, ...input.extraDaysOff, ...input.workingDays]) {
      if (Number(d.date.slice(0, 4)) !== input.year) throw DomainError.badInput([{ path: 'year', messageKey: 'validation.invalid' }]);
    }
    const repo = this.connection.getRepository(ctx, HolidayYearEntity);
    await this.connection.manager(ctx).query('SELECT pg_advisory_xact_lock(hashtext($1))', [`holiday-year:${input.jurisdictionId ?? 'national'}:${input.year}`]);
    const existing = await repo.createQueryBuilder('h').where('h.year = :y AND h.jurisdiction_id IS NOT DISTINCT FROM :j', { y: input.year, j: input.jurisdictionId ?? null }).getOne();
    const l = (n: { kk?: string; ru: string; en?: string }) => ({ ru: n.ru, kk: n.kk ?? null, en: n.en ?? null });
    const saved = await repo.save({
      ...(existing ?? {}),
      jurisdictionId: input.jurisdictionId ?? null,
      year: input.year,
      datedHolidays: input.datedHolidays.map((d) => ({ date: d.date, name: l(d.name), carryOverWhenWeekend: false })),
      extraDaysOff: input.extraDaysOff.map((d) => ({ date: d.date, reason: l(d.name) })),
      workingDays: input.workingDays.map((d) => ({ date: d.date, reason: l(d.name) })),
      confirmed: input.confirmed,
      updatedBy: ctx.user.id,
    });
    await this.audit.record(ctx, {
      chain: input.jurisdictionId ?? 'national',
      action: 'calendar.yearSet',
      entityType: 'holiday_year',
      entityId: saved.id,
      actorId: ctx.user.id,
      data: { year: saved.year, confirmed: saved.confirmed, datedHolidays: saved.datedHolidays.length, extraDaysOff: saved.extraDaysOff.length, workingDays: saved.workingDays.length },
    });
    return {
      id: saved.id,
      year: saved.year,
      jurisdictionId: saved.jurisdictionId,
      confirmed: saved.confirmed,
      datedHolidays: saved.datedHolidays.map((d) => d.date),
      extraDaysOff: saved.extraDaysOff.map((d) => d.date),
      workingDays: saved.workingDays.map((d) => d.date),
    };
  }
}

/** The anonymous side: every recommendation of a published council, its clocks and answers, and bodies’ figures. */
@Resolver(() => RecommendationView)
export class ObligationsPublicResolver {
  constructor(
    private readonly service: ObligationsService,
    private readonly queries: ObligationsQueries,
    private readonly connection: TransactionalConnection,
  ) {}

  @Query(() => [RecommendationSummary])
  @Public()
  async publicRecommendations(@Ctx() ctx: RequestContext, @Args() args: PublicCouncilArgs): Promise<RecommendationSummary[]> {
    return this.queries.recommendations(ctx, await this.queries.councilOfSlug(ctx, args.slug));
  }

  @Query(() => RecommendationView, { description: 'A recommendation: the clock of each addressee with how it was computed, every step of the trail, signed answers and commitments.' })
  @Public()
  async publicRecommendation(@Ctx() ctx: RequestContext, @Args() args: PublicRecommendationArgs): Promise<RecommendationView> {
    return this.queries.recommendation(ctx, await this.queries.councilOfSlug(ctx, args.slug), args.number, true);
  }

  @Query(() => BodyFigures, { description: 'A state body’s responsiveness: open, on time, late, overdue, median delay, adequacy, execution — with the method.' })
  @Public()
  stateBodyFigures(@Ctx() ctx: RequestContext, @Args() args: BodyArgs): Promise<BodyFigures> {
    return this.queries.bodyFigures(ctx, args.bodyId);
  }

  @Mutation(() => Boolean, { description: 'A citizen disputes a commitment marked done, with evidence (a link); it reopens.' })
  @Public()
  @Transaction()
  async disputeCommitmentAsCitizen(@Ctx() ctx: RequestContext, @Args('input') input: CitizenDisputeInput): Promise<boolean> {
    const source = createHmac('sha256', 'kenes-dispute').update(ctx.ip ?? 'unknown').digest('hex').slice(0, 32);
    const m = this.connection.manager(ctx);
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dispute:${source}`]);
    const [{ n }]: Array<{ n: string }> = await m.query(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'commitment.disputedBy' AND data->>'source' = $1 AND occurred_at > now() - interval '1 day'`,
      [source],
    );
    if (Number(n) >= 5) throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'obligations.tooManyDisputes');
    const system = RequestContext.systemFrom(ctx);
    const c = await this.service.dispute(system, input.commitmentId, input.text, input.evidence, input.name, 'public');
    const o = await this.connection.getRepository(ctx, ObligationEntity).findOneByOrFail({ id: c.obligationId });
    const rec = await this.connection.getRepository(ctx, RecommendationEntity).findOneByOrFail({ id: o.recommendationId });
    const council = await this.queries.councilById(ctx, rec.councilId);
    if (!council.publishedAt) throw DomainError.notFound('entity.commitment');
    await this.service.record(system, council, 'commitment.disputedBy', 'commitment', c.id, { source });
    return true;
  }
}
