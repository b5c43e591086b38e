import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { pruneSchema } from '@graphql-tools/utils';
import { buildGraphQLContext, formatGraphQLError, queryLimitsRule, translateErrorsPlugin, type QueryLimits } from '@kenes/api/core';

export const ADMIN_GRAPHQL_PATH = '/graphql';
export const PUBLIC_GRAPHQL_PATH = '/public/graphql';

export const ADMIN_LIMITS: QueryLimits = { maxDepth: 12, maxFields: 600 };
export const PUBLIC_LIMITS: QueryLimits = { maxDepth: 8, maxFields: 300 };

/**
 * One Apollo server per endpoint. Each sees only the resolver modules it includes, and its
 * schema is pruned so the public one does not even list the admin types.
 */
export function graphqlEndpoint(
  path: string,
  include: Type[],
  limits: QueryLimits,
  /** Seconds a response may be cached by browsers and CDNs; 0 = never (the default for the admin API). */
  defaultMaxAge = 0,
): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path,
    include,
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: (schema) => pruneSchema(schema),
    context: buildGraphQLContext,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    playground: false,
    formatError: formatGraphQLError,
    plugins: [translateErrorsPlugin, ApolloServerPluginCacheControl({ defaultMaxAge, calculateHttpHeaders: true })],
    validationRules: [queryLimitsRule(limits)],
  });
}
