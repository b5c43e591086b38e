import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JurisdictionEntity } from '@kenes/api/registry';
import type { AgeBandCode } from '@kenes/domain';

/**
 * The adult population of a jurisdiction by age band and gender, as the authorized body entered
 * it from official statistics: what a council's demographics are measured against. Versions are
 * only added (one per `as_of` date), so a past comparison can be reproduced.
 */
@Entity('population_reference')
@Index('UQ_population_reference_as_of', ['jurisdictionId', 'asOf'], { unique: true })
@Check('CK_population_reference_female', '"female_percent" BETWEEN 0 AND 100')
@Check('CK_population_reference_median', '"median_age" IS NULL OR "median_age" BETWEEN 18 AND 100')
export class PopulationReferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity;

  /** The date the statistics describe (YYYY-MM-DD). */
  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  /** Percent of adult residents in each age band of the domain (`AGE_BANDS`). */
  @Column({ name: 'age_bands', type: 'jsonb' })
  ageBands!: Array<{ band: AgeBandCode; percent: number }>;

  @Column({ name: 'female_percent', type: 'numeric', precision: 4, scale: 1 })
  femalePercent!: string;

  @Column({ name: 'median_age', type: 'numeric', precision: 4, scale: 1, nullable: true })
  medianAge!: string | null;

  /** Where the figures come from, as the authorized body cites it. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
