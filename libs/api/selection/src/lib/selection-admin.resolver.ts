import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Transaction, type RequestContext } from '@kenes/api/core';
import {
  AddWorkingGroupMemberInput,
  AdmitOrRefuseInput,
  CompetitionArgs,
  CompetitionsArgs,
  CreateCompetitionInput,
  DecideCompetitionInput,
  FillVacancyFromReserveInput,
  ScoreApplicationInput,
  SubmitApplicationInput,
} from './selection.inputs';
import { ReserveService } from './reserve.service';
import { toApplication, toCompetition, toReserveFill, toScore } from './selection.mappers';
import { Application, Competition, ReserveFill, Score } from './selection.models';
import { SelectionService } from './selection.service';

@Resolver(() => Competition)
export class SelectionAdminResolver {
  constructor(
    private readonly selection: SelectionService,
    private readonly reserve: ReserveService,
  ) {}

  @Query(() => [Competition], { description: 'The council’s competitions for seats, newest first.' })
  @Allow('council.read')
  async competitions(@Ctx() ctx: RequestContext, @Args() args: CompetitionsArgs): Promise<Competition[]> {
    return (await this.selection.competitions(ctx, args.councilId)).map((d) => toCompetition(d, ctx.locale));
  }

  @Query(() => Competition)
  @Allow('council.read')
  async competition(@Ctx() ctx: RequestContext, @Args() args: CompetitionArgs): Promise<Competition> {
    return toCompetition(await this.selection.competition(ctx, args.id), ctx.locale);
  }

  @Mutation(() => Competition, { description: 'Drafts a competition for the seats of a convocation.' })
  @Allow('council.manage')
  @Transaction()
  async createCompetition(@Ctx() ctx: RequestContext, @Args('input') input: CreateCompetitionInput): Promise<Competition> {
    return toCompetition(await this.selection.create(ctx, input), ctx.locale);
  }

  @Mutation(() => Competition, { description: 'Adds a working-group member (draft only); refused with CONFLICT when the state share would exceed the rule.' })
  @Allow('council.manage')
  @Transaction()
  async addWorkingGroupMember(@Ctx() ctx: RequestContext, @Args('input') input: AddWorkingGroupMemberInput): Promise<Competition> {
    return toCompetition(await this.selection.addWorkingGroupMember(ctx, input), ctx.locale);
  }

  @Mutation(() => Competition)
  @Allow('council.manage')
  @Transaction()
  async openCompetition(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Competition> {
    return toCompetition(await this.selection.open(ctx, id), ctx.locale);
  }

  @Mutation(() => Competition, { description: 'Closes the call; admitted applications go to the shortlist.' })
  @Allow('council.manage')
  @Transaction()
  async closeCompetition(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Competition> {
    return toCompetition(await this.selection.close(ctx, id), ctx.locale);
  }

  @Mutation(() => Application, { description: 'Records an application the secretary received.' })
  @Allow('council.manage')
  @Transaction()
  async submitApplication(@Ctx() ctx: RequestContext, @Args('input') input: SubmitApplicationInput): Promise<Application> {
    return toApplication(await this.selection.submit(ctx, input), [], ctx.locale);
  }

  @Mutation(() => Application, { description: 'Admits or refuses by the eligibility rules; the secretary may only add a refusal.' })
  @Allow('council.manage')
  @Transaction()
  async admitOrRefuse(@Ctx() ctx: RequestContext, @Args('input') input: AdmitOrRefuseInput): Promise<Application> {
    return toApplication(await this.selection.admitOrRefuse(ctx, input), [], ctx.locale);
  }

  @Mutation(() => Score, { description: 'A working-group member’s score (0–10); scoring again replaces it.' })
  @Allow('council.manage')
  @Transaction()
  async scoreApplication(@Ctx() ctx: RequestContext, @Args('input') input: ScoreApplicationInput): Promise<Score> {
    return toScore(await this.selection.score(ctx, input));
  }

  @Mutation(() => Competition, { description: 'Ranks by average score, selects the seats and lists the reserve, with reasons.' })
  @Allow('council.manage')
  @Transaction()
  async decideCompetition(@Ctx() ctx: RequestContext, @Args('input') input: DecideCompetitionInput): Promise<Competition> {
    return toCompetition(await this.selection.decide(ctx, input), ctx.locale);
  }

  @Mutation(() => Competition)
  @Allow('council.manage')
  @Transaction()
  async publishCompetition(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Competition> {
    return toCompetition(await this.selection.publish(ctx, id), ctx.locale);
  }

  @Mutation(() => ReserveFill, {
    description:
      'Appoints the next unused entry of a decided competition’s reserve list to a vacant seat, through the composition rules; an entry is used once.',
  })
  @Allow('council.manage')
  @Transaction()
  async fillVacancyFromReserve(@Ctx() ctx: RequestContext, @Args('input') input: FillVacancyFromReserveInput): Promise<ReserveFill> {
    return toReserveFill(await this.reserve.fillVacancyFromReserve(ctx, input), ctx.locale);
  }
}
