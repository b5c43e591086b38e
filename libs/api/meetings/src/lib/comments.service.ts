import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, DomainError, ErrorCode, RequestContext, type AppConfig } from '@kenes/api/core';
import { CouncilService } from '@kenes/api/registry';
import { ItemCommentEntity, PublicCommentEntity, type AgendaProposalEntity } from './meetings.entities';
import type { AddCommentInput, CitizenProposalInput, ModerateCommentInput, PublicCommentInput } from './meetings.inputs';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

/** Public input is limited per sender address, across API instances (the count is in the database). */
export const PUBLIC_COMMENTS_PER_HOUR = 5;
export const CITIZEN_PROPOSALS_PER_DAY = 3;

/**
 * Members' threaded discussion on an item (internal), and citizens' comments on items opened for
 * public input (moderated, rate-limited per sender, shown only once approved).
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly meetings: MeetingsService,
    private readonly councils: CouncilService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get connection() {
    return this.repo.connection;
  }

  async comments(ctx: RequestContext, itemId: string): Promise<ItemCommentEntity[]> {
    const { item } = await this.repo.itemFor(ctx, itemId, 'council.read');
    return this.connection.getRepository(ctx, ItemCommentEntity).find({ where: { itemId: item.id }, order: { createdAt: 'ASC', id: 'ASC' }, take: 500 });
  }

  async addComment(ctx: RequestContext, input: AddCommentInput): Promise<ItemCommentEntity> {
    const { item, meeting, council } = await this.repo.itemFor(ctx, input.itemId, 'council.read');
    const user = ctx.user;
    if (!user) throw DomainError.unauthenticated();
    // Members of this council and its secretary, checked on this council (not just anywhere).
    await this.repo.councilFor(ctx, council.id, 'meeting.participate').catch(() => this.repo.councilFor(ctx, council.id, 'meeting.manage'));
    if (!['draft', 'announced', 'inSession', 'closed'].includes(meeting.state)) throw DomainError.conflict('meetings.agendaLocked');
    if (input.parentId) {
      const parent = await this.connection.getRepository(ctx, ItemCommentEntity).findOneBy({ id: input.parentId });
      if (!parent || parent.itemId !== item.id) throw DomainError.badInput([{ path: 'parentId', messageKey: 'meetings.parentElsewhere' }]);
    }
    const repo = this.connection.getRepository(ctx, ItemCommentEntity);
    const saved = await repo.save(repo.create({ itemId: item.id, parentId: input.parentId ?? null, authorUserId: user.id, authorName: user.displayName, body: input.body }));
    await this.repo.record(ctx, council, 'comment.added', 'item_comment', saved.id, { itemId: item.id });
    return saved;
  }

  /** A citizen's comment, held for moderation. Refused clearly when the item is closed or the sender is over the limit. */
  async submitPublic(ctx: RequestContext, input: PublicCommentInput): Promise<PublicCommentEntity> {
    const system = RequestContext.systemFrom(ctx);
    const { item, meeting, council } = await this.repo.itemFor(system, input.itemId, 'council.read').catch(() => {
      throw DomainError.notFound('entity.agendaItem');
    });
    if (!council.publishedAt || meeting.state === 'draft') throw DomainError.notFound('entity.agendaItem');
    if (!item.publicCommentsOpen || !['announced', 'inSession'].includes(meeting.state)) throw DomainError.conflict('meetings.commentsClosed');
    const sourceHash = this.sourceHash(ctx.ip);
    const mgr = this.connection.manager(ctx);
    // Serialise one sender's submissions so the limit holds under concurrent requests.
    await mgr.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`public-comment:${sourceHash}`]);
    const [{ n }]: Array<{ n: string }> = await mgr.query(
      `SELECT count(*) AS n FROM public_comment WHERE source_hash = $1 AND created_at > now() - interval '1 hour'`,
      [sourceHash],
    );
    if (Number(n) >= PUBLIC_COMMENTS_PER_HOUR) throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'meetings.tooManyComments');
    const repo = this.connection.getRepository(ctx, PublicCommentEntity);
    const saved = await repo.save(
      repo.create({ itemId: item.id, authorName: input.name, body: input.body, status: 'pending', moderationReason: null, sourceHash, moderatedBy: null }),
    );
    await this.repo.record(system, council, 'publicComment.submitted', 'public_comment', saved.id, { itemId: item.id });
    return saved;
  }

  async pendingPublic(ctx: RequestContext, councilId: string): Promise<PublicCommentEntity[]> {
    const council = await this.repo.councilFor(ctx, councilId, 'meeting.manage');
    return this.connection
      .getRepository(ctx, PublicCommentEntity)
      .createQueryBuilder('c')
      .innerJoin('agenda_item', 'i', 'i.id = c.item_id')
      .innerJoin('meeting', 'm', 'm.id = i.meeting_id')
      .where('m.council_id = :id AND c.status = :status', { id: council.id, status: 'pending' })
      .orderBy('c.created_at', 'ASC')
      .take(200)
      .getMany();
  }

  async moderate(ctx: RequestContext, input: ModerateCommentInput): Promise<PublicCommentEntity> {
    const found = await this.connection.getRepository(ctx, PublicCommentEntity).findOneBy({ id: input.commentId });
    if (!found) throw DomainError.notFound('entity.comment');
    const { council } = await this.repo.itemFor(ctx, found.itemId, 'meeting.manage').catch((e: unknown) => {
      if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) throw DomainError.notFound('entity.comment');
      throw e;
    });
    if (!input.approve && !input.reason) throw DomainError.badInput([{ path: 'reason', messageKey: 'meetings.rejectReasonRequired' }]);
    await this.connection.manager(ctx).query('SELECT id FROM public_comment WHERE id = $1 FOR UPDATE', [found.id]);
    const comment = await this.connection.getRepository(ctx, PublicCommentEntity).findOneByOrFail({ id: found.id });
    if (comment.status !== 'pending') throw DomainError.conflict('meetings.commentModerated');
    Object.assign(comment, { status: input.approve ? 'approved' : 'rejected', moderationReason: input.approve ? null : input.reason, moderatedBy: ctx.user?.id ?? null });
    await this.connection.getRepository(ctx, PublicCommentEntity).save(comment);
    await this.repo.record(ctx, council, input.approve ? 'publicComment.approved' : 'publicComment.rejected', 'public_comment', comment.id, {
      reason: comment.moderationReason,
    });
    return comment;
  }

  /** A citizen proposes an agenda item on a published council; the e-mail stays private. */
  async citizenProposal(ctx: RequestContext, input: CitizenProposalInput): Promise<AgendaProposalEntity> {
    const council = await this.councils.findPublishedBySlug(ctx, input.councilSlug);
    if (!council) throw DomainError.notFound('entity.council');
    const sourceHash = this.sourceHash(ctx.ip);
    const mgr = this.connection.manager(ctx);
    await mgr.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`citizen-proposal:${sourceHash}`]);
    const [{ n }]: Array<{ n: string }> = await mgr.query(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'agenda.citizenSource' AND data->>'sourceHash' = $1 AND occurred_at > now() - interval '1 day'`,
      [sourceHash],
    );
    if (Number(n) >= CITIZEN_PROPOSALS_PER_DAY) throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'meetings.tooManyProposals');
    const system = RequestContext.systemFrom(ctx);
    const saved = await this.meetings.saveProposal(system, council, {
      source: 'citizen',
      proposerUserId: null,
      proposerName: input.name,
      proposerEmail: input.email.toLowerCase(),
      title: input.title,
      description: input.description,
      category: 'citizenAppeal',
    });
    await this.repo.record(system, council, 'agenda.citizenSource', 'agenda_proposal', saved.id, { sourceHash });
    return saved;
  }

  /** A keyed hash of the address: counts a sender without storing who they are. */
  private sourceHash(ip: string | undefined): string {
    return createHmac('sha256', `kenes-source:${this.config.databaseUrl ?? 'embedded'}`).update(ip ?? 'unknown').digest('hex').slice(0, 32);
  }
}
