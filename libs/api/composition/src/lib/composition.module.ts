import { Module } from '@nestjs/common';
import { RegistryModule } from '@kenes/api/registry';
import { CompositionAdminResolver } from './composition-admin.resolver';
import { CompositionPublicResolver } from './composition-public.resolver';
import { CompositionRepository } from './composition.repository';
import { CompositionService } from './composition.service';
import { ConvocationService } from './convocation.service';
import { MembershipService } from './membership.service';
import { RuleSetService } from './rule-set.service';
import { WorkingCalendarService } from './working-calendar.service';
import { PopulationReferenceService } from './population-reference.service';
import { PopulationAdminResolver } from './population.resolver';

const SERVICES = [CompositionRepository, RuleSetService, WorkingCalendarService, PopulationReferenceService, CompositionService, MembershipService, ConvocationService];

@Module({ imports: [RegistryModule], providers: SERVICES, exports: SERVICES })
export class CompositionModule {}

/** Resolvers of the authenticated endpoint (/graphql). */
@Module({ imports: [CompositionModule], providers: [CompositionAdminResolver, PopulationAdminResolver] })
export class CompositionAdminApiModule {}

/** Resolvers of the anonymous endpoint (/public/graphql). */
@Module({ imports: [CompositionModule], providers: [CompositionPublicResolver] })
export class CompositionPublicApiModule {}
