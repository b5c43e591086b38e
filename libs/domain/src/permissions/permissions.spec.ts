import {
  GRANTABLE_ROLES,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLE_SCOPE,
  ROLES,
  allows,
  grantCovers,
  isPermission,
  isRole,
  mayGrant,
  permissionsOf,
  type AccessTarget,
  type ActiveGrant,
} from './permissions';

const KZ = 'kz';
const AKM = 'akm';
const KOK = 'kok';
const ALA = 'ala';
const kokCouncil: AccessTarget = { kind: 'council', councilId: 'c-kok', jurisdictionPath: [KOK, AKM, KZ], hostBodyId: 'b-kok-akimat' };
const alaCouncil: AccessTarget = { kind: 'council', councilId: 'c-ala', jurisdictionPath: [ALA, KZ], hostBodyId: 'b-ala-akimat' };

const g = (role: ActiveGrant['role'], kind: ActiveGrant['scope']['kind'], id: string | null): ActiveGrant => ({ role, scope: { kind, id } });

describe('permission vocabulary', () => {
  it('gives every role a scope and only known permissions', () => {
    for (const role of ROLES) {
      expect(ROLE_SCOPE[role]).toBeDefined();
      for (const p of ROLE_PERMISSIONS[role]) expect(isPermission(p)).toBe(true);
      for (const r of GRANTABLE_ROLES[role]) expect(isRole(r)).toBe(true);
    }
  });

  it('lets only the platform admin hold every permission', () => {
    const full = ROLES.filter((r) => PERMISSIONS.every((p) => ROLE_PERMISSIONS[r].includes(p)));
    expect(full).toEqual(['platformAdmin']);
  });

  it('lets the authorized body and the platform admin, and nobody else, enter population references', () => {
    expect(ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('population.manage'))).toEqual(['platformAdmin', 'authorizedBodyOperator']);
  });

  it('rejects unknown names', () => {
    expect(isPermission('council.read')).toBe(true);
    expect(isPermission('council.delete-everything')).toBe(false);
    expect(isRole('councilSecretary')).toBe(true);
    expect(isRole('king')).toBe(false);
  });
});

describe('grantCovers and allows', () => {
  it('a council grant covers that council only', () => {
    const sec = g('councilSecretary', 'council', 'c-kok');
    expect(grantCovers(sec, kokCouncil)).toBe(true);
    expect(grantCovers(sec, alaCouncil)).toBe(false);
    expect(grantCovers(sec, { kind: 'jurisdiction', jurisdictionPath: [KOK, AKM, KZ] })).toBe(false);
    expect(grantCovers(sec, { kind: 'platform' })).toBe(false);
  });

  it('a jurisdiction grant covers everything inside it, not beside it', () => {
    const op = g('authorizedBodyOperator', 'jurisdiction', AKM);
    expect(grantCovers(op, kokCouncil)).toBe(true);
    expect(grantCovers(op, alaCouncil)).toBe(false);
    expect(grantCovers(op, { kind: 'stateBody', stateBodyId: 'b', jurisdictionPath: [KOK, AKM, KZ] })).toBe(true);
    expect(grantCovers(op, { kind: 'platform' })).toBe(false);
  });

  it('a state-body grant covers the body and the councils it hosts', () => {
    const officer = g('stateBodyOfficer', 'stateBody', 'b-kok-akimat');
    expect(grantCovers(officer, kokCouncil)).toBe(true);
    expect(grantCovers(officer, alaCouncil)).toBe(false);
    expect(grantCovers(officer, { kind: 'stateBody', stateBodyId: 'b-kok-akimat', jurisdictionPath: [KOK] })).toBe(true);
    expect(grantCovers(officer, { kind: 'stateBody', stateBodyId: 'other', jurisdictionPath: [KOK] })).toBe(false);
    expect(grantCovers(officer, { kind: 'council', councilId: 'x', jurisdictionPath: [KOK] })).toBe(false);
  });

  it('the platform grant covers everything', () => {
    const admin = g('platformAdmin', 'platform', null);
    for (const t of [kokCouncil, alaCouncil, { kind: 'platform' } as const]) expect(grantCovers(admin, t)).toBe(true);
  });

  it('needs both the permission and the scope', () => {
    const member = g('councilMember', 'council', 'c-kok');
    expect(allows([member], 'council.read', kokCouncil)).toBe(true);
    expect(allows([member], 'council.manage', kokCouncil)).toBe(false);
    expect(allows([member], 'council.read', alaCouncil)).toBe(false);
    expect(allows([member, g('councilSecretary', 'council', 'c-ala')], 'council.manage', alaCouncil)).toBe(true);
    expect(allows([], 'council.read', kokCouncil)).toBe(false);
  });

  it('unions permissions for the coarse check', () => {
    expect([...permissionsOf([g('councilMember', 'council', 'c')])].sort()).toEqual(['agenda.propose', 'council.read', 'meeting.participate', 'registry.read']);
    expect(permissionsOf([]).size).toBe(0);
  });
});

describe('mayGrant', () => {
  const sec = g('councilSecretary', 'council', 'c-kok');
  it('lets a secretary invite members and a chair to their own council only', () => {
    expect(mayGrant([sec], 'councilMember', { kind: 'council', id: 'c-kok' }, kokCouncil)).toBe(true);
    expect(mayGrant([sec], 'councilChair', { kind: 'council', id: 'c-kok' }, kokCouncil)).toBe(true);
    expect(mayGrant([sec], 'councilMember', { kind: 'council', id: 'c-ala' }, alaCouncil)).toBe(false);
    expect(mayGrant([sec], 'councilSecretary', { kind: 'council', id: 'c-kok' }, kokCouncil)).toBe(false);
    expect(mayGrant([sec], 'platformAdmin', { kind: 'platform', id: null }, { kind: 'platform' })).toBe(false);
  });

  it('refuses a role on the wrong kind of scope', () => {
    const admin = g('platformAdmin', 'platform', null);
    expect(mayGrant([admin], 'councilMember', { kind: 'stateBody', id: 'b' }, { kind: 'stateBody', stateBodyId: 'b', jurisdictionPath: [] })).toBe(false);
    expect(mayGrant([admin], 'stateBodyOfficer', { kind: 'stateBody', id: 'b' }, { kind: 'stateBody', stateBodyId: 'b', jurisdictionPath: [] })).toBe(true);
  });

  it('lets a body head add officers to the body', () => {
    const head = g('stateBodyHead', 'stateBody', 'b1');
    const body: AccessTarget = { kind: 'stateBody', stateBodyId: 'b1', jurisdictionPath: [KOK] };
    expect(mayGrant([head], 'stateBodyOfficer', { kind: 'stateBody', id: 'b1' }, body)).toBe(true);
    expect(mayGrant([head], 'stateBodyHead', { kind: 'stateBody', id: 'b1' }, body)).toBe(false);
  });
});
