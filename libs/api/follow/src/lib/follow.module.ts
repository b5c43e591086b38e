import { Module } from '@nestjs/common';
import { IdentityModule } from '@kenes/api/identity';
import { FollowController } from './follow.controller';
import { FollowPublicResolver } from './follow.resolver';
import { FollowService } from './follow.service';

@Module({ imports: [IdentityModule], providers: [FollowService], exports: [FollowService], controllers: [FollowController] })
export class FollowModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [FollowModule], providers: [FollowPublicResolver] })
export class FollowPublicApiModule {}
