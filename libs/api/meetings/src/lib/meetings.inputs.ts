import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextInput } from '@kenes/api/core';
import {
  AttendanceStatusEnum,
  InviteeKindEnum,
  ItemCategoryEnum,
  ItemSourceEnum,
  MeetingTypeEnum,
  MotionKindEnum,
  ProposalStatusEnum,
  VoteChoiceEnum,
} from './meetings.models';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const URL_OPTIONS = { protocols: ['https', 'http'], require_protocol: true };

@ArgsType()
export class CouncilMeetingsArgs {
  @Field(() => ID) @IsUUID() councilId!: string;
}

@ArgsType()
export class MeetingArgs {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
}

@ArgsType()
export class ItemIdArgs {
  @Field(() => ID) @IsUUID() itemId!: string;
}

@ArgsType()
export class ProposalsArgs {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => ProposalStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ProposalStatusEnum) status?: ProposalStatusEnum;
}

@ArgsType()
export class PublicMeetingsArgs {
  @Field(() => String, { description: 'The council’s slug.' }) @IsString() @MaxLength(80) slug!: string;
}

@InputType()
export class InviteeInput {
  @Field(() => InviteeKindEnum) @IsEnum(InviteeKindEnum) kind!: InviteeKindEnum;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stateBodyId?: string;
}

@InputType()
export class MeetingDetailsInput {
  @Field(() => MeetingTypeEnum) @IsEnum(MeetingTypeEnum) type!: MeetingTypeEnum;
  @Field(() => Date) @Type(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() endsAt?: Date;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput) place?: LocalizedTextInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) onlineUrl?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) livestreamUrl?: string;
  @Field(() => [InviteeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => InviteeInput)
  invitees?: InviteeInput[];
}

@InputType()
export class CreateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID) @IsUUID() councilId!: string;
}

@InputType()
export class UpdateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}

@InputType()
export class AgendaItemInput {
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) title!: LocalizedTextInput;
  @Field(() => ItemCategoryEnum) @IsEnum(ItemCategoryEnum) category!: ItemCategoryEnum;
  @Field(() => ItemSourceEnum, { nullable: true, description: 'Defaults to the secretary.' }) @IsOptional() @IsEnum(ItemSourceEnum) source?: ItemSourceEnum;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(300) rapporteur?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() relatedBodyId?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() publicCommentsOpen?: boolean;
}

@InputType()
export class AddAgendaItemInput extends AgendaItemInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
}

@InputType()
export class UpdateAgendaItemInput extends AgendaItemInput {
  @Field(() => ID) @IsUUID() itemId!: string;
}

@InputType()
export class MoveAgendaItemInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => Int, { description: 'The new position, 1 = first.' }) @IsInt() @Min(1) @Max(500) position!: number;
}

@InputType()
export class SetCurrentItemInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: no item under discussion.' }) @IsOptional() @IsUUID() itemId?: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => AttendanceStatusEnum) @IsEnum(AttendanceStatusEnum) status!: AttendanceStatusEnum;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(500) absenceReason?: string;
}

@InputType()
export class AddresseeInput {
  @Field(() => ID) @IsUUID() stateBodyId!: string;
  @Field(() => Boolean) @IsBoolean() lead!: boolean;
}

@InputType()
export class CreateMotionInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => MotionKindEnum) @IsEnum(MotionKindEnum) kind!: MotionKindEnum;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) text!: string;
  @Field(() => [String], { description: 'Numbered points, in order.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(4000, { each: true })
  points!: string[];
  @Field(() => [AddresseeInput], { nullable: true, description: 'A recommendation names its addressee bodies, exactly one of them the lead.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AddresseeInput)
  addressees?: AddresseeInput[];
}

@InputType()
export class CastVoteInput {
  @Field(() => ID) @IsUUID() motionId!: string;
  @Field(() => VoteChoiceEnum) @IsEnum(VoteChoiceEnum) choice!: VoteChoiceEnum;
}

@InputType()
export class CorrectResultInput {
  @Field(() => ID) @IsUUID() motionId!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) for!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) against!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) abstain!: number;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

@InputType()
export class DeclareConflictInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}

@InputType()
export class ProposeAgendaItemInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
  @Field(() => ItemCategoryEnum) @IsEnum(ItemCategoryEnum) category!: ItemCategoryEnum;
}

@InputType()
export class CitizenProposalInput {
  @Field(() => String, { description: 'The council’s slug.' }) @IsString() @MaxLength(80) councilSlug!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => String, { description: 'For the answer; never published.' }) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
}

@InputType()
export class AcceptProposalInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => Int, { nullable: true, description: 'Position on the agenda; the end by default.' }) @IsOptional() @IsInt() @Min(1) @Max(500) position?: number;
}

@InputType()
export class DeclineProposalInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field(() => String, { description: 'Shown to the proposer.' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(4000) body!: string;
}

@InputType()
export class PublicCommentInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body!: string;
}

@InputType()
export class ModerateCommentInput {
  @Field(() => ID) @IsUUID() commentId!: string;
  @Field(() => Boolean) @IsBoolean() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required to reject.' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
}

@InputType()
export class LinkMemberAccountInput {
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
}
