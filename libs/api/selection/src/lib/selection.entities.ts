import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedValue } from '@kenes/api/core';
import { ConvocationEntity, MembershipEntity } from '@kenes/api/composition';
import { CouncilEntity } from '@kenes/api/registry';
import type { LegalBasis, RefusalGround } from '@kenes/domain';

export const COMPETITION_STATES = ['draft', 'open', 'closed', 'decided', 'published'] as const;
export type CompetitionStateValue = (typeof COMPETITION_STATES)[number];

export const APPLICATION_STATUSES = ['submitted', 'admitted', 'refused', 'shortlisted', 'selected', 'reserve', 'not_selected'] as const;
export type ApplicationStatusValue = (typeof APPLICATION_STATUSES)[number];

/** Names of the constraints the service relies on. */
export const UQ_SCORE_PER_SCORER = 'UQ_score_application_scorer';
export const UQ_WORKING_GROUP_HEAD = 'UQ_working_group_member_head';
export const UQ_RESERVE_APPLICATION = 'UQ_reserve_appointment_application';

/** One reason an application was refused (383-V art. 10 p. 3): the rule, its ground and basis. */
export interface StoredRefusal {
  ruleCode: string | null;
  ground: RefusalGround;
  basis: LegalBasis | null;
  /** The rule's name in kk / ru / en, as it read when the decision was taken. */
  name: LocalizedValue | null;
  /** Set when the secretary refused by hand (false information, for instance). */
  note: string | null;
}

/** A competition for the seats of a convocation (the call, the working group, the applications). */
@Entity('competition')
@Check('CK_competition_period', '"closes_on" >= "opens_on"')
@Check('CK_competition_seats', '"seats" > 0')
@Check('CK_competition_state', `"state" IN ('draft', 'open', 'closed', 'decided', 'published')`)
export class CompetitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
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
  seats!: number;

  /** The call, as published: kk / ru / en. */
  @Column({ name: 'call_text', type: 'jsonb' })
  callText!: LocalizedValue;

  @Column({ type: 'jsonb' })
  criteria!: LocalizedValue[];

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  @Column({ type: 'text' })
  state!: CompetitionStateValue;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A member of the working group that runs the competition (383-V art. 8). */
@Entity('working_group_member')
@Index(UQ_WORKING_GROUP_HEAD, ['competitionId'], { unique: true, where: '"is_head"' })
@Check('CK_working_group_member_head_civil', 'NOT ("is_head" AND "state_linked")')
export class WorkingGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'competition_id', type: 'uuid' })
  competitionId!: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'state_linked', type: 'boolean' })
  stateLinked!: boolean;

  @Column({ name: 'is_head', type: 'boolean', default: false })
  isHead!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * An application, as the secretary entered it. Everything but the name, the nominating
 * organisation and the outcome is personal data: admin API only.
 */
@Entity('application')
@Check('CK_application_status', `"status" IN ('submitted', 'admitted', 'refused', 'shortlisted', 'selected', 'reserve', 'not_selected')`)
@Check('CK_application_bin', `"nominating_org_bin" IS NULL OR "nominating_org_bin" ~ '^[0-9]{12}$'`)
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'competition_id', type: 'uuid' })
  competitionId!: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'resides_in_jurisdiction', type: 'boolean' })
  residesInJurisdiction!: boolean;

  @Column({ type: 'boolean' })
  citizen!: boolean;

  @Column({ name: 'conviction_declared', type: 'boolean' })
  convictionDeclared!: boolean;

  @Column({ name: 'mental_health_certificate', type: 'boolean' })
  mentalHealthCertificate!: boolean;

  @Column({ name: 'criminal_record_certificate', type: 'boolean' })
  criminalRecordCertificate!: boolean;

  /** The documents handed in, by name as the secretary listed them (files come later). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  documents!: string[];

  @Column({ name: 'nominating_org_name', type: 'text', nullable: true })
  nominatingOrgName!: string | null;

  @Column({ name: 'nominating_org_bin', type: 'text', nullable: true })
  nominatingOrgBin!: string | null;

  @Column({ name: 'self_nominated', type: 'boolean' })
  selfNominated!: boolean;

  @Column({ name: 'is_working_group_member', type: 'boolean' })
  isWorkingGroupMember!: boolean;

  @Column({ type: 'text' })
  status!: ApplicationStatusValue;

  @Column({ name: 'refusal_reasons', type: 'jsonb', default: () => "'[]'" })
  refusalReasons!: StoredRefusal[];

  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  @Column({ name: 'average_score', type: 'numeric', precision: 4, scale: 2, nullable: true })
  averageScore!: string | null;

  @Column({ name: 'reserve_position', type: 'int', nullable: true })
  reservePosition!: number | null;

  /** Why the decision went this way, in kk / ru / en. */
  @Column({ name: 'decision_reasons', type: 'jsonb', nullable: true })
  decisionReasons!: LocalizedValue | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One working-group member's score of one application; the database keeps one per pair. */
@Entity('score')
@Index(UQ_SCORE_PER_SCORER, ['applicationId', 'scorerId'], { unique: true })
@Check('CK_score_value', '"value" BETWEEN 0 AND 10')
export class ScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Index()
  @Column({ name: 'scorer_id', type: 'uuid' })
  scorerId!: string;

  @ManyToOne(() => WorkingGroupMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scorer_id' })
  scorer?: WorkingGroupMemberEntity;

  @Column({ type: 'int' })
  value!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/**
 * A reserve-list entry used to fill a vacancy (383-V art. 9 p. 7): the application, and the seat
 * it became. The unique index on the application is what makes an entry usable once, whatever
 * two secretaries click at the same moment.
 */
@Entity('reserve_appointment')
@Index(UQ_RESERVE_APPLICATION, ['applicationId'], { unique: true })
export class ReserveAppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Index()
  @Column({ name: 'competition_id', type: 'uuid' })
  competitionId!: string;

  @ManyToOne(() => CompetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competition_id' })
  competition?: CompetitionEntity;

  @Index({ unique: true })
  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id' })
  membership?: MembershipEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const SELECTION_ENTITIES = [CompetitionEntity, WorkingGroupMemberEntity, ApplicationEntity, ScoreEntity, ReserveAppointmentEntity];
