import { Module } from '@nestjs/common';
import { CouncilIndexService } from './council-index.service';
import { CouncilService } from './council.service';
import { JurisdictionService } from './jurisdiction.service';
import { RegistryAdminResolver } from './registry-admin.resolver';
import { RegistryPublicResolver } from './registry-public.resolver';

@Module({ providers: [CouncilService, CouncilIndexService, JurisdictionService], exports: [CouncilService, CouncilIndexService, JurisdictionService] })
export class RegistryModule {}

/** Resolvers of the authenticated endpoint (/graphql). */
@Module({ imports: [RegistryModule], providers: [RegistryAdminResolver] })
export class RegistryAdminApiModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [RegistryModule], providers: [RegistryPublicResolver] })
export class RegistryPublicApiModule {}
