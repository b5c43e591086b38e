import { ArgsType, Args, Field, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Ctx, DomainError, Public, Transaction, type RequestContext } from '@kenes/api/core';
import { CouncilService, type CouncilEntity } from '@kenes/api/registry';
import { MeetingEntity, PublicCommentEntity } from './meetings.entities';
import { CitizenProposalInput, PublicCommentInput, PublicMeetingsArgs } from './meetings.inputs';
import { Meeting, MeetingLiveEvent, MeetingSummary, PublicComment } from './meetings.models';
import { MeetingsService } from './meetings.service';
import { MeetingView } from './meetings.view';
import { CommentsService } from './comments.service';
import { MeetingLive, type LivePayload } from './meeting-live';
import { toPublicComment, toSummary } from './meetings-admin.resolver';
import { MeetingsRepository } from './meetings.repository';

@ArgsType()
class PublicMeetingArgs {
  @Field(() => String, { description: 'The council’s slug.' }) @IsString() @MaxLength(80) slug!: string;
  @Field(() => Int, { description: 'The meeting’s number in the council.' }) @IsInt() @Min(1) @Max(100000) number!: number;
}

@ArgsType()
class PublicItemArgs {
  @Field(() => ID) @IsUUID() itemId!: string;
}

@ArgsType()
class PublicLiveArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
}

/**
 * The anonymous endpoint: meetings of published councils once announced (never drafts), with
 * agenda, documents, attendance, the roll call of every vote and the results; live while in session.
 */
@Resolver(() => Meeting)
export class MeetingsPublicResolver {
  constructor(
    private readonly councils: CouncilService,
    private readonly meetings: MeetingsService,
    private readonly comments: CommentsService,
    private readonly view: MeetingView,
    private readonly live: MeetingLive,
    private readonly repo: MeetingsRepository,
  ) {}

  private async council(ctx: RequestContext, slug: string): Promise<CouncilEntity> {
    const council = await this.councils.findPublishedBySlug(ctx, slug);
    if (!council) throw DomainError.notFound('entity.council');
    return council;
  }

  @Query(() => [MeetingSummary], { description: 'A published council’s meetings, newest first (drafts never appear).' })
  @Public()
  async publicMeetings(@Ctx() ctx: RequestContext, @Args() args: PublicMeetingsArgs): Promise<MeetingSummary[]> {
    const council = await this.council(ctx, args.slug);
    return (await this.meetings.listOf(ctx, council, true)).map(toSummary);
  }

  @Query(() => Meeting, { description: 'A meeting of a published council by its number.' })
  @Public()
  async publicMeeting(@Ctx() ctx: RequestContext, @Args() args: PublicMeetingArgs): Promise<Meeting> {
    const council = await this.council(ctx, args.slug);
    const meeting = await this.repo.connection.getRepository(ctx, MeetingEntity).findOneBy({ councilId: council.id, number: args.number });
    if (!meeting || meeting.state === 'draft') throw DomainError.notFound('entity.meeting');
    return this.view.build(ctx, meeting, council);
  }

  @Query(() => [PublicComment], { description: 'Approved citizens’ comments on an item.' })
  @Public()
  async publicComments(@Ctx() ctx: RequestContext, @Args() args: PublicItemArgs): Promise<PublicComment[]> {
    const rows = await this.repo.connection
      .getRepository(ctx, PublicCommentEntity)
      .createQueryBuilder('c')
      .innerJoin('agenda_item', 'i', 'i.id = c.item_id')
      .innerJoin('meeting', 'm', 'm.id = i.meeting_id')
      .innerJoin('council', 'k', 'k.id = m.council_id')
      .where(`c.item_id = :id AND c.status = 'approved' AND m.state <> 'draft' AND k.published_at IS NOT NULL`, { id: args.itemId })
      .orderBy('c.created_at', 'ASC')
      // LIMIT, not take(): the joins are to parents (one row per comment), and take() with joins
      // makes TypeORM read the ids first, a second statement whenever there are comments.
      .limit(500)
      .getMany();
    return rows.map((c) => ({ ...toPublicComment(c), moderationReason: null }));
  }

  @Mutation(() => PublicComment, { description: 'A citizen’s comment on an item open for public input; shown after moderation.' })
  @Public()
  @Transaction()
  async submitPublicComment(@Ctx() ctx: RequestContext, @Args('input') input: PublicCommentInput): Promise<PublicComment> {
    return toPublicComment(await this.comments.submitPublic(ctx, input));
  }

  @Mutation(() => Boolean, { description: 'A citizen proposes an item for a council’s agenda; the answer goes to the e-mail given.' })
  @Public()
  @Transaction()
  async proposeAgendaItemAsCitizen(@Ctx() ctx: RequestContext, @Args('input') input: CitizenProposalInput): Promise<boolean> {
    await this.comments.citizenProposal(ctx, input);
    return true;
  }

  @Subscription(() => MeetingLiveEvent, {
    description: 'The meeting as it changes: attendance, the current item, each vote.',
    resolve: (payload: LivePayload, _args: unknown, context: { ctx: RequestContext }) => ({
      kind: payload.kind,
      meeting: payload.meetings[context.ctx.locale] ?? payload.meetings.ru,
    }),
  })
  @Public()
  async publicMeetingLive(@Ctx() ctx: RequestContext, @Args() args: PublicLiveArgs): Promise<AsyncIterableIterator<LivePayload>> {
    const meeting = await this.repo.connection.getRepository(ctx, MeetingEntity).findOneBy({ id: args.meetingId });
    const council: Array<{ published_at: Date | null }> = meeting
      ? await this.repo.connection.manager(ctx).query('SELECT published_at FROM council WHERE id = $1', [meeting.councilId])
      : [];
    if (!meeting || meeting.state === 'draft' || !council[0]?.published_at) throw DomainError.notFound('entity.meeting');
    return this.live.iterator(args.meetingId);
  }
}
