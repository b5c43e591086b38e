import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@kenes/api/core';
import { CouncilActivityArgs, CouncilActivityView } from './council-activity.graphql';
import { CouncilActivityService } from './council-activity.service';

/** The anonymous side of "what this council did". */
@Resolver(() => CouncilActivityView)
export class CouncilActivityResolver {
  constructor(private readonly activity: CouncilActivityService) {}

  @Query(() => CouncilActivityView, { description: 'What a published council did in a year, counted from its public record, for the plain-words page.' })
  @Public()
  publicCouncilActivity(@Ctx() ctx: RequestContext, @Args() args: CouncilActivityArgs): Promise<CouncilActivityView> {
    return this.activity.forYear(ctx, args.slug, args.year);
  }
}
