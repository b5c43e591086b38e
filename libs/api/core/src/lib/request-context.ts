import type { EntityManager } from 'typeorm';
import type { ActiveGrant, Permission } from '@kenes/domain';
import type { Locale } from './locale';

/** The signed-in person and what their grants allow, resolved once per request. */
export interface AuthenticatedUser {
  id: string;
  sessionId: string;
  displayName: string;
  grants: readonly ActiveGrant[];
  /** Union of the permissions of all active grants, for the guard's coarse check. */
  permissions: ReadonlySet<Permission>;
  /** For each jurisdiction grant: that jurisdiction and every one below it. */
  jurisdictionClosure: Readonly<Record<string, readonly string[]>>;
}

/**
 * Everything a service needs to know about the call it serves: who asks, in which language,
 * and the open transaction, if any. It is the first argument of every service method, so a
 * service never needs to know whether it runs inside a transaction.
 */
export class RequestContext {
  /** Set by `TransactionalConnection.withTransaction` for the duration of a transaction. */
  manager?: EntityManager;
  user?: AuthenticatedUser;
  private readonly afterCommitHooks: Array<() => void | Promise<void>> = [];

  constructor(
    readonly locale: Locale,
    readonly requestId: string,
    readonly ip?: string,
    /** Work no person started (start-up, seeding, scheduled jobs): not limited by grants. */
    readonly isSystem = false,
  ) {}

  static system(locale: Locale = 'ru'): RequestContext {
    return new RequestContext(locale, 'system', undefined, true);
  }

  /** The same call, in the same transaction, but not limited by grants: anonymous public input the service checks itself. */
  static systemFrom(ctx: RequestContext): RequestContext {
    const system = new RequestContext(ctx.locale, ctx.requestId, ctx.ip, true);
    system.manager = ctx.manager;
    return system;
  }

  /** Runs `hook` once the surrounding transaction commits (never if it rolls back). */
  afterCommit(hook: () => void | Promise<void>): void {
    if (this.manager) this.afterCommitHooks.push(hook);
    else void hook();
  }

  /** @internal used by TransactionalConnection. */
  drainAfterCommit(): Array<() => void | Promise<void>> {
    return this.afterCommitHooks.splice(0);
  }
}
