import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { LocalizedTextInput } from '@kenes/api/core';
import { isIsoDate } from '@kenes/domain';
import { EndReason, Gender, MemberRole, SelectionMethod, JSONScalar } from './composition.models';

/** A real calendar date written YYYY-MM-DD ('2026-02-30' is refused). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isIsoDate', validator: { validate: (v: unknown) => typeof v === 'string' && isIsoDate(v) } }, options);
}

/** BINs are typed with spaces ('123 456 789 012'); stored as the 12 digits. */
const stripSpaces = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.replace(/\s+/g, '') : value);

/** End reasons a person may give; the others are written by the service itself. */
export const GIVEN_END_REASONS = Object.values(EndReason).filter((r) => r !== EndReason.CATEGORY_CHANGED && r !== EndReason.ROLE_CHANGED);

@ArgsType()
export class CompositionArgs {
  @Field(() => ID)
  @IsUUID()
  councilId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Kazakhstan time) when omitted.' })
  @IsOptional()
  @IsIsoDate()
  onDate?: string;
}

@ArgsType()
export class PublicCompositionArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(80)
  slug!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today (Kazakhstan time) when omitted.' })
  @IsOptional()
  @IsIsoDate()
  onDate?: string;
}

@ArgsType()
export class AffiliationCategoriesArgs {
  @Field(() => ID)
  @IsUUID()
  jurisdictionId!: string;
}

@ArgsType()
export class RuleSetsArgs {
  @Field(() => ID, { nullable: true, description: 'Versions of this jurisdiction; the national default when omitted.' })
  @IsOptional()
  @IsUUID()
  jurisdictionId?: string;
}

@InputType()
export class PersonInput {
  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  birthDate?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  isCivilServant = false;
}

@InputType()
export class AppointMemberInput {
  @Field(() => ID)
  @IsUUID()
  convocationId!: string;

  @Field(() => ID, { nullable: true, description: 'Someone who already sat on this council; otherwise give `person`.' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => PersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonInput)
  person?: PersonInput;

  @Field(() => MemberRole, { description: 'CHAIR is refused: the chair is elected (electChair).' })
  @IsEnum(MemberRole)
  role!: MemberRole;

  @Field(() => ID)
  @IsUUID()
  categoryId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nominatingOrgName?: string;

  @Field(() => String, { nullable: true, description: '12 digits; spaces are ignored.' })
  @IsOptional()
  @Transform(stripSpaces)
  @Matches(/^\d{12}$/)
  nominatingOrgBin?: string;

  @Field(() => SelectionMethod)
  @IsEnum(SelectionMethod)
  selectionMethod!: SelectionMethod;

  @Field(() => String, { description: 'YYYY-MM-DD, within the convocation' })
  @IsIsoDate()
  startsOn!: string;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID()
  membershipId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the first day the person is no longer a member' })
  @IsIsoDate()
  endsOn!: string;

  @Field(() => EndReason)
  @IsIn(GIVEN_END_REASONS)
  reason!: EndReason;
}

@InputType()
export class ChangeMemberCategoryInput {
  @Field(() => ID)
  @IsUUID()
  membershipId!: string;

  @Field(() => ID)
  @IsUUID()
  categoryId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, first day in the new category' })
  @IsIsoDate()
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'The nominating organisation in the new category (none when omitted).' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nominatingOrgName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(stripSpaces)
  @Matches(/^\d{12}$/)
  nominatingOrgBin?: string;
}

@InputType()
export class ElectChairInput {
  @Field(() => ID, { description: 'The running membership of the member elected.' })
  @IsUUID()
  membershipId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  electedOn!: string;
}

@InputType()
export class OpenConvocationInput {
  @Field(() => ID)
  @IsUUID()
  councilId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day after the term; by default the term length of the rule set.' })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string;
}

@InputType()
export class UpdateRuleSetInput {
  @Field(() => ID, { nullable: true, description: 'The jurisdiction the version is for; the national default when omitted.' })
  @IsOptional()
  @IsUUID()
  jurisdictionId?: string;

  @Field(() => String, { description: 'YYYY-MM-DD, today or later: past evaluations never change.' })
  @IsIsoDate()
  effectiveFrom!: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'By default the name of the version it follows.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name?: LocalizedTextInput;

  @Field(() => JSONScalar, {
    description: 'The rules: a list of { code, severity, value, basis, title?, effectiveFrom?, effectiveTo? } (see @kenes/domain Rule).',
  })
  @IsArray()
  rules!: unknown[];
}
