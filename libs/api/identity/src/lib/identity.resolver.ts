import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  Allow,
  Authenticated,
  Ctx,
  PageArgs,
  Public,
  Transaction,
  type AppConfig,
  type GraphQLRequestContext,
  type RequestContext,
} from '@kenes/api/core';
import { permissionsOf } from '@kenes/domain';
import type { GrantEntity } from './identity.entities';
import { Grant, InviteUserInput, Me, Session, SetPasswordInput, SignInInput, UserFilter, UserPage, RoleEnum, ScopeKindEnum } from './identity.models';
import { IdentityService, type SignedIn } from './identity.service';
import { SESSION_COOKIE, SessionService } from './session.service';

function toGrant(g: GrantEntity): Grant {
  return { id: g.id, userId: g.userId, role: g.role as RoleEnum, scopeKind: g.scopeKind as ScopeKindEnum, scopeId: g.scopeId, startsAt: g.startsAt, endsAt: g.endsAt };
}

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private baseUrl(gql: GraphQLRequestContext): string {
    return this.config.publicUrl ?? `${gql.req.protocol}://${gql.req.get('host') ?? 'localhost'}`;
  }

  private setCookie(gql: GraphQLRequestContext, signedIn: SignedIn): void {
    gql.res.cookie(SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.identity.sessionDays * 86_400_000,
    });
  }

  private async me(ctx: RequestContext, userId: string): Promise<Me> {
    const [user, grants] = await Promise.all([this.identity.findUser(ctx, userId), this.identity.grantsOf(ctx, [userId])]);
    if (!user) throw new Error('signed-in user vanished');
    const active = grants.map((g) => ({ role: g.role, scope: { kind: g.scopeKind, id: g.scopeId } }));
    return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, grants: grants.map(toGrant), permissions: [...permissionsOf(active)].sort() };
  }

  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null.' })
  @Public()
  async currentUser(@Ctx() ctx: RequestContext): Promise<Me | null> {
    return ctx.user ? this.me(ctx, ctx.user.id) : null;
  }

  @Mutation(() => Me)
  @Public()
  async signIn(@Ctx() ctx: RequestContext, @Context() gql: GraphQLRequestContext, @Args('input') input: SignInInput): Promise<Me> {
    const signedIn = await this.identity.signIn(ctx, input, gql.req.get('user-agent'));
    this.setCookie(gql, signedIn);
    return this.me(ctx, signedIn.userId);
  }

  @Mutation(() => Boolean)
  @Authenticated()
  @Transaction()
  async signOut(@Ctx() ctx: RequestContext, @Context() gql: GraphQLRequestContext): Promise<boolean> {
    await this.identity.signOut(ctx);
    gql.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => [Session])
  @Authenticated()
  async mySessions(@Ctx() ctx: RequestContext): Promise<Session[]> {
    const user = ctx.user;
    if (!user) return [];
    return (await this.sessions.list(ctx, user.id)).map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      userAgent: s.userAgent,
      current: s.id === user.sessionId,
    }));
  }

  @Mutation(() => Boolean)
  @Authenticated()
  @Transaction()
  async revokeSession(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.identity.revokeSession(ctx, id);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sends a reset link if the address belongs to an account; always answers true.' })
  @Public()
  @Transaction()
  async requestPasswordReset(@Ctx() ctx: RequestContext, @Context() gql: GraphQLRequestContext, @Args('email') email: string): Promise<boolean> {
    if (email.length <= 254) await this.identity.requestPasswordReset(ctx, email, this.baseUrl(gql));
    return true;
  }

  @Mutation(() => Boolean)
  @Public()
  @Transaction()
  async resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: SetPasswordInput): Promise<boolean> {
    await this.identity.resetPassword(ctx, input);
    return true;
  }

  @Mutation(() => Me)
  @Public()
  @Transaction()
  async acceptInvitation(@Ctx() ctx: RequestContext, @Context() gql: GraphQLRequestContext, @Args('input') input: SetPasswordInput): Promise<Me> {
    const signedIn = await this.identity.acceptInvitation(ctx, input, gql.req.get('user-agent'));
    this.setCookie(gql, signedIn);
    return this.me(ctx, signedIn.userId);
  }

  @Mutation(() => Grant, { description: 'Invites a person (or gives an existing user) a role on a council, body or area.' })
  @Allow('user.manage')
  @Transaction()
  async inviteUser(@Ctx() ctx: RequestContext, @Context() gql: GraphQLRequestContext, @Args('input') input: InviteUserInput): Promise<Grant> {
    return toGrant(await this.identity.invite(ctx, input, this.baseUrl(gql)));
  }

  @Mutation(() => Grant)
  @Allow('user.manage')
  @Transaction()
  async revokeGrant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Grant> {
    return toGrant(await this.identity.revokeGrant(ctx, id));
  }

  @Query(() => UserPage)
  @Allow('user.manage')
  async users(
    @Ctx() ctx: RequestContext,
    @Args() args: PageArgs,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
  ): Promise<UserPage> {
    const { items, total, visibleGrants } = await this.identity.listUsers(ctx, filter, args.page);
    const pending = await this.identity.invitationPending(ctx, items.map((u) => u.id));
    return {
      total,
      items: items.map((u) => ({
        id: u.id,
        displayName: u.displayName,
        email: u.email,
        invitationPending: pending.has(u.id),
        grants: visibleGrants.filter((g) => g.userId === u.id).map(toGrant),
      })),
    };
  }
}
