import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AuditService,
  DomainError,
  ErrorCode,
  TransactionalConnection,
  allowsAny,
  jurisdictionPath,
  pageOf,
  scopeFor,
  type AppConfig,
  type Locale,
  type PageInput,
  type RequestContext,
} from '@kenes/api/core';
import { ROLE_SCOPE, mayGrant, type AccessTarget, type GrantScope, type Role } from '@kenes/domain';
import { GrantEntity, OneTimeTokenEntity, UserAccountEntity, type OneTimeTokenPurpose } from './identity.entities';
import type { InviteUserInput, SetPasswordInput, SignInInput, UserFilter } from './identity.models';
import { MailService, renderMail } from './mail.service';
import { SessionService } from './session.service';
import { hashPassword, newToken, normaliseEmail, tokenHash, verifyPassword } from './secrets';
import { SignInThrottle } from './sign-in-throttle';

const INVITATION_DAYS = 7;
const RESET_HOURS = 1;
/** Security events (sign-ins, resets) have a chain of their own. */
const SECURITY_CHAIN = 'security';

export interface SignedIn {
  token: string;
  userId: string;
}

function emailRef(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 16);
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Not one transaction on purpose: a failed attempt must leave its audit event and its
   * throttle count behind while the request itself fails.
   */
  async signIn(ctx: RequestContext, input: SignInInput, userAgent: string | undefined): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const locked = await this.throttle.lockedFor(email, ctx.ip);
    if (locked) {
      await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'auth.signInThrottled', entityType: 'user', data: { email: emailRef(email), ip: ctx.ip } });
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'error.tooManyRequests', { minutes: locked });
    }
    const user = await this.connection
      .getRepository(ctx, UserAccountEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    const ok = await verifyPassword(user && !user.disabledAt ? user.passwordHash : null, input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ctx.ip);
      await this.audit.record(ctx, {
        chain: SECURITY_CHAIN,
        action: 'auth.signInFailed',
        entityType: 'user',
        entityId: user?.id ?? null,
        data: { email: emailRef(email), ip: ctx.ip },
      });
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'auth.badCredentials');
    }
    await this.throttle.recordSuccess(email, ctx.ip);
    return this.connection.withTransaction(ctx, async () => {
      const { token, session } = await this.sessions.create(ctx, user.id, userAgent);
      await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'auth.signedIn', entityType: 'session', entityId: session.id, actorId: user.id, data: { ip: ctx.ip } });
      return { token, userId: user.id };
    });
  }

  async signOut(ctx: RequestContext): Promise<void> {
    const user = ctx.user;
    if (!user) return;
    await this.sessions.revoke(ctx, user.sessionId, user.id);
    await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'auth.signedOut', entityType: 'session', entityId: user.sessionId, actorId: user.id });
  }

  async revokeSession(ctx: RequestContext, sessionId: string): Promise<void> {
    const user = ctx.user;
    if (!user) throw DomainError.unauthenticated();
    if (!(await this.sessions.revoke(ctx, sessionId, user.id))) throw DomainError.notFound('entity.session');
    await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'auth.sessionRevoked', entityType: 'session', entityId: sessionId, actorId: user.id });
  }

  async findUser(ctx: RequestContext, id: string): Promise<UserAccountEntity | null> {
    return this.connection.getRepository(ctx, UserAccountEntity).findOneBy({ id });
  }

  async grantsOf(ctx: RequestContext, userIds: string[], activeOnly = true): Promise<GrantEntity[]> {
    if (!userIds.length) return [];
    const qb = this.connection.getRepository(ctx, GrantEntity).createQueryBuilder('g').where('g.user_id = ANY(:ids)', { ids: userIds });
    if (activeOnly) qb.andWhere('(g.ends_at IS NULL OR g.ends_at > now())');
    return qb.orderBy('g.created_at', 'ASC').getMany();
  }

  /** Where a new grant would sit, for the "may the caller give it" decision. */
  private async targetOf(manager: EntityManager, scope: GrantScope): Promise<AccessTarget | null> {
    if (scope.kind === 'platform') return { kind: 'platform' };
    if (!scope.id) return null;
    if (scope.kind === 'jurisdiction') {
      const path = await jurisdictionPath(manager, scope.id);
      return path.length ? { kind: 'jurisdiction', jurisdictionPath: path } : null;
    }
    if (scope.kind === 'council') {
      const rows: Array<{ jurisdiction_id: string; host_body_id: string }> = await manager.query(
        'SELECT jurisdiction_id, host_body_id FROM council WHERE id = $1',
        [scope.id],
      );
      const row = rows[0];
      if (!row) return null;
      return { kind: 'council', councilId: scope.id, hostBodyId: row.host_body_id, jurisdictionPath: await jurisdictionPath(manager, row.jurisdiction_id) };
    }
    const rows: Array<{ jurisdiction_id: string }> = await manager.query('SELECT jurisdiction_id FROM state_body WHERE id = $1', [scope.id]);
    const row = rows[0];
    if (!row) return null;
    return { kind: 'stateBody', stateBodyId: scope.id, jurisdictionPath: await jurisdictionPath(manager, row.jurisdiction_id) };
  }

  /** The caller may hand out `role` on `scope`, or gets FORBIDDEN / NOT_FOUND (no probing). */
  private async assertMayGrant(ctx: RequestContext, role: Role, scope: GrantScope): Promise<void> {
    const user = ctx.user;
    if (!user) throw DomainError.unauthenticated();
    const target = await this.targetOf(this.connection.manager(ctx), scope);
    if (!target) throw DomainError.badInput([{ path: 'scopeId', messageKey: 'error.notFound', params: { entity: 'entity.grant' } }]);
    if (mayGrant(user.grants, role, scope, target)) return;
    if (target.kind === 'platform' || allowsAny(user, target)) throw new DomainError(ErrorCode.FORBIDDEN, 'auth.roleNotGrantable');
    throw DomainError.badInput([{ path: 'scopeId', messageKey: 'error.notFound', params: { entity: 'entity.grant' } }]);
  }

  async invite(ctx: RequestContext, input: InviteUserInput, baseUrl: string): Promise<GrantEntity> {
    const role = input.role as Role;
    const kind = ROLE_SCOPE[role];
    if (kind !== 'platform' && !input.scopeId) {
      throw DomainError.badInput([{ path: 'scopeId', messageKey: 'auth.scopeRequired' }]);
    }
    const scope: GrantScope = { kind, id: kind === 'platform' ? null : (input.scopeId ?? null) };
    await this.assertMayGrant(ctx, role, scope);
    const email = normaliseEmail(input.email);
    const users = this.connection.getRepository(ctx, UserAccountEntity);
    let user = await users.createQueryBuilder('u').addSelect('u.passwordHash').where('lower(u.email) = :email', { email }).getOne();
    const created = !user;
    if (!user) {
      user = await users.save({ email: input.email.trim(), displayName: input.displayName.trim(), locale: input.locale ?? ctx.locale, passwordHash: null, phone: null, disabledAt: null });
    }
    const grants = this.connection.getRepository(ctx, GrantEntity);
    const duplicate = await grants
      .createQueryBuilder('g')
      .where('g.user_id = :u AND g.role = :r AND g.scope_kind = :k', { u: user.id, r: role, k: kind })
      .andWhere(scope.id ? 'g.scope_id = :s' : 'g.scope_id IS NULL', { s: scope.id })
      .andWhere('(g.ends_at IS NULL OR g.ends_at > now())')
      .getExists();
    if (duplicate) throw DomainError.conflict('error.duplicate', { field: 'role' });
    const grant = await grants.save({ userId: user.id, role, scopeKind: kind, scopeId: scope.id, startsAt: new Date(), endsAt: null, grantedBy: ctx.user?.id ?? null });
    const chain = await this.chainOf(ctx, scope);
    await this.audit.record(ctx, {
      chain,
      action: 'grant.given',
      entityType: 'grant',
      entityId: grant.id,
      actorId: ctx.user?.id,
      data: { userId: user.id, role, scope, newUser: created },
    });
    if (!user.passwordHash) {
      const token = await this.issueToken(ctx, user.id, 'invitation', INVITATION_DAYS * 24);
      const locale = (input.locale ?? user.locale ?? ctx.locale) as Locale;
      const letter = renderMail('invitation', locale, { name: user.displayName, link: `${baseUrl}/admin/accept-invitation?token=${token}`, validHours: INVITATION_DAYS * 24 });
      const to = user.email;
      await this.audit.record(ctx, { chain, action: 'user.invited', entityType: 'user', entityId: user.id, actorId: ctx.user?.id });
      ctx.afterCommit(() => this.mail.send({ to, ...letter }));
    }
    return grant;
  }

  private async chainOf(ctx: RequestContext, scope: GrantScope): Promise<string> {
    if (scope.kind === 'platform' || !scope.id) return 'platform';
    if (scope.kind === 'jurisdiction') return scope.id;
    const table = scope.kind === 'council' ? 'council' : 'state_body';
    const rows: Array<{ jurisdiction_id: string }> = await this.connection.manager(ctx).query(`SELECT jurisdiction_id FROM ${table} WHERE id = $1`, [scope.id]);
    return rows[0]?.jurisdiction_id ?? 'platform';
  }

  private async issueToken(ctx: RequestContext, userId: string, purpose: OneTimeTokenPurpose, hours: number): Promise<string> {
    const token = newToken();
    const repo = this.connection.getRepository(ctx, OneTimeTokenEntity);
    // A new link replaces any earlier one of the same purpose.
    await repo.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    await repo.save({ userId, purpose, tokenHash: tokenHash(token), expiresAt: new Date(Date.now() + hours * 3_600_000), usedAt: null });
    return token;
  }

  /** Consumes a link token under a row lock, so a link works exactly once. */
  private async consumeToken(ctx: RequestContext, token: string, purpose: OneTimeTokenPurpose): Promise<OneTimeTokenEntity> {
    const row = await this.connection
      .getRepository(ctx, OneTimeTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :h AND t.purpose = :p', { h: tokenHash(token), p: purpose })
      .getOne();
    if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'auth.tokenInvalid');
    }
    row.usedAt = new Date();
    await this.connection.getRepository(ctx, OneTimeTokenEntity).save(row);
    return row;
  }

  async acceptInvitation(ctx: RequestContext, input: SetPasswordInput, userAgent: string | undefined): Promise<SignedIn> {
    const t = await this.consumeToken(ctx, input.token, 'invitation');
    const users = this.connection.getRepository(ctx, UserAccountEntity);
    const patch: Partial<UserAccountEntity> = { passwordHash: await hashPassword(input.password) };
    if (input.displayName?.trim()) patch.displayName = input.displayName.trim();
    await users.update({ id: t.userId }, patch);
    const { token, session } = await this.sessions.create(ctx, t.userId, userAgent);
    await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'user.invitationAccepted', entityType: 'user', entityId: t.userId, actorId: t.userId, data: { sessionId: session.id } });
    return { token, userId: t.userId };
  }

  /** Always succeeds, whether or not the address exists: no account enumeration. */
  async requestPasswordReset(ctx: RequestContext, rawEmail: string, baseUrl: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const user = await this.connection.getRepository(ctx, UserAccountEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
    if (!user || user.disabledAt) return;
    const token = await this.issueToken(ctx, user.id, 'passwordReset', RESET_HOURS);
    await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'auth.passwordResetRequested', entityType: 'user', entityId: user.id, data: { ip: ctx.ip } });
    const letter = renderMail('passwordReset', (user.locale as Locale) ?? ctx.locale, { name: user.displayName, link: `${baseUrl}/admin/reset-password?token=${token}`, validHours: RESET_HOURS });
    const to = user.email;
    ctx.afterCommit(() => this.mail.send({ to, ...letter }));
  }

  /** Sets the new password and signs the account out everywhere. */
  async resetPassword(ctx: RequestContext, input: SetPasswordInput): Promise<void> {
    const t = await this.consumeToken(ctx, input.token, 'passwordReset');
    await this.connection.getRepository(ctx, UserAccountEntity).update({ id: t.userId }, { passwordHash: await hashPassword(input.password) });
    await this.connection.manager(ctx).query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [t.userId]);
    await this.audit.record(ctx, { chain: SECURITY_CHAIN, action: 'auth.passwordReset', entityType: 'user', entityId: t.userId, actorId: t.userId });
  }

  async revokeGrant(ctx: RequestContext, grantId: string): Promise<GrantEntity> {
    const grants = this.connection.getRepository(ctx, GrantEntity);
    const grant = await grants.findOneBy({ id: grantId });
    if (!grant) throw DomainError.notFound('entity.grant');
    const scope: GrantScope = { kind: grant.scopeKind, id: grant.scopeId };
    try {
      await this.assertMayGrant(ctx, grant.role, scope);
    } catch (e) {
      // A grant outside the caller's reach does not exist for them.
      if (e instanceof DomainError && e.code === ErrorCode.BAD_USER_INPUT) throw DomainError.notFound('entity.grant');
      throw e;
    }
    if (grant.endsAt && grant.endsAt.getTime() <= Date.now()) return grant;
    grant.endsAt = new Date();
    await grants.save(grant);
    await this.audit.record(ctx, {
      chain: await this.chainOf(ctx, scope),
      action: 'grant.revoked',
      entityType: 'grant',
      entityId: grant.id,
      actorId: ctx.user?.id,
      data: { userId: grant.userId, role: grant.role, scope },
    });
    return grant;
  }

  /**
   * Users holding an active grant inside the caller's user-management scope. A secretary
   * sees the people of their council, a body's head the body's officers.
   */
  async listUsers(ctx: RequestContext, filter: UserFilter | undefined, page: PageInput | undefined): Promise<{ items: UserAccountEntity[]; total: number; visibleGrants: GrantEntity[] }> {
    const scope = scopeFor(ctx.user, 'user.manage');
    const { skip, take } = pageOf(page);
    const qb = this.connection
      .getRepository(ctx, UserAccountEntity)
      .createQueryBuilder('u')
      .where((sub) => {
        const s = sub.subQuery().select('1').from(GrantEntity, 'g').where('g.user_id = u.id').andWhere('(g.ends_at IS NULL OR g.ends_at > now())');
        if (!scope.all) s.andWhere('g.scope_id = ANY(:scopeIds)');
        if (filter?.scopeId) s.andWhere('g.scope_id = :filterScope');
        return `EXISTS ${s.getQuery()}`;
      })
      .setParameters({ scopeIds: [...scope.councilIds, ...scope.stateBodyIds, ...scope.jurisdictionIds], filterScope: filter?.scopeId })
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip(skip)
      .take(take);
    const [items, total] = await qb.getManyAndCount();
    const all = await this.grantsOf(ctx, items.map((u) => u.id));
    const ids = new Set([...scope.councilIds, ...scope.stateBodyIds, ...scope.jurisdictionIds]);
    const visibleGrants = scope.all ? all : all.filter((g) => g.scopeId && ids.has(g.scopeId));
    return { items, total, visibleGrants };
  }

  async invitationPending(ctx: RequestContext, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows: Array<{ id: string }> = await this.connection
      .manager(ctx)
      .query('SELECT id FROM user_account WHERE id = ANY($1::uuid[]) AND password_hash IS NULL', [userIds]);
    return new Set(rows.map((r) => r.id));
  }

  get sessionDays(): number {
    return this.config.sessionDays;
  }
}
