import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '@kenes/api/core';

export enum ObligationStateEnum {
  DISPATCHED = 'dispatched',
  RECEIVED = 'received',
  ANSWERED = 'answered',
  OVERDUE = 'overdue',
  ESCALATED = 'escalated',
  REOPENED = 'reopened',
  CLOSED = 'closed',
}
registerEnumType(ObligationStateEnum, { name: 'ObligationState', description: 'dispatched → received → answered (→ closed or reopened); overdue → escalated' });

export enum VerdictEnum {
  ACCEPTED = 'accepted',
  PARTLY_ACCEPTED = 'partlyAccepted',
  REJECTED = 'rejected',
  NEEDS_STUDY = 'needsStudy',
}
registerEnumType(VerdictEnum, { name: 'AnswerVerdict' });

export enum CommitmentStateEnum {
  OPEN = 'open',
  DONE = 'done',
  DISPUTED = 'disputed',
}
registerEnumType(CommitmentStateEnum, { name: 'CommitmentState' });

export enum UpdateKindEnum {
  PROGRESS = 'progress',
  DONE = 'done',
  DISPUTE = 'dispute',
  REOPENED = 'reopened',
}
registerEnumType(UpdateKindEnum, { name: 'CommitmentUpdateKind' });

@ObjectType()
export class BodyName {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType({ description: 'One step of an obligation’s trail, dated, with who and why.' })
export class TrailStep {
  @Field(() => String, { description: 'dispatch, receive, answer, markOverdue, escalate, assess, stopClock, resumeClock, redirect, extend, reminder, overdueNotice, headNotice, supervisorNotice, nextAgenda' })
  type!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (legal date)' }) date!: string;
  @Field(() => String, { description: 'The step in words, in the caller’s language.' }) text!: string;
  @Field(() => String, { nullable: true }) grounds!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
}

@ObjectType()
export class AnswerPointView {
  @Field(() => Int) pointNumber!: number;
  @Field(() => VerdictEnum) verdict!: VerdictEnum;
  @Field(() => String, { nullable: true }) scope!: string | null;
  @Field(() => String, { nullable: true }) reasons!: string | null;
  @Field(() => String, { nullable: true }) studyUntil!: string | null;
  @Field(() => String, { nullable: true }) commitmentOwner!: string | null;
  @Field(() => String, { nullable: true }) commitmentDue!: string | null;
}

@ObjectType()
export class AnswerView {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'draft or signed' }) state!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) signedByName!: string | null;
  @Field(() => Date, { nullable: true }) signedAt!: Date | null;
  @Field(() => [AnswerPointView]) points!: AnswerPointView[];
}

@ObjectType()
export class EvidenceView {
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { description: 'Where to see it.' }) url!: string;
}

@ObjectType()
export class CommitmentUpdateView {
  @Field(() => UpdateKindEnum) kind!: UpdateKindEnum;
  @Field(() => String) text!: string;
  @Field(() => String) authorName!: string;
  @Field(() => [EvidenceView]) evidence!: EvidenceView[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'What a body promised on an accepted point, tracked to execution.' })
export class CommitmentView {
  @Field(() => ID) id!: string;
  @Field(() => Int) pointNumber!: number;
  @Field(() => String) title!: string;
  @Field(() => String) owner!: string;
  @Field(() => String) due!: string;
  @Field(() => CommitmentStateEnum) state!: CommitmentStateEnum;
  @Field(() => String, { nullable: true }) doneOn!: string | null;
  @Field(() => Boolean, { description: 'Not done and past its due date.' }) overdue!: boolean;
  @Field(() => [CommitmentUpdateView]) updates!: CommitmentUpdateView[];
}

@ObjectType({ description: 'A body’s duty to answer a recommendation by a legal deadline, with its trail.' })
export class ObligationView {
  @Field(() => ID) id!: string;
  @Field(() => ID) recommendationId!: string;
  @Field(() => BodyName) body!: BodyName;
  @Field(() => Boolean) lead!: boolean;
  @Field(() => ObligationStateEnum) state!: ObligationStateEnum;
  @Field(() => String) dispatchedOn!: string;
  @Field(() => String) due!: string;
  @Field(() => String, { nullable: true }) clockStoppedOn!: string | null;
  @Field(() => String, { nullable: true }) answeredOn!: string | null;
  @Field(() => Int) escalationLevel!: number;
  @Field(() => Int) extendedWorkingDays!: number;
  @Field(() => Boolean, { nullable: true, description: 'The council’s assessment of the answer.' }) adequate!: boolean | null;
  @Field(() => Boolean, { description: 'Past due and not answered.' }) overdue!: boolean;
  @Field(() => [String], { description: 'How the due date was computed, step by step, with the legal basis.' }) dueExplanation!: string[];
  @Field(() => [TrailStep]) trail!: TrailStep[];
  @Field(() => [AnswerView], { description: 'Signed answers (and, for the body itself, its draft).' }) answers!: AnswerView[];
  @Field(() => [CommitmentView]) commitments!: CommitmentView[];
}

@ObjectType()
export class RecommendationPointView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'An adopted recommendation and what each addressee owes.' })
export class RecommendationView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => ID) councilId!: string;
  @Field(() => String) councilSlug!: string;
  @Field(() => LocalizedText) councilName!: LocalizedText;
  @Field(() => Int) meetingNumber!: number;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => String) text!: string;
  @Field(() => String) adoptedOn!: string;
  @Field(() => String, { description: 'recommendation or budgetProgramme: which legal term applies' }) documentType!: string;
  @Field(() => [RecommendationPointView]) points!: RecommendationPointView[];
  @Field(() => [ObligationView]) obligations!: ObligationView[];
}

@ObjectType({ description: 'An obligation in a body’s inbox (overdue first, then by due date).' })
export class InboxEntry {
  @Field(() => ID) obligationId!: string;
  @Field(() => ID) recommendationId!: string;
  @Field(() => Int) recommendationNumber!: number;
  @Field(() => String) councilSlug!: string;
  @Field(() => LocalizedText) councilName!: LocalizedText;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => BodyName) body!: BodyName;
  @Field(() => ObligationStateEnum) state!: ObligationStateEnum;
  @Field(() => String) due!: string;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Int, { description: 'Working days left (negative when overdue).' }) workingDaysLeft!: number;
  @Field(() => Boolean) hasDraft!: boolean;
}

@ObjectType({ description: 'A body’s responsiveness, with the method stated.' })
export class BodyFigures {
  @Field(() => BodyName) body!: BodyName;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) answeredOnTime!: number;
  @Field(() => Int) answeredLate!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Float, { nullable: true }) medianDelayWorkingDays!: number | null;
  @Field(() => Float, { nullable: true }) adequacyRate!: number | null;
  @Field(() => Int) assessed!: number;
  @Field(() => Int) commitments!: number;
  @Field(() => Int) commitmentsExecuted!: number;
  @Field(() => Int) commitmentsOverdue!: number;
  @Field(() => Float, { nullable: true }) executionRate!: number | null;
  @Field(() => String, { description: 'How each figure is counted, in the caller’s language.' }) method!: string;
}

@ObjectType()
export class RecommendationSummary {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => String) adoptedOn!: string;
  @Field(() => Int) obligations!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType()
export class HolidayYearView {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID, { nullable: true }) jurisdictionId!: string | null;
  @Field(() => Boolean) confirmed!: boolean;
  @Field(() => [String]) datedHolidays!: string[];
  @Field(() => [String]) extraDaysOff!: string[];
  @Field(() => [String]) workingDays!: string[];
}
