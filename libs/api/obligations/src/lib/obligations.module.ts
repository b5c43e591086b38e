import { Module } from '@nestjs/common';
import { CompositionModule } from '@kenes/api/composition';
import { IdentityModule } from '@kenes/api/identity';
import { MeetingsModule } from '@kenes/api/meetings';
import { RegistryModule } from '@kenes/api/registry';
import { FilesModule } from '@kenes/api/files';
import { EvidenceController } from './evidence.controller';
import { EscalationService } from './escalation.service';
import { ObligationsAdminResolver, ObligationsPublicResolver } from './obligations.resolvers';
import { ObligationsQueries } from './obligations.queries';
import { ObligationsService } from './obligations.service';

const SERVICES = [ObligationsService, ObligationsQueries, EscalationService];

@Module({ imports: [RegistryModule, CompositionModule, MeetingsModule, IdentityModule], providers: SERVICES, exports: SERVICES })
export class ObligationsModule {}

/** Resolvers of the authenticated endpoint (/graphql). */
@Module({ imports: [ObligationsModule, CompositionModule, IdentityModule, FilesModule], providers: [ObligationsAdminResolver], controllers: [EvidenceController] })
export class ObligationsAdminApiModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [ObligationsModule], providers: [ObligationsPublicResolver] })
export class ObligationsPublicApiModule {}
