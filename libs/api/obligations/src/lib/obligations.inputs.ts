import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalizedTextInput } from '@kenes/api/core';
import { IsIsoDate } from '@kenes/api/composition';
import { VerdictEnum } from './obligations.models';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

@ArgsType()
export class RecommendationArgs {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) number!: number;
}

@ArgsType()
export class PublicRecommendationArgs {
  @Field(() => String) @IsString() @MaxLength(80) slug!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) number!: number;
}

@ArgsType()
export class PublicCouncilArgs {
  @Field(() => String) @IsString() @MaxLength(80) slug!: string;
}

@ArgsType()
export class BodyArgs {
  @Field(() => ID) @IsUUID() bodyId!: string;
}

@ArgsType()
export class ObligationArgs {
  @Field(() => ID) @IsUUID() obligationId!: string;
}

@InputType()
export class GroundsInput {
  @Field(() => ID) @IsUUID() obligationId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) grounds!: string;
}

@InputType()
export class ExtensionInput extends GroundsInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(60) workingDays!: number;
}

@InputType()
export class RedirectInput extends GroundsInput {
  @Field(() => ID) @IsUUID() toBodyId!: string;
}

@InputType()
export class AssessInput {
  @Field(() => ID) @IsUUID() obligationId!: string;
  @Field(() => Boolean) @IsBoolean() adequate!: boolean;
}

@InputType()
export class AnswerPointInputGql {
  @Field(() => ID) @IsUUID() pointId!: string;
  @Field(() => VerdictEnum) @IsEnum(VerdictEnum) verdict!: VerdictEnum;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) scope?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) reasons?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() studyUntil?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) commitmentOwner?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() commitmentDue?: string;
}

@InputType()
export class DraftAnswerInput {
  @Field(() => ID) @IsUUID() obligationId!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(8000) summary!: string;
  @Field(() => [AnswerPointInputGql]) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AnswerPointInputGql) points!: AnswerPointInputGql[];
}

@InputType()
export class EvidenceInput {
  @Field(() => ID, { nullable: true, description: 'A file uploaded to /files/evidence.' }) @IsOptional() @IsUUID() fileId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['https', 'http'], require_protocol: true }) @MaxLength(500) url?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) fileName?: string;
}

@InputType()
export class CommitmentReportInput {
  @Field(() => ID) @IsUUID() commitmentId!: string;
  @Field(() => Boolean, { description: 'True: the commitment is done (evidence required).' }) @IsBoolean() done!: boolean;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) text!: string;
  @Field(() => [EvidenceInput], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => EvidenceInput) evidence!: EvidenceInput[];
}

@InputType()
export class DisputeInput {
  @Field(() => ID) @IsUUID() commitmentId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) text!: string;
  @Field(() => [EvidenceInput]) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => EvidenceInput) evidence!: EvidenceInput[];
}

@InputType()
export class CitizenDisputeInput extends DisputeInput {
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
}

@InputType()
export class HolidayDayInput {
  @Field(() => String) @IsIsoDate() date!: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) name!: LocalizedTextInput;
}

@InputType()
export class HolidayYearInput {
  @Field(() => ID, { nullable: true, description: 'Null: the national calendar.' }) @IsOptional() @IsUUID() jurisdictionId?: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => [HolidayDayInput], { description: 'Moving holidays (Kurban Ait).' }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => HolidayDayInput) datedHolidays!: HolidayDayInput[];
  @Field(() => [HolidayDayInput], { description: 'Days off by Government decree (transfers).' }) @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => HolidayDayInput) extraDaysOff!: HolidayDayInput[];
  @Field(() => [HolidayDayInput], { description: 'Working days by decree (working Saturdays).' }) @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => HolidayDayInput) workingDays!: HolidayDayInput[];
  @Field(() => Boolean, { description: 'The year is entered in full.' }) @IsBoolean() confirmed!: boolean;
}
