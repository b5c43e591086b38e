import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn } from '@kenes/api/core';

export const FOLLOW_KINDS = ['council', 'body', 'recommendation'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];
export const FOLLOW_MODES = ['events', 'weekly'] as const;
export type FollowMode = (typeof FOLLOW_MODES)[number];


/**
 * Someone following a council, a state body or a recommendation by e-mail. Double opt-in: nothing
 * is sent but the confirmation until `confirmed_at`. One live subscription per address and target.
 * The address is personal data: it never leaves the follow service.
 */
@Entity('follow_subscription')
@Index('UQ_follow_live', ['email', 'kind', 'targetId'], { unique: true, where: '"unsubscribed_at" IS NULL' })
@Index('IDX_follow_target', ['kind', 'targetId'])
@Check('CK_follow_kind', checkIn('kind', FOLLOW_KINDS))
@Check('CK_follow_mode', checkIn('mode', FOLLOW_MODES))
export class FollowSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  kind!: FollowKind;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ type: 'text' })
  mode!: FollowMode;

  @Column({ type: 'text', default: 'ru' })
  locale!: string;

  /** SHA-256 of the one-time confirmation token sent by e-mail. */
  @Column({ name: 'confirm_token_hash', type: 'text' })
  confirmTokenHash!: string;

  /** The token of the one-click unsubscribe link in every letter (it can do nothing else). */
  @Index({ unique: true })
  @Column({ name: 'unsubscribe_token', type: 'text' })
  unsubscribeToken!: string;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt!: Date | null;

  /** Events after this audit event id go into the next weekly digest. */
  @Column({ name: 'digest_after', type: 'bigint', default: 0 })
  digestAfter!: string;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** How far the event dispatcher has read the audit log (one row per dispatcher). */
@Entity('follow_cursor')
export class FollowCursorEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ name: 'last_event_id', type: 'bigint', default: 0 })
  lastEventId!: string;
}

export const FOLLOW_ENTITIES = [FollowSubscriptionEntity, FollowCursorEntity];
