import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, TransactionalConnection, type AppConfig, type AuthenticatedUser, type RequestContext } from '@kenes/api/core';
import { isRole, permissionsOf, type ActiveGrant, ROLE_SCOPE } from '@kenes/domain';
import { GrantEntity, SessionEntity } from './identity.entities';
import { newToken, tokenHash } from './secrets';

export const SESSION_COOKIE = 'kenes_session';
/** last_seen_at is refreshed at most this often, so reading pages costs no writes. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

@Injectable()
export class SessionService {
  constructor(
    private readonly connection: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(ctx: RequestContext, userId: string, userAgent: string | undefined): Promise<{ token: string; session: SessionEntity }> {
    const token = newToken();
    const now = new Date();
    const session = await this.connection.getRepository(ctx, SessionEntity).save({
      userId,
      tokenHash: tokenHash(token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionDays * 86_400_000),
      revokedAt: null,
      ip: ctx.ip ?? null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, session };
  }

  /** The signed-in user of a request's Cookie header (HTTP, WebSocket upgrade, file upload), if any. */
  async fromCookieHeader(header: string | undefined): Promise<AuthenticatedUser | undefined> {
    const token = readCookie(header, SESSION_COOKIE);
    return token && token.length <= 200 ? this.resolve(token) : undefined;
  }

  /**
   * The signed-in user behind a cookie token, with their active grants, or undefined.
   * Two statements (three when a grant is on a jurisdiction, to expand it downwards).
   */
  async resolve(token: string): Promise<AuthenticatedUser | undefined> {
    const manager = this.connection.manager(undefined);
    const rows: Array<{ session_id: string; user_id: string; display_name: string; last_seen_at: Date }> = await manager.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.display_name, s.last_seen_at
         FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [tokenHash(token)],
    );
    const row = rows[0];
    if (!row) return undefined;
    const grants = await this.activeGrants(manager, row.user_id);
    const closure = await this.jurisdictionClosure(manager, grants);
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await manager.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
    return {
      id: row.user_id,
      sessionId: row.session_id,
      displayName: row.display_name,
      grants,
      permissions: permissionsOf(grants),
      jurisdictionClosure: closure,
    };
  }

  async activeGrants(manager: EntityManager, userId: string): Promise<ActiveGrant[]> {
    const rows = await manager
      .getRepository(GrantEntity)
      .createQueryBuilder('g')
      .where('g.user_id = :userId', { userId })
      .andWhere('g.starts_at <= now()')
      .andWhere('(g.ends_at IS NULL OR g.ends_at > now())')
      .getMany();
    return rows
      .filter((g) => isRole(g.role) && ROLE_SCOPE[g.role] === g.scopeKind)
      .map((g) => ({ role: g.role, scope: { kind: g.scopeKind, id: g.scopeId } }));
  }

  private async jurisdictionClosure(manager: EntityManager, grants: ActiveGrant[]): Promise<Record<string, string[]>> {
    const roots = [...new Set(grants.filter((g) => g.scope.kind === 'jurisdiction' && g.scope.id).map((g) => g.scope.id as string))];
    if (!roots.length) return {};
    const rows: Array<{ root: string; id: string }> = await manager.query(
      `WITH RECURSIVE down AS (
         SELECT id AS root, id FROM jurisdiction WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT down.root, j.id FROM jurisdiction j JOIN down ON j.parent_id = down.id
       ) SELECT root, id FROM down`,
      [roots],
    );
    const out: Record<string, string[]> = {};
    for (const r of rows) (out[r.root] ??= []).push(r.id);
    return out;
  }

  async revoke(ctx: RequestContext, sessionId: string, userId: string): Promise<boolean> {
    const res = await this.connection
      .getRepository(ctx, SessionEntity)
      .update({ id: sessionId, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (res.affected ?? 0) > 0;
  }

  async list(ctx: RequestContext, userId: string): Promise<SessionEntity[]> {
    return this.connection
      .getRepository(ctx, SessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :userId', { userId })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now()')
      .orderBy('s.last_seen_at', 'DESC')
      .limit(50)
      .getMany();
  }
}

/** A cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}
