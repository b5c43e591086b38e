import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { isLocale, negotiateLocale } from './locale';
import { RequestContext, type AuthenticatedUser } from './request-context';

export interface GraphQLRequestContext {
  req: Request;
  res: Response;
  ctx: RequestContext;
}

/** Where the session middleware leaves the signed-in user for the GraphQL context. */
export const AUTH_USER_KEY = 'kenesUser';

export function buildGraphQLContext({ req, res }: { req: Request; res: Response }): GraphQLRequestContext {
  const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
  // `?lang=` wins: public GET queries carry the page's language in the URL, so caches key on it.
  const lang = typeof req.query?.['lang'] === 'string' ? req.query['lang'] : undefined;
  const locale = lang && isLocale(lang) ? lang : negotiateLocale(req.headers);
  const ctx = new RequestContext(locale, requestId, req.ip);
  ctx.user = (req as unknown as Record<string, AuthenticatedUser | undefined>)[AUTH_USER_KEY];
  return { req, res, ctx };
}

/** Injects the RequestContext into a resolver method. */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().ctx,
);
