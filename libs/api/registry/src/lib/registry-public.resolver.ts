import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, PageArgs, Public, type RequestContext } from '@kenes/api/core';
import { CouncilService } from './council.service';
import { JurisdictionService } from './jurisdiction.service';
import { CouncilsArgs } from './registry.inputs';
import { toPublicCouncil, toPublicJurisdiction } from './registry.mappers';
import { PublicCouncil, PublicCouncilPage, PublicJurisdiction } from './registry.models';

@Resolver(() => PublicCouncil)
@Public()
export class RegistryPublicResolver {
  constructor(
    private readonly councilService: CouncilService,
    private readonly jurisdictionService: JurisdictionService,
  ) {}

  @Query(() => PublicCouncilPage, { description: 'Published councils.' })
  async councils(@Ctx() ctx: RequestContext, @Args() args: CouncilsArgs): Promise<PublicCouncilPage> {
    const page = await this.councilService.findAll(ctx, args, { publishedOnly: true });
    return { items: page.items.map(toPublicCouncil), total: page.total };
  }

  @Query(() => PublicCouncil, { nullable: true, description: 'A published council by its slug.' })
  async council(@Ctx() ctx: RequestContext, @Args('slug') slug: string): Promise<PublicCouncil | null> {
    const c = await this.councilService.findPublishedBySlug(ctx, slug);
    return c ? toPublicCouncil(c) : null;
  }

  @Query(() => [PublicJurisdiction])
  async jurisdictions(@Ctx() ctx: RequestContext, @Args() args: PageArgs): Promise<PublicJurisdiction[]> {
    return (await this.jurisdictionService.findAll(ctx, args.page)).items.map(toPublicJurisdiction);
  }
}
