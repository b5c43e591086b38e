import { Module } from '@nestjs/common';
import { SearchPublicResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({ providers: [SearchService], exports: [SearchService] })
export class SearchModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [SearchModule], providers: [SearchPublicResolver] })
export class SearchPublicApiModule {}
