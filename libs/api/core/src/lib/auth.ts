import { CanActivate, ExecutionContext, Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@kenes/domain';
import { DomainError } from './errors';
import type { GraphQLRequestContext } from './graphql-context';

export const PERMISSIONS_KEY = 'kenes:permissions';
export const PUBLIC_KEY = 'kenes:public';
export const AUTHENTICATED_KEY = 'kenes:authenticated';

/** Anyone may call this operation, signed in or not. Must be said explicitly. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in person may call this (their own sessions, signing out); rows are still checked. */
export const Authenticated = (): MethodDecorator => SetMetadata(AUTHENTICATED_KEY, true);

/**
 * The caller needs at least one of these permissions through some grant. Row-level checks
 * (which council, which body) are the service's job.
 */
export const Allow = (...permissions: [Permission, ...Permission[]]): MethodDecorator =>
  applyDecorators(SetMetadata(PERMISSIONS_KEY, permissions));

/**
 * The one global guard: default deny. An operation with neither @Public() nor @Allow() is
 * refused for everybody, so a forgotten decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(PERMISSIONS_KEY, targets);
    if (context.getType<string>() !== 'graphql') {
      // HTTP controllers must opt in with @Public() too.
      throw DomainError.forbidden();
    }
    const { ctx } = GqlExecutionContext.create(context).getContext<GraphQLRequestContext>();
    if (this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_KEY, targets)) {
      if (!ctx.user) throw DomainError.unauthenticated();
      return true;
    }
    if (!required?.length) throw DomainError.forbidden();
    if (!ctx.user) throw DomainError.unauthenticated();
    if (!required.some((p) => ctx.user?.permissions.has(p))) throw DomainError.forbidden();
    return true;
  }
}
