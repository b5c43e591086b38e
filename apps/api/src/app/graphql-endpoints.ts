import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { pruneSchema } from '@graphql-tools/utils';
import {
  RequestContext,
  buildGraphQLContext,
  formatGraphQLError,
  isLocale,
  negotiateLocale,
  queryLimitsRule,
  translateErrorsPlugin,
  type AuthenticatedUser,
  type QueryLimits,
} from '@kenes/api/core';
import { IdentityModule, SessionService } from '@kenes/api/identity';

export const ADMIN_GRAPHQL_PATH = '/graphql';
export const PUBLIC_GRAPHQL_PATH = '/public/graphql';

export const ADMIN_LIMITS: QueryLimits = { maxDepth: 12, maxFields: 600 };
export const PUBLIC_LIMITS: QueryLimits = { maxDepth: 8, maxFields: 300 };

/**
 * One Apollo server per endpoint. Each sees only the resolver modules it includes, and its
 * schema is pruned so the public one does not even list the admin types.
 */
/** The request a WebSocket was opened with, as graphql-ws hands it over. */
interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request: IncomingMessage; user?: AuthenticatedUser };
}

/**
 * A browser sends cookies with a cross-site WebSocket too: the authenticated endpoint accepts
 * only connections from its own origin (or PUBLIC_URL), like the CSRF check of HTTP requests.
 */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser
  try {
    const o = new URL(origin);
    const allowed = [request.headers.host, process.env['PUBLIC_URL'] ? new URL(process.env['PUBLIC_URL']).host : undefined];
    return allowed.includes(o.host);
  } catch {
    return false;
  }
}

function subscriptions(path: string, sessions: SessionService | undefined): ApolloDriverConfig['subscriptions'] {
  // `context` is not in Nest's type of these options, but it is passed on to graphql-ws (and wins
  // over the HTTP context function, which expects an express request).
  const options = {
    'graphql-ws': {
      path,
      onConnect: async (ws: WsContext): Promise<boolean> => {
        if (!sessions) return true;
        if (!sameOrigin(ws.extra.request)) return false;
        ws.extra.user = await sessions.fromCookieHeader(ws.extra.request.headers.cookie);
        return true;
      },
      context: (ws: WsContext) => {
        const lang = ws.connectionParams?.['lang'];
        const locale = typeof lang === 'string' && isLocale(lang) ? lang : negotiateLocale(ws.extra.request.headers);
        const ctx = new RequestContext(locale, randomUUID(), ws.extra.request.socket.remoteAddress);
        ctx.user = ws.extra.user;
        return { ctx, req: ws.extra.request };
      },
    },
  };
  return options as unknown as ApolloDriverConfig['subscriptions'];
}

export function graphqlEndpoint(
  path: string,
  include: Type[],
  limits: QueryLimits,
  /** Seconds a response may be cached by browsers and CDNs; 0 = never (the default for the admin API). */
  defaultMaxAge = 0,
  /** The authenticated endpoint resolves the session cookie of a WebSocket; the public one never reads it. */
  authenticated = defaultMaxAge === 0,
): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: authenticated ? [IdentityModule] : [],
    inject: authenticated ? [SessionService] : [],
    useFactory: (sessions?: SessionService) => ({
      path,
      include,
      autoSchemaFile: true,
      sortSchema: true,
      transformSchema: (schema) => pruneSchema(schema),
      context: buildGraphQLContext,
      subscriptions: subscriptions(path, authenticated ? sessions : undefined),
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      introspection: true,
      playground: false,
      formatError: formatGraphQLError,
      plugins: [translateErrorsPlugin, ApolloServerPluginCacheControl({ defaultMaxAge, calculateHttpHeaders: true })],
      validationRules: [queryLimitsRule(limits)],
    }),
  });
}
