import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, AuthGuard, CoreModule, DATA_SOURCE, createValidationPipe, type AppConfig } from '@kenes/api/core';
import { CompositionAdminApiModule, CompositionPublicApiModule } from '@kenes/api/composition';
import { SelectionAdminApiModule, SelectionPublicApiModule } from '@kenes/api/selection';
import { MeetingsAdminApiModule, MeetingsPublicApiModule } from '@kenes/api/meetings';
import { ObligationsAdminApiModule, ObligationsPublicApiModule } from '@kenes/api/obligations';
import { MinutesAdminApiModule, MinutesPublicApiModule } from '@kenes/api/minutes';
import { OpenDataModule } from '@kenes/api/opendata';
import { SearchPublicApiModule } from '@kenes/api/search';
import { FollowPublicApiModule } from '@kenes/api/follow';
import { IdentityAdminApiModule, IdentityModule } from '@kenes/api/identity';
import { RegistryAdminApiModule, RegistryPublicApiModule } from '@kenes/api/registry';
import { ADMIN_GRAPHQL_PATH, ADMIN_LIMITS, PUBLIC_GRAPHQL_PATH, PUBLIC_LIMITS, graphqlEndpoint } from './graphql-endpoints';
import { HealthController } from './health.controller';

/** Resolver modules per endpoint; a feature adds itself here. */
export const ADMIN_API_MODULES = [IdentityAdminApiModule, RegistryAdminApiModule, CompositionAdminApiModule, SelectionAdminApiModule, MeetingsAdminApiModule, ObligationsAdminApiModule, MinutesAdminApiModule];
export const PUBLIC_API_MODULES = [RegistryPublicApiModule, CompositionPublicApiModule, SelectionPublicApiModule, MeetingsPublicApiModule, ObligationsPublicApiModule, SearchPublicApiModule, FollowPublicApiModule, MinutesPublicApiModule];

@Global()
@Module({})
class InfrastructureModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATA_SOURCE, useValue: dataSource },
      ],
      exports: [APP_CONFIG, DATA_SOURCE],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, dataSource),
        CoreModule,
        IdentityModule,
        ...ADMIN_API_MODULES,
        ...PUBLIC_API_MODULES,
        OpenDataModule,
        graphqlEndpoint(ADMIN_GRAPHQL_PATH, ADMIN_API_MODULES, ADMIN_LIMITS),
        // Published records change only on publication: a short public cache is safe.
        graphqlEndpoint(PUBLIC_GRAPHQL_PATH, PUBLIC_API_MODULES, PUBLIC_LIMITS, 60),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
