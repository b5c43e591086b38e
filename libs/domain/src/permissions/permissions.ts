/**
 * The permission vocabulary shared by the API (to decide) and the admin app (to show or
 * hide actions). A permission is held through a grant scoped to a jurisdiction, a council
 * or a state body; see `ROLE_PERMISSIONS`.
 */
export const PERMISSIONS = [
  'registry.read',
  'registry.manage',
  'council.read',
  'council.manage',
  'user.manage',
  'audit.read',
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
  authorizedBodyOperator: ['registry.read', 'council.read', 'audit.read'],
  councilSecretary: ['registry.read', 'council.read', 'council.manage', 'user.manage'],
  councilChair: ['registry.read', 'council.read'],
  councilMember: ['registry.read', 'council.read'],
  workingGroupMember: ['registry.read', 'council.read'],
  stateBodyOfficer: ['registry.read', 'council.read'],
  stateBodyHead: ['registry.read', 'council.read'],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
