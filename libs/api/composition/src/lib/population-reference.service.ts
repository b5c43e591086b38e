import { Injectable } from '@nestjs/common';
import { AuditService, DomainError, TransactionalConnection, assertAllowed, jurisdictionPath, type RequestContext } from '@kenes/api/core';
import { JurisdictionEntity } from '@kenes/api/registry';
import { validatePopulationReference, type AgeBandCode, type IsoDate, type PopulationReference as DomainReference } from '@kenes/domain';
import { PopulationReferenceEntity } from './population-reference.entity';
import type { SetPopulationReferenceInput } from './population.inputs';

interface RawReference {
  id: string;
  jurisdiction_id: string;
  as_of: string;
  age_bands: PopulationReferenceEntity['ageBands'];
  female_percent: string;
  median_age: string | null;
  source: string;
  entered_by: string | null;
  created_at: Date;
}

/** Versions kept per jurisdiction are few (one a year); the list is bounded all the same. */
const MAX_VERSIONS = 50;

export function toDomainReference(row: PopulationReferenceEntity): DomainReference {
  return { ageBands: row.ageBands, femalePercent: Number(row.femalePercent), medianAge: row.medianAge === null ? null : Number(row.medianAge) };
}

/**
 * The population a council is compared with. A council uses the reference of its own
 * jurisdiction or, failing that, of the nearest one above it, as of the latest date on or before
 * the day it is looked at.
 */
@Injectable()
export class PopulationReferenceService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /** One statement: the jurisdiction's chain upwards and the newest reference along it. */
  async forJurisdiction(ctx: RequestContext, jurisdictionId: string, onDate: IsoDate): Promise<PopulationReferenceEntity | null> {
    const rows: RawReference[] = await this.connection.manager(ctx).query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM jurisdiction WHERE id = $1
         UNION ALL
         SELECT j.id, j.parent_id, up.depth + 1 FROM jurisdiction j JOIN up ON j.id = up.parent_id
       )
       SELECT p.id, p.jurisdiction_id, to_char(p.as_of, 'YYYY-MM-DD') AS as_of, p.age_bands, p.female_percent, p.median_age,
              p.source, p.entered_by, p.created_at
         FROM population_reference p JOIN up ON up.id = p.jurisdiction_id
        WHERE p.as_of <= $2 ORDER BY up.depth, p.as_of DESC LIMIT 1`,
      [jurisdictionId, onDate],
    );
    const r = rows[0];
    if (!r) return null;
    return Object.assign(new PopulationReferenceEntity(), {
      id: r.id,
      jurisdictionId: r.jurisdiction_id,
      asOf: r.as_of,
      ageBands: r.age_bands,
      femalePercent: r.female_percent,
      medianAge: r.median_age,
      source: r.source,
      enteredBy: r.entered_by,
      createdAt: r.created_at,
    });
  }

  async versions(ctx: RequestContext, jurisdictionId: string): Promise<PopulationReferenceEntity[]> {
    await this.jurisdiction(ctx, jurisdictionId, 'registry.read');
    return this.connection
      .getRepository(ctx, PopulationReferenceEntity)
      .find({ where: { jurisdictionId }, order: { asOf: 'DESC' }, take: MAX_VERSIONS });
  }

  /** Stores the figures as of a date; a date already entered is a CONFLICT (versions are only added). */
  async set(ctx: RequestContext, input: SetPopulationReferenceInput): Promise<PopulationReferenceEntity> {
    const jurisdiction = await this.jurisdiction(ctx, input.jurisdictionId, 'population.manage');
    const reference: DomainReference = {
      ageBands: input.ageBands.map((b) => ({ band: b.band as AgeBandCode, percent: b.percent })),
      femalePercent: input.femalePercent,
      medianAge: input.medianAge ?? null,
    };
    const problems = validatePopulationReference(reference);
    if (problems.length) {
      throw DomainError.badInput(
        problems.map((p) =>
          p.problem === 'sumNot100'
            ? { path: p.path, messageKey: 'population.sumNot100', params: { sum: p.sum } }
            : p.problem === 'bandsMismatch'
              ? { path: p.path, messageKey: 'population.bandsMismatch' }
              : { path: p.path, messageKey: 'validation.invalid' },
        ),
      );
    }
    const repo = this.connection.getRepository(ctx, PopulationReferenceEntity);
    if (await repo.existsBy({ jurisdictionId: jurisdiction.id, asOf: input.asOf })) {
      throw DomainError.conflict('error.duplicate', { field: 'asOf' });
    }
    const saved = await repo.save(
      repo.create({
        jurisdictionId: jurisdiction.id,
        asOf: input.asOf,
        ageBands: reference.ageBands.map((b) => ({ band: b.band, percent: b.percent })),
        femalePercent: String(reference.femalePercent),
        medianAge: reference.medianAge === null ? null : String(reference.medianAge),
        source: input.source.trim(),
        enteredBy: ctx.user?.id ?? null,
      }),
    );
    await this.audit.record(ctx, {
      chain: jurisdiction.id,
      action: 'populationReference.set',
      entityType: 'population_reference',
      entityId: saved.id,
      actorId: ctx.user?.id,
      data: { asOf: saved.asOf, ageBands: saved.ageBands, femalePercent: reference.femalePercent, medianAge: reference.medianAge, source: saved.source },
    });
    return saved;
  }

  private async jurisdiction(ctx: RequestContext, id: string, permission: 'registry.read' | 'population.manage'): Promise<JurisdictionEntity> {
    const jurisdiction = await this.connection.getRepository(ctx, JurisdictionEntity).findOneBy({ id });
    if (!jurisdiction) throw DomainError.notFound('entity.jurisdiction');
    if (!ctx.isSystem) {
      const path = await jurisdictionPath(this.connection.manager(ctx), id);
      assertAllowed(ctx, permission, { kind: 'jurisdiction', jurisdictionPath: path }, () => DomainError.notFound('entity.jurisdiction'));
    }
    return jurisdiction;
  }
}
