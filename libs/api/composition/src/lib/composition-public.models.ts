import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@kenes/api/core';
import { MemberRole, RuleCheckStatus, RuleSeverity } from './composition.models';
import { DemographicGap } from './population.models';

// ---- public endpoint (/public/graphql): names, roles, categories and rule results only ----

@ObjectType()
export class PublicLegalBasis {
  @Field(() => String) text!: string;
  @Field(() => String) actId!: string;
  @Field(() => String, { nullable: true }) article!: string | null;
  @Field(() => String, { nullable: true }) paragraph!: string | null;
  @Field(() => String) confidence!: string;
}

@ObjectType()
export class PublicRuleFigure {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
}

@ObjectType()
export class PublicRuleCheck {
  @Field(() => String) code!: string;
  @Field(() => RuleCheckStatus) status!: RuleCheckStatus;
  @Field(() => RuleSeverity) severity!: RuleSeverity;
  @Field(() => String) name!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { nullable: true }) remedy!: string | null;
  @Field(() => [String]) notes!: string[];
  @Field(() => [PublicRuleFigure]) figures!: PublicRuleFigure[];
  @Field(() => PublicLegalBasis) basis!: PublicLegalBasis;
}

@ObjectType()
export class PublicIndependenceIndex {
  @Field(() => Int) total!: number;
  @Field(() => Int) civilSociety!: number;
  @Field(() => Int) stateLinked!: number;
  @Field(() => Int) supervised!: number;
  @Field(() => Float) stateLinkedPercent!: number;
  @Field(() => Float) stateLinkedWithSupervisedPercent!: number;
  @Field(() => Float) independentPercent!: number;
}

@ObjectType()
export class PublicAffiliationCategory {
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => Boolean) stateLinked!: boolean;
  @Field(() => Boolean) supervisedByHost!: boolean;
}

@ObjectType()
export class PublicMember {
  @Field(() => String) fullName!: string;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => PublicAffiliationCategory) category!: PublicAffiliationCategory;
}

@ObjectType()
export class PublicConvocation {
  @Field(() => Int) number!: number;
  @Field(() => String) startsOn!: string;
  @Field(() => String) endsOn!: string;
}

@ObjectType()
export class PublicAgeBand {
  @Field(() => String, { description: '18-34, 35-49, 50-64 or 65+' }) band!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts by age band and gender on the date; members without the data are counted as unknown.' })
export class PublicDemographics {
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true }) medianAge!: number | null;
  @Field(() => [PublicAgeBand]) ageBands!: PublicAgeBand[];
  @Field(() => Int) ageUnknown!: number;
  @Field(() => Int) female!: number;
  @Field(() => Int) male!: number;
  @Field(() => Int) genderUnknown!: number;
}

@ObjectType({ description: 'A published council’s composition on a date and how it measures against the law.' })
export class PublicComposition {
  @Field(() => String) councilSlug!: string;
  @Field(() => String) onDate!: string;
  @Field(() => PublicConvocation, { nullable: true }) convocation!: PublicConvocation | null;
  @Field(() => [PublicMember]) members!: PublicMember[];
  @Field(() => [PublicRuleCheck]) evaluation!: PublicRuleCheck[];
  @Field(() => PublicIndependenceIndex) independenceIndex!: PublicIndependenceIndex;
  @Field(() => PublicDemographics) demographics!: PublicDemographics;
  @Field(() => DemographicGap, { nullable: true, description: 'Against the population reference of the jurisdiction; null without one.' })
  demographicGap!: DemographicGap | null;
}
