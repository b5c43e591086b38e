import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '@kenes/api/core';

export enum MeetingTypeEnum {
  REGULAR = 'regular',
  EXTRAORDINARY = 'extraordinary',
  PUBLIC_HEARING = 'publicHearing',
  CONSTITUENT = 'constituent',
}
registerEnumType(MeetingTypeEnum, { name: 'MeetingType', description: 'regular, extraordinary, public hearing, constituent (first) meeting' });

export enum MeetingStateEnum {
  DRAFT = 'draft',
  ANNOUNCED = 'announced',
  IN_SESSION = 'inSession',
  CLOSED = 'closed',
  MINUTES_APPROVED = 'minutesApproved',
  PUBLISHED = 'published',
  CANCELLED = 'cancelled',
}
registerEnumType(MeetingStateEnum, { name: 'MeetingState', description: 'draft → announced → in session → closed (→ minutes); or cancelled' });

export enum InviteeKindEnum {
  STATE_BODY = 'stateBody',
  MEDIA = 'media',
  EXPERT = 'expert',
  PUBLIC = 'public',
}
registerEnumType(InviteeKindEnum, { name: 'InviteeKind' });

export enum ItemCategoryEnum {
  BUDGET_PROGRAMME = 'budgetProgramme',
  STRATEGIC_PLAN = 'strategicPlan',
  DRAFT_REGULATION = 'draftRegulation',
  HEAD_REPORT = 'headReport',
  CITIZEN_APPEAL = 'citizenAppeal',
  PUBLIC_CONTROL = 'publicControl',
  OWN_INITIATIVE = 'ownInitiative',
  OTHER = 'other',
}
registerEnumType(ItemCategoryEnum, { name: 'AgendaItemCategory' });

export enum ItemSourceEnum {
  MEMBER = 'member',
  CITIZEN = 'citizen',
  STATE_BODY = 'stateBody',
  SECRETARY = 'secretary',
}
registerEnumType(ItemSourceEnum, { name: 'AgendaItemSource' });

export enum AttendanceStatusEnum {
  IN_PERSON = 'inPerson',
  REMOTE = 'remote',
  ABSENT = 'absent',
}
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus' });

export enum MotionKindEnum {
  DECISION = 'decision',
  RECOMMENDATION = 'recommendation',
}
registerEnumType(MotionKindEnum, { name: 'MotionKind' });

export enum MotionStateEnum {
  DRAFT = 'draft',
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(MotionStateEnum, { name: 'MotionState', description: 'draft → open (voting) → closed (result recorded)' });

export enum VoteChoiceEnum {
  FOR = 'for',
  AGAINST = 'against',
  ABSTAIN = 'abstain',
}
registerEnumType(VoteChoiceEnum, { name: 'VoteChoice' });

export enum ProposalStatusEnum {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
}
registerEnumType(ProposalStatusEnum, { name: 'AgendaProposalStatus' });

export enum PublicCommentStatusEnum {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(PublicCommentStatusEnum, { name: 'PublicCommentStatus' });

@ObjectType({ description: 'A state body, as a meeting refers to it.' })
export class BodyRef {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType({ description: 'Who is invited besides the members. Addresses are never shown.' })
export class MeetingInvitee {
  @Field(() => ID) id!: string;
  @Field(() => InviteeKindEnum) kind!: InviteeKindEnum;
  @Field(() => String) name!: string;
  @Field(() => BodyRef, { nullable: true }) stateBody!: BodyRef | null;
}

@ObjectType()
export class AgendaDocument {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => String, { description: 'Where to download it (public for published councils).' }) url!: string;
}

@ObjectType({ description: 'A declared conflict of interest: public, and it recuses the member from votes on the item.' })
export class ConflictDeclaration {
  @Field(() => ID) personId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date) declaredAt!: Date;
}

@ObjectType()
export class MotionAddressee {
  @Field(() => BodyRef) stateBody!: BodyRef;
  @Field(() => Boolean) lead!: boolean;
}

@ObjectType({ description: 'A member’s roll-call vote (roll-call votes are public).' })
export class RollCallVote {
  @Field(() => ID) personId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => VoteChoiceEnum) choice!: VoteChoiceEnum;
}

@ObjectType()
export class VoteTally {
  @Field(() => Int) for!: number;
  @Field(() => Int) against!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => Int, { description: 'Present members recused for a declared conflict of interest.' }) recused!: number;
}

@ObjectType({ description: 'Quorum: present members against the rule (default ≥ 2/3 of all members), with its legal basis.' })
export class QuorumView {
  @Field(() => Int) present!: number;
  @Field(() => Int) totalMembers!: number;
  @Field(() => Int) required!: number;
  @Field(() => Boolean) reached!: boolean;
  @Field(() => String, { description: 'In the caller’s language, with the legal basis.' }) explanation!: string;
}

@ObjectType()
export class MotionResultView {
  @Field(() => Int) for!: number;
  @Field(() => Int) against!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => Int) recused!: number;
  @Field(() => Int) present!: number;
  @Field(() => Int) totalMembers!: number;
  @Field(() => Int, { description: 'Votes for needed under the council’s rule.' }) required!: number;
  @Field(() => Boolean) adopted!: boolean;
  @Field(() => Boolean) tieBrokenByChair!: boolean;
  @Field(() => String, { description: 'The verdict in words, with the legal basis.' }) explanation!: string;
  @Field(() => Int, { description: 'How many recorded corrections changed this result.' }) corrections!: number;
}

@ObjectType()
export class Motion {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) number!: number;
  @Field(() => MotionKindEnum) kind!: MotionKindEnum;
  @Field(() => String) text!: string;
  @Field(() => [String], { description: 'Numbered points, in order.' }) points!: string[];
  @Field(() => MotionStateEnum) state!: MotionStateEnum;
  @Field(() => Date, { nullable: true }) openedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => QuorumView, { nullable: true, description: 'Quorum when the vote opened.' }) quorumAtOpen!: QuorumView | null;
  @Field(() => VoteTally, { description: 'Running tally while open; the counted votes once closed.' }) tally!: VoteTally;
  @Field(() => [RollCallVote]) votes!: RollCallVote[];
  @Field(() => MotionResultView, { nullable: true }) result!: MotionResultView | null;
  @Field(() => [MotionAddressee]) addressees!: MotionAddressee[];
}

@ObjectType()
export class AgendaItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => Int) position!: number;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => ItemCategoryEnum) category!: ItemCategoryEnum;
  @Field(() => ItemSourceEnum) source!: ItemSourceEnum;
  @Field(() => String, { nullable: true }) rapporteur!: string | null;
  @Field(() => BodyRef, { nullable: true }) relatedBody!: BodyRef | null;
  @Field(() => Boolean) publicCommentsOpen!: boolean;
  @Field(() => [AgendaDocument]) documents!: AgendaDocument[];
  @Field(() => [ConflictDeclaration]) conflicts!: ConflictDeclaration[];
  @Field(() => [Motion]) motions!: Motion[];
}

@ObjectType({ description: 'A member’s attendance; `status` is null until the secretary records it.' })
export class AttendanceRecord {
  @Field(() => ID) personId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String) role!: string;
  @Field(() => AttendanceStatusEnum, { nullable: true }) status!: AttendanceStatusEnum | null;
  @Field(() => String, { nullable: true }) absenceReason!: string | null;
}

@ObjectType()
export class MeetingCouncilRef {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType({ description: 'A sitting of a council: notice, agenda, attendance, votes and results.' })
export class Meeting {
  @Field(() => ID) id!: string;
  @Field(() => MeetingCouncilRef) council!: MeetingCouncilRef;
  @Field(() => Int) number!: number;
  @Field(() => MeetingTypeEnum) type!: MeetingTypeEnum;
  @Field(() => MeetingStateEnum) state!: MeetingStateEnum;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => LocalizedText, { nullable: true }) place!: LocalizedText | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => String, { nullable: true }) livestreamUrl!: string | null;
  @Field(() => Date, { nullable: true }) announcedAt!: Date | null;
  @Field(() => Date, { nullable: true }) openedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => ID, { nullable: true }) currentItemId!: string | null;
  @Field(() => [MeetingInvitee]) invitees!: MeetingInvitee[];
  @Field(() => [AgendaItem]) items!: AgendaItem[];
  @Field(() => [AttendanceRecord], { description: 'Voting members of the convocation on the meeting’s date, with their attendance.' })
  attendance!: AttendanceRecord[];
  @Field(() => QuorumView, { description: 'Quorum now, from the recorded attendance.' }) quorum!: QuorumView;
}

@ObjectType({ description: 'A meeting in a list.' })
export class MeetingSummary {
  @Field(() => ID) id!: string;
  @Field(() => MeetingCouncilRef) council!: MeetingCouncilRef;
  @Field(() => Int) number!: number;
  @Field(() => MeetingTypeEnum) type!: MeetingTypeEnum;
  @Field(() => MeetingStateEnum) state!: MeetingStateEnum;
  @Field(() => Date) startsAt!: Date;
  @Field(() => LocalizedText, { nullable: true }) place!: LocalizedText | null;
  @Field(() => Int) itemCount!: number;
}

@ObjectType({ description: 'A live change to a meeting, with the meeting as it now stands.' })
export class MeetingLiveEvent {
  @Field(() => String, { description: 'attendance, currentItem, vote, voteOpened, voteClosed, state, agenda, conflict' }) kind!: string;
  @Field(() => Meeting) meeting!: Meeting;
}

@ObjectType({ description: 'Whether the council keeps its minimum frequency of meetings, and its legal basis.' })
export class MeetingFrequency {
  @Field(() => String, { description: 'ok, due (none yet this period) or behind (the last period fell short).' }) status!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) required!: number;
  @Field(() => String) explanation!: string;
}

@ObjectType({ description: 'The result of announcing: the notice given against the rule, and any warning.' })
export class NoticeView {
  @Field(() => String, { description: 'ok or short' }) status!: string;
  @Field(() => Int) given!: number;
  @Field(() => Int) required!: number;
  @Field(() => String, { nullable: true }) explanation!: string | null;
}

@ObjectType()
export class AnnounceResult {
  @Field(() => Meeting) meeting!: Meeting;
  @Field(() => NoticeView) notice!: NoticeView;
  @Field(() => Int, { description: 'Notices e-mailed to members and invitees.' }) notified!: number;
}

@ObjectType()
export class MyVote {
  @Field(() => ID) motionId!: string;
  @Field(() => VoteChoiceEnum) choice!: VoteChoiceEnum;
}

@ObjectType({ description: 'The caller’s own seat in a meeting: whether they vote, and on which items they declared a conflict.' })
export class MeetingParticipant {
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => Boolean) canVote!: boolean;
  @Field(() => [ID]) conflictItemIds!: string[];
  @Field(() => [MyVote], { description: 'The caller’s votes in this meeting.' }) myVotes!: MyVote[];
}

@ObjectType({ description: 'An invitee with the address the notice goes to (admin only).' })
export class MeetingInviteeContact {
  @Field(() => ID) id!: string;
  @Field(() => InviteeKindEnum) kind!: InviteeKindEnum;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType()
export class AgendaProposal {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => ItemSourceEnum) source!: ItemSourceEnum;
  @Field(() => String) proposerName!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => ItemCategoryEnum) category!: ItemCategoryEnum;
  @Field(() => ProposalStatusEnum) status!: ProposalStatusEnum;
  @Field(() => String, { nullable: true, description: 'Shown to the proposer when declined.' }) declineReason!: string | null;
  @Field(() => ID, { nullable: true }) agendaItemId!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A member’s comment on an item (internal to the council).' })
export class ItemComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String) authorName!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A citizen’s comment on an item open for public input.' })
export class PublicComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => String) authorName!: string;
  @Field(() => String) body!: string;
  @Field(() => PublicCommentStatusEnum) status!: PublicCommentStatusEnum;
  @Field(() => String, { nullable: true }) moderationReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}
