import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, PageArgs, Transaction, type RequestContext } from '@kenes/api/core';
import { CouncilService } from './council.service';
import { JurisdictionService } from './jurisdiction.service';
import { CouncilsArgs, CreateCouncilInput, StateBodiesArgs } from './registry.inputs';
import { toCouncil, toJurisdiction, toStateBody } from './registry.mappers';
import { Council, CouncilPage, JurisdictionPage, StateBodyPage } from './registry.models';

@Resolver(() => Council)
export class RegistryAdminResolver {
  constructor(
    private readonly councilService: CouncilService,
    private readonly jurisdictionService: JurisdictionService,
  ) {}

  @Query(() => CouncilPage)
  @Allow('council.read')
  async councils(@Ctx() ctx: RequestContext, @Args() args: CouncilsArgs): Promise<CouncilPage> {
    const page = await this.councilService.findAll(ctx, args, { publishedOnly: false });
    return { items: page.items.map(toCouncil), total: page.total };
  }

  @Query(() => Council)
  @Allow('council.read')
  async council(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Council> {
    return toCouncil(await this.councilService.findOne(ctx, id));
  }

  @Query(() => JurisdictionPage)
  @Allow('registry.read')
  async jurisdictions(@Ctx() ctx: RequestContext, @Args() args: PageArgs): Promise<JurisdictionPage> {
    const page = await this.jurisdictionService.findAll(ctx, args.page);
    return { items: page.items.map(toJurisdiction), total: page.total };
  }

  @Query(() => StateBodyPage)
  @Allow('registry.read')
  async stateBodies(@Ctx() ctx: RequestContext, @Args() args: StateBodiesArgs): Promise<StateBodyPage> {
    const page = await this.jurisdictionService.findStateBodies(ctx, args.jurisdictionId, args.page);
    return { items: page.items.map(toStateBody), total: page.total };
  }

  @Mutation(() => Council, { description: 'Shows the council on the public portal.' })
  @Allow('council.manage')
  @Transaction()
  async publishCouncil(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Council> {
    return toCouncil(await this.councilService.publish(ctx, id));
  }

  @Mutation(() => Council)
  @Allow('registry.manage')
  @Transaction()
  async createCouncil(@Ctx() ctx: RequestContext, @Args('input') input: CreateCouncilInput): Promise<Council> {
    return toCouncil(await this.councilService.create(ctx, input));
  }
}
