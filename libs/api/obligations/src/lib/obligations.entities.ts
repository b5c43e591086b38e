import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { checkIn, type LocalizedValue } from '@kenes/api/core';
import { CouncilEntity, StateBodyEntity } from '@kenes/api/registry';
import { MotionEntity } from '@kenes/api/meetings';
import type { DeadlineDocumentType, EscalationStepCode, MessageRef, ObligationState } from '@kenes/domain';


export const OBLIGATION_STATE_VALUES = ['dispatched', 'received', 'answered', 'overdue', 'escalated', 'reopened', 'closed'] as const;
export const VERDICTS = ['accepted', 'partlyAccepted', 'rejected', 'needsStudy'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const ANSWER_STATES = ['draft', 'signed'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];
export const COMMITMENT_STATES = ['open', 'done', 'disputed'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export const UPDATE_KINDS = ['progress', 'done', 'dispute', 'reopened'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** An adopted recommendation: the motion's text and numbered points, now owed an answer by its addressees. */
@Entity('recommendation')
@Unique('UQ_recommendation_motion', ['motionId'])
@Unique('UQ_recommendation_number', ['councilId', 'number'])
// Full-text search index made by the AddSearch migration (an expression TypeORM cannot describe).
@Index('IDX_recommendation_search', { synchronize: false })
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'motion_id', type: 'uuid' })
  motionId!: string;

  @ManyToOne(() => MotionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'motion_id' })
  motion?: MotionEntity;

  @Index()
  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** Per council, in order of adoption. */
  @Column({ type: 'int' })
  number!: number;

  /** The agenda item's title (what the recommendation is about). */
  @Column({ type: 'jsonb' })
  title!: LocalizedValue;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'document_type', type: 'text' })
  documentType!: DeadlineDocumentType;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('recommendation_point')
@Unique('UQ_recommendation_point_number', ['recommendationId', 'number'])
export class RecommendationPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  text!: string;
}

/**
 * A state body's duty to answer a recommendation by a legal deadline. The columns mirror the
 * domain's `ResponseObligation`; every change is an `obligation_event`, so the trail is complete.
 */
@Entity('obligation')
@Unique('UQ_obligation_addressee', ['recommendationId', 'bodyId'])
@Check('CK_obligation_state', checkIn('state', OBLIGATION_STATE_VALUES))
@Index('IDX_obligation_body_due', ['bodyId', 'due'])
export class ObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: RecommendationEntity;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: StateBodyEntity;

  @Column({ type: 'boolean' })
  lead!: boolean;

  @Column({ name: 'document_type', type: 'text' })
  documentType!: DeadlineDocumentType;

  @Column({ type: 'text' })
  state!: ObligationState;

  @Column({ name: 'dispatched_on', type: 'date' })
  dispatchedOn!: string;

  @Column({ name: 'clock_start', type: 'date' })
  clockStart!: string;

  @Column({ type: 'date' })
  due!: string;

  @Column({ name: 'clock_stopped_on', type: 'date', nullable: true })
  clockStoppedOn!: string | null;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel!: number;

  @Column({ name: 'extended_working_days', type: 'int', default: 0 })
  extendedWorkingDays!: number;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'last_event_on', type: 'date' })
  lastEventOn!: string;

  /** How the due date came about, step by step (the domain's message references). */
  @Column({ type: 'jsonb' })
  explanation!: MessageRef[];

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  /** The council's assessment of the latest answer; null until it votes. */
  @Column({ type: 'boolean', nullable: true })
  adequate!: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One step of an obligation's trail: who did what, on which legal date, with what grounds. */
@Entity('obligation_event')
@Unique('UQ_obligation_event_seq', ['obligationId', 'seq'])
export class ObligationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'obligation_id', type: 'uuid' })
  obligationId!: string;

  @ManyToOne(() => ObligationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obligation_id' })
  obligation?: ObligationEntity;

  @Column({ type: 'int' })
  seq!: number;

  /** dispatch, receive, answer, markOverdue, escalate, assess, stopClock, resumeClock, redirect, extend, or an escalation step. */
  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Escalation steps taken. The unique key (obligation, step, clock start) makes the scheduler
 * idempotent: a step is taken once per running clock, whichever instance gets there first.
 */
@Entity('escalation_step')
@Unique('UQ_escalation_step', ['obligationId', 'code', 'clockStart'])
export class EscalationStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'obligation_id', type: 'uuid' })
  obligationId!: string;

  @ManyToOne(() => ObligationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obligation_id' })
  obligation?: ObligationEntity;

  @Column({ type: 'text' })
  code!: EscalationStepCode;

  @Column({ name: 'clock_start', type: 'date' })
  clockStart!: string;

  /** The legal date the step was due on. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'taken_on', type: 'date' })
  takenOn!: string;

  /** Who was notified (addresses are not public; counts are). */
  @Column({ name: 'notified', type: 'int', default: 0 })
  notified!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A body's answer to an obligation: drafted by officers, signed by the head, then it is the answer. */
@Entity('obligation_answer')
@Unique('UQ_obligation_answer_version', ['obligationId', 'version'])
@Check('CK_obligation_answer_state', checkIn('state', ANSWER_STATES))
@Check('CK_obligation_answer_signed', `("state" = 'signed') = ("signed_at" IS NOT NULL AND "signed_by_name" IS NOT NULL)`)
export class ObligationAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'obligation_id', type: 'uuid' })
  obligationId!: string;

  @ManyToOne(() => ObligationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obligation_id' })
  obligation?: ObligationEntity;

  /** 1 for the first answer; an answer found inadequate is followed by version 2, and so on. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  state!: AnswerState;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'drafted_by', type: 'uuid', nullable: true })
  draftedBy!: string | null;

  /** The signing account; null for answers entered from paper (the name is what was signed). */
  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'signed_by_name', type: 'text', nullable: true })
  signedByName!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The answer on one point: accepted, partly accepted (scope), rejected (reasons), needs study (new date). */
@Entity('answer_point')
@Unique('UQ_answer_point', ['answerId', 'pointId'])
@Check('CK_answer_point_verdict', checkIn('verdict', VERDICTS))
@Check('CK_answer_point_rejected', `"verdict" <> 'rejected' OR length(trim("reasons")) > 0`)
@Check('CK_answer_point_partly', `"verdict" <> 'partlyAccepted' OR length(trim("scope")) > 0`)
@Check('CK_answer_point_study', `"verdict" <> 'needsStudy' OR "study_until" IS NOT NULL`)
@Check('CK_answer_point_commitment', `"verdict" NOT IN ('accepted', 'partlyAccepted') OR ("commitment_owner" IS NOT NULL AND "commitment_due" IS NOT NULL)`)
export class AnswerPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'answer_id', type: 'uuid' })
  answerId!: string;

  @ManyToOne(() => ObligationAnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: ObligationAnswerEntity;

  @Index()
  @Column({ name: 'point_id', type: 'uuid' })
  pointId!: string;

  @ManyToOne(() => RecommendationPointEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'point_id' })
  point?: RecommendationPointEntity;

  @Column({ type: 'text' })
  verdict!: Verdict;

  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  @Column({ type: 'text', nullable: true })
  reasons!: string | null;

  @Column({ name: 'study_until', type: 'date', nullable: true })
  studyUntil!: string | null;

  @Column({ name: 'commitment_owner', type: 'text', nullable: true })
  commitmentOwner!: string | null;

  @Column({ name: 'commitment_due', type: 'date', nullable: true })
  commitmentDue!: string | null;
}

/** What a body promised on an accepted point, tracked to execution with evidence. */
@Entity('commitment')
@Unique('UQ_commitment_answer_point', ['answerPointId'])
@Check('CK_commitment_state', checkIn('state', COMMITMENT_STATES))
@Check('CK_commitment_done', `("state" = 'done') = ("done_on" IS NOT NULL)`)
@Index('IDX_commitment_body', ['bodyId', 'state'])
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'answer_point_id', type: 'uuid' })
  answerPointId!: string;

  @ManyToOne(() => AnswerPointEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answer_point_id' })
  answerPoint?: AnswerPointEntity;

  @Index()
  @Column({ name: 'obligation_id', type: 'uuid' })
  obligationId!: string;

  @ManyToOne(() => ObligationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obligation_id' })
  obligation?: ObligationEntity;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @Column({ name: 'point_id', type: 'uuid' })
  pointId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ type: 'date' })
  due!: string;

  @Column({ type: 'text' })
  state!: CommitmentState;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A report on a commitment: progress, "done" (evidence required), or a dispute of a "done" (evidence required). */
@Entity('commitment_update')
@Check('CK_commitment_update_kind', checkIn('kind', UPDATE_KINDS))
@Check('CK_commitment_update_evidence', `"kind" NOT IN ('done', 'dispute') OR jsonb_array_length("evidence") > 0`)
@Index('IDX_commitment_update_commitment', ['commitmentId', 'createdAt'])
export class CommitmentUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @Column({ type: 'text' })
  kind!: UpdateKind;

  @Column({ type: 'text' })
  text!: string;

  /** Evidence: ids of stored files, or links. */
  @Column({ type: 'jsonb', default: [] })
  evidence!: Array<{ fileId?: string; url?: string; fileName?: string }>;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A stored evidence file (photo, document) of a commitment's progress. */
@Entity('evidence_file')
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'body_id', type: 'uuid', nullable: true })
  bodyId!: string | null;

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

export const OBLIGATIONS_ENTITIES = [
  RecommendationEntity,
  RecommendationPointEntity,
  ObligationEntity,
  ObligationEventEntity,
  EscalationStepEntity,
  ObligationAnswerEntity,
  AnswerPointEntity,
  CommitmentEntity,
  CommitmentUpdateEntity,
  EvidenceFileEntity,
];
