import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, type RequestContext } from '@kenes/api/core';
import { SearchArgs, SearchResults } from './search.models';
import { SearchService } from './search.service';

@Resolver(() => SearchResults)
export class SearchPublicResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchResults, { description: 'Searches agenda items, decisions and recommendations of published councils (Russian with stemming, Kazakh as written), best matches first.' })
  @Public()
  searchRecord(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<SearchResults> {
    return this.search.search(ctx, args);
  }
}
