import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextInput } from '@kenes/api/core';
import { Gender, IsIsoDate } from '@kenes/api/composition';
import { RefusalGround } from './selection.models';

const stripSpaces = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.replace(/\s+/g, '') : value);

@ArgsType()
export class CompetitionsArgs {
  @Field(() => ID)
  @IsUUID()
  councilId!: string;
}

@ArgsType()
export class CompetitionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class PublicCompetitionsArgs {
  @Field(() => String, { description: 'The council’s slug.' })
  @IsString()
  @MaxLength(80)
  slug!: string;
}

@InputType()
export class CreateCompetitionInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => ID, { description: 'The convocation whose seats the competition fills.' }) @IsUUID() convocationId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) seats!: number;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) callText!: LocalizedTextInput;
  @Field(() => [LocalizedTextInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextInput)
  criteria!: LocalizedTextInput[];
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsIsoDate() opensOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, the day age is counted on' }) @IsIsoDate() closesOn!: string;
}

@InputType()
export class AddWorkingGroupMemberInput {
  @Field(() => ID) @IsUUID() competitionId!: string;
  @Field(() => String) @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @Field(() => Boolean, { description: 'Represents a state body or the quasi-public sector.' }) @IsBoolean() stateLinked!: boolean;
  @Field(() => Boolean, { defaultValue: false }) @IsOptional() @IsBoolean() isHead = false;
}

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID) @IsUUID() competitionId!: string;
  @Field(() => String) @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsIsoDate() birthDate!: string;
  @Field(() => Boolean) @IsBoolean() residesInJurisdiction!: boolean;
  @Field(() => Boolean) @IsBoolean() citizen!: boolean;
  @Field(() => Boolean) @IsBoolean() convictionDeclared!: boolean;
  @Field(() => Boolean) @IsBoolean() mentalHealthCertificate!: boolean;
  @Field(() => Boolean) @IsBoolean() criminalRecordCertificate!: boolean;
  @Field(() => [String], { nullable: true, description: 'The documents handed in, by name (files come later).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  documents?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) nominatingOrgName?: string;
  @Field(() => String, { nullable: true, description: '12 digits; spaces are ignored.' })
  @IsOptional()
  @Transform(stripSpaces)
  @Matches(/^[0-9]{12}$/)
  nominatingOrgBin?: string;
  @Field(() => Boolean) @IsBoolean() selfNominated!: boolean;
  @Field(() => Boolean, { defaultValue: false, description: 'Also set when the name matches a member of the working group.' })
  @IsOptional()
  @IsBoolean()
  isWorkingGroupMember = false;
}

@InputType()
export class AdmitOrRefuseInput {
  @Field(() => ID) @IsUUID() applicationId!: string;
  @Field(() => RefusalGround, {
    nullable: true,
    description: 'Refuse although the automatic check admits (false information, for instance); an automatic refusal cannot be overridden.',
  })
  @IsOptional()
  @IsEnum(RefusalGround)
  refuseOn?: RefusalGround;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

@InputType()
export class ScoreApplicationInput {
  @Field(() => ID) @IsUUID() applicationId!: string;
  @Field(() => ID, { description: 'The working-group member who gives the score.' }) @IsUUID() scorerId!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(10) value!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

@InputType()
export class DecideCompetitionInput {
  @Field(() => ID) @IsUUID() competitionId!: string;
  @Field(() => Int, { nullable: true, description: 'Length of the reserve list; everyone scored and not selected when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  reserveSize?: number;
}

@InputType()
export class FillVacancyFromReserveInput {
  @Field(() => ID) @IsUUID() competitionId!: string;
  @Field(() => ID, { nullable: true, description: 'The entry the caller saw as next; refused when it is no longer next.' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;
  @Field(() => ID, { description: 'The seat’s affiliation category.' }) @IsUUID() categoryId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, first day on the council' }) @IsIsoDate() startsOn!: string;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender;
  @Field(() => Boolean, { defaultValue: false }) @IsOptional() @IsBoolean() isCivilServant = false;
}
