/**
 * The permission vocabulary shared by the API (to decide) and the admin app (to show or
 * hide actions). A permission is held through a grant scoped to the platform, a
 * jurisdiction, a council or a state body; see `ROLE_PERMISSIONS` and `grantCovers`.
 */
export const PERMISSIONS = [
  'registry.read',
  'registry.manage',
  'council.read',
  'council.manage',
  /** Schedule, announce and run meetings: agenda, attendance, votes. */
  'meeting.manage',
  /** Take part as a member: vote, comment, declare a conflict of interest. */
  'meeting.participate',
  /** Propose an agenda item (members, the host body's officers). */
  'agenda.propose',
  'user.manage',
  'audit.read',
  /** The population reference of a jurisdiction (age bands, gender) the demographic gap is measured against. */
  'population.manage',
  /** Answer the obligations of one's body: acknowledge, draft answers, report on commitments. */
  'obligation.respond',
  /** Sign the body's answer (its first head). */
  'obligation.sign',
  /** Enter a year of the working-day calendar (moving holidays, transfers). */
  'calendar.manage',
  /** Approve and sign the council's minutes and annual report (the chair). */
  'minutes.approve',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'platformAdmin',
  'authorizedBodyOperator',
  'councilSecretary',
  'councilChair',
  'councilMember',
  'workingGroupMember',
  'stateBodyOfficer',
  'stateBodyHead',
] as const;
export type Role = (typeof ROLES)[number];

export type GrantScopeKind = 'platform' | 'jurisdiction' | 'council' | 'stateBody';

/** Which scope each role is granted on. */
export const ROLE_SCOPE: Record<Role, GrantScopeKind> = {
  platformAdmin: 'platform',
  authorizedBodyOperator: 'jurisdiction',
  councilSecretary: 'council',
  councilChair: 'council',
  councilMember: 'council',
  workingGroupMember: 'council',
  stateBodyOfficer: 'stateBody',
  stateBodyHead: 'stateBody',
};

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  platformAdmin: PERMISSIONS,
  authorizedBodyOperator: ['registry.read', 'council.read', 'audit.read', 'population.manage', 'calendar.manage'],
  councilSecretary: ['registry.read', 'council.read', 'council.manage', 'meeting.manage', 'agenda.propose', 'user.manage'],
  councilChair: ['registry.read', 'council.read', 'meeting.participate', 'agenda.propose', 'minutes.approve'],
  councilMember: ['registry.read', 'council.read', 'meeting.participate', 'agenda.propose'],
  workingGroupMember: ['registry.read', 'council.read'],
  stateBodyOfficer: ['registry.read', 'council.read', 'agenda.propose', 'obligation.respond'],
  stateBodyHead: ['registry.read', 'council.read', 'agenda.propose', 'obligation.respond', 'obligation.sign', 'user.manage'],
};

/**
 * Which roles a holder of a role may hand out, within the holder's own scope: a secretary
 * invites members of their council, a body's head its officers. Only the platform admin
 * creates secretaries, operators and heads.
 */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  platformAdmin: ROLES,
  authorizedBodyOperator: [],
  councilSecretary: ['councilChair', 'councilMember', 'workingGroupMember'],
  councilChair: [],
  councilMember: [],
  workingGroupMember: [],
  stateBodyOfficer: [],
  stateBodyHead: ['stateBodyOfficer'],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface GrantScope {
  kind: GrantScopeKind;
  /** Null only for the platform scope. */
  id: string | null;
}

export interface ActiveGrant {
  role: Role;
  scope: GrantScope;
}

/**
 * What a check is about. `jurisdictionPath` lists the record's jurisdiction and all its
 * ancestors, so a grant on an oblast covers a city council inside it.
 */
export type AccessTarget =
  | { kind: 'platform' }
  | { kind: 'jurisdiction'; jurisdictionPath: readonly string[] }
  | { kind: 'council'; councilId: string; jurisdictionPath: readonly string[]; hostBodyId?: string }
  | { kind: 'stateBody'; stateBodyId: string; jurisdictionPath: readonly string[] };

/** Does this grant's scope contain the target? (Permissions are checked separately.) */
export function grantCovers(grant: ActiveGrant, target: AccessTarget): boolean {
  const { scope } = grant;
  switch (scope.kind) {
    case 'platform':
      return true;
    case 'jurisdiction':
      return target.kind !== 'platform' && scope.id !== null && target.jurisdictionPath.includes(scope.id);
    case 'council':
      return target.kind === 'council' && target.councilId === scope.id;
    case 'stateBody':
      return (
        (target.kind === 'stateBody' && target.stateBodyId === scope.id) ||
        // A body's people follow the councils their body hosts.
        (target.kind === 'council' && target.hostBodyId !== undefined && target.hostBodyId === scope.id)
      );
  }
}

/** Whether any of the grants gives `permission` on `target`: the row-level decision. */
export function allows(grants: readonly ActiveGrant[], permission: Permission, target: AccessTarget): boolean {
  return grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission) && grantCovers(g, target));
}

/** The union of the permissions of all grants: the coarse, per-operation check. */
export function permissionsOf(grants: readonly ActiveGrant[]): Set<Permission> {
  return new Set(grants.flatMap((g) => ROLE_PERMISSIONS[g.role]));
}

/**
 * May someone holding `grants` give `role` on `scope`? They need a role that may grant it
 * and a grant whose scope covers the new grant's scope.
 */
export function mayGrant(grants: readonly ActiveGrant[], role: Role, scope: GrantScope, target: AccessTarget): boolean {
  if (ROLE_SCOPE[role] !== scope.kind) return false;
  return grants.some((g) => GRANTABLE_ROLES[g.role].includes(role) && grantCovers(g, target));
}
