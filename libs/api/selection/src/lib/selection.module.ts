import { Module } from '@nestjs/common';
import { CompositionModule } from '@kenes/api/composition';
import { RegistryModule } from '@kenes/api/registry';
import { SelectionAdminResolver } from './selection-admin.resolver';
import { SelectionPublicResolver } from './selection-public.resolver';
import { SelectionService } from './selection.service';
import { ReserveService } from './reserve.service';

@Module({ imports: [RegistryModule, CompositionModule], providers: [SelectionService, ReserveService], exports: [SelectionService, ReserveService] })
export class SelectionModule {}

/** Resolvers of the authenticated endpoint (/graphql). */
@Module({ imports: [SelectionModule], providers: [SelectionAdminResolver] })
export class SelectionAdminApiModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [SelectionModule], providers: [SelectionPublicResolver] })
export class SelectionPublicApiModule {}
