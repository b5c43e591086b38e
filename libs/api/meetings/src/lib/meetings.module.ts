import { Module } from '@nestjs/common';
import { CompositionModule } from '@kenes/api/composition';
import { IdentityModule } from '@kenes/api/identity';
import { RegistryModule } from '@kenes/api/registry';
import { FilesModule } from '@kenes/api/files';
import { AgendaDocumentsController } from './agenda-documents.controller';
import { CommentsService } from './comments.service';
import { LiveBus } from './live-bus';
import { MeetingLive } from './meeting-live';
import { MeetingNotifier } from './meeting-notifier';
import { MeetingsAdminResolver } from './meetings-admin.resolver';
import { MeetingsPublicResolver } from './meetings-public.resolver';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import { MeetingView } from './meetings.view';
import { VotingService } from './voting.service';
import { MotionEvents } from './motion-events';

const SERVICES = [MotionEvents, MeetingsRepository, MeetingView, LiveBus, MeetingLive, MeetingNotifier, MeetingsService, VotingService, CommentsService];

@Module({ imports: [RegistryModule, CompositionModule, IdentityModule], providers: SERVICES, exports: SERVICES })
export class MeetingsModule {}

/** Resolvers of the authenticated endpoint (/graphql). */
@Module({ imports: [MeetingsModule, IdentityModule, FilesModule], providers: [MeetingsAdminResolver], controllers: [AgendaDocumentsController] })
export class MeetingsAdminApiModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [MeetingsModule, RegistryModule], providers: [MeetingsPublicResolver] })
export class MeetingsPublicApiModule {}
