import { Injectable } from '@nestjs/common';
import { DomainError, type RequestContext } from '@kenes/api/core';
import { CouncilService, type CouncilEntity } from '@kenes/api/registry';
import { demographics, evaluateComposition, independenceIndex, renewalStatus, type Demographics, type CheckResult, type IndependenceIndex, type IsoDate, type RenewalStatus } from '@kenes/domain';
import type { AffiliationCategoryEntity, ConvocationEntity } from './composition.entities';
import { CompositionRepository, type SeatedMembership } from './composition.repository';
import { kazakhstanToday } from './kazakhstan-today';
import { RuleSetService, type SelectedRuleSet } from './rule-set.service';

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
}

@Injectable()
export class CompositionService {
  constructor(
    private readonly repo: CompositionRepository,
    private readonly rules: RuleSetService,
    private readonly councils: CouncilService,
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
    return {
      council,
      onDate,
      convocation,
      members,
      evaluation: evaluateComposition(composition, ruleSet.ruleSet, onDate),
      independenceIndex: independenceIndex(composition, onDate),
      demographics: demographics(composition, onDate),
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
