import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LocalizedText } from '@kenes/api/core';
import { LegalBasisView } from '@kenes/api/composition';

export enum PeriodStatusEnum {
  MET = 'met',
  MISSED = 'missed',
  OPEN = 'open',
  FUTURE = 'future',
}
registerEnumType(PeriodStatusEnum, { name: 'PeriodStatus', description: 'met: enough meetings; missed: ended with too few; open: under way with too few; future: not begun.' });

export enum RecommendationProgressEnum {
  OVERDUE = 'overdue',
  WAITING = 'waiting',
  ANSWERED_LATE = 'answeredLate',
  ANSWERED_ON_TIME = 'answeredOnTime',
  NO_ADDRESSEE = 'noAddressee',
}
registerEnumType(RecommendationProgressEnum, { name: 'RecommendationProgress', description: 'Where a recommendation stands with its addressees, the worst state first.' });

@ArgsType()
export class CouncilActivityArgs {
  @Field(() => String) @IsString() @MaxLength(80) slug!: string;
  @Field(() => Int, { nullable: true, description: 'The calendar year; the current year in Kazakhstan when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

@ObjectType()
export class ActivityPeriod {
  @Field(() => Int, { description: '1–4 for quarters, 1 for a year.' }) index!: number;
  @Field(() => String) start!: string;
  @Field(() => String, { description: 'The last day of the period.' }) last!: string;
  @Field(() => Int) held!: number;
  @Field(() => PeriodStatusEnum) status!: PeriodStatusEnum;
}

@ObjectType({ description: 'The legal minimum of meetings and how each period of the year kept it.' })
export class ActivityFrequency {
  @Field(() => String, { description: 'quarter or year' }) period!: string;
  @Field(() => Int) min!: number;
  @Field(() => Int) missed!: number;
  @Field(() => [ActivityPeriod]) periods!: ActivityPeriod[];
  @Field(() => LegalBasisView) basis!: LegalBasisView;
}

@ObjectType()
export class ActivityMeeting {
  @Field(() => Int) number!: number;
  @Field(() => String, { description: 'The day in Kazakhstan (ISO).' }) date!: string;
  @Field(() => Boolean) held!: boolean;
  @Field(() => Int) items!: number;
  @Field(() => Boolean) minutesPublished!: boolean;
}

@ObjectType()
export class ActivityQuestion {
  @Field(() => Int) meetingNumber!: number;
  @Field(() => Int) position!: number;
  @Field(() => LocalizedText) title!: LocalizedText;
}

@ObjectType()
export class ActivityRecommendation {
  @Field(() => Int) number!: number;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => RecommendationProgressEnum) progress!: RecommendationProgressEnum;
  @Field(() => Int) addressees!: number;
  @Field(() => Int) answered!: number;
  @Field(() => String, { nullable: true, description: 'The earliest due date of an answer still awaited.' }) nextDue!: string | null;
  @Field(() => Int) commitments!: number;
  @Field(() => Int) commitmentsExecuted!: number;
}

@ObjectType()
export class ActivityAnswers {
  @Field(() => Int) total!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) open!: number;
}

@ObjectType()
export class ActivityCommitments {
  @Field(() => Int) total!: number;
  @Field(() => Int) executed!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType({ description: 'What a council did in a year, counted from its published record, for the plain-words page.' })
export class CouncilActivityView {
  @Field(() => Int) year!: number;
  @Field(() => [Int], { description: 'Years with public activity (meetings or recommendations), newest first.' }) years!: number[];
  @Field(() => String, { description: 'The day the figures were counted on (ISO).' }) asOf!: string;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int) meetingsScheduled!: number;
  @Field(() => Int) questions!: number;
  @Field(() => Int) minutesPublished!: number;
  @Field(() => ActivityFrequency, { nullable: true }) frequency!: ActivityFrequency | null;
  @Field(() => [ActivityMeeting]) meetings!: ActivityMeeting[];
  @Field(() => [ActivityQuestion], { description: 'The questions of the meetings held, in order.' }) topics!: ActivityQuestion[];
  @Field(() => [ActivityRecommendation]) recommendations!: ActivityRecommendation[];
  @Field(() => ActivityAnswers) answers!: ActivityAnswers;
  @Field(() => ActivityCommitments) commitments!: ActivityCommitments;
  @Field(() => Boolean, { description: 'Whether the annual report of the year is published.' }) annualReportPublished!: boolean;
}
