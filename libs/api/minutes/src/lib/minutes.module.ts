import { Module } from '@nestjs/common';
import { CompositionModule } from '@kenes/api/composition';
import { IdentityModule } from '@kenes/api/identity';
import { MeetingsModule } from '@kenes/api/meetings';
import { ObligationsModule } from '@kenes/api/obligations';
import { RegistryModule } from '@kenes/api/registry';
import { AnnualReportService } from './annual-report.service';
import { CouncilActivityResolver } from './council-activity.resolver';
import { CouncilActivityService } from './council-activity.service';
import { MinutesDeadlineService } from './minutes-deadline.service';
import { MinutesFilesController } from './minutes-files.controller';
import { MINUTES_SIGNER, SimpleMinutesSigner } from './minutes-signer';
import { MinutesRecordReader } from './minutes.record';
import { MinutesAdminResolver, MinutesPublicResolver } from './minutes.resolvers';
import { MinutesService } from './minutes.service';

const SERVICES = [MinutesRecordReader, MinutesService, AnnualReportService, MinutesDeadlineService, CouncilActivityService];

@Module({
  imports: [RegistryModule, CompositionModule, MeetingsModule, ObligationsModule, IdentityModule],
  providers: [...SERVICES, { provide: MINUTES_SIGNER, useClass: SimpleMinutesSigner }],
  exports: [...SERVICES, MINUTES_SIGNER],
})
export class MinutesModule {}

/** Resolvers of the authenticated endpoint (/graphql) and the documents' HTTP routes. */
@Module({ imports: [MinutesModule, IdentityModule, MeetingsModule], providers: [MinutesAdminResolver], controllers: [MinutesFilesController] })
export class MinutesAdminApiModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [MinutesModule], providers: [MinutesPublicResolver, CouncilActivityResolver] })
export class MinutesPublicApiModule {}
