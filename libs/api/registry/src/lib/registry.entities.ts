import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { LocalizedValue } from '@kenes/api/core';

export const JURISDICTION_KINDS = ['republic', 'oblast', 'city_republican', 'district', 'city_oblast', 'rural_okrug'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

export const STATE_BODY_KINDS = [
  'ministry',
  'agency',
  'akimat',
  'akim_office_department',
  'maslikhat',
  'territorial_division',
  'quasi_public',
  'other',
] as const;
export type StateBodyKind = (typeof STATE_BODY_KINDS)[number];

export const COUNCIL_LEVELS = ['republican', 'local', 'quasi_public'] as const;
export type CouncilLevelValue = (typeof COUNCIL_LEVELS)[number];

/** An administrative unit; the root of a tenant's data. */
@Entity('jurisdiction')
export class JurisdictionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  kind!: JurisdictionKind;

  @Column({ type: 'jsonb' })
  name!: LocalizedValue;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => JurisdictionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: JurisdictionEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('state_body')
export class StateBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => StateBodyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: StateBodyEntity | null;

  @Column({ type: 'text' })
  kind!: StateBodyKind;

  @Column({ type: 'jsonb' })
  name!: LocalizedValue;

  /** Business identification number, where the body is a legal entity. */
  @Column({ type: 'text', nullable: true })
  bin!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('council')
export class CouncilEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Index()
  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity;

  @Index()
  @Column({ name: 'host_body_id', type: 'uuid' })
  hostBodyId!: string;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_body_id' })
  hostBody?: StateBodyEntity;

  @Column({ type: 'text' })
  level!: CouncilLevelValue;

  @Column({ type: 'jsonb' })
  name!: LocalizedValue;

  /** Null while the council is being set up; the portal shows published councils only. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

export const REGISTRY_ENTITIES = [JurisdictionEntity, StateBodyEntity, CouncilEntity];
