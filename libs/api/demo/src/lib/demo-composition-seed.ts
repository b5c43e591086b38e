import type { EntityManager } from 'typeorm';
import type { AuditService, RequestContext } from '@kenes/api/core';
import {
  AffiliationCategoryEntity,
  ConvocationEntity,
  MembershipEntity,
  PersonEntity,
  statusOn,
  kazakhstanToday,
} from '@kenes/api/composition';
import { CouncilEntity, JurisdictionEntity } from '@kenes/api/registry';
import { DEMO_CATEGORIES, DEMO_CATEGORY_JURISDICTION, DEMO_COMPOSITIONS } from './demo-composition';

export interface CompositionSeedResult {
  categories: number;
  convocations: number;
  memberships: number;
}

const NOTHING: CompositionSeedResult = { categories: 0, convocations: 0, memberships: 0 };

/**
 * Seats the demo councils' members, inside the caller's seed transaction. It writes the
 * compositions as the source found them, bypassing the rule checks on purpose: Kokshetau's is
 * unlawful, and the product must show that. Runs once: it does nothing when categories exist
 * (a database seeded before this step existed gets it on its next start).
 */
export async function seedDemoComposition(
  ctx: RequestContext,
  manager: EntityManager,
  audit: AuditService,
): Promise<CompositionSeedResult> {
  if ((await manager.getRepository(AffiliationCategoryEntity).count()) > 0) return NOTHING;
  const republic = await manager.getRepository(JurisdictionEntity).findOneBy({ code: DEMO_CATEGORY_JURISDICTION });
  if (!republic) return NOTHING;

  const categories = new Map<string, AffiliationCategoryEntity>();
  for (const c of DEMO_CATEGORIES) {
    const saved = await manager.getRepository(AffiliationCategoryEntity).save({
      jurisdictionId: republic.id,
      code: c.code,
      name: c.name,
      stateLinked: c.stateLinked,
      supervisedByHost: c.supervisedByHost,
    });
    categories.set(c.code, saved);
    await audit.record(ctx, {
      chain: republic.id,
      action: 'affiliationCategory.created',
      entityType: 'affiliationCategory',
      entityId: saved.id,
      data: { code: c.code, stateLinked: c.stateLinked, supervisedByHost: c.supervisedByHost, source: 'demo-seed' },
    });
  }

  const today = kazakhstanToday();
  let convocations = 0;
  let memberships = 0;
  for (const demo of DEMO_COMPOSITIONS) {
    const council = await manager.getRepository(CouncilEntity).findOneBy({ slug: demo.council });
    if (!council) continue;
    const people = new Map<string, PersonEntity>();
    for (const p of demo.members) {
      people.set(
        p.fullName,
        await manager
          .getRepository(PersonEntity)
          .save({ fullName: p.fullName, birthDate: p.birthDate, gender: p.gender, isCivilServant: p.isCivilServant }),
      );
    }
    for (const v of demo.convocations) {
      const convocation = await manager.getRepository(ConvocationEntity).save({
        councilId: council.id,
        number: v.number,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        status: statusOn(v.startsOn, v.endsOn, today),
      });
      convocations++;
      const ended = convocation.status === 'ended';
      await audit.record(ctx, {
        chain: council.jurisdictionId,
        action: 'convocation.opened',
        entityType: 'convocation',
        entityId: convocation.id,
        data: { councilId: council.id, number: v.number, startsOn: v.startsOn, endsOn: v.endsOn, source: 'demo-seed' },
      });
      for (const p of demo.members) {
        const category = categories.get(p.category);
        const person = people.get(p.fullName);
        if (!category || !person) throw new Error(`demo composition refers to unknown ${p.category} / ${p.fullName}`);
        const saved = await manager.getRepository(MembershipEntity).save({
          convocationId: convocation.id,
          personId: person.id,
          role: p.role,
          isVotingMember: p.role !== 'secretary',
          categoryId: category.id,
          nominatingOrgName: p.org ?? null,
          nominatingOrgBin: p.bin ?? null,
          selectionMethod: p.selection,
          startsOn: v.startsOn,
          // A term that is over ended every seat in it.
          endsOn: ended ? v.endsOn : null,
          endReason: ended ? 'termExpired' : null,
          previousId: null,
        });
        memberships++;
        await audit.record(ctx, {
          chain: council.jurisdictionId,
          action: 'membership.appointed',
          entityType: 'membership',
          entityId: saved.id,
          data: {
            councilId: council.id,
            convocationId: convocation.id,
            personId: person.id,
            role: p.role,
            category: p.category,
            source: 'demo-seed',
          },
        });
      }
    }
  }
  return { categories: categories.size, convocations, memberships };
}
