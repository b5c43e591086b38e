import { ROLE_PERMISSIONS, allows, type AccessTarget, type Permission } from '@kenes/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from './errors';
import type { AuthenticatedUser, RequestContext } from './request-context';

/**
 * Which rows a user may touch with a permission, as sets of ids for SQL filters. `all` is
 * the platform scope. Row-level checks for lists use this; single records use `assertAllowed`.
 */
export interface AccessScope {
  all: boolean;
  jurisdictionIds: string[];
  councilIds: string[];
  stateBodyIds: string[];
}

export function scopeFor(user: AuthenticatedUser | undefined, permission: Permission): AccessScope {
  const scope: AccessScope = { all: false, jurisdictionIds: [], councilIds: [], stateBodyIds: [] };
  for (const g of user?.grants ?? []) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    const id = g.scope.id;
    if (g.scope.kind === 'platform') scope.all = true;
    else if (!id) continue;
    else if (g.scope.kind === 'jurisdiction') scope.jurisdictionIds.push(...(user?.jurisdictionClosure[id] ?? [id]));
    else if (g.scope.kind === 'council') scope.councilIds.push(id);
    else scope.stateBodyIds.push(id);
  }
  return scope;
}

export function isEmptyScope(scope: AccessScope): boolean {
  return !scope.all && !scope.jurisdictionIds.length && !scope.councilIds.length && !scope.stateBodyIds.length;
}

/**
 * Refuses unless the caller holds `permission` on `target`. A record the caller may not see
 * is reported as not found, so ids cannot be probed.
 */
export function assertAllowed(ctx: RequestContext, permission: Permission, target: AccessTarget, notFound: () => DomainError): void {
  if (!ctx.user) throw DomainError.unauthenticated();
  if (allows(ctx.user.grants, permission, target)) return;
  if (allows(ctx.user.grants, 'council.read', target) || allows(ctx.user.grants, 'registry.read', target)) throw DomainError.forbidden();
  throw notFound();
}

/** The jurisdiction and all its ancestors, nearest first. */
export async function jurisdictionPath(manager: EntityManager, jurisdictionId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth FROM jurisdiction WHERE id = $1
       UNION ALL
       SELECT j.id, j.parent_id, up.depth + 1 FROM jurisdiction j JOIN up ON j.id = up.parent_id
     ) SELECT id FROM up ORDER BY depth`,
    [jurisdictionId],
  );
  return rows.map((r) => r.id);
}

/** Whether the user can see the target at all (any read permission): FORBIDDEN vs NOT_FOUND. */
export function allowsAny(user: AuthenticatedUser, target: AccessTarget): boolean {
  return allows(user.grants, 'council.read', target) || allows(user.grants, 'registry.read', target);
}
