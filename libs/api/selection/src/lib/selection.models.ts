import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '@kenes/api/core';
import { CompositionChange, RuleCheck } from '@kenes/api/composition';

export enum CompetitionState {
  DRAFT = 'draft',
  OPEN = 'open',
  CLOSED = 'closed',
  DECIDED = 'decided',
  PUBLISHED = 'published',
}
registerEnumType(CompetitionState, { name: 'CompetitionState', description: 'draft → open → closed → decided → published' });

export enum ApplicationStatus {
  SUBMITTED = 'submitted',
  ADMITTED = 'admitted',
  REFUSED = 'refused',
  SHORTLISTED = 'shortlisted',
  SELECTED = 'selected',
  RESERVE = 'reserve',
  NOT_SELECTED = 'not_selected',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

export enum RefusalGround {
  ELIGIBILITY_NOT_MET = 'eligibilityNotMet',
  DOCUMENTS_MISSING = 'documentsMissing',
  FALSE_INFORMATION = 'falseInformation',
}
registerEnumType(RefusalGround, { name: 'RefusalGround', description: 'Grounds to refuse admission (383-V art. 10 p. 3).' });

@ObjectType()
export class WorkingGroupMember {
  @Field(() => ID) id!: string;
  @Field(() => String) fullName!: string;
  @Field(() => Boolean) stateLinked!: boolean;
  @Field(() => Boolean) isHead!: boolean;
}

@ObjectType()
export class RefusalReason {
  @Field(() => RefusalGround) ground!: RefusalGround;
  @Field(() => String, { nullable: true, description: 'The rule that failed; null for a refusal by hand.' }) ruleCode!: string | null;
  @Field(() => String, { description: 'What failed, in the caller’s language, with its legal basis.' }) text!: string;
  @Field(() => String, { nullable: true }) basis!: string | null;
}

@ObjectType()
export class Score {
  @Field(() => ID) id!: string;
  @Field(() => ID) applicationId!: string;
  @Field(() => ID) scorerId!: string;
  @Field(() => Int) value!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType()
export class Application {
  @Field(() => ID) id!: string;
  @Field(() => ID) competitionId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) birthDate!: string;
  @Field(() => Boolean) residesInJurisdiction!: boolean;
  @Field(() => Boolean) citizen!: boolean;
  @Field(() => Boolean) convictionDeclared!: boolean;
  @Field(() => Boolean) mentalHealthCertificate!: boolean;
  @Field(() => Boolean) criminalRecordCertificate!: boolean;
  @Field(() => [String], { description: 'Documents handed in, by name.' }) documents!: string[];
  @Field(() => String, { nullable: true }) nominatingOrgName!: string | null;
  @Field(() => String, { nullable: true }) nominatingOrgBin!: string | null;
  @Field(() => Boolean) selfNominated!: boolean;
  @Field(() => Boolean) isWorkingGroupMember!: boolean;
  @Field(() => ApplicationStatus) status!: ApplicationStatus;
  @Field(() => [RefusalReason]) refusalReasons!: RefusalReason[];
  @Field(() => [Score]) scores!: Score[];
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => Int, { nullable: true }) reservePosition!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the decision went this way, in the caller’s language.' }) decisionReasons!: string | null;
  @Field(() => ID, { nullable: true, description: 'The seat this reserve entry filled; null while unused.' }) appointedMembershipId!: string | null;
}

@ObjectType()
export class Competition {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => ID) convocationId!: string;
  @Field(() => Int) seats!: number;
  @Field(() => LocalizedText) callText!: LocalizedText;
  @Field(() => [LocalizedText]) criteria!: LocalizedText[];
  @Field(() => String, { description: 'YYYY-MM-DD' }) opensOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) closesOn!: string;
  @Field(() => CompetitionState) state!: CompetitionState;
  @Field(() => [WorkingGroupMember]) workingGroup!: WorkingGroupMember[];
  @Field(() => [RuleCheck], { description: 'The working group against its own state-share rule (empty without members).' })
  workingGroupCheck!: RuleCheck[];
  @Field(() => [Application]) applications!: Application[];
}

@ObjectType({ description: 'A vacancy filled from the reserve list.' })
export class ReserveFill {
  @Field(() => Application) application!: Application;
  @Field(() => CompositionChange) change!: CompositionChange;
}

/** A result as the public sees it: the name, the nominating organisation, the outcome and why. No personal data. */
@ObjectType()
export class PublicCompetitionResult {
  @Field(() => String) fullName!: string;
  @Field(() => String, { nullable: true }) nominatingOrgName!: string | null;
  @Field(() => ApplicationStatus) status!: ApplicationStatus;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => Int, { nullable: true }) reservePosition!: number | null;
  @Field(() => String, { nullable: true }) reasons!: string | null;
  @Field(() => Boolean, { description: 'A reserve entry that has since filled a vacancy on the council.' }) appointedFromReserve!: boolean;
}

@ObjectType()
export class PublicCompetition {
  @Field(() => ID) id!: string;
  @Field(() => Int) seats!: number;
  @Field(() => LocalizedText) callText!: LocalizedText;
  @Field(() => [LocalizedText]) criteria!: LocalizedText[];
  @Field(() => String) opensOn!: string;
  @Field(() => String) closesOn!: string;
  @Field(() => Int, { description: 'Applications refused admission (who and why is personal data and is not published).' })
  refusedCount!: number;
  @Field(() => [PublicCompetitionResult]) results!: PublicCompetitionResult[];
}
