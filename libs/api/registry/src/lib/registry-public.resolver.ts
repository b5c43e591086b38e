import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, PageArgs, Public, type RequestContext } from '@kenes/api/core';
import { CouncilIndexService } from './council-index.service';
import { CouncilService } from './council.service';
import { JurisdictionService } from './jurisdiction.service';
import { CouncilHostBodiesArgs, CouncilsArgs } from './registry.inputs';
import {
  toPublicCouncil,
  toPublicCouncilDirectoryEntry,
  toPublicJurisdiction,
  toPublicJurisdictionFacet,
  toPublicStateBodyFacet,
} from './registry.mappers';
import {
  PublicCouncil,
  PublicCouncilDirectoryEntry,
  PublicCouncilPage,
  PublicJurisdiction,
  PublicJurisdictionFacet,
  PublicStateBodyFacet,
} from './registry.models';

@Resolver(() => PublicCouncil)
@Public()
export class RegistryPublicResolver {
  constructor(
    private readonly councilService: CouncilService,
    private readonly councilIndex: CouncilIndexService,
    private readonly jurisdictionService: JurisdictionService,
  ) {}

  @Query(() => PublicCouncilPage, {
    description:
      'Published councils in the order of the national index: by jurisdiction (the republic, then each oblast or city of republican significance followed by its districts and cities, by name), then host state body, then name.',
  })
  async councils(@Ctx() ctx: RequestContext, @Args() args: CouncilsArgs): Promise<PublicCouncilPage> {
    const page = await this.councilService.findAll(ctx, args, { publishedOnly: true, order: 'index' });
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

  @Query(() => [PublicJurisdictionFacet], { description: 'The jurisdictions that have published councils, in index order, with their counts.' })
  async councilJurisdictions(@Ctx() ctx: RequestContext): Promise<PublicJurisdictionFacet[]> {
    return (await this.councilIndex.jurisdictions(ctx)).map(toPublicJurisdictionFacet);
  }

  @Query(() => [PublicStateBodyFacet], { description: 'The state bodies that host published councils, in index order, with their counts.' })
  async councilHostBodies(@Ctx() ctx: RequestContext, @Args() args: CouncilHostBodiesArgs): Promise<PublicStateBodyFacet[]> {
    return (await this.councilIndex.hostBodies(ctx, args.jurisdictionCode)).map(toPublicStateBodyFacet);
  }

  @Query(() => [PublicCouncilDirectoryEntry], {
    description: 'Every published council in a few words (slug, name, jurisdiction), in index order: for pickers. Not paged: one short row per council.',
  })
  async councilDirectory(@Ctx() ctx: RequestContext): Promise<PublicCouncilDirectoryEntry[]> {
    return (await this.councilIndex.directory(ctx)).map(toPublicCouncilDirectoryEntry);
  }
}
