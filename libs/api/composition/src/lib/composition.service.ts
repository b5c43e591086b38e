import { Injectable } from '@nestjs/common';
import { DomainError, type RequestContext } from '@kenes/api/core';
import { CouncilService, type CouncilEntity } from '@kenes/api/registry';
import { demographicGap, demographics, evaluateComposition, type DemographicGap, independenceIndex, renewalStatus, type Demographics, type CheckResult, type IndependenceIndex, type IsoDate, type RenewalStatus } from '@kenes/domain';
import type { AffiliationCategoryEntity, ConvocationEntity } from './composition.entities';
import { CompositionRepository, type SeatedMembership } from './composition.repository';
import { kazakhstanToday } from './kazakhstan-today';
import { RuleSetService, type SelectedRuleSet } from './rule-set.service';
import type { PopulationReferenceEntity } from './population-reference.entity';
import { PopulationReferenceService, toDomainReference } from './population-reference.service';

/** A council's composition on a date and its verdict under the rules in force that day. */
export interface CompositionSnapshot {
  council: CouncilEntity;
  onDate: IsoDate;
  convocation: ConvocationEntity | null;
  members: SeatedMembership[];
  evaluation: CheckResult[];
  independenceIndex: IndependenceIndex;
  ruleSet: SelectedRuleSet;
  renewal: RenewalStatus | null;
  demographics: Demographics;
  /** The population the council is compared with, and the gap; null without a reference. */
  population: { reference: PopulationReferenceEntity; gap: DemographicGap } | null;
}

@Injectable()
export class CompositionService {
  constructor(
    private readonly repo: CompositionRepository,
    private readonly rules: RuleSetService,
    private readonly councils: CouncilService,
    private readonly population: PopulationReferenceService,
  ) {}

  /** Admin endpoint: any council the caller may read; others are not found. */
  async composition(ctx: RequestContext, councilId: string, onDate: string | undefined): Promise<CompositionSnapshot> {
    const council = await this.repo.councilFor(ctx, councilId, 'council.read');
    return this.snapshot(ctx, council, (onDate as IsoDate | undefined) ?? kazakhstanToday());
  }

  /** Public endpoint: published councils only; null for any other slug. */
  async publishedComposition(ctx: RequestContext, slug: string, onDate: string | undefined): Promise<CompositionSnapshot | null> {
    const council = await this.councils.findPublishedBySlug(ctx, slug);
    return council ? this.snapshot(ctx, council, (onDate as IsoDate | undefined) ?? kazakhstanToday()) : null;
  }

  async snapshot(ctx: RequestContext, council: CouncilEntity, onDate: IsoDate): Promise<CompositionSnapshot> {
    const convocation = await this.repo.convocationOn(ctx, council.id, onDate);
    const members = convocation ? await this.repo.seatedOn(ctx, convocation.id, onDate) : [];
    const ruleSet = await this.rules.forJurisdiction(ctx, council.jurisdictionId, onDate);
    const composition = await this.repo.domainComposition(ctx, council, convocation, members, onDate);
    const reference = await this.population.forJurisdiction(ctx, council.jurisdictionId, onDate);
    const counted = demographics(composition, onDate);
    return {
      council,
      onDate,
      convocation,
      members,
      evaluation: evaluateComposition(composition, ruleSet.ruleSet, onDate),
      independenceIndex: independenceIndex(composition, onDate),
      demographics: counted,
      population: reference ? { reference, gap: demographicGap(counted, toDomainReference(reference)) } : null,
      ruleSet,
      renewal: convocation ? (renewalStatus(ruleSet.ruleSet, convocation.endsOn as IsoDate, onDate) ?? null) : null,
    };
  }

  async categories(ctx: RequestContext, jurisdictionId: string): Promise<AffiliationCategoryEntity[]> {
    const categories = await this.repo.categoriesFor(ctx, jurisdictionId);
    if (!categories) throw DomainError.notFound('entity.jurisdiction');
    return categories;
  }
}
