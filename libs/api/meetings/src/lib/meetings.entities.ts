import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { checkIn, type LocalizedValue } from '@kenes/api/core';
import { ConvocationEntity, PersonEntity } from '@kenes/api/composition';
import { CouncilEntity, StateBodyEntity } from '@kenes/api/registry';
import { UserAccountEntity } from '@kenes/api/identity';
import type { MeetingState, MeetingType, VoteReason } from '@kenes/domain';


export const MEETING_TYPE_VALUES = ['regular', 'extraordinary', 'publicHearing', 'constituent'] as const;
export const MEETING_STATE_VALUES = ['draft', 'announced', 'inSession', 'closed', 'minutesApproved', 'published', 'cancelled'] as const;
export const INVITEE_KINDS = ['stateBody', 'media', 'expert', 'public'] as const;
export type InviteeKind = (typeof INVITEE_KINDS)[number];
export const ITEM_CATEGORIES = [
  'budgetProgramme',
  'strategicPlan',
  'draftRegulation',
  'headReport',
  'citizenAppeal',
  'publicControl',
  'ownInitiative',
  'other',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
export const ITEM_SOURCES = ['member', 'citizen', 'stateBody', 'secretary'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const ATTENDANCE_STATUSES = ['inPerson', 'remote', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const MOTION_KINDS = ['decision', 'recommendation'] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];
export const MOTION_STATES = ['draft', 'open', 'closed'] as const;
export type MotionState = (typeof MOTION_STATES)[number];
export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const PUBLIC_COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type PublicCommentStatus = (typeof PUBLIC_COMMENT_STATUSES)[number];

/** Names of the constraints the service relies on (it maps their violations to clear messages). */
export const UQ_VOTE = 'UQ_vote_motion_person';
export const UQ_ATTENDANCE = 'UQ_attendance_meeting_person';
export const UQ_CONFLICT = 'UQ_conflict_item_person';
export const UQ_MEETING_NUMBER = 'UQ_meeting_council_number';
export const UQ_MOTION_LEAD = 'UQ_motion_addressee_lead';
export const UQ_PERSON_ACCOUNT_USER = 'UQ_person_account_user';

/** Quorum as it stood when a vote opened (the record the minutes quote). */
export interface QuorumSnapshot {
  present: number;
  totalMembers: number;
  required: number;
  reached: boolean;
}

/** The result of a closed vote: the counts and the verdict of the council's rule. */
export interface MotionResult {
  for: number;
  against: number;
  abstain: number;
  recused: number;
  present: number;
  totalMembers: number;
  required: number;
  adopted: boolean;
  reason: VoteReason;
  tieBrokenByChair: boolean;
}

/** Links a sign-in account to the person who sits on councils: how a member's vote is theirs. */
@Entity('person_account')
@Unique(UQ_PERSON_ACCOUNT_USER, ['userId'])
export class PersonAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A sitting of a council. Numbered per council; the state follows the domain's machine. */
@Entity('meeting')
@Unique(UQ_MEETING_NUMBER, ['councilId', 'number'])
@Check('CK_meeting_type', checkIn('type', MEETING_TYPE_VALUES))
@Check('CK_meeting_state', checkIn('state', MEETING_STATE_VALUES))
@Check('CK_meeting_period', '"ends_at" IS NULL OR "ends_at" > "starts_at"')
@Check('CK_meeting_cancel_reason', `("state" = 'cancelled') = ("cancel_reason" IS NOT NULL)`)
@Index('IDX_meeting_council_starts', ['councilId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Index()
  @Column({ name: 'convocation_id', type: 'uuid' })
  convocationId!: string;

  @ManyToOne(() => ConvocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convocation_id' })
  convocation?: ConvocationEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  type!: MeetingType;

  @Column({ type: 'text' })
  state!: MeetingState;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  place!: LocalizedValue | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Column({ name: 'livestream_url', type: 'text', nullable: true })
  livestreamUrl!: string | null;

  @Column({ name: 'announced_at', type: 'timestamptz', nullable: true })
  announcedAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId!: string | null;

  /** Bumped on every change the iCalendar invitation must carry (SEQUENCE). */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Who is invited besides the members: state bodies, media, experts, the public. E-mail is never public. */
@Entity('meeting_invitee')
@Check('CK_meeting_invitee_kind', checkIn('kind', INVITEE_KINDS))
export class MeetingInviteeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  kind!: InviteeKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Index()
  @Column({ name: 'state_body_id', type: 'uuid', nullable: true })
  stateBodyId!: string | null;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'state_body_id' })
  stateBody?: StateBodyEntity | null;
}

/**
 * An item of a meeting's agenda. Positions are unique per meeting, checked at commit so items
 * can be reordered in one transaction.
 */
@Entity('agenda_item')
@Unique('UQ_agenda_item_position', ['meetingId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Check('CK_agenda_item_category', checkIn('category', ITEM_CATEGORIES))
@Check('CK_agenda_item_source', checkIn('source', ITEM_SOURCES))
@Check('CK_agenda_item_position', '"position" > 0')
// Full-text search index made by the AddSearch migration (an expression TypeORM cannot describe).
@Index('IDX_agenda_item_search', { synchronize: false })
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedValue;

  @Column({ type: 'text' })
  category!: ItemCategory;

  @Column({ type: 'text' })
  source!: ItemSource;

  @Column({ type: 'text', nullable: true })
  rapporteur!: string | null;

  @Index()
  @Column({ name: 'related_body_id', type: 'uuid', nullable: true })
  relatedBodyId!: string | null;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'related_body_id' })
  relatedBody?: StateBodyEntity | null;

  @Column({ name: 'public_comments_open', type: 'boolean', default: false })
  publicCommentsOpen!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A document attached to an agenda item; the bytes live in the file storage under `storageKey`. */
@Entity('agenda_document')
@Check('CK_agenda_document_size', '"size_bytes" > 0')
export class AgendaDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: AgendaItemEntity;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An item proposed for a council's agenda by a member, a state body or a citizen. */
@Entity('agenda_proposal')
@Check('CK_agenda_proposal_status', checkIn('status', PROPOSAL_STATUSES))
@Check('CK_agenda_proposal_source', checkIn('source', ITEM_SOURCES))
@Check('CK_agenda_proposal_category', checkIn('category', ITEM_CATEGORIES))
@Check('CK_agenda_proposal_declined', `("status" = 'declined') = ("decline_reason" IS NOT NULL)`)
@Check('CK_agenda_proposal_accepted', `("status" = 'accepted') = ("agenda_item_id" IS NOT NULL)`)
@Index('IDX_agenda_proposal_council_status', ['councilId', 'status'])
export class AgendaProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ type: 'text' })
  source!: ItemSource;

  @Column({ name: 'proposer_user_id', type: 'uuid', nullable: true })
  proposerUserId!: string | null;

  @Column({ name: 'proposer_name', type: 'text' })
  proposerName!: string;

  /** A citizen's address for the answer; personal data, never public. */
  @Column({ name: 'proposer_email', type: 'text', nullable: true })
  proposerEmail!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  category!: ItemCategory;

  @Column({ type: 'text' })
  status!: ProposalStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Who attended, and how; one row per member per meeting. */
@Entity('attendance')
@Unique(UQ_ATTENDANCE, ['meetingId', 'personId'])
@Check('CK_attendance_status', checkIn('status', ATTENDANCE_STATUSES))
@Check('CK_attendance_reason', `"status" = 'absent' OR "absence_reason" IS NULL`)
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  status!: AttendanceStatus;

  @Column({ name: 'absence_reason', type: 'text', nullable: true })
  absenceReason!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A member's declared conflict of interest on an item: recorded, public, and it recuses them. */
@Entity('conflict_declaration')
@Unique(UQ_CONFLICT, ['itemId', 'personId'])
export class ConflictDeclarationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: AgendaItemEntity;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;
}

/**
 * A draft decision on an item, with numbered points; a recommendation names its addressees.
 * Once closed, the result changes only through a recorded correction (a trigger enforces it).
 */
@Entity('motion')
@Unique('UQ_motion_item_number', ['itemId', 'number'])
@Check('CK_motion_kind', checkIn('kind', MOTION_KINDS))
@Check('CK_motion_state', checkIn('state', MOTION_STATES))
@Check('CK_motion_result', `("state" = 'closed') = ("result" IS NOT NULL)`)
@Check('CK_motion_opened', `"state" = 'draft' OR "opened_at" IS NOT NULL`)
// Full-text search index made by the AddSearch migration (an expression TypeORM cannot describe).
@Index('IDX_motion_search', { synchronize: false })
export class MotionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: AgendaItemEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  kind!: MotionKind;

  @Column({ type: 'text' })
  text!: string;

  /** Numbered points, in order (point 1 is the first element). */
  @Column({ type: 'jsonb' })
  points!: string[];

  @Column({ type: 'text' })
  state!: MotionState;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'quorum_at_open', type: 'jsonb', nullable: true })
  quorumAtOpen!: QuorumSnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: MotionResult | null;

  @Column({ name: 'correction_count', type: 'int', default: 0 })
  correctionCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A state body a recommendation is addressed to; exactly one is the lead. */
@Entity('motion_addressee')
@Unique('UQ_motion_addressee', ['motionId', 'stateBodyId'])
@Index(UQ_MOTION_LEAD, ['motionId'], { unique: true, where: '"lead"' })
export class MotionAddresseeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'motion_id', type: 'uuid' })
  motionId!: string;

  @ManyToOne(() => MotionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'motion_id' })
  motion?: MotionEntity;

  @Index()
  @Column({ name: 'state_body_id', type: 'uuid' })
  stateBodyId!: string;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_body_id' })
  stateBody?: StateBodyEntity;

  @Column({ type: 'boolean' })
  lead!: boolean;
}

/** A member's roll-call vote. One per member per motion: the unique constraint is the guarantee. */
@Entity('vote')
@Unique(UQ_VOTE, ['motionId', 'personId'])
@Check('CK_vote_choice', checkIn('choice', VOTE_CHOICES))
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'motion_id', type: 'uuid' })
  motionId!: string;

  @ManyToOne(() => MotionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'motion_id' })
  motion?: MotionEntity;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  choice!: VoteChoice;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;

  @Column({ name: 'changed_at', type: 'timestamptz', nullable: true })
  changedAt!: Date | null;
}

/** A recorded correction of a closed vote's result: who, why, before and after. */
@Entity('motion_correction')
@Unique('UQ_motion_correction_seq', ['motionId', 'seq'])
export class MotionCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'motion_id', type: 'uuid' })
  motionId!: string;

  @ManyToOne(() => MotionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'motion_id' })
  motion?: MotionEntity;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb' })
  before!: MotionResult;

  @Column({ type: 'jsonb' })
  after!: MotionResult;

  @Column({ name: 'corrected_by', type: 'uuid', nullable: true })
  correctedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Members' discussion on an item: internal, never public. */
@Entity('item_comment')
@Index('IDX_item_comment_item', ['itemId', 'createdAt'])
export class ItemCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: AgendaItemEntity;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ItemCommentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: ItemCommentEntity | null;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A citizen's comment on an item open for public input; shown once a moderator approves it. */
@Entity('public_comment')
@Check('CK_public_comment_status', checkIn('status', PUBLIC_COMMENT_STATUSES))
@Check('CK_public_comment_rejected', `("status" = 'rejected') = ("moderation_reason" IS NOT NULL)`)
@Index('IDX_public_comment_item', ['itemId', 'status'])
@Index('IDX_public_comment_source', ['sourceHash', 'createdAt'])
export class PublicCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: AgendaItemEntity;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  status!: PublicCommentStatus;

  @Column({ name: 'moderation_reason', type: 'text', nullable: true })
  moderationReason!: string | null;

  /** A keyed hash of the sender's address: enough to rate-limit, not enough to identify. */
  @Column({ name: 'source_hash', type: 'text' })
  sourceHash!: string;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const MEETINGS_ENTITIES = [
  PersonAccountEntity,
  MeetingEntity,
  MeetingInviteeEntity,
  AgendaItemEntity,
  AgendaDocumentEntity,
  AgendaProposalEntity,
  AttendanceEntity,
  ConflictDeclarationEntity,
  MotionEntity,
  MotionAddresseeEntity,
  VoteEntity,
  MotionCorrectionEntity,
  ItemCommentEntity,
  PublicCommentEntity,
];
