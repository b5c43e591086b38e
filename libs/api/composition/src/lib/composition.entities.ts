import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedValue } from '@kenes/api/core';
import { PopulationReferenceEntity } from './population-reference.entity';
import { HolidayYearEntity } from './working-calendar.entities';
import { CouncilEntity, JurisdictionEntity } from '@kenes/api/registry';

export const MEMBER_ROLES = ['chair', 'deputyChair', 'member', 'secretary'] as const;
export type MemberRoleValue = (typeof MEMBER_ROLES)[number];

export const GENDERS = ['female', 'male'] as const;
export type GenderValue = (typeof GENDERS)[number];

export const CONVOCATION_STATUSES = ['forming', 'active', 'ended'] as const;
export type ConvocationStatusValue = (typeof CONVOCATION_STATUSES)[number];

export const SELECTION_METHODS = ['competition', 'nomination', 'selfNomination', 'designatedByBody', 'reserveList'] as const;
export type SelectionMethodValue = (typeof SELECTION_METHODS)[number];

/** Grounds of 383-V art. 15 and the bookkeeping reasons the service writes itself. */
export const END_REASONS = [
  'termExpired',
  'ownApplication',
  'death',
  'courtDecision',
  'unexcusedAbsences',
  'enteredStateService',
  'nominatingOrgLiquidated',
  'eligibilityLost',
  'health',
  'replacedByBody',
  'categoryChanged',
  'roleChanged',
  'other',
] as const;
export type EndReasonValue = (typeof END_REASONS)[number];

/** Names of the constraints the service translates into the rule they guard. */
export const UQ_ACTIVE_BIN = 'UQ_membership_active_bin';
export const UQ_ACTIVE_CHAIR = 'UQ_membership_active_chair';
export const UQ_ACTIVE_PERSON = 'UQ_membership_active_person';

/**
 * How a jurisdiction classifies the seats of its councils. Whether a category is state-linked
 * is data: the quota rules read it, and another jurisdiction may classify differently.
 * A council sees the categories of its jurisdiction and of every jurisdiction above it.
 */
@Entity('affiliation_category')
@Index('UQ_affiliation_category_code', ['jurisdictionId', 'code'], { unique: true })
@Check('CK_affiliation_category_supervised', 'NOT ("state_linked" AND "supervised_by_host")')
export class AffiliationCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedValue;

  @Column({ name: 'state_linked', type: 'boolean' })
  stateLinked!: boolean;

  /** Nominally civil society, but supervised by the host body (the Assembly of People seat). */
  @Column({ name: 'supervised_by_host', type: 'boolean', default: false })
  supervisedByHost!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A (fictional, in the demo) person. Everything but the name is personal data: admin API only. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: GenderValue | null;

  /** Drives "the chair is not in state service" (383-V art. 13 p. 1). */
  @Column({ name: 'is_civil_servant', type: 'boolean', default: false })
  isCivilServant!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A council's term of office. `endsOn` is the first day after the term. */
@Entity('convocation')
@Index('UQ_convocation_number', ['councilId', 'number'], { unique: true })
@Check('CK_convocation_period', '"ends_on" > "starts_on"')
export class ConvocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'text' })
  status!: ConvocationStatusValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A seat held by a person in a convocation, for a period. Rows are never rewritten: ending a
 * membership sets `endsOn` (the first day it no longer runs) and a reason; a change of category
 * or role ends the row and starts a new one pointing back at it (`previousId`).
 *
 * The partial unique indexes are the database's guarantee behind the rules the service checks
 * first with friendly messages: one running seat per nominating organisation (BIN), per person,
 * and one running chair per convocation.
 */
@Entity('membership')
@Index(UQ_ACTIVE_BIN, ['convocationId', 'nominatingOrgBin'], {
  unique: true,
  where: '"ends_on" IS NULL AND "nominating_org_bin" IS NOT NULL',
})
@Index(UQ_ACTIVE_CHAIR, ['convocationId'], { unique: true, where: `"ends_on" IS NULL AND "role" = 'chair'` })
@Index(UQ_ACTIVE_PERSON, ['convocationId', 'personId'], { unique: true, where: '"ends_on" IS NULL' })
@Check('CK_membership_secretary_not_voting', `"role" <> 'secretary' OR NOT "is_voting_member"`)
@Check('CK_membership_period', '"ends_on" IS NULL OR "ends_on" >= "starts_on"')
@Check('CK_membership_end_reason', '("ends_on" IS NULL) = ("end_reason" IS NULL)')
@Check('CK_membership_bin', `"nominating_org_bin" IS NULL OR "nominating_org_bin" ~ '^[0-9]{12}$'`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'convocation_id', type: 'uuid' })
  convocationId!: string;

  @ManyToOne(() => ConvocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convocation_id' })
  convocation?: ConvocationEntity;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  role!: MemberRoleValue;

  @Column({ name: 'is_voting_member', type: 'boolean' })
  isVotingMember!: boolean;

  @Index()
  @Column({ name: 'category_id', type: 'uuid' })
  categoryId!: string;

  @ManyToOne(() => AffiliationCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: AffiliationCategoryEntity;

  @Column({ name: 'nominating_org_name', type: 'text', nullable: true })
  nominatingOrgName!: string | null;

  /** Business identification number, 12 digits, when a legal entity nominated the member. */
  @Column({ name: 'nominating_org_bin', type: 'text', nullable: true })
  nominatingOrgBin!: string | null;

  @Column({ name: 'selection_method', type: 'text' })
  selectionMethod!: SelectionMethodValue;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: EndReasonValue | null;

  /** The row this one continues after a change of category or role. */
  @Index()
  @Column({ name: 'previous_id', type: 'uuid', nullable: true })
  previousId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'previous_id' })
  previous?: MembershipEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A version of the rules (the domain's `RuleSet`, as JSON). A null jurisdiction is the national
 * default; a jurisdiction's own versions override it for the councils inside it. Versions are
 * only ever added, so a past evaluation can always be reproduced.
 */
@Entity('rule_set')
@Index('UQ_rule_set_version', ['jurisdictionId', 'version'], { unique: true, where: '"jurisdiction_id" IS NOT NULL' })
@Index('UQ_rule_set_national_version', ['version'], { unique: true, where: '"jurisdiction_id" IS NULL' })
export class RuleSetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'jurisdiction_id', type: 'uuid', nullable: true })
  jurisdictionId!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  /** The whole `RuleSet` of @kenes/domain; id, jurisdiction, version and dates come from the columns. */
  @Column({ type: 'jsonb' })
  body!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const COMPOSITION_ENTITIES = [AffiliationCategoryEntity, PersonEntity, ConvocationEntity, MembershipEntity, RuleSetEntity, PopulationReferenceEntity, HolidayYearEntity];
