import { PERMISSIONS, ROLE_PERMISSIONS, ROLE_SCOPE, ROLES, isPermission } from './permissions';

describe('permission vocabulary', () => {
  it('gives every role a scope and only known permissions', () => {
    for (const role of ROLES) {
      expect(ROLE_SCOPE[role]).toBeDefined();
      for (const p of ROLE_PERMISSIONS[role]) expect(isPermission(p)).toBe(true);
    }
  });

  it('lets only the platform admin hold every permission', () => {
    const full = ROLES.filter((r) => PERMISSIONS.every((p) => ROLE_PERMISSIONS[r].includes(p)));
    expect(full).toEqual(['platformAdmin']);
  });

  it('rejects unknown permission names', () => {
    expect(isPermission('council.read')).toBe(true);
    expect(isPermission('council.delete-everything')).toBe(false);
  });
});
