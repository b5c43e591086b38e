import type { EntityManager } from 'typeorm';
import type { AuditService, RequestContext } from '@kenes/api/core';
import { PopulationReferenceEntity } from '@kenes/api/composition';
import { JurisdictionEntity } from '@kenes/api/registry';
import type { AgeBandCode } from '@kenes/domain';

/**
 * Almaty's adult population, rounded from the Bureau of National Statistics' estimates
 * (about 2.3 million residents, a young city): enough for the demo to show the gap the source
 * names, "the council should reflect the demographic composition of the city".
 */
export const DEMO_POPULATION: Array<{
  jurisdiction: string;
  asOf: string;
  ageBands: Array<{ band: AgeBandCode; percent: number }>;
  femalePercent: number;
  medianAge: number;
  source: string;
}> = [
  {
    jurisdiction: 'KZ-ALA',
    asOf: '2025-01-01',
    ageBands: [
      { band: '18-34', percent: 38 },
      { band: '35-49', percent: 29 },
      { band: '50-64', percent: 20 },
      { band: '65+', percent: 13 },
    ],
    femalePercent: 53.5,
    medianAge: 40,
    source: 'Бюро национальной статистики АСПиР РК, численность населения г. Алматы на 01.01.2025 (округлено, демо-данные)',
  },
];

/** Seeds the references once: nothing happens when any reference exists. */
export async function seedDemoPopulation(ctx: RequestContext, manager: EntityManager, audit: AuditService): Promise<number> {
  if ((await manager.getRepository(PopulationReferenceEntity).count()) > 0) return 0;
  let n = 0;
  for (const p of DEMO_POPULATION) {
    const jurisdiction = await manager.getRepository(JurisdictionEntity).findOneBy({ code: p.jurisdiction });
    if (!jurisdiction) continue;
    const saved = await manager.getRepository(PopulationReferenceEntity).save({
      jurisdictionId: jurisdiction.id,
      asOf: p.asOf,
      ageBands: p.ageBands,
      femalePercent: String(p.femalePercent),
      medianAge: String(p.medianAge),
      source: p.source,
      enteredBy: null,
    });
    await audit.record(ctx, {
      chain: jurisdiction.id,
      action: 'populationReference.set',
      entityType: 'population_reference',
      entityId: saved.id,
      data: { asOf: p.asOf, source: 'demo-seed' },
    });
    n++;
  }
  return n;
}
