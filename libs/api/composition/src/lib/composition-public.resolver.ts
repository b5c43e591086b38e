import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, type RequestContext } from '@kenes/api/core';
import { PublicCompositionArgs } from './composition.inputs';
import { toPublicComposition } from './composition.mappers';
import { PublicComposition } from './composition-public.models';
import { CompositionService } from './composition.service';

@Resolver(() => PublicComposition)
@Public()
export class CompositionPublicResolver {
  constructor(private readonly compositions: CompositionService) {}

  @Query(() => PublicComposition, {
    nullable: true,
    description: 'A published council’s composition on a date, with the rules’ verdict and legal basis.',
  })
  async composition(@Ctx() ctx: RequestContext, @Args() args: PublicCompositionArgs): Promise<PublicComposition | null> {
    const snapshot = await this.compositions.publishedComposition(ctx, args.slug, args.onDate);
    return snapshot ? toPublicComposition(snapshot, ctx.locale) : null;
  }
}
