import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { checkIn } from '@kenes/api/core';
import { MeetingEntity } from '@kenes/api/meetings';
import { CouncilEntity } from '@kenes/api/registry';
import type { AnnualReportFigures, MinutesDocument } from '@kenes/domain';


export const MINUTES_STATES = ['draft', 'approved', 'published'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];
export const MINUTES_VERSION_KINDS = ['generated', 'edit', 'correction', 'dissent', 'publishedCorrection'] as const;
export type MinutesVersionKind = (typeof MINUTES_VERSION_KINDS)[number];
export const PROPOSAL_STATES = ['pending', 'accepted', 'declined'] as const;
export type MinutesProposalState = (typeof PROPOSAL_STATES)[number];
export const SIGNER_ROLES = ['chair', 'secretary'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const REPORT_STATES = ['draft', 'approved', 'published'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/**
 * The minutes of one meeting. The text lives in versions; this row says which version is current,
 * how far approval went, and which versions are public (all from `first_published_version` on).
 * A trigger locks the row once published: only a published correction may move it on.
 */
@Entity('minutes')
@Unique('UQ_minutes_meeting', ['meetingId'])
@Check('CK_minutes_state', checkIn('state', MINUTES_STATES))
@Check('CK_minutes_published', `("state" = 'published') = ("first_published_version" IS NOT NULL)`)
@Check('CK_minutes_approved', `"state" = 'draft' OR "approved_at" IS NOT NULL`)
export class MinutesEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Index()
  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ type: 'text' })
  state!: MinutesState;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion!: number;

  /** Publication is due by this legal date (the rule set's term from the meeting's date). */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: 'chair' | 'vote' | null;

  @Column({ name: 'approval_motion_id', type: 'uuid', nullable: true })
  approvalMotionId!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'first_published_version', type: 'int', nullable: true })
  firstPublishedVersion!: number | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One version of the minutes: append-only (a trigger refuses updates and deletes). */
@Entity('minutes_version')
@Unique('UQ_minutes_version', ['minutesId', 'version'])
@Check('CK_minutes_version_kind', checkIn('kind', MINUTES_VERSION_KINDS))
@Check('CK_minutes_version_reason', `"kind" <> 'publishedCorrection' OR length(trim("reason")) > 0`)
export class MinutesVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId!: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id' })
  minutes?: MinutesEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  kind!: MinutesVersionKind;

  @Column({ type: 'jsonb' })
  document!: MinutesDocument;

  /** SHA-256 of the document as stored: what the signatures sign. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_name', type: 'text', nullable: true })
  authorName!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A member's proposed correction of an item's summary; the secretary accepts it (a new version) or declines with a reason. */
@Entity('minutes_correction')
@Check('CK_minutes_correction_state', checkIn('state', PROPOSAL_STATES))
@Check('CK_minutes_correction_declined', `("state" = 'declined') = ("decline_reason" IS NOT NULL)`)
@Check('CK_minutes_correction_accepted', `("state" = 'accepted') = ("resulting_version" IS NOT NULL)`)
export class MinutesCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId!: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id' })
  minutes?: MinutesEntity;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'proposed_text', type: 'text' })
  proposedText!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'proposer_id', type: 'uuid' })
  proposerId!: string;

  @Column({ name: 'proposer_name', type: 'text' })
  proposerName!: string;

  @Column({ type: 'text' })
  state!: MinutesProposalState;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'resulting_version', type: 'int', nullable: true })
  resultingVersion!: number | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A signature of a version by the chair or the secretary: who, when, how (a qualified signature later). */
@Entity('minutes_signature')
@Unique('UQ_minutes_signature', ['minutesId', 'version', 'role'])
@Check('CK_minutes_signature_role', checkIn('role', SIGNER_ROLES))
export class MinutesSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId!: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id' })
  minutes?: MinutesEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  role!: SignerRole;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  /** 'simple' (signed in the product), or the method of a qualified electronic signature provider. */
  @Column({ type: 'text' })
  method!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  evidence!: Record<string, unknown>;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;
}

/** A reminder about the publication deadline, taken once per minutes and code (idempotent runs). */
@Entity('minutes_reminder')
@Unique('UQ_minutes_reminder', ['minutesId', 'code'])
export class MinutesReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId!: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id' })
  minutes?: MinutesEntity;

  @Column({ type: 'text' })
  code!: 'dueSoon' | 'overdue';

  @Column({ name: 'taken_on', type: 'date' })
  takenOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A council's annual report: figures generated from the record, reviewed, approved, published (then locked). */
@Entity('annual_report')
@Unique('UQ_annual_report', ['councilId', 'year'])
@Check('CK_annual_report_state', checkIn('state', REPORT_STATES))
export class AnnualReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  state!: ReportState;

  @Column({ type: 'jsonb' })
  figures!: AnnualReportFigures;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'generated_at', type: 'timestamptz' })
  generatedAt!: Date;

  @Column({ name: 'approved_by_name', type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

export const MINUTES_ENTITIES = [MinutesEntity, MinutesVersionEntity, MinutesCorrectionEntity, MinutesSignatureEntity, MinutesReminderEntity, AnnualReportEntity];
