import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

// ---- inputs --------------------------------------------------------------------------------

@ArgsType()
export class MeetingMinutesArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
}

@ArgsType()
export class MinutesArgs {
  @Field(() => ID) @IsUUID() minutesId!: string;
}

@InputType()
export class ItemSummaryInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => String) @Transform(trim) @IsString() @MaxLength(20000) summary!: string;
}

@InputType()
export class EditMinutesInput {
  @Field(() => ID) @IsUUID() minutesId!: string;
  @Field(() => [ItemSummaryInput]) @ValidateNested({ each: true }) @Type(() => ItemSummaryInput) @ArrayMaxSize(200) summaries!: ItemSummaryInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class PublishMinutesCorrectionInput {
  @Field(() => ID) @IsUUID() minutesId!: string;
  @Field(() => [ItemSummaryInput]) @ValidateNested({ each: true }) @Type(() => ItemSummaryInput) @ArrayMaxSize(200) summaries!: ItemSummaryInput[];
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

@InputType()
export class ProposeMinutesCorrectionInput {
  @Field(() => ID) @IsUUID() minutesId!: string;
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(20000) text!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) comment?: string;
}

@InputType()
export class DecideMinutesCorrectionInput {
  @Field(() => ID) @IsUUID() correctionId!: string;
  @Field(() => Boolean) @IsBoolean() accept!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when declining: shown to the proposer.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class AttachDissentInput {
  @Field(() => ID) @IsUUID() minutesId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() itemId?: string;
  @Field(() => String) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(20000) text!: string;
}

@InputType()
export class ApproveMinutesInput {
  @Field(() => ID) @IsUUID() minutesId!: string;
  @Field(() => ID, { nullable: true, description: 'The adopted decision of a later meeting, when the rule set says minutes are approved by a vote.' })
  @IsOptional()
  @IsUUID()
  motionId?: string;
}

@ArgsType()
export class AnnualReportArgs {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
}

@ArgsType()
export class PublicMinutesArgs {
  @Field(() => String) @IsString() @MaxLength(80) slug!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) number!: number;
}

@ArgsType()
export class PublicAnnualReportArgs {
  @Field(() => String) @IsString() @MaxLength(80) slug!: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
}

// ---- models --------------------------------------------------------------------------------

@ObjectType()
export class DiffLineView {
  @Field(() => String, { description: 'same, added or removed' }) op!: string;
  @Field(() => String) text!: string;
}

@ObjectType()
export class MinutesVersionView {
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'generated, edit, correction, dissent, publishedCorrection' }) kind!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) sha256!: string;
}

@ObjectType()
export class MinutesCorrectionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => String) proposedText!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => String) proposerName!: string;
  @Field(() => String, { description: 'pending, accepted or declined' }) state!: string;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Int, { nullable: true }) resultingVersion!: number | null;
}

@ObjectType()
export class MinutesSignatureView {
  @Field(() => String) role!: string;
  @Field(() => String) signerName!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) method!: string;
  @Field(() => Date) signedAt!: Date;
}

@ObjectType()
export class MinutesItemView {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
}

@ObjectType()
export class MinutesView {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => Int) meetingNumber!: number;
  @Field(() => String, { description: 'draft, approved or published' }) state!: string;
  @Field(() => String) dueOn!: string;
  @Field(() => Boolean, { description: 'Not published and past the rule set’s publication term.' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) approvedBy!: string | null;
  @Field(() => Int) currentVersion!: number;
  @Field(() => Int, { nullable: true }) firstPublishedVersion!: number | null;
  @Field(() => [MinutesItemView]) items!: MinutesItemView[];
  @Field(() => [String], { description: 'The current version as lines of text, in the caller’s language.' }) text!: string[];
  @Field(() => [MinutesVersionView]) versions!: MinutesVersionView[];
  @Field(() => [MinutesCorrectionView]) corrections!: MinutesCorrectionView[];
  @Field(() => [MinutesSignatureView]) signatures!: MinutesSignatureView[];
  @Field(() => [DiffLineView], { description: 'Changes from the previous version (with a line of context).' }) diffFromPrevious!: DiffLineView[];
  @Field(() => String) pdfUrl!: string;
  @Field(() => String) htmlUrl!: string;
}

@ObjectType()
export class PublicMinutesVersion {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'Why a published correction was made.' }) reason!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [String]) text!: string[];
  @Field(() => [DiffLineView], { description: 'Changes from the previous published version; empty for the first.' }) diff!: DiffLineView[];
}

@ObjectType()
export class PublicMinutes {
  @Field(() => Int) meetingNumber!: number;
  @Field(() => String) councilSlug!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => [MinutesSignatureView]) signatures!: MinutesSignatureView[];
  @Field(() => [PublicMinutesVersion], { description: 'Every published version, oldest first; the last is in force.' }) versions!: PublicMinutesVersion[];
  @Field(() => String) pdfUrl!: string;
  @Field(() => String) htmlUrl!: string;
}

@ObjectType()
export class CountView {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class MemberAttendanceView {
  @Field(() => String) name!: string;
  @Field(() => Int) attended!: number;
  @Field(() => Int) of!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType()
export class BodyResponseView {
  @Field(() => String) name!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) answeredOnTime!: number;
  @Field(() => Float, { nullable: true }) onTimeRate!: number | null;
}

@ObjectType()
export class CompositionChangeView {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'joined or left' }) change!: string;
  @Field(() => String) on!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType()
export class AnnualReportView {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { description: 'draft, approved or published' }) state!: string;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int, { nullable: true }) meetingsRequired!: number | null;
  @Field(() => Boolean, { nullable: true }) meetingsMinimumMet!: boolean | null;
  @Field(() => [MemberAttendanceView]) attendance!: MemberAttendanceView[];
  @Field(() => Int) items!: number;
  @Field(() => [CountView]) itemsByCategory!: CountView[];
  @Field(() => [CountView]) itemsBySource!: CountView[];
  @Field(() => Int) recommendations!: number;
  @Field(() => [BodyResponseView]) bodies!: BodyResponseView[];
  @Field(() => Float, { nullable: true }) onTimeRate!: number | null;
  @Field(() => Int) commitments!: number;
  @Field(() => Int) commitmentsExecuted!: number;
  @Field(() => Float, { nullable: true }) executionRate!: number | null;
  @Field(() => [CompositionChangeView]) compositionChanges!: CompositionChangeView[];
  @Field(() => String, { nullable: true }) approvedByName!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String) pdfUrl!: string;
}
