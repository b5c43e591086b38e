import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Transaction, type RequestContext } from '@kenes/api/core';
import { CompositionService } from './composition.service';
import { ConvocationService } from './convocation.service';
import {
  AffiliationCategoriesArgs,
  AppointMemberInput,
  ChangeMemberCategoryInput,
  CompositionArgs,
  ElectChairInput,
  EndMembershipInput,
  OpenConvocationInput,
  RuleSetsArgs,
  UpdateRuleSetInput,
} from './composition.inputs';
import { toCategory, toComposition, toCompositionChange, toConvocation, toRuleSetVersion } from './composition.mappers';
import { AffiliationCategory, Composition, CompositionChange, Convocation, RuleSetVersion } from './composition.models';
import { MembershipService } from './membership.service';
import { RuleSetService } from './rule-set.service';

@Resolver(() => Composition)
export class CompositionAdminResolver {
  constructor(
    private readonly compositions: CompositionService,
    private readonly memberships: MembershipService,
    private readonly convocations: ConvocationService,
    private readonly ruleSetService: RuleSetService,
  ) {}

  @Query(() => Composition, {
    description: 'Who sits on the council on a date, and the verdict of every composition rule in force that day.',
  })
  @Allow('council.read')
  async composition(@Ctx() ctx: RequestContext, @Args() args: CompositionArgs): Promise<Composition> {
    return toComposition(await this.compositions.composition(ctx, args.councilId, args.onDate), ctx.locale);
  }

  @Query(() => [AffiliationCategory], {
    description: 'Categories a council in this jurisdiction may use (its own and those of the jurisdictions above it).',
  })
  @Allow('registry.read')
  async affiliationCategories(@Ctx() ctx: RequestContext, @Args() args: AffiliationCategoriesArgs): Promise<AffiliationCategory[]> {
    return (await this.compositions.categories(ctx, args.jurisdictionId)).map(toCategory);
  }

  @Query(() => [RuleSetVersion], {
    description: 'Every version of a jurisdiction’s rules (the national default without one), newest first.',
  })
  @Allow('registry.read')
  async ruleSets(@Ctx() ctx: RequestContext, @Args() args: RuleSetsArgs): Promise<RuleSetVersion[]> {
    return (await this.ruleSetService.versions(ctx, args.jurisdictionId)).map((r) => toRuleSetVersion(r, ctx.locale));
  }

  @Mutation(() => RuleSetVersion, { description: 'Stores the next version of the rules; it applies from its date on, without a deploy.' })
  @Allow('registry.manage')
  @Transaction()
  async updateRuleSet(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRuleSetInput): Promise<RuleSetVersion> {
    return toRuleSetVersion(await this.ruleSetService.addVersion(ctx, input), ctx.locale);
  }

  @Mutation(() => Convocation)
  @Allow('council.manage')
  @Transaction()
  async openConvocation(@Ctx() ctx: RequestContext, @Args('input') input: OpenConvocationInput): Promise<Convocation> {
    return toConvocation(await this.convocations.open(ctx, input));
  }

  @Mutation(() => CompositionChange, { description: 'Seats a person; refused with CONFLICT when a hard rule would break.' })
  @Allow('council.manage')
  @Transaction()
  async appointMember(@Ctx() ctx: RequestContext, @Args('input') input: AppointMemberInput): Promise<CompositionChange> {
    return toCompositionChange(await this.memberships.appoint(ctx, input), ctx.locale);
  }

  @Mutation(() => CompositionChange, {
    description: 'Ends a seat (never refused by quotas; what the vacancy breaks comes back as warnings).',
  })
  @Allow('council.manage')
  @Transaction()
  async endMembership(@Ctx() ctx: RequestContext, @Args('input') input: EndMembershipInput): Promise<CompositionChange> {
    return toCompositionChange(await this.memberships.end(ctx, input), ctx.locale);
  }

  @Mutation(() => CompositionChange, { description: 'Ends the seat in its old category and continues it in the new one.' })
  @Allow('council.manage')
  @Transaction()
  async changeMemberCategory(@Ctx() ctx: RequestContext, @Args('input') input: ChangeMemberCategoryInput): Promise<CompositionChange> {
    return toCompositionChange(await this.memberships.changeCategory(ctx, input), ctx.locale);
  }

  @Mutation(() => CompositionChange, {
    description: 'Records the election of a chair (not a civil servant); the previous chair continues as a member.',
  })
  @Allow('council.manage')
  @Transaction()
  async electChair(@Ctx() ctx: RequestContext, @Args('input') input: ElectChairInput): Promise<CompositionChange> {
    return toCompositionChange(await this.memberships.electChair(ctx, input), ctx.locale);
  }
}
