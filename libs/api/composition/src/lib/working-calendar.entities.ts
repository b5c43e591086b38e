import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedValue } from '@kenes/api/core';
import { JurisdictionEntity } from '@kenes/api/registry';

/**
 * A year of the working-day calendar as the authorized body entered it: the moving holidays, the
 * Government's transfers (extra days off, working Saturdays), and whether the year is complete.
 * A null jurisdiction is the national calendar.
 */
@Entity('holiday_year')
@Index('UQ_holiday_year_national', ['year'], { unique: true, where: '"jurisdiction_id" IS NULL' })
@Index('UQ_holiday_year_jurisdiction', ['jurisdictionId', 'year'], { unique: true, where: '"jurisdiction_id" IS NOT NULL' })
@Check('CK_holiday_year_year', '"year" BETWEEN 2000 AND 2100')
export class HolidayYearEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'jurisdiction_id', type: 'uuid', nullable: true })
  jurisdictionId!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity | null;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'dated_holidays', type: 'jsonb', default: [] })
  datedHolidays!: Array<{ date: string; name: LocalizedValue; carryOverWhenWeekend: boolean }>;

  @Column({ name: 'extra_days_off', type: 'jsonb', default: [] })
  extraDaysOff!: Array<{ date: string; reason: LocalizedValue }>;

  @Column({ name: 'working_days', type: 'jsonb', default: [] })
  workingDays!: Array<{ date: string; reason: LocalizedValue }>;

  @Column({ type: 'boolean', default: false })
  confirmed!: boolean;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
