import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocalizedText } from '@kenes/api/core';
import { DemographicGap } from './population.models';

export enum MemberRole {
  CHAIR = 'chair',
  DEPUTY_CHAIR = 'deputyChair',
  MEMBER = 'member',
  SECRETARY = 'secretary',
}
registerEnumType(MemberRole, { name: 'MemberRole', description: 'The secretary is staff, not a member: never counted, never votes.' });

export enum Gender {
  FEMALE = 'female',
  MALE = 'male',
}
registerEnumType(Gender, { name: 'Gender' });

export enum SelectionMethod {
  COMPETITION = 'competition',
  NOMINATION = 'nomination',
  SELF_NOMINATION = 'selfNomination',
  DESIGNATED_BY_BODY = 'designatedByBody',
  RESERVE_LIST = 'reserveList',
}
registerEnumType(SelectionMethod, { name: 'SelectionMethod' });

export enum EndReason {
  TERM_EXPIRED = 'termExpired',
  OWN_APPLICATION = 'ownApplication',
  DEATH = 'death',
  COURT_DECISION = 'courtDecision',
  UNEXCUSED_ABSENCES = 'unexcusedAbsences',
  ENTERED_STATE_SERVICE = 'enteredStateService',
  NOMINATING_ORG_LIQUIDATED = 'nominatingOrgLiquidated',
  ELIGIBILITY_LOST = 'eligibilityLost',
  HEALTH = 'health',
  REPLACED_BY_BODY = 'replacedByBody',
  CATEGORY_CHANGED = 'categoryChanged',
  ROLE_CHANGED = 'roleChanged',
  OTHER = 'other',
}
registerEnumType(EndReason, {
  name: 'EndReason',
  description:
    'Grounds of Law 383-V art. 15; CATEGORY_CHANGED and ROLE_CHANGED are written by the system when a row is continued by a new one.',
});

export enum ConvocationStatus {
  FORMING = 'forming',
  ACTIVE = 'active',
  ENDED = 'ended',
}
registerEnumType(ConvocationStatus, { name: 'ConvocationStatus' });

export enum RuleCheckStatus {
  PASS = 'pass',
  FAIL = 'fail',
  WARNING = 'warning',
  NOT_APPLICABLE = 'notApplicable',
}
registerEnumType(RuleCheckStatus, { name: 'RuleCheckStatus' });

export enum RuleSeverity {
  HARD = 'hard',
  SOFT = 'soft',
}
registerEnumType(RuleSeverity, {
  name: 'RuleSeverity',
  description: 'A broken hard rule blocks a change; a broken soft rule is a warning.',
});

function fromLiteral(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(fromLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, fromLiteral(f.value)]));
    case Kind.NULL:
      return null;
    default:
      // Variables inside literals are not supported for rule values.
      throw new TypeError('JSON literals cannot contain variables');
  }
}

/** Rule values are a tagged union of a dozen shapes: carried as JSON, validated by the domain. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (rule values and rule lists; validated by the service).',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: fromLiteral,
});

// ---- admin endpoint (/graphql) -------------------------------------------------------

@ObjectType()
export class LegalBasisView {
  @Field(() => String, { description: 'As cited next to a result, in the caller’s language, e.g. "Закон 383-V ст. 1 п. 7".' })
  text!: string;
  @Field(() => String) actId!: string;
  @Field(() => String, { nullable: true }) article!: string | null;
  @Field(() => String, { nullable: true }) paragraph!: string | null;
  @Field(() => String, { nullable: true }) subparagraph!: string | null;
  @Field(() => String, { description: 'C = the act’s wording was read, S = official summary, R = recalled practice.' })
  confidence!: string;
}

@ObjectType()
export class RuleFigure {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'One rule checked against a composition, explained in the caller’s language.' })
export class RuleCheck {
  @Field(() => String) code!: string;
  @Field(() => String) kind!: string;
  @Field(() => RuleCheckStatus) status!: RuleCheckStatus;
  @Field(() => RuleSeverity) severity!: RuleSeverity;
  @Field(() => String) name!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { nullable: true }) remedy!: string | null;
  @Field(() => [String]) notes!: string[];
  @Field(() => [RuleFigure]) figures!: RuleFigure[];
  @Field(() => Int, { description: 'Members to change for the rule to pass; 0 when it passes.' }) shortfall!: number;
  @Field(() => LegalBasisView) basis!: LegalBasisView;
}

@ObjectType()
export class IndependenceIndex {
  @Field(() => Int) total!: number;
  @Field(() => Int) civilSociety!: number;
  @Field(() => Int) stateLinked!: number;
  @Field(() => Int, { description: 'Civil-society seats supervised by the host body (the Assembly of People seat).' }) supervised!: number;
  @Field(() => Float) stateLinkedPercent!: number;
  @Field(() => Float, { description: 'State-linked share counting supervised seats as state-linked: the honest figure.' })
  stateLinkedWithSupervisedPercent!: number;
  @Field(() => Float) independentPercent!: number;
}

@ObjectType()
export class AffiliationCategory {
  @Field(() => ID) id!: string;
  @Field(() => ID) jurisdictionId!: string;
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => Boolean) stateLinked!: boolean;
  @Field(() => Boolean) supervisedByHost!: boolean;
}

@ObjectType({ description: 'Personal data: admin endpoint only.' })
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate!: string | null;
  @Field(() => Gender, { nullable: true }) gender!: Gender | null;
  @Field(() => Boolean) isCivilServant!: boolean;
}

@ObjectType()
export class Convocation {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: 'YYYY-MM-DD, first day of the term' }) startsOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, first day after the term' }) endsOn!: string;
  @Field(() => ConvocationStatus) status!: ConvocationStatus;
}

@ObjectType()
export class Membership {
  @Field(() => ID) id!: string;
  @Field(() => ID) convocationId!: string;
  @Field(() => Person) person!: Person;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => Boolean) isVotingMember!: boolean;
  @Field(() => AffiliationCategory) category!: AffiliationCategory;
  @Field(() => String, { nullable: true }) nominatingOrgName!: string | null;
  @Field(() => String, { nullable: true }) nominatingOrgBin!: string | null;
  @Field(() => SelectionMethod) selectionMethod!: SelectionMethod;
  @Field(() => String, { description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day no longer a member' }) endsOn!: string | null;
  @Field(() => EndReason, { nullable: true }) endReason!: EndReason | null;
  @Field(() => ID, { nullable: true, description: 'The row this one continues after a change of category or role.' }) previousId!:
    string | null;
}

@ObjectType()
export class RuleSetRef {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => String) effectiveFrom!: string;
  @Field(() => Boolean, { description: 'False when no version was in force on the date and the earliest known one was applied.' })
  inForceOnDate!: boolean;
}

@ObjectType({ description: 'When the next convocation must start being formed (rule term.renewalLead).' })
export class Renewal {
  @Field(() => String, { description: 'YYYY-MM-DD: formation of the next convocation starts' }) startsOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: first day after the term' }) endsOn!: string;
  @Field(() => Boolean, { description: 'True from startsOn until the term ends' }) due!: boolean;
  @Field(() => Int) daysUntilStart!: number;
  @Field(() => LegalBasisView) basis!: LegalBasisView;
}

@ObjectType({ description: 'A council’s composition on a date, checked against the rules in force that day.' })
export class Composition {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) onDate!: string;
  @Field(() => Convocation, { nullable: true }) convocation!: Convocation | null;
  @Field(() => [Membership], { description: 'Everyone seated on the date, the secretary included (never counted).' })
  members!: Membership[];
  @Field(() => [RuleCheck]) evaluation!: RuleCheck[];
  @Field(() => IndependenceIndex) independenceIndex!: IndependenceIndex;
  @Field(() => DemographicGap, { nullable: true, description: 'Null when no population reference covers the council.' })
  demographicGap!: DemographicGap | null;
  @Field(() => RuleSetRef) ruleSet!: RuleSetRef;
  @Field(() => Renewal, { nullable: true, description: 'Null without a convocation or a renewal rule.' }) renewal!: Renewal | null;
}

@ObjectType({ description: 'What a composition change did, and what still needs attention (nothing made worse by it).' })
export class CompositionChange {
  @Field(() => Membership) membership!: Membership;
  @Field(() => [Membership], { description: 'Rows this change ended (continued by new rows).' }) ended!: Membership[];
  @Field(() => [RuleCheck], { description: 'Rules still broken after the change (soft ones, and hard ones it did not worsen).' })
  warnings!: RuleCheck[];
}

@ObjectType()
export class RuleView {
  @Field(() => String) code!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: 'Plain-language name in the caller’s language.' }) name!: string;
  @Field(() => RuleSeverity) severity!: RuleSeverity;
  @Field(() => JSONScalar) value!: unknown;
  @Field(() => LegalBasisView) basis!: LegalBasisView;
  @Field(() => String, { nullable: true }) effectiveFrom!: string | null;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
}

@ObjectType()
export class RuleSetVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null for the national default.' }) jurisdictionId!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => String) effectiveFrom!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => [RuleView]) rules!: RuleView[];
  @Field(() => JSONScalar, { description: 'The rules as stored (the shape updateRuleSet takes), for editing.' })
  document!: unknown;
  @Field(() => Date) createdAt!: Date;
}
