import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, type RequestContext } from '@kenes/api/core';
import { PublicCompetitionsArgs } from './selection.inputs';
import { toPublicCompetition } from './selection.mappers';
import { PublicCompetition } from './selection.models';
import { SelectionService } from './selection.service';

@Resolver(() => PublicCompetition)
@Public()
export class SelectionPublicResolver {
  constructor(private readonly selection: SelectionService) {}

  @Query(() => [PublicCompetition], {
    nullable: true,
    description: 'Published competitions of a published council with their results and reasons (names only, no personal data).',
  })
  async competitions(@Ctx() ctx: RequestContext, @Args() args: PublicCompetitionsArgs): Promise<PublicCompetition[] | null> {
    const rows = await this.selection.published(ctx, args.slug);
    return rows ? rows.map((r) => toPublicCompetition(r, ctx.locale)) : null;
  }
}
