import { AuditService, RequestContext, TransactionalConnection } from '@kenes/api/core';
import { GrantEntity, UserAccountEntity, hashPassword } from '@kenes/api/identity';
import { CouncilEntity, JurisdictionEntity, StateBodyEntity } from '@kenes/api/registry';
import { ROLE_SCOPE } from '@kenes/domain';
import { seedDemoComposition } from './demo-composition-seed';
import { seedDemoPopulation } from './demo-population';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoObligations } from './demo-obligations';
import { seedDemoMinutes } from './demo-minutes';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-people';
import { DEMO_BODIES, DEMO_COUNCILS, DEMO_JURISDICTIONS } from './demo-registry';

export interface SeedResult {
  seeded: boolean;
  councils: number;
  /** Seats written (secretaries included), over all demo convocations. */
  memberships: number;
}

/**
 * Loads the demo data set into an empty database, in one transaction, audited like any
 * other change. Each part runs once: the registry and accounts when the registry is empty,
 * the compositions when no affiliation category exists yet, the population references when
 * none exists.
 */
export async function seedDemo(connection: TransactionalConnection, audit: AuditService): Promise<SeedResult> {
  const ctx = RequestContext.system();
  return connection.withTransaction(ctx, async () => {
    const manager = connection.manager(ctx);
    // Two processes starting at once on one database must not both seed.
    await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('kenes:seed', 0))");
    const registry = (await manager.getRepository(JurisdictionEntity).count()) === 0 ? await seedRegistry(ctx, connection, audit) : 0;
    const composition = await seedDemoComposition(ctx, manager, audit);
    await seedDemoPopulation(ctx, manager, audit);
    await seedDemoMeetings(ctx, manager, audit);
    await seedDemoObligations(ctx, manager, audit);
    await seedDemoMinutes(ctx, connection, audit);
    return { seeded: registry > 0 || composition.memberships > 0, councils: registry, memberships: composition.memberships };
  });
}

/** Jurisdictions, bodies, councils and the demo accounts; returns the number of councils. */
async function seedRegistry(ctx: RequestContext, connection: TransactionalConnection, audit: AuditService): Promise<number> {
  const manager = connection.manager(ctx);
  const jurisdictions = new Map<string, JurisdictionEntity>();
  for (const j of DEMO_JURISDICTIONS) {
    const saved = await manager.getRepository(JurisdictionEntity).save({
      code: j.code,
      kind: j.kind,
      name: j.name,
      parentId: j.parent ? (jurisdictions.get(j.parent)?.id ?? null) : null,
    });
    jurisdictions.set(j.code, saved);
  }
  const bodies = new Map<string, StateBodyEntity>();
  for (const b of DEMO_BODIES) {
    const saved = await manager.getRepository(StateBodyEntity).save({
      jurisdictionId: mustGet(jurisdictions, b.jurisdiction).id,
      parentId: b.parent ? mustGet(bodies, b.parent).id : null,
      kind: b.kind,
      name: b.name,
      bin: null,
    });
    bodies.set(b.key, saved);
  }
  for (const c of DEMO_COUNCILS) {
    const host = mustGet(bodies, c.host);
    const saved = await manager.getRepository(CouncilEntity).save({
      slug: c.slug,
      level: c.level,
      name: c.name,
      hostBodyId: host.id,
      jurisdictionId: host.jurisdictionId,
      publishedAt: c.published ? new Date('2021-01-15T09:00:00Z') : null,
    });
    await audit.record(ctx, {
      chain: host.jurisdictionId,
      action: 'council.created',
      entityType: 'council',
      entityId: saved.id,
      data: { slug: c.slug, source: 'demo-seed' },
    });
  }
  const councils = new Map((await manager.getRepository(CouncilEntity).find()).map((c) => [c.slug, c]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    const user = await manager.getRepository(UserAccountEntity).save({
      email: a.email,
      displayName: a.displayName,
      locale: a.locale,
      passwordHash,
      phone: null,
      disabledAt: null,
    });
    const kind = ROLE_SCOPE[a.role];
    const scopeId =
      kind === 'platform' || !a.scope
        ? null
        : kind === 'council'
          ? mustGet(councils, a.scope).id
          : kind === 'stateBody'
            ? mustGet(bodies, a.scope).id
            : mustGet(jurisdictions, a.scope).id;
    const grant = await manager.getRepository(GrantEntity).save({
      userId: user.id,
      role: a.role,
      scopeKind: kind,
      scopeId,
      startsAt: new Date('2021-01-01T00:00:00Z'),
      endsAt: null,
      grantedBy: null,
    });
    await audit.record(ctx, {
      chain: 'platform',
      action: 'grant.given',
      entityType: 'grant',
      entityId: grant.id,
      data: { userId: user.id, role: a.role, source: 'demo-seed' },
    });
  }
  return DEMO_COUNCILS.length;
}

function mustGet<T>(map: Map<string, T>, key: string): T {
  const v = map.get(key);
  if (!v) throw new Error(`demo data refers to unknown key ${key}`);
  return v;
}
