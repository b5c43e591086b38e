import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { negotiateLocale } from './locale';
import { RequestContext } from './request-context';

export interface GraphQLRequestContext {
  req: Request;
  res: Response;
  ctx: RequestContext;
}

export function buildGraphQLContext({ req, res }: { req: Request; res: Response }): GraphQLRequestContext {
  const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
  return { req, res, ctx: new RequestContext(negotiateLocale(req.headers), requestId, req.ip) };
}

/** Injects the RequestContext into a resolver method. */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().ctx,
);
