import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import type { RequestContext } from './request-context';
import { TransactionalConnection } from './transactional-connection';

export interface AuditRecord {
  chain: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
  actorId?: string | null;
}

const GENESIS = '0'.repeat(64);

/** Stable JSON: keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, e: Omit<AuditRecord, 'data'> & { seq: number; data: Record<string, unknown> }): string {
  const body = canonicalJson({
    chain: e.chain,
    seq: e.seq,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    actorId: e.actorId ?? null,
    data: e.data,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

@Injectable()
export class AuditService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * Appends an event in the caller's transaction. An advisory lock per chain serialises
   * writers so two transactions cannot both extend the chain from the same tip.
   */
  async record(ctx: RequestContext, rec: AuditRecord): Promise<void> {
    if (!ctx.manager) {
      // The lock lasts until the end of its transaction: taken outside one, it would be released
      // at once and serialise nothing, so append in a transaction of our own.
      await this.connection.dataSource.transaction((manager) => this.append(manager, ctx, rec));
      return;
    }
    await this.append(ctx.manager, ctx, rec);
  }

  private async append(manager: EntityManager, ctx: RequestContext, rec: AuditRecord): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`audit:${rec.chain}`]);
    const tip: Array<{ seq: number; hash: string }> = await manager.query(
      'SELECT seq, hash FROM audit_event WHERE chain = $1 ORDER BY seq DESC LIMIT 1',
      [rec.chain],
    );
    const seq = (tip[0]?.seq ?? 0) + 1;
    const prevHash = tip[0]?.hash ?? GENESIS;
    const data = rec.data ?? {};
    const hash = auditHash(prevHash, { ...rec, seq, data });
    await manager.getRepository(AuditEventEntity).insert({
      // jsonb payloads are opaque to TypeORM's deep-partial typing
      data: data as never,
      chain: rec.chain,
      seq,
      actorId: rec.actorId ?? null,
      action: rec.action,
      entityType: rec.entityType,
      entityId: rec.entityId ?? null,
      requestId: ctx.requestId,
      prevHash,
      hash,
    });
  }

  /** Recomputes a chain; returns the first broken sequence number, or null when intact. */
  async verify(ctx: RequestContext, chain: string): Promise<{ events: number; brokenAt: number | null }> {
    const rows = await this.connection
      .getRepository(ctx, AuditEventEntity)
      .find({ where: { chain }, order: { seq: 'ASC' } });
    let prev = GENESIS;
    for (const [i, r] of rows.entries()) {
      const expected = auditHash(prev, { ...r, data: r.data });
      if (r.seq !== i + 1 || r.prevHash !== prev || r.hash !== expected) return { events: rows.length, brokenAt: r.seq };
      prev = r.hash;
    }
    return { events: rows.length, brokenAt: null };
  }
}
